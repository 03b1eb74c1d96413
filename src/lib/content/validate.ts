/**
 * Validates every content file and every cross-reference in one pass, collecting all problems
 * instead of stopping at the first, so an author sees the whole list at once.
 */
import type { z } from 'zod';
import {
  BODY_WORDS,
  estimateSchema,
  eventSchema,
  placeSchema,
  reportSchema,
  type EstimateData,
  type PlaceData,
  type Report,
  type SchemaOptions,
  type TimelineEventData,
} from '../schemas/index.ts';
import { characterProblem } from './characters.ts';
import { COLLECTIONS, CONTENT_DIRS, UNANCHORED, contentRootProblem, readCollection, type CollectionName, type RawEntry } from './files.ts';
import { checkBody } from './mdx-body.ts';
import { formatPath, problemsFromZod, type Problem } from './problems.ts';
import { readSiteFile, validateCorrectionsLog, type CorrectionEntry, type SiteEntry } from './corrections.ts';
import { validateEditorial, type EditorialContent } from './validate-references.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}
export interface ReportEntry extends Entry<Report> {
  body: string;
}

export interface ValidatedContent extends EditorialContent {
  reports: ReportEntry[];
  events: Entry<TimelineEventData>[];
  estimates: Entry<EstimateData>[];
  places: Entry<PlaceData>[];
  /** The corrections log and site.yaml (as a list of one): see corrections.ts. */
  corrections: CorrectionEntry[];
  site: SiteEntry[];
}

/** Every collection's raw entries, plus the problems that kept files or folders from being read. */
/** Disagreements and page copy (validate-references.ts): absent in fixtures that test the base collections only. */
type EditorialCollection = 'conflicts' | 'copy';
export type RawContent = Record<Exclude<CollectionName, EditorialCollection>, RawEntry[]> & Partial<Record<EditorialCollection, RawEntry[]>> & {
  /** content/site.yaml as a list of one (empty when the file is missing): see corrections.ts. */
  site: RawEntry[];
  readProblems?: Problem[];
  /** Set when the content folder itself is missing: its one problem stands for everything else. */
  rootMissing?: boolean;
};

export function readContent(root: string): RawContent {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const missing = contentRootProblem(root);
  const reads = names.map((name) => (missing ? { entries: [], problems: [] } : readCollection(root, CONTENT_DIRS[name], COLLECTIONS[name], !UNANCHORED.has(name))));
  const collections = Object.fromEntries(names.map((name, i) => [name, reads[i]!.entries])) as Record<CollectionName, RawEntry[]>;
  return {
    ...collections,
    site: missing ? [] : readSiteFile(root),
    readProblems: missing ? [missing] : reads.flatMap((r) => r.problems),
    rootMissing: Boolean(missing),
  };
}

/** Control characters and U+FFFD in any string of the parsed data (keys too), named by field path. */
function characterProblems(file: string, value: unknown, path: PropertyKey[], problems: Problem[]) {
  if (typeof value === 'string') {
    const problem = characterProblem(value);
    if (problem) problems.push({ file, path: formatPath(path), message: problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => characterProblems(file, item, [...path, index], problems));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const problem = characterProblem(key);
      if (problem) problems.push({ file, path: formatPath(path), message: `a field name ${problem}` });
      else characterProblems(file, item, [...path, key], problems);
    }
  }
}

function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[]) {
  const valid: Entry<z.output<S>>[] = [];
  for (const entry of entries) {
    if (entry.parseError) {
      problems.push({ file: entry.file, path: '', message: entry.parseError });
      continue;
    }
    characterProblems(entry.file, entry.data, [], problems);
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) valid.push({ id: entry.id, file: entry.file, data: result.data });
    else problems.push(...problemsFromZod(entry.file, result.error));
  }
  return valid;
}

function duplicateIds(entries: RawEntry[], problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first) problems.push({ file, path: '', message: `duplicate id "${id}": ${first} already uses it` });
    else seen.set(id, file);
  }
}

function checkReportBodies(reports: (ReportEntry & { bodyLine: number })[], problems: Problem[]) {
  for (const { file, data, body, bodyLine } of reports) {
    const declared = new Map<string, number>();
    data.claims.forEach(({ id }, index) => {
      if (declared.has(id)) problems.push({ file, path: `claims[${index}].id`, message: `duplicate claim id "${id}"` });
      declared.set(id, index);
    });
    const lines = body.split('\n');
    const badLine = lines.findIndex((line) => characterProblem(line, true));
    if (badLine >= 0) {
      problems.push({ file, line: bodyLine + badLine, path: '', message: characterProblem(lines[badLine]!, true)! });
      continue;
    }
    const check = checkBody(body, bodyLine);
    problems.push(...check.problems.map((p) => ({ file, line: p.line, path: '', message: p.message })));
    if (check.problems.length > 0) continue;
    const cited = new Set(check.cited);
    for (const id of cited)
      if (!declared.has(id)) problems.push({ file, path: 'body', message: `<Cite id="${id}"> names no claim in claims` });
    for (const [id, index] of declared)
      if (!cited.has(id)) problems.push({ file, path: `claims[${index}]`, message: `claim "${id}" is never cited in the body` });
    if (check.words < BODY_WORDS.min || check.words > BODY_WORDS.max)
      problems.push({ file, path: 'body', message: `the summary is ${check.words} words; it must be ${BODY_WORDS.min} to ${BODY_WORDS.max} words` });
  }
}

type Sourced = { data: { sources: { report: string }[] }; file: string };

function checkSourceRefs(entries: Sourced[], reportIds: Set<string>, problems: Problem[]) {
  for (const { file, data } of entries)
    data.sources.forEach(({ report }, index) => {
      if (!reportIds.has(report))
        problems.push({ file, path: `sources[${index}].report`, message: `unknown report "${report}" (no content/reports/${report}.mdx)` });
    });
}

function checkInferredRanges(
  entries: { file: string; date: { precision: string; iso: string }; note: string | undefined; field: string }[],
  problems: Problem[],
) {
  for (const { file, date, note, field } of entries)
    if (date.precision === 'range' && !note)
      problems.push({ file, path: `${field}Inferred`, message: `the range ${date.iso} was inferred from vague wording: say how` });
}

const UNKNOWN_REFERENCE = /^unknown (report|event|estimate|place|conflict) "([^"]+)"/;
const COLLECTION_OF = { report: 'reports', event: 'events', estimate: 'estimates', place: 'places', conflict: 'conflicts' } as const;

/**
 * A reference to a file that exists but was refused (too big, not UTF-8, bad YAML) is not a second
 * problem: that file's own problem is already listed, as the base collections' checks do.
 */
function namesRefusedFile(problem: Problem, raw: RawContent) {
  const match = UNKNOWN_REFERENCE.exec(problem.message);
  if (!match) return false;
  const entries = raw[COLLECTION_OF[match[1] as keyof typeof COLLECTION_OF]] ?? [];
  return entries.some((e) => e.id === match[2]);
}

export function validateContent(raw: RawContent, options: SchemaOptions = {}) {
  const problems: Problem[] = [...(raw.readProblems ?? [])];
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) duplicateIds(raw[name] ?? [], problems);

  const bodies = new Map(raw.reports.map((r) => [r.file, r]));
  const reports = parseAll(raw.reports, reportSchema(options), problems).map((entry) => ({
    ...entry,
    body: bodies.get(entry.file)?.body ?? '',
    bodyLine: bodies.get(entry.file)?.bodyLine ?? 1,
  }));
  const events = parseAll(raw.events, eventSchema(options), problems);
  const estimates = parseAll(raw.estimates, estimateSchema(options), problems);
  const places = parseAll(raw.places, placeSchema(), problems);

  checkReportBodies(reports, problems);
  const reportIds = new Set(raw.reports.map((r) => r.id));
  checkSourceRefs([...events, ...estimates, ...places], reportIds, problems);

  const placeIds = new Set(raw.places.map((p) => p.id));
  for (const { file, data } of events)
    data.places.forEach((place, index) => {
      if (!placeIds.has(place))
        problems.push({ file, path: `places[${index}]`, message: `unknown place "${place}" (no content/places/${place}.yaml)` });
    });

  checkInferredRanges(
    [
      ...events.map((e) => ({ file: e.file, date: e.data.date, note: e.data.dateInferred, field: 'date' })),
      ...estimates.map((e) => ({ file: e.file, date: e.data.asOf, note: e.data.asOfInferred, field: 'asOf' })),
    ],
    problems,
  );

  const ids = (list: RawEntry[]) => new Set(list.map((e) => e.id));
  const log = validateCorrectionsLog(
    raw,
    { reports: reportIds, events: ids(raw.events), estimates: ids(raw.estimates), places: placeIds },
    problems,
    options,
  );

  const plainReports = reports.map(({ bodyLine: _, ...entry }) => entry);
  const anyRefused = [reports, events, estimates, places].flat().length < [raw.reports, raw.events, raw.estimates, raw.places].flat().length;
  const editorial = validateEditorial(raw, { reports: plainReports, events, estimates, places }, undefined, !anyRefused);
  problems.push(...editorial.problems.filter((p) => !namesRefusedFile(p, raw)));
  const content: ValidatedContent = { reports: plainReports, events, estimates, places, ...log, ...editorial.editorial };
  return { content, problems };
}
