/**
 * CSV for downloads that people open in spreadsheets: RFC 4180 fields, made safe to open.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and tab or CR
 * before one of those can be trimmed away first), so a report's outlet or a claimant could carry
 * `=HYPERLINK(...)` into a reader's Excel. Per OWASP's CSV-injection advice such a cell is
 * prefixed with `'`, which spreadsheets show as text and do not display; quoting alone does not
 * help, since Excel and Sheets evaluate quoted formulas too. Numbers are written as they are
 * (a negative count would be a number, not a formula).
 */

/** Characters that make a spreadsheet treat a cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** UTF-8 byte-order mark: without it Excel reads the file as the local code page (뉴스.net and curly quotes garble). */
export const UTF8_BOM = '\uFEFF';

/** A text cell as a spreadsheet should see it: formula-looking text gets a leading `'`. */
export const defuseFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/**
 * One CSV field per RFC 4180 with formulas defused: quoted when it holds a comma, a double
 * quote, CR or LF (and when it starts or ends with a space, which some readers trim), with inner
 * quotes doubled.
 */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : defuseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text: a header line, then one line per row, every line ending in CRLF. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const line = (values: (string | number)[]) => `${values.map(csvField).join(',')}\r\n`;
  return line(columns) + rows.map((row) => line(columns.map((c) => row[c] as string | number))).join('');
}

/** The bytes of a downloadable CSV file: the byte-order mark, then the text. */
export const csvDownload = (csv: string) => UTF8_BOM + csv;
