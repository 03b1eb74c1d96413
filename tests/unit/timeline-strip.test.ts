import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocateWidths,
  assignLanes,
  layoutTimelineStrip,
  overlappingPairs,
  STRIP,
  stripBoxes,
  type StripEvent,
  type StripLayout,
  type StripOptions,
} from '../../src/lib/charts/timeline-strip.ts';
import { boxesOverlap, placeLabels, stretchBox, type Box } from '../../src/lib/charts/axis-labels.ts';
import { findBreaks } from '../../src/lib/timeline/breaks.ts';
import { realView, stripEventsArb } from './timeline-fixtures.ts';

/** The layouts the page ships (TimelineStrip.astro). */
const SHIPPED: StripOptions[] = [
  { width: 272, arrangement: 'per-phase' },
  { width: 720, arrangement: 'single' },
  { width: 1000, arrangement: 'single' },
];
const DAY = 86_400_000;
const startTime = (e: StripEvent) => Date.parse(`${e.date.start}T00:00:00Z`);

/** Boxes as they sit when the SVG is k times wider than the layout: positions stretch, marks and text do not. */
function stretchedBoxes(layout: StripLayout, k: number): { kind: string; box: Box }[] {
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
function expectSound(events: StripEvent[], options: StripOptions) {
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

describe('overview strip layout (real content)', () => {
  const { strip } = realView();

  for (const options of SHIPPED) {
    it(`keeps marks and labels apart, in date order, at ${options.width} px (${options.arrangement})`, () => {
      expect(expectSound(strip, options).compared).toBeGreaterThan(strip.length);
    });
  }

  it('compresses the long gap to a short break instead of empty axis', () => {
    const layout = layoutTimelineStrip(strip, { width: 720, arrangement: 'single' });
    const breaks = findBreaks(strip);
    const longest = breaks.filter((b) => b.empty).sort((a, b) => b.empty!.months - a.empty!.months)[0]!;
    const glyph = layout.breaks.find((b) => b.description.startsWith(`${longest.empty!.months} months`))!;
    expect(glyph).toBeDefined();
    // On one linear axis the gap would take its share of the whole span.
    const span = Date.parse(strip.at(-1)!.date.end) - Date.parse(strip[0]!.date.start);
    const linearShare = (longest.empty!.months * 30.4 * DAY) / span;
    expect(linearShare).toBeGreaterThan(0.5);
    expect((glyph.x1 - glyph.x0) / layout.width).toBeLessThan(0.15);
    // And a gap label says how long it is.
    expect(layout.labels.some((l) => l.kind === 'gap' && l.text === `${longest.empty!.months} months`)).toBe(true);
  });

  it('keeps the phases apart: side by side on wide screens, stacked on narrow ones', () => {
    const phaseOf = (id: string) => strip.find((e) => e.id === id)!.phase;
    const wide = layoutTimelineStrip(strip, { width: 720, arrangement: 'single' });
    const lastBackground = Math.max(...wide.marks.filter((m) => phaseOf(m.id) === 'background').map((m) => m.x1));
    const firstDeployment = Math.min(...wide.marks.filter((m) => phaseOf(m.id) === 'deployment').map((m) => m.x0));
    expect(lastBackground).toBeLessThan(firstDeployment);
    expect(wide.labels.filter((l) => l.kind === 'phase').map((l) => l.text)).toEqual(['Background', 'The deployment']);

    const narrow = layoutTimelineStrip(strip, { width: 272, arrangement: 'per-phase' });
    const lowestBackground = Math.max(...narrow.marks.filter((m) => phaseOf(m.id) === 'background').map((m) => m.cy));
    const highestDeployment = Math.min(...narrow.marks.filter((m) => phaseOf(m.id) === 'deployment').map((m) => m.cy));
    expect(lowestBackground).toBeLessThan(highestDeployment);
  });

  it('draws ranges and months as bars, days as points, and inferred dates hollow', () => {
    const layout = layoutTimelineStrip(strip, { width: 720, arrangement: 'single' });
    for (const e of strip) {
      const mark = layout.marks.find((m) => m.id === e.id)!;
      expect(mark.shape).toBe(e.date.precision === 'day' ? 'point' : 'bar');
      expect(mark.inferred).toBe(e.inferred);
    }
  });

  it('labels the axis with the months the events fall in', () => {
    const layout = layoutTimelineStrip(strip, { width: 1000, arrangement: 'single' });
    const coarse = layout.labels.filter((l) => l.kind === 'coarse').map((l) => l.text);
    for (const year of new Set(strip.map((e) => e.date.start.slice(0, 4)))) expect(coarse.some((t) => t.includes(year))).toBe(true);
  });
});

describe('overview strip layout (any events)', () => {
  for (const options of SHIPPED) {
    it(`never overlaps at ${options.width} px (${options.arrangement})`, () => {
      fc.assert(
        fc.property(stripEventsArb(), (events) => {
          expectSound(events, options);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('layout helpers', () => {
  it('allocates widths by weight without going under any minimum or over the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ min: fc.integer({ min: 10, max: 120 }), weight: fc.integer({ min: 1, max: 20 }) }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 100, max: 1200 }),
        (parts, total) => {
          const widths = allocateWidths(parts.map((p) => p.min), parts.map((p) => p.weight), total);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
          const minSum = parts.reduce((a, p) => a + p.min, 0);
          if (minSum <= total) widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(parts[i]!.min - 1e-9));
        },
      ),
    );
  });

  it('puts overlapping marks in different lanes and reuses lanes when there is room', () => {
    const { lanes, count } = assignLanes([
      [0, 20],
      [10, 30],
      [25, 45],
      [50, 70],
    ]);
    expect(lanes).toEqual([0, 1, 0, 0]);
    expect(count).toBe(2);
  });

  it('never places two labels that overlap, and keeps each inside its bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 4, max: 80 }) }), { maxLength: 30 }),
        (raw) => {
          const placed = placeLabels(
            raw.map((r, i) => ({ text: `l${i}`, x: r.x, y: 20, width: r.width, fontSize: 12, bounds: [0, 300] as [number, number] })),
            4,
          );
          placed.forEach((a, i) => {
            expect(a.box.x0).toBeGreaterThanOrEqual(0);
            expect(a.box.x1).toBeLessThanOrEqual(300);
            placed.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box, 4)).toBe(false));
          });
        },
      ),
    );
  });
});
