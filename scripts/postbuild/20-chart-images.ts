/**
 * Post-build step: the troop chart as a standalone SVG document and a 2x PNG, for slides and
 * print, written to <outDir>/images/. Same data, layout and drawing code as the page; the
 * page's CSS custom properties are replaced by their light-theme values from global.css, and
 * the PNG is rendered by resvg with the Inter files the page itself uses.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { interMetrics, interSfnt } from '../../src/lib/charts/font/inter.ts';
import { CHART_FONT_WEIGHTS, measurerFrom } from '../../src/lib/charts/text.ts';
import { layoutTroopChart } from '../../src/lib/charts/troop-chart.ts';
import { troopChartData } from '../../src/lib/charts/troop-data.ts';
import { STANDALONE_VARIANT, TROOP_IMAGE_PATHS } from '../../src/lib/charts/troop-config.ts';
import { STANDALONE_CSS, standaloneSvg } from '../../src/lib/charts/troop-standalone.ts';
import { TROOP_FIGURE_TITLE, standaloneFooter, troopTakeaway } from '../../src/lib/charts/troop-wording.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';

const root = process.cwd();

/** Custom properties declared in the first `:root { … }` block of global.css (the light theme). */
export function lightTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!block) throw new Error('global.css has no :root block');
  return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Replaces every var(--token) with its value; an unknown token stops the build rather than painting black. */
export function resolveVars(css: string, tokens: Record<string, string>): string {
  return css.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
    const value = tokens[name];
    if (!value) throw new Error(`standalone chart: no light-theme value for --${name}`);
    return value;
  });
}

/** The standalone image's stylesheet: the page's drawing rules plus its own, in light-theme colours. */
export function standaloneCss(drawingCss: string, tokens: Record<string, string>): string {
  const withoutComments = (drawingCss + STANDALONE_CSS).replace(/\/\*[\s\S]*?\*\//g, '');
  return resolveVars(withoutComments, tokens).replace(/\s+/g, ' ').trim();
}

export async function run(outDir: string) {
  const model = buildModel(loadContent(root));
  const measure = measurerFrom(interMetrics());
  const layout = layoutTroopChart(troopChartData(model), STANDALONE_VARIANT, measure);
  const tokens = lightTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));
  const css = standaloneCss(readFileSync(join(root, 'src/components/troops/troop-chart-drawing.css'), 'utf8'), tokens);

  const svg = standaloneSvg(
    layout,
    model.estimates,
    {
      title: TROOP_FIGURE_TITLE,
      caption: troopTakeaway(model.estimates),
      footer: standaloneFooter(model.estimates, new URL('/troops/', SITE_URL).href),
    },
    { css, measure, colours: { neutral: tokens.muted! } },
  );

  const svgPath = join(outDir, TROOP_IMAGE_PATHS.svg);
  mkdirSync(join(svgPath, '..'), { recursive: true });
  writeFileSync(svgPath, svg);

  // resvg reads fonts from files only: hand it Inter as plain OpenType in a throwaway folder.
  const fontDir = mkdtempSync(join(tmpdir(), 'troop-chart-fonts-'));
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
    writeFileSync(join(outDir, TROOP_IMAGE_PATHS.png), png);
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}
