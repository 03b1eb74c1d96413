/**
 * Labels that sit on their values: each label goes beside its mark with one chosen line (the
 * figure) level with the mark, never floating up or down to wherever there is room. A label
 * may slide sideways a little, with a short horizontal leader; if it still finds no free spot
 * it is reported as unplaced (the caller names the mark elsewhere), never drawn on anything.
 * A variant of labels.ts for charts where a label's height must read as the value.
 */
import { encloses, intersects, segmentHitsBox, segmentsCross, type Box, type Segment } from './geometry.ts';
import type { TextAlign } from './text.ts';

export interface ValueLabelRequest {
  id: string;
  anchor: { x: number; y: number };
  anchorRadius: number;
  /** The ways the label's lines may be stacked: its size, and where the value line's centre is from the top. */
  arrangements: { width: number; height: number; valueCentre: number }[];
}

export interface PlacedValueLabel {
  id: string;
  box: Box;
  align: TextAlign;
  /** Index into the request's arrangements. */
  arrangement: number;
  leader: Segment | null;
}

export interface ValueLabelOptions {
  bounds: Box;
  /** What labels and leaders must keep clear of; an obstacle may name the label it belongs to. */
  obstacles: { box: Box; owner?: string }[];
  gap: number;
  /** Most a label's value line may sit above or below its mark's centre. */
  slack: number;
  /** Furthest a label may slide sideways from its mark's edge (with a leader past `gap + 4`). */
  maxShift: number;
}

export function placeValueLabels(
  requests: ValueLabelRequest[],
  options: ValueLabelOptions,
): { placed: PlacedValueLabel[]; unplaced: string[] } {
  const { gap, slack, maxShift, bounds, obstacles } = options;
  const placed: PlacedValueLabel[] = [];
  const unplaced: string[] = [];
  const dys = [0, -slack / 2, slack / 2, -slack, slack];
  for (const req of requests) {
    const { x, y } = req.anchor;
    const r = req.anchorRadius;
    let found: PlacedValueLabel | undefined;
    search: for (let shift = 0; shift <= maxShift; shift += 4)
      for (const side of [1, -1] as const)
        for (const dy of dys)
          for (const [k, a] of req.arrangements.entries()) {
            // Just clear of the mark's own obstacle box (its radius + 1), kept `gap` away, with a hair to spare.
            const start = r + 1 + gap + 0.5 + shift;
            const box = {
              x: side > 0 ? x + start : x - start - a.width,
              y: y + dy - a.valueCentre,
              width: a.width,
              height: a.height,
            };
            if (!encloses(bounds, box)) continue;
            if (obstacles.some((o) => intersects(box, o.box, gap))) continue;
            if (placed.some((p) => intersects(box, p.box, gap) || (p.leader && segmentHitsBox(p.leader, box))))
              continue;
            const leader =
              shift > 0
                ? {
                    x1: x + side * (r + 2),
                    y1: y,
                    x2: side > 0 ? box.x : box.x + box.width,
                    y2: y,
                  }
                : null;
            if (leader) {
              if (obstacles.some((o) => o.owner !== req.id && segmentHitsBox(leader, o.box))) continue;
              if (placed.some((p) => segmentHitsBox(leader, p.box) || (p.leader && segmentsCross(leader, p.leader))))
                continue;
            }
            found = { id: req.id, box, align: side > 0 ? 'start' : 'end', arrangement: k, leader };
            break search;
          }
    if (found) placed.push(found);
    else unplaced.push(req.id);
  }
  return { placed, unplaced };
}
