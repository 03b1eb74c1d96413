import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEPLOYMENT_START } from '../../src/lib/data/model.ts';
import { dateSpec } from '../../src/lib/schemas/common.ts';
import { findBreaks, splitAtBreaks, type PhasedItem } from '../../src/lib/timeline/breaks.ts';
import { stripEventsArb } from './timeline-fixtures.ts';

const item = (iso: string): PhasedItem => {
  const date = dateSpec({ today: '2030-01-01' }).parse(iso);
  return { date, phase: date.start < DEPLOYMENT_START ? 'background' : 'deployment' };
};

describe('findBreaks', () => {
  it('breaks at the phase change even with no empty month, and records empty months when there are some', () => {
    expect(findBreaks([item('2024-09-30'), item('2024-10-01')])).toEqual([{ after: 0, kind: 'phase' }]);
    expect(findBreaks([item('2024-08'), item('2024-10-17')])).toEqual([
      { after: 0, kind: 'phase', empty: { from: '2024-09', to: '2024-09', months: 1 } },
    ]);
  });

  it('breaks inside a phase only for long empty stretches', () => {
    expect(findBreaks([item('2024-05'), item('2024-08')])).toEqual([]);
    expect(findBreaks([item('2022-02'), item('2024-05')])).toEqual([
      { after: 0, kind: 'gap', empty: { from: '2022-03', to: '2024-04', months: 26 } },
    ]);
  });

  it('measures emptiness from the latest end so far, so a long range bridges later items', () => {
    expect(findBreaks([item('2022-02-01/2022-12-31'), item('2022-03-01'), item('2023-01-15')])).toEqual([]);
  });

  it('refuses unsorted input', () => {
    expect(() => findBreaks([item('2024-10-18'), item('2024-10-17')])).toThrow(/sorted/);
  });

  it('splits any sorted list into runs that keep every item once, in order', () => {
    fc.assert(
      fc.property(stripEventsArb(), (events) => {
        const breaks = findBreaks(events);
        const runs = splitAtBreaks(events, breaks);
        expect(runs.flat()).toEqual(events);
        expect(runs.length).toBe(breaks.length + 1);
        for (const run of runs) expect(new Set(run.map((e) => e.phase)).size).toBe(1);
      }),
    );
  });
});
