/**
 * The faces the figures' font stack (CHART_FONT_FAMILY) resolves to on readers' devices, read
 * from free, metric-faithful npm copies, for label measurement at build time. The figures ship
 * no web font: a reader's phone paints them from the first round trip in the sans-serif it
 * already has. So every label box is sized to the widest advance that any of these faces gives
 * each character, and whichever face the device picks fits inside it. Node-only.
 *
 * Weight 600 is measured as the wider of each face's 600 and 700: Arial, Helvetica and Roboto
 * on Android have no 600 and draw those labels in their bold.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { woffToSfnt } from '../../../fonts/woff.ts';
import { readFontMetrics, type FontMetrics } from './metrics.ts';
import { CHART_FONT_WEIGHTS, type ChartFontWeight } from '../text.ts';

export interface FigureFace {
  /** The family name the stack asks for (or, for Arimo, the fonts it is metric-compatible with). */
  family: string;
  /** Who gets it: the platforms whose default sans-serif this face measures. */
  standsFor: string;
  /** The @fontsource package and its file prefix. */
  pkg: string;
  /** The weights its package ships, of 400, 600 and 700. */
  weights: readonly number[];
  /** Its unicode-range slices that the figures' text can draw on. */
  subsets: readonly string[];
}

const LATIN = ['latin', 'latin-ext'];

export const FIGURE_FACES: readonly FigureFace[] = [
  {
    family: 'Arimo',
    standsFor: 'Arial (Windows, macOS, iOS), Helvetica and Liberation Sans, whose advances it shares',
    pkg: 'arimo',
    weights: [400, 600, 700],
    subsets: LATIN,
  },
  { family: 'Roboto', standsFor: 'Android and ChromeOS', pkg: 'roboto', weights: [400, 600, 700], subsets: LATIN },
  {
    family: 'Noto Sans',
    standsFor: 'Linux desktops and Android',
    pkg: 'noto-sans',
    weights: [400, 600, 700],
    subsets: LATIN,
  },
  {
    family: 'DejaVu Sans',
    standsFor: 'Linux without Arial or its clones',
    pkg: 'dejavu-sans',
    weights: [400, 700],
    subsets: ['latin'],
  },
];

/** Units per em of the merged metrics: advances from each face are rescaled to it. */
const MERGED_UNITS_PER_EM = 1000;

const resolveFile = (name: string) => createRequire(join(process.cwd(), 'package.json')).resolve(name);

/** The face's files that draw `weight`, as plain OpenType bytes (none if it has no such weight). */
export const faceSfnts = (face: FigureFace, weight: 400 | 600 | 700): Uint8Array[] =>
  face.weights.includes(weight)
    ? face.subsets.map((subset) =>
        woffToSfnt(
          readFileSync(resolveFile(`@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${weight}-normal.woff`)),
        ),
      )
    : [];

/** Per code point, the widest advance among `metrics`, in MERGED_UNITS_PER_EM. */
function widest(metrics: FontMetrics[]): FontMetrics {
  const advances = new Map<number, number>();
  for (const { unitsPerEm, advances: own } of metrics)
    for (const [codePoint, units] of own) {
      const scaled = (units / unitsPerEm) * MERGED_UNITS_PER_EM;
      if (scaled > (advances.get(codePoint) ?? 0)) advances.set(codePoint, scaled);
    }
  return { unitsPerEm: MERGED_UNITS_PER_EM, advances };
}

const drawnWith = (weight: ChartFontWeight) => (weight === 600 ? ([600, 700] as const) : ([400] as const));

const faceCache = new Map<FigureFace, Record<ChartFontWeight, FontMetrics>>();

/** One face's metrics per chart weight (its latin slices merged; 600 as the wider of 600 and 700). */
export function faceMetrics(face: FigureFace): Record<ChartFontWeight, FontMetrics> {
  let metrics = faceCache.get(face);
  if (!metrics) {
    metrics = Object.fromEntries(
      CHART_FONT_WEIGHTS.map((w) => [
        w,
        widest(drawnWith(w).flatMap((drawn) => faceSfnts(face, drawn).map((sfnt) => readFontMetrics(sfnt)))),
      ]),
    ) as Record<ChartFontWeight, FontMetrics>;
    faceCache.set(face, metrics);
  }
  return metrics;
}

let merged: Record<ChartFontWeight, FontMetrics> | undefined;

/** What labels are measured with: per character and weight, the widest of all FIGURE_FACES. */
export const figureFontMetrics = () =>
  (merged ??= Object.fromEntries(
    CHART_FONT_WEIGHTS.map((w) => [w, widest(FIGURE_FACES.map((face) => faceMetrics(face)[w]))]),
  ) as Record<ChartFontWeight, FontMetrics>);
