/** Questions pages ask of the model, kept out of the markup so they can be unit-tested. */
import type { Conflict, Estimate, SiteModel, TimelineEvent } from './model.ts';

/** The events and estimates that cite one report. */
export const factsFromReport = (model: SiteModel, slug: string) => ({
  events: model.events.filter((e) => e.sources.some((s) => s.report.slug === slug)),
  estimates: model.estimates.filter((e) => e.sources.some((s) => s.report.slug === slug)),
});

/** Where a disagreement is shown: its anchor on the disagreements page. */
export const DISAGREEMENTS_PATH = '/disagreements/';
export const conflictHref = (id: string) => `${DISAGREEMENTS_PATH}#${id}`;

/** Disagreements one estimate takes part in. */
export const conflictsForEstimate = (model: Pick<SiteModel, 'conflicts'>, id: string): Conflict[] =>
  model.conflicts.filter((c) => c.sides.some((s) => s.estimates.some((e) => e.id === id)));

/** Disagreements one timeline event takes part in. */
export const conflictsForEvent = (model: Pick<SiteModel, 'conflicts'>, id: string): Conflict[] =>
  model.conflicts.filter((c) => c.sides.some((s) => s.events.some((e) => e.id === id)));

/** Disagreements any side of which rests on one report. */
export const conflictsForReport = (model: Pick<SiteModel, 'conflicts'>, slug: string): Conflict[] =>
  model.conflicts.filter((c) => c.reportSlugs.includes(slug));

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.start <= b.end && b.start <= a.end;

/**
 * The timeline events a troop figure comes from. The content records no such link, so it is
 * derived, narrowly: the event cites the same report, on a date that overlaps the figure's,
 * with evidence from that report that states the same number ("1,500" or "1500"). Sharing a
 * report and a day alone is not enough: a report often tells several things about one day.
 */
export function eventsForEstimate(
  model: Pick<SiteModel, 'events'>,
  estimate: Pick<Estimate, 'count' | 'asOf' | 'sources'>,
): TimelineEvent[] {
  const spellings = [estimate.count.toLocaleString('en-US'), String(estimate.count)];
  const reports = new Set(estimate.sources.map((s) => s.report.slug));
  return model.events.filter(
    (event) =>
      overlaps(event.date, estimate.asOf) &&
      event.sources.some(
        (s) =>
          reports.has(s.report.slug) && spellings.some((n) => new RegExp(`(?<![\\d,])${n}(?![\\d,])`).test(s.evidence)),
      ),
  );
}
