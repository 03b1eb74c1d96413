/** The timeline's filter options and matching on the real events (the URL state on its own: tests/unit/timeline-filters.test.ts). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { matchesFilters, NO_FILTERS, optionCounts, reachableState } from '../../src/lib/timeline/filters.ts';
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

describe('option counts on the real events', () => {
  const view = realView();
  const items = view.items.map((i) => ({ category: i.category, reports: i.reportSlugs }));
  const options = {
    category: view.categoryOptions.map((o) => o.value),
    report: view.reportOptions.map((o) => o.value),
  };

  it('with no filter, gives the counts the options are built with', () => {
    const counts = optionCounts(items, NO_FILTERS, options);
    for (const o of view.categoryOptions) expect(counts.category[o.value]).toBe(o.count);
    for (const o of view.reportOptions) expect(counts.report[o.value]).toBe(o.count);
    expect(counts.total).toBe(view.items.length);
  });

  it('counts Combat as 0 once 뉴스.net is chosen, so that pair is not offered', () => {
    // The review's dead end (Combat + 뉴스.net); checked against the files, so new content that fills it fails loudly here.
    const raw = rawEvents();
    expect(raw.some((e) => e.category === 'combat' && e.sources.some((s) => s.report === 'news-net'))).toBe(false);
    expect(optionCounts(items, { category: null, report: 'news-net' }, options).category['combat']).toBe(0);
    expect(optionCounts(items, { category: 'combat', report: null }, options).report['news-net']).toBe(0);
    expect(reachableState(items, { category: 'combat', report: 'news-net' })).toEqual({ category: 'combat', report: null });
  });

  it('never counts an option above what the other filter leaves', () => {
    for (const c of [null, ...options.category])
      for (const r of [null, ...options.report]) {
        const counts = optionCounts(items, { category: c, report: r }, options);
        for (const v of options.category) expect(counts.category[v]).toBeLessThanOrEqual(counts.category['']!);
      }
  });
});
