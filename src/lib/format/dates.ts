/**
 * Date wording for readers, in one module that takes a locale (default: the site's). Pure and
 * UTC-only, so output never depends on the machine's time zone. Month names come from Intl; the
 * order of day, month and year comes from the locale's dictionary ("date.*" keys).
 */
import type { DateSpec } from '../schemas/common.ts';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

type MonthWidth = 'long' | 'short';

/**
 * Where the site prints something other than Intl's month names. ICU's en-GB short form of
 * September is "Sept"; the site has always printed "Sep", in the charts' narrow month ticks too.
 */
const MONTH_OVERRIDES: Partial<Record<string, Partial<Record<MonthWidth, readonly string[]>>>> = {
  'en-GB': { short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] },
};

const monthCache = new Map<string, readonly string[]>();

/** The twelve month names, January first: "October" (long) or "Oct" (short). */
export function monthNames(width: MonthWidth = 'long', locale: Locale = DEFAULT_LOCALE): readonly string[] {
  const intl = intlLocale(locale);
  const cacheKey = `${intl}|${width}`;
  let names = monthCache.get(cacheKey) ?? MONTH_OVERRIDES[intl]?.[width];
  if (!names) {
    const format = new Intl.DateTimeFormat(intl, { month: width, timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2000, m, 1)));
  }
  monthCache.set(cacheKey, names);
  return names;
}

/** The short month names ("Jan" … "Dec"): the charts' ticks and compact dates. */
export const shortMonthNames = (locale: Locale = DEFAULT_LOCALE) => monthNames('short', locale);

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m - 1, day: d };
};

/** "18 October 2024" */
export const formatDay = (iso: string, locale: Locale = DEFAULT_LOCALE) => {
  const { year, month, day } = parts(iso);
  return useTranslations(locale)('date.day', { day, month: monthNames('long', locale)[month]!, year });
};

/** "October 2024", from "2024-10" or any date in that month. */
export const formatMonth = (iso: string, locale: Locale = DEFAULT_LOCALE) => {
  const { year, month } = parts(iso);
  return useTranslations(locale)('date.month', { month: monthNames('long', locale)[month]!, year });
};

/** "28 Oct – 1 Nov 2024", "18–22 Oct 2024", "30 Dec 2024 – 2 Jan 2025" */
export const formatRange = (start: string, end: string, locale: Locale = DEFAULT_LOCALE) => {
  const t = useTranslations(locale);
  const short = monthNames('short', locale);
  const a = parts(start);
  const b = parts(end);
  const ends = { startDay: a.day, startMonth: short[a.month]!, endDay: b.day, endMonth: short[b.month]! };
  if (a.year !== b.year) return t('date.range.acrossYears', { ...ends, startYear: a.year, endYear: b.year });
  if (a.month !== b.month) return t('date.range.acrossMonths', { ...ends, year: b.year });
  return t('date.range.withinMonth', { ...ends, year: b.year });
};

/** A date as precise as the source allows, never more. */
export const formatDateSpec = (date: DateSpec, locale: Locale = DEFAULT_LOCALE) =>
  date.precision === 'day'
    ? formatDay(date.start, locale)
    : date.precision === 'month'
      ? formatMonth(date.start, locale)
      : formatRange(date.start, date.end, locale);

/** "October to November 2024", "February 2022 to August 2024", or one month on its own ("2024-10"). */
export function formatMonthSpan(from: string, to: string, locale: Locale = DEFAULT_LOCALE) {
  if (from === to) return formatMonth(from, locale);
  const t = useTranslations(locale);
  const [a, b] = [parts(from), parts(to)];
  const long = monthNames('long', locale);
  return a.year === b.year
    ? t('date.monthSpan.withinYear', { fromMonth: long[a.month]!, toMonth: long[b.month]!, year: b.year })
    : t('date.monthSpan.acrossYears', { from: formatMonth(from, locale), to: formatMonth(to, locale) });
}

/** Value for <time datetime>: a valid HTML date, month, or (for ranges) the start day. */
export const datetimeAttr = (date: DateSpec) => (date.precision === 'month' ? date.start.slice(0, 7) : date.start);
