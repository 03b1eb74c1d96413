/**
 * Where the timeline breaks: between background and deployment, and across long stretches in
 * which no event happened. The list and the overview strip both read these, so the gap a reader
 * sees in the strip is the same gap the list marks.
 */
import type { DateSpec } from '../schemas/common.ts';

export type Phase = 'background' | 'deployment';

export interface PhasedItem {
  date: DateSpec;
  phase: Phase;
}

export interface TimelineBreak {
  /** Index of the last item before the break (in the sorted input). */
  after: number;
  /** 'phase' when the phase changes here; 'gap' for a long empty stretch inside a phase. */
  kind: 'phase' | 'gap';
  /** Whole calendar months with no event at all, first and last ("2022-03", "2024-04"); absent when none. */
  empty?: { from: string; to: string; months: number };
}

/** Empty stretches shorter than this stay on the axis and in the list as they are. */
export const MIN_GAP_MONTHS = 3;

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const monthIso = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Breaks in items sorted by start date. An empty stretch is measured from the latest end seen
 * so far, so a long range that covers later items keeps them on one axis.
 */
export function findBreaks(items: readonly PhasedItem[], minGapMonths = MIN_GAP_MONTHS): TimelineBreak[] {
  const breaks: TimelineBreak[] = [];
  let coveredTo = -Infinity;
  items.forEach((item, i) => {
    const prev = items[i - 1];
    if (prev) {
      if (item.date.start < prev.date.start) throw new Error('findBreaks needs items sorted by start date');
      const startMonth = monthIndex(item.date.start);
      const months = startMonth - coveredTo - 1;
      const empty = months > 0 ? { from: monthIso(coveredTo + 1), to: monthIso(startMonth - 1), months } : undefined;
      if (prev.phase !== item.phase) breaks.push({ after: i - 1, kind: 'phase', ...(empty && { empty }) });
      else if (empty && months >= minGapMonths) breaks.push({ after: i - 1, kind: 'gap', empty });
    }
    coveredTo = Math.max(coveredTo, monthIndex(item.date.end));
  });
  return breaks;
}

/** The items between breaks, in order: the runs a broken axis draws as separate segments. */
export function splitAtBreaks<T>(items: readonly T[], breaks: readonly TimelineBreak[]): T[][] {
  const runs: T[][] = [];
  let from = 0;
  for (const b of breaks) {
    runs.push(items.slice(from, b.after + 1));
    from = b.after + 1;
  }
  if (from < items.length) runs.push(items.slice(from));
  return runs;
}
