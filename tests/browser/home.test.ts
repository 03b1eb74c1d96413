/** The home page answers first, and every page reads in one centred column on a desktop. */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { headlineList, headlineNumbers } from '../../src/lib/data/headline.ts';

const site = useSite();
const model = buildModel(loadContent(process.cwd()));
const picked = headlineList(headlineNumbers(model.estimates));

describe('home page, answer first', () => {
  it('shows the whole big-number box in the first phone screen (375 × 812), each figure with claimant and date', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(site.origin + '/');
    const box = await page.locator('.headline-numbers').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(812);
    expect(picked.length).toBe(3);
    for (const e of picked) {
      const item = page.locator(`.headline-numbers li[data-estimate="${e.id}"]`);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain(e.asStated);
      expect(text).toContain(e.claimant.name);
      expect(text).toMatch(/\d{1,2} (October|November) 2024/);
      expect(await item.locator(`a[href="/troops/#estimate-${e.id}"]`).count()).toBe(1);
    }
    await page.context().close();
  });

  it('shows the lead troop figure, whole, in the same first phone screen, under the big numbers', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(site.origin + '/');
    const numbers = (await page.locator('.headline-numbers').boundingBox())!;
    const figure = (await page.locator('.troop-lead svg').boundingBox())!;
    expect(figure.y).toBeGreaterThanOrEqual(numbers.y + numbers.height);
    expect(figure.y + figure.height).toBeLessThanOrEqual(812);
    // A real chart: marks that link to their rows, drawn without waiting for any script.
    expect(await page.locator('.troop-lead svg a[href^="/troops/#estimate-"]').count()).toBeGreaterThan(2);
    await page.context().close();
  });

  it('heads the page with the latest count in its report’s words, then the establish / open box and the scope line', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/');
    expect(await page.locator('h1').textContent()).toBe(
      'South Korea says more than 10,000 North Korean soldiers are in Russia',
    );
    expect(await page.locator('.known-open #establish + ul > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.known-open #open + ul > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.scope').textContent()).toContain('Covers 5 reports published 22 Oct – 6 Nov 2024');
    await page.context().close();
  });
});

describe('reading column', () => {
  it.each(['/', '/reports/blackburn/', '/sources/', '/troops/', '/map/', '/timeline/'])(
    '%s at 1280 px: the prose column is centred within 8 px',
    async (path) => {
      const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.origin + path);
      const offsets = await page.evaluate(() =>
        [...document.querySelectorAll('main h1, main .standfirst, main .prose')].map((el) => {
          const r = el.getBoundingClientRect();
          return {
            what: `${el.tagName}.${el.className}`,
            offset: r.left + r.width / 2 - document.documentElement.clientWidth / 2,
          };
        }),
      );
      expect(offsets.length).toBeGreaterThan(0);
      for (const o of offsets) expect(Math.abs(o.offset), o.what).toBeLessThanOrEqual(8);
      await page.context().close();
    },
  );
});

describe('report pages, "This report in the data"', () => {
  it.each(model.reports.map((r) => r.slug))('%s: every item links to a row or event that exists', async (slug) => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/reports/${slug}/`);
    const hrefs = await page
      .locator('section[aria-labelledby="in-the-data"] li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const items = await page.locator('section[aria-labelledby="in-the-data"] ul > li').count();
    expect(hrefs.length).toBeGreaterThanOrEqual(items);
    // Each target page once; every fragment must be an element id there.
    const byPath = new Map<string, string[]>();
    for (const href of hrefs) {
      const [path = '', id = ''] = href.split('#');
      expect(id, href).not.toBe('');
      byPath.set(path, [...(byPath.get(path) ?? []), id]);
    }
    for (const [path, ids] of byPath) {
      await page.goto(site.origin + path);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), `${path}#${id}`).toBe(1);
    }
    await page.context().close();
  });
});

describe('the sources table on a phone', () => {
  it('shows each report as a card whose fields all sit inside a 375 px screen, each with its label', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(site.origin + '/sources/');
    const rows = page.locator('.source-table tbody tr');
    expect(await rows.count()).toBe(5);
    for (const cell of await page.locator('.source-table tbody td').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    // "Published", the field a checker needs first, is labelled beside its value.
    const published = page.locator('.source-table tbody td[data-label="Published"]').first();
    expect(await published.evaluate((el) => getComputedStyle(el, '::before').content.replace(/^"|"$/g, ''))).toBe(
      'Published: ',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.context().close();
  });
});
