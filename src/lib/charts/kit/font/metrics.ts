/**
 * Advance widths from an OpenType font, so label boxes can be sized at build time without a
 * browser. Reads only what that needs: head, hhea, hmtx and a Unicode cmap (format 4 or 12).
 * Kerning is ignored on purpose: it almost always narrows text, so boxes err on the wide side.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width in font units, by Unicode code point. */
  advances: Map<number, number>;
}

const tagOf = (s: string) => [...s].reduce((n, c) => (n << 8) | c.charCodeAt(0), 0) >>> 0;

function tableOffsets(view: DataView) {
  const numTables = view.getUint16(4);
  const offsets = new Map<number, number>();
  for (let i = 0; i < numTables; i++) offsets.set(view.getUint32(12 + i * 16), view.getUint32(12 + i * 16 + 8));
  return (tag: string) => {
    const at = offsets.get(tagOf(tag));
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
}

/** Code point → glyph id, from the best Unicode subtable the font has. */
function readCmap(view: DataView, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 4 + i * 8 + 2);
    const at = cmap + view.getUint32(cmap + 4 + i * 8 + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(at);
    if (format === 12) format12 ??= at;
    if (format === 4) format4 ??= at;
  }
  if (format12 !== undefined) {
    const groups = view.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const [start, end, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let c = start; c <= end; c++) glyphs.set(c, glyph + c - start);
    }
    return glyphs;
  }
  if (format4 === undefined) throw new Error('font has no Unicode cmap');
  const segX2 = view.getUint16(format4 + 6);
  const ends = format4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = view.getUint16(ends + s);
    const start = view.getUint16(starts + s);
    const delta = view.getInt16(deltas + s);
    const rangeOffset = view.getUint16(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + s + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.set(c, glyph);
    }
  }
  return glyphs;
}

export function readFontMetrics(sfnt: Uint8Array): FontMetrics {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const table = tableOffsets(view);
  const unitsPerEm = view.getUint16(table('head') + 18);
  const numberOfHMetrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const advances = new Map<number, number>();
  for (const [codePoint, glyph] of readCmap(view, table('cmap'))) advances.set(codePoint, advanceOf(glyph));
  return { unitsPerEm, advances };
}
