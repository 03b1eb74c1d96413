/**
 * The home page's answer-first summary, chosen from the data rather than typed: which troop
 * figures go in the big-number box, and the span of the reports the record covers. Pure.
 */
import type { Estimate, ReportCard } from './model.ts';

/** A claimant the report does not name cannot headline the page: the summary names who says so. */
const named = (e: Estimate) => e.claimant.kind !== 'unattributed';
/** Only a date the report itself gives (kind "stated") can order claims in time; "as reported on" is a publication date. */
const stated = (e: Estimate) => e.asOfKind === 'stated';
const byAsOf = (a: Estimate, b: Estimate) =>
  a.asOf.start.localeCompare(b.asOf.start) || a.count - b.count || a.id.localeCompare(b.id);

export interface HeadlineNumbers {
  /** The first figure of troops already in Russia, by the date its report gives. */
  firstInRussia: Estimate | undefined;
  /** The latest figure of troops already in Russia, by the date its report gives. */
  latestInRussia: Estimate | undefined;
  /** The earliest planned total a named claimant gave. */
  plannedTotal: Estimate | undefined;
}

/**
 * The summary's figures: the first and the latest "already in Russia" count and the planned
 * total, each from a named claimant on a date its report states. Ties on a date go to the smaller
 * count first, then the id, so the choice never depends on file order.
 */
export function headlineNumbers(estimates: readonly Estimate[]): HeadlineNumbers {
  const pool = estimates.filter((e) => named(e) && stated(e)).sort(byAsOf);
  const inRussia = pool.filter((e) => e.status === 'in-russia');
  return {
    firstInRussia: inRussia[0],
    latestInRussia: inRussia.length > 1 ? inRussia.at(-1) : undefined,
    plannedTotal: pool.find((e) => e.status === 'planned-total'),
  };
}

/** The present figures of the summary, in reading order (first, latest, planned). */
export const headlineList = (h: HeadlineNumbers): Estimate[] =>
  [h.firstInRussia, h.latestInRussia, h.plannedTotal].filter((e): e is Estimate => e !== undefined);

export interface ReportSpan {
  count: number;
  /** Earliest and latest publication dates the reports give (ISO), or null when none is dated. */
  first: string | null;
  last: string | null;
  /** Reports that print no publication date. */
  undated: number;
}

/** What the record covers: how many reports, published between which dates. */
export function reportSpan(reports: readonly Pick<ReportCard, 'published'>[]): ReportSpan {
  const dates = reports.flatMap((r) => (r.published ? [r.published] : [])).sort();
  return {
    count: reports.length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    undated: reports.length - dates.length,
  };
}
