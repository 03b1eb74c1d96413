/**
 * Editorial guards as pure functions: each takes plain records and returns the problems it
 * finds (file, field path, reason), so the validator runs them on the real content and the
 * unit tests run them on fixtures. What they enforce:
 *  - an estimate's `asStated` words are in its evidence, its count is their number, and its
 *    qualifier agrees with their hedge ("more than" is not "at least");
 *  - an estimate's date rests on its own report only;
 *  - a figure in our prose appears in the evidence the prose rests on.
 */
import type { EstimateQualifier } from '../taxonomy.ts';
import { normaliseForMatch } from './evidence.ts';
import type { Problem } from './problems.ts';

/** The hedge a figure's own words carry, read from the words before the number. */
export function qualifierForWords(asStated: string): EstimateQualifier | undefined {
  const words = normaliseForMatch(asStated).toLowerCase();
  const hedge = words.slice(0, words.search(/\d/)).trim();
  if (words.search(/\d/) < 0) return undefined;
  if (hedge === '') return 'exact';
  if (/^(?:more than|over|upwards of)$/.test(hedge)) return 'more-than';
  if (/^(?:at least|no fewer than)$/.test(hedge)) return 'at-least';
  if (/^(?:about|around|approximately|some|roughly|nearly|almost)$/.test(hedge)) return 'about';
  if (/^(?:up to|as many as|at most)$/.test(hedge)) return 'up-to';
  return undefined;
}

/** "more than 10,000" → 10000: the number in a figure's own words. */
export const numberInWords = (asStated: string) => {
  const m = /\d[\d,]*/.exec(asStated);
  return m ? Number(m[0].replace(/,/g, '')) : undefined;
};

export interface EstimateWording {
  file: string;
  count: number;
  asStated: string;
  qualifier: EstimateQualifier;
  sources: { evidence: string }[];
}

export function checkEstimateWording(e: EstimateWording): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ file: e.file, path, message });
  const words = normaliseForMatch(e.asStated);
  if (!e.sources.some((s) => normaliseForMatch(s.evidence).includes(words)))
    at('asStated', `"${e.asStated}" does not occur in the evidence; copy the report's own words for the figure`);
  const n = numberInWords(e.asStated);
  if (n === undefined) at('asStated', `"${e.asStated}" holds no number`);
  else if (n !== e.count) at('count', `count ${e.count} is not the number in asStated "${e.asStated}"`);
  const expected = qualifierForWords(e.asStated);
  if (expected === undefined) at('qualifier', `no qualifier is known for the words "${e.asStated}"; add their hedge to qualifierForWords`);
  else if (expected !== e.qualifier)
    at('qualifier', `qualifier "${e.qualifier}" contradicts the report's words "${e.asStated}", which read as "${expected}"`);
  return problems;
}

export interface ReportNames {
  slug: string;
  /** `null`: the report does not state it (the schema's output for "not stated"). */
  outlet: string | null;
  author: string | null;
  published: string | null;
}

/** The names a note would use for a report: its slug, outlet (without "The" or brackets) and author's surname. */
export function namesOfReport(r: ReportNames): string[] {
  const names = [r.slug];
  if (r.outlet !== null) {
    const outlet = r.outlet.replace(/\s*\([^)]*\)/g, '').replace(/^The\s+/, '').trim();
    names.push(outlet);
  }
  if (r.author !== null) names.push(r.author.split(/\s+/).at(-1)!);
  return names.filter((n) => n.length >= 3);
}

export interface EstimateDate {
  file: string;
  asOf: { iso: string };
  asOfKind: 'stated' | 'as-reported';
  asOfInferred?: string | undefined;
  report: string;
}

/**
 * An estimate's date is what its own report gives, or that report's publication date marked
 * as-reported: a note that leans on another report, or an as-reported date that is not the
 * report's own, borrows a date.
 */
export function checkEstimateDate(e: EstimateDate, reports: ReportNames[]): Problem[] {
  const problems: Problem[] = [];
  const own = reports.find((r) => r.slug === e.report);
  if (e.asOfKind === 'as-reported') {
    if (!own || own.published === null)
      problems.push({ file: e.file, path: 'asOfKind', message: `"as-reported" needs a report with a publication date; "${e.report}" has none` });
    else if (own.published !== e.asOf.iso)
      problems.push({ file: e.file, path: 'asOf', message: `as-reported date ${e.asOf.iso} is not the publication date of "${e.report}" (${own.published})` });
  }
  const note = e.asOfInferred?.toLowerCase() ?? '';
  // A name the estimate's own report also answers to (a copy by the same author) is no borrowing.
  const ownNames = own ? namesOfReport(own).map((n) => n.toLowerCase()) : [];
  const alsoOwn = (n: string) => ownNames.some((o) => o.includes(n.toLowerCase()));
  for (const other of reports) {
    if (other.slug === e.report) continue;
    const named = namesOfReport(other).find((n) => !alsoOwn(n) && note.includes(n.toLowerCase()));
    if (named)
      problems.push({
        file: e.file,
        path: 'asOfInferred',
        message: `the date rests on another report ("${named}", ${other.slug}); an estimate's date comes from its own report (${e.report}) only`,
      });
  }
  return problems;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Day-and-month dates ("18 October", "October 18", "28 Oct–3 Nov"), years and ordinals: dates, checked by the date guards. */
const DATE_LIKE = new RegExp(
  `\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b(?:19|20)\\d{2}s?\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\{[a-z]+\\}`,
  'g',
);

/** The figures in a text, as plain digits ("1,500" → "1500"), leaving dates, years, ordinals and {tokens} out. */
export function figuresIn(prose: string): string[] {
  const withoutDates = normaliseForMatch(prose).replace(DATE_LIKE, ' ');
  return [...withoutDates.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
}

/** A figure in our prose that none of the evidence it rests on contains. */
export function checkFigures(file: string, path: string, prose: string, evidence: string[]): Problem[] {
  const available = new Set(evidence.flatMap((e) => [...normaliseForMatch(e).matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''))));
  return [...new Set(figuresIn(prose))]
    .filter((f) => !available.has(f))
    .map((f) => ({
      file,
      path,
      message: `the figure ${f} appears in none of the evidence this text rests on; cite the report that gives it, or drop it`,
    }));
}
