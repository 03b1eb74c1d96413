/** Questions pages ask of the model, kept out of the markup so they can be unit-tested. */
import type { SiteModel } from './model.ts';

/** The events and estimates that cite one report. */
export const factsFromReport = (model: SiteModel, slug: string) => ({
  events: model.events.filter((e) => e.sources.some((s) => s.report.slug === slug)),
  estimates: model.estimates.filter((e) => e.sources.some((s) => s.report.slug === slug)),
});
