/**
 * The few helpers every SVG writer needs (troop chart, map, standalone images, timeline strip),
 * so none of them depends on another figure's writer for them.
 */

/** Escapes text and attribute values for XML (both quote styles, so any attribute quoting is safe). */
export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * A coordinate as short markup: rounded to `digits` decimal places, trailing zeros dropped.
 * Sub-pixel precision beyond two places changes nothing on screen and only adds bytes.
 */
export const fmt = (v: number, digits = 2) => {
  const k = 10 ** digits;
  return String(Math.round(v * k) / k);
};

export type AttrValue = string | number | null | undefined | false;

/**
 * Attributes as ` name="value"` pairs, in the record's order. Numbers go through `fmt` (or are
 * written in full when `digits` is null), strings are escaped, and null, undefined or false leave
 * the attribute out (so optional ones read inline).
 */
export const attrs = (record: Record<string, AttrValue>, digits: number | null = 2) =>
  Object.entries(record)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => {
      const text = typeof v === 'number' ? (digits === null ? String(v) : fmt(v, digits)) : (v as string);
      return ` ${k}="${escapeXml(text)}"`;
    })
    .join('');
