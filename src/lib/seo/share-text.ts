/**
 * The words a page shares itself with: its link-preview title and its preview image's alt text.
 * Which page it is (a report, a figure, the overview) comes from its page data (src/lib/page-data.ts);
 * how a report's unknowns read, from src/lib/format/reports.ts.
 */
import { formatPublished, sourceName, type ReportFacts } from '../format/reports.ts';

/** Alt text of a report page's preview card, which shows the headline and the outlet (or, without one, the byline). */
export const reportPreviewAlt = (report: Pick<ReportFacts, 'headline' | 'outlet' | 'author'>) =>
  `“${report.headline}” — ${sourceName(report)}. A report summary.`;

/** What a report page's share title needs from its record. */
export type ReportShareFacts = Pick<ReportFacts, 'headline' | 'outlet' | 'author' | 'published'>;

/**
 * The share title of a report page: marked as our summary, with where and when the original
 * appeared, so a card never reads as the article itself. Unknowns are said in words; when the
 * outlet is not stated the byline (if any) names the source instead.
 * "Summary: Headline (Korea Bizwire, 5 November 2024)"
 */
export const reportShareTitle = (report: ReportShareFacts): string =>
  `Summary: ${report.headline} (${sourceName(report)}, ${formatPublished(report.published)})`;

/**
 * Share titles of the section pages: their bare labels ("Timeline") give a reader on a card with
 * no site name no reason to click, so each says what the page holds. Keyed by page path.
 */
export const SECTION_SHARE_TITLES: Readonly<Record<string, string>> = {
  '/timeline/': 'What happened, and when: a timeline of North Korea’s troop deployment to Russia',
  '/troops/': 'How many North Korean soldiers went to Russia? Every claim, kept apart',
  '/map/': 'Where the reports put North Korea’s soldiers in Russia: a map',
  '/sources/': 'Sources and method: how five reports on North Korea’s troops in Russia were read',
  '/reports/': 'Five reports on North Korea’s troops in Russia, summarised',
  '/disagreements/': 'Where five reports on North Korea’s troops in Russia disagree, side by side',
  '/corrections/': 'Corrections: what this record of North Korea’s troops in Russia got wrong, and what it says now',
};

/** The preview title of any page: a report's summary title, a section's share title, else its own title. */
export function shareTitle(pagePath: string, title: string, report: ReportShareFacts | undefined): string {
  if (report) return reportShareTitle(report);
  return SECTION_SHARE_TITLES[pagePath] ?? title;
}

/**
 * Alt text of a page's preview image. The home card shows the site name and description, so its
 * alt says that once (the old "<title> — <site name>" repeated the name twice on the home page).
 */
export function previewAlt(args: {
  overview: boolean;
  title: string;
  siteName: string;
  siteDescription: string;
  report?: Pick<ReportFacts, 'headline' | 'outlet' | 'author'> | undefined;
  figure?: { title: string; description: string } | undefined;
}): string {
  if (args.report) return reportPreviewAlt(args.report);
  if (args.figure) return `${args.figure.title}: ${args.figure.description}`;
  if (args.overview) return `${args.siteName} — ${args.siteDescription}`;
  return `${args.title} — ${args.siteName}`;
}
