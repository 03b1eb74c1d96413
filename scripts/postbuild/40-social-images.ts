/**
 * Post-build step: the timeline as a standalone image (every event's date, title and sources,
 * with the credit lines the chart and map carry), then square and 4:5 versions of the chart, the
 * map and the timeline for social posts. A social image is the standalone SVG centred on a
 * canvas of the target size, so it says exactly what the downloadable figure says — title,
 * sources, date span and credit included. Runs after 20- and 30-, whose SVGs it reuses.
 * A build step with no page: its words are the default locale's (defaultT, src/lib/i18n/en.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel, type TimelineEvent } from '../../src/lib/data/model.ts';
import { formatDateSpec, formatDay } from '../../src/lib/format/dates.ts';
import { HANGUL_FONT_FAMILY, hangulSatoriFonts } from '../../src/lib/fonts/hangul.ts';
import { markKorean } from '../../src/lib/format/korean.ts';
import { TROOP_IMAGE_PATHS } from '../../src/lib/charts/troop/config.ts';
import { MAP_IMAGE_PATHS } from '../../src/lib/data/map-urls.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { defaultT as t } from '../../src/lib/i18n/translate.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import {
  SOCIAL_SIZES,
  TIMELINE_IMAGE_PATHS,
  socialImagePath,
  type SocialFigure,
  type SocialSize,
} from '../../src/lib/seo/social-images.ts';
import { getFigure } from '../../src/lib/embeds.ts';
import { interFontFiles, interWoffs } from '../lib/inter-files.ts';
import { creditLines, hangulFontFiles, siteLightTokens } from '../lib/standalone-figure.ts';

const root = process.cwd();
const WIDTH = 1080;

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };
const el = (type: string, style: Record<string, string | number>, children?: Node[] | string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

interface Colours {
  bg: string;
  fg: string;
  muted: string;
  rule: string;
}

/** The timeline image's layout: a title, one row per event, the credit lines. */
function timelineTree(events: TimelineEvent[], colours: Colours): Node {
  const credit = creditLines({
    reports: events.flatMap((e) => e.sources.map((s) => s.report)),
    siteName: SITE_NAME,
    pageUrl: new URL('/timeline/', SITE_URL).href,
    formatDay,
  });
  const rows = events.map((e) =>
    el('div', { display: 'flex', flexDirection: 'column', borderTop: `1px solid ${colours.rule}`, padding: '12px 0' }, [
      el(
        'div',
        { display: 'flex', fontSize: 20, fontWeight: 700, color: colours.muted },
        e.dateInferred ? t('social.timeline.dateInferred', { date: formatDateSpec(e.date) }) : formatDateSpec(e.date),
      ),
      el('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: colours.fg }, e.title),
      el(
        'div',
        { display: 'flex', fontSize: 19, color: colours.muted },
        t('social.timeline.sources', { reports: [...new Set(e.sources.map((s) => s.report.shortName))].join(', ') }),
      ),
    ]),
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: WIDTH - 2 * 56,
      padding: 56,
      background: colours.bg,
      color: colours.fg,
      fontFamily: 'Inter',
    },
    [
      el('div', { display: 'flex', fontSize: 44, fontWeight: 700, marginBottom: 8 }, getFigure('timeline').title),
      el(
        'div',
        { display: 'flex', fontSize: 22, color: colours.muted, marginBottom: 20 },
        t('social.timeline.intro', { count: events.length }),
      ),
      ...rows,
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          borderTop: `3px solid ${colours.fg}`,
          marginTop: 12,
          paddingTop: 14,
          fontSize: 19,
          color: colours.muted,
        },
        credit.map((line) => el('div', { display: 'flex' }, line)),
      ),
    ],
  );
}

async function drawTimeline(outDir: string, colours: Colours) {
  const model = buildModel(loadContent(root));
  const tree = timelineTree(model.events, colours);
  const svg = await satori(tree as never, {
    width: WIDTH,
    // Text stays text (<text>, not glyph outlines): a tenth of the size, and selectable in the SVG.
    embedFont: false,
    fonts: interWoffs(),
    loadAdditionalAsset: (_language, segment) => Promise.resolve(hangulSatoriFonts(segment)),
  });
  // Satori names each Hangul slice as its own family; in the file they are all Noto Sans KR.
  const marked = markKorean(svg.replace(new RegExp(`${HANGUL_FONT_FAMILY} \\d+`, 'g'), HANGUL_FONT_FAMILY));
  writeFileSync(join(outDir, TIMELINE_IMAGE_PATHS.svg), marked);
  const font = {
    loadSystemFonts: false,
    fontFiles: [...interFontFiles(), ...hangulFontFiles(marked)],
    defaultFontFamily: 'Inter',
    sansSerifFamily: 'Inter',
  };
  writeFileSync(
    join(outDir, TIMELINE_IMAGE_PATHS.png),
    new Resvg(marked, { fitTo: { mode: 'zoom', value: 2 }, background: colours.bg, font }).render().asPng(),
  );
}

/** The standalone SVG centred, scaled to fit, on a canvas of the social size. */
export function onCanvas(
  figureSvg: string,
  size: { width: number; height: number },
  background: string,
  margin = 40,
): string {
  const open = /<svg\b[^>]*>/i.exec(figureSvg);
  if (!open) throw new Error('not an SVG');
  const viewBox = /viewBox="([^"]+)"/.exec(open[0])?.[1];
  if (!viewBox) throw new Error('the figure SVG has no viewBox');
  const inner = figureSvg.slice(open.index + open[0].length, figureSvg.lastIndexOf('</svg>'));
  const w = size.width - 2 * margin;
  const h = size.height - 2 * margin;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}"><rect width="100%" height="100%" fill="${background}"/><svg x="${margin}" y="${margin}" width="${w}" height="${h}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${inner}</svg></svg>`;
}

export async function run(outDir: string) {
  const tokens = siteLightTokens(root);
  const colours: Colours = {
    bg: tokens.bg ?? '#ffffff',
    fg: tokens.fg ?? '#1b1b1b',
    muted: tokens.muted ?? '#575757',
    rule: tokens.rule ?? '#d6d1c4',
  };
  await drawTimeline(outDir, colours);
  const figures: Array<[SocialFigure, string]> = [
    ['troop-estimates', TROOP_IMAGE_PATHS.svg],
    ['map', MAP_IMAGE_PATHS.svg],
    ['timeline', TIMELINE_IMAGE_PATHS.svg],
  ];
  const inter = interFontFiles();
  for (const [figure, svgPath] of figures) {
    const file = join(outDir, svgPath);
    if (!existsSync(file)) throw new Error(`social images: ${svgPath} was not built`);
    const figureSvg = readFileSync(file, 'utf8');
    for (const size of Object.keys(SOCIAL_SIZES) as SocialSize[]) {
      const target = SOCIAL_SIZES[size];
      const svg = markKorean(onCanvas(figureSvg, target, colours.bg));
      const png = new Resvg(svg, {
        fitTo: { mode: 'original' },
        font: {
          loadSystemFonts: false,
          fontFiles: [...inter, ...hangulFontFiles(svg)],
          defaultFontFamily: 'Inter',
          sansSerifFamily: 'Inter',
        },
      })
        .render()
        .asPng();
      const got = pngSize(png);
      if (got.width !== target.width || got.height !== target.height)
        throw new Error(`${socialImagePath(figure, size)} came out ${got.width}×${got.height}`);
      writeFileSync(join(outDir, socialImagePath(figure, size)), png);
    }
  }
  console.log('postbuild: drew the timeline image and square and 4:5 versions of the chart, map and timeline');
}
