/**
 * How a report's unknowns read, in one place. The schemas turn "not stated" into `null`
 * (src/lib/schemas/common.ts); every page, feed, image and preview says it with the words
 * below (the `report.*` keys of src/lib/i18n/en.json), one key per meaning, so a reader meets
 * the same phrase everywhere.
 */
import { formatDay } from './dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

/** The bibliographic fields whose wording is settled here; `null` is "the report does not say". */
export interface ReportFacts {
  headline: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

/** In a labelled field (Outlet: …, Author: …, Published: …), an unknown value reads as this. */
export const notStatedLabel = (locale: Locale = DEFAULT_LOCALE) => useTranslations(locale)('report.notStated');

/** "22 October 2024", or "date not stated". */
export const formatPublished = (published: string | null, locale: Locale = DEFAULT_LOCALE) =>
  published === null ? useTranslations(locale)('report.dateNotStated') : formatDay(published, locale);

/**
 * Who published a report, as a name in running text or a list: the outlet; without one the
 * byline, marked as such ("Alex Blackburn (outlet not stated)"); without either, "outlet not stated".
 * The parenthesis keeps it one item in a comma-separated list of sources.
 */
export const sourceName = (report: Pick<ReportFacts, 'outlet' | 'author'>, locale: Locale = DEFAULT_LOCALE): string => {
  const t = useTranslations(locale);
  return (
    report.outlet ??
    (report.author === null
      ? t('report.outletNotStated')
      : t('report.bylineOutletNotStated', { author: report.author }))
  );
};

/** The outlet alone inside a sentence ("a report in …"): its name, or "an outlet not stated". */
export const outletInSentence = (outlet: string | null, locale: Locale = DEFAULT_LOCALE) =>
  outlet ?? useTranslations(locale)('report.outletNotStatedInSentence');

/**
 * The short name citations use ("from Korea Bizwire"): the outlet, else the byline, else the
 * headline, so a citation always names something the report itself prints.
 */
export const shortName = (report: Pick<ReportFacts, 'outlet' | 'author' | 'headline'>): string =>
  report.outlet ?? report.author ?? report.headline;
