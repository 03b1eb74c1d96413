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
import { getPageHistory } from './corrections-log.ts';
import { pageData, type PageData, type PageRequest } from '../page-data.ts';
import { localeConfig, type Locale } from '../i18n/config.ts';

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

/**
 * A page's data, computed once from what the page says it is (src/lib/page-data.ts), with its
 * history from the corrections log. Pages call it in their front matter and hand it to the layout.
 */
export const getPageData = async (
  astro: { url: URL; site: URL | undefined; locals: { locale: Locale } },
  request: PageRequest,
): Promise<PageData> => {
  if (!astro.site) throw new Error('astro.config.mjs sets no `site`: page URLs need it');
  const path = astro.url.pathname;
  const [history, { reports }] = await Promise.all([getPageHistory(path), getSiteModel()]);
  const { locale } = astro.locals;
  return pageData(request, { site: astro.site, path, history, reports, locale, language: localeConfig(locale) });
};

/** Report entries with their MDX, for the one page that renders a summary's body. */
export const getReportEntries = async (): Promise<CollectionEntry<'reports'>[]> => {
  const { reports } = await getSiteModel();
  const entries = await getCollection('reports');
  return reports.map((card) => entries.find((e) => e.id === card.slug)!);
};

/** The deployment map's data: places, distance line, and the report statements it cites. */
export const getMapModel = async (locale?: Locale): Promise<MapModel> =>
  mapModel(await getSiteModel(), getCopy('map'), locale);
