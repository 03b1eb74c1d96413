/**
 * The corrections log and each page's dates, for pages and the layout: the corrections collection,
 * content/site.yaml and, for entries, the reports whose pages show them. Built once per build.
 * The content guard has already validated all of it, so a parse failure here is a bug, not content.
 */
import { getCollection } from 'astro:content';
import { readSiteFile } from '../content/corrections.ts';
import { siteSchema, type Correction } from '../schemas/index.ts';
import { getSiteModel } from './site.ts';
import { newestFirst, pageHistory, type EntrySources, type PageHistory, type SiteDates } from './last-modified.ts';

export interface CorrectionsLog {
  site: SiteDates;
  /** Newest first. */
  corrections: (Correction & { id: string })[];
  sourcesOf: EntrySources;
}

let log: Promise<CorrectionsLog> | undefined;

async function buildLog(): Promise<CorrectionsLog> {
  const [entries, model] = await Promise.all([getCollection('corrections'), getSiteModel()]);
  const [siteFile] = readSiteFile(process.cwd());
  const site = siteSchema().parse(siteFile?.data);
  const slugs = (list: { id: string; sources: { report: { slug: string } }[] }[]) =>
    new Map(list.map((item) => [item.id, [...new Set(item.sources.map((s) => s.report.slug))]]));
  const sources = { events: slugs(model.events), estimates: slugs(model.estimates), places: slugs(model.places) };
  return {
    site,
    corrections: newestFirst(entries.map((e) => ({ ...e.data, id: e.id }))),
    sourcesOf: (collection, id) => sources[collection].get(id) ?? [],
  };
}

export const getCorrectionsLog = () => (log ??= buildLog());

/** When the page at `path` was published and last changed, and which corrections changed it. */
export const getPageHistory = async (path: string): Promise<PageHistory> => {
  const { site, corrections, sourcesOf } = await getCorrectionsLog();
  return pageHistory(path, site, corrections, sourcesOf);
};
