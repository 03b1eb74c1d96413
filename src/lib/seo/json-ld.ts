/**
 * JSON-LD (schema.org) for each kind of page, as plain objects. Only what the content states is
 * emitted: a report's author, date, outlet or address that the report does not give is left out,
 * never filled with a placeholder.
 *
 * A report summary page is modelled as our WebPage *about* the original NewsArticle, so the
 * report's byline and date describe the report, not our summary (which has no byline of its own).
 */
import type { ReportCard } from '../data/model.ts';
import type { EmbeddableFigure } from '../embeds.ts';
import { PREVIEW_IMAGE } from './preview-image.ts';

/** `null` is the schema's "not stated": such a field is left out of the JSON-LD, never printed. */
const stated = (value: string | null | undefined): value is string =>
  value !== undefined && value !== null && value.trim() !== '';

export interface SiteInfo {
  /** Origin, e.g. "https://example.org". */
  url: string;
  name: string;
  description: string;
  /** schema.org inLanguage of the page's locale (localeConfig(locale).inLanguage): our pages' language, not a report's. */
  inLanguage: string;
}

export interface PageInfo {
  /** Absolute canonical URL of the page. */
  url: string;
  title: string;
  description: string;
  /** Absolute URL of the page's preview image. */
  imageUrl: string;
  /** YYYY-MM-DD: when the page was first published (content/site.yaml), if known. */
  datePublished?: string;
  /** YYYY-MM-DD: its latest correction, or its publication date (src/lib/data/last-modified.ts). */
  dateModified?: string;
}

/** What the JSON-LD says of a report: its bibliographic fields, as the one report record carries them. */
export type ReportBibliography = Pick<ReportCard, 'headline' | 'outlet' | 'author' | 'published' | 'url' | 'language'>;

type Node = Record<string, unknown>;

/** BCP 47 tags for the language names the content uses; an unknown name is left out, not guessed. */
const LANGUAGE_TAGS: Record<string, string> = { English: 'en', Korean: 'ko', Russian: 'ru', Ukrainian: 'uk' };

const websiteId = (site: SiteInfo) => `${new URL('/', site.url).href}#website`;

export const websiteNode = (site: SiteInfo): Node => ({
  '@type': 'WebSite',
  '@id': websiteId(site),
  url: new URL('/', site.url).href,
  name: site.name,
  description: site.description,
  inLanguage: site.inLanguage,
});

const imageNode = (page: PageInfo): Node => ({
  '@type': 'ImageObject',
  url: page.imageUrl,
  width: PREVIEW_IMAGE.width,
  height: PREVIEW_IMAGE.height,
});

export const webPageNode = (page: PageInfo, site: SiteInfo, extra: Node = {}): Node => ({
  '@type': 'WebPage',
  '@id': page.url,
  url: page.url,
  name: page.title,
  description: page.description,
  inLanguage: site.inLanguage,
  isPartOf: { '@id': websiteId(site) },
  primaryImageOfPage: imageNode(page),
  ...(page.datePublished ? { datePublished: page.datePublished } : {}),
  ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  ...extra,
});

/** The original report as a NewsArticle, with only the fields its front matter states. */
export function newsArticleNode(report: ReportBibliography, id?: string): Node {
  const language = LANGUAGE_TAGS[report.language];
  return {
    '@type': 'NewsArticle',
    ...(id ? { '@id': id } : {}),
    headline: report.headline,
    ...(stated(report.author) ? { author: { '@type': 'Person', name: report.author } } : {}),
    ...(stated(report.published) ? { datePublished: report.published } : {}),
    ...(stated(report.outlet) ? { publisher: { '@type': 'Organization', name: report.outlet } } : {}),
    ...(stated(report.url) ? { url: report.url } : {}),
    ...(language ? { inLanguage: language } : {}),
  };
}

const graph = (...nodes: Node[]) => ({ '@context': 'https://schema.org', '@graph': nodes });

/** Any page that is neither a report summary nor a figure page. */
export const pageJsonLd = (page: PageInfo, site: SiteInfo) => graph(websiteNode(site), webPageNode(page, site));

/**
 * The fragment of a report page's NewsArticle id ("<page url>#report"): the preview-image step
 * (scripts/postbuild/50-preview-images.ts) finds the report in the built page's JSON-LD by it.
 */
export const REPORT_ARTICLE_FRAGMENT = '#report';

/** A report summary: our page, about the original report. */
export function reportPageJsonLd(page: PageInfo, site: SiteInfo, report: ReportBibliography) {
  const articleId = `${page.url}${REPORT_ARTICLE_FRAGMENT}`;
  return graph(
    websiteNode(site),
    webPageNode(page, site, { about: { '@id': articleId } }),
    newsArticleNode(report, articleId),
  );
}

/** A figure page: a WebPage, and for tabular figures the Dataset it shows, based on the reports. */
export function figurePageJsonLd(
  page: PageInfo,
  site: SiteInfo,
  figure: EmbeddableFigure,
  reports: readonly ReportBibliography[],
) {
  const basedOn = reports.map((r) => newsArticleNode(r));
  if (figure.schemaType === 'WebPage') return graph(websiteNode(site), webPageNode(page, site, { isBasedOn: basedOn }));
  const datasetId = `${page.url}#dataset`;
  return graph(websiteNode(site), webPageNode(page, site, { mainEntity: { '@id': datasetId } }), {
    '@type': 'Dataset',
    '@id': datasetId,
    name: figure.title,
    description: figure.description,
    url: page.url,
    image: page.imageUrl,
    isAccessibleForFree: true,
    inLanguage: site.inLanguage,
    isBasedOn: basedOn,
  });
}

/**
 * JSON for a `<script type="application/ld+json">` block: "<" is escaped so no string in the
 * data (a headline, say) can close the element early.
 */
export const serializeJsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
