/**
 * What kind of page a path is, for the metadata the layout prints. Derived from the path alone so
 * page files need not pass anything beyond their title and description.
 */
const REPORT_PAGE = /^\/reports\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** "/reports/blackburn/" → "blackburn"; any other path → undefined (the reports index too). */
export const reportSlugFromPath = (pagePath: string): string | undefined => REPORT_PAGE.exec(pagePath)?.[1];

const NOT_STATED = 'not stated';

/** Alt text of a report page's preview card, which shows the headline and the outlet (or, without one, the byline). */
export const reportPreviewAlt = (headline: string, outlet: string, author: string = NOT_STATED) =>
  `“${headline}” — ${outlet !== NOT_STATED ? outlet : author !== NOT_STATED ? `by ${author}, outlet not stated` : 'outlet not stated'}. A report summary.`;

/** What a report page's share title needs from its front matter. */
export interface ReportShareFacts {
  headline: string;
  outlet: string;
  author: string;
  /** "YYYY-MM-DD" or "not stated". */
  published: string;
}

/**
 * The share title of a report page: marked as our summary, with where and when the original
 * appeared, so a card never reads as the article itself. Unknowns are said in words; when the
 * outlet is not stated the byline (if any) names the source instead.
 * "Summary: Headline (Korea Bizwire, 5 November 2024)"
 */
export function reportShareTitle(report: ReportShareFacts, formatDay: (iso: string) => string): string {
  const outlet =
    report.outlet === NOT_STATED
      ? report.author === NOT_STATED
        ? 'outlet not stated'
        : `${report.author}, outlet not stated`
      : report.outlet;
  const date = report.published === NOT_STATED ? 'date not stated' : formatDay(report.published);
  return `Summary: ${report.headline} (${outlet}, ${date})`;
}

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
export function shareTitle(
  pagePath: string,
  title: string,
  report: ReportShareFacts | undefined,
  formatDay: (iso: string) => string,
): string {
  if (report) return reportShareTitle(report, formatDay);
  return SECTION_SHARE_TITLES[pagePath] ?? title;
}

/**
 * Alt text of a page's preview image. The home card shows the site name and description, so its
 * alt says that once (the old "<title> — <site name>" repeated the name twice on the home page).
 */
export function previewAlt(args: {
  pagePath: string;
  title: string;
  siteName: string;
  siteDescription: string;
  report?: { headline: string; outlet: string; author: string } | undefined;
  figure?: { title: string; description: string } | undefined;
}): string {
  if (args.report) return reportPreviewAlt(args.report.headline, args.report.outlet, args.report.author);
  if (args.figure) return `${args.figure.title}: ${args.figure.description}`;
  if (args.pagePath === '/' || args.title === args.siteName) return `${args.siteName} — ${args.siteDescription}`;
  return `${args.title} — ${args.siteName}`;
}
