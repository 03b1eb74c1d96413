/**
 * First paint in the browser (issue 16). The figures fetch no font: their labels draw in the
 * reader's own sans-serif, and were measured at build time against every face the stack resolves
 * to (src/lib/charts/kit/font/faces.ts). So, with each of those faces forced on the figures in
 * turn, every label drawn must be no wider than the width the build measured for it, the box its
 * placement kept clear of other labels and marks. And as served, the page requests no font at
 * all and still gets its full stylesheet after first paint.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { FIGURE_FACES, figureFontMetrics, type FigureFace } from '../../src/lib/charts/kit/font/faces.ts';
import { CHART_FONT_WEIGHTS, measurerFrom } from '../../src/lib/charts/kit/text.ts';
import { useSite } from './support.ts';

const site = useSite();
const measure = measurerFrom(figureFontMetrics());
const require = createRequire(import.meta.url);

const FIGURE_PAGES = ['/', '/troops/', '/map/', '/embed/troops/', '/embed/map/'];
/** One width per layout variant: narrow, medium and wide. */
const WIDTHS = [375, 800, 1280];
const FIGURE_TEXT = '.tc-svg text, .map-svg text';

/** Serves the @fontsource woff2 files under /__face/ (the site itself serves no font). */
const serveFaces = (context: BrowserContext) =>
  context.route('**/__face/**', (route) =>
    route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(require.resolve(`@fontsource/${new URL(route.request().url()).pathname.slice(8)}`)),
    }),
  );

/** Forces `face` on every figure label of the page's current document, and waits for it. */
async function forceFace(page: Page, face: FigureFace) {
  const rules = face.weights.flatMap((weight) =>
    face.subsets.map(
      (subset) =>
        `@font-face { font-family: 'Forced Face'; font-weight: ${weight}; src: url(/__face/${face.pkg}/files/${face.pkg}-${subset}-${weight}-normal.woff2) format('woff2'); }`,
    ),
  );
  await page.addStyleTag({ content: `${rules.join('\n')}\n${FIGURE_TEXT} { font-family: 'Forced Face' !important; }` });
  await page.evaluate(async () => {
    await Promise.all([400, 600, 700].map((w) => document.fonts.load(`${w} 16px 'Forced Face'`, 'Kursk 0123')));
  });
}

interface DrawnLine {
  text: string;
  size: number;
  weight: number;
  letterSpacing: number;
  width: number;
}

/** Every line of figure text the reader sees at this width: the <text>, or each of its <tspan>s. */
const drawnLines = (page: Page) =>
  page.evaluate((selector) => {
    const lines = [...document.querySelectorAll<SVGTextElement>(selector)].flatMap((text) => {
      const spans = [...text.querySelectorAll<SVGTSpanElement>(':scope > tspan')];
      return spans.length && spans.some((s) => s.hasAttribute('x')) ? spans : [text];
    });
    return lines
      .filter((line) => line.getClientRects().length > 0 && (line.textContent ?? '').trim())
      .map((line) => {
        const style = getComputedStyle(line);
        return {
          text: line.textContent ?? '',
          size: parseFloat(style.fontSize),
          weight: Number(style.fontWeight),
          letterSpacing: parseFloat(style.letterSpacing) || 0,
          width: line.getComputedTextLength(),
        };
      });
  }, FIGURE_TEXT) as Promise<DrawnLine[]>;

const measuredWidth = (line: DrawnLine) => {
  const weight = CHART_FONT_WEIGHTS.includes(line.weight as 400) ? (line.weight as 400 | 600) : 600;
  return measure(line.text, { size: line.size, weight }) + [...line.text].length * line.letterSpacing;
};

describe.each(FIGURE_PAGES)('%s', (path) => {
  it.each(FIGURE_FACES.map((face) => [face.family, face] as const))(
    'every label fits the width it was measured at, drawn in %s',
    async (_, face) => {
      // The test's own @font-face rules need the site's strict CSP set aside.
      const context = await site.browser.newContext({ bypassCSP: true });
      await serveFaces(context);
      const page = await context.newPage();
      const overflowing: string[] = [];
      let checked = 0;
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${site.origin}${path}`);
        await forceFace(page, face);
        const lines = await drawnLines(page);
        expect(lines.length, `labels drawn at ${width} px`).toBeGreaterThan(3);
        checked += lines.length;
        for (const line of lines) {
          const measured = measuredWidth(line);
          if (line.width > measured + 0.5)
            overflowing.push(
              `${width} px "${line.text}": drawn ${line.width.toFixed(1)}, measured ${measured.toFixed(1)}`,
            );
        }
      }
      expect(overflowing).toEqual([]);
      expect(checked).toBeGreaterThan(10);
      // The face really was the one drawn: its files were fetched and are loaded.
      expect(
        await page.evaluate(
          () => [...document.fonts].filter((f) => f.family.includes('Forced Face') && f.status === 'loaded').length,
        ),
      ).toBeGreaterThan(0);
      await context.close();
    },
  );

  it('requests no font, and applies the full stylesheet once it arrives', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 900 } });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    expect(fonts).toEqual([]);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status !== 'unloaded').length)).toBe(0);
    expect(
      await page.evaluate(() =>
        [...document.styleSheets].some((sheet) => sheet.href !== null && sheet.href.includes('/_astro/')),
      ),
    ).toBe(true);
    await page.context().close();
  });
});
