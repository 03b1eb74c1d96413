/**
 * The one box shape every figure uses (troop chart, map, timeline strip), in SVG user units with
 * y growing downwards, after OWID's `Bounds`: a plain `{ x, y, width, height }` and helpers.
 * Screen-space clip regions are Boxes too; longitude/latitude extents are `LonLatBox`.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const right = (b: Box) => b.x + b.width;
export const bottom = (b: Box) => b.y + b.height;

/** True when the boxes come closer than `gap` on both axes. */
export const intersects = (a: Box, b: Box, gap = 0) =>
  a.x < right(b) + gap && b.x < right(a) + gap && a.y < bottom(b) + gap && b.y < bottom(a) + gap;

/** Whether `inner` lies inside `outer` (edges may touch; a hair of float error is forgiven). */
export const encloses = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  right(inner) <= right(outer) + 1e-9 &&
  bottom(inner) <= bottom(outer) + 1e-9;

/** The box grown by `by` on every side (shrunk when negative). */
export const pad = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

export const boxAround = (x: number, y: number, halfWidth: number, halfHeight = halfWidth): Box => ({
  x: x - halfWidth,
  y: y - halfHeight,
  width: 2 * halfWidth,
  height: 2 * halfHeight,
});

/** The point of a box nearest to (x, y). */
export const nearestPointOnBox = (box: Box, x: number, y: number) => ({
  x: Math.min(Math.max(x, box.x), box.x + box.width),
  y: Math.min(Math.max(y, box.y), box.y + box.height),
});

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, s.x1 - box.x) &&
    clip(dx, box.x + box.width - s.x1) &&
    clip(-dy, s.y1 - box.y) &&
    clip(dy, box.y + box.height - s.y1) &&
    t0 <= t1
  );
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((by - ay) * (cx - bx) - (bx - ax) * (cy - by));

/** Whether two segments cross (touching end points do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 * o2 < 0 && o3 * o4 < 0;
}
