/**
 * Post-build step: draws each page's 1200×630 link-preview PNG at the address its og:image names.
 *
 * Why a post-build step rather than Astro endpoints: it reads each *built* page's own metadata
 * (og tags, JSON-LD), so an image can never disagree with its page and any page added later gets
 * one with no extra code; and it runs after every other build output exists, so a figure page's
 * card can show the standalone SVG that the figure's own build emits (/images/*.svg), falling
 * back to a title card when there is none.
 *
 * Report pages show the headline and the outlet (from the page's NewsArticle JSON-LD); figure
 * pages the figure itself; other pages their title and description. A build step with no page:
 * its words (kickers) are the default locale's (defaultT, src/lib/i18n/en.json).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readPageHead, type PageHead } from '../../src/lib/seo/head-reader.ts';
import { cardColours, previewCard, type CardColours, type CardContent } from '../../src/lib/seo/preview-card.ts';
import { PREVIEW_IMAGE, previewImagePath } from '../../src/lib/seo/preview-image.ts';
import { figureForPagePath } from '../../src/lib/embeds.ts';
import { formatPublished, sourceName } from '../../src/lib/format/reports.ts';
import { REPORT_ARTICLE_FRAGMENT } from '../../src/lib/seo/json-ld.ts';
import { NAV_ITEMS } from '../../src/lib/nav.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { defaultT as t } from '../../src/lib/i18n/translate.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import { interFontFiles, interWoffs } from '../lib/inter-files.ts';
import { hangulSatoriFonts } from '../../src/lib/fonts/hangul.ts';
import { hangulFontFiles, siteLightTokens } from '../lib/standalone-figure.ts';

let colours: CardColours | undefined;
/** The cards' colours, from global.css's light theme like the standalone figure images (read once). */
const siteCardColours = () => (colours ??= cardColours(siteLightTokens(process.cwd())));
import { htmlFilesUnder, pagePathOf } from '../lib/dist-files.ts';

const FIGURE_KICKERS = {
  chart: t('preview.kicker.chart'),
  map: t('preview.kicker.map'),
  timeline: t('preview.kicker.timeline'),
} as const;

const loadFonts = interWoffs;
const resvgFontFiles = interFontFiles;

/** Natural size of a standalone SVG, from width/height or the viewBox. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const number = (name: string) =>
    Number.parseFloat(new RegExp(`\\b${name}="([\\d.]+)(px)?"`).exec(root)?.[1] ?? 'NaN');
  const viewBox = /viewBox="([^"]+)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = number('width') || viewBox?.[2];
  const height = number('height') || viewBox?.[3];
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height))
    throw new Error('standalone SVG has neither width/height nor a viewBox');
  return { width, height };
}

/** Stands in for the figure while satori lays out the card; swapped for the figure's own SVG afterwards. */
const FIGURE_SLOT = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" id="figure-slot"/>').toString('base64')}`;

/** What a card shows; for a figure page with a standalone SVG, that SVG too. */
interface CardPlan {
  content: CardContent;
  figureSvg?: string;
}

export function cardContent(head: PageHead, pagePath: string, outDir: string): CardPlan {
  const article = head.jsonLd.find(
    (node) =>
      node['@type'] === 'NewsArticle' &&
      typeof node['@id'] === 'string' &&
      node['@id'].endsWith(REPORT_ARTICLE_FRAGMENT),
  );
  if (article) {
    // The JSON-LD leaves out what the report does not state: say so in the site's words
    // (format/reports.ts), and where the outlet is unknown, name the byline.
    const source = {
      outlet: (article['publisher'] as { name?: string } | undefined)?.name ?? null,
      author: (article['author'] as { name?: string } | undefined)?.name ?? null,
    };
    const published = typeof article['datePublished'] === 'string' ? article['datePublished'] : null;
    const subtitle = t('reports.card.meta', { source: sourceName(source), published: formatPublished(published) });
    return {
      content: {
        kind: 'text',
        kicker: t('report.page.kicker'),
        title: String(article['headline']),
        subtitle,
        siteName: SITE_NAME,
      },
    };
  }
  const figure = figureForPagePath(pagePath);
  const title = head.meta['og:title'] ?? head.title;
  if (figure) {
    const svgFile = join(outDir, figure.standaloneSvgPath);
    if (existsSync(svgFile)) {
      const svg = readFileSync(svgFile, 'utf8');
      const art = { dataUri: FIGURE_SLOT, ...svgSize(svg) };
      return {
        content: { kind: 'figure', kicker: FIGURE_KICKERS[figure.kind], title, siteName: SITE_NAME, figure: art },
        figureSvg: svg,
      };
    }
    console.warn(`postbuild: preview for ${pagePath} uses a title card: ${figure.standaloneSvgPath} was not built`);
    return {
      content: {
        kind: 'text',
        kicker: FIGURE_KICKERS[figure.kind],
        title,
        subtitle: head.meta['og:description'],
        siteName: SITE_NAME,
      },
    };
  }
  const section = NAV_ITEMS.find((item) => item.href !== '/' && pagePath.startsWith(item.href))?.label;
  const explainer = t('preview.kicker.explainer');
  const kicker = pagePath === '/' ? explainer : head.noindex ? t('notFound.title') : (section ?? explainer);
  return { content: { kind: 'text', kicker, title, subtitle: head.meta['og:description'], siteName: SITE_NAME } };
}

export type Fonts = ReturnType<typeof loadFonts>;

/**
 * Puts the figure's SVG where satori placed the slot, as a nested <svg> element rather than an
 * image: resvg then draws its text with the fonts it was given, which it does not do for images.
 */
export function inlineFigure(cardSvg: string, figureSvg: string): string {
  const slot = new RegExp(`<image\\b[^>]*href="${FIGURE_SLOT.replace(/[+/]/g, '\\$&')}"[^>]*/>`).exec(cardSvg);
  if (!slot) throw new Error('the card has no figure slot');
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(slot[0])?.[1] ?? '0';
  const open = /<svg\b[^>]*>/i.exec(figureSvg);
  if (!open) throw new Error('the figure file is not an SVG');
  const { width, height } = svgSize(figureSvg);
  const viewBox = /viewBox="([^"]+)"/.exec(open[0])?.[1] ?? `0 0 ${width} ${height}`;
  const inner = figureSvg.slice(open.index + open[0].length, figureSvg.lastIndexOf('</svg>'));
  const nested = `<svg x="${attr('x')}" y="${attr('y')}" width="${attr('width')}" height="${attr('height')}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${inner}</svg>`;
  return cardSvg.slice(0, slot.index) + nested + cardSvg.slice(slot.index + slot[0].length);
}

/**
 * The card as satori draws it, and the text no bundled font could draw (empty when every
 * character has a glyph). A subtitle that cannot be drawn is left off rather than boxed.
 */
export async function drawCard(
  content: CardContent,
  fonts: Fonts,
  label: string,
): Promise<{ svg: string; missing: string[] }> {
  const missing: string[] = [];
  const draw = (c: CardContent) =>
    satori(previewCard(c, siteCardColours()) as never, {
      width: PREVIEW_IMAGE.width,
      height: PREVIEW_IMAGE.height,
      fonts,
      // Called for text the Inter files cannot draw (they cover Latin, Cyrillic and Greek): Hangul
      // gets the Noto Sans KR slices holding its characters; anything else is reported below.
      loadAdditionalAsset: (_language, segment) => {
        const fonts = hangulSatoriFonts(segment);
        if (fonts.length === 0) missing.push(segment);
        return Promise.resolve(fonts);
      },
    });
  let svg = await draw(content);
  if (missing.length > 0 && content.kind === 'text' && content.subtitle) {
    console.warn(
      `postbuild: preview for ${label} leaves out "${content.subtitle}": no bundled font has "${missing.join('')}"`,
    );
    const dropped = [...missing];
    missing.length = 0;
    svg = await draw({ ...content, subtitle: undefined });
    return { svg, missing: dropped };
  }
  if (missing.length > 0)
    console.warn(`postbuild: preview for ${label} cannot draw "${missing.join('')}" with the bundled fonts`);
  return { svg, missing };
}

async function renderPng(
  { content, figureSvg }: CardPlan,
  fonts: Fonts,
  fontFiles: string[],
  label: string,
): Promise<Buffer> {
  let { svg } = await drawCard(content, fonts, label);
  if (figureSvg) svg = inlineFigure(svg, figureSvg);
  const font = {
    loadSystemFonts: false,
    fontFiles: [...fontFiles, ...(figureSvg ? hangulFontFiles(figureSvg) : [])],
    defaultFontFamily: 'Inter',
    sansSerifFamily: 'Inter',
    serifFamily: 'Inter',
    monospaceFamily: 'Inter',
  };
  return new Resvg(svg, { fitTo: { mode: 'original' }, font }).render().asPng();
}

export async function run(outDir: string) {
  const fonts = loadFonts();
  const fontFiles = resvgFontFiles();
  const site = new URL(SITE_URL);
  // Each image is drawn once, from the page it belongs to: embed pages reuse their full page's image.
  const jobs = new Map<string, { head: PageHead; pagePath: string }>();
  for (const file of htmlFilesUnder(outDir)) {
    const head = readPageHead(readFileSync(join(outDir, file), 'utf8'));
    const image = head.meta['og:image'];
    if (!image) throw new Error(`${file} has no og:image`);
    const url = new URL(image);
    if (url.origin !== site.origin || !url.pathname.startsWith(PREVIEW_IMAGE.dir)) continue;
    const pagePath = pagePathOf(file);
    const ownsImage = previewImagePath(head.canonical ? new URL(head.canonical).pathname : pagePath) === url.pathname;
    if (ownsImage || !jobs.has(url.pathname)) jobs.set(url.pathname, { head, pagePath });
  }
  for (const [imagePath, { head, pagePath }] of jobs) {
    const png = await renderPng(cardContent(head, pagePath, outDir), fonts, fontFiles, pagePath);
    const size = pngSize(png);
    if (size.width !== PREVIEW_IMAGE.width || size.height !== PREVIEW_IMAGE.height)
      throw new Error(`${imagePath} came out ${size.width}×${size.height}`);
    const target = join(outDir, imagePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, png);
  }
  console.log(`postbuild: drew ${jobs.size} preview images`);
}
