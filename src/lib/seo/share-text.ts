/**
 * The words a page shares itself with: its link-preview title and its preview image's alt text.
 * Which page it is (a report, a figure, the overview) comes from its page data (src/lib/page-data.ts);
 * how a report's unknowns read, from src/lib/format/reports.ts.
 */
import { formatPublished, sourceName, type ReportFacts } from '../format/reports.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations, type UIKey } from '../i18n/translate.ts';

/** The dictionary keys of the section pages' share titles. */
type SectionShareKey = Extract<UIKey, `share.title.section.${string}`>;

/** Alt text of a report page's preview card, which shows the headline and the outlet (or, without one, the byline). */
export const reportPreviewAlt = (
  report: Pick<ReportFacts, 'headline' | 'outlet' | 'author'>,
  locale: Locale = DEFAULT_LOCALE,
) => useTranslations(locale)('share.alt.report', { headline: report.headline, source: sourceName(report, locale) });

/** What a report page's share title needs from its record. */
export type ReportShareFacts = Pick<ReportFacts, 'headline' | 'outlet' | 'author' | 'published'>;

/**
 * The share title of a report page: marked as our summary, with where and when the original
 * appeared, so a card never reads as the article itself. Unknowns are said in words; when the
 * outlet is not stated the byline (if any) names the source instead.
 * "Summary: Headline (Korea Bizwire, 5 November 2024)"
 */
export const reportShareTitle = (report: ReportShareFacts, locale: Locale = DEFAULT_LOCALE): string =>
  useTranslations(locale)('share.title.report', {
    headline: report.headline,
    source: sourceName(report, locale),
    published: formatPublished(report.published, locale),
  });

/**
 * Share titles of the section pages: their bare labels ("Timeline") give a reader on a card with
 * no site name no reason to click, so each says what the page holds. Keyed by page path.
 */
export const SECTION_SHARE_TITLES: Readonly<Record<string, SectionShareKey>> = {
  '/timeline/': 'share.title.section.timeline',
  '/timeline/full/': 'share.title.section.timelineFull',
  '/troops/': 'share.title.section.troops',
  '/map/': 'share.title.section.map',
  '/sources/': 'share.title.section.sources',
  '/reports/': 'share.title.section.reports',
  '/disagreements/': 'share.title.section.disagreements',
  '/corrections/': 'share.title.section.corrections',
};

/** The preview title of any page: a report's summary title, a section's share title, else its own title. */
export function shareTitle(
  pagePath: string,
  title: string,
  report: ReportShareFacts | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (report) return reportShareTitle(report, locale);
  const key = SECTION_SHARE_TITLES[pagePath];
  return key ? useTranslations(locale)(key) : title;
}

/**
 * Alt text of a page's preview image. The home card shows the site name and description, so its
 * alt says that once (the old "<title> — <site name>" repeated the name twice on the home page).
 */
export function previewAlt(
  args: {
    overview: boolean;
    title: string;
    siteName: string;
    siteDescription: string;
    report?: Pick<ReportFacts, 'headline' | 'outlet' | 'author'> | undefined;
    figure?: { title: string; description: string } | undefined;
  },
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = useTranslations(locale);
  if (args.report) return reportPreviewAlt(args.report, locale);
  if (args.figure) return t('share.alt.figure', args.figure);
  if (args.overview) return t('share.alt.overview', { site: args.siteName, description: args.siteDescription });
  return t('share.alt.page', { title: args.title, site: args.siteName });
}
