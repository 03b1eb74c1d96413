/**
 * Cutting Natural Earth geometry down to what the map shows, so the page and the interactive
 * map's base layer carry tens of kilobytes instead of the whole world. Pure functions on plain
 * coordinate pairs: the same clipping and simplification serve longitude/latitude (the GeoJSON
 * base layer, cut to a box and treated as planar, which is close enough at a few kilometres of
 * tolerance) and screen pixels (map-layout.ts cuts each SVG panel after projecting it).
 */
import type { LonLatBox } from './projection.ts';
import { bottom, right, type Box } from '../charts/kit/geometry.ts';

export type Position = [number, number];
export type Ring = Position[];

export interface TrimOptions {
  /** Largest deviation simplification may introduce (degrees). */
  tolerance: number;
  /** Decimal places kept (3 ≈ 100 m, far finer than the drawing needs). */
  digits: number;
  /** Rings smaller than this (square degrees) are dropped: islets too small to see. */
  minArea?: number;
}

/**
 * Planar area of a closed ring (shoelace), signed by winding: positive when the ring turns
 * clockwise on screen (y down), as Natural Earth's outer rings do once projected.
 */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum / 2;
}

/** Planar area of a closed ring in square degrees (or pixels), unsigned. */
export const ringArea = (ring: Ring): number => Math.abs(signedArea(ring));

export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type LineGeometry =
  { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] };

export interface Feature<G, P> {
  type: 'Feature';
  id?: string | number | undefined;
  properties: P;
  geometry: G;
}

/**
 * The clippers below work in any plane: screen pixels (the map's frame) or longitude/latitude
 * taken as x/y (the region the base geometry is trimmed to). This is the region as such a box.
 */
const asPlaneBox = (box: LonLatBox): Box => ({
  x: box.west,
  y: box.south,
  width: box.east - box.west,
  height: box.north - box.south,
});

/**
 * Sutherland–Hodgman: the part of a closed ring inside the box, as a closed ring (or nothing).
 * Concave shapes may gain zero-width slivers along the box edge; they are outside the drawn
 * frame (the box is padded) and invisible when filled.
 */
export function clipRing(ring: Ring, box: Box): Ring | null {
  const [x0, x1, y0, y1] = [box.x, right(box), box.y, bottom(box)];
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let points = openRing(ring);
  for (const [keep, cross] of edges) {
    if (points.length === 0) return null;
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (keep(current)) {
        if (!keep(previous)) out.push(cross(previous, current));
        out.push(current);
      } else if (keep(previous)) out.push(cross(previous, current));
    }
    points = out;
  }
  return points.length >= 3 ? [...points, points[0]!] : null;
}

const atX = (a: Position, b: Position, x: number): Position => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
const atY = (a: Position, b: Position, y: number): Position => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
const openRing = (ring: Ring): Position[] => {
  const first = ring[0];
  const last = ring.at(-1);
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : [...ring];
};

/** Liang–Barsky per segment: the pieces of a line inside the box. */
export function clipLine(line: Position[], box: Box): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const segment = clipSegment(line[i - 1]!, line[i]!, box);
    if (!segment) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const [a, b] = segment;
    const last = current.at(-1);
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (current.length > 1) pieces.push(current);
      current = [a];
    }
    current.push(b);
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

function clipSegment(a: Position, b: Position, box: Box): [Position, Position] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - box.x],
    [dx, right(box) - a[0]],
    [-dy, a[1] - box.y],
    [dy, bottom(box) - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  const at = (t: number): Position => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/**
 * Douglas–Peucker simplification: keeps the vertices that deviate more than `tolerance` from the
 * line through their neighbours' kept ends, and always the two ends. Iterative (no recursion
 * limit on long coastlines).
 */
export function simplify(points: Position[], tolerance: number): Position[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

const round = (digits: number) => {
  const k = 10 ** digits;
  return (p: Position): Position => [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];
};

/**
 * Adds vertices along segments longer than `step` degrees. Edges along the trimming box follow
 * a parallel; drawn as one straight chord in a conic projection they would cut across the land.
 */
export function densify(points: Position[], step = 1): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const previous = points[i - 1];
    if (previous) {
      const pieces = Math.ceil(Math.hypot(p[0] - previous[0], p[1] - previous[1]) / step);
      for (let k = 1; k < pieces; k++)
        out.push([
          previous[0] + ((p[0] - previous[0]) * k) / pieces,
          previous[1] + ((p[1] - previous[1]) * k) / pieces,
        ]);
    }
    out.push(p);
  }
  return out;
}

/** Removes consecutive repeats (rounding can create them). */
const dedupe = (points: Position[]) =>
  points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);

/**
 * Makes longitudes continuous along a ring or line that crosses the antimeridian (Russia's
 * Chukotka does): a jump of more than 180° becomes a step past ±180. Without this a planar clip
 * reads the crossing as a segment spanning the whole map and draws a band across the Arctic.
 */
export function unwrap(points: Position[]): Position[] {
  let offset = 0;
  return points.map((p, i) => {
    const previous = points[i - 1];
    if (previous) {
      const jump = p[0] - previous[0];
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    return offset === 0 ? p : [p[0] + offset, p[1]];
  });
}

function trimRing(ring: Ring, box: LonLatBox, options: TrimOptions): Ring | null {
  const clipped = clipRing(unwrap(ring), asPlaneBox(box));
  if (!clipped) return null;
  const out = dedupe(densify(simplify(clipped, options.tolerance)).map(round(options.digits)));
  // A ring needs three distinct corners and a closing point.
  if (out.length < 4) return null;
  return options.minArea && ringArea(out) < options.minArea ? null : out;
}

/** A polygon or multipolygon trimmed to the box; null when nothing of it is inside. */
export function trimArea(geometry: AreaGeometry, box: LonLatBox, options: TrimOptions): AreaGeometry | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Ring[][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    const shell = trimRing(outer, box, options);
    if (!shell) continue;
    kept.push([shell, ...holes.map((h) => trimRing(h, box, options)).filter((h): h is Ring => h !== null)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
}

/** A line or multiline trimmed to the box; null when nothing of it is inside. */
export function trimLines(geometry: LineGeometry, box: LonLatBox, options: TrimOptions): LineGeometry | null {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const kept = lines
    .flatMap((line) => clipLine(unwrap(line), asPlaneBox(box)))
    .map((line) => dedupe(simplify(line, options.tolerance).map(round(options.digits))))
    .filter((line) => line.length >= 2);
  if (kept.length === 0) return null;
  return { type: 'MultiLineString', coordinates: kept };
}

/** Every vertex of a geometry, for checks. */
export function positionsOf(geometry: AreaGeometry | LineGeometry): Position[] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'LineString':
      return geometry.coordinates;
  }
}
