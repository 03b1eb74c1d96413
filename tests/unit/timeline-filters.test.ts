import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COUNT_SLOT,
  isFiltered,
  NO_FILTERS,
  optionCounts,
  optionWording,
  reachableState,
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

describe('option counts and reachable states', () => {
  // A made-up record: combat is only in korea-bizwire, diplomacy in both reports.
  const items = [
    { category: 'combat', reports: ['korea-bizwire'] },
    { category: 'diplomacy', reports: ['korea-bizwire', 'topgab'] },
    { category: 'diplomacy', reports: ['topgab'] },
  ];

  it('counts each option together with the other filter’s value', () => {
    const none = optionCounts(items, NO_FILTERS, allowed);
    expect(none.category).toEqual({ '': 3, combat: 1, diplomacy: 2 });
    expect(none.report).toEqual({ '': 3, 'korea-bizwire': 2, topgab: 2 });
    const topgab = optionCounts(items, { category: null, report: 'topgab' }, allowed);
    // Combat + topgab leaves nothing: the count the script disables the option on.
    expect(topgab.category).toEqual({ '': 2, combat: 0, diplomacy: 2 });
    expect(topgab.report).toEqual({ '': 3, 'korea-bizwire': 2, topgab: 2 });
    expect(topgab.total).toBe(2);
    const combat = optionCounts(items, { category: 'combat', report: null }, allowed);
    expect(combat.report).toEqual({ '': 1, 'korea-bizwire': 1, topgab: 0 });
  });

  it('matches counting by hand for every state', () => {
    const state = fc.record({
      category: fc.constantFrom(null, ...allowed.category),
      report: fc.constantFrom(null, ...allowed.report),
    });
    fc.assert(
      fc.property(state, (s) => {
        const counts = optionCounts(items, s, allowed);
        for (const c of ['', ...allowed.category])
          expect(counts.category[c]).toBe(
            items.filter((i) => (c === '' || i.category === c) && (s.report === null || i.reports.includes(s.report)))
              .length,
          );
        expect(counts.total).toBe(counts.category[s.category ?? '']);
        expect(counts.total).toBe(counts.report[s.report ?? '']);
      }),
    );
  });

  it('keeps a state that leaves events, and drops the report, then both, when it leaves none', () => {
    expect(reachableState(items, { category: 'diplomacy', report: 'topgab' })).toEqual({
      category: 'diplomacy',
      report: 'topgab',
    });
    expect(reachableState(items, { category: 'combat', report: 'topgab' })).toEqual({
      category: 'combat',
      report: null,
    });
    expect(reachableState(items, { category: 'reaction', report: 'topgab' })).toEqual(NO_FILTERS);
    expect(reachableState(items, NO_FILTERS)).toEqual(NO_FILTERS);
  });

  it('fills an option’s wording with its count', () => {
    expect(optionWording(`Combat (${COUNT_SLOT})`, 0)).toBe('Combat (0)');
  });
});
