/**
 * The timeline's filter state and its URL form (?category=combat&report=korea-bizwire). Shared
 * by the build (option lists) and the browser script, so it stays DOM-free and dependency-free.
 */

export const FILTER_PARAMS = ['category', 'report'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** null means "all". */
export type FilterState = Record<FilterParam, string | null>;

export const NO_FILTERS: FilterState = { category: null, report: null };

export interface Filterable {
  category: string;
  reports: readonly string[];
}

/** Reads the state from a query string; values that name no known option count as "all". */
export function readFilters(search: string, allowed: Record<FilterParam, readonly string[]>): FilterState {
  const params = new URLSearchParams(search);
  const pick = (key: FilterParam) => {
    const value = params.get(key);
    return value !== null && allowed[key].includes(value) ? value : null;
  };
  return { category: pick('category'), report: pick('report') };
}

/** The query string for a state, keeping any unrelated parameters; "" when nothing is left. */
export function writeFilters(state: FilterState, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of FILTER_PARAMS) {
    const value = state[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const isFiltered = (state: FilterState) => FILTER_PARAMS.some((key) => state[key] !== null);

export const matchesFilters = (item: Filterable, state: FilterState) =>
  (state.category === null || item.category === state.category) &&
  (state.report === null || item.reports.includes(state.report));

/**
 * The three wordings of the filter status, worded at build time for the page's event count (the
 * component writes them into the markup, so the browser script ships no strings). `some` holds a
 * `{shown}` placeholder for the number of events left.
 */
export interface SummaryWordings {
  all: string;
  none: string;
  some: string;
}

/** "Showing all 16 events", "Showing 3 of 16 events", "No events match these filters". */
export function resultSummary(shown: number, state: FilterState, wordings: SummaryWordings) {
  if (!isFiltered(state)) return wordings.all;
  if (shown === 0) return wordings.none;
  return wordings.some.replace('{shown}', String(shown));
}

/** Where an option's wording (written by TimelineFilters.astro) takes its count. */
export const COUNT_SLOT = '{count}';

/** An option's wording with its count filled in. */
export const optionWording = (wording: string, count: number) => wording.replace(COUNT_SLOT, String(count));

/** How many items each option of each filter would leave, given the other filter's current value. */
export type OptionCounts = Record<FilterParam, Record<string, number>> & { total: number };

/**
 * The count beside every option: an option of one filter is counted together with the other
 * filter's value, so "Combat" with the report 뉴스.net chosen reads 0 and can be turned off
 * instead of offered. `total` is what the state leaves.
 */
export function optionCounts(
  items: readonly Filterable[],
  state: FilterState,
  options: Record<FilterParam, readonly string[]>,
): OptionCounts {
  const count = (s: FilterState) => items.filter((item) => matchesFilters(item, s)).length;
  return {
    category: Object.fromEntries(['', ...options.category].map((v) => [v, count({ ...state, category: v || null })])),
    report: Object.fromEntries(['', ...options.report].map((v) => [v, count({ ...state, report: v || null })])),
    total: count(state),
  };
}

/**
 * A state that leaves at least one item. A shared URL may name a combination with no events
 * (an old link, or one typed by hand): the category is kept and the report dropped, then both,
 * so the reader never lands on an empty list.
 */
export function reachableState(items: readonly Filterable[], state: FilterState): FilterState {
  const any = (s: FilterState) => items.some((item) => matchesFilters(item, s));
  if (any(state)) return state;
  const categoryOnly = { ...state, report: null };
  return any(categoryOnly) ? categoryOnly : NO_FILTERS;
}
