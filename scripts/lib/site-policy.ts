/**
 * The header-policy options for one built site: the environment's (a tile host) plus the inline
 * hashes of every page, read from the built HTML. The `_headers` step, the preview server, the
 * benchmark and the build tests all take their options from here, so they cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder, pagePathOf } from './dist-files.ts';
import { inlineHashesByPage } from '../../src/lib/security/inline-hashes.ts';
import { policyOptionsFromEnv, type PolicyOptions } from '../../src/lib/security/policy.ts';

export function builtSitePolicy(dir: string, env: Record<string, string | undefined> = process.env): PolicyOptions {
  const pages = htmlFilesUnder(dir).map((file) => ({
    path: pagePathOf(file),
    html: readFileSync(join(dir, file), 'utf8'),
  }));
  return { ...policyOptionsFromEnv(env), inlineHashes: inlineHashesByPage(pages) };
}
