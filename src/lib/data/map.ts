/**
 * Everything the deployment map shows, joined from the content: the places (with their sources
 * and the timeline events that name them), the route's two ends and its computed straight-line
 * distance, and the report statements the map cites beside that line. Node-only (it reads the
 * Natural Earth file from the world-atlas package) and free of Astro, so the page, the GeoJSON
 * endpoint and the post-build image step all draw the same map.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { distanceKm, roundDistance } from '../geo/distance.ts';
import { baseGeometry, type BaseGeometry, type Countries } from '../geo/natural-earth.ts';
import type { MapPlaceInput } from '../geo/map-layout.ts';
import type { LonLatBox } from '../geo/projection.ts';
import { placeRoleRecords } from '../taxonomy.ts';
import { trimArea, trimLines, type AreaGeometry, type Feature, type LineGeometry } from '../geo/trim.ts';
import { formatCount } from '../format/numbers.ts';
import type { CopyBlock, CopyData } from '../schemas/copy.ts';
import type { Citation, Place, ReportCard, SiteModel } from './model.ts';

/**
 * The map's editorial choices (which two places the distance line joins, its title, caption and
 * the report statements it cites) are content: content/copy/map.yaml, validated with every id
 * it names. This module only joins them to the places and computes the distance.
 */
export type MapCopy = CopyData['map'];

/** Where the interactive map's base layer is served (src/pages/data/map-base.geojson.ts). */
export const MAP_BASE_PATH = '/data/map-base.geojson';
/** Where the build writes the standalone map (scripts/postbuild/30-map-image.ts). */
export const MAP_IMAGE_PATHS = { svg: '/images/map.svg', png: '/images/map.png' } as const;

export interface ReportClaims {
  slug: string;
  claims: { id: string; evidence: string }[];
}

export interface MapModel {
  /** Places west to east, as the model sorts them. */
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

function citeClaim(reports: ReportCard[], claims: ReportClaims[], ref: { report: string; claim: string }): Citation {
  const report = reports.find((r) => r.slug === ref.report);
  const evidence = claims.find((c) => c.slug === ref.report)?.claims.find((c) => c.id === ref.claim)?.evidence;
  if (!report || !evidence) throw new Error(`map: report "${ref.report}" declares no claim "${ref.claim}"`);
  return { report, evidence };
}

export function mapModel(site: SiteModel, claims: ReportClaims[], copy: MapCopy): MapModel {
  const place = (id: string) => {
    const found = site.places.find((p) => p.id === id);
    if (!found) throw new Error(`map: no place "${id}" in content/places`);
    return found;
  };
  const from = place(copy.distanceLine.from);
  const to = place(copy.distanceLine.to);
  const km = distanceKm([from.coordinates.lon, from.coordinates.lat], [to.coordinates.lon, to.coordinates.lat]);
  const roundedKm = roundDistance(km);
  const reported = citeClaim(site.reports, claims, copy.reportedDistance);
  if (!reported.evidence.includes(formatCount(copy.reportedDistance.km))) {
    throw new Error(`map: the cited evidence no longer states ${copy.reportedDistance.km} km`);
  }
  const event = site.events.find((e) => e.id === copy.arrival.event);
  if (!event) throw new Error(`map: no timeline event "${copy.arrival.event}"`);
  const bold = new Set<string>([from.id, to.id]);
  return {
    places: site.places,
    route: { from, to, km, roundedKm, label: `About ${formatCount(roundedKm)} km in a straight line` },
    reportedDistance: { km: copy.reportedDistance.km, citation: reported, text: copy.reportedDistance.text },
    arrival: {
      citation: citeClaim(site.reports, claims, copy.arrival),
      eventId: event.id,
      eventTitle: event.title,
      text: copy.arrival.text,
    },
    copy,
    layoutPlaces: site.places.map((p) => ({
      id: p.id,
      name: p.name,
      lon: p.coordinates.lon,
      lat: p.coordinates.lat,
      role: p.role,
      weight: bold.has(p.id) || placeRoleRecords[p.role].bold ? 600 : 400,
    })),
  };
}

/**
 * Natural Earth scales world-atlas ships: 1:110m is detailed enough for the whole region at
 * page width and a fraction of the bytes; 1:50m for the inset and the zoomable map.
 */
export type NaturalEarthScale = '110m' | '50m';

const countries = new Map<NaturalEarthScale, Countries>();
const bases = new Map<NaturalEarthScale, BaseGeometry>();

/** Natural Earth countries, as world-atlas ships them (read once per process). */
export function loadCountries(scale: NaturalEarthScale): Countries {
  let topology = countries.get(scale);
  if (!topology) {
    const file = createRequire(join(process.cwd(), 'package.json')).resolve(`world-atlas/countries-${scale}.json`);
    countries.set(scale, (topology = JSON.parse(readFileSync(file, 'utf8')) as Countries));
  }
  return topology;
}

/** Land and borders, Crimea drawn as Ukraine (see src/lib/geo/natural-earth.ts). */
export function loadBaseGeometry(scale: NaturalEarthScale): BaseGeometry {
  let base = bases.get(scale);
  if (!base) bases.set(scale, (base = baseGeometry(loadCountries(scale))));
  return base;
}

/** The distance line's ends, as the layout takes them. */
export const mapLine = (model: MapModel) => ({
  from: model.route.from.id,
  to: model.route.to.id,
  label: model.route.label,
});

/** The text alternative the map's SVG carries: what is drawn, never a route the reports do not give. */
export function mapDescription(model: MapModel): string {
  const names = model.places.map((p) => `${p.name} (${lowerFirst(p.roleLabel)})`).join(', ');
  return (
    `Map of Europe and Asia from Brussels to Russia’s Pacific coast, marking ${model.places.length} places from the reports: ${names}. ` +
    `A dashed line joins ${placeWithArticle(model.route.from)} and ${placeWithArticle(model.route.to)}, ${formatCount(model.route.roundedKm)} km apart in a straight line; ` +
    'it shows a distance only: the reports give no route between them. ' +
    'An inset enlarges the Korean peninsula and Russia’s Far East.'
  );
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "the Kursk region" but "Moscow": regions read with an article in running text. */
export const placeWithArticle = (place: Pick<Place, 'name' | 'kind'>) =>
  place.kind === 'region' ? `the ${place.name}` : place.name;

/** Reports behind the map, for its source line. */
export function mapReports(model: MapModel): ReportCard[] {
  const all = [...model.places.flatMap((p) => p.sources), model.reportedDistance.citation, model.arrival.citation].map(
    (c) => c.report,
  );
  return [...new Map(all.map((r) => [r.slug, r])).values()].sort((a, b) => a.shortName.localeCompare(b.shortName));
}

/** The area the zoomable map can show: the SVG's frame with room to pan. */
export const MAP_REGION: LonLatBox = { west: -11, south: 28, east: 150, north: 78 };

/**
 * The interactive map's base layer: Natural Earth 1:50m countries and borders cut to MAP_REGION,
 * simplified to about 6 km (the zoom levels the map allows show nothing finer) and rounded to
 * 0.01°. Served as a static file from this site, so the map needs no tile server.
 */
export function mapBaseGeoJson(): {
  type: 'FeatureCollection';
  features: Feature<AreaGeometry | LineGeometry, Record<string, string>>[];
} {
  const base = loadBaseGeometry('50m');
  const options = { tolerance: 0.06, digits: 2, minArea: 0.05 };
  const land = base.countries.flatMap((c) => {
    const geometry = trimArea(c.geometry, MAP_REGION, options);
    return geometry
      ? [{ type: 'Feature' as const, properties: { kind: 'land', name: c.properties.name }, geometry }]
      : [];
  });
  const borders = trimLines(base.borders, MAP_REGION, options);
  return {
    type: 'FeatureCollection',
    features: [
      ...land,
      ...(borders ? [{ type: 'Feature' as const, properties: { kind: 'border' }, geometry: borders }] : []),
    ],
  };
}

/** A raster tile layer, only when configured at build time (off by default: no third-party requests). */
export function tileLayerOption(
  env: Record<string, string | undefined> = process.env,
): { url: string; attribution: string } | null {
  const url = env['MAP_TILE_URL']?.trim();
  if (!url) return null;
  const attribution = env['MAP_TILE_ATTRIBUTION']?.trim();
  if (!attribution)
    throw new Error('MAP_TILE_URL is set but MAP_TILE_ATTRIBUTION is not: a tile layer must credit its source');
  return { url, attribution };
}
