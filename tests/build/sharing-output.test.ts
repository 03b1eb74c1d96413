/**
 * Issue 15 over the build output: Korean text marked lang="ko" on every built page and in every
 * standalone image; the downloadable figures credit every outlet, carry a date span and a credit
 * line; the PNG icons and social-size images exist at their sizes and are linked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distFiles, htmlFiles, readDist } from './dist.ts';
import { unmarkedKorean } from '../../src/lib/format/korean.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import { ICONS } from '../../src/lib/seo/icons.ts';
import {
  SOCIAL_SIZES,
  socialImagePath,
  TIMELINE_IMAGE_PATHS,
  type SocialFigure,
  type SocialSize,
} from '../../src/lib/seo/social-images.ts';
import { TROOP_IMAGE_PATHS } from '../../src/lib/charts/troop/config.ts';
import { MAP_IMAGE_PATHS } from '../../src/lib/data/map-urls.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { decodeEntities } from '../../src/lib/seo/head-reader.ts';

const content = loadContent(process.cwd());
const pages = htmlFiles();
const HANGUL = /[\uac00-\ud7af]/;

describe('Korean text is marked lang="ko"', () => {
  it('has Korean text to check', () => {
    expect(pages.some((f) => HANGUL.test(readDist(f)))).toBe(true);
  });

  it.each(pages)('%s: no Korean text outside a lang="ko" element', (file) => {
    expect(unmarkedKorean(readDist(file))).toEqual([]);
  });

  it.each(distFiles().filter((f) => f.startsWith('images/') && f.endsWith('.svg')))(
    '%s: no Korean text outside a lang="ko" element',
    (file) => {
      expect(unmarkedKorean(readDist(file))).toEqual([]);
    },
  );
});

/** The visible text of a standalone SVG, tags dropped and entities decoded. */
const svgText = (file: string) =>
  decodeEntities(
    readDist(file)
      .replace(/<title>[\s\S]*?<\/title>|<desc>[\s\S]*?<\/desc>|<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  );

describe('downloadable figure images credit their sources', () => {
  // The chart and the map draw on every report today; a report they do not cite would not be named.
  const outlets = content.reports.map((r) => r.data.outlet ?? r.data.author!);

  it.each([TROOP_IMAGE_PATHS.svg, MAP_IMAGE_PATHS.svg, TIMELINE_IMAGE_PATHS.svg])(
    '%s names every outlet, a date span and the credit',
    (path) => {
      const text = svgText(path.slice(1));
      for (const outlet of outlets) expect(text, outlet).toContain(outlet);
      expect(text).toMatch(/published \d{1,2} [A-Z][a-z]+ 20\d\d to \d{1,2} [A-Z][a-z]+ 20\d\d/);
      expect(text).toContain(`Graphic: ${SITE_NAME}`);
    },
  );
});

describe('icons and social-size images', () => {
  it.each(Object.values(ICONS))('$path is a $size×$size PNG linked from every page head', ({ path, size }) => {
    expect(pngSize(readFileSync(join(DIST, path)))).toEqual({ width: size, height: size });
    for (const file of pages) expect(readDist(file), file).toContain(`href="${path}"`);
  });

  const figures: SocialFigure[] = ['troop-estimates', 'map', 'timeline'];
  const cases = figures.flatMap((figure) =>
    (Object.keys(SOCIAL_SIZES) as SocialSize[]).map((size) => [figure, size] as const),
  );
  it.each(cases)('%s %s image exists at its size', (figure, size) => {
    const { width, height } = SOCIAL_SIZES[size];
    expect(pngSize(readFileSync(join(DIST, socialImagePath(figure, size))))).toEqual({ width, height });
  });

  it.each([
    ['troops/index.html', 'troop-estimates'],
    ['map/index.html', 'map'],
    ['timeline/index.html', 'timeline'],
  ] as const)('%s links its social-size images', (file, figure) => {
    for (const size of Object.keys(SOCIAL_SIZES) as SocialSize[])
      expect(readDist(file)).toContain(`href="${socialImagePath(figure, size)}"`);
  });
});
