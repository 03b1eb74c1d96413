/**
 * Items of the RSS feed: the corrections log, then the report summaries. Our summaries carry no
 * publication date of their own, so their items have no pubDate; the original report's date, where
 * stated, is said in the description. Newest reports first, undated ones last. A correction is dated
 * the day it was made, and links to its entry on /corrections/.
 */
import type { ReportCard } from '../data/model.ts';
import { formatPublished, outletInSentence } from '../format/reports.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Only for items that have a date of their own (corrections). */
  pubDate?: Date;
}

export interface CorrectionRecord {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  wrong: string;
  now: string;
}

/** One item per correction, newest first (same-day ones in id order, like the log's page). */
export const correctionFeedItems = (
  corrections: readonly CorrectionRecord[],
  locale: Locale = DEFAULT_LOCALE,
): FeedItem[] =>
  [...corrections]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((c) => ({
      title: useTranslations(locale)('feed.correction.title', { title: c.title }),
      link: `/corrections/#${c.id}`,
      // Midnight UTC: the log records days, not times, and dates on this site are UTC throughout.
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: useTranslations(locale)('feed.correction.description', { wrong: c.wrong, now: c.now }),
    }));

export function reportFeedItems(reports: ReportCard[], locale: Locale = DEFAULT_LOCALE): FeedItem[] {
  const t = useTranslations(locale);
  const dated = reports
    .flatMap((r) => (r.published === null ? [] : [{ ...r, published: r.published }]))
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  const undated = reports.filter((r) => r.published === null).sort((a, b) => a.slug.localeCompare(b.slug));
  return [...dated, ...undated].map((r) => {
    const byline = r.author === null ? '' : t('feed.report.byline', { author: r.author });
    const when =
      r.published === null
        ? formatPublished(null, locale)
        : t('feed.report.published', { date: formatPublished(r.published, locale) });
    return {
      title: r.headline,
      link: `/reports/${r.slug}/`,
      description: t('feed.report.description', {
        standfirst: r.standfirst,
        byline,
        outlet: outletInSentence(r.outlet, locale),
        when,
      }),
    };
  });
}
