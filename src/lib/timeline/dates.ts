/**
 * A date as runs of text for markup: the runs that name a day or month carry the value for
 * <time datetime>, so a range becomes two machine-readable ends instead of one guessed day.
 */
import type { DateSpec } from '../schemas/common.ts';
import { formatDateSpec } from '../format/dates.ts';

export interface DateRun {
  text: string;
  /** Present on runs that name a day ("2024-10-18") or a month ("2024-10"). */
  datetime?: string;
}

/**
 * Splits the reader's wording from formatDateSpec at the range dash, so the visible text is
 * exactly what the rest of the site prints for the same date.
 */
export function dateRuns(date: DateSpec): DateRun[] {
  const text = formatDateSpec(date);
  if (date.precision === 'day') return [{ text, datetime: date.start }];
  if (date.precision === 'month') return [{ text, datetime: date.start.slice(0, 7) }];
  const dash = /\s?–\s?/.exec(text);
  if (!dash) throw new Error(`range "${text}" has no dash to split at`);
  return [
    { text: text.slice(0, dash.index), datetime: date.start },
    { text: dash[0] },
    { text: text.slice(dash.index + dash[0].length), datetime: date.end },
  ];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-10" → "October 2024" */
export const monthLabel = (yyyyMm: string) => `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(0, 4)}`;

/** "October to November 2024", "February 2022 to August 2024", or one month on its own. */
export function monthSpanLabel(from: string, to: string) {
  if (from === to) return monthLabel(from);
  const [a, b] = [monthLabel(from), monthLabel(to)];
  return from.slice(0, 4) === to.slice(0, 4) ? `${a.split(' ')[0]} to ${b}` : `${a} to ${b}`;
}

/** Months as a count a reader says aloud: "1 month", "26 months". */
export const monthCount = (n: number) => `${n} month${n === 1 ? '' : 's'}`;
