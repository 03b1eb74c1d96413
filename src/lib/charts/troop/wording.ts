/**
 * The words the troop chart shows, built from the data so that no figure or date is typed in.
 * Every function takes the page's locale (the default one for the build-time images): the
 * sentences come from en.json (`chart.*`) through useTranslations, the dates and numbers from
 * the formatters, so a page in another language gets its own words.
 */
import type { Estimate } from '../../data/model.ts';
import type { DateSpec } from '../../schemas/common.ts';
import { taxonomyLabels, type EstimateQualifier, type claimantKinds } from '../../taxonomy.ts';
import { countFormatter } from '../../format/numbers.ts';
import { formatDateSpec, shortMonthNames } from '../../format/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { hedgedFigure } from './hedge.ts';

const shortMonth = (iso: string, locale: Locale) => shortMonthNames(locale)[Number(iso.slice(5, 7)) - 1]!;

/** "2024-10-18" → "18 Oct". */
export const shortDay = (iso: string, locale: Locale = DEFAULT_LOCALE) =>
  useTranslations(locale)('chart.date.day', { day: Number(iso.slice(8, 10)), month: shortMonth(iso, locale) });

/** "18 Oct", "Oct" (a month), "28 Oct–3 Nov" (a range): a date short enough for a chart label. */
export function shortDate(date: DateSpec, locale: Locale = DEFAULT_LOCALE): string {
  if (date.precision === 'day') return shortDay(date.start, locale);
  if (date.precision === 'month') return shortMonth(date.start, locale);
  return useTranslations(locale)('chart.date.range', {
    start: shortDay(date.start, locale),
    end: shortDay(date.end, locale),
  });
}

/** "Already in Russia" → "already in Russia": lower-cases the first letter only, so names keep theirs. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A claimant's name short enough for a direct label: an acronym the report gives in brackets
 * ("… Service (NIS)" → "NIS"), otherwise the name without brackets, titles after a comma or a
 * leading article. An unattributed figure says so.
 */
export function shortClaimant(
  claimant: {
    name: string;
    kind: keyof typeof claimantKinds;
    short?: string | undefined;
  },
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (claimant.short) return claimant.short;
  if (claimant.kind === 'unattributed') return useTranslations(locale)('taxonomy.claimantKind.unattributed');
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
export function markTitle(e: Estimate, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const labels = taxonomyLabels(t);
  const vars = {
    claimant: e.claimant.name,
    figure: e.asStated,
    status: lowerFirst(labels.estimateStatuses[e.status]),
    asOf: labels.asOfKinds[e.asOfKind],
    date: formatDateSpec(e.asOf, locale),
  };
  const report = e.sources[0]?.report.shortName;
  return report ? t('chart.mark.titleInReport', { ...vars, report }) : t('chart.mark.title', vars);
}

/** The two lines of a mark's direct label: the figure in the report's hedge ("10,000+"), then the claimant. */
export const markLabelLines = (
  e: Pick<Estimate, 'count' | 'qualifier' | 'claimant'>,
  locale: Locale = DEFAULT_LOCALE,
) => [hedgedFigure(e.count, e.qualifier, locale), shortClaimant(e.claimant, locale)];

/**
 * "Planned total: 12,000 (NIS); ~12,000 (not attributed)": exact figures first, one entry
 * per distinct wording and claimant (two reports' records of the NIS's 12,000 name it once).
 */
export function referenceLabel(
  statusLabel: string,
  claims: { figure: string; qualifier: EstimateQualifier; claimant: string }[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = useTranslations(locale);
  const unattributed = t('taxonomy.claimantKind.unattributed');
  const entries = [...claims]
    .sort((a, b) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact'))
    .map((c) =>
      t('chart.reference.claim', {
        figure: c.figure,
        claimant: c.claimant === unattributed ? t('chart.reference.unattributed') : c.claimant,
      }),
    );
  return t('chart.reference.label', {
    status: statusLabel,
    claims: [...new Set(entries)].join(t('chart.reference.separator')),
  });
}

/** The chart's SVG title: what it shows and over which dates, from the data. */
export function chartTitle(estimates: Estimate[], locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const first = estimates[0];
  const last = estimates.at(-1);
  if (!first || !last) return t('chart.title');
  return t('chart.titleWithSpan', { from: formatDateSpec(first.asOf, locale), to: formatDateSpec(last.asOf, locale) });
}

/** The chart's SVG description: how to read it, with the figures that frame it. */
export function chartDescription(
  estimates: Estimate[],
  countAxisMax: number,
  annotationTitles: string[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = useTranslations(locale);
  const count = countFormatter(locale);
  const planned = estimates.filter((e) => e.status === 'planned-total');
  const parts = [
    t('chart.description.marks', { count: estimates.length, max: count(countAxisMax) }),
    t('chart.description.encoding'),
  ];
  if (planned.length)
    parts.push(
      t('chart.description.planned', {
        counts: [...new Set(planned.map((e) => count(e.count)))].join(t('chart.description.plannedJoiner')),
      }),
    );
  if (annotationTitles.length)
    parts.push(
      t('chart.description.annotations', { titles: annotationTitles.join(t('chart.description.annotationSeparator')) }),
    );
  parts.push(t('chart.description.table'));
  return parts.join(t('chart.description.sentenceJoiner'));
}

/** The figure's headline, on the page, the embed and the standalone image. */
export const troopFigureTitle = (locale: Locale = DEFAULT_LOCALE) => useTranslations(locale)('figure.troops.name');

/** The reports the estimates cite, each once, in the order the model sorts reports (oldest first). */
export const citedReports = (estimates: Estimate[]) => [
  ...new Map(estimates.flatMap((e) => e.sources.map((s) => [s.report.slug, s.report] as const))).values(),
];

/**
 * The standalone image's source lines. The image font covers Latin script only, so rather than
 * print an outlet name it cannot draw (뉴스.net), it counts the reports and points to the page
 * that names them all, with each claim's evidence. Small counts are written in words
 * (`chart.standalone.numberWords`, "|"-separated from zero).
 */
export function standaloneFooter(estimates: Estimate[], pageUrl: string, locale: Locale = DEFAULT_LOCALE): string[] {
  const t = useTranslations(locale);
  const count = citedReports(estimates).length;
  const number = t('chart.standalone.numberWords').split('|')[count] ?? countFormatter(locale)(count);
  const address = pageUrl.replace(/^https?:\/\//, '');
  return [
    t('chart.standalone.source', { reports: t('chart.standalone.reports', { count, number }), address }),
    t('chart.standalone.note'),
  ];
}

/**
 * The page's headline, stating the finding from the data: the largest figure for soldiers
 * already in Russia (the latest of equal ones), with its claimant, its own hedge words and its
 * own date: "South Korea: more than 10,000 North Korean soldiers in Russia, as of 5 November
 * 2024". Null when no record counts soldiers in Russia (the page then keeps its plain heading).
 */
export function findingHeadline(estimates: Estimate[], locale: Locale = DEFAULT_LOCALE): string | null {
  const inRussia = estimates.filter((e) => e.status === 'in-russia');
  const top = inRussia.reduce<Estimate | undefined>(
    (best, e) => (!best || e.count > best.count || (e.count === best.count && e.asOf.end > best.asOf.end) ? e : best),
    undefined,
  );
  if (!top) return null;
  return useTranslations(locale)('troops.page.finding', {
    claimant: top.claimant.name,
    figure: top.asStated,
    asOf: top.asOfLabel,
    date: formatDateSpec(top.asOf, locale),
  });
}
