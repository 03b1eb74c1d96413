/**
 * The map's projection parameters and a dependency-free Lambert conformal conic, so the
 * interactive map (which must not ship d3) projects exactly as the build-time SVG does.
 */

export const MAP_PROJECTION = {
  /** Central meridian: about halfway between Brussels (4° E) and Khabarovsk (135° E). */
  centralMeridian: 75,
  /** Standard parallels bracketing the band from Seoul (37.6° N) to the route's apex (about 58° N). */
  parallels: [40, 58] as [number, number],
} as const;

/**
 * Lambert conformal conic on the unit sphere (Snyder, Map Projections: A Working Manual, eq.
 * 15-1 to 15-5), x east and y north, centred on the central meridian at the equator. Returns
 * forward and inverse functions; used by the interactive map's Leaflet CRS.
 */
export function lambertConformal(
  centralMeridian = MAP_PROJECTION.centralMeridian,
  [p1, p2] = MAP_PROJECTION.parallels,
) {
  const r = Math.PI / 180;
  const phi1 = p1 * r;
  const phi2 = p2 * r;
  const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2);
  const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
  const f = (Math.cos(phi1) * t(phi1) ** n) / n;
  const rho0 = f; // at the equator, t(0) = 1
  return {
    forward(lon: number, lat: number): [number, number] {
      const rho = f / t(lat * r) ** n;
      const theta = n * (lon - centralMeridian) * r;
      return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
    },
    inverse(x: number, y: number): [number, number] {
      const dy = rho0 - y;
      const rho = Math.sign(n) * Math.hypot(x, dy);
      const theta = Math.atan2(x, dy);
      const lat = 2 * Math.atan((f / rho) ** (1 / n)) - Math.PI / 2;
      return [theta / n / r + centralMeridian, lat / r];
    },
  };
}
