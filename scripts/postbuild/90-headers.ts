/**
 * Writes `_headers` from the header policy (src/lib/security/policy.ts) for every file the build
 * made, so no page goes without its Content-Security-Policy, and each page's policy lists the
 * sha256 of every inline block in its final HTML. Runs last: it must see every file as served.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, pagePathOf } from '../lib/dist-files.ts';
import { builtSitePolicy } from '../lib/site-policy.ts';
import { headersFileFor } from '../../src/lib/security/policy.ts';

export function run(outDir: string) {
  const paths = filesUnder(outDir)
    .filter((file) => file !== '_headers')
    .map(pagePathOf);
  writeFileSync(join(outDir, '_headers'), headersFileFor(paths, builtSitePolicy(outDir)));
}
