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
