/**
 * Everything the timeline components print, worked out from the site model in one pure step:
 * reading numbers, the phase/month outline, the strip's inputs, filter options with counts,
 * and the figure's takeaway and source line.
 */
import type { Estimate, ReportCard, TimelineEvent } from '../data/model.ts';
import { formatDateSpec, formatRange } from '../format/dates.ts';
import { estimateHref } from '../links.ts';
import { eventFigures } from './figures.ts';
import { daysSpanned, firstSentence } from './key-moments.ts';
import { eventCategories, type EventCategory } from '../taxonomy.ts';
import type { StripEvent } from './strip.ts';
import { monthSpanLabel } from './dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { listInWords } from '../i18n/lists.ts';
import { useTranslations } from '../i18n/translate.ts';
import { eventNumbers, outlineTimeline, type PhaseSection } from './outline.ts';
import type { SummaryWordings } from './filters.ts';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** A report cited by an event, with every snippet it gives for it (one report may give several). */
export interface EventSource {
  report: ReportCard;
  evidence: string[];
}

export interface TimelineItem extends TimelineEvent {
  number: number;
  dateText: string;
  /** Sources grouped by report, in the order the content lists them. */
  sourcesByReport: EventSource[];
  /** Report slugs, for the filter. */
  reportSlugs: string[];
  /** The description's first sentence: all a key moment shows on the compact timeline. */
  summary: string;
  /** The troop-count records this event carries, each with its row in the troop table. */
  figures: EventFigure[];
}

/** A troop figure an event carries, worded as its report states it, with the claimant it names. */
export interface EventFigure {
  id: string;
  asStated: string;
  /** What the figure counts ("Possibility raised"), so the link keeps the claim's own framing. */
  status: string;
  claimant: string;
  href: string;
}

/** What the timeline page's headline states: how much of the record falls in how few days. */
export interface TimelineFinding {
  inPhase: number;
  count: number;
  days: number;
  span: string;
}

export interface TimelineView {
  items: TimelineItem[];
  sections: PhaseSection<TimelineItem>[];
  strip: StripEvent[];
  categoryOptions: FilterOption[];
  reportOptions: FilterOption[];
  /** The reports any event cites, in the site's report order. */
  citedReports: ReportCard[];
  takeaway: string;
  sourceLine: string;
  inferredCount: number;
  /** Absent when no event falls in the deployment phase. */
  finding: TimelineFinding | undefined;
}

export function groupSourcesByReport(sources: TimelineEvent['sources']): EventSource[] {
  const groups = new Map<string, EventSource>();
  for (const { report, evidence } of sources) {
    const group = groups.get(report.slug);
    if (group) group.evidence.push(evidence);
    else groups.set(report.slug, { report, evidence: [evidence] });
  }
  return [...groups.values()];
}

/**
 * One link per figure as a reader sees it: two reports' records of the same figure from the same
 * claimant ("1,500, South Korea's NIS" in two outlets) read the same, so the first record's row
 * stands for both.
 */
export function distinctFigures(estimates: readonly Estimate[]): EventFigure[] {
  const seen = new Map<string, EventFigure>();
  for (const e of estimates) {
    const key = `${e.asStated}\u0000${e.statusLabel}\u0000${e.claimant.name}`;
    if (!seen.has(key))
      seen.set(key, {
        id: e.id,
        asStated: e.asStated,
        status: e.statusLabel,
        claimant: e.claimant.name,
        href: estimateHref(e.id),
      });
  }
  return [...seen.values()];
}

/**
 * Events must come sorted by date, as getSiteModel gives them. `estimates` are the troop-count
 * records events may carry (src/lib/timeline/figures.ts); without them no event links to the chart.
 */
export function buildTimelineView(
  events: readonly TimelineEvent[],
  reports: readonly ReportCard[],
  locale: Locale = DEFAULT_LOCALE,
  estimates: readonly Estimate[] = [],
): TimelineView {
  const t = useTranslations(locale);
  const numbers = eventNumbers(events);
  const figures = eventFigures(events, estimates);
  const items: TimelineItem[] = events.map((e) => {
    const sourcesByReport = groupSourcesByReport(e.sources);
    return {
      ...e,
      number: numbers.get(e.id)!,
      dateText: formatDateSpec(e.date, locale),
      sourcesByReport,
      reportSlugs: sourcesByReport.map((s) => s.report.slug),
      summary: firstSentence(e.description),
      figures: distinctFigures(figures.get(e.id) ?? []),
    };
  });
  const sections = outlineTimeline(items, undefined, locale);
  const strip: StripEvent[] = items.map((i) => ({
    id: i.id,
    number: i.number,
    title: i.title,
    dateText: i.dateText,
    date: i.date,
    inferred: i.dateInferred !== undefined,
    phase: i.phase,
  }));

  const categoryOptions = (Object.keys(eventCategories) as EventCategory[])
    .map((value) => ({ value, label: eventCategories[value], count: items.filter((i) => i.category === value).length }))
    .filter((o) => o.count > 0);
  const citedReports = reports.filter((r) => items.some((i) => i.reportSlugs.includes(r.slug)));
  const reportOptions = citedReports.map((r) => ({
    value: r.slug,
    label: r.shortName,
    count: items.filter((i) => i.reportSlugs.includes(r.slug)).length,
  }));

  const sectionMonths = (s: PhaseSection<TimelineItem>) =>
    s.items.flatMap((item) => (item.kind === 'month' ? [item.month] : []));
  const deployment = sections.find((s) => s.phase === 'deployment');
  const background = sections.find((s) => s.phase === 'background');
  const takeawayParts: string[] = [];
  if (deployment) {
    const months = sectionMonths(deployment);
    takeawayParts.push(
      t('timeline.takeaway.deployment', {
        inPhase: deployment.events.length,
        count: items.length,
        span: monthSpanLabel(months[0]!, months.at(-1)!, locale),
      }),
    );
  }
  if (background) {
    const first = sectionMonths(background)[0]!;
    takeawayParts.push(
      t('timeline.takeaway.background', {
        count: background.events.length,
        since: monthSpanLabel(first, first, locale),
      }),
    );
  }
  const deploymentItems = items.filter((i) => i.phase === 'deployment');
  const finding: TimelineFinding | undefined =
    deploymentItems.length === 0
      ? undefined
      : {
          inPhase: deploymentItems.length,
          count: items.length,
          days: daysSpanned(deploymentItems.map((i) => i.date)),
          span: formatRange(
            deploymentItems.map((i) => i.date.start).sort()[0]!,
            deploymentItems
              .map((i) => i.date.end)
              .sort()
              .at(-1)!,
            locale,
          ),
        };
  const takeaway = t('timeline.takeaway', { parts: takeawayParts.join(t('timeline.takeaway.joiner')) });
  const sourceLine = t('timeline.sourceLine', {
    reports: listInWords(
      citedReports.map((r) => r.shortName),
      locale,
    ),
  });

  return {
    items,
    sections,
    strip,
    categoryOptions,
    reportOptions,
    citedReports,
    takeaway: takeaway.charAt(0).toUpperCase() + takeaway.slice(1),
    sourceLine,
    inferredCount: items.filter((i) => i.dateInferred !== undefined).length,
    finding,
  };
}

/**
 * The first sentence of a timeline page's intro, in the three forms the filter script chooses
 * from (src/lib/timeline/filters.ts resultSummary), so the intro's count follows the filters.
 */
export function introWordings(count: number, locale: Locale = DEFAULT_LOCALE): SummaryWordings {
  const t = useTranslations(locale);
  return {
    all: t('timeline.compact.intro.all', { count }),
    none: t('timeline.compact.intro.none', { count }),
    some: t('timeline.compact.intro.some', { count, shown: '{shown}' }),
  };
}
