/**
 * Text widths estimated without a browser, for laying out labels at build time. Deliberately
 * generous (about the width of DejaVu Sans, the widest common fallback for system-ui), so a
 * label the layout accepts still fits when the reader's font is narrower.
 */

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

export function estimateTextWidth(text: string, fontSize: number, bold = false) {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.1 : 1);
}
