/** The words the troop chart shows, built from the data so that no figure or date is typed in. */
import type { Estimate } from '../../data/model.ts';
import type { DateSpec } from '../../schemas/common.ts';
import { claimantKinds, type EstimateQualifier } from '../../taxonomy.ts';
import { formatCount } from '../../format/numbers.ts';
import { formatDateSpec } from '../../format/dates.ts';

import { shortMonthNames } from '../../format/dates.ts';
const SHORT_MONTHS = shortMonthNames();

/** "2024-10-18" → "18 Oct". */
export const shortDay = (iso: string) => `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/** "18 Oct", "Oct" (a month), "28 Oct–3 Nov" (a range): a date short enough for a chart label. */
export function shortDate(date: DateSpec): string {
  if (date.precision === 'day') return shortDay(date.start);
  if (date.precision === 'month') return SHORT_MONTHS[Number(date.start.slice(5, 7)) - 1]!;
  return `${shortDay(date.start)}–${shortDay(date.end)}`;
}

/** "Already in Russia" → "already in Russia": lower-cases the first letter only, so names keep theirs. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A claimant's name short enough for a direct label: an acronym the report gives in brackets
 * ("… Service (NIS)" → "NIS"), otherwise the name without brackets, titles after a comma or a
 * leading article. An unattributed figure says so.
 */
export function shortClaimant(claimant: {
  name: string;
  kind: keyof typeof claimantKinds;
  short?: string | undefined;
}): string {
  if (claimant.short) return claimant.short;
  if (claimant.kind === 'unattributed') return claimantKinds.unattributed;
  const acronym = /\(([A-Z]{2,})\)/.exec(claimant.name);
  if (acronym) return acronym[1]!;
  const short = claimant.name
    .replace(/\s*\([^)]*\)/g, '')
    .split(',')[0]!
    .replace(/^(?:A|An)\s+/, '')
    .trim();
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * "NIS: 1,500 soldiers, already in Russia, as of 18 October 2024, in The Asia Business Daily":
 * what a mark says to a screen reader. The figure is the report's own words (asStated), and the
 * report is named because each record is one report's version of a claim.
 */
export const markTitle = (e: Estimate) =>
  `${e.claimant.name}: ${e.asStated} soldiers, ${lowerFirst(e.statusLabel)}, ${e.asOfLabel} ${formatDateSpec(e.asOf)}${e.sources[0] ? `, in ${e.sources[0].report.shortName}` : ''}`;

/** The two lines of a mark's direct label: the report's words for the figure, then the claimant. */
export const markLabelLines = (e: Pick<Estimate, 'asStated' | 'claimant'>) => [e.asStated, shortClaimant(e.claimant)];

/**
 * "Planned total: 12,000 (NIS); about 12,000 (not attributed)": exact figures first, one entry
 * per distinct wording and claimant (two reports' records of the NIS's 12,000 name it once).
 */
export const referenceLabel = (
  statusLabel: string,
  claims: { asStated: string; qualifier: EstimateQualifier; claimant: string }[],
) =>
  `${statusLabel}: ${[
    ...new Set(
      [...claims]
        .sort((a, b) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact'))
        .map(
          (c) => `${c.asStated} (${c.claimant === claimantKinds.unattributed ? c.claimant.toLowerCase() : c.claimant})`,
        ),
    ),
  ].join('; ')}`;

/** The chart's SVG title: what it shows and over which dates, from the data. */
export function chartTitle(estimates: Estimate[]): string {
  const first = estimates[0];
  const last = estimates.at(-1);
  const span = first && last ? `, ${formatDateSpec(first.asOf)} to ${formatDateSpec(last.asOf)}` : '';
  return `Troop-count claims for North Korea’s deployment to Russia${span}`;
}

/** The chart's SVG description: how to read it, with the figures that frame it. */
export function chartDescription(estimates: Estimate[], countAxisMax: number, annotationTitles: string[]): string {
  const planned = estimates.filter((e) => e.status === 'planned-total');
  const parts = [
    `${estimates.length} marks, one per claim, placed by the date each figure refers to and by its size on a count axis from 0 to ${formatCount(countAxisMax)}.`,
    'Shape and colour show what each figure counts; hollow marks with an upward arrow are minimums (“more than”, “over”, “at least”), and a dashed halo marks an approximate figure.',
  ];
  if (planned.length)
    parts.push(
      `A dashed horizontal line marks the planned total of ${[...new Set(planned.map((e) => formatCount(e.count)))].join(' and ')}.`,
    );
  if (annotationTitles.length) parts.push(`Vertical lines mark: ${annotationTitles.join('; ')}.`);
  parts.push('The table below the chart lists every claim with its sources.');
  return parts.join(' ');
}

/** The figure's headline, on the page, the embed and the standalone image. */
export const TROOP_FIGURE_TITLE = 'Every troop-count claim, by what it counts and who made it';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The reports the estimates cite, each once, in the order the model sorts reports (oldest first). */
export const citedReports = (estimates: Estimate[]) => [
  ...new Map(estimates.flatMap((e) => e.sources.map((s) => [s.report.slug, s.report] as const))).values(),
];

/**
 * The standalone image's source lines. The image font covers Latin script only, so rather than
 * print an outlet name it cannot draw (뉴스.net), it counts the reports and points to the page
 * that names them all, with each claim's evidence.
 */
export function standaloneFooter(estimates: Estimate[], pageUrl: string): string[] {
  const count = citedReports(estimates).length;
  const reports = `${NUMBER_WORDS[count] ?? count} news report${count === 1 ? '' : 's'}`;
  const address = pageUrl.replace(/^https?:\/\//, '');
  return [
    `Source: ${reports}; every claim with its claimant, sources and the reports’ own words at ${address}`,
    'Figures in each report’s own words. A date completed from wording such as “the 18th” is marked inferred; where a report gives no date for a figure, its own publication date is used (“as reported on”).',
  ];
}
