/**
 * The figures other sites may embed, and everything derived from that list: embed page paths,
 * the copy-paste snippet, and oEmbed responses. The Embed control, the oEmbed endpoints, the
 * layout's discovery links and the tests all read this registry, so a figure is added in one place.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewImagePath, PREVIEW_IMAGE } from './seo/preview-image.ts';

export interface EmbeddableFigure {
  /** URL segment: the embed page is /embed/<name>/ and the oEmbed document /oembed/<name>.json. */
  name: string;
  /** What kind of figure it is, for labels ("Embed this chart") and preview cards. */
  kind: 'chart' | 'map' | 'timeline';
  /** Human title; becomes the iframe's `title` (its accessible name) and the oEmbed title. */
  title: string;
  /** The figure's full page on this site, e.g. "/troops/". */
  fullPagePath: string;
  /** Iframe height in CSS pixels before (or without) the host script sizing it to its content. */
  defaultHeight: number;
  /** One sentence on what the figure shows; used for the figure page's structured data. */
  description: string;
  /** Structured-data type of the figure page: a Dataset when the figure is a table of records. */
  schemaType: 'Dataset' | 'WebPage';
  /** A standalone SVG of the figure emitted by the build, used for its link-preview image when present. */
  standaloneSvgPath: string;
}

export const EMBEDDABLE_FIGURES: readonly EmbeddableFigure[] = [
  {
    name: 'troops',
    kind: 'chart',
    title: 'How many North Korean troops? Every claimed figure',
    fullPagePath: '/troops/',
    defaultHeight: 640,
    description:
      'Each troop count the five reports give for North Korea’s 2024 deployment to Russia, with who claimed it, what it counts and as of when.',
    schemaType: 'Dataset',
    standaloneSvgPath: '/images/troop-estimates.svg',
  },
  {
    name: 'map',
    kind: 'map',
    title: 'Where the reports place the deployment',
    fullPagePath: '/map/',
    defaultHeight: 560,
    description: 'The places the five reports name in connection with the deployment, each with what the reports say happened there.',
    schemaType: 'WebPage',
    standaloneSvgPath: '/images/map.svg',
  },
  {
    name: 'timeline',
    kind: 'timeline',
    title: 'Timeline of the deployment',
    fullPagePath: '/timeline/',
    defaultHeight: 720,
    description: 'The dated events the five reports describe, in order, each with the reports that state it.',
    schemaType: 'Dataset',
    standaloneSvgPath: '/images/timeline.svg',
  },
];

/** Width oEmbed consumers are told the embed prefers; the iframe itself fills its container. */
export const OEMBED_WIDTH = 640;
/** The host script every snippet loads, at a stable, unfingerprinted path. */
export const HOST_SCRIPT_PATH = '/embed.js';
/** Its source, copied as it is into the build (which checks the copy: scripts/postbuild/05-embed-integrity.ts). */
export const HOST_SCRIPT_SOURCE = join('public', 'embed.js');

/** A Subresource Integrity value (sha384, as browsers and the SRI spec recommend) for a file's bytes. */
export const subresourceIntegrity = (bytes: Buffer | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let hostScriptIntegrity: string | undefined;
/** The integrity of public/embed.js, read once per build; snippets pin the host script to exactly these bytes. */
export const publishedHostScriptIntegrity = () =>
  (hostScriptIntegrity ??= subresourceIntegrity(readFileSync(join(process.cwd(), HOST_SCRIPT_SOURCE))));

export const embedPath = (figure: Pick<EmbeddableFigure, 'name'>) => `/embed/${figure.name}/`;
export const oembedPath = (figure: Pick<EmbeddableFigure, 'name'>) => `/oembed/${figure.name}.json`;

export function getFigure(name: string): EmbeddableFigure {
  const figure = EMBEDDABLE_FIGURES.find((f) => f.name === name);
  if (!figure) throw new Error(`no embeddable figure named "${name}"; known: ${EMBEDDABLE_FIGURES.map((f) => f.name).join(', ')}`);
  return figure;
}

/** The figure whose full page is at this path, if any ("/troops/" and "/troops" both match). */
export function figureForPagePath(pagePath: string): EmbeddableFigure | undefined {
  const normal = `/${pagePath.replace(/index\.html$/, '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return EMBEDDABLE_FIGURES.find((f) => f.fullPagePath === normal);
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a newsroom pastes: an iframe that works on its own at the default height (and is
 * lazy-loaded, titled for screen readers, and sends our site only the host's origin as referrer),
 * plus the host script that then fits it to its content. The script is pinned by Subresource
 * Integrity, so if the file on our server ever changed the host's browser would refuse to run it
 * (`crossorigin` makes the browser fetch it with CORS, which the integrity check needs).
 * The inline style is for the host page; if the host's own policy blocks it, the script applies
 * the same width and border through the CSS object model, which such policies allow.
 */
export function embedSnippet(figure: EmbeddableFigure, siteUrl: string, integrity = publishedHostScriptIntegrity()): string {
  const src = new URL(embedPath(figure), siteUrl).href;
  const script = new URL(HOST_SCRIPT_PATH, siteUrl).href;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(figure.title)}" height="${figure.defaultHeight}" ` +
    `loading="lazy" referrerpolicy="strict-origin-when-cross-origin" style="width:100%;border:0"></iframe>\n` +
    `<script src="${escapeAttribute(script)}" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous" async></script>`
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
}

/** The oEmbed 1.0 "rich" response for a figure (spec: oembed.com, section 2.3.4). */
export function oembedFor(figure: EmbeddableFigure, siteUrl: string, providerName: string): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: figure.title,
    provider_name: providerName,
    provider_url: new URL('/', siteUrl).href,
    html: embedSnippet(figure, siteUrl),
    width: OEMBED_WIDTH,
    height: figure.defaultHeight,
    thumbnail_url: new URL(previewImagePath(figure.fullPagePath), siteUrl).href,
    thumbnail_width: PREVIEW_IMAGE.width,
    thumbnail_height: PREVIEW_IMAGE.height,
    cache_age: 86_400,
  };
}
