/**
 * What the interactive map needs (src/scripts/map/types.ts): its places with their sources and
 * events, the route, the preset views. Only the on-demand layer reads it, so it is a file at a
 * content-addressed URL (src/pages/map-data/[hash].json.ts) rather than a block in the page, where
 * it cost the first round trip about 3 KB gzipped (issue 16). MapFigure.astro and the endpoint
 * both build it here, so the URL a page names is the hash of the file the endpoint writes;
 * tests/build/map-data.test.ts checks every page's URL resolves.
 */
import { mapLine, type MapModel } from '../../lib/data/map.ts';
import { MAP_BASE_PATH, mapDataPath } from '../../lib/data/map-urls.ts';
import { tileLayerOption } from '../../lib/data/map-tiles.ts';
import { mapViews } from '../../lib/geo/map-views.ts';
import type { FigureLinks } from '../../lib/charts/kit/context.ts';
import type { Translate } from '../../lib/i18n/translate.ts';
import { taxonomyLabels } from '../../lib/taxonomy.ts';
import type { MapData } from '../../scripts/map/types.ts';
import { hashNamedFile } from './content-hash.ts';

/** The data in the words of `t`, with links as the figure's context makes them (`_top` and full paths in an embed). */
export function interactiveMapData(
  model: MapModel,
  t: Translate,
  links: FigureLinks,
  tiles: MapData['tiles'] = tileLayerOption(),
): MapData {
  const { placeRoles } = taxonomyLabels(t);
  return {
    base: MAP_BASE_PATH,
    tiles,
    route: { from: model.route.from.id, to: model.route.to.id, label: model.route.label },
    views: mapViews(model.layoutPlaces, mapLine(model)),
    target: links.target ?? null,
    places: model.places.map((p) => ({
      id: p.id,
      name: p.name,
      country: p.country,
      lat: p.coordinates.lat,
      lon: p.coordinates.lon,
      role: p.role,
      roleLabel: placeRoles[p.role],
      summary: p.summary,
      href: links.fragment(`place-${p.id}`),
      sources: p.sources.map((s) => ({
        report: s.report.shortName,
        href: `/reports/${s.report.slug}/`,
        evidence: s.evidence,
      })),
      events: p.events.map((e) => ({ title: e.title, href: `/timeline/#${e.id}` })),
    })),
  };
}

/** The data as a file: its text, and the hash-named path it is served at. */
export const mapDataFile = (data: MapData) => hashNamedFile(JSON.stringify(data), mapDataPath);
