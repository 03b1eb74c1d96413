/**
 * The first screen from the first window (issue 16): what a reader sees when only the first TCP
 * window of a page's gzipped HTML has arrived. The page is served with the rest of its HTML held
 * back; once the browser has painted what it has, the screen is photographed, the rest is let
 * through and, with the page complete, the same screen is photographed again. The two must be the
 * same pixels: the first screen needed nothing beyond the first window, and nothing that arrived
 * later moved it.
 *
 * JavaScript is off in both, so the comparison is of what HTML and CSS paint (scripts only enhance,
 * and a full load would run them where the held one cannot yet). Subresources (the map's sprite)
 * arrive while the HTML is held, as they would from the first window's references. Used by the
 * browser test (tests/browser/first-window.test.ts); no timings are read.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { FIRST_WINDOW_BYTES } from '../../src/lib/quality/critical-path.ts';
import { createStaticServer, listenLocally, type LocalSite } from './static-server.ts';

export interface HeldSite extends LocalSite {
  /** Resolves with the release of `path`'s held HTML once its first window has been sent. */
  held: (path: string) => Promise<() => void>;
}

/** Serves `dir` gzipped, holding each HTML page after its first `bytes` compressed bytes. */
export async function serveHeld(dir: string, bytes = FIRST_WINDOW_BYTES): Promise<HeldSite> {
  const waiting = new Map<string, (release: () => void) => void>();
  const arrived = new Map<string, () => void>();
  const server = createStaticServer(dir, {
    gzip: true,
    holdHtml: {
      bytes,
      held: (path, release) => {
        const waiter = waiting.get(path);
        waiting.delete(path);
        if (waiter) waiter(release);
        else arrived.set(path, release);
      },
    },
  });
  return {
    ...(await listenLocally(server)),
    held: (path) => {
      const release = arrived.get(path);
      arrived.delete(path);
      return release ? Promise.resolve(release) : new Promise((resolve) => waiting.set(path, resolve));
    },
  };
}

export interface FirstScreen {
  /** The browser painted while the rest of the HTML was still held. */
  paintedFromFirstWindow: boolean;
  /** Whether the page had more than the first window at all (if not, it is trivially complete). */
  held: boolean;
  /** The screen painted from the first window is pixel-identical to the complete page's. */
  complete: boolean;
  /** Both photographs, for a failing test to save. */
  firstWindow: Buffer;
  finished: Buffer;
}

/** Waits until the page has no request in flight other than its own document. */
async function subresourcesSettled(page: Page, pending: Set<Request>) {
  for (let i = 0; pending.size > 0 && i < 200; i++) await page.waitForTimeout(25);
}

/**
 * Waits for the page's first paint, up to about ten seconds; whether it came. Polled from outside:
 * with JavaScript off, Playwright's waitForFunction never runs.
 */
async function painted(page: Page): Promise<boolean> {
  const hasPainted = () => page.evaluate(() => performance.getEntriesByType('paint').length > 0);
  for (let i = 0; i < 400; i++) {
    if (await hasPainted()) return true;
    await page.waitForTimeout(25);
  }
  return false;
}

/** Opens `path` with its HTML held after the first window and compares the first screen to the finished page's. */
export async function firstScreen(
  browser: Browser,
  site: HeldSite,
  path: string,
  viewport: { width: number; height: number },
): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const pending = new Set<Request>();
    page.on('request', (request) => {
      if (!request.isNavigationRequest()) pending.add(request);
    });
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));

    const release = site.held(path);
    await page.goto(site.origin + path, { waitUntil: 'commit' });
    const loaded = page.waitForLoadState('load');
    // A page within one window is sent whole and never held: then its load is the first window.
    const first = await Promise.race([release, loaded.then(() => undefined)]);
    const held = first !== undefined;
    // The window is in; the browser paints what it parsed of it, while the rest is still held.
    const paintCame = await painted(page);
    await subresourcesSettled(page, pending);
    const stillHeld = (await page.evaluate(() => document.readyState)) === 'loading';
    const paintedFromFirstWindow = paintCame && (!held || stillHeld);
    const firstWindow = await page.screenshot();
    first?.();
    await loaded;
    await subresourcesSettled(page, pending);
    await page.evaluate(() => window.scrollTo(0, 0));
    const finished = await page.screenshot();
    return {
      held,
      paintedFromFirstWindow,
      complete: firstWindow.equals(finished),
      firstWindow,
      finished,
    };
  } finally {
    await context.close();
  }
}
