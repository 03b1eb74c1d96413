/**
 * The link-preview tags (Open Graph and Twitter card) for a page, as data, so the layout only
 * prints them and tests can check them without a browser.
 */
import { PREVIEW_IMAGE } from './preview-image.ts';

export interface PreviewInput {
  siteName: string;
  /** og:locale of the page's locale (localeConfig(locale).ogLocale), e.g. en_GB. */
  ogLocale: string;
  /** The page's own title, without the site name (previews show the site name separately). */
  title: string;
  description: string;
  /** Absolute canonical URL; absent for pages that have none (the 404 page). */
  url?: string | undefined;
  /** Absolute URL of the 1200×630 preview image. */
  imageUrl: string;
  imageAlt: string;
  type: 'website' | 'article';
  /**
   * For articles (our report summaries): when our page was first published and last changed, as
   * ISO dates. Each is printed only when given: the site keeps no publication date of its own yet,
   * so none is invented. Never the original report's date, which belongs to the report.
   */
  publishedTime?: string | undefined;
  modifiedTime?: string | undefined;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter and others. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export function previewMetaTags(input: PreviewInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({
    attribute: 'property',
    key: key.startsWith('article:') ? key : `og:${key}`,
    content,
  });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('site_name', input.siteName),
    og('type', input.type),
    og('title', input.title),
    og('description', input.description),
    ...(input.url ? [og('url', input.url)] : []),
    og('locale', input.ogLocale),
    ...(input.type === 'article' && input.publishedTime ? [og('article:published_time', input.publishedTime)] : []),
    ...(input.type === 'article' && input.modifiedTime ? [og('article:modified_time', input.modifiedTime)] : []),
    og('image', input.imageUrl),
    og('image:type', PREVIEW_IMAGE.type),
    og('image:width', String(PREVIEW_IMAGE.width)),
    og('image:height', String(PREVIEW_IMAGE.height)),
    og('image:alt', input.imageAlt),
    tw('card', 'summary_large_image'),
    tw('title', input.title),
    tw('description', input.description),
    tw('image', input.imageUrl),
    tw('image:alt', input.imageAlt),
  ];
}

/** Meta tags whose content must be an absolute URL for a preview to work. */
export const URL_META_KEYS = ['og:url', 'og:image', 'twitter:image'] as const;
