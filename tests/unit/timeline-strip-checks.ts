/** The checks every overview-strip layout must pass, for the real content (tests/content/) and for generated events. */
import { expect } from 'vitest';
import {
  layoutTimelineStrip,
  STRIP,
  type StripEvent,
  type StripLayout,
  type StripVariant,
} from '../../src/lib/timeline/strip.ts';
import { bottom, intersects, right, type Box } from '../../src/lib/charts/kit/geometry.ts';
import type { AxisAnchor } from '../../src/lib/charts/kit/labels.ts';
import { heuristicMeasure } from '../../src/lib/charts/kit/text-metrics.ts';

/** The strip is drawn in the reader's system font, so its layout measures with the heuristic. */
export const layoutStrip = (events: readonly StripEvent[], variant: StripVariant) =>
  layoutTimelineStrip(events, variant, heuristicMeasure);

/** A box as it sits when the chart is stretched from its layout width by `k` ≥ 1: positions scale, text does not. */
export function stretchBox(box: Box, anchor: AxisAnchor, anchorX: number, k: number): Box {
  const x = anchorX * k;
  return { ...box, x: anchor === 'start' ? x : anchor === 'end' ? x - box.width : x - box.width / 2 };
}

/** Every label box, with marks' boxes, for overlap checks. */
export const stripBoxes = (layout: StripLayout): { kind: string; box: Box }[] => [
  ...layout.labels.map((l) => ({ kind: l.kind, box: l.box })),
  ...layout.marks.map((m) => {
    const x = m.shape === 'point' ? m.cx - STRIP.markRadius : m.x0;
    return { kind: 'mark', box: { x, y: m.cy - STRIP.markRadius, width: m.x1 - x, height: 2 * STRIP.markRadius } };
  }),
];

/** Pairs of boxes that overlap: empty for a good layout. */
export function overlappingPairs(items: { kind: string; box: Box }[], gap = 0) {
  const pairs: [string, string][] = [];
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      if (intersects(a.box, b.box, gap)) pairs.push([a.kind, b.kind]);
    }),
  );
  return pairs;
}
export const DAY = 86_400_000;
export const startTime = (e: StripEvent) => Date.parse(`${e.date.start}T00:00:00Z`);

/** Boxes as they sit when the SVG is k times wider than the layout: positions stretch, marks and text do not. */
export function stretchedBoxes(layout: StripLayout, k: number): { kind: string; box: Box }[] {
  const r = STRIP.markRadius;
  return [
    ...layout.labels.map((l) => ({ kind: l.kind, box: stretchBox(l.box, l.anchor, l.x, k) })),
    ...layout.marks.map((m) => {
      const x0 = m.shape === 'point' ? m.cx * k - r : m.x0 * k;
      const x1 = m.shape === 'point' ? m.cx * k + r : Math.max(m.x1 * k, x0 + 2 * r);
      return { kind: 'mark', box: { x: x0, y: m.cy - r, width: x1 - x0, height: 2 * r } };
    }),
  ];
}

/** The checks every layout must pass, for real or generated events. */
export function expectSound(events: StripEvent[], options: StripVariant) {
  const layout = layoutStrip(events, options);
  // One mark per event, each inside the chart.
  expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
  for (const { box } of stripBoxes(layout)) {
    expect(box.x).toBeGreaterThanOrEqual(-0.001);
    expect(right(box)).toBeLessThanOrEqual(options.width + 0.001);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(bottom(box)).toBeLessThanOrEqual(layout.height);
  }
  // Nothing overlaps at the layout width or stretched wider.
  for (const k of [1, 1.37, 2.5]) expect(overlappingPairs(stretchedBoxes(layout, k))).toEqual([]);
  // Within a segment, later starts sit further right.
  let compared = 0;
  for (const seg of layout.segments) {
    const inSeg = layout.marks
      .filter((m) => m.x0 >= seg.x0 - 0.001 && m.x1 <= seg.x1 + 0.001 && m.cy > seg.top && m.cy < seg.axisY)
      .map((m) => ({ m, e: events.find((e) => e.id === m.id)! }));
    for (const a of inSeg)
      for (const b of inSeg)
        if (startTime(b.e) - startTime(a.e) >= DAY) {
          const at = (x: typeof a) => (x.m.shape === 'point' ? x.m.cx : x.m.x0);
          expect(at(a)).toBeLessThan(at(b));
          compared++;
        }
  }
  return { layout, compared };
}
