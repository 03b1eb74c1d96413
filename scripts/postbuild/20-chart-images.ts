/**
 * Post-build step: the troop chart as a standalone SVG document and a 2x PNG, for slides and
 * print, written to <outDir>/images/. Same data, layout and drawing code as the page; the
 * page's CSS custom properties are replaced by their light-theme values from global.css, and
 * the PNG is rendered by resvg in Arimo, one of the faces its labels are measured against. One image for the
 * site, so it is worded in the default locale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';
import { layoutTroopChart } from '../../src/lib/charts/troop/layout.ts';
import { annotationChoices, troopChartData } from '../../src/lib/charts/troop/data.ts';
import { STANDALONE_VARIANT, TROOP_IMAGE_PATHS } from '../../src/lib/charts/troop/config.ts';
import { STANDALONE_CSS, standaloneSvg } from '../../src/lib/charts/troop/standalone.ts';
import { troopFigureTitle, citedReports, standaloneFooter } from '../../src/lib/charts/troop/wording.ts';
import { formatDay } from '../../src/lib/format/dates.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { creditLines, siteLightTokens, standaloneCss, writeSvgAndPng } from '../lib/standalone-figure.ts';

const root = process.cwd();

export function run(outDir: string) {
  const content = loadContent(root);
  const model = buildModel(content);
  const copy = content.copy.troops!;
  const measure = measurerFrom(figureFontMetrics());
  const layout = layoutTroopChart(troopChartData(model, annotationChoices(copy)), STANDALONE_VARIANT, measure);
  const tokens = siteLightTokens(root);
  const css = standaloneCss(
    readFileSync(join(root, 'src/components/troops/troop-chart-drawing.css'), 'utf8'),
    STANDALONE_CSS,
    tokens,
  );

  const svg = standaloneSvg(
    layout,
    {
      title: troopFigureTitle(),
      caption: copy.takeaway.text,
      footer: [
        ...standaloneFooter(model.estimates, new URL('/troops/', SITE_URL).href),
        ...creditLines({
          reports: citedReports(model.estimates),
          siteName: SITE_NAME,
          pageUrl: new URL('/troops/', SITE_URL).href,
          formatDay,
        }),
      ],
    },
    { css, measure },
  );

  writeSvgAndPng(outDir, TROOP_IMAGE_PATHS, svg, tokens.bg ?? '#ffffff');
}
