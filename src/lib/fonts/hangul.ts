/**
 * Noto Sans KR (SIL Open Font License 1.1, from @fontsource/noto-sans-kr) for the images drawn at
 * build time — preview cards (satori) and the standalone chart and map (resvg) — so Korean text
 * such as the outlet name 뉴스.net is drawn rather than dropped or boxed. Inter, the site's font,
 * has no Hangul.
 *
 * The package splits the font into ~120 slices by unicode-range. Loading all of them would mean
 * ~25 MB per weight per image; we read the ranges from the package's own CSS and load only the
 * slices that hold the characters actually drawn (a build-time subset, in effect).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff.ts';
import { HANGUL } from '../format/hangul-chars.ts';

export const HANGUL_FONT_FAMILY = 'Noto Sans KR';

/** Hangul syllables, jamo and compatibility jamo: the text that needs this font. */
export { HANGUL };

export type HangulWeight = 400 | 600 | 700;

interface Slice {
  file: string;
  ranges: Array<[number, number]>;
}

const require = createRequire(import.meta.url);
const packageDir = () => dirname(require.resolve('@fontsource/noto-sans-kr/package.json'));
const slicesByWeight = new Map<HangulWeight, Slice[]>();

/** "U+ac00-ac0b,U+ac0d" → [[0xac00, 0xac0b], [0xac0d, 0xac0d]] */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from!, 16);
    return [start, to ? Number.parseInt(to, 16) : start];
  });
}

/** The slices of one weight, from the package's `<weight>.css` (one @font-face per slice). */
function slices(weight: HangulWeight): Slice[] {
  let list = slicesByWeight.get(weight);
  if (!list) {
    const css = readFileSync(join(packageDir(), `${weight}.css`), 'utf8');
    list = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
      const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(body!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
      if (!file || !range)
        throw new Error(`@fontsource/noto-sans-kr/${weight}.css: a @font-face without a WOFF file or unicode-range`);
      return { file, ranges: parseUnicodeRange(range) };
    });
    slicesByWeight.set(weight, list);
  }
  return list;
}

/** File names of the slices that hold the Hangul characters of `text` (none when it has no Hangul). */
export function hangulSliceFiles(text: string, weight: HangulWeight): string[] {
  const codes = new Set([...text].filter((ch) => HANGUL.test(ch)).map((ch) => ch.codePointAt(0)!));
  const files = new Set<string>();
  for (const code of codes) {
    const slice = slices(weight).find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
    if (slice) files.add(slice.file);
  }
  return [...files];
}

/** The same slices as OpenType (what resvg reads), keyed by a file name to write them under. */
export const hangulSfnts = (text: string, weight: HangulWeight): Array<{ name: string; data: Uint8Array }> =>
  hangulSliceFiles(text, weight).map((file) => ({
    name: file.replace(/\.woff$/, '.otf'),
    data: woffToSfnt(readFileSync(join(packageDir(), 'files', file))),
  }));

/**
 * The slices for `text` as satori fonts (for its loadAdditionalAsset hook). Each slice gets its
 * own family name: satori takes one font per family and weight, so slices sharing a name would
 * leave all but the first's characters undrawn ("뉴" drawn, "스" not).
 */
export const hangulSatoriFonts = (text: string, weights: readonly HangulWeight[] = [400, 700]) =>
  weights.flatMap((weight) =>
    hangulSliceFiles(text, weight).map((file) => ({
      name: `${HANGUL_FONT_FAMILY} ${/-(\d+)-\d+-normal\.woff$/.exec(file)?.[1] ?? file}`,
      weight,
      style: 'normal' as const,
      data: readFileSync(join(packageDir(), 'files', file)),
    })),
  );
