import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EXPORT_COLUMNS,
  SOURCE_SEPARATOR,
  estimatesCsv,
  estimatesJson,
  exportRow,
} from '../../src/lib/data/estimates-export.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { fakeEstimate, realModel } from './troop-fixtures.ts';
import { csvField, defuseFormula, toCsv } from '../../src/lib/data/csv.ts';

/**
 * A strict RFC 4180 reader, written for the test so the writer is not checked against itself:
 * records end in CRLF, fields are bare (no quotes, CR or LF inside) or quoted with "" for a quote.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`invalid CSV at ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') fail('quote or line feed in a bare field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else fail(`expected a comma or CRLF, found ${JSON.stringify(text[i])}`);
  }
  if (row.length) fail('last record does not end in CRLF');
  return rows;
}

describe('CSV fields (RFC 4180)', () => {
  it('leave plain text alone and quote what needs quoting', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(12000)).toBe('12000');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "about"')).toBe('"say ""about"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
  });

  it('round-trip any table of strings through a strict reader (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '’', '뉴', '|', '1') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((cols) =>
            fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }),
          ),
        (table) => {
          const columns = table[0]!.map((_, i) => `c${i}`);
          const rows = table.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v])));
          const parsed = parseCsv(toCsv(rows, columns));
          // Cells that start like a formula come back with the leading ' that defuses them (src/lib/data/csv.ts).
          expect(parsed).toEqual([columns, ...table.map((r) => r.map(defuseFormula))]);
        },
      ),
    );
  });
});

describe('troop-estimates.csv', () => {
  const { estimates } = realModel();
  const csv = estimatesCsv(estimates);
  const [header, ...rows] = parseCsv(csv);

  it('is strict RFC 4180 with CRLF line ends and one record per claim', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(Object.keys(EXPORT_COLUMNS));
    expect(rows).toHaveLength(estimates.length);
    for (const r of rows) expect(r).toHaveLength(header!.length);
  });

  it('matches the YAML files field by field, sources included', () => {
    const files = loadContent(process.cwd()).estimates;
    expect(rows.map((r) => r[0]).sort()).toEqual(files.map((f) => f.id).sort());
    const col = (name: string) => header!.indexOf(name);
    for (const file of files) {
      const row = rows.find((r) => r[0] === file.id)!;
      expect(row[col('count')]).toBe(String(file.data.count));
      expect(row[col('qualifier')]).toBe(file.data.qualifier);
      expect(row[col('status')]).toBe(file.data.status);
      expect(row[col('as_of')]).toBe(file.data.asOf.iso);
      expect(row[col('claimant')]).toBe(file.data.claimant.name);
      // The export writes an unknown as the content does: the literal "not stated".
      expect(row[col('via')]).toBe(file.data.via ?? 'not stated');
      expect(row[col('as_of_inferred')]).toBe(file.data.asOfInferred ?? '');
      expect(Number(row[col('source_count')])).toBe(file.data.sources.length);
      expect(row[col('source_reports')]!.split(SOURCE_SEPARATOR)).toEqual(file.data.sources.map((s) => s.report));
      expect(row[col('source_evidence')]!.split(SOURCE_SEPARATOR)).toEqual(file.data.sources.map((s) => s.evidence));
    }
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const tricky = fakeEstimate(1, { note: 'He said "about 12,000",\r\nthen stopped.', via: 'A, B' });
    const [head, row] = parseCsv(estimatesCsv([tricky]));
    expect(row![head!.indexOf('note')]).toBe('He said "about 12,000",\r\nthen stopped.');
    expect(row![head!.indexOf('via')]).toBe('A, B');
    expect(row![head!.indexOf('source_headlines')]).toBe('A fixture headline, with a comma and "quotes"');
  });

  it('refuses a source value that would make the joined cell ambiguous', () => {
    const bad = fakeEstimate(2);
    bad.sources = [{ ...bad.sources[0]!, evidence: 'one | two' }];
    expect(() => exportRow(bad)).toThrow(/ambiguous/);
  });
});

describe('troop-estimates.json', () => {
  const { estimates } = realModel();
  const json = estimatesJson(estimates, 'https://example.org/troops/');

  it('lists every claim with its sources as a list, matching the YAML files', () => {
    const files = loadContent(process.cwd()).estimates;
    expect(json.estimates.map((e) => e.id).sort()).toEqual(files.map((f) => f.id).sort());
    for (const file of files) {
      const record = json.estimates.find((e) => e.id === file.id)!;
      expect(record.count).toBe(file.data.count);
      expect(record.claimant).toBe(file.data.claimant.name);
      expect(record.sources.map((s) => [s.report, s.evidence])).toEqual(
        file.data.sources.map((s) => [s.report, s.evidence]),
      );
      for (const s of record.sources) expect(s.headline.length).toBeGreaterThan(0);
    }
  });

  it('describes every field it contains', () => {
    for (const record of json.estimates)
      for (const key of Object.keys(record)) expect(json.fields, key).toHaveProperty(key);
    expect(json.page).toBe('https://example.org/troops/');
  });

  it('survives a round trip through JSON text unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
