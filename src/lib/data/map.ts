/**
 * Everything the deployment map shows, joined from the site model: the places (with their
 * sources and the timeline events that name them), the distance line's two ends and its computed
 * straight-line distance, and the report statements the map cites beside that line. Pure, so the
 * page and the post-build image step draw the same map. (Its files live elsewhere: Natural Earth
 * in natural-earth-files.ts, the base layer in map-base-geojson.ts, the tile option in
 * map-tiles.ts, the published paths in map-urls.ts.)
 */
import { REGION_OUTLINES } from '../geo/region-outlines.ts';
import { distanceKm, roundDistance } from '../geo/distance.ts';
import { westToEast } from '../geo/order.ts';
import type { MapPlaceInput } from '../geo/map-layout.ts';
import { placeRoleRecords } from '../taxonomy.ts';
import { countFormatter, formatCount } from '../format/numbers.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { CopyBlock, CopyData } from '../schemas/copy.ts';
import type { Citation, Place, ReportCard, SiteModel } from './model.ts';

/**
 * The map's editorial choices (which two places the distance line joins, its title, caption and
 * the report statements it cites) are content: content/copy/map.yaml, validated with every id
 * it names. This module only joins them to the places and computes the distance.
 */
export type MapCopy = CopyData['map'];

export interface MapModel {
  /** Places west to east (westToEast): the order of the place list and of the interactive map's markers. */
  places: Place[];
  /** The dashed distance line's two ends: a distance, never a route (the reports give none). */
  route: { from: Place; to: Place; km: number; roundedKm: number; label: string };
  reportedDistance: { km: number; citation: Citation; text: CopyBlock };
  arrival: { citation: Citation; eventId: string; eventTitle: string; text: CopyBlock };
  /** The map's words, from content/copy/map.yaml. */
  copy: MapCopy;
  /** The places as the layout needs them. */
  layoutPlaces: MapPlaceInput[];
}

/** A report's cited claim as a citation; the report record carries its claims. */
function citeClaim(reports: ReportCard[], ref: { report: string; claim: string }): Citation {
  const report = reports.find((r) => r.slug === ref.report);
  const evidence = report?.claims.find((c) => c.id === ref.claim)?.evidence;
  if (!report || !evidence) throw new Error(`map: report "${ref.report}" declares no claim "${ref.claim}"`);
  return { report, evidence };
}

export function mapModel(site: SiteModel, copy: MapCopy, locale: Locale = DEFAULT_LOCALE): MapModel {
  const place = (id: string) => {
    const found = site.places.find((p) => p.id === id);
    if (!found) throw new Error(`map: no place "${id}" in content/places`);
    return found;
  };
  const from = place(copy.distanceLine.from);
  const to = place(copy.distanceLine.to);
  const km = distanceKm([from.coordinates.lon, from.coordinates.lat], [to.coordinates.lon, to.coordinates.lat]);
  const roundedKm = roundDistance(km);
  const reported = citeClaim(site.reports, copy.reportedDistance);
  if (!reported.evidence.includes(formatCount(copy.reportedDistance.km))) {
    throw new Error(`map: the cited evidence no longer states ${copy.reportedDistance.km} km`);
  }
  const event = site.events.find((e) => e.id === copy.arrival.event);
  if (!event) throw new Error(`map: no timeline event "${copy.arrival.event}"`);
  const bold = new Set<string>([from.id, to.id]);
  const places = westToEast(site.places);
  return {
    places,
    route: {
      from,
      to,
      km,
      roundedKm,
      label: useTranslations(locale)('map.distanceLabel', { km: countFormatter(locale)(roundedKm) }),
    },
    reportedDistance: { km: copy.reportedDistance.km, citation: reported, text: copy.reportedDistance.text },
    arrival: {
      citation: citeClaim(site.reports, copy.arrival),
      eventId: event.id,
      eventTitle: event.title,
      text: copy.arrival.text,
    },
    copy,
    layoutPlaces: places.map((p) => ({
      id: p.id,
      name: p.name,
      lon: p.coordinates.lon,
      lat: p.coordinates.lat,
      role: p.role,
      weight: bold.has(p.id) || placeRoleRecords[p.role].bold ? 600 : 400,
    })),
  };
}

/** The distance line's ends, as the layout takes them. */
export const mapLine = (model: MapModel) => ({
  from: model.route.from.id,
  to: model.route.to.id,
  label: model.route.label,
});

/** The text alternative the map's SVG carries: what is drawn, never a route the reports do not give. */
export function mapDescription(model: MapModel, locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const names = model.places
    .map((p) => t('map.description.place', { name: p.name, role: lowerFirst(p.roleLabel) }))
    .join(t('list.separator'));
  return t('map.description', {
    count: model.places.length,
    names,
    from: placeWithArticle(model.route.from, locale),
    to: placeWithArticle(model.route.to, locale),
    km: countFormatter(locale)(model.route.roundedKm),
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "the Kursk region" but "Moscow": regions read with an article in running text. */
export const placeWithArticle = (place: Pick<Place, 'name' | 'kind'>, locale: Locale = DEFAULT_LOCALE) =>
  place.kind === 'region' ? useTranslations(locale)('map.regionInText', { name: place.name }) : place.name;

/** Boundaries to outline: the regions among the map's places that have one (src/lib/geo/region-outlines.ts). */
export const regionOutlines = (model: MapModel) =>
  model.places.flatMap((p) => {
    const ring = p.kind === 'region' ? REGION_OUTLINES[p.id] : undefined;
    return ring ? [{ id: p.id, name: p.name, ring }] : [];
  });

/** Reports behind the map, for its source line. */
export function mapReports(model: MapModel): ReportCard[] {
  const all = [...model.places.flatMap((p) => p.sources), model.reportedDistance.citation, model.arrival.citation].map(
    (c) => c.report,
  );
  return [...new Map(all.map((r) => [r.slug, r])).values()].sort((a, b) => a.shortName.localeCompare(b.shortName));
}
