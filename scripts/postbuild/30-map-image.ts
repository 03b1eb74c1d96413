/**
 * Post-build step: the deployment map as a standalone SVG and a 2x PNG (<outDir>/images/map.*),
 * for its link-preview card (50-preview-images.ts draws the registry's standaloneSvgPath) and for
 * download. Same data, layout and drawing code as the page, in light-theme colours.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { interMetrics, interSfnt } from '../../src/lib/charts/font/inter.ts';
import { CHART_FONT_WEIGHTS, measurerFrom } from '../../src/lib/charts/text.ts';
import { loadBaseGeometry, MAP_IMAGE_PATHS, MAP_ROUTE, MAP_TITLE, mapDescription, mapModel, mapReports, mapTakeaway, placeWithArticle } from '../../src/lib/data/map.ts';
import { layoutMap, MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { MAP_STANDALONE_CSS, standaloneMapSvg } from '../../src/lib/geo/map-standalone.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { lightTokens, resolveVars } from './20-chart-images.ts';

const root = process.cwd();

export async function run(outDir: string) {
  const content = loadContent(root);
  const model = mapModel(buildModel(content), content.reports.map((r) => ({ slug: r.id, claims: r.data.claims })));
  const measure = measurerFrom(interMetrics());
  const layout = layoutMap(
    { places: model.layoutPlaces, route: { ...MAP_ROUTE, label: model.route.label }, base: { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') }, measure },
    MAP_VARIANTS.at(-1)!,
  );
  const tokens = lightTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
  const drawing = readFileSync(join(root, 'src/components/map/map-drawing.css'), 'utf8');
  const css = resolveVars((drawing + MAP_STANDALONE_CSS).replace(/\/\*[\s\S]*?\*\//g, ''), tokens).replace(/\s+/g, ' ').trim();
  const byId = new Map(model.places.map((p) => [p.id, p]));
  const svg = standaloneMapSvg(
    layout,
    {
      idPrefix: 'map-standalone',
      title: MAP_TITLE,
      description: mapDescription(model),
      placeTitle: (id) => `${byId.get(id)!.name}: ${byId.get(id)!.roleLabel}`,
      insetTitle: 'Inset: Korea and Russia’s Far East',
    },
    {
      title: MAP_TITLE,
      caption: mapTakeaway(model),
      key: `Dashed line: straight-line (great-circle) distance from ${placeWithArticle(model.route.from)} to ${placeWithArticle(model.route.to)}, not the route travelled, which the reports do not give.`,
      // Report names are left to the page: one is written in Hangul, which the image's font cannot draw.
      footer: [
        `Source: ${mapReports(model).length} news reports; every place with the reports’ own words at ${new URL('/map/', SITE_URL).href.replace(/^https?:\/\//, '')}`,
        'Land and borders: Natural Earth; Crimea shown as part of Ukraine. Coordinates from a gazetteer.',
      ],
    },
    { css, measure, background: tokens.bg ?? '#ffffff' },
  );
  const svgPath = join(outDir, MAP_IMAGE_PATHS.svg);
  mkdirSync(join(svgPath, '..'), { recursive: true });
  writeFileSync(svgPath, svg);

  const fontDir = mkdtempSync(join(tmpdir(), 'map-fonts-'));
  try {
    const fontFiles = CHART_FONT_WEIGHTS.map((w) => {
      const file = join(fontDir, `inter-${w}.otf`);
      writeFileSync(file, interSfnt(w));
      return file;
    });
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      background: tokens.bg ?? '#ffffff',
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
      logLevel: 'warn',
    })
      .render()
      .asPng();
    writeFileSync(join(outDir, MAP_IMAGE_PATHS.png), png);
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
