/** buildModel on the real content (the helpers on fixtures: tests/unit/model.test.ts). */
import { describe, expect, it } from 'vitest';
import { buildModel, DEPLOYMENT_START } from '../../src/lib/data/model.ts';
import { factsFromReport } from '../../src/lib/data/queries.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const content = loadContent(process.cwd());
const model = buildModel(content);

describe('buildModel on the real content', () => {
  it('keeps every entry', () => {
    expect(model.reports).toHaveLength(content.reports.length);
    expect(model.events).toHaveLength(content.events.length);
    expect(model.estimates).toHaveLength(content.estimates.length);
    expect(model.places).toHaveLength(content.places.length);
  });

  it('orders events chronologically by start, then end', () => {
    const keys = model.events.map((e) => `${e.date.start}${e.date.end}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('marks events before the deployment as background', () => {
    for (const e of model.events) expect(e.phase).toBe(e.date.start < DEPLOYMENT_START ? 'background' : 'deployment');
    expect(model.events.some((e) => e.phase === 'background')).toBe(true);
    expect(model.events.some((e) => e.phase === 'deployment')).toBe(true);
  });

  it('never merges estimates: one record per claim, each with a claimant and sources', () => {
    expect(new Set(model.estimates.map((e) => e.id)).size).toBe(content.estimates.length);
    for (const e of model.estimates) {
      expect(e.claimant.name.length).toBeGreaterThan(0);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    const counts = new Set(model.estimates.map((e) => e.count));
    for (const n of [1500, 3000, 10000, 12000]) expect(counts).toContain(n);
  });

  it('resolves every citation to a report card', () => {
    const slugs = new Set(model.reports.map((r) => r.slug));
    for (const e of [...model.events, ...model.estimates, ...model.places])
      for (const s of e.sources) expect(slugs).toContain(s.report.slug);
  });

  it('lists undated reports after dated ones', () => {
    const published = model.reports.map((r) => r.published);
    const firstUndated = published.indexOf(null);
    // The real content has an undated report (news-net): without one this test would check nothing.
    expect(firstUndated).toBeGreaterThan(0);
    expect(published.slice(firstUndated).every((p) => p === null)).toBe(true);
  });

  it('links places to the events that mention them', () => {
    for (const place of model.places)
      for (const { id } of place.events) expect(model.events.find((e) => e.id === id)?.places.map((p) => p.id)).toContain(place.id);
  });

  it('finds the facts a report carries', () => {
    for (const r of model.reports) {
      const facts = factsFromReport(model, r.slug);
      for (const e of [...facts.events, ...facts.estimates]) expect(e.sources.map((s) => s.report.slug)).toContain(r.slug);
    }
  });
});
