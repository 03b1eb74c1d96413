/**
 * The timeline list's structure: phases, then months, with a marker wherever the break finder
 * says a stretch of time was left out. Pure, so ordering and grouping are unit-tested.
 */
import { groupByMonth } from '../data/model.ts';
import { findBreaks, splitAtBreaks, type Phase, type PhasedItem, type TimelineBreak } from './breaks.ts';
import { monthCount, monthSpanLabel } from './dates.ts';
import { formatMonth } from '../format/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';

/** Each phase's name in a locale ("Background", "The deployment"). */
export const phaseLabels = (t: Translate): Record<Phase, string> => ({
  background: t('timeline.phase.background'),
  deployment: t('timeline.phase.deployment'),
});

export interface GapMarker {
  months: number;
  /** "26 months with no events in these reports" */
  text: string;
  /** "March 2022 to April 2024" */
  span: string;
  /** "2022-03", "2024-04": for <time datetime>. */
  from: string;
  to: string;
}

export type OutlineItem<T> =
  { kind: 'month'; month: string; label: string; events: T[] } | { kind: 'gap'; gap: GapMarker };

export interface PhaseSection<T> {
  phase: Phase;
  /** "Background, February 2022 to August 2024" */
  heading: string;
  /** The empty stretch between the previous phase and this one, if any. */
  gapBefore?: GapMarker;
  items: OutlineItem<T>[];
  events: T[];
}

const gapMarker = (empty: NonNullable<TimelineBreak['empty']>, locale: Locale): GapMarker => ({
  months: empty.months,
  text: useTranslations(locale)('timeline.gap', { months: monthCount(empty.months, locale) }),
  span: monthSpanLabel(empty.from, empty.to, locale),
  from: empty.from,
  to: empty.to,
});

/** Items sorted by start date → one section per phase, each a run of month groups and gap markers. */
export function outlineTimeline<T extends PhasedItem>(
  items: readonly T[],
  minGapMonths?: number,
  locale: Locale = DEFAULT_LOCALE,
): PhaseSection<T>[] {
  const t = useTranslations(locale);
  const labels = phaseLabels(t);
  const breaks = findBreaks(items, minGapMonths);
  const runs = splitAtBreaks(items, breaks);
  const sections: PhaseSection<T>[] = [];
  runs.forEach((run, i) => {
    const phase = run[0]!.phase;
    const breakBefore = breaks[i - 1];
    let section = sections.at(-1);
    if (!section || section.phase !== phase) {
      section = {
        phase,
        heading: '',
        items: [],
        events: [],
        ...(breakBefore?.empty && { gapBefore: gapMarker(breakBefore.empty, locale) }),
      };
      sections.push(section);
    } else if (breakBefore?.empty) {
      section.items.push({ kind: 'gap', gap: gapMarker(breakBefore.empty, locale) });
    }
    for (const group of groupByMonth(run))
      section.items.push({
        kind: 'month',
        month: group.month,
        label: formatMonth(group.month, locale),
        events: group.items,
      });
    section.events.push(...run);
  });
  for (const section of sections) {
    const months = section.items.flatMap((item) => (item.kind === 'month' ? [item.month] : []));
    section.heading = t('timeline.phaseHeading', {
      phase: labels[section.phase],
      span: monthSpanLabel(months[0]!, months.at(-1)!, locale),
    });
  }
  return sections;
}

/** Reading numbers 1…n in date order: the labels shared by the strip's marks and the list. */
export const eventNumbers = (items: readonly { id: string }[]) => new Map(items.map((item, i) => [item.id, i + 1]));
