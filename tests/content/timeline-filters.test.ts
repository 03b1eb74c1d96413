/** The timeline's filter options and matching on the real events (the URL state on its own: tests/unit/timeline-filters.test.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { matchesFilters } from '../../src/lib/timeline/filters.ts';
import { realView } from '../unit/timeline-fixtures.ts';

/** The event files themselves, read without the site's code, to check the filter against. */
const rawEvents = () =>
  readdirSync('content/events')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join('content/events', f), 'utf8')) as { category: string; sources: { report: string }[] });

describe('filter options and matching (real content)', () => {
  const view = realView();
  const raw = rawEvents();

  it('offers each category used, with the number of events in it', () => {
    for (const option of view.categoryOptions) {
      expect(option.count).toBe(raw.filter((e) => e.category === option.value).length);
      const state = { category: option.value, report: null };
      expect(view.items.filter((i) => matchesFilters({ category: i.category, reports: i.reportSlugs }, state)).length).toBe(option.count);
    }
    expect(new Set(view.categoryOptions.map((o) => o.value))).toEqual(new Set(raw.map((e) => e.category)));
  });

  it('offers each cited report, counting events that cite it once however many snippets they quote', () => {
    for (const option of view.reportOptions) {
      expect(option.count).toBe(raw.filter((e) => e.sources.some((s) => s.report === option.value)).length);
    }
    expect(new Set(view.reportOptions.map((o) => o.value))).toEqual(new Set(raw.flatMap((e) => e.sources.map((s) => s.report))));
  });

  it('combines filters with AND', () => {
    for (const c of view.categoryOptions)
      for (const r of view.reportOptions) {
        const expected = raw.filter((e) => e.category === c.value && e.sources.some((s) => s.report === r.value)).length;
        const state = { category: c.value, report: r.value };
        expect(view.items.filter((i) => matchesFilters({ category: i.category, reports: i.reportSlugs }, state)).length).toBe(expected);
      }
  });
});
