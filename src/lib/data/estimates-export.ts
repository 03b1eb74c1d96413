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
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';

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
const inWords = (keys: string[], t: Translate) =>
  keys.length < 2
    ? keys.join('')
    : t('list.or', { first: keys.slice(0, -1).join(t('list.separator')), last: keys.at(-1)! });

/**
 * What each column holds, in a locale (written into the JSON); the key order is the CSV's column
 * order. Column names and values are data and stay as they are; only the descriptions are words.
 */
export function exportColumns(locale: Locale = DEFAULT_LOCALE): Record<keyof ExportRow, string> {
  const t = useTranslations(locale);
  const separator = SOURCE_SEPARATOR;
  return {
    id: t('export.column.id'),
    as_of: t('export.column.as_of'),
    as_of_precision: t('export.column.as_of_precision'),
    as_of_start: t('export.column.as_of_start'),
    as_of_end: t('export.column.as_of_end'),
    as_of_kind: t('export.column.as_of_kind'),
    as_of_inferred: t('export.column.as_of_inferred'),
    count: t('export.column.count'),
    qualifier: t('export.column.qualifier', { values: inWords(Object.keys(estimateQualifiers), t) }),
    count_as_claimed: t('export.column.count_as_claimed'),
    status: t('export.column.status'),
    status_label: t('export.column.status_label'),
    claim: t('export.column.claim'),
    claimant: t('export.column.claimant'),
    claimant_kind: inWords(Object.keys(claimantKinds), t),
    via: t('export.column.via'),
    note: t('export.column.note'),
    source_count: t('export.column.source_count'),
    source_reports: t('export.column.source_reports', { separator }),
    source_headlines: t('export.column.source_headlines', { separator }),
    source_outlets: t('export.column.source_outlets'),
    source_published: t('export.column.source_published'),
    source_urls: t('export.column.source_urls'),
    source_evidence: t('export.column.source_evidence', { separator }),
  };
}

/** The columns in the default locale: the CSV's order, and the descriptions the tests read. */
export const EXPORT_COLUMNS = exportColumns(DEFAULT_LOCALE);

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

export function estimatesJson(estimates: Estimate[], pageUrl: string, locale: Locale = DEFAULT_LOCALE): EstimatesJson {
  const t = useTranslations(locale);
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(exportColumns(locale))) if (!k.startsWith('source_')) fields[k] = v;
  fields.sources = t('export.field.sources');
  return {
    title: t('export.title'),
    description: t('export.description'),
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
