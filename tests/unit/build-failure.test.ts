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
  it('fails, lists every problem with file and field, and keeps the previous dist/', { timeout: 240_000 }, () => {
    mkdirSync(join(work, 'dist'));
    writeFileSync(join(work, 'dist', 'index.html'), 'previous build');
    const estimate = join(work, 'content/estimates/nis-1500-abd.yaml');
    writeFileSync(estimate, readFileSync(estimate, 'utf8').replace('count: 1500', 'count: "1.500"'));
    const event = join(work, 'content/events/zelensky-first-battles.yaml');
    writeFileSync(event, readFileSync(event, 'utf8').replace(/category: \S+/, 'category: rumour'));
    writeFileSync(join(work, 'content/places/atlantis.yaml'), 'name: Atlantis\ncoordinates: { lat: 95, lon: 0 }\n');

    const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: work, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'content/estimates/nis-1500-abd.yaml: count: expected a positive whole number, got "1.500"',
    );
    expect(result.stderr).toMatch(
      /content\/events\/zelensky-first-battles\.yaml: category: expected one of: .*got "rumour"/,
    );
    expect(result.stderr).toContain(
      'content/places/atlantis.yaml: coordinates.lat: latitude must be between -90 and 90',
    );
    expect(result.stderr).toMatch(/content\/places\/atlantis\.yaml: country: required field is missing/);
    expect(result.stderr).toContain('The previous dist/ was left as it was');
    expect(readFileSync(join(work, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(work, '.dist-staging'))).toBe(false);
  });
});

/**
 * The review's attacks (security review §1–2): a report body that imports node:fs, exports code
 * that writes a file when the build evaluates it, reads environment variables, and carries raw
 * HTML. Each path that could compile it refuses it, and no code from it runs.
 */
describe('a report body that is code or raw HTML', () => {
  const attack = (marker: string) =>
    [
      '',
      "import { writeFileSync } from 'node:fs';",
      '',
      `export const pwn = writeFileSync(${JSON.stringify(marker)}, 'code ran at build time');`,
      '',
      'Leak: HOME={process.env.HOME}',
      '',
      '<meta http-equiv="refresh" content="5;url=https://evil.example/" />',
      '',
      '<script>alert(6)</script>',
      '',
      '<a href="javascript:alert(5)">js link</a> <img src="https://evil.example/pixel.gif" alt="" />',
      '',
    ].join('\n');

  /** A fresh copy of the project with its own Astro cache, so builds never share a data store. */
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdx-attack-'));
    for (const item of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
      if (existsSync(join(root, item))) cpSync(join(root, item), join(dir, item), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    return dir;
  };
  const run = (dir: string, args: string[]) =>
    spawnSync(process.execPath, args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
        ASTRO_OUT_DIR: join(dir, 'out'),
      },
    });
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it(
    'npm run build refuses it with file, line and reason, runs none of it, and keeps dist/',
    { timeout: 240_000 },
    () => {
      const dir = copy();
      dirs.push(dir);
      const marker = join(dir, 'pwned.txt');
      const report = join(dir, 'content/reports/topgab.mdx');
      const before = readFileSync(report, 'utf8');
      const first = before.split('\n').length + 1; // the attack's first line, "import …"
      writeFileSync(report, before + attack(marker));
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'index.html'), 'previous build');

      const result = run(dir, ['scripts/build.ts']);
      expect(result.status).not.toBe(0);
      const rule = 'a report body may contain only Markdown and <Cite id="claim-id">…</Cite>';
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first}: import/export statements are not allowed in a report body`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 2}: import/export statements are not allowed in a report body`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 4}: {expressions} are not allowed in a report body (write the text itself; ${rule})`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 6}: <meta> is not allowed in a report body (${rule})`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 8}: <script> is not allowed in a report body (${rule})`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 10}: <a> is not allowed in a report body (${rule})`,
      );
      expect(result.stderr).toContain(
        `content/reports/topgab.mdx:${first + 10}: <img> is not allowed in a report body (${rule})`,
      );
      expect(existsSync(marker)).toBe(false);
      expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    },
  );

  it(
    'astro build on its own (the path `npm run dev` takes) refuses it in the content guard',
    { timeout: 240_000 },
    () => {
      const dir = copy();
      dirs.push(dir);
      const marker = join(dir, 'pwned.txt');
      const report = join(dir, 'content/reports/topgab.mdx');
      writeFileSync(report, readFileSync(report, 'utf8') + attack(marker));
      const result = run(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /content\/reports\/topgab\.mdx:\d+: import\/export statements are not allowed in a report body/,
      );
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    },
  );

  it(
    'the MDX compile refuses an unchecked body that reaches it another way (an .mdx page), and writes nothing',
    { timeout: 240_000 },
    () => {
      const dir = copy();
      dirs.push(dir);
      const marker = join(dir, 'pwned.txt');
      // Front matter of three lines, then the attack: its import is on line 5 of the file.
      writeFileSync(join(dir, 'src/pages/evil.mdx'), `---\ntitle: x\n---\n${attack(marker)}`);
      const result = run(dir, ['node_modules/astro/bin/astro.mjs', 'build']);
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('src/pages/evil.mdx is not allowed to compile');
      expect(output).toContain('src/pages/evil.mdx:5: import/export statements are not allowed in a report body');
      expect(output).toContain('src/pages/evil.mdx:11: <meta> is not allowed in a report body');
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(dir, 'out', 'evil', 'index.html'))).toBe(false);
    },
  );
});
