/**
 * The static map as the site draws it: its layouts, one per width (MapFigure.astro shows the one
 * made for the space), and the sprite of their base geometry at a content-addressed URL
 * (src/pages/map-base/[hash].svg.ts) that MapFigure's <use> elements point at. The page and the
 * endpoint both lay the map out here from the same model, so the URL a page names is the hash
 * of the file the endpoint writes; tests/build/map-sprite.test.ts checks every <use> resolves.
 */
import { figureFontMetrics } from '../../lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../lib/charts/kit/text.ts';
import { mapLine, regionOutlines, type MapModel } from '../../lib/data/map.ts';
import { mapSpritePath } from '../../lib/data/map-urls.ts';
import { loadBaseGeometry } from '../../lib/data/natural-earth-files.ts';
import { layoutMap, MAP_VARIANTS, type MapLayout, type MapLayoutInput } from '../../lib/geo/map-layout.ts';
import { mapBaseSprite } from '../../lib/geo/map-svg.ts';
import { hashNamedFile } from './content-hash.ts';
import type { Locale } from '../../lib/i18n/config.ts';

/** What every drawing of the map is laid out from: its places, line, base geometry and region outlines. */
export const mapLayoutInput = (model: MapModel): MapLayoutInput => ({
  places: model.layoutPlaces,
  route: mapLine(model),
  base: { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') },
  outlines: regionOutlines(model),
});

export function mapLayouts(model: MapModel, locale?: Locale): MapLayout[] {
  const measure = measurerFrom(figureFontMetrics());
  const input = mapLayoutInput(model);
  return MAP_VARIANTS.map((variant) => layoutMap(input, variant, measure, locale));
}

/** The sprite for these layouts: its text, and the hash-named path it is served at. */
export const mapSpriteFile = (layouts: MapLayout[]) => hashNamedFile(mapBaseSprite(layouts), mapSpritePath);
