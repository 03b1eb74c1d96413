/**
 * Joins and sorts the validated collections into the records pages use: every event, estimate
 * and place carries its resolved sources (report headline, outlet, evidence). Pure: it takes
 * plain arrays, so pages feed it Astro's collections and post-build steps and tests the Node
 * loader's output (src/lib/content/load.ts).
 */
import type {
  ConflictData,
  DateSpec,
  EstimateData,
  PlaceData,
  Report,
  SourceRef,
  TimelineEventData,
} from '../schemas/index.ts';
import {
  asOfKinds,
  conflictKinds,
  eventCategories,
  estimateStatuses,
  placeRoles,
  type EventCategory,
} from '../taxonomy.ts';
import { shortName } from '../format/reports.ts';

export interface IdData<T> {
  id: string;
  data: T;
}

/** The deployment itself begins here; anything earlier is background. */
export const DEPLOYMENT_START = '2024-10-01';

/**
 * The one record of a report that pages, feeds, JSON-LD, exports and post-build steps use: its
 * front matter with unknowns as `null` (the schema's output), its cited claims, and the short name
 * citations print. Only a page that renders a summary's MDX body needs the collection entry itself.
 */
export interface ReportCard extends Report {
  slug: string;
  /** Short name for citations: the outlet, else the byline, else the headline (format/reports.ts). */
  shortName: string;
}

export interface Citation {
  report: ReportCard;
  evidence: string;
}

export interface PlaceRef {
  id: string;
  name: string;
}

export interface TimelineEvent extends Omit<TimelineEventData, 'places' | 'sources'> {
  id: string;
  categoryLabel: string;
  phase: 'background' | 'deployment';
  places: PlaceRef[];
  sources: Citation[];
}

export interface Estimate extends Omit<EstimateData, 'sources'> {
  id: string;
  /** What the figure counts, in proper case ("Already in Russia"). */
  statusLabel: string;
  /** "as of" (the report gives the date) or "as reported on" (its publication date). */
  asOfLabel: string;
  sources: Citation[];
}

/** One side of a disagreement, with its records resolved. */
export interface ConflictSide {
  label: string;
  /** The side's own claimant, for snippet-only sides ("not attributed" when the report names none). */
  claimant: string | undefined;
  estimates: Estimate[];
  events: TimelineEvent[];
  sources: Citation[];
}

export interface Conflict {
  id: string;
  title: string;
  kind: ConflictData['kind'];
  kindLabel: string;
  note: string;
  sides: ConflictSide[];
  /** Slugs of every report any side rests on. */
  reportSlugs: string[];
}

export interface Place extends Omit<PlaceData, 'sources'> {
  id: string;
  roleLabel: string;
  sources: Citation[];
  /** Timeline events that mention this place, in date order. */
  events: { id: string; title: string }[];
}

export interface SiteModel {
  reports: ReportCard[];
  events: TimelineEvent[];
  estimates: Estimate[];
  places: Place[];
  conflicts: Conflict[];
}

const byDate = (a: DateSpec, b: DateSpec) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end);

/** Reports: dated ones oldest first, undated ones last, ties by slug. */
const byPublished = (a: ReportCard, b: ReportCard) => {
  if (a.published === b.published) return a.slug.localeCompare(b.slug);
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published.localeCompare(b.published);
};

export const toReportCard = ({ id, data }: IdData<Report>): ReportCard => ({
  slug: id,
  ...data,
  shortName: shortName(data),
});

export function buildModel(input: {
  reports: IdData<Report>[];
  events: IdData<TimelineEventData>[];
  estimates: IdData<EstimateData>[];
  places: IdData<PlaceData>[];
  conflicts?: IdData<ConflictData>[];
}): SiteModel {
  const reports = input.reports.map(toReportCard).sort(byPublished);
  const reportBySlug = new Map(reports.map((r) => [r.slug, r]));
  const cite = (sources: SourceRef[]): Citation[] =>
    sources.map(({ report, evidence }) => {
      const card = reportBySlug.get(report);
      if (!card) throw new Error(`unknown report "${report}": validate the content first`);
      return { report: card, evidence };
    });
  const placeName = new Map(input.places.map((p) => [p.id, p.data.name]));

  const events: TimelineEvent[] = [...input.events]
    .sort((a, b) => byDate(a.data.date, b.data.date) || a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      ...data,
      id,
      categoryLabel: eventCategories[data.category as EventCategory],
      phase: data.date.start < DEPLOYMENT_START ? 'background' : 'deployment',
      places: data.places.map((p) => ({ id: p, name: placeName.get(p) ?? p })),
      sources: cite(data.sources),
    }));

  const estimates: Estimate[] = [...input.estimates]
    .sort((a, b) => byDate(a.data.asOf, b.data.asOf) || a.data.count - b.data.count || a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      ...data,
      id,
      statusLabel: estimateStatuses[data.status],
      asOfLabel: asOfKinds[data.asOfKind],
      sources: cite(data.sources),
    }));

  const places: Place[] = [...input.places]
    .sort((a, b) => b.data.coordinates.lon - a.data.coordinates.lon || a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      ...data,
      id,
      roleLabel: placeRoles[data.role],
      sources: cite(data.sources),
      events: events.filter((e) => e.places.some((p) => p.id === id)).map((e) => ({ id: e.id, title: e.title })),
    }));

  const find = <T extends { id: string }>(list: T[], id: string, what: string) => {
    const found = list.find((x) => x.id === id);
    if (!found) throw new Error(`unknown ${what} "${id}": validate the content first`);
    return found;
  };
  const conflicts: Conflict[] = [...(input.conflicts ?? [])]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const sides = data.sides.map((side) => ({
        label: side.label,
        claimant: side.claimant,
        estimates: side.estimates.map((e) => find(estimates, e, 'estimate')),
        events: side.events.map((e) => find(events, e, 'event')),
        sources: cite(side.sources),
      }));
      const reportSlugs = [
        ...new Set(
          sides.flatMap((s) => [...s.estimates, ...s.events, s].flatMap((x) => x.sources.map((c) => c.report.slug))),
        ),
      ];
      return {
        id,
        title: data.title,
        kind: data.kind,
        kindLabel: conflictKinds[data.kind],
        note: data.note,
        sides,
        reportSlugs,
      };
    });

  return { reports, events, estimates, places, conflicts };
}

/** Events grouped by calendar month of their start, in order: the timeline's sections. */
export function groupByMonth<T extends { date: DateSpec }>(items: T[]) {
  const groups: { month: string; items: T[] }[] = [];
  for (const item of items) {
    const month = item.date.start.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}
