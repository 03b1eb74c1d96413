/** Shared inputs for the timeline unit tests: the real content, and generators for made-up events. */
import fc from 'fast-check';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel, DEPLOYMENT_START } from '../../src/lib/data/model.ts';
import type { DateSpec } from '../../src/lib/schemas/common.ts';
import type { StripEvent } from '../../src/lib/timeline/strip.ts';
import { buildTimelineView } from '../../src/lib/timeline/view.ts';

export const model = () => buildModel(loadContent());
export const realView = () => {
  const m = model();
  return buildTimelineView(m.events, m.reports);
};

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;
const FIRST = Date.parse('2022-01-01T00:00:00Z');
const LAST = Date.parse('2025-06-30T00:00:00Z');

/** Any DateSpec the schema accepts: a day, a month, or a range of 2 to 60 days. */
export const dateSpecArb: fc.Arbitrary<DateSpec> = fc.oneof(
  fc.integer({ min: 0, max: (LAST - FIRST) / DAY }).map((d): DateSpec => {
    const day = iso(FIRST + d * DAY);
    return { iso: day, precision: 'day', start: day, end: day };
  }),
  fc
    .record({ y: fc.integer({ min: 2022, max: 2025 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }): DateSpec => {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      return { iso: month, precision: 'month', start: `${month}-01`, end: iso(Date.UTC(y, m, 0)) };
    }),
  fc
    .record({ d: fc.integer({ min: 0, max: (LAST - FIRST) / DAY }), len: fc.integer({ min: 1, max: 60 }) })
    .map(({ d, len }): DateSpec => {
      const start = iso(FIRST + d * DAY);
      const end = iso(FIRST + (d + len) * DAY);
      return { iso: `${start}/${end}`, precision: 'range', start, end };
    }),
);

/** Sorted the way the site model sorts events, with phases and reading numbers as the site gives them. */
export const stripEventsArb = (max = 24): fc.Arbitrary<StripEvent[]> =>
  fc.array(fc.record({ date: dateSpecArb, inferred: fc.boolean() }), { minLength: 1, maxLength: max }).map((raw) =>
    raw
      .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end))
      .map((e, i) => ({
        id: `event-${i}`,
        number: i + 1,
        title: `Event ${i}`,
        dateText: e.date.iso,
        date: e.date,
        inferred: e.inferred,
        phase: e.date.start < DEPLOYMENT_START ? ('background' as const) : ('deployment' as const),
      })),
  );
