/**
 * `npm run build`: validates the content, builds into a staging folder, and only when every
 * step succeeded swaps it in as dist/. A failed build leaves the previous dist/ untouched.
 * `node scripts/build.ts --out <dir>` builds into another folder (the benchmark uses it for
 * generated content, so dist/ keeps the real site); CONTENT_DIR picks the content folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = process.cwd();
const outFlag = process.argv.indexOf('--out');
const outArg = outFlag > 0 ? process.argv[outFlag + 1] : undefined;
if (outFlag > 0 && !outArg) throw new Error('usage: build.ts [--out <dir>]');
const dist = resolve(root, outArg ?? 'dist');
const staging = outArg ? `${dist}.staging` : resolve(root, '.dist-staging');
const retired = outArg ? `${dist}.retired` : resolve(root, '.dist-retired');

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, ...env } }).status === 0;

const fail = (why: string): never => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${why}. The previous dist/ was left as it was.`);
  process.exit(1);
};

if (!run('scripts/validate-content.ts', [])) fail('the content has problems (listed above)');
rmSync(staging, { recursive: true, force: true });
if (!run('node_modules/astro/bin/astro.mjs', ['build'], { ASTRO_OUT_DIR: staging })) fail('astro build did not succeed');
if (!run('scripts/postbuild.ts', [staging])) fail('a post-build step did not succeed');

rmSync(retired, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, retired);
renameSync(staging, dist);
rmSync(retired, { recursive: true, force: true });
console.log(`\nBuilt into ${dist}`);
