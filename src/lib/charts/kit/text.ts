/** Text sizing and wrapping for SVG labels, from font metrics rather than a browser. */
import type { FontMetrics } from './font/metrics.ts';
import type { Box } from './geometry.ts';

export const CHART_FONT_WEIGHTS = [400, 600] as const;
export type ChartFontWeight = (typeof CHART_FONT_WEIGHTS)[number];

/**
 * The reader's own sans-serif, no web font (nothing to fetch before first paint). Every family
 * named is one whose advances the labels are measured against (src/lib/charts/kit/font/faces.ts:
 * Arial, Helvetica and Liberation Sans share Arimo's), so whichever the device has fits its box.
 * The drawing CSS (troop-chart-drawing.css, map-drawing.css) repeats it; a test holds them equal.
 */
export const CHART_FONT_FAMILY =
  "Arial, Helvetica, 'Liberation Sans', Arimo, Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

export interface TextStyle {
  size: number;
  weight: ChartFontWeight;
}

export type MeasureText = (text: string, style: TextStyle) => number;

/** Line box height as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/**
 * A measurer from font metrics. Characters the font lacks (Hangul, say) fall back to a full em,
 * wider than almost any fallback glyph, so a box is never too small.
 */
export const measurerFrom =
  (fonts: Record<ChartFontWeight, FontMetrics>): MeasureText =>
  (text, { size, weight }) => {
    const { unitsPerEm, advances } = fonts[weight];
    let units = 0;
    for (const char of text) units += advances.get(char.codePointAt(0)!) ?? unitsPerEm;
    return (units / unitsPerEm) * size;
  };

/** Greedy word wrap into lines no wider than maxWidth (a single over-long word gets its own line). */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** How lines sit in their box: flush towards the thing they label reads best. */
export type TextAlign = 'start' | 'middle' | 'end';

export interface TextLine {
  text: string;
  weight: ChartFontWeight;
  /** Anchor point of the line (its baseline). */
  x: number;
  y: number;
}

export interface TextBlock {
  box: Box;
  align: TextAlign;
  lines: TextLine[];
}

export const blockLines = (
  box: Box,
  align: TextAlign,
  lines: { text: string; weight: ChartFontWeight }[],
  size: number,
): TextLine[] => {
  const lh = size * LINE_HEIGHT;
  const x = align === 'start' ? box.x : align === 'end' ? box.x + box.width : box.x + box.width / 2;
  // Baseline 0.9 em below the em box's top, the box centred in a 1.25 em line: where Arial-like
  // faces put it, and inside the line box for the taller-set Noto and DejaVu too.
  return lines.map((l, i) => ({ ...l, x, y: box.y + i * lh + (lh - size) / 2 + size * 0.9 }));
};
