/**
 * What a page is and says about itself, computed once (Starlight's route data is the model):
 * its kind, its report or figure, its titles, preview image and alt text, and its JSON-LD. The
 * page states its kind and hands over its report or figure; nothing here reads them back from the
 * URL. The layouts only print what this returns. Pure: src/lib/data/site.ts `getPageData`
 * supplies the page history and the reports from the build's data.
 */
import type { PageHistory } from './data/last-modified.ts';
import type { ReportCard } from './data/model.ts';
import type { EmbeddableFigure } from './embeds.ts';
import { figurePageJsonLd, pageJsonLd, reportPageJsonLd, type PageInfo, type SiteInfo } from './seo/json-ld.ts';
import { previewImagePath } from './seo/preview-image.ts';
import { previewAlt, shareTitle } from './seo/share-text.ts';
import type { Locale, LocaleConfig } from './i18n/config.ts';
import { useTranslations } from './i18n/translate.ts';

interface PageText {
  /** The page's own title (without the site name). */
  title: string;
  description: string;
}

/** What a page says it is. A report page hands over its report; a figure page or embed, its figure. */
export type PageRequest = PageText &
  (
    | { kind: 'overview' | 'section' | 'not-found' }
    | { kind: 'report'; report: ReportCard }
    | { kind: 'figure' | 'embed'; figure: EmbeddableFigure }
  );
export type PageKind = PageRequest['kind'];

export interface PageData extends PageText {
  kind: PageKind;
  /** The page's path, e.g. "/reports/blackburn/". */
  path: string;
  report: ReportCard | undefined;
  figure: EmbeddableFigure | undefined;
  /** Kept out of search and sharing under its own URL (the 404 page; embeds, whose full page is canonical). */
  noindex: boolean;
  /** Text of the <title> element. */
  documentTitle: string;
  /** Title for link previews (without the site name). */
  previewTitle: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute canonical URL: the page's own, an embed's full page, none for the 404 page. */
  canonicalUrl: string | undefined;
  imageUrl: string;
  imageAlt: string;
  /** og:type: a report summary is an article. */
  type: 'website' | 'article';
  /** When our page was published and last changed (content/site.yaml and the corrections log). */
  history: PageHistory;
  /** The page's structured data; none for pages that are not indexed. */
  jsonLd: unknown;
  /** The page's locale and its record: what `<html lang>`, og:locale and inLanguage print. */
  locale: Locale;
  language: LocaleConfig;
}

export interface PageContext {
  /** The site's origin (Astro.site). */
  site: URL;
  /** The page's own path (Astro.url.pathname). */
  path: string;
  history: PageHistory;
  /** Every report, in the site's order: a figure page's Dataset is based on all of them. */
  reports: readonly ReportCard[];
  /** The page's locale (Astro.locals.locale): its UI strings, dates and numbers. */
  locale: Locale;
  /**
   * That locale's record, localeConfig(locale). Handed in rather than looked up here so a test
   * can give a record of a locale the site does not have yet and see every tag follow it.
   */
  language: LocaleConfig;
}

export function pageData(request: PageRequest, context: PageContext): PageData {
  const { site, path, history, locale, language } = context;
  const t = useTranslations(locale);
  const siteName = t('site.name');
  const siteDescription = t('site.description');
  const report = request.kind === 'report' ? request.report : undefined;
  const figure = request.kind === 'figure' || request.kind === 'embed' ? request.figure : undefined;
  const embed = request.kind === 'embed';
  const noindex = request.kind === 'not-found' || embed;
  // An embed previews, and is canonical, as its figure's full page.
  const ownPath = embed ? figure!.fullPagePath : path;
  const url = new URL(path, site).href;
  const canonicalUrl = request.kind === 'not-found' ? undefined : new URL(ownPath, site).href;
  const page: PageInfo = {
    url,
    title: request.title,
    description: request.description,
    imageUrl: new URL(previewImagePath(ownPath), site).href,
    datePublished: history.published,
    dateModified: history.modified,
  };
  const siteInfo: SiteInfo = {
    url: site.origin,
    name: siteName,
    description: siteDescription,
    inLanguage: language.inLanguage,
  };
  const jsonLd = noindex
    ? undefined
    : report
      ? reportPageJsonLd(page, siteInfo, report)
      : figure
        ? figurePageJsonLd(page, siteInfo, figure, context.reports)
        : pageJsonLd(page, siteInfo);
  return {
    kind: request.kind,
    title: request.title,
    description: request.description,
    path,
    report,
    figure,
    noindex,
    documentTitle:
      request.kind === 'overview' ? siteName : t('page.documentTitle', { title: request.title, site: siteName }),
    previewTitle: embed ? request.title : shareTitle(path, request.title, report, locale),
    url,
    canonicalUrl,
    imageUrl: page.imageUrl,
    imageAlt: previewAlt(
      {
        overview: request.kind === 'overview',
        title: request.title,
        siteName,
        siteDescription,
        report,
        figure,
      },
      locale,
    ),
    type: report ? 'article' : 'website',
    history,
    jsonLd,
    locale,
    language,
  };
}
