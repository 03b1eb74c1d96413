import { describe, expect, it } from 'vitest';
import { buildTimelineView, groupSourcesByReport } from '../../src/lib/timeline/view.ts';
import { model } from '../unit/timeline-fixtures.ts';

describe('timeline view model (real content)', () => {
  const m = model();
  const view = buildTimelineView(m.events, m.reports);

  it('keeps every citation, grouping several snippets from one report under that report', () => {
    for (const item of view.items) {
      const event = m.events.find((e) => e.id === item.id)!;
      expect(item.sourcesByReport.flatMap((s) => s.evidence).sort()).toEqual(event.sources.map((s) => s.evidence).sort());
      expect(new Set(item.reportSlugs).size).toBe(item.reportSlugs.length);
    }
    const multi = view.items.find((i) => i.sources.length > i.sourcesByReport.length);
    expect(multi).toBeDefined();
  });

  it('groups in first-cited order', () => {
    const [a, b] = m.reports;
    const groups = groupSourcesByReport([
      { report: b!, evidence: 'one' },
      { report: a!, evidence: 'two' },
      { report: b!, evidence: 'three' },
    ]);
    expect(groups.map((g) => [g.report.slug, g.evidence])).toEqual([
      [b!.slug, ['one', 'three']],
      [a!.slug, ['two']],
    ]);
  });

  it('states counts in the takeaway that match the events', () => {
    const deployment = view.items.filter((i) => i.phase === 'deployment').length;
    const background = view.items.length - deployment;
    expect(view.takeaway).toContain(`${deployment} of the ${view.items.length} events`);
    expect(view.takeaway).toContain(`other ${background} are background`);
    expect(view.inferredCount).toBe(m.events.filter((e) => e.dateInferred).length);
  });

  it('names every cited report in the source line', () => {
    const cited = new Set(m.events.flatMap((e) => e.sources.map((s) => s.report.slug)));
    for (const r of m.reports) expect(view.sourceLine.includes(r.shortName)).toBe(cited.has(r.slug));
  });

  it('passes each event to the strip with its precision and whether it was inferred', () => {
    for (const e of m.events) {
      const s = view.strip.find((x) => x.id === e.id)!;
      expect(s.date).toEqual(e.date);
      expect(s.inferred).toBe(e.dateInferred !== undefined);
      expect(s.phase).toBe(e.phase);
    }
  });
});
