/**
 * The post-build preview-image step, run on a small built site made from the same metadata
 * helpers the layouts use: every page gets a 1200×630 PNG at the address its og:image names,
 * figure pages show their standalone SVG, and embed pages reuse their full page's image.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { run, inlineFigure } from '../../scripts/postbuild/50-preview-images.ts';
import { previewMetaTags } from '../../src/lib/seo/meta.ts';
import { previewImagePath } from '../../src/lib/seo/preview-image.ts';
import { reportPageJsonLd, pageJsonLd, serializeJsonLd } from '../../src/lib/seo/json-ld.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import { getFigure } from '../../src/lib/embeds.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { containSize, fitText } from '../../src/lib/seo/preview-card.ts';

const SITE = { url: SITE_URL, name: 'Site', description: 'About.', inLanguage: 'en' };
/** A colour no card uses, so finding it in the PNG proves the figure was drawn. */
const FIGURE_GREEN = [0, 200, 83] as const;

function pageHtml(path: string, opts: { jsonLd?: unknown; imagePath?: string; canonicalPath?: string } = {}) {
  const canonical = new URL(opts.canonicalPath ?? path, SITE_URL).href;
  const imageUrl = new URL(opts.imagePath ?? previewImagePath(path), SITE_URL).href;
  const tags = previewMetaTags({
    siteName: 'Site',
    ogLocale: 'en_GB',
    title: `Title of ${path}`,
    description: 'A description.',
    url: canonical,
    imageUrl,
    imageAlt: 'Alt',
    type: 'website',
  })
    .map((t) => `<meta ${t.attribute}="${t.key}" content="${t.content.replace(/"/g, '&quot;')}">`)
    .join('');
  const ld = opts.jsonLd ? `<script type="application/ld+json">${serializeJsonLd(opts.jsonLd)}</script>` : '';
  return `<!doctype html><html><head><title>t</title><link rel="canonical" href="${canonical}">${tags}${ld}</head><body></body></html>`;
}

/** RGBA pixels of a PNG, decoded by drawing it into an SVG with resvg. */
function pixels(png: Buffer) {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}
const countColour = (rgba: Buffer, [r, g, b]: readonly number[]) => {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4)
    if (Math.abs(rgba[i]! - r!) < 4 && Math.abs(rgba[i + 1]! - g!) < 4 && Math.abs(rgba[i + 2]! - b!) < 4) n++;
  return n;
};

let outDir: string;
const write = (path: string, text: string) => {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const troops = getFigure('troops');
const map = getFigure('map');

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'preview-test-'));
  const page = (path: string) => ({
    url: new URL(path, SITE_URL).href,
    title: 't',
    description: 'd',
    imageUrl: new URL(previewImagePath(path), SITE_URL).href,
  });
  write('index.html', pageHtml('/', { jsonLd: pageJsonLd(page('/'), SITE) }));
  const report = {
    headline: 'A headline',
    outlet: 'An Outlet',
    author: null,
    published: '2024-11-06',
    url: null,
    language: 'English',
  };
  write(
    'reports/one/index.html',
    pageHtml('/reports/one/', { jsonLd: reportPageJsonLd(page('/reports/one/'), SITE, report) }),
  );
  const hangul = { ...report, headline: 'Another headline', outlet: '뉴스.net', published: null };
  write(
    'reports/two/index.html',
    pageHtml('/reports/two/', { jsonLd: reportPageJsonLd(page('/reports/two/'), SITE, hangul) }),
  );
  write(`${troops.fullPagePath}index.html`, pageHtml(troops.fullPagePath));
  write(
    troops.standaloneSvgPath,
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><style>.bar{fill:rgb(${FIGURE_GREEN.join(',')})}</style><rect class="bar" x="0" y="0" width="400" height="200"/><text x="10" y="30">1,500</text></svg>`,
  );
  write(`${map.fullPagePath}index.html`, pageHtml(map.fullPagePath));
  write(
    'embed/troops/index.html',
    pageHtml('/embed/troops/', {
      canonicalPath: troops.fullPagePath,
      imagePath: previewImagePath(troops.fullPagePath),
    }),
  );
  await run(outDir);
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('preview images', () => {
  it('draws one 1200×630 PNG per page, where its og:image points, and none for embed pages', () => {
    for (const path of ['/', '/reports/one/', '/reports/two/', troops.fullPagePath, map.fullPagePath]) {
      const file = join(outDir, previewImagePath(path));
      expect(existsSync(file), path).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    }
    expect(existsSync(join(outDir, previewImagePath('/embed/troops/')))).toBe(false);
  });

  it('shows the figure itself on a figure page that has a standalone SVG, and a title card otherwise', () => {
    const withFigure = countColour(
      pixels(readFileSync(join(outDir, previewImagePath(troops.fullPagePath)))),
      FIGURE_GREEN,
    );
    const titleCard = countColour(pixels(readFileSync(join(outDir, previewImagePath(map.fullPagePath)))), FIGURE_GREEN);
    // The 2:1 figure fills a large part of the card's figure area.
    expect(withFigure).toBeGreaterThan(100_000);
    expect(titleCard).toBe(0);
  });
});

describe('card layout helpers', () => {
  it('cuts long text at a word boundary and marks the cut', () => {
    expect(fitText('short', 10)).toBe('short');
    const cut = fitText('one two three four five six seven', 16);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(16);
    expect('one two three four five six seven'.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('fits a figure into its box without distorting it', () => {
    expect(containSize({ width: 800, height: 400 }, { width: 1072, height: 322 })).toEqual({ width: 644, height: 322 });
    expect(containSize({ width: 100, height: 400 }, { width: 1072, height: 322 })).toEqual({ width: 80, height: 322 });
  });

  it('puts the figure SVG where the card left its slot, keeping its viewBox', () => {
    expect(() => inlineFigure('<svg></svg>', '<svg viewBox="0 0 1 1"/>')).toThrow(/slot/);
  });
});
