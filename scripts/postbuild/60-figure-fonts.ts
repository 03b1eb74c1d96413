/**
 * The figures' web font, cut down to what the built site draws (issue 16, "no web font on the
 * critical path" beyond a small preloaded subset). For every Inter @font-face in the built CSS
 * (src/styles/figure-fonts.css), writes the file its src names: a WOFF2 subset, made with
 * subset-font (harfbuzz's hb-subset as wasm), of the glyphs that the built pages draw in Inter,
 * cut from the same @fontsource file the labels were measured with. Before writing, it reads the
 * subset back and checks that every character has the advance width the measurer used, so what
 * renders is what was measured; any difference fails the build.
 *
 * One subset per weight for the whole site, not per page: every figure page and embed then
 * shares one cached file, and the union of their characters is still a small alphabet.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { filesUnder, htmlFilesUnder } from '../lib/dist-files.ts';
import { ANY_WEIGHT, charactersInFamily, type Weight } from '../../src/lib/fonts/subset-text.ts';
import { interMetrics, interSfnt } from '../../src/lib/charts/kit/font/inter.ts';
import { readFontMetrics } from '../../src/lib/charts/kit/font/metrics.ts';
import { CHART_FONT_WEIGHTS, type ChartFontWeight } from '../../src/lib/charts/kit/text.ts';

const FAMILY = 'Inter';

interface Face {
  weight: ChartFontWeight;
  /** Site path of the file its src names ("/fonts/inter-400.woff2"). */
  url: string;
}

/** The Inter faces the built CSS declares, with the weight each must be cut from. */
export function interFaces(css: string): Face[] {
  const faces: Face[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const family = /font-family\s*:\s*["']?([^;"']+)/i.exec(body!)?.[1]?.trim();
    if (family !== FAMILY) continue;
    const weight = Number(/font-weight\s*:\s*(\d+)/i.exec(body!)?.[1] ?? 400);
    const url = /url\(\s*["']?([^"')]+)/i.exec(body!)?.[1];
    if (!url?.startsWith('/') || !url.endsWith('.woff2'))
      throw new Error(`figure fonts: an ${FAMILY} @font-face must name a /….woff2 file the build writes, not ${url}`);
    if (!(CHART_FONT_WEIGHTS as readonly number[]).includes(weight))
      throw new Error(
        `figure fonts: ${FAMILY} ${weight} is declared but the labels are measured only in ${CHART_FONT_WEIGHTS.join(', ')}`,
      );
    if (!faces.some((f) => f.url === url)) faces.push({ weight: weight as ChartFontWeight, url });
  }
  return faces;
}

/** Characters whose advance in the subset differs from the one the labels were measured with. */
function advanceMismatches(subset: Uint8Array, weight: ChartFontWeight, chars: string): string[] {
  const measured = interMetrics()[weight];
  const got = readFontMetrics(subset);
  const scale = (m: { unitsPerEm: number }, advance: number | undefined) =>
    advance === undefined ? undefined : advance / m.unitsPerEm;
  return [...chars].filter((char) => {
    const cp = char.codePointAt(0)!;
    return scale(measured, measured.advances.get(cp)) !== scale(got, got.advances.get(cp));
  });
}

export async function run(outDir: string) {
  const css = filesUnder(outDir)
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join(outDir, file), 'utf8'))
    .join('\n');
  const faces = interFaces(css);
  if (!faces.length) return;
  const byWeight = new Map<Weight, Set<string>>();
  for (const file of htmlFilesUnder(outDir))
    for (const [weight, chars] of charactersInFamily(readFileSync(join(outDir, file), 'utf8'), css, FAMILY)) {
      const all = byWeight.get(weight) ?? new Set<string>();
      for (const char of chars) all.add(char);
      byWeight.set(weight, all);
    }
  // A character in a glyph Inter lacks (Hangul, say) is simply not in the subset: it falls back,
  // as the measurer assumes (a full em), exactly as with the full file.
  const textFor = (weight: number) =>
    [...new Set([...(byWeight.get(weight) ?? []), ...(byWeight.get(ANY_WEIGHT) ?? [])])].sort().join('');

  const written: [string, Buffer, number][] = [];
  for (const face of faces) {
    const text = textFor(face.weight);
    // Glyph substitutions (ligatures, contextual alternates) are left out, kerning kept: the
    // labels were measured by each character's own advance, with kerning ignored on purpose
    // (src/lib/charts/kit/font/metrics.ts), so the subset draws each character as measured.
    const options = { noLayoutClosure: true, keepFeatures: ['kern'] };
    const sfnt = await subsetFont(Buffer.from(interSfnt(face.weight)), text, { ...options, targetFormat: 'sfnt' });
    const wrong = advanceMismatches(sfnt, face.weight, text);
    if (wrong.length)
      throw new Error(
        `figure fonts: ${FAMILY} ${face.weight} subset changes the advance of ${JSON.stringify(wrong.join(''))}`,
      );
    written.push([face.url, await subsetFont(sfnt, text, { ...options, targetFormat: 'woff2' }), [...text].length]);
  }
  for (const [url, data, characters] of written) {
    const target = join(outDir, url);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    console.log(`figure fonts: ${url} ${data.length} B (${characters} characters)`);
  }
}
