/**
 * The model's records reduced to what the troop chart draws: one entry per claim with its
 * wording, the annotated events picked by id, and the planned-total reference lines.
 */
import type { Estimate, TimelineEvent } from '../../data/model.ts';
import type { DateSpec } from '../../schemas/common.ts';
import { taxonomyLabels, type EstimateQualifier, type EstimateStatus } from '../../taxonomy.ts';
import { countFormatter } from '../../format/numbers.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { AnnotationChoice } from './config.ts';
import { hedgedFigure } from './hedge.ts';
import { markLabelLines, markTitle, referenceLabel, shortClaimant, shortDate } from './wording.ts';

export interface ChartEstimate {
  id: string;
  count: number;
  qualifier: EstimateQualifier;
  status: EstimateStatus;
  asOf: DateSpec;
  /** Full sentence for the mark's SVG title and accessible name. */
  title: string;
  /** Lines of the direct label: the count in its hedge ("10,000+"), then the claimant. */
  labelLines: string[];
  /**
   * Marks with the same key are one claimant's same figure for the same thing on the same date,
   * carried by several reports: they sit side by side, and one direct label names them all (the
   * table lists each record).
   */
  sameClaim: string;
}

export interface ChartAnnotation {
  id: string;
  date: DateSpec;
  /** "18 Oct: South Korea’s spy agency goes public". */
  label: string;
  /** The event's own title, for the tooltip. */
  title: string;
}

export interface ChartReference {
  status: EstimateStatus;
  count: number;
  label: string;
  /** Fallback without claimants, for when the full label finds no room; the marks are then labelled themselves. */
  shortLabel: string;
  /** Estimates the reference line names, so their marks need no label of their own. */
  estimateIds: string[];
}

export interface TroopChartData {
  estimates: ChartEstimate[];
  annotations: ChartAnnotation[];
  references: ChartReference[];
}

/** The chart's annotations as content/copy/troops.yaml lists them. */
export const annotationChoices = (copy: { annotations: { event: string; label: string }[] }): AnnotationChoice[] =>
  copy.annotations.map((a) => ({ eventId: a.event, label: a.label }));

/** Events chosen for annotation, by id; a missing id is a content error, not a silent gap. */
export function pickAnnotationEvents(events: TimelineEvent[], choices: AnnotationChoice[]) {
  return choices.map((choice) => {
    const event = events.find((e) => e.id === choice.eventId);
    if (!event) throw new Error(`troop chart annotation names unknown event "${choice.eventId}"`);
    return { choice, event };
  });
}

/** One reference line per planned-total count, naming every claimant of that count. */
export function plannedTotalReferences(estimates: Estimate[], locale: Locale = DEFAULT_LOCALE): ChartReference[] {
  const t = useTranslations(locale);
  const status = taxonomyLabels(t).estimateStatuses['planned-total'];
  const planned = estimates.filter((e) => e.status === 'planned-total');
  const counts = [...new Set(planned.map((e) => e.count))].sort((a, b) => b - a);
  return counts.map((count) => {
    const claims = planned.filter((e) => e.count === count);
    return {
      status: 'planned-total',
      count,
      label: referenceLabel(
        status,
        claims.map((e) => ({
          figure: hedgedFigure(e.count, e.qualifier, locale),
          qualifier: e.qualifier,
          claimant: shortClaimant(e.claimant, locale),
        })),
        locale,
      ),
      shortLabel: t('chart.reference.short', { status, total: countFormatter(locale)(count) }),
      estimateIds: claims.map((e) => e.id),
    };
  });
}

export function troopChartData(
  model: { estimates: Estimate[]; events: TimelineEvent[] },
  choices: AnnotationChoice[],
  locale: Locale = DEFAULT_LOCALE,
): TroopChartData {
  const t = useTranslations(locale);
  return {
    estimates: model.estimates.map((e) => ({
      id: e.id,
      count: e.count,
      qualifier: e.qualifier,
      status: e.status,
      asOf: e.asOf,
      title: markTitle(e, locale),
      labelLines: markLabelLines(e, locale),
      sameClaim: [e.status, e.count, e.qualifier, e.claimant.name, e.asOf.iso].join('|'),
    })),
    annotations: pickAnnotationEvents(model.events, choices).map(({ choice, event }) => ({
      id: event.id,
      date: event.date,
      label: t('chart.annotation.label', { date: shortDate(event.date, locale), label: choice.label }),
      title: event.title,
    })),
    references: plannedTotalReferences(model.estimates, locale),
  };
}
