/**
 * Labels for map points: the chart label placer (src/lib/charts/kit/labels.ts, which tries spots
 * around each point and never lets two boxes touch) fed with map points, their dots as
 * obstacles, and the route line as a chain of small obstacles so no name sits on it.
 */
import { placeLabels, type PlacedLabel } from '../charts/kit/labels.ts';
import { boxAround, intersects, encloses, type Box } from '../charts/kit/geometry.ts';
import { LINE_HEIGHT, type MeasureText, type ChartFontWeight } from '../charts/kit/text.ts';

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  /** Text lines of the label (a place name is one line; the route label may wrap). */
  lines: string[];
  weight: ChartFontWeight;
}

export interface MapLabelOptions {
  bounds: Box;
  fontSize: number;
  dotRadius: number;
  measure: MeasureText;
  /** Other things labels must not cover: the route line, the inset. */
  obstacles?: { box: Box; owner?: string }[];
  /** Extra room around each label. */
  gap?: number;
}

export interface MapLabel extends PlacedLabel {
  lines: string[];
  weight: ChartFontWeight;
}

/** Size of a label's box, from the font's own metrics. */
export const labelSize = (lines: string[], fontSize: number, weight: ChartFontWeight, measure: MeasureText) => ({
  width: Math.ceil(Math.max(...lines.map((l) => measure(l, { size: fontSize, weight })))),
  height: Math.ceil(lines.length * fontSize * LINE_HEIGHT),
});

/** Places a label for every point it can; the rest are returned by id, never drawn overlapping. */
export function placeMapLabels(
  points: MapPoint[],
  options: MapLabelOptions,
): { labels: MapLabel[]; unplaced: string[] } {
  const dots = points.map((p) => ({ box: boxAround(p.x, p.y, options.dotRadius + 1), owner: p.id }));
  const requests = points.map((p) => ({
    id: p.id,
    anchor: { x: p.x, y: p.y },
    anchorRadius: options.dotRadius,
    ...labelSize(p.lines, options.fontSize, p.weight, options.measure),
  }));
  const { placed, unplaced } = placeLabels(requests, {
    bounds: options.bounds,
    obstacles: [...dots, ...(options.obstacles ?? [])],
    gap: options.gap ?? 2,
    leaderAfter: options.fontSize * 0.6,
    maxDistance: options.fontSize * 4,
  });
  const byId = new Map(points.map((p) => [p.id, p]));
  return {
    labels: placed.map((l) => ({ ...l, lines: byId.get(l.id)!.lines, weight: byId.get(l.id)!.weight })),
    unplaced,
  };
}

/** Small boxes along a polyline, so labels keep off it. */
export function obstaclesAlong(points: [number, number][], size: number, owner: string): { box: Box; owner: string }[] {
  const out: { box: Box; owner: string }[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1]!;
    const [x1, y1] = points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / size));
    for (let s = 0; s <= steps; s++)
      out.push({ box: boxAround(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, size / 2), owner });
  }
  return out;
}

/**
 * Fixed labels (country names), each given as its spots in order of preference: a label takes
 * the first spot inside the bounds and clear of everything already there, or is left out.
 * Returned in input order.
 */
export function fitFixedLabels<T extends { box: Box }>(candidates: T[][], bounds: Box, taken: Box[], gap = 2): T[] {
  const kept: T[] = [];
  for (const spots of candidates) {
    const spot = spots.find(
      (c) =>
        encloses(bounds, c.box) &&
        !taken.some((b) => intersects(c.box, b, gap)) &&
        !kept.some((k) => intersects(c.box, k.box, gap)),
    );
    if (spot) kept.push(spot);
  }
  return kept;
}
