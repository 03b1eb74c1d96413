/**
 * Writes `_headers` from the header policy (src/lib/security/policy.ts) for every file the build
 * made, so no page goes without its Content-Security-Policy. Runs last: it must see every file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, pagePathOf } from '../lib/dist-files.ts';
import { headersFileFor, policyOptionsFromEnv } from '../../src/lib/security/policy.ts';

export function run(outDir: string) {
  const paths = filesUnder(outDir)
    .filter((file) => file !== '_headers')
    .map(pagePathOf);
  writeFileSync(join(outDir, '_headers'), headersFileFor(paths, policyOptionsFromEnv()));
}
