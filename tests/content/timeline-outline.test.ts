/** The real events ordered, grouped, split into phases and numbered (findBreaks on its own: tests/unit/timeline-outline.test.ts). */
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_START } from '../../src/lib/data/model.ts';
import { MIN_GAP_MONTHS, type PhasedItem } from '../../src/lib/timeline/breaks.ts';
import { eventNumbers, outlineTimeline } from '../../src/lib/timeline/outline.ts';
import { model } from '../unit/timeline-fixtures.ts';

/** Every calendar month from the first event's start to the last event's end that no event touches. */
function emptyMonths(items: readonly PhasedItem[]) {
  const covered = new Set<string>();
  for (const { date } of items) {
    for (let d = new Date(`${date.start.slice(0, 7)}-01T00:00:00Z`); d.toISOString().slice(0, 10) <= date.end; d.setUTCMonth(d.getUTCMonth() + 1))
      covered.add(d.toISOString().slice(0, 7));
  }
  const months: string[] = [];
  const last = items.map((i) => i.date.end.slice(0, 7)).sort().at(-1)!;
  for (let d = new Date(`${items[0]!.date.start.slice(0, 7)}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= last; d.setUTCMonth(d.getUTCMonth() + 1)) {
    const m = d.toISOString().slice(0, 7);
    if (!covered.has(m)) months.push(m);
  }
  return months;
}

const nextMonth = (m: string) => {
  const d = new Date(`${m}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
};

/** Consecutive months grouped into runs. */
function emptyRuns(months: string[]) {
  const runs: string[][] = [];
  for (const m of months) {
    const run = runs.at(-1);
    if (run && nextMonth(run.at(-1)!) === m) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

describe('timeline ordering and grouping (real content)', () => {
  const { events } = model();
  const sections = outlineTimeline(events);
  const listed = sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'month' ? i.events : [])));

  it('lists every event exactly once, oldest first', () => {
    expect(listed.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (let i = 1; i < listed.length; i++) {
      const [a, b] = [listed[i - 1]!.date, listed[i]!.date];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
  });

  it('groups events under the month they start in, months in order and never repeated', () => {
    const months = sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'month' ? [i] : [])));
    expect(new Set(months.map((m) => m.month)).size).toBe(months.length);
    expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
    for (const m of months) for (const e of m.events) expect(e.date.start.slice(0, 7)).toBe(m.month);
  });

  it('puts background before the deployment, split at the deployment start', () => {
    expect(sections.map((s) => s.phase)).toEqual(['background', 'deployment']);
    for (const s of sections) for (const e of s.events) expect(e.date.start < DEPLOYMENT_START).toBe(s.phase === 'background');
    expect(sections[0]!.heading).toMatch(/^Background, /);
    expect(sections[1]!.heading).toMatch(/^The deployment, /);
  });

  it('marks each long empty stretch, and the one between the phases, with its true extent; no others', () => {
    const markers = sections.flatMap((s) => [...(s.gapBefore ? [s.gapBefore] : []), ...s.items.flatMap((i) => (i.kind === 'gap' ? [i.gap] : []))]);
    const deploymentMonth = DEPLOYMENT_START.slice(0, 7);
    const expected = emptyRuns(emptyMonths(events)).filter(
      (run) => run.length >= MIN_GAP_MONTHS || (run[0]! < deploymentMonth && nextMonth(run.at(-1)!) >= deploymentMonth),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(markers.map((g) => [g.from, g.to, g.months])).toEqual(expected.map((run) => [run[0], run.at(-1), run.length]));
  });

  it('numbers events 1…n in list order', () => {
    const numbers = eventNumbers(events);
    expect(listed.map((e) => numbers.get(e.id))).toEqual(listed.map((_, i) => i + 1));
  });
});
