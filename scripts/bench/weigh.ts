/**
 * Page weights for `npm run bench`: loads a page in Chromium, scrolls to the end and counts every
 * response's bytes (raw and gzipped) by kind. On the map, JavaScript fetched only after the first
 * load (on scrolling, or on pressing the buttons in its figure) is the lazily loaded interactive
 * layer, reported apart.
 */
import type { Browser } from 'playwright-core';
import {
  gzipSize,
  kindOf,
  sumWeights,
  type PageMeasurement,
  type PageType,
  type Resource,
} from '../../src/lib/quality/weights.ts';

export async function measureWeights(
  browser: Browser,
  origin: string,
  type: PageType,
  path: string,
): Promise<PageMeasurement> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const resources: Resource[] = [];
  const lazy: Resource[] = [];
  let phase: 'load' | 'interact' = 'load';
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const into = phase === 'load' ? resources : lazy;
    pending.push(
      response
        .body()
        .then((body) => {
          const url = new URL(response.url());
          into.push({
            url: url.href,
            kind: kindOf(url.pathname, response.headers()['content-type'] ?? ''),
            bytes: body.length,
            gzipBytes: gzipSize(body),
          });
        })
        .catch(() => {}),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Then use the page: scroll to the end and, on the map, press the figure's buttons. Whatever
  // arrives now was loaded on demand (the map's interactive layer, whether a button or scrolling
  // into view starts it); on other pages it still counts towards the page's weight.
  phase = 'interact';
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  if (type === 'map') {
    const buttons = page.locator('main figure button:visible');
    for (let i = 0; i < (await buttons.count()); i++)
      await buttons
        .nth(i)
        .click({ timeout: 2000 })
        .catch(() => {});
    await page.waitForTimeout(500);
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const firstLoad = new Set(resources.map((r) => r.url));
  const measurement: PageMeasurement = {
    type,
    path,
    weights: sumWeights(type === 'map' ? resources : [...resources, ...lazy]),
  };
  if (type === 'map') {
    const lazyJs = lazy.filter((r) => r.kind === 'js');
    measurement.lazyJsGzip = sumWeights(lazyJs).js.gzip;
    measurement.lazyOnDemand = lazyJs.length > 0 && lazyJs.every((r) => !firstLoad.has(r.url));
  }
  await context.close();
  return measurement;
}
