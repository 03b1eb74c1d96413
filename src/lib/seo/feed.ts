/**
 * Items of the RSS feed of report summaries. Our summaries carry no publication date of their own,
 * so items have no pubDate; the original report's date, where stated, is said in the description.
 * Newest reports first, undated ones last.
 */
import type { ReportCard } from '../data/model.ts';
import { formatPublished } from '../format/reports.ts';

const NOT_STATED = 'not stated';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
}

export function reportFeedItems(reports: ReportCard[]): FeedItem[] {
  const dated = reports.filter((r) => r.published !== NOT_STATED).sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  const undated = reports.filter((r) => r.published === NOT_STATED).sort((a, b) => a.slug.localeCompare(b.slug));
  return [...dated, ...undated].map((r) => {
    const outlet = r.outlet === NOT_STATED ? 'an outlet not stated' : r.outlet;
    const byline = r.author === NOT_STATED ? '' : ` by ${r.author}`;
    const when = r.published === NOT_STATED ? 'publication date not stated' : `published ${formatPublished(r.published)}`;
    return {
      title: r.headline,
      link: `/reports/${r.slug}/`,
      description: `${r.standfirst} (Our summary of a report${byline} in ${outlet}; ${when}.)`,
    };
  });
}
