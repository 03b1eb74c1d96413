/**
 * A date as runs of text for markup: the runs that name a day or month carry the value for
 * <time datetime>, so a range becomes two machine-readable ends instead of one guessed day.
 */
import type { DateSpec } from '../schemas/common.ts';
import { formatDateSpec } from '../format/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface DateRun {
  text: string;
  /** Present on runs that name a day ("2024-10-18") or a month ("2024-10"). */
  datetime?: string;
}

/**
 * Splits the reader's wording from formatDateSpec at the range dash, so the visible text is
 * exactly what the rest of the site prints for the same date.
 */
export function dateRuns(date: DateSpec, locale: Locale = DEFAULT_LOCALE): DateRun[] {
  const text = formatDateSpec(date, locale);
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

/** Months as a count a reader says aloud: "1 month", "26 months". */
export const monthCount = (n: number, locale: Locale = DEFAULT_LOCALE) =>
  useTranslations(locale)('date.monthCount', { count: n });

/** The month-span wording lives with the other date formats; the timeline and its strip call it by this name. */
export { formatMonthSpan as monthSpanLabel } from '../format/dates.ts';
