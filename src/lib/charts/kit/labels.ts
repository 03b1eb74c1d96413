/**
 * Direct-label placement with collision avoidance. Each label is tried at positions around its
 * anchor, nearest first, then further out with a leader line; a position is taken only when its
 * box stays inside the bounds and clear of every obstacle, every label already placed and every
 * leader line. A label that finds no such place is reported as unplaced, never drawn on top of
 * another: the caller lists it elsewhere. So "no two labels overlap" holds by construction.
 */
import type { TextAlign } from './text.ts';
import {
  encloses,
  intersects,
  nearestPointOnBox,
  segmentHitsBox,
  segmentsCross,
  type Box,
  type Segment,
} from './geometry.ts';
import { BoxIndex, segmentBounds, unionBox } from './box-index.ts';

export interface LabelRequest {
  id: string;
  /** The point the label belongs to (a mark's centre). */
  anchor: { x: number; y: number };
  /** Half-size of the mark at the anchor: labels start this far out. */
  anchorRadius: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** How text lines sit in the box: flush towards the anchor reads best. */
  align: TextAlign;
  /** Set when the box sits away from its mark. */
  leader: Segment | null;
}

export interface PlacementOptions {
  /** Region every label box must stay inside. */
  bounds: Box;
  /** Things labels must not cover: marks, arrows, fixed text. Each may name the label it belongs to. */
  obstacles: { box: Box; owner?: string }[];
  /** Clear space kept between a label and anything else. */
  gap: number;
  /** Distance from the mark edge beyond which a leader line is drawn. */
  leaderAfter: number;
  /** Furthest a label may move from its mark edge. */
  maxDistance: number;
}

interface Candidate {
  box: Box;
  align: PlacedLabel['align'];
  cost: number;
}

/** Preference of each side, as a cost added to distance: right, then left, then above/below, then corners. */
const SIDES: { dx: number; dy: number; cost: number }[] = [
  { dx: 1, dy: 0, cost: 0 },
  { dx: -1, dy: 0, cost: 2 },
  { dx: 0, dy: -1, cost: 4 },
  { dx: 0, dy: 1, cost: 5 },
  { dx: 1, dy: -1, cost: 6 },
  { dx: -1, dy: -1, cost: 7 },
  { dx: 1, dy: 1, cost: 8 },
  { dx: -1, dy: 1, cost: 9 },
];

function candidates(req: LabelRequest, options: PlacementOptions): Candidate[] {
  const { x, y } = req.anchor;
  const r = req.anchorRadius;
  const { width: w, height: h } = req;
  const out: Candidate[] = [];
  const step = Math.max(4, h / 3);
  // Start just clear of the mark's obstacle box (inflated by 1 and kept `gap` away).
  for (let d = options.gap + 1.5; d <= options.maxDistance; d += step) {
    for (const side of SIDES) {
      // Side labels may slide along the mark like a callout; labels above or below may slide sideways.
      const slides =
        side.dy === 0
          ? [0, -h / 2, h / 2, -h, h, -1.5 * h, 1.5 * h]
          : side.dx === 0
            ? [0, -w / 4, w / 4, -w / 2, w / 2, -0.75 * w, 0.75 * w]
            : [0];
      for (const slide of slides) {
        const bx = side.dx > 0 ? x + r + d : side.dx < 0 ? x - r - d - w : x - w / 2 + slide;
        const by = side.dy > 0 ? y + r + d : side.dy < 0 ? y - r - d - h : y - h / 2 + slide;
        const box = { x: bx, y: by, width: w, height: h };
        const align: PlacedLabel['align'] = side.dx > 0 ? 'start' : side.dx < 0 ? 'end' : 'middle';
        out.push({ box, align, cost: d + side.cost + Math.abs(slide) * 0.5 });
      }
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

function leaderFor(req: LabelRequest, box: Box, options: PlacementOptions): Segment | null {
  const { x, y } = req.anchor;
  const target = nearestPointOnBox(box, x, y);
  const dist = Math.hypot(target.x - x, target.y - y);
  if (dist - req.anchorRadius <= options.leaderAfter) return null;
  // Start the line at the mark's edge, not its centre, so it never paints over the mark.
  const t = (req.anchorRadius + 2) / dist;
  return { x1: x + (target.x - x) * t, y1: y + (target.y - y) * t, x2: target.x, y2: target.y };
}

type Obstacle = PlacementOptions['obstacles'][number];
type Spot = PlacedLabel & { cost: number };

/** Labels placed so far, indexed by the ground each covers (its box and its leader line). */
class PlacedSet {
  readonly all: Spot[] = [];
  private readonly index = new BoxIndex<Spot>();

  constructor(spots: Spot[] = []) {
    for (const spot of spots) this.add(spot);
  }

  add(spot: Spot) {
    this.all.push(spot);
    this.index.insert(spot, spot.leader ? unionBox(spot.box, segmentBounds(spot.leader)) : spot.box);
  }

  near(box: Box, pad: number) {
    return this.index.query(box, pad);
  }
}

function obstacleIndex(obstacles: Obstacle[]) {
  const index = new BoxIndex<Obstacle>();
  for (const o of obstacles) index.insert(o, o.box);
  return index;
}

/** The cheapest free position for one label, given the labels already placed. */
function placeOne(
  req: LabelRequest,
  placed: PlacedSet,
  obstacles: BoxIndex<Obstacle>,
  options: PlacementOptions,
): Spot | undefined {
  const { gap } = options;
  for (const c of candidates(req, options)) {
    if (!encloses(options.bounds, c.box)) continue;
    if (obstacles.query(c.box, gap).some((o) => intersects(c.box, o.box, gap))) continue;
    const nearby = placed.near(c.box, gap);
    if (nearby.some((p) => intersects(c.box, p.box, gap))) continue;
    if (nearby.some((p) => p.leader && segmentHitsBox(p.leader, c.box))) continue;
    const leader = leaderFor(req, c.box, options);
    if (leader) {
      const along = segmentBounds(leader);
      if (obstacles.query(along).some((o) => o.owner !== req.id && segmentHitsBox(leader, o.box))) continue;
      if (
        placed
          .near(along, 0)
          .some((p) => segmentHitsBox(leader, p.box) || (p.leader && segmentsCross(leader, p.leader)))
      )
        continue;
    }
    return { id: req.id, box: c.box, align: c.align, leader, cost: c.cost };
  }
  return undefined;
}

/**
 * Repair only makes sense for a few near misses; on a saturated chart it would retry every
 * stuck label against its neighbours and cost far more than it could win.
 */
const MAX_REPAIRS = 12;

function placeInOrder(requests: LabelRequest[], options: PlacementOptions, obstacles: BoxIndex<Obstacle>) {
  const placed = new PlacedSet();
  const unplaced: LabelRequest[] = [];
  for (const req of requests) {
    const spot = placeOne(req, placed, obstacles, options);
    if (spot) placed.add(spot);
    else unplaced.push(req);
  }
  // Repair: for a label left out, move one neighbour out of the way and put both back.
  let current = placed.all;
  for (const stuck of unplaced.length <= MAX_REPAIRS ? [...unplaced] : []) {
    const nearest = [...current].sort(
      (a, b) => distanceTo(a.box, stuck.anchor) - distanceTo(b.box, stuck.anchor) || a.id.localeCompare(b.id),
    );
    for (const neighbour of nearest.slice(0, 4)) {
      const others = new PlacedSet(current.filter((p) => p !== neighbour));
      const first = placeOne(stuck, others, obstacles, options);
      if (!first) continue;
      others.add(first);
      const again = placeOne(
        requests.find((r) => r.id === neighbour.id)!,
        others,
        obstacles,
        options,
      );
      if (!again) continue;
      others.add(again);
      current = others.all;
      unplaced.splice(unplaced.indexOf(stuck), 1);
      break;
    }
  }
  return { placed: current, unplaced: unplaced.map((r) => r.id), cost: current.reduce((sum, p) => sum + p.cost, 0) };
}

const distanceTo = (box: Box, point: { x: number; y: number }) => {
  const p = nearestPointOnBox(box, point.x, point.y);
  return Math.hypot(p.x - point.x, p.y - point.y);
};

/** How crowded an anchor is: the number of other anchors within a few label heights. */
const crowding = (req: LabelRequest, all: LabelRequest[]) =>
  all.filter(
    (o) =>
      o !== req &&
      Math.abs(o.anchor.x - req.anchor.x) < req.width &&
      Math.abs(o.anchor.y - req.anchor.y) < 3 * req.height,
  ).length;

/**
 * Places every label it can. Greedy placement depends on order, so a few deterministic orders
 * are tried (most crowded first, left to right, right to left, top to bottom) and the result
 * with the fewest unplaced labels, then the least total displacement, wins.
 */
export function placeLabels(
  requests: LabelRequest[],
  options: PlacementOptions,
): { placed: PlacedLabel[]; unplaced: string[] } {
  const byId = (a: LabelRequest, b: LabelRequest) => a.id.localeCompare(b.id);
  const orders = [
    [...requests].sort(
      (a, b) => crowding(b, requests) - crowding(a, requests) || a.anchor.x - b.anchor.x || byId(a, b),
    ),
    [...requests].sort((a, b) => a.anchor.x - b.anchor.x || a.anchor.y - b.anchor.y || byId(a, b)),
    [...requests].sort((a, b) => b.anchor.x - a.anchor.x || a.anchor.y - b.anchor.y || byId(a, b)),
    [...requests].sort((a, b) => a.anchor.y - b.anchor.y || a.anchor.x - b.anchor.x || byId(a, b)),
  ];
  const obstacles = obstacleIndex(options.obstacles);
  let best: ReturnType<typeof placeInOrder> | undefined;
  for (const order of orders) {
    const result = placeInOrder(order, options, obstacles);
    if (
      !best ||
      result.unplaced.length < best.unplaced.length ||
      (result.unplaced.length === best.unplaced.length && result.cost < best.cost)
    )
      best = result;
  }
  // Keep the caller's order so markup and tests see labels in data order.
  const rank = new Map(requests.map((r, i) => [r.id, i]));
  const placed = best!.placed.map(({ cost: _cost, ...p }) => p).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return { placed, unplaced: best!.unplaced };
}

/*
 * Axis labels: the 1-D placer the timeline strip uses for tick and phase labels. Each label is a
 * single line on a fixed baseline that may only slide along its stretch of the axis; labels are
 * kept in priority order and one that would come too close to a kept one is dropped.
 */

export type AxisAnchor = 'start' | 'middle' | 'end';

export interface AxisLabelRequest {
  text: string;
  /** Where the label wants its centre, or its start when `align` is 'start'. */
  x: number;
  align?: 'middle' | 'start';
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
  /** The label must stay between these (its segment of the axis). */
  bounds: [number, number];
}

export interface AxisLabel {
  text: string;
  /** Anchor position, with `anchor` saying which end or the middle it is. */
  x: number;
  y: number;
  anchor: AxisAnchor;
  fontSize: number;
  box: Box;
}

/**
 * Centres a label on its x (or starts it there), or slides it inside its bounds when it would
 * stick out; then it is anchored at the bound, so stretching the axis wider never pushes it back
 * out. Null if it cannot fit.
 */
export function fitAxisLabel({
  text,
  x: at,
  y,
  width,
  fontSize,
  bounds: [lo, hi],
  align = 'middle',
}: AxisLabelRequest): AxisLabel | null {
  if (width > hi - lo) return null;
  const top = y - fontSize * 0.8;
  const height = fontSize * 1.05;
  const placed = (x: number, anchor: AxisAnchor, left: number): AxisLabel => ({
    text,
    x,
    y,
    anchor,
    fontSize,
    box: { x: left, y: top, width, height },
  });
  if (align === 'start') {
    if (at + width > hi) return placed(hi, 'end', hi - width);
    const x = Math.max(at, lo);
    return placed(x, 'start', x);
  }
  if (at - width / 2 < lo) return placed(lo, 'start', lo);
  if (at + width / 2 > hi) return placed(hi, 'end', hi - width);
  return placed(at, 'middle', at - width / 2);
}

/** Accepts labels in priority order, dropping any that would come within `gap` of one already kept. */
export function placeAxisLabels(requests: AxisLabelRequest[], gap: number, taken: Box[] = []): AxisLabel[] {
  const kept: AxisLabel[] = [];
  const boxes = [...taken];
  for (const request of requests) {
    const label = fitAxisLabel(request);
    if (!label || boxes.some((b) => intersects(b, label.box, gap))) continue;
    kept.push(label);
    boxes.push(label.box);
  }
  return kept;
}
