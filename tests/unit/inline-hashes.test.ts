/**
 * Inline blocks allowed by hash (src/lib/security/inline-hashes.ts and the policy that sends
 * them): a page's CSP lists exactly the sha256 of the inline <style>/<script> blocks in it, the
 * pages of a section share one list so `_headers` keeps one rule per section, and the file the
 * build writes and what the preview server sends cannot differ.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { blockedInline, cspProblems, parseCsp } from '../../src/lib/quality/csp.ts';
import { inlineHashesByPage, inlineHashesOf } from '../../src/lib/security/inline-hashes.ts';
import { headersFileFor, headersForPath, pageAliases } from '../../src/lib/security/policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('inlineHashesOf', () => {
  it('hashes each inline style and script by its exact text, once, and skips external and data scripts', () => {
    const html = page(
      '<style>p{color:red}</style><script>document.documentElement.dataset.x="1"</script>' +
        '<script type="application/ld+json">{"@type":"Thing"}</script><script type="module" src="/a.js"></script>',
      '<style>p{color:red}</style>',
    );
    expect(inlineHashesOf(html)).toEqual({
      script: [sha('document.documentElement.dataset.x="1"')],
      style: [sha('p{color:red}')],
    });
  });

  it('has nothing for a page without inline blocks', () => {
    expect(inlineHashesOf(page('<link rel="stylesheet" href="/s.css">'))).toEqual({ script: [], style: [] });
  });
});

describe('inlineHashesByPage', () => {
  const pages = [
    { path: '/', html: page('<style>a{}</style>') },
    { path: '/404.html', html: page('<style>b{}</style>') },
    { path: '/reports/', html: page('<style>c{}</style>') },
    { path: '/reports/a/', html: page('<style>d{}</style>') },
    { path: '/reports/b/', html: page('<style>d{}</style><script>e()</script>') },
  ];
  const byPage = inlineHashesByPage(pages);

  it('gives a top-level page its own hashes only', () => {
    expect(byPage.get('/')).toEqual({ script: [], style: [sha('a{}')] });
    expect(byPage.get('/404.html')).toEqual({ script: [], style: [sha('b{}')] });
  });

  it('gives every page of a section the union of the section’s hashes', () => {
    const section = { script: [sha('e()')], style: [sha('c{}'), sha('d{}')].sort() };
    for (const path of ['/reports/', '/reports/a/', '/reports/b/']) expect(byPage.get(path), path).toEqual(section);
  });
});

describe('the policy with inline hashes', () => {
  const pages = [
    { path: '/', html: page('<style>a{}</style>') },
    { path: '/reports/', html: page('<style>c{}</style>') },
    { path: '/reports/a/', html: page('<style>d{}</style>') },
    { path: '/embed/map/', html: page('<script>theme()</script><style>m{}</style>') },
    { path: '/embed/troops/', html: page('<script>theme()</script><style>t{}</style>') },
  ];
  const options = { inlineHashes: inlineHashesByPage(pages) };
  const paths = [...pages.map((p) => p.path), '/embed.js', '/_astro/s.css'];

  it('lets each page run exactly its own inline blocks, and stays free of unsafe-inline', () => {
    const rules = parseHeadersFile(headersFileFor(paths, options));
    for (const { path, html } of pages)
      for (const alias of pageAliases(path)) {
        const policy = parseCsp(headersFor(rules, alias)['Content-Security-Policy'] ?? '');
        expect(blockedInline(html, policy), alias).toEqual([]);
        expect(cspProblems(policy), alias).toEqual([]);
      }
    // Without the hashes (the policy before this change) the same blocks are refused.
    const bare = parseCsp(headersForPath('/', {})['Content-Security-Policy']!);
    expect(blockedInline(pages[0]!.html, bare)).toHaveLength(1);
  });

  it('allows a block of another section nowhere else', () => {
    const policy = parseCsp(headersForPath('/', options)['Content-Security-Policy']!);
    expect(blockedInline(pages[3]!.html, policy)).toHaveLength(2);
  });

  it('answers for /x/index.html as for /x/ (the preview server asks by either)', () => {
    expect(headersForPath('/reports/a/index.html', options)).toEqual(headersForPath('/reports/a/', options));
  });

  it('keeps one wildcard rule per section, so many reports cost no extra rules', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      path: `/reports/r${i}/`,
      html: page(`<style>r${i}{}</style>`),
    }));
    const text = headersFileFor(
      many.map((p) => p.path),
      { inlineHashes: inlineHashesByPage(many) },
    );
    expect(parseHeadersFile(text).filter((rule) => rule.pattern.startsWith('/reports')).length).toBeLessThanOrEqual(2);
  });
});
