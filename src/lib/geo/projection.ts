/**
 * The map's projection: a Lambert conformal conic, the usual choice for maps of Russia and
 * northern Eurasia. Web Mercator (what tile maps use) would make Moscow and Kursk look half
 * again as far from each other as Vladivostok and Khabarovsk at the same real distance. A
 * conformal conic keeps local shapes and angles; its scale is true only along the two standard
 * parallels and changes slowly between them, which is why each panel's scale bar is measured at
 * the panel's own centre (scale-bar.ts).
 *
 * The static SVG uses d3-geo's implementation; the interactive map uses `lambertConformal`
 * (lambert.ts) (the same spherical formulas, checked against d3 in the unit tests) so the client does
 * not ship d3.
 */
import { geoConicConformal, type GeoProjection } from 'd3';
import type { LonLat } from './distance.ts';
import { MAP_PROJECTION } from './lambert.ts';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The conic with this map's parameters, not yet scaled or translated. */
export const baseProjection = (): GeoProjection =>
  geoConicConformal().rotate([-MAP_PROJECTION.centralMeridian, 0]).parallels(MAP_PROJECTION.parallels).precision(0.2);

/**
 * A projection that draws `points` (and everything that must show: places, the route) inside a
 * frame of the given width, leaving `margin` clear on every side for labels. Returns the height
 * the frame needs, so the viewBox fits the content rather than the content a fixed box.
 */
export function fitToWidth(
  points: LonLat[],
  width: number,
  margin: Margins,
  maxHeight = Infinity,
): { projection: GeoProjection; height: number } {
  const geometry = { type: 'MultiPoint' as const, coordinates: points.map((p) => [p[0], p[1]]) };
  const projection = baseProjection().fitWidth(width - margin.left - margin.right, geometry);
  const [[x0, y0], [, y1]] = boundsOf(points, projection);
  let height = y1 - y0 + margin.top + margin.bottom;
  if (height > maxHeight) {
    // Too tall for the frame: fit both ways instead, centred.
    height = maxHeight;
    projection.fitExtent(
      [
        [margin.left, margin.top],
        [width - margin.right, height - margin.bottom],
      ],
      geometry,
    );
    return { projection, height };
  }
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin.left - x0, ty + margin.top - y0]);
  return { projection, height: Math.round(height) };
}

/** Fits `points` inside an exact frame (the inset), with margins. */
export function fitToFrame(points: LonLat[], width: number, height: number, margin: Margins): GeoProjection {
  const geometry = { type: 'MultiPoint' as const, coordinates: points.map((p) => [p[0], p[1]]) };
  return baseProjection().fitExtent(
    [
      [margin.left, margin.top],
      [width - margin.right, height - margin.bottom],
    ],
    geometry,
  );
}

/** Projected bounding box of a set of points. */
export function boundsOf(points: LonLat[], projection: GeoProjection): [[number, number], [number, number]] {
  const xy = points.map((p) => projection([p[0], p[1]])!);
  return [
    [Math.min(...xy.map((p) => p[0])), Math.min(...xy.map((p) => p[1]))],
    [Math.max(...xy.map((p) => p[0])), Math.max(...xy.map((p) => p[1]))],
  ];
}

/** A longitude/latitude box (the region the interactive base layer is cut to). */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}
