/** Text sizing and wrapping for SVG labels, from font metrics rather than a browser. */
import type { FontMetrics } from './font/metrics.ts';

export const CHART_FONT_WEIGHTS = [400, 600] as const;
export type ChartFontWeight = (typeof CHART_FONT_WEIGHTS)[number];

/** Inter first (measured); the fallbacks are all narrower than Inter at the same size. */
export const CHART_FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

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
