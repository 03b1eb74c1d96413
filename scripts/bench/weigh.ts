/**
 * Page weights for `npm run bench`: loads a page in Chromium, scrolls to the end and counts every
 * response's bytes (raw and gzipped) by kind. On the map, JavaScript requested only after the
 * page's load event (the prefetch once the page has settled with the map in view, scrolling it
 * into view, or pressing the buttons in its figure) is the lazily loaded interactive layer,
 * reported apart: it is an enhancement that neither first paint nor the load waits for.
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
  const responses: { resource: Resource; requestedAt: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const requestedAt = response.request().timing().startTime;
    pending.push(
      response
        .body()
        .then((body) => {
          const url = new URL(response.url());
          responses.push({
            resource: {
              url: url.href,
              kind: kindOf(url.pathname, response.headers()['content-type'] ?? ''),
              bytes: body.length,
              gzipBytes: gzipSize(body),
            },
            requestedAt,
          });
        })
        .catch(() => {}),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Then use the page: scroll to the end and, on the map, press the figure's buttons. On pages
  // other than the map, whatever arrives now still counts towards the page's weight.
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
  // The load event's end, as the same wall clock as the requests' start times (epoch ms).
  const loadedAt = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return performance.timeOrigin + (navigation?.loadEventEnd ?? 0);
  });
  const firstLoad = responses.filter((r) => r.requestedAt <= loadedAt).map((r) => r.resource);
  const afterLoad = responses.filter((r) => r.requestedAt > loadedAt).map((r) => r.resource);
  const measurement: PageMeasurement = {
    type,
    path,
    weights: sumWeights(type === 'map' ? firstLoad : [...firstLoad, ...afterLoad]),
  };
  if (type === 'map') {
    const firstUrls = new Set(firstLoad.map((r) => r.url));
    const lazyJs = afterLoad.filter((r) => r.kind === 'js');
    measurement.lazyJsGzip = sumWeights(lazyJs).js.gzip;
    measurement.lazyOnDemand = lazyJs.length > 0 && lazyJs.every((r) => !firstUrls.has(r.url));
  }
  await context.close();
  return measurement;
}
