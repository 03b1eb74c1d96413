/**
 * The estimates as downloadable data: one flat row per claim for the CSV, and the same rows
 * with their sources as a nested list for the JSON. Pure (no IO), so the tests can parse what it
 * writes back and compare it with the model. A value the report does not state (`null` in the
 * model) is written as the literal "not stated", as the content writes it: data, not prose.
 */
import { NOT_STATED, claimantKinds, estimateQualifiers } from '../taxonomy.ts';
import type { Estimate } from './model.ts';
// The cell writer (RFC 4180 quoting, spreadsheet formulas defused) lives in ./csv.ts.
import { toCsv } from './csv.ts';

export const TROOP_DATA_PATHS = {
  csv: '/data/troop-estimates.csv',
  json: '/data/troop-estimates.json',
} as const;

/** Several sources of one claim share a cell, in the same order in every source column. */
export const SOURCE_SEPARATOR = ' | ';

export interface ExportRow {
  id: string;
  as_of: string;
  as_of_precision: string;
  as_of_start: string;
  as_of_end: string;
  as_of_kind: string;
  as_of_inferred: string;
  count: number;
  qualifier: string;
  count_as_claimed: string;
  status: string;
  status_label: string;
  claim: string;
  claimant: string;
  claimant_kind: string;
  via: string;
  note: string;
  source_count: number;
  source_reports: string;
  source_headlines: string;
  source_outlets: string;
  source_published: string;
  source_urls: string;
  source_evidence: string;
}

/** "a, b or c": the allowed values of a taxonomy, as a column description lists them. */
const inWords = (keys: string[]) =>
  keys.length < 2 ? keys.join('') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;

/** Column order of the CSV, with what each column holds (also written into the JSON). */
export const EXPORT_COLUMNS: Record<keyof ExportRow, string> = {
  id: 'Stable id of the claim; the page anchors its table row as #estimate-<id>',
  as_of: 'The date the figure refers to, as recorded: YYYY-MM-DD, YYYY-MM, or a range START/END',
  as_of_precision: 'day, month or range',
  as_of_start: 'First day the as-of date can mean',
  as_of_end: 'Last day the as-of date can mean',
  as_of_kind: 'stated (the report gives the date) or as-reported (the report gives none; its publication date is used)',
  as_of_inferred:
    'How the date was worked out from the same report when it does not print it in full; empty when printed',
  count: 'The number of soldiers, as a whole number',
  qualifier: `Our classification of the hedge: ${inWords(Object.keys(estimateQualifiers))}`,
  count_as_claimed: 'The figure in the report’s own words, hedge included (“more than 10,000”)',
  status: 'What the figure counts (machine value)',
  status_label: 'What the figure counts',
  claim: 'Shared by the records of the same claim in different reports; empty when only one report carries it',
  claimant: 'Who made the claim, as the report names them',
  claimant_kind: inWords(Object.keys(claimantKinds)),
  via: 'Through whom the claim reached the report, or "not stated"',
  note: 'Our one-line gloss of what the figure means',
  source_count: 'Number of reports behind this record (always 1: each record is one report’s version of a claim)',
  source_reports: `Report ids (site pages /reports/<id>/), joined by "${SOURCE_SEPARATOR}"`,
  source_headlines: `Report headlines, same order, joined by "${SOURCE_SEPARATOR}"`,
  source_outlets: `Report outlets ("not stated" when none is named), same order`,
  source_published: 'Report publication dates ("not stated" when unknown), same order',
  source_urls: 'Addresses of the original reports ("not stated" when unknown), same order',
  source_evidence: `Each report's own words for the figure, same order, joined by "${SOURCE_SEPARATOR}"`,
};

const orNotStated = (value: string | null) => value ?? NOT_STATED;

/** Each source of an estimate as the JSON lists it (and the CSV joins it): the report's record, flattened. */
export const exportSources = (e: Estimate) =>
  e.sources.map(({ report, evidence }) => ({
    report: report.slug,
    headline: report.headline,
    outlet: orNotStated(report.outlet),
    author: orNotStated(report.author),
    published: orNotStated(report.published),
    url: orNotStated(report.url),
    evidence,
  }));

const joinSources = (e: Estimate, values: string[]) => {
  for (const v of values)
    if (v.includes(SOURCE_SEPARATOR.trim()))
      throw new Error(
        `estimate "${e.id}": a source value contains "${SOURCE_SEPARATOR.trim()}", which would make the joined CSV cell ambiguous`,
      );
  return values.join(SOURCE_SEPARATOR);
};

export function exportRow(e: Estimate): ExportRow {
  const sources = exportSources(e);
  return {
    id: e.id,
    as_of: e.asOf.iso,
    as_of_precision: e.asOf.precision,
    as_of_start: e.asOf.start,
    as_of_end: e.asOf.end,
    as_of_kind: e.asOfKind,
    as_of_inferred: e.asOfInferred ?? '',
    count: e.count,
    qualifier: e.qualifier,
    count_as_claimed: e.asStated,
    status: e.status,
    status_label: e.statusLabel,
    claim: e.claim ?? '',
    claimant: e.claimant.name,
    claimant_kind: e.claimant.kind,
    via: orNotStated(e.via),
    note: e.note ?? '',
    source_count: sources.length,
    source_reports: joinSources(
      e,
      sources.map((s) => s.report),
    ),
    source_headlines: joinSources(
      e,
      sources.map((s) => s.headline),
    ),
    source_outlets: joinSources(
      e,
      sources.map((s) => s.outlet),
    ),
    source_published: joinSources(
      e,
      sources.map((s) => s.published),
    ),
    source_urls: joinSources(
      e,
      sources.map((s) => s.url),
    ),
    source_evidence: joinSources(
      e,
      sources.map((s) => s.evidence),
    ),
  };
}

export const estimatesCsv = (estimates: Estimate[]) =>
  toCsv(estimates.map(exportRow), Object.keys(EXPORT_COLUMNS) as (keyof ExportRow)[]);

export interface EstimatesJson {
  title: string;
  description: string;
  page: string;
  fields: Record<string, string>;
  estimates: (Omit<ExportRow, `source_${string}`> & { sources: ReturnType<typeof exportSources> })[];
}

export function estimatesJson(estimates: Estimate[], pageUrl: string): EstimatesJson {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(EXPORT_COLUMNS)) if (!k.startsWith('source_')) fields[k] = v;
  fields.sources =
    'The reports carrying the figure: report id, headline, outlet, author, published, url, and the report’s own words (evidence)';
  return {
    title: 'Troop-count claims for North Korea’s 2024 deployment to Russia',
    description:
      'Every troop figure the source reports give, one record per claim as one report carries it, with the report’s own words for the figure, who made it, what it counts, the date that report gives and the report itself. Records of the same claim in different reports share a claim key. Figures are as claimed and are not combined.',
    page: pageUrl,
    fields,
    estimates: estimates.map((e) => {
      const row = exportRow(e);
      const rest = Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('source_'))) as Omit<
        ExportRow,
        `source_${string}`
      >;
      return { ...rest, sources: exportSources(e) };
    }),
  };
}
