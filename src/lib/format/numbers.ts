import { estimateQualifiers, type EstimateQualifier } from '../taxonomy.ts';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../i18n/config.ts';

const formatters = new Map<Locale, (n: number) => string>();

/**
 * A count writer for a locale: 12000 → "12,000", grouped as the locale groups digits (a fixed
 * locale, never the machine's). A function of one argument, so it can be passed to map().
 */
export function countFormatter(locale: Locale = DEFAULT_LOCALE): (n: number) => string {
  let format = formatters.get(locale);
  if (!format) {
    const intl = new Intl.NumberFormat(intlLocale(locale));
    formatters.set(locale, (format = (n) => intl.format(n)));
  }
  return format;
}

/** 12000 → "12,000" in the site's default locale. */
export const formatCount = countFormatter(DEFAULT_LOCALE);

/** 10000 + at-least → "at least 10,000"; exact counts get no qualifier word. */
export const formatClaimedCount = (count: number, qualifier: EstimateQualifier, locale: Locale = DEFAULT_LOCALE) =>
  qualifier === 'exact'
    ? countFormatter(locale)(count)
    : `${estimateQualifiers[qualifier]} ${countFormatter(locale)(count)}`;
