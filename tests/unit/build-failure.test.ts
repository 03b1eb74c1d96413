/**
 * The build refuses bad content: it lists every problem and leaves the previous dist/ as it was.
 * Runs the real build script in a throw-away copy of the project (node_modules linked).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
  if (existsSync(join(root, item))) cpSync(join(root, item), join(work, item), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

describe('npm run build with invalid content', () => {
  it('fails, lists every problem with file and field, and keeps the previous dist/', () => {
    mkdirSync(join(work, 'dist'));
    writeFileSync(join(work, 'dist', 'index.html'), 'previous build');
    const estimate = join(work, 'content/estimates/nis-1500-abd.yaml');
    writeFileSync(estimate, readFileSync(estimate, 'utf8').replace('count: 1500', 'count: "1.500"'));
    const event = join(work, 'content/events/zelensky-first-battles.yaml');
    writeFileSync(event, readFileSync(event, 'utf8').replace(/category: \S+/, 'category: rumour'));
    writeFileSync(join(work, 'content/places/atlantis.yaml'), 'name: Atlantis\ncoordinates: { lat: 95, lon: 0 }\n');

    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: work, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('content/estimates/nis-1500-abd.yaml: count: expected a positive whole number, got "1.500"');
    expect(result.stderr).toMatch(/content\/events\/zelensky-first-battles\.yaml: category: expected one of: .*got "rumour"/);
    expect(result.stderr).toContain('content/places/atlantis.yaml: coordinates.lat: latitude must be between -90 and 90');
    expect(result.stderr).toMatch(/content\/places\/atlantis\.yaml: country: required field is missing/);
    expect(result.stderr).toContain('The previous dist/ was left as it was');
    expect(readFileSync(join(work, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(work, '.dist-staging'))).toBe(false);
  });
});
