/**
 * Content-Security-Policy, read from the built site: every page's policy (from dist/_headers, as the
 * host applies it) lets no inline script or style run without a hash, allows no eval, and allows
 * every inline <script>/<style> the page really has by its sha256 hash. Browser-side violations are
 * checked in tests/browser/quality.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { blockedInline, cspProblems, parseCsp } from '../../src/lib/quality/csp.ts';
import { pagePathOf } from '../../src/lib/quality/links.ts';
import { htmlFiles, readDist } from './dist.ts';

const rules = parseHeadersFile(readDist('_headers'));
const pages = htmlFiles().map((file) => ({ file, path: pagePathOf(file) }));

describe('Content-Security-Policy in dist/_headers', () => {
  it.each(pages)('$path has a policy with no unsafe-inline or unsafe-eval', ({ path }) => {
    const policy = headersFor(rules, path)['Content-Security-Policy'];
    expect(policy, `a Content-Security-Policy rule in _headers matches ${path}`).toBeTruthy();
    expect(cspProblems(parseCsp(policy!))).toEqual([]);
  });

  it.each(pages)('$path has no inline script or style that its policy does not allow by hash', ({ file, path }) => {
    const policy = parseCsp(headersFor(rules, path)['Content-Security-Policy'] ?? '');
    expect(blockedInline(readDist(file), policy)).toEqual([]);
  });
});
