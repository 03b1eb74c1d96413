/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType (sfnt) file it wraps: WOFF is that file
 * with each table optionally zlib-compressed. resvg reads only sfnt fonts, and @fontsource ships
 * WOFF, so this lets the preview images draw figure text in the same Inter as the card.
 * Format: W3C WOFF File Format 1.0, sections 3–5.
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: input.getUint32(at),
      offset: input.getUint32(at + 4),
      compLength: input.getUint32(at + 8),
      origLength: input.getUint32(at + 12),
      checksum: input.getUint32(at + 16),
    };
  });
  const data = tables.map((t) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    return t.compLength < t.origLength ? new Uint8Array(inflateSync(raw)) : raw;
  });
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const total = data.reduce((sum, d) => sum + padded(d.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  // Offset table: the binary-search fields are derived from the table count, as the sfnt spec defines them.
  const maxPower = 2 ** Math.floor(Math.log2(numTables));
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, maxPower * 16);
  view.setUint16(8, Math.log2(maxPower));
  view.setUint16(10, numTables * 16 - maxPower * 16);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    view.setUint32(at, t.tag);
    view.setUint32(at + 4, t.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.origLength);
    out.set(data[i]!, offset);
    offset += padded(data[i]!.length);
  });
  return out;
}
