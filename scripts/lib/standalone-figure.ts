/**
 * What the standalone figure images (troop chart, map) share: the page's drawing CSS turned into
 * a self-contained light-theme stylesheet, and the SVG written beside a 2x PNG rendered by resvg
 * in Arimo (Arial's metrics), one of the faces the labels are measured against. Each figure's post-build step supplies only its drawing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FIGURE_FACES, faceSfnts } from '../../src/lib/charts/kit/font/faces.ts';
import { hangulSfnts } from '../../src/lib/fonts/hangul.ts';
import { markKorean } from '../../src/lib/format/korean.ts';
import { defaultT as t } from '../../src/lib/i18n/translate.ts';
import { listInWords } from '../../src/lib/i18n/lists.ts';

/**
 * Noto Sans KR slices for the Hangul in an SVG's text, written as OpenType files for resvg (which
 * loads fonts by path). Arimo has no Hangul; resvg falls back, glyph by glyph, to a loaded font
 * that has it. Files go to one cache folder: the slices are the same from build to build.
 */
export function hangulFontFiles(svg: string): string[] {
  const dir = join(tmpdir(), 'nk-hangul-fonts');
  mkdirSync(dir, { recursive: true });
  return ([400, 600, 700] as const).flatMap((weight) =>
    hangulSfnts(svg, weight).map(({ name, data }) => {
      const file = join(dir, name);
      writeFileSync(file, data);
      return file;
    }),
  );
}

/** Custom properties declared in the first `:root { … }` block of global.css (the light theme). */
export function lightTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!block) throw new Error('global.css has no :root block');
  const raw = Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  // A token may name another (--map-front: var(--accent)), so the image gets the colour itself.
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, resolveVars(value, raw)]));
}

/** The site's light-theme tokens, read from global.css under `root`. */
export const siteLightTokens = (root: string) => lightTokens(readFileSync(join(root, 'src/styles/global.css'), 'utf8'));

/** Replaces every var(--token) with its value; an unknown token stops the build rather than painting black. */
export function resolveVars(css: string, tokens: Record<string, string>): string {
  return css.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
    const value = tokens[name];
    if (!value) throw new Error(`standalone figure: no light-theme value for --${name}`);
    return value;
  });
}

/** A standalone image's stylesheet: the page's drawing rules plus its own, comment-free, in light-theme colours. */
export function standaloneCss(drawingCss: string, extraCss: string, tokens: Record<string, string>): string {
  const withoutComments = (drawingCss + extraCss).replace(/\/\*[\s\S]*?\*\//g, '');
  return resolveVars(withoutComments, tokens).replace(/\s+/g, ' ').trim();
}

const IMAGE_FACE = FIGURE_FACES.find((face) => face.family === 'Arimo')!;

/** Writes `svg` to <outDir><paths.svg> and its 2x rendering to <outDir><paths.png>. */
export function writeSvgAndPng(outDir: string, paths: { svg: string; png: string }, drawn: string, background: string) {
  // Korean runs get lang="ko" in the downloadable SVG too, as on the page.
  const svg = markKorean(drawn);
  const svgPath = join(outDir, paths.svg);
  mkdirSync(join(svgPath, '..'), { recursive: true });
  writeFileSync(svgPath, svg);

  // resvg reads fonts from files only: hand it Arimo as plain OpenType in a throwaway folder.
  // Regular and bold only, as Arial has: weight-600 labels draw in bold, the wider of the two
  // that 600 is measured as.
  const fontDir = mkdtempSync(join(tmpdir(), 'figure-fonts-'));
  try {
    const fontFiles = ([400, 700] as const).flatMap((w) =>
      faceSfnts(IMAGE_FACE, w).map((sfnt, i) => {
        const file = join(fontDir, `arimo-${w}-${i}.ttf`);
        writeFileSync(file, sfnt);
        return file;
      }),
    );
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      background,
      font: {
        loadSystemFonts: false,
        fontFiles: [...fontFiles, ...hangulFontFiles(svg)],
        defaultFontFamily: IMAGE_FACE.family,
        sansSerifFamily: IMAGE_FACE.family,
      },
      logLevel: 'warn',
    })
      .render()
      .asPng();
    writeFileSync(join(outDir, paths.png), png);
  } finally {
    rmSync(fontDir, { recursive: true, force: true });
  }
}

/** What the credit block needs to know of each report a figure draws on. */
export interface CreditReport {
  slug: string;
  /** The outlet, or the author when the outlet is not stated (ReportCard.shortName). */
  shortName: string;
  /** "YYYY-MM-DD", or null when not stated. */
  published: string | null;
}

/**
 * The lines every downloadable figure image ends with, so a slide or a page that reuses it can
 * credit it: every outlet its data comes from (by name — the image font now draws Hangul), the
 * span of those reports' publication dates (the data is as of the latest), and the site's name
 * and address. `updated`, when given, is the date the figure's data last changed. The images
 * are one file each for the whole site, so the lines are worded in the default locale.
 */
export function creditLines(args: {
  reports: CreditReport[];
  siteName: string;
  pageUrl: string;
  formatDay: (iso: string) => string;
  updated?: string | undefined;
}): string[] {
  const reports = [...new Map(args.reports.map((r) => [r.slug, r])).values()].sort((a, b) =>
    a.shortName.localeCompare(b.shortName),
  );
  if (reports.length === 0) throw new Error('a figure image must credit at least one report');
  const dated = reports
    .map((r) => r.published)
    .filter((d) => d !== null)
    .sort();
  const undated = reports.length - dated.length;
  const first = dated[0];
  const last = dated.at(-1);
  const published =
    first === undefined || last === undefined
      ? t('figure.credit.noneDated')
      : first === last
        ? t('figure.credit.publishedOn', { date: args.formatDay(first) })
        : t('figure.credit.publishedSpan', { from: args.formatDay(first), to: args.formatDay(last) });
  const span = dated.length > 0 && undated ? t('figure.credit.someUndated', { published, count: undated }) : published;
  const reportsLine = t('figure.credit.reports', { names: listInWords(reports.map((r) => r.shortName)), span });
  return [
    args.updated
      ? t('figure.credit.reportsUpdated', { reports: reportsLine, date: args.formatDay(args.updated) })
      : reportsLine,
    t('figure.credit.graphic', { site: args.siteName, address: args.pageUrl.replace(/^https?:\/\//, '') }),
  ];
}
