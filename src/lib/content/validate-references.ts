/**
 * The editorial layer of validation, run by validate.ts after the four base collections: parses
 * the conflicts (content/conflicts/) and page copy (content/copy/), checks every id they name,
 * and runs the editorial guards of editorial-checks.ts over the content. Every problem is
 * collected, none thrown, so an author sees the whole list at once.
 */
import {
  COPY_SCHEMAS,
  conflictSchema,
  copyTokens,
  type ConflictData,
  type CopyBlock,
  type CopyData,
  type CopyId,
  type EstimateData,
  type PlaceData,
  type Report,
  type TimelineEventData,
} from '../schemas/index.ts';
import { checkEstimateDate, checkEstimateWording, checkFigures } from './editorial-checks.ts';
import type { RawEntry } from './files.ts';
import { problemsFromZod, type Problem } from './problems.ts';

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface BaseContent {
  reports: (Entry<Report> & { body: string })[];
  events: Entry<TimelineEventData>[];
  estimates: Entry<EstimateData>[];
  places: Entry<PlaceData>[];
}

export interface EditorialContent {
  conflicts: Entry<ConflictData>[];
  copy: Partial<CopyData>;
}

/** Collections the figure guard reads: every one whose prose can state a figure. */
export const FIGURE_GUARD_COLLECTIONS = ['estimates', 'conflicts', 'copy', 'reports', 'events', 'places'] as const;
export type FigureGuardCollection = (typeof FIGURE_GUARD_COLLECTIONS)[number];

/** Tokens copy may use: the site's own counts, filled in by the pages. */
export const COPY_TOKENS = ['events', 'estimates', 'claimants', 'conflicts', 'places', 'reports'] as const;

const evidenceOf = (sources: { evidence: string }[]) => sources.map((s) => s.evidence);

/** Ids the content knows, and the evidence behind each, for resolving references. */
function indexContent(base: BaseContent, conflicts: Entry<ConflictData>[]) {
  const byId = <T>(entries: Entry<T>[], evidence: (d: T) => string[]) => new Map(entries.map((e) => [e.id, evidence(e.data)]));
  const conflictEvidence = new Map<string, string[]>();
  const index = {
    reports: new Set(base.reports.map((r) => r.id)),
    events: byId(base.events, (d) => evidenceOf(d.sources)),
    estimates: byId(base.estimates, (d) => evidenceOf(d.sources)),
    places: byId(base.places, (d) => evidenceOf(d.sources)),
    conflicts: conflictEvidence,
    claims: new Map(base.reports.map((r) => [r.id, new Map(r.data.claims.map((c) => [c.id, c.evidence]))])),
  };
  for (const c of conflicts)
    conflictEvidence.set(
      c.id,
      c.data.sides.flatMap((s) => [
        ...s.estimates.flatMap((id) => index.estimates.get(id) ?? []),
        ...s.events.flatMap((id) => index.events.get(id) ?? []),
        ...evidenceOf(s.sources),
      ]),
    );
  return index;
}
type Index = ReturnType<typeof indexContent>;

const DIR = { events: 'content/events', estimates: 'content/estimates', places: 'content/places', conflicts: 'content/conflicts' } as const;

/** Every id a side or block names must exist; returns the evidence it rests on. */
function resolve(
  file: string,
  path: string,
  refs: { events?: string[]; estimates?: string[]; places?: string[]; conflicts?: string[]; sources?: { report: string; evidence: string }[] },
  index: Index,
  problems: Problem[],
): string[] {
  const evidence: string[] = [];
  for (const kind of ['events', 'estimates', 'places', 'conflicts'] as const)
    (refs[kind] ?? []).forEach((id, i) => {
      const found = index[kind].get(id);
      if (found) evidence.push(...found);
      else problems.push({ file, path: `${path}${kind}[${i}]`, message: `unknown ${kind.slice(0, -1)} "${id}" (no ${DIR[kind]}/${id}.yaml)` });
    });
  (refs.sources ?? []).forEach((s, i) => {
    if (!index.reports.has(s.report))
      problems.push({ file, path: `${path}sources[${i}].report`, message: `unknown report "${s.report}" (no content/reports/${s.report}.mdx)` });
    evidence.push(s.evidence);
  });
  return evidence;
}

function parseConflicts(raw: RawEntry[], problems: Problem[]): Entry<ConflictData>[] {
  const schema = conflictSchema();
  const valid: Entry<ConflictData>[] = [];
  for (const entry of raw) {
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

function parseCopy(raw: RawEntry[], problems: Problem[]): { copy: Partial<CopyData>; files: Map<CopyId, string> } {
  const copy: Partial<CopyData> = {};
  const files = new Map<CopyId, string>();
  for (const entry of raw) {
    if (!(entry.id in COPY_SCHEMAS)) {
      problems.push({ file: entry.file, path: '', message: `no page uses copy "${entry.id}"; expected one of: ${Object.keys(COPY_SCHEMAS).join(', ')}` });
      continue;
    }
    if (entry.parseError) {
      problems.push({ file: entry.file, path: '', message: entry.parseError });
      continue;
    }
    const id = entry.id as CopyId;
    const result = COPY_SCHEMAS[id]().safeParse(entry.data, { reportInput: true });
    if (result.success) {
      (copy as Record<string, unknown>)[id] = result.data;
      files.set(id, entry.file);
    } else problems.push(...problemsFromZod(entry.file, result.error));
  }
  return { copy, files };
}

/** Every copy block in a copy file, with its field path. */
export function copyBlocks(value: unknown, path = ''): { path: string; block: CopyBlock }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => copyBlocks(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    if (typeof (value as { text?: unknown }).text === 'string' && Array.isArray((value as { events?: unknown }).events))
      return [{ path, block: value as CopyBlock }];
    return Object.entries(value).flatMap(([k, v]) => copyBlocks(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The copy's ids that are not blocks: chart annotations, the distance line, the map's cited statements. */
function checkCopyIds(copy: Partial<CopyData>, files: Map<CopyId, string>, base: BaseContent, index: Index, problems: Problem[]) {
  const eventIds = new Set(base.events.map((e) => e.id));
  const placeIds = new Set(base.places.map((p) => p.id));
  if (copy.troops)
    copy.troops.annotations.forEach((a, i) => {
      if (!eventIds.has(a.event))
        problems.push({ file: files.get('troops')!, path: `annotations[${i}].event`, message: `unknown event "${a.event}" (no content/events/${a.event}.yaml)` });
    });
  if (copy.map) {
    const file = files.get('map')!;
    for (const end of ['from', 'to'] as const)
      if (!placeIds.has(copy.map.distanceLine[end]))
        problems.push({ file, path: `distanceLine.${end}`, message: `unknown place "${copy.map.distanceLine[end]}" (no content/places/${copy.map.distanceLine[end]}.yaml)` });
    for (const key of ['reportedDistance', 'arrival'] as const) {
      const s = copy.map[key];
      const claims = index.claims.get(s.report);
      if (!claims) problems.push({ file, path: `${key}.report`, message: `unknown report "${s.report}" (no content/reports/${s.report}.mdx)` });
      else if (!claims.has(s.claim)) problems.push({ file, path: `${key}.claim`, message: `report "${s.report}" declares no claim "${s.claim}"` });
    }
    const distanceEvidence = index.claims.get(copy.map.reportedDistance.report)?.get(copy.map.reportedDistance.claim);
    if (distanceEvidence && checkFigures(file, 'reportedDistance.km', String(copy.map.reportedDistance.km), [distanceEvidence]).length > 0)
      problems.push({ file, path: 'reportedDistance.km', message: `the cited evidence does not state ${copy.map.reportedDistance.km}` });
    if (!eventIds.has(copy.map.arrival.event))
      problems.push({ file, path: 'arrival.event', message: `unknown event "${copy.map.arrival.event}" (no content/events/${copy.map.arrival.event}.yaml)` });
  }
}

/** Estimates that share a `claim` key; a key no other record shares links nothing. */
function checkClaimGroups(estimates: Entry<EstimateData>[], problems: Problem[]) {
  const groups = new Map<string, Entry<EstimateData>[]>();
  for (const e of estimates) if (e.data.claim) groups.set(e.data.claim, [...(groups.get(e.data.claim) ?? []), e]);
  for (const [claim, members] of groups) {
    if (members.length < 2) problems.push({ file: members[0]!.file, path: 'claim', message: `no other estimate shares claim "${claim}"; drop the key or add the other report's record` });
    const reports = members.map((m) => m.data.sources[0]?.report);
    members.forEach((m, i) => {
      if (reports.indexOf(reports[i]) !== i)
        problems.push({ file: m.file, path: 'claim', message: `claim "${claim}" already has a record from report "${reports[i]}"` });
    });
  }
}

export function validateEditorial(
  raw: { conflicts?: RawEntry[] | undefined; copy?: RawEntry[] | undefined; rootMissing?: boolean | undefined },
  base: BaseContent,
  figureGuard: readonly FigureGuardCollection[] = FIGURE_GUARD_COLLECTIONS,
  /**
   * False when some base file was refused: the checks that weigh one record against others (figures
   * against the evidence they rest on, claim keys shared across reports) then wait for the fix, so a
   * broken file is named once, not again through every record that leans on it.
   */
  complete = true,
): { editorial: EditorialContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const conflicts = parseConflicts(raw.conflicts ?? [], problems);
  const { copy, files } = parseCopy(raw.copy ?? [], problems);
  // With the whole content folder missing (raw.copy then empty), that one problem says it all.
  if (raw.copy !== undefined && !raw.rootMissing)
    for (const id of Object.keys(COPY_SCHEMAS) as CopyId[])
      if (!raw.copy.some((e) => e.id === id)) problems.push({ file: `content/copy/${id}.yaml`, path: '', message: 'missing: the site needs this copy file' });
  const index = indexContent(base, conflicts);
  const guard = new Set<string>(complete ? figureGuard : []);

  // Conflicts: every side names real records, and the note's figures are in the sides' evidence.
  for (const { file, data } of conflicts) {
    const evidence = data.sides.flatMap((side, i) => resolve(file, `sides[${i}].`, side, index, problems));
    if (guard.has('conflicts')) {
      problems.push(...checkFigures(file, 'note', data.note, evidence), ...checkFigures(file, 'title', data.title, evidence));
      data.sides.forEach((side, i) => problems.push(...checkFigures(file, `sides[${i}].label`, side.label, evidence)));
    }
  }

  // Copy: every block names real records, uses known tokens, and its figures are in its evidence.
  for (const [id, file] of files) {
    for (const { path, block } of copyBlocks(copy[id])) {
      const evidence = resolve(file, `${path}.`, block, index, problems);
      for (const token of copyTokens(block.text))
        if (!(COPY_TOKENS as readonly string[]).includes(token))
          problems.push({ file, path: `${path}.text`, message: `unknown token {${token}}; expected one of: ${COPY_TOKENS.map((t) => `{${t}}`).join(', ')}` });
      if (guard.has('copy')) problems.push(...checkFigures(file, `${path}.text`, block.text, evidence));
    }
  }
  checkCopyIds(copy, files, base, index, problems);

  // Estimates: one report's words and one report's date.
  const reportNames = base.reports.map((r) => ({ slug: r.id, outlet: r.data.outlet, author: r.data.author, published: r.data.published }));
  for (const { file, data } of base.estimates) {
    problems.push(...checkEstimateWording({ file, ...data }));
    const report = data.sources[0]?.report;
    // A report that is unknown or was refused is already a problem of its own; its dates cannot be checked.
    if (report && reportNames.some((r) => r.slug === report)) problems.push(...checkEstimateDate({ file, asOf: data.asOf, asOfKind: data.asOfKind, asOfInferred: data.asOfInferred, report }, reportNames));
    if (guard.has('estimates') && data.note) problems.push(...checkFigures(file, 'note', data.note, evidenceOf(data.sources)));
  }
  if (complete) checkClaimGroups(base.estimates, problems);

  // Reports, events and places: their prose against their own evidence.
  if (guard.has('reports'))
    for (const { file, data, body } of base.reports) {
      const evidence = data.claims.map((c) => c.evidence);
      problems.push(...checkFigures(file, 'standfirst', data.standfirst, evidence));
      data.keyPoints.forEach((k, i) => problems.push(...checkFigures(file, `keyPoints[${i}]`, k, evidence)));
      problems.push(...checkFigures(file, 'body', body.replace(/<[^>]+>/g, ' '), evidence));
    }
  if (guard.has('events'))
    for (const { file, data } of base.events)
      problems.push(...checkFigures(file, 'title', data.title, evidenceOf(data.sources)), ...checkFigures(file, 'description', data.description, evidenceOf(data.sources)));
  if (guard.has('places'))
    for (const { file, data } of base.places) problems.push(...checkFigures(file, 'summary', data.summary, evidenceOf(data.sources)));

  return { editorial: { conflicts, copy }, problems };
}
