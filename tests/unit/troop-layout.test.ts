import { loadContent } from '../../src/lib/content/load.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, boxInside, segmentHitsBox, segmentsCross, boxAround, type Box } from '../../src/lib/charts/geometry.ts';
import { placeLabels, type LabelRequest } from '../../src/lib/charts/labels.ts';
import { BoxIndex } from '../../src/lib/charts/box-index.ts';
import { layoutTroopChart, MAX_DIRECT_LABELS, type TroopChartLayout } from '../../src/lib/charts/troop-chart.ts';
import { plannedTotalReferences, troopChartData } from '../../src/lib/charts/troop-data.ts';
import { dodgeMarks } from '../../src/lib/charts/dodge.ts';
import { TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop-config.ts';
import { shortClaimant, shortDate } from '../../src/lib/charts/troop-wording.ts';
import { formatCount } from '../../src/lib/format/numbers.ts';
import { crowdedEstimates, day, fakeEstimate, measure, realModel, STATUSES, QUALIFIERS, realAnnotations } from './troop-fixtures.ts';
import type { Estimate } from '../../src/lib/data/model.ts';

// Heavy layouts: on two busy cores (a build running beside the unit tests) they take several seconds,
// more than vitest's default 5 s per test, which is a limit of the harness, not a claim about speed.
const HEAVY = { timeout: 60_000 };

/** Every piece of text the layout places, with a name for failure messages. */
function textBoxes(layout: TroopChartLayout): { name: string; box: Box }[] {
  return [
    { name: 'y-axis title', box: layout.yTitle.box },
    ...layout.annotations.map((a) => ({ name: `annotation ${a.id}`, box: a.label.box })),
    ...layout.references.flatMap((r) => (r.label ? [{ name: `reference ${r.count}`, box: r.label.box }] : [])),
    ...layout.marks.filter((m) => m.label).map((m) => ({ name: `label ${m.id}`, box: m.label!.box })),
  ];
}

/** The invariants every layout must keep, whatever the data. */
function expectCleanLayout(layout: TroopChartLayout, estimates: Estimate[]) {
  const texts = textBoxes(layout);
  const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (let i = 0; i < texts.length; i++) {
    expect(boxInside(texts[i]!.box, frame), `${texts[i]!.name} inside the chart`).toBe(true);
    for (let j = i + 1; j < texts.length; j++)
      expect(boxesOverlap(texts[i]!.box, texts[j]!.box), `${texts[i]!.name} overlaps ${texts[j]!.name}`).toBe(false);
  }
  // Labels never cover a mark, their own included.
  for (const t of texts)
    for (const m of layout.marks) expect(boxesOverlap(t.box, boxAround(m.x, m.y, m.radius)), `${t.name} covers mark ${m.id}`).toBe(false);
  // Marks never sit on each other.
  for (let i = 0; i < layout.marks.length; i++)
    for (let j = i + 1; j < layout.marks.length; j++) {
      const [a, b] = [layout.marks[i]!, layout.marks[j]!];
      const apart = Math.abs(a.x - b.x) >= a.radius + b.radius || Math.abs(a.y - b.y) >= a.radius + b.radius;
      expect(apart, `marks ${a.id} and ${b.id} overlap`).toBe(true);
    }
  // Leader lines cross no label and no other leader.
  const leaders = layout.marks.filter((m) => m.label?.leader).map((m) => ({ id: m.id, s: m.label!.leader! }));
  for (const l of leaders) {
    for (const t of texts) if (t.name !== `label ${l.id}`) expect(segmentHitsBox(l.s, t.box), `leader of ${l.id} crosses ${t.name}`).toBe(false);
    for (const o of leaders) if (o !== l) expect(segmentsCross(l.s, o.s), `leaders ${l.id} and ${o.id} cross`).toBe(false);
  }
  // Every claim is drawn, and each is either labelled or listed as unlabelled (never silently lost).
  expect(layout.marks.map((m) => m.id)).toEqual(estimates.map((e) => e.id));
  // A planned-total mark may instead be named by its reference line's label.
  const named = layout.references.flatMap((r) => r.label?.lines.map((l) => l.text) ?? []).join(' ');
  for (const m of layout.marks) {
    const listed = layout.unlabelled.includes(m.id);
    if (m.label) expect(listed, `mark ${m.id} both labelled and listed`).toBe(false);
    else if (!listed) {
      const e = estimates.find((x) => x.id === m.id)!;
      expect(e.status, `mark ${m.id} has no label and is not listed`).toBe('planned-total');
      expect(named).toContain(e.asStated);
    }
  }
}

describe('troop chart layout with the real data', () => {
  const model = realModel();
  const data = troopChartData(model, realAnnotations());

  for (const variant of TROOP_CHART_VARIANTS) {
    describe(`${variant.id} (${variant.width} wide)`, () => {
      const layout = layoutTroopChart(data, variant, measure);

      it('keeps every label clear of every other label, every mark and the frame', () => {
        expectCleanLayout(layout, model.estimates);
      });

      it('labels every claim directly, or names it with the reference line', () => {
        expect(layout.unlabelled).toEqual([]);
      });

      it('puts each mark at its count on a zero-based axis and near its date', () => {
        const zero = layout.yTicks.find((t) => t.label === '0')!;
        expect(zero.y).toBeCloseTo(layout.plot.y + layout.plot.height, 5);
        const perUnit = (zero.y - layout.plot.y) / Number(layout.yTicks.at(-1)!.label.replace(/,/g, ''));
        for (const [i, m] of layout.marks.entries()) {
          const e = model.estimates[i]!;
          expect(m.y).toBeCloseTo(zero.y - e.count * perUnit, 5);
          // A dodged mark stays within a few mark widths of its date.
          expect(Math.abs(m.x - m.dataX)).toBeLessThanOrEqual(3 * m.radius + 4);
          expect(m.x).toBeGreaterThanOrEqual(layout.plot.x);
          expect(m.x).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
        }
      });

      it('draws the planned total as a labelled line naming its claimants', () => {
        const planned = model.estimates.filter((e) => e.status === 'planned-total');
        expect(layout.references.map((r) => r.count)).toEqual([...new Set(planned.map((e) => e.count))].sort((a, b) => b - a));
        const text = layout.references.flatMap((r) => r.label?.lines.map((l) => l.text) ?? []).join(' ');
        for (const e of planned) {
          expect(text).toContain(shortClaimant(e.claimant).toLowerCase() === 'not attributed' ? 'not attributed' : shortClaimant(e.claimant));
          expect(text).toContain(formatCount(e.count));
        }
        for (const r of layout.references) {
          const mark = layout.marks.find((m) => planned.find((e) => e.id === m.id)?.count === r.count)!;
          expect(r.y).toBeCloseTo(mark.y, 5);
        }
      });

      it('annotates the configured events at their own dates', () => {
        expect(layout.annotations.map((a) => a.id)).toEqual(realAnnotations().map((a) => a.eventId));
        for (const a of layout.annotations) {
          const event = model.events.find((e) => e.id === a.id)!;
          expect(a.title).toBe(event.title);
          expect(a.label.lines.map((l) => l.text).join(' ')).toContain(shortDate(event.date));
          // Marks on the event's day sit on the annotation line (before any dodging).
          const sameDay = layout.marks.filter((m) => model.estimates.find((e) => e.id === m.id)!.asOf.iso === event.date.iso);
          for (const m of sameDay) expect(m.dataX).toBeCloseTo(a.x, 5);
        }
      });
    });
  }

  it('separates the claims that share 18 October and 12,000 instead of stacking them', () => {
    const layout = layoutTroopChart(data, TROOP_CHART_VARIANTS[0]!, measure);
    const groups = new Map<string, typeof layout.marks>();
    for (const [i, m] of layout.marks.entries()) {
      const e = model.estimates[i]!;
      const key = `${e.asOf.iso}/${e.count}`;
      groups.set(key, [...(groups.get(key) ?? []), m]);
    }
    const shared = [...groups.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const g of shared) expect(new Set(g.map((m) => Math.round(m.x))).size).toBe(g.length);
  });

  it('states a takeaway that draws no trend and gives each figure in its report’s words', () => {
    const { takeaway } = loadContent(process.cwd()).copy.troops!;
    expect(takeaway.text).not.toMatch(/\b(?:rose|grew|increased|climbed|fell)\b/);
    for (const id of takeaway.estimates) expect(takeaway.text).toContain(model.estimates.find((e) => e.id === id)!.asStated);
  });
});

describe('troop chart layout with crowded data', () => {
  const estimates = crowdedEstimates(24);
  const data = troopChartData({ estimates, events: realModel().events }, realAnnotations());

  for (const variant of TROOP_CHART_VARIANTS) {
    it(`never overlaps labels, even when they cannot all fit (${variant.id})`, () => {
      const layout = layoutTroopChart(data, variant, measure);
      expectCleanLayout(layout, estimates);
      // The fixture really is crowded: at the narrow width some labels must give way.
      if (variant.id === 'narrow') expect(layout.unlabelled.length).toBeGreaterThan(0);
    });
  }

  it(`labels no mark directly past ${MAX_DIRECT_LABELS} marks, and lists every one as unlabelled`, () => {
    const many = crowdedEstimates(MAX_DIRECT_LABELS + 20);
    const layout = layoutTroopChart(troopChartData({ estimates: many, events: realModel().events }, realAnnotations()), TROOP_CHART_VARIANTS.at(-1)!, measure);
    expect(layout.marks.filter((m) => m.label)).toEqual([]);
    expect(layout.unlabelled.length).toBeGreaterThan(MAX_DIRECT_LABELS);
    expectCleanLayout(layout, many);
  });

  it('keeps its invariants for any set of claims (property)', HEAVY, () => {
    const isoDay = fc.integer({ min: 0, max: 40 }).map((d) => new Date(Date.UTC(2024, 9, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const claim = fc.record({
      date: isoDay,
      count: fc.integer({ min: 1, max: 20_000 }),
      status: fc.constantFrom(...STATUSES),
      qualifier: fc.constantFrom(...QUALIFIERS),
    });
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 14 }), fc.constantFrom(...TROOP_CHART_VARIANTS), (claims, variant) => {
        const list = claims
          .map((c, i) => fakeEstimate(i, { asOf: day(c.date), count: c.count, status: c.status, qualifier: c.qualifier }))
          .sort((a, b) => a.asOf.start.localeCompare(b.asOf.start) || a.count - b.count);
        const layout = layoutTroopChart(troopChartData({ estimates: list, events: realModel().events }, realAnnotations()), variant, measure);
        expectCleanLayout(layout, list);
      }),
      { numRuns: 40 },
    );
  });
});

describe('label placement', () => {
  const bounds = { x: 0, y: 0, width: 300, height: 200 };
  const options = { bounds, obstacles: [], gap: 2, leaderAfter: 6, maxDistance: 80 };

  it('places labels of coincident points without overlap, and reports the ones that do not fit', () => {
    const requests: LabelRequest[] = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      anchor: { x: 150, y: 100 },
      anchorRadius: 5,
      width: 60,
      height: 24,
    }));
    const { placed, unplaced } = placeLabels(requests, options);
    expect(placed.length + unplaced.length).toBe(40);
    expect(unplaced.length).toBeGreaterThan(0);
    for (let i = 0; i < placed.length; i++) {
      expect(boxInside(placed[i]!.box, bounds)).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
    }
  });

  it('puts a lone label right beside its mark, with no leader line', () => {
    const { placed } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, anchorRadius: 5, width: 50, height: 20 }], options);
    expect(placed[0]!.box.x).toBeGreaterThan(100);
    expect(placed[0]!.leader).toBeNull();
  });

  it('keeps labels off obstacles', () => {
    const obstacle = { box: { x: 105, y: 80, width: 80, height: 40 } };
    const { placed } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, anchorRadius: 5, width: 50, height: 20 }], {
      ...options,
      obstacles: [obstacle],
    });
    expect(boxesOverlap(placed[0]!.box, obstacle.box)).toBe(false);
  });
});

describe('box index', () => {
  const arbBox = fc.record({
    x: fc.double({ min: -200, max: 600, noNaN: true }),
    y: fc.double({ min: -200, max: 600, noNaN: true }),
    width: fc.double({ min: 0, max: 150, noNaN: true }),
    height: fc.double({ min: 0, max: 150, noNaN: true }),
  });
  it('returns every stored box within the padding of a query (a superset of the exact answer)', () => {
    fc.assert(
      fc.property(fc.array(arbBox, { maxLength: 60 }), arbBox, fc.double({ min: 0, max: 20, noNaN: true }), (boxes, probe, pad) => {
        const index = new BoxIndex<number>(32);
        boxes.forEach((b, i) => index.insert(i, b));
        const found = new Set(index.query(probe, pad));
        expect(found.size).toBe(index.query(probe, pad).length);
        boxes.forEach((b, i) => {
          if (boxesOverlap(b, probe, pad)) expect(found.has(i)).toBe(true);
        });
      }),
    );
  });
});

describe('label placement at scale', () => {
  // Generated content (npm run bench at 100x) puts hundreds of estimates on one chart.
  it('still never overlaps labels, leaders or obstacles with hundreds of crowded marks', HEAVY, () => {
    const bounds = { x: 0, y: 0, width: 900, height: 500 };
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const requests: LabelRequest[] = Array.from({ length: 400 }, (_, i) => ({
      id: `m${i}`,
      anchor: { x: 40 + random() * 820, y: 40 + random() * 420 },
      anchorRadius: 4,
      width: 40 + random() * 60,
      height: 14,
    }));
    const obstacles = requests.map((r) => ({ box: boxAround(r.anchor.x, r.anchor.y, 5), owner: r.id }));
    const { placed, unplaced } = placeLabels(requests, { bounds, obstacles, gap: 2, leaderAfter: 6, maxDistance: 60 });
    expect(placed.length + unplaced.length).toBe(requests.length);
    expect(placed.length).toBeGreaterThan(50);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      expect(boxInside(a.box, bounds)).toBe(true);
      for (const o of obstacles) expect(boxesOverlap(a.box, o.box)).toBe(false);
      for (let j = i + 1; j < placed.length; j++) {
        const b = placed[j]!;
        expect(boxesOverlap(a.box, b.box)).toBe(false);
        if (a.leader) expect(segmentHitsBox(a.leader, b.box)).toBe(false);
        if (b.leader) expect(segmentHitsBox(b.leader, a.box)).toBe(false);
        if (a.leader && b.leader) expect(segmentsCross(a.leader, b.leader)).toBe(false);
      }
    }
  });
});

describe('dodging', () => {
  it('moves coincident marks apart, symmetrically about their date', () => {
    const xs = dodgeMarks(
      [
        { id: 'a', x: 100, y: 50, r: 6 },
        { id: 'b', x: 100, y: 50, r: 6 },
        { id: 'c', x: 200, y: 50, r: 6 },
      ],
      2,
      { x1: 0, x2: 300 },
    );
    expect(Math.abs(xs[0]! - xs[1]!)).toBeGreaterThanOrEqual(12);
    expect((xs[0]! + xs[1]!) / 2).toBeCloseTo(100, 5);
    expect(xs[2]).toBe(200);
  });

  it('leaves marks at different heights where they are', () => {
    const xs = dodgeMarks(
      [
        { id: 'a', x: 100, y: 50, r: 6 },
        { id: 'b', x: 100, y: 90, r: 6 },
      ],
      2,
      { x1: 0, x2: 300 },
    );
    expect(xs).toEqual([100, 100]);
  });
});

describe('reference lines', () => {
  it('group planned totals by count and name each claimant', () => {
    const refs = plannedTotalReferences([
      fakeEstimate(1, { status: 'planned-total', count: 12000, qualifier: 'exact', claimant: { name: 'Agency (AGY)', kind: 'intelligence' } }),
      fakeEstimate(2, { status: 'planned-total', count: 12000, qualifier: 'about', claimant: { name: 'x', kind: 'unattributed' } }),
      fakeEstimate(3, { status: 'planned-total', count: 20000, qualifier: 'up-to', claimant: { name: 'Someone, a title', kind: 'official' } }),
      fakeEstimate(4, { status: 'in-russia', count: 12000 }),
    ]);
    expect(refs.map((r) => r.count)).toEqual([20000, 12000]);
    expect(refs[1]!.label).toBe('Planned total: 12,000 (AGY); about 12,000 (not attributed)');
    expect(refs[0]!.label).toBe('Planned total: up to 20,000 (Someone)');
    expect(refs[1]!.estimateIds).toEqual(['fixture-1', 'fixture-2']);
  });
});

describe('short claimant names', () => {
  it('use the acronym a report gives, drop titles and brackets, and say when no one is named', () => {
    expect(shortClaimant({ name: 'South Korea’s National Intelligence Service (NIS)', kind: 'intelligence' })).toBe('NIS');
    expect(shortClaimant({ name: 'Volodymyr Zelensky, President of Ukraine', kind: 'official' })).toBe('Volodymyr Zelensky');
    expect(shortClaimant({ name: 'A Ukrainian intelligence official (unnamed)', kind: 'intelligence' })).toBe('Ukrainian intelligence official');
    expect(shortClaimant({ name: 'South Korea (government)', kind: 'government' })).toBe('South Korea');
    expect(shortClaimant({ name: 'Not named in the report', kind: 'unattributed' })).toBe('Not attributed');
  });

  it('are never empty for the real claimants', () => {
    for (const e of realModel().estimates) expect(shortClaimant(e.claimant).length).toBeGreaterThan(1);
  });
});
