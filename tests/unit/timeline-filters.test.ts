import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isFiltered,
  NO_FILTERS,
  readFilters,
  resultSummary,
  writeFilters,
  type FilterState,
} from '../../src/lib/timeline/filters.ts';
import { defaultT as t } from '../../src/lib/i18n/translate.ts';

const allowed = { category: ['combat', 'diplomacy'], report: ['korea-bizwire', 'topgab'] };

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
    fc.assert(
      fc.property(state, fc.constantFrom('', '?x=1', '?category=diplomacy'), (s: FilterState, search) => {
        expect(readFilters(writeFilters(s, search), allowed)).toEqual(s);
      }),
    );
  });

  it('summarises results for the live region, in the wordings the component renders for the page', () => {
    // As TimelineFilters.astro words them for a timeline of `total` events.
    const wordings = (total: number) => ({
      all: t('timeline.filters.summary.all', { count: total }),
      none: t('timeline.filters.summary.none'),
      some: t('timeline.filters.summary.some', { count: total, shown: '{shown}' }),
    });
    expect(resultSummary(16, NO_FILTERS, wordings(16))).toBe('Showing all 16 events');
    expect(resultSummary(3, { category: 'combat', report: null }, wordings(16))).toBe('Showing 3 of 16 events');
    expect(resultSummary(1, { category: 'combat', report: null }, wordings(1))).toBe('Showing 1 of 1 event');
    expect(resultSummary(0, { category: 'combat', report: 'topgab' }, wordings(16))).toBe(
      'No events match these filters',
    );
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });
});
