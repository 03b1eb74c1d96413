/**
 * The layout of the 1200×630 link-preview cards, as satori element trees (plain objects, no JSX).
 * Pure: the post-build step supplies fonts and turns the tree into a PNG.
 */
import { PREVIEW_IMAGE } from './preview-image.ts';

/**
 * The custom properties of global.css a card is drawn with, in its light theme (previews are
 * shown on white or grey in most apps). The post-build step reads them from the stylesheet, as
 * the standalone figure images do, so a card never keeps a copy of the palette.
 */
export const CARD_TOKENS = ['bg', 'fg', 'muted', 'accent'] as const;
export type CardColours = Record<(typeof CARD_TOKENS)[number], string>;

/** The card's colours from the site's light-theme tokens (`siteLightTokens`); a missing token is an error. */
export function cardColours(tokens: Readonly<Record<string, string>>): CardColours {
  const missing = CARD_TOKENS.filter((t) => !tokens[t]);
  if (missing.length > 0) throw new Error(`global.css :root lacks --${missing.join(', --')}: preview cards use them`);
  return Object.fromEntries(CARD_TOKENS.map((t) => [t, tokens[t]!])) as CardColours;
}
const PAD = 64;

export type CardContent =
  | { kind: 'text'; kicker: string; title: string; subtitle?: string | undefined; siteName: string }
  | { kind: 'figure'; kicker: string; title: string; siteName: string; figure: FigureArt };

/** The figure on a card: its natural size, and the image satori places (the renderer may swap it afterwards). */
export interface FigureArt {
  dataUri: string;
  width: number;
  height: number;
}

interface Element {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (Element | string)[] | Element | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: Element['props']['children'],
): Element => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** Cuts text at a word boundary so it fits the card; satori would otherwise overflow the frame. */
export function fitText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars * 0.6)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Headline size that keeps long headlines within about four lines. */
export const headlineSize = (text: string) => (text.length <= 50 ? 76 : text.length <= 90 ? 64 : 54);

const header = (COLOURS: CardColours, kicker: string) =>
  el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      fontSize: 26,
      fontWeight: 700,
      letterSpacing: 2,
      color: COLOURS.accent,
      textTransform: 'uppercase',
    },
    kicker,
  );

const footer = (COLOURS: CardColours, siteName: string) =>
  el(
    'div',
    {
      display: 'flex',
      borderTop: `3px solid ${COLOURS.fg}`,
      paddingTop: 18,
      fontSize: 26,
      fontWeight: 700,
      color: COLOURS.fg,
    },
    siteName,
  );

const ACCENT_BAR = 14;
const INNER = { width: PREVIEW_IMAGE.width - 2 * PAD, height: PREVIEW_IMAGE.height - ACCENT_BAR - PAD - 40 };

/** Sizes are set on an inner box: the outer one is exactly the image, with no padding to add to it. */
const frame = (COLOURS: CardColours, children: Element[]) =>
  el(
    'div',
    {
      width: PREVIEW_IMAGE.width,
      height: PREVIEW_IMAGE.height,
      display: 'flex',
      background: COLOURS.bg,
      color: COLOURS.fg,
      fontFamily: 'Inter',
      borderTop: `${ACCENT_BAR}px solid ${COLOURS.accent}`,
    },
    [
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: INNER.width,
          height: INNER.height,
          marginLeft: PAD,
          marginTop: PAD - 16,
        },
        children,
      ),
    ],
  );

/** Scales a figure to fit a box, keeping its aspect ratio. */
export function containSize(natural: { width: number; height: number }, box: { width: number; height: number }) {
  const scale = Math.min(box.width / natural.width, box.height / natural.height);
  return { width: Math.floor(natural.width * scale), height: Math.floor(natural.height * scale) };
}

export function previewCard(content: CardContent, COLOURS: CardColours): Element {
  if (content.kind === 'text') {
    const title = fitText(content.title, 150);
    return frame(COLOURS, [
      header(COLOURS, content.kicker),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
        el('div', { fontSize: headlineSize(title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, title),
        ...(content.subtitle
          ? [
              el(
                'div',
                { marginTop: 28, fontSize: 34, color: COLOURS.muted, lineHeight: 1.3 },
                fitText(content.subtitle, 140),
              ),
            ]
          : []),
      ]),
      // The home card's title is the site name: its footer would only say it again.
      ...(content.title === content.siteName ? [] : [footer(COLOURS, content.siteName)]),
    ]);
  }
  const box = { width: INNER.width, height: INNER.height - 190 };
  const size = containSize(content.figure, box);
  return frame(COLOURS, [
    header(COLOURS, content.kicker),
    el(
      'div',
      { display: 'flex', fontSize: 40, fontWeight: 700, lineHeight: 1.15, marginTop: 10 },
      fitText(content.title, 80),
    ),
    el('div', { display: 'flex', flexGrow: 1, alignItems: 'center', justifyContent: 'center', padding: '12px 0' }, [
      {
        type: 'img',
        props: {
          src: content.figure.dataUri,
          width: size.width,
          height: size.height,
          style: { width: size.width, height: size.height },
        },
      },
    ]),
    footer(COLOURS, content.siteName),
  ]);
}
