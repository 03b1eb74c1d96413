/** Boxes and a greedy placer for axis and strip labels (single line, fixed baseline) that must never overlap. */

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** True when the boxes come closer than `gap` on both axes. */
export const boxesOverlap = (a: Box, b: Box, gap = 0) =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

export interface LabelRequest {
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

export interface PlacedLabel {
  text: string;
  /** Anchor position, with `anchor` saying which end or the middle it is. */
  x: number;
  y: number;
  anchor: Anchor;
  fontSize: number;
  box: Box;
}

/**
 * Centres a label on its x (or starts it there), or slides it inside its bounds when it would
 * stick out; then it is anchored at the bound, so stretching the axis wider never pushes it back
 * out. Null if it cannot fit.
 */
export function fitLabel({
  text,
  x: at,
  y,
  width,
  fontSize,
  bounds: [lo, hi],
  align = 'middle',
}: LabelRequest): PlacedLabel | null {
  if (width > hi - lo) return null;
  const y0 = y - fontSize * 0.8;
  const y1 = y + fontSize * 0.25;
  if (align === 'start') {
    if (at + width > hi) return { text, x: hi, y, anchor: 'end', fontSize, box: { x0: hi - width, x1: hi, y0, y1 } };
    const x = Math.max(at, lo);
    return { text, x, y, anchor: 'start', fontSize, box: { x0: x, x1: x + width, y0, y1 } };
  }
  const x = at;
  if (x - width / 2 < lo) return { text, x: lo, y, anchor: 'start', fontSize, box: { x0: lo, x1: lo + width, y0, y1 } };
  if (x + width / 2 > hi) return { text, x: hi, y, anchor: 'end', fontSize, box: { x0: hi - width, x1: hi, y0, y1 } };
  return { text, x, y, anchor: 'middle', fontSize, box: { x0: x - width / 2, x1: x + width / 2, y0, y1 } };
}

/** Accepts labels in priority order, dropping any that would come within `gap` of one already kept. */
export function placeLabels(requests: LabelRequest[], gap: number, taken: Box[] = []): PlacedLabel[] {
  const kept: PlacedLabel[] = [];
  const boxes = [...taken];
  for (const request of requests) {
    const label = fitLabel(request);
    if (!label || boxes.some((b) => boxesOverlap(b, label.box, gap))) continue;
    kept.push(label);
    boxes.push(label.box);
  }
  return kept;
}

/** A box as it sits when the chart is stretched from its layout width by `k` ≥ 1: positions scale, text does not. */
export function stretchBox(box: Box, anchor: Anchor, anchorX: number, k: number): Box {
  const width = box.x1 - box.x0;
  const x = anchorX * k;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { ...box, x0, x1: x0 + width };
}
