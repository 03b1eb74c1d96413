/**
 * `npm run build`: validates the content, builds into a staging folder, and only when every
 * step succeeded swaps it in as dist/. A failed build leaves the previous dist/ untouched.
 * `node scripts/build.ts --out <dir>` builds into another folder (the benchmark uses it for
 * generated content, so dist/ keeps the real site); CONTENT_DIR picks the content folder.
 * An existing output folder is replaced only if a build made it (scripts/lib/build-out.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { newStagingDir, refusalToReplace, writeBuildMarker } from './lib/build-out.ts';

const root = process.cwd();
const outFlag = process.argv.indexOf('--out');
const outArg = outFlag > 0 ? process.argv[outFlag + 1] : undefined;
if (outFlag > 0 && !outArg) throw new Error('usage: build.ts [--out <dir>]');
const dist = resolve(root, outArg ?? 'dist');

const refusal = refusalToReplace(dist, { isDefaultDist: !outArg });
if (refusal) {
  console.error(`\nBuild refused: ${refusal}.`);
  process.exit(1);
}

// Unique to this build: a second build running at the same time stages elsewhere.
const staging = newStagingDir(dist, 'staging');
// However the process ends (a failed step, Ctrl+C), its staging folder does not linger.
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], {
    stdio: 'inherit',
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...env },
  }).status === 0;

const fail = (why: string): never => {
  console.error(`\nBuild failed: ${why}. The previous dist/ was left as it was.`);
  process.exit(1);
};

if (!run('scripts/validate-content.ts', [])) fail('the content has problems (listed above)');
if (!run('node_modules/astro/bin/astro.mjs', ['build'], { ASTRO_OUT_DIR: staging }))
  fail('astro build did not succeed');
if (!run('scripts/postbuild.ts', [staging])) fail('a post-build step did not succeed');
writeBuildMarker(staging);

// Checked again: another build may have put something there in the meantime.
const late = refusalToReplace(dist, { isDefaultDist: !outArg });
if (late) fail(late);
let retired: string | undefined;
if (existsSync(dist)) {
  retired = newStagingDir(dist, 'retired');
  rmSync(retired, { recursive: true });
  renameSync(dist, retired);
}
renameSync(staging, dist);
if (retired) rmSync(retired, { recursive: true, force: true });
console.log(`\nBuilt into ${dist}`);
