/**
 * A figure written the way a chart label says it, keeping the source's hedge: "10,000+" for
 * "more than 10,000", "~12,000" for "about 12,000", "at least 10,000", "up to 20,000". One
 * function for every label, so no label drops or adds a hedge; the words come from en.json
 * (`chart.hedge.<qualifier>`), the number from the locale's formatter.
 */
import type { EstimateQualifier } from '../../taxonomy.ts';
import { countFormatter } from '../../format/numbers.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';

const HEDGE_KEYS = {
  exact: 'chart.hedge.exact',
  about: 'chart.hedge.about',
  'more-than': 'chart.hedge.more-than',
  'at-least': 'chart.hedge.at-least',
  'up-to': 'chart.hedge.up-to',
} as const satisfies Record<EstimateQualifier, string>;

export const hedgedFigure = (count: number, qualifier: EstimateQualifier, locale: Locale = DEFAULT_LOCALE) =>
  useTranslations(locale)(HEDGE_KEYS[qualifier], { count: countFormatter(locale)(count) });
