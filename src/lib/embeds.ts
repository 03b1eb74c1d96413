/**
 * The figures other sites may embed, and everything derived from that list: embed page paths,
 * the copy-paste snippet, and oEmbed responses. The Embed control, the oEmbed endpoints, the
 * layout's discovery links and the tests all read this registry, so a figure is added in one place.
 * Its titles, descriptions and labels are the default locale's strings (en.json's `figure.*`
 * keys through defaultT), read once at build time; the sentences built below take a locale.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImagePath, PREVIEW_IMAGE } from './seo/preview-image.ts';
import type { ReportCard, SiteModel } from './data/model.ts';
import { MAP_IMAGE_PATHS } from './data/map-urls.ts';
import { TROOP_IMAGE_PATHS } from './charts/troop/config.ts';
import { TIMELINE_IMAGE_PATHS } from './seo/social-images.ts';
import { markKorean } from './format/korean.ts';
import { heightCss, heightCurve, type HeightSamples } from './embed-height.ts';
import { notStatedLabel, sourceName } from './format/reports.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/config.ts';
import { listInWords } from './i18n/lists.ts';
import { defaultT, useTranslations } from './i18n/translate.ts';

export interface EmbeddableFigure {
  /** URL segment: the embed page is /embed/<name>/ and the oEmbed document /oembed/<name>.json. */
  name: string;
  /** What kind of figure it is, for labels ("Embed this chart") and preview cards. */
  kind: 'chart' | 'map' | 'timeline';
  /**
   * The figure's one citable name (en.json `figure.<name>.name`): its heading on the page and in
   * the embed, the iframe's `title` (its accessible name), the embed page's title and og:title,
   * the oEmbed title and the standalone image's title. Cards and editors cite it by this name.
   */
  title: string;
  /** The figure's full page on this site, e.g. "/troops/". */
  fullPagePath: string;
  /** One sentence on what the figure shows; used for the figure page's structured data. */
  description: string;
  /** Structured-data type of the figure page: a Dataset when the figure is a table of records. */
  schemaType: 'Dataset' | 'WebPage';
  /** A standalone SVG of the figure emitted by the build, used for its link-preview image when present. */
  standaloneSvgPath: string;
  /** The standalone PNG of the same figure: the static fallback for AMP, Apple News and oEmbed. */
  standalonePngPath: string;
  /**
   * The embed page's height in CSS pixels, measured in Chromium with the frame at each width
   * (tests/browser/embed-hosts.test.ts sweeps the widths and fails when the built page outgrows
   * the snippet's height). Always 360 and 700 px; where the page switches layout, a sample on
   * each side of the switch (one pixel apart), so the snippet's height steps with it.
   */
  measuredHeights: MeasuredHeights;
  /** Query parameters the embed page understands beyond theme and background, for the snippet builder. */
  filters?: readonly { name: string; values: string }[];
  /** Other versions of the figure, each its own embed page at /embed/<name>/<path>/. */
  variants?: readonly EmbedVariant[];
}

export interface EmbedVariant {
  path: string;
  /** For the snippet builder's choice. */
  label: string;
  /** The variant's iframe title (its accessible name). */
  title: string;
  measuredHeights: MeasuredHeights;
}

/** Heights by frame width; 360 and 700 px are always measured (oEmbed reports the 700 px one). */
export type MeasuredHeights = HeightSamples & { 360: number; 700: number };

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/** What a snippet can ask of the embed page; each becomes a query parameter, or a sub-path for a variant. */
export interface EmbedOptions {
  theme?: EmbedTheme;
  transparent?: boolean;
  variant?: string;
}

export const EMBEDDABLE_FIGURES: readonly EmbeddableFigure[] = [
  {
    name: 'troops',
    kind: 'chart',
    title: defaultT('figure.troops.name'),
    fullPagePath: '/troops/',
    description: defaultT('figure.troops.description'),
    schemaType: 'Dataset',
    standaloneSvgPath: TROOP_IMAGE_PATHS.svg,
    standalonePngPath: TROOP_IMAGE_PATHS.png,
    // The chart's layouts switch at 544 and 844 px frames (520 and 820 px containers plus the page's padding).
    measuredHeights: { 280: 1561, 360: 1440, 543: 1546, 544: 1072, 700: 1094, 843: 1223, 844: 967, 1100: 1096 },
  },
  {
    name: 'map',
    kind: 'map',
    title: defaultT('figure.map.name'),
    fullPagePath: '/map/',
    description: defaultT('figure.map.description'),
    schemaType: 'WebPage',
    standaloneSvgPath: MAP_IMAGE_PATHS.svg,
    standalonePngPath: MAP_IMAGE_PATHS.png,
    // The map's layouts switch at 584 and 904 px frames; between them its height is not a straight
    // line (labels and panels reflow), so it is sampled wherever a straight line would fall short.
    measuredHeights: {
      280: 2388,
      320: 2243,
      360: 2071,
      536: 2043,
      552: 2023,
      582: 1983,
      583: 1957,
      584: 1301,
      620: 1324,
      700: 1279,
      800: 1343,
      903: 1387,
      904: 1319,
      1120: 1436,
    },
  },
  {
    name: 'timeline',
    kind: 'timeline',
    title: defaultT('figure.timeline.name'),
    fullPagePath: '/timeline/',
    description: defaultT('figure.timeline.description'),
    schemaType: 'Dataset',
    standaloneSvgPath: TIMELINE_IMAGE_PATHS.svg,
    standalonePngPath: TIMELINE_IMAGE_PATHS.png,
    measuredHeights: { 280: 17249, 360: 13218, 500: 10024, 700: 8339, 800: 8007 },
    variants: [
      {
        path: 'key',
        label: defaultT('figure.timeline.key.label'),
        title: defaultT('figure.timeline.key.name'),
        measuredHeights: { 280: 1570, 360: 1277, 540: 980, 700: 891, 800: 823 },
      },
    ],
    filters: [
      { name: 'category', values: defaultT('figure.timeline.filter.category') },
      { name: 'report', values: defaultT('figure.timeline.filter.report') },
    ],
  },
];

/** Width oEmbed consumers are told the embed prefers; the iframe itself fills its container. */
export const OEMBED_WIDTH = 640;
/** The host script every snippet loads, at a stable, unfingerprinted path. */
export const HOST_SCRIPT_PATH = '/embed.js';
/** Its source, copied as it is into the build (which checks the copy: scripts/postbuild/05-embed-integrity.ts). */
export const HOST_SCRIPT_SOURCE = join('public', 'embed.js');

/** A Subresource Integrity value (sha384, as browsers and the SRI spec recommend) for a file's bytes. */
export const subresourceIntegrity = (bytes: Buffer | string) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let hostScriptIntegrity: string | undefined;
/** The integrity of public/embed.js, read once per build; snippets pin the host script to exactly these bytes. */
export const publishedHostScriptIntegrity = () =>
  (hostScriptIntegrity ??= subresourceIntegrity(readFileSync(join(process.cwd(), HOST_SCRIPT_SOURCE))));

export const embedPath = (figure: Pick<EmbeddableFigure, 'name'>) => `/embed/${figure.name}/`;
export const oembedPath = (figure: Pick<EmbeddableFigure, 'name'>) => `/oembed/${figure.name}.json`;

export function getFigure(name: string): EmbeddableFigure {
  const figure = EMBEDDABLE_FIGURES.find((f) => f.name === name);
  if (!figure)
    throw new Error(`no embeddable figure named "${name}"; known: ${EMBEDDABLE_FIGURES.map((f) => f.name).join(', ')}`);
  return figure;
}

/** The figure a frame on this page shows: the one whose full page or embed page (or variant) is at the path. */
export function figureShownAt(pagePath: string): EmbeddableFigure | undefined {
  const embedded = /^\/embed\/([^/]+)\//.exec(pagePath)?.[1];
  return embedded ? EMBEDDABLE_FIGURES.find((f) => f.name === embedded) : figureForPagePath(pagePath);
}

/** The figure whose full page is at this path, if any ("/troops/" and "/troops" both match). */
export function figureForPagePath(pagePath: string): EmbeddableFigure | undefined {
  const normal = `/${pagePath.replace(/index\.html$/, '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return EMBEDDABLE_FIGURES.find((f) => f.fullPagePath === normal);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed page a snippet points at: /embed/<name>/[<variant>/] with ?theme= and ?bg= when not the defaults. */
export function embedSrc(figure: EmbeddableFigure, siteUrl: string, options: EmbedOptions = {}): string {
  const variant = options.variant ? figure.variants?.find((v) => v.path === options.variant) : undefined;
  if (options.variant && !variant) throw new Error(`figure "${figure.name}" has no variant "${options.variant}"`);
  const url = new URL(`${embedPath(figure)}${variant ? `${variant.path}/` : ''}`, siteUrl);
  if (options.theme && options.theme !== 'light') url.searchParams.set('theme', options.theme);
  if (options.transparent) url.searchParams.set('bg', 'transparent');
  return url.href;
}

/** The measured heights of the page a snippet embeds (the variant's, if any). */
export const heightsFor = (figure: EmbeddableFigure, variant?: string) =>
  (variant && figure.variants?.find((v) => v.path === variant)?.measuredHeights) || figure.measuredHeights;

/** Room added to the measured heights: another browser's fonts, a host column a little narrower than its viewport. */
export const HEIGHT_MARGIN = 48;
/** How much narrower than the viewport the embed's column is assumed to be (a phone article's side padding). */
const HOST_GUTTER = 32;

/** The iframe's height without the host script, as CSS: see embed-height.ts. */
export const fallbackHeightCss = (heights: MeasuredHeights): string =>
  heightCss(heightCurve(heights, { margin: HEIGHT_MARGIN, gutter: HOST_GUTTER }));

/** The tallest measured height plus the margin: the `height` attribute, for hosts that strip inline styles. */
export const tallestHeight = (heights: MeasuredHeights): number => Math.max(...Object.values(heights)) + HEIGHT_MARGIN;

/**
 * The HTML a newsroom pastes: an iframe that shows the whole figure on its own (its height
 * follows the viewport's width, from heights measured at 360 and 700 px; the `height` attribute
 * is the taller of them, for hosts that strip inline styles), lazy-loaded, titled for screen
 * readers, sending our site only the host's origin as referrer; plus the host script that then
 * fits it to its content exactly. The script is pinned by Subresource Integrity, so if the file
 * on our server ever changed the host's browser would refuse to run it (`crossorigin` makes the
 * browser fetch it with CORS, which the integrity check needs). If the host's own policy blocks
 * the inline style, the script applies width, border and height through the CSS object model.
 */
export function embedSnippet(
  figure: EmbeddableFigure,
  siteUrl: string,
  integrity = publishedHostScriptIntegrity(),
  options: EmbedOptions = {},
): string {
  const src = embedSrc(figure, siteUrl, options);
  const script = new URL(HOST_SCRIPT_PATH, siteUrl).href;
  const heights = heightsFor(figure, options.variant);
  const tallest = tallestHeight(heights);
  const background = options.transparent ? 'background:transparent;' : '';
  const title = figure.variants?.find((v) => v.path === options.variant)?.title ?? figure.title;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${tallest}" ` +
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `style="width:100%;border:0;${background}height:${fallbackHeightCss(heights)}"></iframe>\n` +
    `<script src="${escapeAttribute(script)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous" async></script>`
  );
}

/** One line naming the sources: "Sources: A, B and C (outlet not stated). Compiled by <site>." */
export function sourceLine(outlets: readonly string[], siteName: string, locale: Locale = DEFAULT_LOCALE): string {
  const list = outlets.length === 0 ? notStatedLabel(locale) : listInWords(outlets, locale);
  return useTranslations(locale)('embed.sourceLine', { sources: list, site: siteName });
}

/**
 * The static fallback for places that run no iframes or scripts (AMP without amp-iframe, Apple
 * News): the standalone PNG, with the figure's description as alt text, linking to the full page,
 * and the source line under it. Korean runs (뉴스.net) are marked lang="ko" for the host page.
 */
export function staticFallback(
  figure: EmbeddableFigure,
  siteUrl: string,
  credit: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const page = new URL(figure.fullPagePath, siteUrl).href;
  const image = new URL(figure.standalonePngPath, siteUrl).href;
  return markKorean(
    `<figure><a href="${escapeAttribute(page)}"><img src="${escapeAttribute(image)}" alt="${escapeAttribute(useTranslations(locale)('share.alt.figure', { title: figure.title, description: figure.description }))}" style="width:100%;height:auto"></a>` +
      `<figcaption>${escapeAttribute(credit)}</figcaption></figure>`,
  );
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
  /** Not in the spec (consumers ignore unknown fields): the static image and its source line, for consumers that run no iframes. */
  fallback_html: string;
}

/**
 * The oEmbed 1.0 "rich" response for a figure (spec: oembed.com, section 2.3.4). Its `html` is
 * the snippet followed by the static fallback in <noscript>, for consumers that strip scripts.
 */
export function oembedFor(
  figure: EmbeddableFigure,
  siteUrl: string,
  providerName: string,
  credit: string,
  locale: Locale = DEFAULT_LOCALE,
): OEmbedRich {
  const fallback = staticFallback(figure, siteUrl, credit, locale);
  return {
    version: '1.0',
    type: 'rich',
    title: figure.title,
    provider_name: providerName,
    provider_url: new URL('/', siteUrl).href,
    html: `${embedSnippet(figure, siteUrl)}\n<noscript>${fallback}</noscript>`,
    width: OEMBED_WIDTH,
    height: figure.measuredHeights[700] + HEIGHT_MARGIN,
    thumbnail_url: new URL(previewImagePath(figure.fullPagePath), siteUrl).href,
    thumbnail_width: PREVIEW_IMAGE.width,
    thumbnail_height: PREVIEW_IMAGE.height,
    cache_age: 86_400,
    fallback_html: fallback,
  };
}

/** The records a figure is drawn from: each carries its citations. */
const RECORDS_OF: Record<EmbeddableFigure['kind'], (model: SiteModel) => { sources: { report: ReportCard }[] }[]> = {
  chart: (model) => model.estimates,
  map: (model) => model.places,
  timeline: (model) => model.events,
};

/**
 * The outlets of the reports a figure draws on, in the site's report order, each once; a report
 * whose outlet is not stated is named by its byline, marked "(outlet not stated)" (format/reports.ts), never guessed.
 */
export function figureOutlets(
  figure: EmbeddableFigure,
  model: SiteModel,
  records = RECORDS_OF[figure.kind](model),
  locale: Locale = DEFAULT_LOCALE,
): string[] {
  const cited = new Set(records.flatMap((r) => r.sources.map((s) => s.report.slug)));
  const names = model.reports.filter((r) => cited.has(r.slug)).map((r) => sourceName(r, locale));
  return [...new Set(names)];
}
