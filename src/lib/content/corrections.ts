/**
 * The corrections log (content/corrections/) and the site's dates (content/site.yaml): reading
 * site.yaml, and validating both with their cross-references — every page a correction names must
 * exist, as must every report it rests on — collecting every problem like the rest of the validator.
 */
import type { z } from 'zod';
import { correctionSchema, parsePageRef, siteSchema, type Correction, type SchemaOptions, type SiteData } from '../schemas/index.ts';
import { CONTENT_ROOT, readRootFile, type RawEntry } from './files.ts';
import { formatPath, problemsFromZod, type Problem } from './problems.ts';

export interface LogEntry<T> {
  id: string;
  file: string;
  data: T;
}

/** Ids of everything a correction may name. */
export interface KnownIds {
  reports: Set<string>;
  events: Set<string>;
  estimates: Set<string>;
  places: Set<string>;
}

/**
 * content/site.yaml as a list of at most one entry (id "site"), so the validator can treat it like
 * a collection; an empty list means the file is missing, which validation reports.
 */
export const readSiteFile = (root: string): RawEntry[] => readRootFile(root, 'site.yaml', 'site');

function parseEntries<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: Problem[]): LogEntry<z.output<S>>[] {
  const valid: LogEntry<z.output<S>>[] = [];
  for (const entry of entries) {
    if (entry.parseError) problems.push({ file: entry.file, path: '', message: entry.parseError });
    else {
      const result = schema.safeParse(entry.data, { reportInput: true });
      if (result.success) valid.push({ id: entry.id, file: entry.file, data: result.data });
      else problems.push(...problemsFromZod(entry.file, result.error));
    }
  }
  return valid;
}

const missingMessage = (what: string, id: string, where: string) => `unknown ${what} "${id}" (no ${where})`;

/** Whether a page reference names something that exists; the problem message when it does not. */
function unknownPage(ref: string, known: KnownIds): string | undefined {
  const parsed = parsePageRef(ref);
  if (parsed?.kind === 'report' && !known.reports.has(parsed.slug))
    return missingMessage('report', parsed.slug, `${CONTENT_ROOT}/reports/${parsed.slug}.mdx`);
  if (parsed?.kind === 'entry' && !known[parsed.collection].has(parsed.id))
    return missingMessage(parsed.collection.replace(/s$/, ''), parsed.id, `${CONTENT_ROOT}/${parsed.collection}/${parsed.id}.yaml`);
  return undefined;
}

export function validateCorrectionsLog(
  raw: { corrections: RawEntry[]; site: RawEntry[]; rootMissing?: boolean },
  known: KnownIds,
  problems: Problem[],
  options: SchemaOptions = {},
) {
  const corrections = parseEntries(raw.corrections, correctionSchema(options), problems);
  // With the whole content folder missing, that one problem is the message; site.yaml is not named too.
  if (raw.site.length === 0 && !raw.rootMissing)
    problems.push({
      file: `${CONTENT_ROOT}/site.yaml`,
      path: '',
      message: 'missing file: it gives the site’s first publication date (published), which every page’s “Last updated” line needs',
    });
  const site = parseEntries(raw.site, siteSchema(options), problems);
  const published = site[0]?.data.published;

  for (const { file, data } of corrections) {
    data.pages.forEach((ref, index) => {
      const message = unknownPage(ref, known);
      if (message) problems.push({ file, path: `pages[${index}]`, message });
    });
    data.reports?.forEach((report, index) => {
      if (!known.reports.has(report))
        problems.push({ file, path: `reports[${index}]`, message: missingMessage('report', report, `${CONTENT_ROOT}/reports/${report}.mdx`) });
    });
    if (published && data.date < published)
      problems.push({ file, path: 'date', message: `${data.date} is before the site was first published (${published}, in site.yaml)` });
  }

  for (const { file, data } of site)
    for (const [route, date] of Object.entries(data.added)) {
      const path = formatPath(['added', route]);
      const kind = parsePageRef(route)?.kind;
      const message =
        kind === 'section' || kind === 'report'
          ? unknownPage(route, known)
          : `expected a section route or "/reports/<slug>/", got ${JSON.stringify(route)}`;
      if (message) problems.push({ file, path, message });
      if (date < data.published) problems.push({ file, path, message: `${date} is before the site was first published (${data.published})` });
    }

  return { corrections, site };
}

export type CorrectionEntry = LogEntry<Correction>;
export type SiteEntry = LogEntry<SiteData>;
