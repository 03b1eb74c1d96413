/**
 * Items of the RSS feed: the corrections log, then the report summaries. Our summaries carry no
 * publication date of their own, so their items have no pubDate; the original report's date, where
 * stated, is said in the description. Newest reports first, undated ones last. A correction is dated
 * the day it was made, and links to its entry on /corrections/.
 */
import type { ReportCard } from '../data/model.ts';
import { formatPublished, outletInSentence } from '../format/reports.ts';

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
export const correctionFeedItems = (corrections: readonly CorrectionRecord[]): FeedItem[] =>
  [...corrections]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((c) => ({
      title: `Correction: ${c.title}`,
      link: `/corrections/#${c.id}`,
      // Midnight UTC: the log records days, not times, and dates on this site are UTC throughout.
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: `What the site said: ${c.wrong} What it says now: ${c.now}`,
    }));

export function reportFeedItems(reports: ReportCard[]): FeedItem[] {
  const dated = reports
    .flatMap((r) => (r.published === null ? [] : [{ ...r, published: r.published }]))
    .sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  const undated = reports.filter((r) => r.published === null).sort((a, b) => a.slug.localeCompare(b.slug));
  return [...dated, ...undated].map((r) => {
    const byline = r.author === null ? '' : ` by ${r.author}`;
    const when = r.published === null ? formatPublished(null) : `published ${formatPublished(r.published)}`;
    return {
      title: r.headline,
      link: `/reports/${r.slug}/`,
      description: `${r.standfirst} (Our summary of a report${byline} in ${outletInSentence(r.outlet)}; ${when}.)`,
    };
  });
}
