/** Every real event's date, as the timeline marks it up (the date wording on its own: tests/unit/timeline-dates.test.ts). */
import { describe, expect, it } from 'vitest';
import { dateRuns } from '../../src/lib/timeline/dates.ts';
import { model } from '../unit/timeline-fixtures.ts';

describe('event dates as readers see them (real content)', () => {
  it('gives every event in the content a machine-readable date that matches its start', () => {
    for (const event of model().events) {
      const first = dateRuns(event.date)[0]!;
      expect(event.date.start.startsWith(first.datetime!)).toBe(true);
    }
  });
});
