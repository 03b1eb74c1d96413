/**
 * Post-build step: the deployment map as a standalone SVG and a 2x PNG (<outDir>/images/map.*),
 * for its link-preview card (50-preview-images.ts draws the registry's standaloneSvgPath) and for
 * download. Same data, layout and drawing code as the page, in light-theme colours. One image
 * for the site, so it is worded in the default locale (defaultT).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';
import { MAP_IMAGE_PATHS } from '../../src/lib/data/map-urls.ts';
import { mapDescription, mapModel, mapReports, placeWithArticle } from '../../src/lib/data/map.ts';
import { mapLayoutInput } from '../../src/components/map/map-base.ts';
import { layoutMap, MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { MAP_STANDALONE_CSS, standaloneMapSvg } from '../../src/lib/geo/map-standalone.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { getFigure } from '../../src/lib/embeds.ts';
import { creditLines, siteLightTokens, standaloneCss, writeSvgAndPng } from '../lib/standalone-figure.ts';
import { formatDay } from '../../src/lib/format/dates.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { defaultT as t } from '../../src/lib/i18n/translate.ts';
import { taxonomyLabels } from '../../src/lib/taxonomy.ts';

const root = process.cwd();

export function run(outDir: string) {
  const content = loadContent(root);
  const model = mapModel(buildModel(content), content.copy.map!);
  const measure = measurerFrom(figureFontMetrics());
  const layout = layoutMap(mapLayoutInput(model), MAP_VARIANTS.at(-1)!, measure);
  const tokens = siteLightTokens(root);
  const css = standaloneCss(
    readFileSync(join(root, 'src/components/map/map-drawing.css'), 'utf8'),
    MAP_STANDALONE_CSS,
    tokens,
  );
  const byId = new Map(model.places.map((p) => [p.id, p]));
  const { placeRoles } = taxonomyLabels(t);
  const svg = standaloneMapSvg(
    layout,
    {
      idPrefix: 'map-standalone',
      title: model.copy.title.text,
      description: mapDescription(model),
      placeTitle: (id) => t('map.place.title', { name: byId.get(id)!.name, role: placeRoles[byId.get(id)!.role] }),
      insetTitle: t('map.insetTitle'),
    },
    {
      title: getFigure('map').title,
      caption: model.copy.caption.text,
      key: t('map.standalone.key', {
        from: placeWithArticle(model.route.from),
        to: placeWithArticle(model.route.to),
        lineKey: model.copy.lineKey.text,
      }),
      // The credit lines (creditLines) name every outlet, 뉴스.net included: the image font now has Hangul.
      footer: [
        t('map.standalone.source', {
          count: mapReports(model).length,
          address: new URL('/map/', SITE_URL).href.replace(/^https?:\/\//, ''),
        }),
        t('map.standalone.baseNote'),
        ...creditLines({
          reports: mapReports(model),
          siteName: SITE_NAME,
          pageUrl: new URL('/map/', SITE_URL).href,
          formatDay,
        }),
      ],
    },
    { css, measure, background: tokens.bg ?? '#ffffff' },
  );
  writeSvgAndPng(outDir, MAP_IMAGE_PATHS, svg, tokens.bg ?? '#ffffff');
}
