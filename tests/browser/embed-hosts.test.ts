/**
 * The embeds on hosts of every kind, each on its own origin (another 127.0.0.1 port): a host
 * that strips the script (the snippet's CSS height alone must show the whole figure at 360 and
 * 700 px), a reader who prefers dark (?theme=), a transparent background, a pym.js host (the
 * real library, from node_modules), a host that wraps the snippet in a shadow root; plus the
 * compact timeline's height, the oEmbed static fallback, the credit line and the snippet builder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { useSite } from './support.ts';
import {
  EMBEDDABLE_FIGURES,
  embedSnippet,
  embedSrc,
  getFigure,
  heightsFor,
  type EmbeddableFigure,
  type EmbedOptions,
} from '../../src/lib/embeds.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { readdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const site = useSite();
const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

let host: { origin: string; close: () => Promise<void> };

/** What the host serves: ?html= is the body (our tests write it), /pym.js the real library. */
beforeAll(async () => {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/pym.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PYM);
    const body = pages.get(url.pathname);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = { origin, close: () => new Promise<void>((r) => server.close(() => r())) };
  (globalThis as unknown as { hostPages: typeof pages }).hostPages = pages;
});
afterAll(() => host?.close());

let counter = 0;
/** Publishes a host article with this markup in its column; returns its URL. */
function hostPage(inner: string, head = '') {
  const path = `/article-${++counter}.html`;
  (globalThis as unknown as { hostPages: Map<string, string> }).hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${head}</head>
    <body><h1>Host article</h1><div id="slot">${inner}</div><p>After.</p></body></html>`,
  );
  return `${host.origin}${path}`;
}

/** The published snippet, pointed at the test server. */
const snippetFor = (figure: EmbeddableFigure, options: EmbedOptions = {}) =>
  embedSnippet(figure, SITE_URL, undefined, options).replaceAll(SITE_URL, site.origin);

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  let frame: Frame | null = null;
  await expect
    .poll(async () => (frame = await handle.contentFrame()) && frame.url().startsWith(site.origin))
    .toBe(true);
  await frame!.waitForLoadState('load');
  await frame!.waitForSelector('main');
  return frame!;
}

const cases = EMBEDDABLE_FIGURES.flatMap(
  (figure): { label: string; figure: EmbeddableFigure; options: EmbedOptions }[] => [
    { label: figure.name, figure, options: {} },
    ...(figure.variants ?? []).map((v) => ({
      label: `${figure.name}/${v.path}`,
      figure,
      options: { variant: v.path },
    })),
  ],
);

describe('without the host script (stripped by the host)', () => {
  for (const { label, figure, options } of cases) {
    it.each([360, 700])(
      `${label}: the snippet's own height shows the whole figure at %i px, with nothing to scroll inside`,
      async (width) => {
        const page = await site.newPage({ viewport: { width, height: 800 } });
        await page.goto(hostPage(snippetFor(figure, options).split('\n')[0]!));
        const frame = await frameOf(page);
        // Fonts and layout settle; the measurement is of the settled page.
        await frame.evaluate(() => document.fonts.ready.then(() => undefined));
        const [outer, inner] = await Promise.all([
          page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect()),
          frame.evaluate(() => ({
            content: Math.ceil(document.documentElement.getBoundingClientRect().height),
            scrollHeight: document.documentElement.scrollHeight,
            clientHeight: document.documentElement.clientHeight,
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          })),
        ]);
        const measured = heightsFor(figure, options.variant);
        expect(
          outer.height,
          `iframe ${outer.width}px wide; page ${inner.content}px tall; registry says ${JSON.stringify(measured)}`,
        ).toBeGreaterThanOrEqual(inner.content);
        expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight);
        expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth);
        // The registry's measurement is up to date: close to what the browser lays out here (the frame
        // is the viewport less the body's margins, a little narrower than the measured 360 or 700 px).
        const at = width === 360 ? 360 : 700;
        expect(
          Math.abs(inner.content - measured[at]),
          `re-measure ${label} with the frame ${at}px wide (here, ${outer.width}px wide, it is ${inner.content}px)`,
        ).toBeLessThanOrEqual(Math.max(120, measured[at] * 0.05));
        await page.context().close();
      },
    );
  }
});

describe('without the host script, across widths', () => {
  /** Every 20 px from 300 to 1,000, plus both sides of each measured width (the layout switches sit there). */
  const widthsFor = (figure: EmbeddableFigure, variant?: string) => {
    const around = Object.keys(heightsFor(figure, variant)).flatMap((w) =>
      [15, 16, 17, 31, 32, 33].map((d) => Number(w) + d),
    );
    const sweep = Array.from({ length: 36 }, (_, i) => 300 + i * 20);
    return [...new Set([...sweep, ...around])].filter((w) => w >= 300 && w <= 1200).sort((a, b) => a - b);
  };

  for (const { label, figure, options } of cases) {
    it(`${label}: at every width the frame is at least as tall as the page in it, so nothing scrolls inside`, async () => {
      const page = await site.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(hostPage(snippetFor(figure, options).split('\n')[0]!));
      const frame = await frameOf(page);
      await frame.evaluate(() => document.fonts.ready.then(() => undefined));
      const short: string[] = [];
      for (const width of widthsFor(figure, options.variant)) {
        await page.setViewportSize({ width, height: 800 });
        // Two frames inside the embed: its container queries and layout have settled at the new width.
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const outer = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => ({
          content: Math.ceil(document.documentElement.getBoundingClientRect().height),
          scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
        }));
        if (outer < inner.content || inner.scrolls) short.push(`${width}px: frame ${outer}px, page ${inner.content}px`);
      }
      expect(short, 're-measure the embed page at these widths (measuredHeights in src/lib/embeds.ts)').toEqual([]);
      await page.context().close();
    });
  }
});

/**
 * The colour of a 1×1 PNG screenshot. With a single pixel every PNG row filter leaves the bytes
 * as they are (its neighbours are all zero), so inflating the image data is the whole decoding.
 */
function pixel(png: Buffer): number[] {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  return [raw[1]!, raw[2]!, raw[3]!];
}

/** The embed page's background colour, as the reader sees it. */
const background = (frame: Frame) => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(19, 21, 23)';

describe('?theme= and ?bg=', () => {
  it.each([
    ['', 'dark', LIGHT_BG],
    ['?theme=light', 'dark', LIGHT_BG],
    ['?theme=dark', 'light', DARK_BG],
    ['?theme=dark', 'dark', DARK_BG],
    ['?theme=auto', 'dark', DARK_BG],
    ['?theme=auto', 'light', LIGHT_BG],
    ['?theme=purple', 'dark', LIGHT_BG],
  ] as const)(
    '/embed/troops/%s for a reader who prefers %s: background %s from the first paint',
    async (query, scheme, expected) => {
      const page = await site.newPage({ colorScheme: scheme, viewport: { width: 700, height: 800 } });
      const src = `${site.origin}/embed/troops/${query}`;
      await page.goto(hostPage(`<iframe src="${src}" title="t" style="width:100%;height:900px;border:0"></iframe>`));
      const frame = await frameOf(page);
      expect(await background(frame)).toBe(expected);
      // Applied by an inline classic script first in <head>, so before the body exists (no flash
      // of the other theme) and with no request to wait on.
      expect(
        await frame.evaluate(() => {
          const first = document.head.querySelector('script');
          return !!first && !first.src && !first.type && first.textContent.includes('data-theme');
        }),
      ).toBe(true);
      await page.context().close();
    },
  );

  it('is light without JavaScript too, even for a dark reader', async () => {
    const page = await site.newPage({ colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(`${site.origin}/embed/map/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
    await page.context().close();
  });

  it('?bg=transparent lets the host page show through, in either theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await site.newPage({ viewport: { width: 700, height: 800 } });
      await page.goto(
        hostPage(
          snippetFor(getFigure('troops'), { theme, transparent: true }),
          '<style>body{background:rgb(200, 0, 0)}</style>',
        ),
      );
      const frame = await frameOf(page);
      expect(
        await frame.evaluate(() => [
          getComputedStyle(document.documentElement).backgroundColor,
          getComputedStyle(document.body).backgroundColor,
        ]),
      ).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      // A pixel in the frame's padding is the host's red: no backdrop was painted behind the frame.
      const box = (await page.locator('iframe').boundingBox())!;
      expect(pixel(await page.screenshot({ clip: { x: box.x + 3, y: box.y + 3, width: 1, height: 1 } }))).toEqual([
        200, 0, 0,
      ]);
      await page.context().close();
    }
  });
});

describe('hosts with other machinery', () => {
  it('a pym.js host (the real library, on another origin) sizes the frame from our pym "height" messages', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(
      hostPage(
        '<div id="graphic"></div>',
        `<script src="/pym.js"></script><script>addEventListener('DOMContentLoaded', () => { window.pymParent = new pym.Parent('graphic', ${JSON.stringify(`${site.origin}/embed/troops/`)}, { title: 'Troop claims' }); });</script>`,
      ),
    );
    const frame = await frameOf(page);
    expect(frame.url()).toContain('childId=graphic');
    const fitted = async () => {
      const [outer, inner] = await Promise.all([
        page.evaluate(() => document.querySelector('#graphic iframe')!.getBoundingClientRect().height),
        frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
      ]);
      return Math.abs(outer - inner) <= 1;
    };
    await expect.poll(fitted).toBe(true);
    // It follows a resize (pym sends "width", we answer with our height).
    await page.setViewportSize({ width: 700, height: 800 });
    await expect.poll(fitted).toBe(true);
    await page.context().close();
  });

  it('our host script fits a frame inside an open shadow root', async () => {
    const figure = getFigure('troops');
    const [iframe, script] = snippetFor(figure).split('\n');
    const page = await site.newPage({ viewport: { width: 700, height: 800 } });
    await page.goto(
      hostPage(
        `<template id="inner">${iframe}</template><x-embed-wrapper></x-embed-wrapper>${script}`,
        // The wrapper's element is defined before the snippet's script loads (async), as a CMS component would be.
        `<script>customElements.define('x-embed-wrapper', class extends HTMLElement { connectedCallback() { const root = this.attachShadow({ mode: 'open' }); root.append(document.getElementById('inner').content.cloneNode(true)); } });</script>`,
      ),
    );
    const handle = await page.waitForFunction(() =>
      document.querySelector('x-embed-wrapper')?.shadowRoot?.querySelector('iframe'),
    );
    const element = handle.asElement()!;
    let frame: Frame | null = null;
    await expect
      .poll(async () => (frame = await element.contentFrame()) && frame.url().startsWith(site.origin))
      .toBe(true);
    await frame!.waitForSelector('main');
    await expect
      .poll(async () => {
        const outer = await element.evaluate((el) => ({
          h: el.getBoundingClientRect().height,
          style: (el as HTMLElement).style.height,
        }));
        const inner = await frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return /^\d+px$/.test(outer.style) && Math.abs(outer.h - inner) <= 1;
      })
      .toBe(true);
    await page.context().close();
  });
});

describe('the compact timeline', () => {
  it('shows only the key moments and stays under about 2,000 px at 360 px wide', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}/embed/timeline/key/`);
    const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(2000);
    const keyIds = readdirSync('content/events')
      .filter((f) => /^key: true$/m.test(readFileSync(`content/events/${f}`, 'utf8')))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(keyIds.length).toBeGreaterThanOrEqual(6);
    expect((await page.locator('.key-moment').evaluateAll((items) => items.map((i) => i.id))).sort()).toEqual(
      keyIds.sort(),
    );
    expect(await page.locator('main').innerText()).toContain(`${keyIds.length} of the`);
    await page.context().close();
  });
});

/** The stated outlets of the five reports, read from their front matter. */
const OUTLETS = readdirSync('content/reports')
  .map((f) => /^outlet: "([^"]+)"$/m.exec(readFileSync(`content/reports/${f}`, 'utf8'))?.[1])
  .filter((o): o is string => !!o && o !== 'not stated');

describe('credits and static fallbacks', () => {
  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '/embed/%s/ names the outlets it draws on, and a missing outlet in words',
    async (_name, figure) => {
      const page = await site.newPage();
      await page.goto(`${site.origin}/embed/${figure.name}/`);
      const credit = await page.locator('.embed-sources').innerText();
      expect(credit).toMatch(/^Sources: /);
      // Every figure draws on all five reports; each is named by its outlet, the one without an outlet in words.
      for (const outlet of OUTLETS) expect(credit).toContain(outlet);
      expect(credit).toContain('Alex Blackburn (outlet not stated)');
      expect(await page.locator('.embed-sources [lang="ko"]').innerText()).toBe('뉴스.net');
      await page.context().close();
    },
  );

  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '/oembed/%s.json carries the standalone image, its alt text and the source line',
    async (name, figure) => {
      const body = (await (await fetch(`${site.origin}/oembed/${name}.json`)).json()) as {
        html: string;
        fallback_html: string;
      };
      expect(body.html).toContain(`<noscript>${body.fallback_html}</noscript>`);
      const img = /<img src="([^"]+)" alt="([^"]+)"/.exec(body.fallback_html)!;
      expect(img[1]).toBe(new URL(figure.standalonePngPath, SITE_URL).href);
      expect(img[2]!.length).toBeGreaterThan(40);
      const png = await fetch(`${site.origin}${figure.standalonePngPath}`);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toMatch(/image\/png/);
      expect(body.fallback_html).toMatch(/<figcaption>Sources: .*outlet not stated.*Compiled by /);
    },
  );
});

describe('the snippet builder', () => {
  it('/timeline/: theme, background and the compact version change the code, and the parameters are documented', async () => {
    const figure = getFigure('timeline');
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/`);
    await page.locator('#embed-timeline summary').click();
    const code = page.locator('#embed-code-timeline');
    expect(await code.inputValue()).toBe(embedSnippet(figure, SITE_URL));
    await page.locator('[data-embed-theme][value="dark"]').check();
    await page.locator('[data-embed-transparent]').check();
    await page.locator('[data-embed-variant]').selectOption('key');
    expect(await code.inputValue()).toBe(
      embedSnippet(figure, SITE_URL, undefined, { theme: 'dark', transparent: true, variant: 'key' }),
    );
    expect(await code.inputValue()).toContain(
      embedSrc(figure, SITE_URL, { theme: 'dark', transparent: true, variant: 'key' }).replaceAll('&', '&amp;'),
    );
    const params = await page.locator('#embed-timeline .embed-params').innerText();
    for (const p of ['theme=dark', 'theme=auto', 'bg=transparent', 'category=', 'report=', '/embed/timeline/key/'])
      expect(params).toContain(p);
    expect(await page.locator('#embed-timeline-static').inputValue()).toContain(figure.standalonePngPath);
    await page.context().close();
  });
});
