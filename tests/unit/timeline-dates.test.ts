import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDateSpec, formatMonth } from '../../src/lib/format/dates.ts';
import { dateSpec } from '../../src/lib/schemas/common.ts';
import { dateRuns, monthCount, monthSpanLabel } from '../../src/lib/timeline/dates.ts';
import { dateSpecArb } from './timeline-fixtures.ts';

const spec = (iso: string) => dateSpec({ today: '2030-01-01' }).parse(iso);
const joined = (iso: string) =>
  dateRuns(spec(iso))
    .map((r) => r.text)
    .join('');

describe('event dates as readers see them', () => {
  it('prints a month-only date as the month, never as a day', () => {
    expect(formatDateSpec(spec('2024-06'))).toBe('June 2024');
    expect(dateRuns(spec('2024-06'))).toEqual([{ text: 'June 2024', datetime: '2024-06' }]);
  });

  it('prints a day in full', () => {
    expect(dateRuns(spec('2024-11-05'))).toEqual([{ text: '5 November 2024', datetime: '2024-11-05' }]);
  });

  it('shares month and year across a range inside one month', () => {
    expect(joined('2024-10-18/2024-10-22')).toBe('18–22 Oct 2024');
    expect(dateRuns(spec('2024-10-18/2024-10-22'))).toEqual([
      { text: '18', datetime: '2024-10-18' },
      { text: '–' },
      { text: '22 Oct 2024', datetime: '2024-10-22' },
    ]);
  });

  it('names both months of a range across months, and the year once', () => {
    expect(joined('2024-10-28/2024-11-03')).toBe('28 Oct – 3 Nov 2024');
    expect(dateRuns(spec('2024-10-28/2024-11-03')).map((r) => r.datetime)).toEqual([
      '2024-10-28',
      undefined,
      '2024-11-03',
    ]);
  });

  it('names both years of a range across years', () => {
    expect(joined('2024-12-30/2025-01-02')).toBe('30 Dec 2024 – 2 Jan 2025');
  });

  it('splits every possible date into runs that read exactly as the rest of the site prints it', () => {
    fc.assert(
      fc.property(dateSpecArb, (date) => {
        const runs = dateRuns(date);
        expect(runs.map((r) => r.text).join('')).toBe(formatDateSpec(date));
        for (const r of runs.filter((r) => r.datetime)) expect(r.datetime).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(
          runs
            .filter((r) => r.datetime)
            .at(-1)!
            .datetime!.slice(0, 7),
        ).toBe(date.end.slice(0, 7));
      }),
    );
  });
});

describe('month wording', () => {
  it('labels months and spans of months', () => {
    expect(formatMonth('2022-02')).toBe('February 2022');
    expect(monthSpanLabel('2024-10', '2024-11')).toBe('October to November 2024');
    expect(monthSpanLabel('2022-03', '2024-04')).toBe('March 2022 to April 2024');
    expect(monthSpanLabel('2024-09', '2024-09')).toBe('September 2024');
    expect(monthCount(1)).toBe('1 month');
    expect(monthCount(26)).toBe('26 months');
  });
});
