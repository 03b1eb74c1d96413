/** What blocks first paint on a built page, and its gzipped total against the first TCP window. */
import { describe, expect, it } from 'vitest';
import { criticalPath, fontFaces, FIRST_WINDOW_BYTES, type ReadAsset } from '../../src/lib/quality/critical-path.ts';
import { gzipSize } from '../../src/lib/quality/weights.ts';

const page = (head: string, body = '<p>Hello</p>') =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const files =
  (map: Record<string, string>): ReadAsset =>
  (path) =>
    map[path];
const urls = (html: string, read: ReadAsset, path = '/x/') =>
  criticalPath(html, path, read).resources.map((r) => r.url);

describe('criticalPath', () => {
  it('counts the HTML and a render-blocking stylesheet, gzipped', () => {
    const css = 'body{color:red}'.repeat(10);
    const html = page('<link rel="stylesheet" href="/a.css">');
    const result = criticalPath(html, '/x/', files({ '/a.css': css }));
    expect(result.resources.map((r) => [r.kind, r.url])).toEqual([
      ['html', '/x/'],
      ['css', '/a.css'],
    ]);
    expect(result.gzipTotal).toBe(gzipSize(html) + gzipSize(css));
    expect(result.withinFirstWindow).toBe(true);
  });

  it('does not count a media="print" stylesheet, an onload swap, an alternate one or a preloaded stylesheet', () => {
    const html = page(
      '<link rel="stylesheet" href="/print.css" media="print">' +
        '<link rel="stylesheet" href="/late.css" media="print" onload="this.media=\'all\'">' +
        '<link rel="alternate stylesheet" href="/alt.css">' +
        '<link rel="preload" as="style" href="/pre.css">',
    );
    expect(
      urls(html, files({ '/print.css': 'a{}', '/late.css': 'a{}', '/alt.css': 'a{}', '/pre.css': 'a{}' })),
    ).toEqual(['/x/']);
  });

  it('does not count a stylesheet in the body (not render-blocking), but counts the inline critical CSS in the HTML', () => {
    const html = page('<style>p{color:red}</style>', '<p>Hello</p><link rel="stylesheet" href="/full.css">');
    const result = criticalPath(html, '/x/', files({ '/full.css': 'p{color:blue}' }));
    expect(result.resources.map((r) => r.url)).toEqual(['/x/']);
    expect(result.gzipTotal).toBe(gzipSize(html));
  });

  it('counts the font an inline critical @font-face applies to the page', () => {
    const css = '@font-face{font-family:Inter;src:url(/f/inter.woff2)}p{font-family:Inter,sans-serif}';
    const html = page(`<style>${css}</style>`);
    expect(urls(html, files({ '/f/inter.woff2': 'font-bytes' }))).toEqual(['/x/', '/f/inter.woff2']);
  });

  it('counts a stylesheet whose media may match a screen', () => {
    const html = page('<link rel="stylesheet" href="/wide.css" media="(min-width: 40em)">');
    expect(urls(html, files({ '/wide.css': 'a{}' }))).toContain('/wide.css');
  });

  it('counts a preloaded font, and resolves relative URLs against the page', () => {
    const html = page('<link rel="preload" as="font" type="font/woff2" href="../f/x.woff2" crossorigin>');
    expect(urls(html, files({ '/a/f/x.woff2': 'FONT' }), '/a/b/')).toEqual(['/a/b/', '/a/f/x.woff2']);
  });

  it('counts a classic script in the head, not a deferred, async or module one', () => {
    const html = page(
      '<script src="/sync.js"></script><script src="/d.js" defer></script>' +
        '<script src="/a.js" async></script><script type="module" src="/m.js"></script>',
    );
    const read = files({ '/sync.js': '1', '/d.js': '1', '/a.js': '1', '/m.js': '1' });
    expect(urls(html, read)).toEqual(['/x/', '/sync.js']);
  });

  it('ignores other origins and reports same-origin files it cannot find', () => {
    const html = page(
      '<link rel="stylesheet" href="https://cdn.example/a.css"><link rel="stylesheet" href="/gone.css">',
    );
    const result = criticalPath(html, '/x/', files({}));
    expect(result.resources.map((r) => r.url)).toEqual(['/x/']);
    expect(result.missing).toEqual(['/gone.css']);
  });

  describe('web fonts of a blocking stylesheet', () => {
    const css =
      '@font-face{font-family:"Inter";src:url(/f/inter.woff2) format("woff2"),url(/f/inter.woff) format("woff")}' +
      '@font-face{font-family:Inter;src:url(/f/inter-cyrillic.woff2);unicode-range:U+0400-045F}' +
      '.chart{font-family:Inter,Arial,sans-serif}';
    const assets = { '/s.css': css, '/f/inter.woff2': 'W2', '/f/inter.woff': 'W1', '/f/inter-cyrillic.woff2': 'CY' };
    const link = '<link rel="stylesheet" href="/s.css">';

    it('counts a face (its woff2) when a rule using the family matches the page', () => {
      expect(urls(page(link, '<svg class="chart"><text>10,000</text></svg>'), files(assets))).toEqual([
        '/x/',
        '/s.css',
        '/f/inter.woff2',
      ]);
    });

    it('does not count it when nothing on the page uses the family', () => {
      expect(urls(page(link, '<p class="prose">10,000</p>'), files(assets))).toEqual(['/x/', '/s.css']);
    });

    it('counts a unicode-range slice only when the page has a character in its range', () => {
      const found = urls(page(link, '<div class="chart">Курск</div>'), files(assets));
      expect(found).toContain('/f/inter-cyrillic.woff2');
    });

    it('follows a font stack held in a custom property, and SVG font-family attributes', () => {
      const viaVar =
        '@font-face{font-family:Inter;src:url(/f/inter.woff2)}:root{--sans:Inter,sans-serif}body{font-family:var(--sans)}';
      expect(urls(page(link), files({ ...assets, '/s.css': viaVar }))).toContain('/f/inter.woff2');
      const onlyFace = '@font-face{font-family:Inter;src:url(/f/inter.woff2)}';
      expect(
        urls(
          page(link, '<svg><text font-family="Inter, Arial">1</text></svg>'),
          files({ ...assets, '/s.css': onlyFace }),
        ),
      ).toContain('/f/inter.woff2');
    });
  });

  it('reports a page over the first window as outside it', () => {
    // Random-looking text does not compress: 20,000 characters of it exceed 14,600 gzipped bytes.
    let seed = 1;
    const noise = Array.from({ length: 20_000 }, () =>
      String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 90)),
    ).join('');
    const result = criticalPath(page('', `<p>${noise.replace(/[<>&]/g, 'x')}</p>`), '/x/', files({}));
    expect(result.gzipTotal).toBeGreaterThan(FIRST_WINDOW_BYTES);
    expect(result.withinFirstWindow).toBe(false);
  });
});

describe('fontFaces', () => {
  it('resolves url() against the stylesheet, not the page', () => {
    expect(fontFaces('@font-face{font-family:X;src:url(../fonts/x.woff2)}', '/_astro/css/s.css')).toEqual([
      { family: 'x', url: '/_astro/fonts/x.woff2', ranges: undefined },
    ]);
  });
});
