/** The pure parts of the quality gates and the benchmark: HTML scanning, links, CSP, weights, budgets. */
import { describe, expect, it } from 'vitest';
import { fragmentTargets, inlineBlocks, scanTags } from '../../src/lib/quality/html-scan.ts';
import {
  checkLinks,
  extractReferences,
  fileForPath,
  internalTarget,
  pagePathOf,
  srcsetUrls,
} from '../../src/lib/quality/links.ts';
import {
  blockedInline,
  cspProblems,
  effectiveSources,
  isDataBlock,
  parseCsp,
  sha256Source,
} from '../../src/lib/quality/csp.ts';
import {
  evaluatePageBudgets,
  growsLinearly,
  growthExponent,
  kindOf,
  pageTypeOf,
  sumWeights,
  type PageMeasurement,
  type Weights,
} from '../../src/lib/quality/weights.ts';

const SITE = 'https://example.org';

describe('html-scan', () => {
  it('reads tags and attributes in order, decoding entities, and skips comments and script text', () => {
    const html = `<!-- <a href="/commented/"> --><p id=x class='a b'>t</p><script>if (a<b) document.write('<a href="/no/">')</script><a href="/a/?x=1&amp;y=2" hidden>`;
    expect(scanTags(html).map((t) => [t.name, t.attrs])).toEqual([
      ['p', { id: 'x', class: 'a b' }],
      ['script', {}],
      ['a', { href: '/a/?x=1&y=2', hidden: '' }],
    ]);
  });
  it('finds inline scripts and styles with their exact text, not external scripts', () => {
    const html = `<script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{color:red}</style><script>\n1\n</script>`;
    expect(inlineBlocks(html)).toEqual([
      { element: 'script', content: '{"a":1}', type: 'application/ld+json' },
      { element: 'style', content: 'p{color:red}', type: undefined },
      { element: 'script', content: '\n1\n', type: undefined },
    ]);
  });
  it('collects ids and old-style anchor names', () => {
    expect([...fragmentTargets('<h2 id="a">A</h2><a name="b"></a><svg><g id="c"/></svg>')]).toEqual(['a', 'b', 'c']);
  });
});

describe('links', () => {
  it('extracts href, src, srcset, link href and URL-valued meta tags', () => {
    const html = `<a href="/a/">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><link rel="icon" href="/f.svg"><meta property="og:image" content="${SITE}/og/x.png"><meta property="og:title" content="/not-a-url">`;
    expect(extractReferences(html).map((r) => `${r.where} ${r.url}`)).toEqual([
      'a[href] /a/',
      'img[src] /i.png',
      'img[srcset] /i-1.png',
      'img[srcset] /i-2.png',
      'link[href] /f.svg',
      `meta[og:image] ${SITE}/og/x.png`,
    ]);
    expect(srcsetUrls('/a.png 480w,/b.png 800w')).toEqual(['/a.png', '/b.png']);
  });
  it('resolves relative, root-relative, fragment-only and own-origin absolute URLs; ignores others', () => {
    expect(internalTarget('../b/#x', '/reports/a/', [SITE])).toEqual({ path: '/reports/b/', fragment: 'x' });
    expect(internalTarget('#claim-1', '/reports/a/', [SITE])).toEqual({ path: '/reports/a/', fragment: 'claim-1' });
    expect(internalTarget(`${SITE}/og/x.png`, '/', [SITE])).toEqual({ path: '/og/x.png', fragment: '' });
    expect(internalTarget('/caf%C3%A9/', '/', [SITE])).toEqual({ path: '/café/', fragment: '' });
    for (const url of [
      'https://other.example/',
      'mailto:a@b.c',
      'tel:1',
      'data:image/png;base64,AA',
      'javascript:void(0)',
    ])
      expect(internalTarget(url, '/', [SITE])).toBeNull();
  });
  it('maps URL paths to built files the way static hosts do', () => {
    const files = new Set(['index.html', 'reports/a/index.html', 'og/x.png']);
    expect(fileForPath('/', files)).toBe('index.html');
    expect(fileForPath('/reports/a/', files)).toBe('reports/a/index.html');
    expect(fileForPath('/reports/a', files)).toBeNull(); // trailing slashes are part of the address
    expect(fileForPath('/og/x.png', files)).toBe('og/x.png');
    expect(pagePathOf('reports/a/index.html')).toBe('/reports/a/');
    expect(pagePathOf('404.html')).toBe('/404.html');
  });
  it('reports missing files and missing fragments', () => {
    const pages: Record<string, string> = {
      'index.html': `<a href="/b/#there">ok</a><a href="/b/#gone">x</a><a href="/missing/">x</a><a href="#top">x</a><a href="/map/#place-x">m</a><h1 id="top">t</h1>`,
      'b/index.html': '<p id="there">b</p>',
    };
    const input = { files: new Set(Object.keys(pages)), read: (f: string) => pages[f]!, siteOrigins: [SITE] };
    expect(checkLinks(input).map((b) => b.url)).toEqual(['/b/#gone', '/missing/', '/map/#place-x']);
  });
});

describe('csp', () => {
  const strict = parseCsp("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
  it('parses directives (first one wins) and falls back to default-src', () => {
    const p = parseCsp("default-src 'none'; img-src 'self'; img-src *");
    expect(p.get('img-src')).toEqual(["'self'"]);
    expect(effectiveSources(p, 'script-src-elem')).toEqual(["'none'"]);
    expect(effectiveSources(strict, 'style-src-attr')).toEqual(["'self'"]);
  });
  it('finds unsafe-inline, unsafe-eval, wildcards and missing script/style rules', () => {
    expect(cspProblems(strict)).toEqual([]);
    expect(cspProblems(parseCsp("script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'"))).toEqual([
      "script-src-elem: allows 'unsafe-eval'",
      "script-src-attr: allows 'unsafe-eval'",
      "style-src-elem: allows 'unsafe-inline'",
      "style-src-attr: allows 'unsafe-inline'",
    ]);
    expect(cspProblems(parseCsp("script-src https:; style-src 'self'"))).toContain(
      'script-src-elem: allows code from anywhere (https:)',
    );
    expect(cspProblems(parseCsp("img-src 'self'"))[0]).toMatch(/not restricted/);
  });
  it('matches inline blocks against their sha256 hashes; data blocks are not governed', () => {
    const html =
      '<script type="application/ld+json">{}</script><style>p{}</style><script>go()</script><p style="color:red" onclick="x()">';
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(isDataBlock({ element: 'script', content: '', type: 'application/ld+json' })).toBe(true);
    expect(isDataBlock({ element: 'script', content: '', type: 'module' })).toBe(false);
    expect(blockedInline(html, strict)).toHaveLength(4);
    const allowing = parseCsp(`script-src 'self' ${sha256Source('go()')}; style-src 'self' ${sha256Source('p{}')}`);
    expect(blockedInline(html, allowing)).toEqual([
      '<p style="…"> attribute is blocked by style-src',
      '<p onclick="…"> handler is blocked by script-src',
    ]);
  });
});

describe('weights and budgets', () => {
  it('classifies resources and sums each URL once', () => {
    expect(['/', '/a.css', '/b.js', '/f.woff2', '/i.png', '/x.json'].map((p) => kindOf(p))).toEqual([
      'html',
      'css',
      'js',
      'font',
      'image',
      'other',
    ]);
    const w = sumWeights([
      { url: '/b.js', kind: 'js', bytes: 100, gzipBytes: 40 },
      { url: '/b.js', kind: 'js', bytes: 100, gzipBytes: 40 },
      { url: '/', kind: 'html', bytes: 10, gzipBytes: 5 },
    ]);
    expect(w.js).toEqual({ raw: 100, gzip: 40 });
    expect(w.requests).toBe(2);
  });
  it('measures growth: linear (with a fixed start-up cost) passes, quadratic fails', () => {
    const linear = [1, 10, 100].map((n) => ({ items: n * 40, seconds: 3 + 0.01 * n * 40 }));
    const quadratic = [1, 10, 100].map((n) => ({ items: n * 40, seconds: 0.001 * (n * 40) ** 2 }));
    expect(growsLinearly(linear)).toBe(true);
    expect(growsLinearly(quadratic)).toBe(false);
    expect(growthExponent(quadratic)).toBeCloseTo(2, 5);
    expect(growsLinearly([{ items: 1, seconds: 1 }])).toBeNull();
  });
  const weights = (jsGzip: number): Weights => {
    const zero = { raw: 0, gzip: 0 };
    return {
      html: zero,
      css: zero,
      js: { raw: jsGzip * 3, gzip: jsGzip },
      font: zero,
      image: zero,
      other: zero,
      requests: 3,
    };
  };
  it('evaluates every budget the issue sets', () => {
    const lh = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 900, tbtMs: 0, cls: 0 };
    const pages: PageMeasurement[] = [
      { type: 'overview', path: '/', weights: weights(0), lighthouse: lh },
      { type: 'report', path: '/reports/a/', weights: weights(1200) },
      { type: 'chart', path: '/troops/', weights: weights(6000) },
      { type: 'map', path: '/map/', weights: weights(1000), lazyJsGzip: 50_000, lazyOnDemand: true },
      { type: 'embed', path: '/embed/x/', weights: weights(1000), lighthouse: { ...lh, seo: 60, cls: 0.02 } },
    ];
    const results = evaluatePageBudgets(pages).map(
      (r) => `${r.subject}: ${r.budget.split(' (')[0]}: ${r.met ? 'met' : 'missed'}`,
    );
    expect(results).toEqual([
      'overview /: Lighthouse 100 in every category: met',
      'overview /: CLS 0: met',
      'overview /: no JavaScript: met',
      'report /reports/a/: no JavaScript: missed',
      'chart /troops/: JS ≤ 5.0 KB gzipped: missed',
      'map /map/: interactive layer ≤ 60.0 KB gzipped, loaded on demand: met',
      'embed /embed/x/: Lighthouse 100 in every category: met',
      'embed /embed/x/: CLS 0: missed',
    ]);
  });
  it('names page types from paths', () => {
    expect(['/', '/reports/a/', '/reports/', '/timeline/', '/troops/', '/map/', '/embed/map/'].map(pageTypeOf)).toEqual(
      ['overview', 'report', 'other', 'timeline', 'chart', 'map', 'embed'],
    );
  });
});

describe('generated content for the build benchmark', () => {
  it('copies the real content with its own ids and references, and it validates', async () => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { scaleContent, copyUnscaled } = await import('../../scripts/lib/scale-content.ts');
    const { readContent, validateContent } = await import('../../src/lib/content/validate.ts');
    const real = ['reports', 'events', 'estimates', 'places', 'conflicts', 'copy'].flatMap((dir) =>
      readdirSync(join('content', dir)).map((name) => ({
        path: `${dir}/${name}`,
        text: readFileSync(join('content', dir, name), 'utf8'),
      })),
    );
    const scaled = scaleContent(real, 3);
    const copyFiles = real.filter((f) => f.path.startsWith('copy/')).length;
    expect(scaled).toHaveLength((real.length - copyFiles) * 3 + copyFiles);
    const root = mkdtempSync(join(tmpdir(), 'scaled-'));
    try {
      for (const f of scaled) {
        mkdirSync(join(root, 'content', f.path.split('/')[0]!), { recursive: true });
        writeFileSync(join(root, 'content', f.path), f.text);
      }
      copyUnscaled('content', join(root, 'content'));
      const { content, problems } = validateContent(readContent(root));
      expect(problems).toEqual([]);
      expect(content.reports).toHaveLength(real.filter((f) => f.path.startsWith('reports/')).length * 3);
      expect(
        content.events.find((e) => e.id.endsWith('-x2'))!.data.sources.every((s) => s.report.endsWith('-x2')),
      ).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
