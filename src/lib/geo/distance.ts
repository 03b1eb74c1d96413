/**
 * Great-circle distance and paths on a spherical Earth. Pure math, no DOM, no d3: the same
 * functions run at build time (the SVG map, its labels) and in tests.
 *
 * Why a sphere: the route label states a straight-line distance rounded to 100 km; the sphere's
 * error against the WGS84 ellipsoid (under 0.5 %) is far below that rounding.
 */

/** Longitude and latitude in degrees, in that order (the GeoJSON order). */
export type LonLat = readonly [lon: number, lat: number];

/** IUGG mean Earth radius in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Central angle between two points, in radians (haversine: stable for short and long distances). */
export function centralAngle([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Great-circle ("straight-line") distance in kilometres. */
export const distanceKm = (a: LonLat, b: LonLat) => centralAngle(a, b) * EARTH_RADIUS_KM;

/** A distance as readers see it: rounded to the nearest `step` km ("about 6,700 km"). */
export const roundDistance = (km: number, step = 100) => Math.round(km / step) * step;

/**
 * Points along the great circle from a to b (both included), evenly spaced by angle, by
 * spherical linear interpolation of the two unit vectors.
 */
export function greatCirclePoints(a: LonLat, b: LonLat, segments = 64): [number, number][] {
  const d = centralAngle(a, b);
  if (d === 0)
    return [
      [a[0], a[1]],
      [b[0], b[1]],
    ];
  const toVec = ([lon, lat]: LonLat) => [
    Math.cos(rad(lat)) * Math.cos(rad(lon)),
    Math.cos(rad(lat)) * Math.sin(rad(lon)),
    Math.sin(rad(lat)),
  ];
  const va = toVec(a);
  const vb = toVec(b);
  const out: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const ka = Math.sin((1 - t) * d) / Math.sin(d);
    const kb = Math.sin(t * d) / Math.sin(d);
    const [x, y, z] = [0, 1, 2].map((k) => ka * va[k]! + kb * vb[k]!) as [number, number, number];
    out.push([deg(Math.atan2(y, x)), deg(Math.atan2(z, Math.hypot(x, y)))]);
  }
  return out;
}
