/**
 * The deployment map page and its embed, in Chromium against the built site (with its
 * _headers, so the CSP applies). Expectations come from the content files, joined as the build
 * joins them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { DIST, useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';
import { contrastRatio } from '../../src/lib/charts/kit/contrast.ts';
import { mapMessages } from '../../src/scripts/map/messages.ts';
import { defaultT } from '../../src/lib/i18n/translate.ts';

const site = useSite();
const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.copy.map!);
const isLeaflet = (url: string) => /\/_astro\/leaflet-map\.[^/]+\.(js|css)$/.test(url);
/** The interactive map's data file (src/pages/map-data/), fetched with Leaflet. */
const isMapData = (url: string) => /\/map-data\/[0-9a-f]{12}\.json$/.test(url);
/** The data file a built page names, relative to dist/. */
const mapDataFileOf = (page: string) =>
  /data-map-data-src="\/([^"]+)"/.exec(readFileSync(join(DIST, page, 'index.html'), 'utf8'))![1]!;

async function openMap(
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    colorScheme?: 'light' | 'dark';
    path?: string;
  } = {},
) {
  const page = await site.newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${site.origin}${options.path ?? '/map/'}`);
  return { page, requests, problems };
}

/** Opens the interactive map with the button and waits for its markers. */
async function activate(page: Page) {
  await page.locator('[data-map-activate]').click();
  await page.waitForSelector('.leaflet-marker-icon');
}

describe('the static map', () => {
  it('is an SVG image with a title and description, readable with JavaScript off', async () => {
    const { page } = await openMap({ width: 375, javaScriptEnabled: false });
    const svg = page.locator('.map-variant svg:visible');
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    // The title is the copy's (content/copy/map.yaml): no route from Vladivostok to Kursk, which no report gives.
    expect(await page.locator(`[id="${titleId}"]`).textContent()).toBe(model.copy.title.text);
    expect(await page.locator(`[id="${descId}"]`).textContent()).toContain('Vladivostok');
    expect(await page.locator(`[id="${descId}"]`).textContent()).toContain('6,700 km');
    // Every place is labelled, in the main panel or the inset.
    const labelled = await svg
      .locator('[data-label-for]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label-for')));
    expect(labelled.filter((id) => id !== 'route').sort()).toEqual(model.places.map((p) => p.id).sort());
    expect(await svg.locator('.map-route').count()).toBe(1);
    // The button needs JavaScript, so it stays hidden.
    expect(await page.locator('[data-map-activate]').isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows the reported "about 7,000 km" with its source beside the computed distance', async () => {
    const { page } = await openMap();
    const note = (await page.locator('.map-notes').textContent())!.replace(/\s+/g, ' ');
    expect(note).toContain('6,700 km');
    expect(note).toContain('7,000');
    expect(note).toContain(model.reportedDistance.citation.evidence);
    expect(
      await page.locator(`.map-notes a[href="/reports/${model.reportedDistance.citation.report.slug}/"]`).count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has labels at 4.5:1 and dots at 3:1 against the land in the ${colorScheme} theme`, async () => {
      const { page } = await openMap({ colorScheme });
      const colours = await page.evaluate(() => {
        const svg = document.querySelector('.map-variant-wide svg')!;
        const land = getComputedStyle(svg.querySelector('.map-land')!).fill;
        const strong = getComputedStyle(svg.querySelector('.map-land-emphasis')!).fill;
        const texts = [...svg.querySelectorAll('.map-label, .map-route-label, .map-country')].map((t) => ({
          text: t.textContent,
          fill: getComputedStyle(t).fill,
        }));
        const dots = [...svg.querySelectorAll('.map-dot')].map((d) => {
          const s = getComputedStyle(d);
          return d.matches('.map-role-context, .map-role-diplomacy') ? s.stroke : s.fill;
        });
        return { land, strong, texts, dots };
      });
      const rgb = (css: string) =>
        (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
      for (const ground of [colours.land, colours.strong]) {
        for (const t of colours.texts)
          expect(contrastRatio(rgb(t.fill), rgb(ground)), `"${t.text}"`).toBeGreaterThanOrEqual(4.5);
        for (const d of colours.dots) expect(contrastRatio(rgb(d), rgb(ground))).toBeGreaterThanOrEqual(3);
      }
      await page.context().close();
    });
  }

  for (const width of [375, 1280])
    it(`names Ukraine and Russia on the visible map at ${width} px, and China once`, async () => {
      const { page } = await openMap({ width });
      const names = await page
        .locator('.map-variant svg:visible .map-country')
        .evaluateAll((ts) => ts.map((t) => ({ text: t.textContent, w: t.getBoundingClientRect().width })));
      for (const country of ['UKRAINE', 'RUSSIA'])
        expect(
          names.find((n) => n.text === country && n.w > 10),
          country,
        ).toBeDefined();
      expect(names.filter((n) => n.text === 'CHINA')).toHaveLength(1);
      // Every panel has a scale bar.
      expect(await page.locator('.map-variant svg:visible .map-scale').count()).toBe(2);
      await page.context().close();
    });

  it('puts a main panel at least 300 px tall inside the first screen of a 375 × 812 phone', async () => {
    const { page } = await openMap({ width: 375, height: 812 });
    const panel = (await page.locator('.map-variant svg:visible .map-panel-main .map-water').boundingBox())!;
    expect(panel.height).toBeGreaterThanOrEqual(300);
    expect(panel.y).toBeGreaterThanOrEqual(0);
    expect(panel.y + panel.height).toBeLessThanOrEqual(812);
    // The headline sits above it and states the finding with its claimants.
    const h1 = (await page.locator('h1').textContent())!;
    expect(h1).toContain('NIS');
    expect(h1).toContain('South Korea');
    await page.context().close();
  });

  it('lands a place link on the map with the place marked (the list entry stays the target)', async () => {
    const { page } = await openMap({ width: 375, path: '/map/#place-kursk' });
    const marked = page.locator('.map-variant svg:visible .map-place-linked');
    await expect.poll(() => marked.count()).toBeGreaterThanOrEqual(2); // its dot and its name
    expect(await page.locator('.map-variant svg:visible .map-place-linked[data-place="kursk"]').count()).toBe(1);
    const panel = (await page.locator('.map-variant svg:visible .map-panel-main .map-water').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(-1);
    expect(panel.y).toBeLessThan(812 / 2);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('place-kursk');
    await page.context().close();
  });

  it('does not scroll sideways at 320 px, on the page or in the embed', async () => {
    for (const path of ['/map/', '/embed/map/']) {
      const { page } = await openMap({ width: 320, path });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  // The land, borders and region outlines are <use>s of one sprite file (src/pages/map-base/):
  // nothing but the pixels shows whether the browser fetched it, the CSP let it, and the class
  // on each <use> paints the paths in its shadow tree.
  for (const [path, colorScheme] of [
    ['/map/', 'light'],
    ['/map/', 'dark'],
    ['/embed/map/', 'light'],
  ] as const)
    it(`paints the land from the sprite with JavaScript off (${path}, ${colorScheme})`, async () => {
      const { page, requests, problems } = await openMap({ javaScriptEnabled: false, path, colorScheme });
      const svg = page.locator('.map-variant svg:visible');
      const land = svg.locator('.map-panel-main use.map-land:not(.map-land-emphasis)');
      const area = () =>
        land.evaluate((use) => {
          const box = (use as SVGUseElement).getBBox();
          return box.width * box.height;
        });
      // <use> fetches its file without holding up first paint: wait until it is drawn.
      await expect.poll(area).toBeGreaterThan(0);
      const panel = (await svg.locator('.map-panel-main .map-water').boundingBox())!;
      expect(await area()).toBeGreaterThan(0.5 * panel.width * panel.height);
      const landColour = await land.evaluate((use) => getComputedStyle(use).fill);
      const shot = await page.screenshot({ clip: panel });
      expect(await shareOfColour(shot, landColour), 'of the main panel in the land colour').toBeGreaterThan(0.25);
      expect(requests.filter((u) => u.includes('/map-base/'))).toHaveLength(1);
      expect(problems).toEqual([]);
      await page.context().close();
    });
});

/** The share of a PNG's pixels that are exactly `css` (an "rgb(r, g, b)"), read by a blank page's canvas. */
async function shareOfColour(png: Buffer, css: string): Promise<number> {
  const page = await site.newPage();
  const share = await page.evaluate(
    async ({ base64, rgb }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) hits += 1;
      return hits / (image.width * image.height);
    },
    { base64: png.toString('base64'), rgb: (css.match(/\d+/g) ?? []).slice(0, 3).map(Number) },
  );
  await page.context().close();
  return share;
}

describe('the list of places', () => {
  it('has an entry per place, id="place-<id>", with sources and links to the timeline events that name it', async () => {
    const { page } = await openMap({ javaScriptEnabled: false });
    const ids = await page.locator('.place-list > li').evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids).toEqual(model.places.map((p) => `place-${p.id}`));
    for (const place of model.places) {
      const entry = page.locator(`#place-${place.id}`);
      const text = (await entry.textContent())!.replace(/\s+/g, ' ');
      expect(text).toContain(place.name);
      expect(text).toContain(place.roleLabel);
      for (const s of place.sources) expect(text).toContain(s.evidence.replace(/\s+/g, ' '));
      const events = await entry.locator('.place-events a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(events).toEqual(place.events.map((e) => `/timeline/#${e.id}`));
    }
    await page.context().close();
  });

  it('is where the timeline’s place links land, and leads back to the events', async () => {
    // The place links are in the full record (/timeline/full/); the map's links back go to /timeline/#<id>.
    const { page } = await openMap({ path: '/timeline/full/' });
    const link = page.locator('.event-places a[href="/map/#place-vladivostok"]').first();
    await link.click();
    await page.waitForURL(/\/map\/#place-vladivostok$/);
    expect(await page.locator('#place-vladivostok').isVisible()).toBe(true);
    const back = page.locator('#place-vladivostok .place-events a').first();
    const href = (await back.getAttribute('href'))!;
    await back.click();
    await page.waitForURL((url) => url.pathname === '/timeline/' && url.hash === href.slice('/timeline/'.length));
    await page.context().close();
  });
});

describe('the interactive map', () => {
  it('does not load Leaflet until the map scrolls into view, then loads it from this site', async () => {
    // A short window: the figure starts below the fold.
    const { page, requests } = await openMap({ width: 1280, height: 300 });
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isLeaflet)).toEqual([]);
    expect(requests.filter(isMapData)).toEqual([]);
    await page.locator('.map-stage').scrollIntoViewIfNeeded();
    await expect.poll(() => requests.filter(isLeaflet).length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    // The data comes with Leaflet, so pressing the button later waits for neither.
    await expect.poll(() => requests.filter(isMapData).length, { timeout: 5000 }).toBe(1);
    expect(requests.some((u) => u.endsWith('/data/map-base.geojson'))).toBe(false);
    await page.context().close();
  });

  it('loads Leaflet when the button is pressed, even before the map was scrolled to', async () => {
    const { page, requests, problems } = await openMap({ width: 1280, height: 300 });
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isLeaflet)).toEqual([]);
    // Activate by keyboard without scrolling the map into view first.
    await page.locator('[data-map-activate]').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.leaflet-marker-icon');
    expect(requests.filter(isLeaflet).length).toBeGreaterThanOrEqual(2);
    expect(requests.filter(isMapData)).toEqual([`${site.origin}/${mapDataFileOf('map')}`]);
    expect(requests.some((u) => u.endsWith('/data/map-base.geojson'))).toBe(true);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(model.places.length);
    expect(await page.locator('.lf-land').count()).toBeGreaterThan(10);
    expect(problems, 'no CSP violations or errors').toEqual([]);
    await page.context().close();
  });

  it('keeps the static map and says so when the map’s data cannot be fetched', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    // Before the page loads: its prefetch (the map is in view) must fail too.
    await page.route(/\/map-data\//, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`${site.origin}/map/`);
    // Let that prefetch run and fail first: the press must not inherit its failure.
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))),
    );
    await page.locator('[data-map-activate]').click();
    await expect.poll(() => page.locator('[data-map-status]').textContent()).toBe(mapMessages(defaultT).failed);
    expect(await page.locator('.map-stage').isVisible()).toBe(true);
    expect(await page.locator('.map-interactive').isVisible()).toBe(false);
    expect(await page.locator('[data-map-activate]').isEnabled()).toBe(true);
    // Once the file can be fetched again, the next press opens the map.
    await page.unroute(/\/map-data\//);
    await activate(page);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(model.places.length);
    await page.context().close();
  });

  it('lets the keyboard reach a marker and open its popup with Enter', async () => {
    const { page } = await openMap();
    await activate(page);
    await page.locator('[data-map-activate]').focus();
    let place: string | null = null;
    for (let i = 0; i < 40 && !place; i++) {
      await page.keyboard.press('Shift+Tab');
      place = await page.evaluate(
        () => document.activeElement?.closest('.leaflet-marker-icon')?.getAttribute('data-place') ?? null,
      );
    }
    expect(place, 'a marker is reachable with the keyboard').not.toBeNull();
    const target = model.places.find((p) => p.id === place)!;
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toContain(target.name);
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.isVisible()).toBe(true);
    const text = (await popup.textContent())!;
    expect(text).toContain(target.name);
    expect(text).toContain(target.roleLabel);
    for (const s of target.sources) expect(text).toContain(s.report.shortName);
    // A report named in Hangul is marked Korean, as the post-build pass does in the pages.
    const unmarked = await popup
      .locator('a')
      .evaluateAll(
        (links) =>
          links.filter((a) => /[\uac00-\ud7af]/.test(a.textContent ?? '') && a.getAttribute('lang') !== 'ko').length,
      );
    expect(unmarked).toBe(0);
    // Targets are at least 24 px (WCAG 2.5.8).
    const size = await page.locator('.leaflet-marker-icon').first().boundingBox();
    expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('moves focus into the map when it opens, and Tab reaches the markers west to east', async () => {
    const { page } = await openMap();
    await activate(page);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('[data-map-interactive]') ?? false))
      .toBe(true);
    const order: (string | null)[] = [];
    for (let i = 0; i < model.places.length; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null));
    }
    expect(order).toEqual(model.places.map((p) => p.id));
    expect(order[0]).toBe('brussels');
    await page.context().close();
  });

  it('keeps a popup inside the map at 375 px, walks its links after its marker, and closes it with Escape', async () => {
    const { page } = await openMap({ width: 375, height: 812 });
    await activate(page);
    for (const id of ['brussels', 'khabarovsk', 'kursk']) {
      const marker = page.locator(`.leaflet-marker-icon[data-place="${id}"]`);
      await marker.focus();
      await page.keyboard.press('Enter');
      const popup = page.locator('.leaflet-popup-content-wrapper');
      await popup.waitFor();
      // Leaflet pans the map to fit the popup: wait for the pan to settle.
      await page.waitForTimeout(400);
      const map = (await page.locator('[data-map-interactive]').boundingBox())!;
      const box = (await popup.boundingBox())!;
      const close = (await page.locator('.leaflet-popup-close-button').boundingBox())!;
      for (const b of [box, close]) {
        expect(b.x, id).toBeGreaterThanOrEqual(map.x - 0.5);
        expect(b.x + b.width, id).toBeLessThanOrEqual(map.x + map.width + 0.5);
        expect(b.y, id).toBeGreaterThanOrEqual(map.y - 0.5);
        expect(b.y + b.height, id).toBeLessThanOrEqual(map.y + map.height + 0.5);
      }
      // Tab from the marker goes into its popup's links, not on to the next marker.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.leaflet-popup')))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(id);
    }
    await page.context().close();
  });

  it('spreads the markers so no two targets overlap at the first zoom on a phone', async () => {
    const { page } = await openMap({ width: 375 });
    await activate(page);
    const boxes = await page
      .locator('.leaflet-marker-icon')
      .evaluateAll((ms) =>
        ms.map((m) => m.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })),
      );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
        expect(overlap, `${i} / ${j}`).toBe(false);
      }
    await page.context().close();
  });

  it('has preset views as buttons that change the view, and a reset that restores the first one', async () => {
    const { page } = await openMap({ width: 375 });
    await activate(page);
    const view = () =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
        const map = document.querySelector('[data-map-interactive]')!.getBoundingClientRect();
        return shown
          .filter((m) => {
            const b = m.getBoundingClientRect();
            return b.right > map.left && b.left < map.right && b.bottom > map.top && b.top < map.bottom;
          })
          .map((m) => m.dataset['place'])
          .sort();
      });
    const transform = () =>
      page.evaluate(() => document.querySelector<HTMLElement>('.leaflet-map-pane')!.style.transform);
    const first = await view();
    expect(first).toHaveLength(model.places.length);
    const firstTransform = await transform();
    // Each view: the places it frames are in sight, the far end of the map is not (polled: Leaflet animates).
    const shows = async (inView: string[], outOfView: string[]) => {
      const now = await view();
      return inView.every((id) => now.includes(id)) && !outOfView.some((id) => now.includes(id));
    };
    await page.locator('button[data-map-view="farEast"]').click();
    await expect
      .poll(() => shows(['khabarovsk', 'vladivostok', 'seoul'], ['brussels', 'kursk']), { timeout: 5000 })
      .toBe(true);
    await page.locator('button[data-map-view="front"]').click();
    await expect
      .poll(() => shows(['kursk', 'kyiv', 'moscow'], ['vladivostok', 'brussels']), { timeout: 5000 })
      .toBe(true);
    await page.locator('button[data-map-view="route"]').click();
    await expect.poll(() => shows(['kursk', 'vladivostok'], []), { timeout: 5000 }).toBe(true);
    await page.locator('button[data-map-view="reset"]').click();
    await expect.poll(view).toEqual(first);
    await expect.poll(transform).toBe(firstTransform);
    // Real buttons, at least 24 px tall.
    for (const b of await page.locator('[data-map-views] button').all())
      expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('makes no request to any other origin, before or after activation', async () => {
    for (const path of ['/map/', '/embed/map/']) {
      const { page, requests } = await openMap({ path });
      await activate(page);
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForLoadState('networkidle');
      const foreign = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('data:'));
      expect(foreign, path).toEqual([]);
      await page.context().close();
    }
  });

  it('switches back to the static map', async () => {
    const { page } = await openMap();
    await activate(page);
    expect(await page.locator('.map-stage').isVisible()).toBe(false);
    await page.locator('[data-map-activate]').click();
    expect(await page.locator('.map-stage').isVisible()).toBe(true);
    expect(await page.locator('.map-interactive').isVisible()).toBe(false);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(0);
    // …and back again: the map mounts a second time.
    await activate(page);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(model.places.length);
    await page.context().close();
  });
});

describe('the embed', () => {
  it('shows the map, caption, source line and a link back, without the page’s list', async () => {
    const { page } = await openMap({ width: 600, path: '/embed/map/' });
    expect(await page.locator('figure#deployment-map figcaption').textContent()).toContain('Vladivostok');
    expect(await page.locator('figure#deployment-map .figure-source').textContent()).toMatch(/^Source: /);
    expect(await page.locator('.map-variant svg:visible').count()).toBe(1);
    expect(await page.locator('a[href$="/map/"][target="_top"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.place-list').count()).toBe(0);
    await page.context().close();
  });

  it('fetches Leaflet only when a reader reaches for the button, though the map is in view at once', async () => {
    const { page, requests } = await openMap({ width: 600, path: '/embed/map/' });
    // The island has connected (it shows the button), and the moment it would prefetch on a page, an idle
    // callback after load, has passed: ours is queued after any it queued, so when ours runs, its has run.
    await page.locator('[data-map-activate]').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))),
    );
    expect(requests.filter(isLeaflet)).toEqual([]);
    expect(requests.filter(isMapData)).toEqual([]);
    await page.locator('[data-map-activate]').hover();
    await expect.poll(() => requests.filter(isLeaflet).length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => requests.filter(isMapData), { timeout: 5000 })
      .toEqual([`${site.origin}/${mapDataFileOf('embed/map')}`]);
    await activate(page);
    await page.context().close();
  });
});

describe('budgets and build outputs', () => {
  it('needs no JavaScript for the first render, and keeps Leaflet, its layer and its data under 60 KB gzipped', () => {
    const html = readFileSync(join(DIST, 'map/index.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/leaflet-map\.[^"]+\.js"/);
    expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/);
    const files = readdirSync(join(DIST, '_astro')).filter((f) => /^leaflet-map\..+\.(js|css)$/.test(f));
    expect(files.map((f) => f.split('.').at(-1)).sort()).toEqual(['css', 'js']);
    // The data file is fetched on demand with them: the larger of the page's and the embed's counts.
    const data = Math.max(
      ...['map', 'embed/map'].map((p) => gzipSync(readFileSync(join(DIST, mapDataFileOf(p)))).length),
    );
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, '_astro', f))).length, 0) + data;
    console.info(
      `Leaflet, the interactive layer and its data: ${gzipped} bytes gzipped (the data ${data}); /map/ HTML: ${html.length} bytes (${gzipSync(html).length} gzipped)`,
    );
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
  });

  it('serves the base layer as GeoJSON and the map as a standalone SVG and PNG', async () => {
    const geojson = await (await fetch(`${site.origin}/data/map-base.geojson`)).json();
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.length).toBeGreaterThan(20);
    const svg = await (await fetch(`${site.origin}/images/map.svg`)).text();
    for (const p of model.places) expect(svg).toContain(`data-place="${p.id}"`);
    const png = Buffer.from(await (await fetch(`${site.origin}/images/map.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
