/**
 * The data the peer pages draw: the same validated content the site builds from, joined by the
 * same model, and the same Natural Earth 50m shapes the map uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoBounds } from 'd3';
import { feature } from 'topojson-client';
import { loadContent } from '../../../src/lib/content/load.ts';
import { buildModel, type SiteModel } from '../../../src/lib/data/model.ts';
import { reassignCrimea, type Countries } from '../../../src/lib/geo/natural-earth.ts';

export interface PeerData {
  model: SiteModel;
  /** The map's dashed line: two place ids and our key text for it ("a distance, not the route…"). */
  distanceLine: { from: string; to: string; key: string };
}

export function peerData(root: string): PeerData {
  const content = loadContent(root);
  const model = buildModel(content);
  const map = content.copy.map;
  if (!map) throw new Error('content/copy/map.yaml is missing: run npm run validate');
  return { model, distanceLine: { ...map.distanceLine, key: map.lineKey.text } };
}

/**
 * Natural Earth 50m countries as GeoJSON (topojson-client's `feature`), Crimea drawn with Ukraine
 * as on our map, keeping the countries whose bounds meet the places' box padded by `padDeg`, and
 * coordinates rounded to 0.001° (about 100 m, far below what 1:50m shapes resolve). A newsroom
 * would trim the world this way too: the whole world is 1.4 MB gzipped, which would be a strawman.
 */
export function baseLayer(root: string, places: SiteModel['places'], padDeg = 10): GeoJSON.FeatureCollection {
  const raw = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Countries;
  const { topology } = reassignCrimea(raw);
  const all = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  const lons = places.map((p) => p.coordinates.lon);
  const lats = places.map((p) => p.coordinates.lat);
  const [west, east] = [Math.min(...lons) - padDeg, Math.max(...lons) + padDeg];
  const [south, north] = [Math.min(...lats) - padDeg, Math.max(...lats) + padDeg];
  const meets = (f: GeoJSON.Feature) => {
    const [[w, s], [e, n]] = geoBounds(f);
    if (n < south || s > north) return false;
    // Bounds across the antimeridian (Russia's) run from w east to 180 and on from -180 to e.
    return w <= e ? !(e < west || w > east) : w <= east || e >= west;
  };
  const round = (c: unknown): unknown =>
    Array.isArray(c) ? c.map(round) : typeof c === 'number' ? Math.round(c * 1000) / 1000 : c;
  // Leaflet draws a ring that jumps from 180° to -180° as a stripe across the map: in a country
  // that crosses the antimeridian (Russia's Chukotka), western longitudes continue past 180°.
  const crossing = (f: GeoJSON.Feature) => geoBounds(f)[0][0] > geoBounds(f)[1][0];
  const shiftEast = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? [c[0] < 0 ? c[0] + 360 : c[0], c[1]]
      : Array.isArray(c)
        ? c.map(shiftEast)
        : c;
  return {
    type: 'FeatureCollection',
    features: all.features.filter(meets).map((f) => ({
      type: 'Feature',
      properties: { name: (f.properties as { name?: string } | null)?.name ?? '' },
      geometry: {
        ...f.geometry,
        coordinates: round(
          (crossing(f) ? shiftEast : (c: unknown) => c)(
            (f.geometry as GeoJSON.Geometry & { coordinates: unknown }).coordinates,
          ),
        ),
      } as GeoJSON.Geometry,
    })),
  };
}
