/** Questions pages ask of the model, kept out of the markup so they can be unit-tested. */
import type { Conflict, SiteModel } from './model.ts';

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

/** Where a troop-count record is shown: its row in the troop table. */
export const estimateHref = (id: string) => `/troops/#estimate-${id}`;

/** Where a dated event is shown: its entry on the timeline. */
export const eventHref = (id: string) => `/timeline/#${id}`;
