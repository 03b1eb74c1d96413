/**
 * WOFF 1.0 → plain OpenType (sfnt). @fontsource ships Inter as WOFF, but resvg (standalone chart
 * PNGs, preview images) and our label measurer read only TrueType/OpenType, so both need the
 * uncompressed tables. WOFF 1.0 is zlib-compressed sfnt tables with a new header.
 * Shared by the charts and the preview images so there is one parser to trust.
 * https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

interface TableEntry {
  tag: number;
  offset: number;
  compLength: number;
  origLength: number;
  checksum: number;
}

const pad4 = (n: number) => (n + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 file');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);

  const tables: TableEntry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    tables.push({
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    });
  }

  const data = tables.map((t) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    const table = t.compLength < t.origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (table.byteLength !== t.origLength) throw new Error('WOFF table has the wrong length after inflating');
    return table;
  });

  const headerSize = 12 + numTables * 16;
  const total = data.reduce((sum, d) => sum + pad4(d.byteLength), headerSize);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);

  // The sfnt header's binary-search fields, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange);

  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    const table = data[i]!;
    outView.setUint32(at, t.tag);
    outView.setUint32(at + 4, t.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, t.origLength);
    out.set(table, offset);
    offset += pad4(table.byteLength);
  });
  return out;
}
