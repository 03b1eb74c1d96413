/**
 * The one place pages get their data: Astro's collections joined by buildModel, built once
 * per build, and the page copy (content/copy/, validated with everything else by the content
 * guard). Pages import from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadContent } from '../content/load.ts';
import type { CopyData, CopyId } from '../schemas/copy.ts';
import { buildModel, type SiteModel } from './model.ts';
import { mapModel, type MapModel } from './map.ts';

let model: Promise<SiteModel> | undefined;

export const getSiteModel = () =>
  (model ??= Promise.all([
    getCollection('reports'),
    getCollection('events'),
    getCollection('estimates'),
    getCollection('places'),
    getCollection('conflicts'),
  ]).then(([reports, events, estimates, places, conflicts]) =>
    buildModel({ reports, events, estimates, places, conflicts }),
  ));

/**
 * One page's copy. Copy files have a schema each, so they are read through the validator (the
 * same parser and schemas the content guard has already run) rather than one Astro collection.
 */
export function getCopy<K extends CopyId>(id: K): CopyData[K] {
  const copy = loadContent().copy[id];
  if (!copy) throw new Error(`content/copy/${id}.yaml is missing: run npm run validate`);
  return copy as CopyData[K];
}

/** Report entries with their MDX, for the pages that render a summary. */
export const getReportEntries = async (): Promise<CollectionEntry<'reports'>[]> => {
  const { reports } = await getSiteModel();
  const entries = await getCollection('reports');
  return reports.map((card) => entries.find((e) => e.id === card.slug)!);
};

/** The deployment map's data: places, distance line, and the report statements it cites. */
export const getMapModel = async (): Promise<MapModel> => {
  const site = await getSiteModel();
  const entries = await getCollection('reports');
  return mapModel(
    site,
    entries.map((e) => ({ slug: e.id, claims: e.data.claims })),
    getCopy('map'),
  );
};
