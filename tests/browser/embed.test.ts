/**
 * Embedding across origins, as a newsroom would: the built site on one localhost port, a host
 * article on another that pastes the published snippet, and a third origin that tries to forge
 * size messages. Driven by the figure registry; a figure whose embed page is not built yet is
 * skipped with the reason printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { DIST, useSite } from './support.ts';
import {
  EMBEDDABLE_FIGURES,
  HEIGHT_MARGIN,
  embedPath,
  embedSnippet,
  type EmbeddableFigure,
} from '../../src/lib/embeds.ts';
import { EMBED_MESSAGE_NS, MAX_EMBED_HEIGHT } from '../../src/scripts/embed/protocol.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { decodeEntities } from '../../src/lib/seo/head-reader.ts';

const site = useSite();

/** A tiny server for the host article and the forger, each on its own port (so its own origin). */
async function serve(
  route: (path: string, query: URLSearchParams) => { body: string; headers?: Record<string, string> } | undefined,
) {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = route(url.pathname, url.searchParams);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const isBuilt = (figure: EmbeddableFigure) => existsSync(join(DIST, embedPath(figure), 'index.html'));
const figurePageFile = (figure: EmbeddableFigure) => join(DIST, figure.fullPagePath, 'index.html');

/**
 * The snippet as published: read from the figure page's Embed control when that page is built
 * (and checked against the pure function), else from the function; then pointed at the test server.
 */
function publishedSnippet(figure: EmbeddableFigure, siteOrigin: string): string {
  const expected = embedSnippet(figure, SITE_URL);
  if (existsSync(figurePageFile(figure))) {
    const html = readFileSync(figurePageFile(figure), 'utf8');
    const textarea = new RegExp(`<textarea[^>]*id="embed-code-${figure.name}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
    expect(textarea, `the Embed control on ${figure.fullPagePath}`).not.toBeNull();
    expect(decodeEntities(textarea![1]!)).toBe(expected);
  }
  return expected.replaceAll(SITE_URL, siteOrigin);
}

const article = (inner: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title></head>
  <body><h1>Host article</h1><p>Paragraph before the figure.</p><div id="slot">${inner}</div><p>Paragraph after.</p></body></html>`;

let host: Awaited<ReturnType<typeof serve>>;
let forger: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  forger = await serve((path, query) => {
    const height = Number(query.get('height') ?? 3333);
    const forged = JSON.stringify({ ns: EMBED_MESSAGE_NS, type: 'size', height });
    // The forger has no CSP, so inline script is fine here: it is the attacker's page, not ours.
    if (path === '/frame.html')
      return { body: `<!doctype html><title>f</title><script>parent.postMessage(${forged}, '*')</script>` };
    if (path === '/popup.html')
      return { body: `<!doctype html><title>p</title><script>opener.postMessage(${forged}, '*')</script>` };
    return undefined;
  });
  host = await serve((path, query) => {
    const figure = EMBEDDABLE_FIGURES.find((f) => f.name === query.get('figure'));
    if (path === '/article.html' && figure) {
      let snippet = publishedSnippet(figure, site.origin);
      // The host script as pinned by a snippet from another version of the file.
      if (query.get('tamper'))
        snippet = snippet.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
      // What some CMSs add to every iframe.
      if (query.get('sandbox')) snippet = snippet.replace('<iframe ', `<iframe sandbox="${query.get('sandbox')}" `);
      const withScript = query.get('script') !== 'no';
      const body = article(withScript ? snippet : snippet.split('\n')[0]!);
      // A strict host: no inline styles, scripts only from the embedding site.
      const headers = query.get('strict')
        ? {
            'Content-Security-Policy': `default-src 'self'; script-src ${site.origin}; frame-src ${site.origin} ${forger.origin}; style-src 'self'`,
          }
        : undefined;
      return headers ? { body, headers } : { body };
    }
    if (path === '/frames-full-page.html')
      return { body: article(`<iframe src="${site.origin}/reports/" title="Full page"></iframe>`) };
    return undefined;
  });
});

afterAll(async () => {
  await host?.close();
  await forger?.close();
});

/** The embed's iframe on the host page and its frame, once the figure has loaded in it. */
async function openArticle(page: Page, figure: EmbeddableFigure, query = '') {
  await page.goto(`${host.origin}/article.html?figure=${figure.name}${query}`);
  const handle = await page.waitForSelector('iframe');
  let frame: Frame | null = null;
  await expect
    .poll(async () => (frame = await handle.contentFrame()) && frame.url())
    .toBe(`${site.origin}${embedPath(figure)}`);
  await frame!.waitForSelector('figure');
  return { handle, frame: frame! };
}

const iframeHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
const frameMetrics = (frame: Frame) =>
  frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    contentHeight: Math.ceil(document.documentElement.getBoundingClientRect().height),
  }));

/** Fitted: the iframe is exactly as tall as its document, so the document has nothing to scroll. */
async function expectFitted(page: Page, frame: Frame) {
  await expect
    .poll(async () => {
      const [outer, inner] = await Promise.all([iframeHeight(page), frameMetrics(frame)]);
      return Math.abs(outer - inner.contentHeight) <= 1 && inner.scrollHeight <= inner.clientHeight;
    })
    .toBe(true);
  return iframeHeight(page);
}

/** Records every message the host page receives, after the host script's own listener. */
const recordMessages = (page: Page) =>
  page.evaluate(() => {
    const seen: { origin: string; data: unknown }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    window.addEventListener('message', (event) => seen.push({ origin: event.origin, data: event.data }));
  });
const seenFrom = (page: Page, origin: string) =>
  page.evaluate(
    (o) => (window as unknown as { seen: { origin: string }[] }).seen.filter((m) => m.origin === o).length,
    origin,
  );

for (const figure of EMBEDDABLE_FIGURES) {
  const built = isBuilt(figure);
  if (!built)
    console.info(
      `embed.test: skipping "${figure.name}": ${embedPath(figure)}index.html is not in dist/ yet (its embed page is built on another branch)`,
    );

  describe.skipIf(!built)(`embedding "${figure.name}" on another origin`, () => {
    it.each([320, 1024])('renders the figure and fits the iframe to it at %i px wide', async (width) => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      const { frame } = await openArticle(page, figure);
      expect(await frame.locator('figure').first().isVisible()).toBe(true);
      expect((await frame.locator('main').innerText()).length).toBeGreaterThan(20);
      const credit = frame.locator('.embed-credit a');
      expect(await credit.getAttribute('href')).toBe(new URL(figure.fullPagePath, SITE_URL).href);
      await expectFitted(page, frame);
      // The host script, not the default height, set it.
      expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toMatch(/^\d+px$/);
      expect(
        await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
      await page.context().close();
    });

    it('refits when the host column narrows and the figure rewraps', async () => {
      const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
      const { frame } = await openArticle(page, figure);
      const wide = await expectFitted(page, frame);
      await page.setViewportSize({ width: 320, height: 900 });
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(wide);
      await expectFitted(page, frame);
      await page.context().close();
    });

    it("keeps the snippet's own height, showing the whole figure, without the host script", async () => {
      const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
      const { frame, handle } = await openArticle(page, figure, '&script=no');
      expect(await frame.locator('figure').first().isVisible()).toBe(true);
      expect(await handle.getAttribute('loading')).toBe('lazy');
      expect(await handle.getAttribute('title')).toBe(figure.title);
      expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toMatch(/^(max|clamp)\(/);
      expect(await iframeHeight(page)).toBeGreaterThanOrEqual((await frameMetrics(frame)).contentHeight);
      await page.context().close();
    });

    it('fits the iframe on a host whose own policy blocks the inline style', async () => {
      const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
      const { frame } = await openArticle(page, figure, '&strict=1');
      await expectFitted(page, frame);
      const style = await page.evaluate(() => {
        const iframe = document.querySelector('iframe')!;
        return {
          border: getComputedStyle(iframe).borderTopWidth,
          width: iframe.getBoundingClientRect().width,
          column: document.querySelector('#slot')!.clientWidth,
        };
      });
      expect(style.border).toBe('0px');
      expect(style.width).toBe(style.column);
      await page.context().close();
    });

    it('ignores size messages forged by a third origin, by another window of the site, and malformed ones', async () => {
      const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
      const { frame } = await openArticle(page, figure);
      const fitted = await expectFitted(page, frame);
      await recordMessages(page);

      // A third origin's frame on the host page posts a well-formed size message.
      await page.evaluate((src) => {
        const iframe = document.createElement('iframe');
        iframe.src = src;
        iframe.title = 'third party';
        document.body.append(iframe);
      }, `${forger.origin}/frame.html?height=3333`);
      // … and a third-origin popup posts one to its opener.
      const popupOpened = page.context().waitForEvent('page');
      await page.evaluate((src) => void window.open(src), `${forger.origin}/popup.html?height=2222`);
      const popup = await popupOpened;
      await expect.poll(() => seenFrom(page, forger.origin)).toBe(2);

      // A window of the embedding site itself that is not the iframe: right origin, wrong source.
      // (An embed page: the site's other pages send Cross-Origin-Opener-Policy, so they have no opener to post to.)
      const sitePopupOpened = page.context().waitForEvent('page');
      await page.evaluate((src) => void window.open(src), `${site.origin}${embedPath(figure)}`);
      const sitePopup = await sitePopupOpened;
      await sitePopup.waitForLoadState();
      const fromSiteBefore = await seenFrom(page, site.origin);
      await sitePopup.evaluate((m) => window.opener.postMessage(m, '*'), {
        ns: EMBED_MESSAGE_NS,
        type: 'size',
        height: 1111,
      });

      // The iframe itself posts malformed messages.
      const malformed = [
        { ns: EMBED_MESSAGE_NS, type: 'size', height: '1500' },
        { ns: EMBED_MESSAGE_NS, type: 'size', height: -5 },
        { ns: EMBED_MESSAGE_NS, type: 'size', height: MAX_EMBED_HEIGHT + 1 },
        { ns: EMBED_MESSAGE_NS, type: 'size', height: 1500, extra: 1 },
        { ns: 'someone-else', type: 'size', height: 1500 },
        { ns: EMBED_MESSAGE_NS, type: 'resize', height: 1500 },
        [EMBED_MESSAGE_NS, 'size', 1500],
        'size:1500',
        null,
      ];
      await frame.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, '*')), malformed);
      await expect.poll(() => seenFrom(page, site.origin)).toBe(fromSiteBefore + 1 + malformed.length);

      expect(await iframeHeight(page)).toBe(fitted);

      // Control: a well-formed message from the iframe itself is obeyed, so the refusals above are real.
      await frame.evaluate((m) => parent.postMessage(m, '*'), { ns: EMBED_MESSAGE_NS, type: 'size', height: 777 });
      await expect.poll(() => iframeHeight(page)).toBe(777);

      // The iframe itself navigated to another origin: right window, wrong origin.
      await frame.evaluate((src) => void (location.href = src), `${forger.origin}/frame.html?height=4444`);
      await expect.poll(() => seenFrom(page, forger.origin)).toBe(3);
      expect(await iframeHeight(page)).toBe(777);
      await popup.close();
      await sitePopup.close();
      await page.context().close();
    });

    it('answers only a well-formed size request from its parent', async () => {
      const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
      const { frame } = await openArticle(page, figure);
      await expectFitted(page, frame);
      await recordMessages(page);
      await page.evaluate(
        ({ ns, origin }) => {
          const target = document.querySelector('iframe')!.contentWindow!;
          for (const bad of [
            { ns, type: 'request-size', extra: 1 },
            { ns: 'x', type: 'request-size' },
            { type: 'request-size' },
            'request-size',
            [ns, 'request-size'],
          ]) {
            target.postMessage(bad, origin);
          }
          target.postMessage({ ns, type: 'request-size' }, origin);
        },
        { ns: EMBED_MESSAGE_NS, origin: site.origin },
      );
      await expect.poll(() => seenFrom(page, site.origin)).toBeGreaterThanOrEqual(1);
      // Replies come in order, so had any malformed request been answered, its reply would be here too.
      expect(await seenFrom(page, site.origin)).toBe(1);
      const [reply] = await page.evaluate(() =>
        (window as unknown as { seen: { data: unknown }[] }).seen.map((m) => m.data),
      );
      expect(reply).toEqual({ ns: EMBED_MESSAGE_NS, type: 'size', height: Math.round(await iframeHeight(page)) });
      await page.context().close();
    });

    it('lets any site frame the embed page but not the full pages', async () => {
      const response = await fetch(`${site.origin}${embedPath(figure)}`);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*(;|$)/);
      expect(response.headers.get('x-frame-options')).toBeNull();

      const page = await site.newPage();
      await page.goto(`${host.origin}/frames-full-page.html`);
      const handle = await page.waitForSelector('iframe');
      await expect.poll(async () => (await handle.contentFrame())?.url()).toMatch(/^chrome-error:/);
      await page.context().close();
    });
  });
}

describe('Embed control on figure pages', () => {
  for (const figure of EMBEDDABLE_FIGURES) {
    const built = existsSync(figurePageFile(figure));
    if (!built)
      console.info(
        `embed.test: skipping the Embed control of "${figure.name}": ${figure.fullPagePath}index.html is not in dist/ yet`,
      );

    it.skipIf(!built)(
      `${figure.fullPagePath}: the snippet is readable without JavaScript and copies with it`,
      async () => {
        const noJs = await site.newPage({ javaScriptEnabled: false });
        await noJs.goto(`${site.origin}${figure.fullPagePath}`);
        const details = noJs.locator(`#embed-${figure.name}`);
        expect(await details.getAttribute('open')).toBeNull();
        await details.locator('summary').click();
        const code = noJs.locator(`#embed-code-${figure.name}`);
        expect(await code.isVisible()).toBe(true);
        expect(await code.inputValue()).toBe(embedSnippet(figure, SITE_URL));
        expect(await code.getAttribute('readonly')).not.toBeNull();
        expect(await noJs.locator(`label[for="embed-code-${figure.name}"]`).count()).toBe(1);
        expect(await noJs.locator('[data-embed-copy]').isVisible()).toBe(false);
        expect(await noJs.locator(`link[rel="alternate"][type="application/json+oembed"]`).getAttribute('href')).toBe(
          new URL(`/oembed/${figure.name}.json`, SITE_URL).href,
        );
        await noJs.context().close();

        const page = await site.newPage();
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
        await page.goto(`${site.origin}${figure.fullPagePath}`);
        await page.locator(`#embed-${figure.name} summary`).click();
        await page.locator('[data-embed-copy]').click();
        await expect.poll(() => page.locator('[data-embed-status]').textContent()).toBe('Embed code copied.');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(embedSnippet(figure, SITE_URL));
        await page.context().close();
      },
    );
  }
});

describe('oEmbed documents', () => {
  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '/oembed/%s.json is served as JSON with the snippet',
    async (name, figure) => {
      const response = await fetch(`${site.origin}/oembed/${name}.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        version: '1.0',
        type: 'rich',
        title: figure.title,
        height: figure.measuredHeights[700] + HEIGHT_MARGIN,
      });
      expect(body['html']).toBe(
        `${embedSnippet(figure, SITE_URL)}\n<noscript>${body['fallback_html'] as string}</noscript>`,
      );
    },
  );
});

describe.skipIf(!isBuilt(EMBEDDABLE_FIGURES[0]!))('the host script pinned by Subresource Integrity', () => {
  const figure = EMBEDDABLE_FIGURES[0]!;

  it('loads with the published integrity (the bytes of dist/embed.js, sent with CORS) and fits the frame, with no console error on the host', async () => {
    const response = await fetch(`${site.origin}/embed.js`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const integrity = `sha384-${createHash('sha384')
      .update(Buffer.from(await response.arrayBuffer()))
      .digest('base64')}`;
    const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    const { frame, handle } = await openArticle(page, figure);
    expect(await page.locator('script[src$="/embed.js"]').getAttribute('integrity')).toBe(integrity);
    expect(await page.locator('script[src$="/embed.js"]').getAttribute('crossorigin')).toBe('anonymous');
    expect(await handle.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    await expectFitted(page, frame);
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toMatch(/^\d+px$/);
    // Among others, no "target origin provided does not match the recipient window's origin" from a request to a frame still at about:blank.
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("is refused by the browser when the file does not match the pinned hash: the frame keeps the snippet's height", async () => {
    const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await openArticle(page, figure, '&tamper=1');
    await expect.poll(() => errors.some((e) => /integrity/i.test(e))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toMatch(/^(max|clamp)\(/);
    await page.context().close();
  });

  it('fits a frame that the host sandboxes (allow-scripts allow-same-origin …)', async () => {
    const page = await site.newPage({ viewport: { width: 1024, height: 900 } });
    const { frame } = await openArticle(
      page,
      figure,
      `&sandbox=${encodeURIComponent('allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation')}`,
    );
    await expectFitted(page, frame);
    expect(await page.evaluate(() => document.querySelector('iframe')!.style.height)).toMatch(/^\d+px$/);
    await page.context().close();
  });
});
