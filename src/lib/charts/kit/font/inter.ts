/**
 * Inter, the chart's typeface: the same @fontsource files the page loads, read once per process
 * for label measurement (build time, tests) and for resvg (the standalone PNG). Node-only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { woffToSfnt } from '../../../fonts/woff.ts';
import { readFontMetrics, type FontMetrics } from './metrics.ts';
import { CHART_FONT_WEIGHTS, type ChartFontWeight } from '../text.ts';

const fileFor = (weight: ChartFontWeight) =>
  createRequire(join(process.cwd(), 'package.json')).resolve(
    `@fontsource/inter/files/inter-latin-${weight}-normal.woff`,
  );

const sfntCache = new Map<ChartFontWeight, Uint8Array>();

/** Inter as plain OpenType bytes, one per weight the chart uses. */
export const interSfnt = (weight: ChartFontWeight) => {
  let sfnt = sfntCache.get(weight);
  if (!sfnt) sfntCache.set(weight, (sfnt = woffToSfnt(readFileSync(fileFor(weight)))));
  return sfnt;
};

let metrics: Record<ChartFontWeight, FontMetrics> | undefined;

export const interMetrics = () =>
  (metrics ??= Object.fromEntries(CHART_FONT_WEIGHTS.map((w) => [w, readFontMetrics(interSfnt(w))])) as Record<
    ChartFontWeight,
    FontMetrics
  >);
