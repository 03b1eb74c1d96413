/** The checks every overview-strip layout must pass, for the real content (tests/content/) and for generated events. */
import { expect } from 'vitest';
import {
  layoutTimelineStrip,
  overlappingPairs,
  STRIP,
  stripBoxes,
  type StripEvent,
  type StripLayout,
  type StripOptions,
} from '../../src/lib/timeline/strip.ts';
import { stretchBox, type Box } from '../../src/lib/charts/kit/axis-labels.ts';

/** The layouts the page ships (TimelineStrip.astro). */
export const SHIPPED: StripOptions[] = [
  { width: 272, arrangement: 'per-phase' },
  { width: 720, arrangement: 'single' },
  { width: 1000, arrangement: 'single' },
];
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
      return { kind: 'mark', box: { x0, x1, y0: m.cy - r, y1: m.cy + r } };
    }),
  ];
}

/** The checks every layout must pass, for real or generated events. */
export function expectSound(events: StripEvent[], options: StripOptions) {
  const layout = layoutTimelineStrip(events, options);
  // One mark per event, each inside the chart.
  expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
  for (const { box } of stripBoxes(layout)) {
    expect(box.x0).toBeGreaterThanOrEqual(-0.001);
    expect(box.x1).toBeLessThanOrEqual(options.width + 0.001);
    expect(box.y0).toBeGreaterThanOrEqual(0);
    expect(box.y1).toBeLessThanOrEqual(layout.height);
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
