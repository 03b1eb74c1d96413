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
  wordCount,
  type EstimateData,
  type PlaceData,
  type Report,
  type SchemaOptions,
  type TimelineEventData,
} from '../schemas/index.ts';
import { CONTENT_DIRS, readDataDir, readMdxDir, type RawEntry } from './files.ts';
import { problemsFromZod, type Problem } from './problems.ts';
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
}

export interface RawContent {
  reports: RawEntry[];
  events: RawEntry[];
  estimates: RawEntry[];
  places: RawEntry[];
  /** Disagreements and page copy (validate-references.ts); absent in fixtures that test the base collections only. */
  conflicts?: RawEntry[];
  copy?: RawEntry[];
}

export const readContent = (root: string): RawContent => ({
  reports: readMdxDir(root, CONTENT_DIRS.reports),
  events: readDataDir(root, CONTENT_DIRS.events),
  estimates: readDataDir(root, CONTENT_DIRS.estimates),
  places: readDataDir(root, CONTENT_DIRS.places),
  conflicts: readDataDir(root, CONTENT_DIRS.conflicts),
  copy: readDataDir(root, CONTENT_DIRS.copy),
});

const CITE = /<Cite\s+id=["']([^"']+)["']/g;

/** Ids used by <Cite id="…"> in an MDX body. */
export const citedIds = (body: string) => [...body.matchAll(CITE)].map((m) => m[1] ?? '');

/** Words a reader reads in an MDX body: no imports, tags, or markdown punctuation. */
export const proseWordCount = (body: string) =>
  wordCount(
    body
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[#*_>`[\]()]/g, ' '),
  );

function parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[]) {
  const valid: Entry<z.output<S>>[] = [];
  for (const entry of entries) {
    if (entry.parseError) {
      problems.push({ file: entry.file, path: '', message: entry.parseError });
      continue;
    }
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

function checkReportBodies(reports: ReportEntry[], problems: Problem[]) {
  for (const { file, data, body } of reports) {
    const declared = new Map<string, number>();
    data.claims.forEach(({ id }, index) => {
      if (declared.has(id)) problems.push({ file, path: `claims[${index}].id`, message: `duplicate claim id "${id}"` });
      declared.set(id, index);
    });
    const cited = new Set(citedIds(body));
    for (const id of cited)
      if (!declared.has(id)) problems.push({ file, path: 'body', message: `<Cite id="${id}"> names no claim in claims` });
    for (const [id, index] of declared)
      if (!cited.has(id)) problems.push({ file, path: `claims[${index}]`, message: `claim "${id}" is never cited in the body` });
    const words = proseWordCount(body);
    if (words < BODY_WORDS.min || words > BODY_WORDS.max)
      problems.push({ file, path: 'body', message: `the summary is ${words} words; it must be ${BODY_WORDS.min} to ${BODY_WORDS.max} words` });
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

export function validateContent(raw: RawContent, options: SchemaOptions = {}) {
  const problems: Problem[] = [];
  for (const list of Object.values(raw)) duplicateIds(list, problems);

  const reports: ReportEntry[] = parseAll(raw.reports, reportSchema(options), problems).map((entry) => ({
    ...entry,
    body: raw.reports.find((r) => r.file === entry.file)?.body ?? '',
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

  const editorial = validateEditorial(raw, { reports, events, estimates, places });
  problems.push(...editorial.problems);
  const content: ValidatedContent = { reports, events, estimates, places, ...editorial.editorial };
  return { content, problems };
}
