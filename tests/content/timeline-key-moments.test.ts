/** The compact timeline's inputs on the real content: key moments, their sentence, the headline's finding, figure links. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sentenceCount } from '../../src/lib/schemas/event.ts';
import { buildTimelineView } from '../../src/lib/timeline/view.ts';
import { isKeyMoment } from '../../src/lib/timeline/key-moments.ts';
import { model } from '../unit/timeline-fixtures.ts';

const rawKeys = () =>
  readdirSync('content/events')
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => (parse(readFileSync(join('content/events', f), 'utf8')) as { key?: boolean }).key === true)
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();

describe('compact timeline (real content)', () => {
  const m = model();
  const view = buildTimelineView(m.events, m.reports, 'en', m.estimates);

  it('takes the key moments from the files’ key: true, a short list', () => {
    const keys = view.items.filter(isKeyMoment).map((i) => i.id);
    expect([...keys].sort()).toEqual(rawKeys());
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(12);
  });

  it('gives each event one whole sentence from the start of its description', () => {
    for (const item of view.items) {
      expect(item.description.startsWith(item.summary), item.id).toBe(true);
      expect(sentenceCount(item.summary), item.id).toBe(1);
      expect(item.summary, item.id).toMatch(/[.!?”’"]$/);
    }
  });

  it('states the headline’s finding from the deployment phase', () => {
    const deployment = view.items.filter((i) => i.phase === 'deployment');
    expect(view.finding).toMatchObject({ inPhase: deployment.length, count: view.items.length });
    const first = deployment.map((i) => i.date.start).sort()[0]!;
    const last = deployment.map((i) => i.date.end).sort().at(-1)!;
    expect(view.finding!.days).toBe((Date.parse(last) - Date.parse(first)) / 86_400_000 + 1);
  });

  it('links the events that report a count to the estimates they quote, by the claimant the report names', () => {
    const withFigures = view.items.filter((i) => i.figures.length > 0);
    // Each figure is worded as its estimate states it, and the event's own evidence holds those words.
    for (const item of withFigures)
      for (const f of item.figures) {
        const estimate = m.estimates.find((e) => e.id === f.id)!;
        expect(f).toMatchObject({
          asStated: estimate.asStated,
          status: estimate.statusLabel,
          claimant: estimate.claimant.name,
        });
        expect(f.href).toBe(`/troops/#estimate-${estimate.id}`);
        expect(item.sources.some((s) => s.evidence.includes(estimate.asStated)), `${item.id} → ${f.id}`).toBe(true);
      }
    expect(withFigures.map((i) => i.id)).toContain('south-korea-10000-in-russia');
    // Same figure, same claimant, two outlets: one link.
    for (const item of withFigures)
      expect(new Set(item.figures.map((f) => `${f.asStated}|${f.status}|${f.claimant}`)).size).toBe(item.figures.length);
  });
});
