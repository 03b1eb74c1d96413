/**
 * The heuristic `MeasureText`: widths estimated from a per-character em table rather than a
 * font file, for figures drawn in the reader's system font (the timeline strip), whose glyphs
 * the build cannot know. The real-font measurer is `measurerFrom` in text.ts. Deliberately
 * generous (about the width of DejaVu Sans, the widest common fallback for system-ui), so a
 * label the layout accepts still fits when the reader's font is narrower.
 */
import type { MeasureText } from './text.ts';

const NARROW = new Set("ijlft.,:;'|!()[] ");
const WIDE = new Set('mwMW');

const charEm = (ch: string) => {
  if (ch === ' ') return 0.34;
  if (NARROW.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 1.0;
  if (/[0-9]/.test(ch)) return 0.66;
  if (/[A-Z]/.test(ch)) return 0.78;
  return 0.64;
};

/** Bold is taken as a tenth wider than regular. */
export const heuristicMeasure: MeasureText = (text, { size, weight }) => {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (weight >= 600 ? 1.1 : 1);
};
