/**
 * /map-data/<hash>.json: the interactive map's places, sources and views, fetched by
 * <deployment-map> (src/scripts/map/island.ts) with Leaflet (src/components/map/map-data.ts).
 * The data differs by the words of a locale and by the figure's context (an embed's links leave
 * the frame), so there is a file for each; the embed page lays its model out in the default
 * locale whatever its words (src/pages/embed/map/), so every locale's model is paired with every
 * locale's words rather than guessing which pairs the pages use. Equal files share a hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapModel } from '../../lib/data/site.ts';
import { LOCALES, type Locale } from '../../lib/i18n/config.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';
import { figureLinks, type FigureContext } from '../../lib/charts/kit/context.ts';
import { interactiveMapData, mapDataFile } from '../../components/map/map-data.ts';

const locales = Object.keys(LOCALES) as Locale[];
const contexts: FigureContext[] = ['page', 'embed'];

export const getStaticPaths = (async () => {
  const files = new Map<string, string>();
  for (const modelLocale of locales) {
    const model = await getMapModel(modelLocale);
    for (const locale of locales)
      for (const context of contexts) {
        // '/map/': the full page both map figures link to (MapFigure's fullPagePath).
        const { hash, body } = mapDataFile(
          interactiveMapData(model, useTranslations(locale), figureLinks(context, '/map/')),
        );
        files.set(hash, body);
      }
  }
  return [...files].map(([hash, body]) => ({ params: { hash }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
