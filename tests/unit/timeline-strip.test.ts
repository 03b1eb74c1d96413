import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateWidths, assignLanes, STRIP_VARIANTS } from '../../src/lib/timeline/strip.ts';
import { intersects, right } from '../../src/lib/charts/kit/geometry.ts';
import { placeAxisLabels } from '../../src/lib/charts/kit/labels.ts';
import { stripEventsArb } from './timeline-fixtures.ts';
import { expectSound } from './timeline-strip-checks.ts';

describe('overview strip layout (any events)', () => {
  for (const options of STRIP_VARIANTS) {
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
        fc.array(fc.record({ min: fc.integer({ min: 10, max: 120 }), weight: fc.integer({ min: 1, max: 20 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 100, max: 1200 }),
        (parts, total) => {
          const widths = allocateWidths(
            parts.map((p) => p.min),
            parts.map((p) => p.weight),
            total,
          );
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
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 4, max: 80 }) }), {
          maxLength: 30,
        }),
        (raw) => {
          const placed = placeAxisLabels(
            raw.map((r, i) => ({
              text: `l${i}`,
              x: r.x,
              y: 20,
              width: r.width,
              fontSize: 12,
              bounds: [0, 300] as [number, number],
            })),
            4,
          );
          placed.forEach((a, i) => {
            expect(a.box.x).toBeGreaterThanOrEqual(0);
            expect(right(a.box)).toBeLessThanOrEqual(300);
            placed.slice(i + 1).forEach((b) => expect(intersects(a.box, b.box, 4)).toBe(false));
          });
        },
      ),
    );
  });
});
