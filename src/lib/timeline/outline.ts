/**
 * The timeline list's structure: phases, then months, with a marker wherever the break finder
 * says a stretch of time was left out. Pure, so ordering and grouping are unit-tested.
 */
import { groupByMonth } from '../data/model.ts';
import { findBreaks, splitAtBreaks, type Phase, type PhasedItem, type TimelineBreak } from './breaks.ts';
import { monthCount, monthLabel, monthSpanLabel } from './dates.ts';

export const PHASE_LABELS: Record<Phase, string> = {
  background: 'Background',
  deployment: 'The deployment',
};

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

const gapMarker = (empty: NonNullable<TimelineBreak['empty']>): GapMarker => ({
  months: empty.months,
  text: `${monthCount(empty.months)} with no events in these reports`,
  span: monthSpanLabel(empty.from, empty.to),
  from: empty.from,
  to: empty.to,
});

/** Items sorted by start date → one section per phase, each a run of month groups and gap markers. */
export function outlineTimeline<T extends PhasedItem>(items: readonly T[], minGapMonths?: number): PhaseSection<T>[] {
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
        ...(breakBefore?.empty && { gapBefore: gapMarker(breakBefore.empty) }),
      };
      sections.push(section);
    } else if (breakBefore?.empty) {
      section.items.push({ kind: 'gap', gap: gapMarker(breakBefore.empty) });
    }
    for (const group of groupByMonth(run))
      section.items.push({ kind: 'month', month: group.month, label: monthLabel(group.month), events: group.items });
    section.events.push(...run);
  });
  for (const section of sections) {
    const months = section.items.flatMap((item) => (item.kind === 'month' ? [item.month] : []));
    section.heading = `${PHASE_LABELS[section.phase]}, ${monthSpanLabel(months[0]!, months.at(-1)!)}`;
  }
  return sections;
}

/** Reading numbers 1…n in date order: the labels shared by the strip's marks and the list. */
export const eventNumbers = (items: readonly { id: string }[]) => new Map(items.map((item, i) => [item.id, i + 1]));
