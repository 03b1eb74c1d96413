/**
 * dist/_headers is the header policy written out for this build: every built file, every page at
 * both its addresses (with and without the trailing slash) and the 404 page get what the policy
 * (and so the preview server) sends, inline hashes included. Nobody edits a list when a page is added.
 */
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { headersFileFor, headersForPath, isPagePath, pageAliases } from '../../src/lib/security/policy.ts';
import { builtSitePolicy } from '../../scripts/lib/site-policy.ts';
import { pagePathOf } from '../../src/lib/quality/links.ts';
import { DIST, distFiles, readDist } from './dist.ts';

const paths = distFiles()
  .filter((f) => f !== '_headers')
  .map(pagePathOf);
const rules = parseHeadersFile(readDist('_headers'));
// The options the headers step used: the environment and the inline hashes of these pages.
const options = builtSitePolicy(DIST);

describe('dist/_headers', () => {
  it('is exactly what the policy writes for the files of this build', () => {
    expect(readDist('_headers')).toBe(headersFileFor(paths, options));
  });

  it.each(paths.filter(isPagePath).flatMap((p) => pageAliases(p).map((alias) => [alias, p])))(
    '%s gets the policy of %s, CSP included',
    (alias, path) => {
      const headers = headersFor(rules, alias);
      expect(headers).toEqual(headersForPath(path, options));
      expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors/);
    },
  );

  it('covers the 404 page and the standalone SVGs', () => {
    expect(paths).toContain('/404.html');
    expect(headersFor(rules, '/404.html')['X-Frame-Options']).toBe('SAMEORIGIN');
    const svgs = paths.filter((p) => p.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(1);
    for (const svg of svgs)
      expect(headersFor(rules, svg)['Content-Security-Policy'], svg).toMatch(/^default-src 'none'/);
  });
});
