/**
 * The interactive map's preset views, as the places each one frames: the Far East (the places
 * the static map shows in its inset), the front (the front-line places and the places within
 * FRONT_RADIUS_KM of them: the Kursk region with Kyiv and Moscow), and the whole distance line
 * (its two ends; the map fits the sampled line itself). Pure: the component computes them at
 * build time and the client only fits the view to them.
 */
import { distanceKm } from './distance.ts';
import { INSET_FROM_LONGITUDE } from './map-layout.ts';

export const FRONT_RADIUS_KM = 800;

export type MapViewId = 'farEast' | 'front' | 'route';

interface ViewPlace {
  id: string;
  lon: number;
  lat: number;
  role: string;
}

export function mapViews(
  places: readonly ViewPlace[],
  route: { from: string; to: string },
): Record<MapViewId, string[]> {
  const front = places.filter((p) => p.role === 'front');
  const nearFront = places.filter(
    (p) =>
      p.lon < INSET_FROM_LONGITUDE && front.some((f) => distanceKm([f.lon, f.lat], [p.lon, p.lat]) <= FRONT_RADIUS_KM),
  );
  return {
    farEast: places.filter((p) => p.lon >= INSET_FROM_LONGITUDE).map((p) => p.id),
    front: nearFront.map((p) => p.id),
    route: [route.from, route.to],
  };
}
