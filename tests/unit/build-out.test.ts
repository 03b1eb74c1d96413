/**
 * `build.ts --out` never replaces a folder a build did not make, and each build stages in a
 * folder of its own (scripts/lib/build-out.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_MARKER, newStagingDir, refusalToReplace, writeBuildMarker } from '../../scripts/lib/build-out.ts';

const work = mkdtempSync(join(tmpdir(), 'build-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build.ts --out', () => {
  it('refuses an existing folder without the build marker, before building anything, and leaves it as it was', () => {
    const sources = join(work, 'src');
    mkdirSync(sources);
    writeFileSync(join(sources, 'precious.ts'), 'keep me');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', sources], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Build refused: ${sources} exists and was not made by this build (it has no .nk-build file), so it will not be replaced; choose a new or empty folder.`,
    );
    expect(readFileSync(join(sources, 'precious.ts'), 'utf8')).toBe('keep me');
    expect(readdirSync(work).sort()).toEqual(['src']);
  });

  it('accepts a missing or empty folder, an earlier build’s output, and the project’s own dist/ from before the marker', () => {
    expect(refusalToReplace(join(work, 'missing'))).toBeUndefined();
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(refusalToReplace(empty)).toBeUndefined();
    writeFileSync(join(empty, 'index.html'), 'old');
    expect(refusalToReplace(empty)).toMatch(/was not made by this build/);
    expect(refusalToReplace(empty, { isDefaultDist: true })).toBeUndefined();
    writeBuildMarker(empty);
    expect(existsSync(join(empty, BUILD_MARKER))).toBe(true);
    expect(refusalToReplace(empty)).toBeUndefined();
    writeFileSync(join(work, 'a-file'), '');
    expect(refusalToReplace(join(work, 'a-file'))).toMatch(/is not a folder/);
  });

  it('gives every build its own staging folder beside the output', () => {
    const dist = join(work, 'dist');
    const a = newStagingDir(dist, 'staging');
    const b = newStagingDir(dist, 'staging');
    expect(a).not.toBe(b);
    for (const dir of [a, b]) {
      expect(dir.startsWith(join(work, '.dist-staging-'))).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
