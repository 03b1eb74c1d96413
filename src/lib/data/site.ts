/**
 * The one place pages get their data: Astro's collections joined by buildModel, built once
 * per build. Pages import from here and never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildModel, type SiteModel } from './model.ts';
import { mapModel, type MapModel } from './map.ts';

let model: Promise<SiteModel> | undefined;

export const getSiteModel = () =>
  (model ??= Promise.all([getCollection('reports'), getCollection('events'), getCollection('estimates'), getCollection('places')]).then(
    ([reports, events, estimates, places]) => buildModel({ reports, events, estimates, places }),
  ));

/** Report entries with their MDX, for the pages that render a summary. */
export const getReportEntries = async (): Promise<CollectionEntry<'reports'>[]> => {
  const { reports } = await getSiteModel();
  const entries = await getCollection('reports');
  return reports.map((card) => entries.find((e) => e.id === card.slug)!);
};

/** The deployment map's data: places, route, distance and the report statements it cites. */
export const getMapModel = async (): Promise<MapModel> => {
  const site = await getSiteModel();
  const entries = await getCollection('reports');
  return mapModel(site, entries.map((e) => ({ slug: e.id, claims: e.data.claims })));
};
