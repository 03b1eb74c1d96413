/**
 * The troop-count chart page, its embed and its downloads, in Chromium against the built site.
 * Expectations come from the content files (validated and joined as the build does), never from
 * copies of the page's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { formatDateSpec } from '../../src/lib/format/dates.ts';
import { TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { contrastRatio } from '../../src/lib/charts/kit/contrast.ts';

const site = useSite();
const files = loadContent(process.cwd()).estimates;
const model = buildModel(loadContent(process.cwd()));
const WIDTHS = [320, 768, 1280];

interface Rect {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function openTroops(
  width: number,
  options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; path?: string } = {},
) {
  const page = await site.newPage({
    viewport: { width, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  await page.goto(`${site.origin}${options.path ?? '/troops/'}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The label boxes of the chart layout that is showing, in CSS pixels. */
const visibleLabelBoxes = (page: Page) =>
  page.evaluate(() => {
    const variant = [...document.querySelectorAll<HTMLElement>('.tc-variant')].find(
      (v) => getComputedStyle(v).display !== 'none',
    )!;
    const union = (els: Element[]) => {
      const rects = els.map((e) => e.getBoundingClientRect());
      const x = Math.min(...rects.map((r) => r.left));
      const y = Math.min(...rects.map((r) => r.top));
      return {
        x,
        y,
        width: Math.max(...rects.map((r) => r.right)) - x,
        height: Math.max(...rects.map((r) => r.bottom)) - y,
      };
    };
    const groups: { name: string; els: Element[] }[] = [
      ...[...variant.querySelectorAll('.tc-label')].map((g) => ({
        name: `label ${g.getAttribute('data-for')}`,
        els: [...g.querySelectorAll('text')],
      })),
      ...[...variant.querySelectorAll('.tc-reference-label')].map((g, i) => ({
        name: `reference ${i}`,
        els: [...g.querySelectorAll('text')],
      })),
      ...[...variant.querySelectorAll('.tc-annotation')].map((g) => ({
        name: `annotation ${g.getAttribute('data-event')}`,
        els: [...g.querySelectorAll('text')],
      })),
      { name: 'y title', els: [...variant.querySelectorAll('.tc-axis-title')] },
    ];
    const svg = variant.querySelector('svg')!.getBoundingClientRect();
    const marks = [...variant.querySelectorAll('.tc-shape')].map((s) => ({
      name: `mark ${s.closest('.tc-mark')!.getAttribute('data-estimate')}`,
      ...(({ left, top, width, height }) => ({ x: left, y: top, width, height }))(s.getBoundingClientRect()),
    }));
    return {
      variant: variant.dataset.variant!,
      stageWidth: variant.parentElement!.clientWidth,
      svg: { x: svg.left, y: svg.top, width: svg.width, height: svg.height },
      labels: groups.filter((g) => g.els.length).map((g) => ({ name: g.name, ...union(g.els) })),
      marks,
    };
  });

const overlap = (a: Rect, b: Rect, tolerance = 0.5) =>
  a.x < b.x + b.width - tolerance &&
  b.x < a.x + a.width - tolerance &&
  a.y < b.y + b.height - tolerance &&
  b.y < a.y + a.height - tolerance;

describe('the data table', () => {
  it('has one visible row per estimate file, in date order, with everything the chart encodes', async () => {
    const page = await openTroops(1280);
    const table = page.locator('table.tc-table');
    const box = await table.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    const ids = await page.locator('table.tc-table tbody tr').evaluateAll((rows) => rows.map((r) => r.id));
    expect(ids).toEqual(model.estimates.map((e) => `estimate-${e.id}`));
    expect(ids).toHaveLength(files.length);
    for (const file of files) {
      const row = page.locator(`#estimate-${file.id}`);
      const text = (await row.textContent())!.replace(/\s+/g, ' ');
      const model_e = model.estimates.find((e) => e.id === file.id)!;
      expect(text).toContain(file.data.asStated);
      expect(text).toContain(formatDateSpec(file.data.asOf));
      expect(text).toContain(model_e.statusLabel);
      expect(text).toContain(file.data.claimant.name);
      if (file.data.via !== null) expect(text).toContain(file.data.via);
      for (const source of file.data.sources) expect(text).toContain(source.evidence.replace(/\s+/g, ' '));
      for (const source of model_e.sources)
        expect(await row.locator(`a[href="/reports/${source.report.slug}/"]`).count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('links the CSV and JSON downloads, which match the estimate files', async () => {
    const page = await openTroops(1280);
    const hrefs = await page
      .locator('a[href$=".csv"], a[href$=".json"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/data/troop-estimates.csv');
    expect(hrefs).toContain('/data/troop-estimates.json');

    const json = await (await fetch(`${site.origin}/data/troop-estimates.json`)).json();
    expect(json.estimates.map((e: { id: string }) => e.id).sort()).toEqual(files.map((f) => f.id).sort());
    for (const file of files) {
      const record = json.estimates.find((e: { id: string }) => e.id === file.id);
      expect(record.count).toBe(file.data.count);
      expect(record.status).toBe(file.data.status);
      expect(record.sources.map((s: { evidence: string }) => s.evidence)).toEqual(
        file.data.sources.map((s) => s.evidence),
      );
    }

    const csvResponse = await fetch(`${site.origin}/data/troop-estimates.csv`);
    expect(csvResponse.status).toBe(200);
    const csv = await csvResponse.text();
    expect(csv.startsWith('id,as_of,')).toBe(true);
    for (const file of files) expect(csv).toContain(`\r\n${file.id},${file.data.asOf.iso},`);
    await page.close();
  });
});

describe('the chart at 320, 768 and 1280 px', () => {
  for (const width of WIDTHS) {
    it(`shows the layout made for its width, with no label overlapping a label or a mark, at ${width} px`, async () => {
      const page = await openTroops(width);
      const { variant, stageWidth, svg, labels, marks } = await visibleLabelBoxes(page);
      const expected = TROOP_CHART_VARIANTS.filter((v) => v.fromContainerWidth <= stageWidth).at(-1)!;
      expect(variant).toBe(expected.id);
      expect(labels.length).toBeGreaterThan(model.estimates.length / 2);
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i]!;
        expect(a.x >= svg.x - 1 && a.x + a.width <= svg.x + svg.width + 1, `${a.name} inside the chart`).toBe(true);
        for (let j = i + 1; j < labels.length; j++)
          expect(overlap(a, labels[j]!), `${a.name} overlaps ${labels[j]!.name}`).toBe(false);
        for (const m of marks) expect(overlap(a, m), `${a.name} covers ${m.name}`).toBe(false);
      }
      await page.close();
    });

    it(`does not scroll sideways at ${width} px, on the page or in the embed`, async () => {
      for (const path of ['/troops/', '/embed/troops/']) {
        const page = await openTroops(width, { path });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
        await page.close();
      }
    });
  }
});

describe('details on hover and focus', () => {
  it('shows a mark’s details when the keyboard reaches it, and hides them on Escape', async () => {
    const page = await openTroops(1280);
    let id: string | null = null;
    for (let i = 0; i < 60 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(
        () => document.activeElement?.closest('.tc-mark')?.getAttribute('data-estimate') ?? null,
      );
    }
    expect(id, 'a chart mark is reachable with Tab').not.toBeNull();
    const first = model.estimates[0]!;
    expect(id).toBe(first.id);
    const card = page.locator(`[data-detail-for="${id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = (await card.textContent())!;
    expect(text).toContain(first.claimant.name);
    expect(text).toContain(first.asStated);
    expect(text).toContain(first.statusLabel);
    // The card must not hide the mark it describes.
    const markBox = await page.locator(':focus').boundingBox();
    const cardBox = await card.boundingBox();
    expect(overlap({ name: 'mark', ...markBox! }, { name: 'card', ...cardBox! })).toBe(false);

    await page.keyboard.press('Tab');
    const second = model.estimates[1]!;
    await expect.poll(() => page.locator(`[data-detail-for="${second.id}"]`).isVisible()).toBe(true);
    expect(await card.isVisible()).toBe(false);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`[data-detail-for="${second.id}"]`).isVisible()).toBe(false);
    await page.close();
  });

  it('shows a mark’s details on hover', async () => {
    const page = await openTroops(768);
    const target = model.estimates.at(-1)!;
    await page.locator(`.tc-variant-medium .tc-mark[data-estimate="${target.id}"] .tc-shape`).hover();
    const card = page.locator(`[data-detail-for="${target.id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(target.claimant.name);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('still shows the chart, whose marks link to their rows and carry a title', async () => {
    const page = await openTroops(375, { javaScriptEnabled: false });
    expect(await page.locator('.tc-variant-narrow svg').isVisible()).toBe(true);
    expect(await page.locator('.tc-detail:visible').count()).toBe(0);
    const marks = await page
      .locator('.tc-variant-narrow a.tc-mark')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), title: a.querySelector('title')?.textContent ?? '' })),
      );
    expect(marks.map((m) => m.href)).toEqual(model.estimates.map((e) => `#estimate-${e.id}`));
    for (const [i, m] of marks.entries()) {
      expect(m.title).toContain(model.estimates[i]!.claimant.name);
      expect(m.title).toContain(model.estimates[i]!.asStated);
    }
    const last = model.estimates.at(-1)!;
    await page.locator(`.tc-variant-narrow a.tc-mark[data-estimate="${last.id}"] .tc-shape`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#estimate-${last.id}`);
    expect(await page.locator(`#estimate-${last.id}`).isVisible()).toBe(true);
    expect(await page.locator('table.tc-table tbody tr').count()).toBe(files.length);
    await page.close();
  });
});

describe('colours on screen', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`meet AA contrast in the ${colorScheme} theme: text 4.5:1, marks 3:1`, async () => {
      const page = await openTroops(1280, { colorScheme });
      const { bg, texts, marks } = await page.evaluate(() => {
        const variant = [...document.querySelectorAll<HTMLElement>('.tc-variant')].find(
          (v) => getComputedStyle(v).display !== 'none',
        )!;
        return {
          bg: getComputedStyle(document.body).backgroundColor,
          texts: [...variant.querySelectorAll('text')].map((t) => ({
            text: t.textContent,
            fill: getComputedStyle(t).fill,
          })),
          marks: [...variant.querySelectorAll('.tc-shape')].map((s) => {
            const style = getComputedStyle(s);
            return s.classList.contains('tc-hollow') ? style.stroke : style.fill;
          }),
        };
      });
      const rgb = (css: string) =>
        (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
      for (const t of texts) expect(contrastRatio(rgb(t.fill), rgb(bg)), `"${t.text}"`).toBeGreaterThanOrEqual(4.5);
      for (const m of marks) expect(contrastRatio(rgb(m), rgb(bg))).toBeGreaterThanOrEqual(3);
      await page.close();
    });
  }
});

describe('the embed', () => {
  it('shows the shared figure, links marks to the full page outside the iframe, and links back', async () => {
    const page = await openTroops(600, { path: '/embed/troops/' });
    expect(await page.locator('figure#troop-chart figcaption').textContent()).toBeTruthy();
    expect(await page.locator('figure#troop-chart .figure-source').textContent()).toContain('Source');
    const marks = await page
      .locator('.tc-variant-medium a.tc-mark')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
    expect(marks).toEqual(model.estimates.map((e) => [`/troops/#estimate-${e.id}`, '_top']));
    expect(await page.locator('a[href$="/troops/"][target="_top"]').count()).toBeGreaterThan(0);
    expect(await page.locator('table').count()).toBe(0);
    await page.close();
  });
});

describe('build outputs', () => {
  it('keeps the chart script under 5 KB gzipped', () => {
    const html = readFileSync(join(DIST, 'troops/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const chartScripts = scripts.filter((src) => readFileSync(join(DIST, src), 'utf8').includes('troop-chart'));
    expect(chartScripts).toHaveLength(1);
    const gzipped = gzipSync(readFileSync(join(DIST, chartScripts[0]!))).length;
    console.log(`troop chart script: ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(5 * 1024);
  });

  it('writes the standalone SVG and a PNG at twice its size', async () => {
    const svgResponse = await fetch(`${site.origin}/images/troop-estimates.svg`);
    expect(svgResponse.status).toBe(200);
    const svg = await svgResponse.text();
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const png = Buffer.from(await (await fetch(`${site.origin}/images/troop-estimates.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2 * Number(w));
    expect(png.readUInt32BE(20)).toBe(2 * Number(h));
    for (const e of model.estimates) expect(svg).toContain(`data-estimate="${e.id}"`);
  });
});

describe('on a phone (375 × 812)', () => {
  it('shows the first row of the chart, from its heading to its zero line, in the first screen', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${site.origin}/troops/`);
    await page.evaluate(() => document.fonts.ready);
    const row = await page.evaluate(() => {
      const variant = [...document.querySelectorAll<HTMLElement>('.tc-variant')].find(
        (v) => getComputedStyle(v).display !== 'none',
      )!;
      const first = variant.querySelector('.tc-row')!;
      const baseline = first.querySelector('.tc-baseline')!.getBoundingClientRect();
      const heading = first.querySelector('.tc-row-heading')!.getBoundingClientRect();
      return { status: first.getAttribute('data-row'), headingTop: heading.top, baseline: baseline.bottom };
    });
    expect(row.status).toBe('in-russia');
    expect(row.headingTop).toBeGreaterThan(0);
    expect(row.baseline, 'the first row’s zero line').toBeLessThanOrEqual(812);
    await page.close();
  });

  it('shows a tapped mark’s details beside it, on screen; Escape closes them and focus returns to the mark', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.origin}/troops/`);
    await page.evaluate(() => document.fonts.ready);
    const target = model.estimates.find((e) => e.status === 'in-russia' && e.qualifier === 'more-than')!;
    const mark = page.locator(`.tc-variant-narrow a.tc-mark[data-estimate="${target.id}"]`);
    await mark.scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await mark.locator('.tc-shape').tap();
    const card = page.locator(`[data-detail-for="${target.id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    // No jump down the page to the table: the page stays about where it was.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(400);
    expect(new URL(page.url()).hash).toBe('');
    const [m, c] = [(await mark.locator('.tc-shape').boundingBox())!, (await card.boundingBox())!];
    expect(c.y).toBeGreaterThanOrEqual(-1);
    expect(c.y + c.height).toBeLessThanOrEqual(812 + 1);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(375);
    // Next to the mark: its nearer edge within 40 px of the mark, and not covering it.
    const gap = Math.min(Math.abs(c.y - (m.y + m.height)), Math.abs(m.y - (c.y + c.height)));
    expect(gap).toBeLessThanOrEqual(40);
    expect(overlap({ name: 'mark', ...m }, { name: 'card', ...c })).toBe(false);
    const text = (await card.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(target.claimant.name);
    expect(text).toContain('10,000+');
    for (const s of target.sources) expect(text).toContain(s.evidence.replace(/\s+/g, ' '));
    expect(await card.locator(`a[href="#estimate-${target.id}"]`).count()).toBe(1);
    expect(await card.locator('a[data-timeline-link]').count()).toBeGreaterThan(0);
    // Focus is in the card, so its links come next with Tab.
    expect(await page.evaluate(() => document.activeElement?.closest('.tc-detail') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-estimate'))).toBe(target.id);
    await page.close();
  });

  it('opens the details with Enter on a focused mark, and Tab then moves inside them', async () => {
    const page = await openTroops(375);
    const first = model.estimates[0]!;
    await page.locator(`.tc-variant-narrow a.tc-mark[data-estimate="${first.id}"]`).focus();
    await page.keyboard.press('Enter');
    const card = page.locator(`[data-detail-for="${first.id}"]`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.keyboard.press('Tab');
    // Focus went to the card; Tab reaches its close button and links before leaving it.
    expect(
      await page.evaluate(() => document.activeElement?.closest('.tc-detail')?.getAttribute('data-detail-for')),
    ).toBe(first.id);
    await page.close();
  });
});

describe('links between the chart, the table and the timeline', () => {
  it('link each table row and each mark’s details to timeline events that exist, and the row is a link target', async () => {
    const page = await openTroops(1280);
    const hrefs = await page
      .locator('a[data-timeline-link]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^\/timeline\/#[a-z0-9-]+$/);
    const rowsWithLinks = await page.locator('table.tc-table tbody tr:has(a[data-timeline-link])').count();
    expect(rowsWithLinks).toBeGreaterThan(0);
    await page.close();
    const timeline = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await timeline.goto(`${site.origin}/timeline/`);
    for (const h of hrefs) {
      const id = h.split('#')[1]!;
      expect(await timeline.locator(`[id="${id}"]`).count(), id).toBeGreaterThan(0);
    }
    await timeline.close();
    // The marks' table links land on an element with that id.
    const again = await openTroops(1280);
    for (const e of model.estimates) expect(await again.locator(`tr#estimate-${e.id}`).count()).toBe(1);
    await again.close();
  });
});
