/**
 * Everything the timeline components print, worked out from the site model in one pure step:
 * reading numbers, the phase/month outline, the strip's inputs, filter options with counts,
 * and the figure's takeaway and source line.
 */
import type { ReportCard, TimelineEvent } from '../data/model.ts';
import { formatDateSpec } from '../format/dates.ts';
import { eventCategories, type EventCategory } from '../taxonomy.ts';
import type { StripEvent } from './strip.ts';
import { monthSpanLabel } from './dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { listInWords } from '../i18n/lists.ts';
import { useTranslations } from '../i18n/translate.ts';
import { eventNumbers, outlineTimeline, type PhaseSection } from './outline.ts';

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

/** Events must come sorted by date, as getSiteModel gives them. */
export function buildTimelineView(
  events: readonly TimelineEvent[],
  reports: readonly ReportCard[],
  locale: Locale = DEFAULT_LOCALE,
): TimelineView {
  const t = useTranslations(locale);
  const numbers = eventNumbers(events);
  const items: TimelineItem[] = events.map((e) => {
    const sourcesByReport = groupSourcesByReport(e.sources);
    return {
      ...e,
      number: numbers.get(e.id)!,
      dateText: formatDateSpec(e.date, locale),
      sourcesByReport,
      reportSlugs: sourcesByReport.map((s) => s.report.slug),
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
  };
}
