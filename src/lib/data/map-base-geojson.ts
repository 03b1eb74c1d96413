/** The interactive map's vector base layer, served as /data/map-base.geojson (src/pages/data/). */
import type { LonLatBox } from '../geo/projection.ts';
import { trimArea, trimLines, type AreaGeometry, type Feature, type LineGeometry } from '../geo/trim.ts';
import { loadBaseGeometry } from './natural-earth-files.ts';

/**
 * The area the zoomable map can show: the SVG's frame with room to pan. South to 16° N, so the
 * cut edge of the land stays below a phone's first view (at 28° N it showed as a curved coast).
 */
export const MAP_REGION: LonLatBox = { west: -11, south: 16, east: 150, north: 78 };

/**
 * Natural Earth 1:50m countries and borders cut to MAP_REGION, simplified to about 6 km (the
 * zoom levels the map allows show nothing finer) and rounded to 0.01°. Served as a static file
 * from this site, so the map needs no tile server.
 */
export function mapBaseGeoJson(): {
  type: 'FeatureCollection';
  features: Feature<AreaGeometry | LineGeometry, Record<string, string>>[];
} {
  const base = loadBaseGeometry('50m');
  const options = { tolerance: 0.06, digits: 2, minArea: 0.05 };
  const land = base.countries.flatMap((c) => {
    const geometry = trimArea(c.geometry, MAP_REGION, options);
    return geometry
      ? [{ type: 'Feature' as const, properties: { kind: 'land', name: c.properties.name }, geometry }]
      : [];
  });
  const borders = trimLines(base.borders, MAP_REGION, options);
  return {
    type: 'FeatureCollection',
    features: [
      ...land,
      ...(borders ? [{ type: 'Feature' as const, properties: { kind: 'border' }, geometry: borders }] : []),
    ],
  };
}
