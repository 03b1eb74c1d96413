/**
 * The text of a PDF printed by Chromium (Skia), in page order, for tests — no poppler needed.
 * Skia writes text as Type0 fonts with Identity-H encoding (two-byte glyph codes in hex strings)
 * and a ToUnicode CMap per font, content streams Flate-compressed. That is all this reads: it is
 * not a general PDF parser. Word spaces may be positioning rather than glyphs, so compare text
 * with whitespace removed (`squeeze`).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<string, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<string, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      out.set(m[1]!, { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = at + (/stream\r?\n/.exec(body.slice(at))![0].length);
    const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')).replace(/\r?\n$/, ''), 'latin1');
    out.set(m[1]!, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return out;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** glyph code (hex, upper case) → text, from a ToUnicode CMap. */
function cmap(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toUpperCase(), utf16(dst!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const from = Number.parseInt(lo!, 16);
      const to = Number.parseInt(hi!, 16);
      const items = list ? [...list.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1]!) : [];
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).toUpperCase().padStart(lo!.length, '0');
        if (list) map.set(key, utf16(items[code - from] ?? ''));
        else {
          const base = Buffer.from(dst!, 'hex');
          base.writeUInt16BE(base.readUInt16BE(base.length - 2) + (code - from), base.length - 2);
          map.set(key, base.swap16().toString('utf16le'));
        }
      }
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const fontMap = new Map<string, Map<string, string>>();
  const fontFor = (id: string) => {
    let map = fontMap.get(id);
    if (!map) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objs.get(id)?.dict ?? '')?.[1];
      map = toUnicode ? cmap(objs.get(toUnicode)?.stream?.toString('latin1') ?? '') : new Map();
      fontMap.set(id, map);
    }
    return map;
  };
  const pages = [...objs.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  let out = '';
  for (const page of pages) {
    const fonts = new Map([.../\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1]?.matchAll(/\/(\S+) (\d+) 0 R/g) ?? []].map((m) => [m[1]!, m[2]!]));
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1]?.matchAll(/(\d+) 0 R/g) ?? [])].map((m) => m[1]!);
    for (const id of contents) {
      const stream = objs.get(id)?.stream?.toString('latin1') ?? '';
      let font = new Map<string, string>();
      for (const token of stream.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bET\b/g)) {
        if (token[1]) font = fontFor(fonts.get(token[1]) ?? '');
        else if (token[2] !== undefined) {
          const hex = token[2].toUpperCase();
          for (let i = 0; i + 4 <= hex.length; i += 4) out += font.get(hex.slice(i, i + 4)) ?? '';
        } else out += '\n';
      }
    }
  }
  return out;
}

/** Text without whitespace, with straight quotes and ligatures (ﬀ, ﬁ) spelled out, for comparing extracted text. */
export const squeeze = (s: string) => s.normalize('NFKC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
