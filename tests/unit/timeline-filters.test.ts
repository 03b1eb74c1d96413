import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  isFiltered,
  matchesFilters,
  NO_FILTERS,
  readFilters,
  resultSummary,
  writeFilters,
  type FilterState,
} from '../../src/lib/timeline/filters.ts';
import { realView } from './timeline-fixtures.ts';

const allowed = { category: ['combat', 'diplomacy'], report: ['korea-bizwire', 'topgab'] };

/** The event files themselves, read without the site's code, to check the filter against. */
const rawEvents = () =>
  readdirSync('content/events')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join('content/events', f), 'utf8')) as { category: string; sources: { report: string }[] });

describe('filter state in the URL', () => {
  it('reads known values and ignores unknown or empty ones', () => {
    expect(readFilters('?category=combat&report=topgab', allowed)).toEqual({ category: 'combat', report: 'topgab' });
    expect(readFilters('?category=nonsense&report=', allowed)).toEqual(NO_FILTERS);
    expect(readFilters('', allowed)).toEqual(NO_FILTERS);
  });

  it('writes only the filters that are set and keeps unrelated parameters', () => {
    expect(writeFilters({ category: 'combat', report: null })).toBe('?category=combat');
    expect(writeFilters(NO_FILTERS, '?category=combat&utm=x')).toBe('?utm=x');
    expect(writeFilters(NO_FILTERS, '?category=combat')).toBe('');
  });

  it('round-trips every state through the query string', () => {
    const state = fc.record({
      category: fc.constantFrom(null, ...allowed.category),
      report: fc.constantFrom(null, ...allowed.report),
    });
    fc.assert(fc.property(state, fc.constantFrom('', '?x=1', '?category=diplomacy'), (s: FilterState, search) => {
      expect(readFilters(writeFilters(s, search), allowed)).toEqual(s);
    }));
  });

  it('summarises results for the live region', () => {
    expect(resultSummary(16, 16, NO_FILTERS)).toBe('Showing all 16 events');
    expect(resultSummary(3, 16, { category: 'combat', report: null })).toBe('Showing 3 of 16 events');
    expect(resultSummary(0, 16, { category: 'combat', report: 'topgab' })).toBe('No events match these filters');
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });
});

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
