import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersects, encloses, segmentHitsBox, segmentsCross, boxAround } from '../../src/lib/charts/kit/geometry.ts';
import { placeLabels, type LabelRequest } from '../../src/lib/charts/kit/labels.ts';
import { BoxIndex } from '../../src/lib/charts/kit/box-index.ts';
import { layoutTroopChart, MAX_DIRECT_LABELS } from '../../src/lib/charts/troop/layout.ts';
import { plannedTotalReferences, troopChartData } from '../../src/lib/charts/troop/data.ts';
import { dodgeMarks } from '../../src/lib/charts/kit/dodge.ts';
import { TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { shortClaimant } from '../../src/lib/charts/troop/wording.ts';
import {
  crowdedEstimates,
  day,
  fakeEstimate,
  measure,
  realModel,
  STATUSES,
  QUALIFIERS,
  realAnnotations,
} from './troop-fixtures.ts';
import { expectCleanLayout } from './troop-layout-checks.ts';

// Heavy layouts: on two busy cores (a build running beside the unit tests) they take several seconds,
// more than vitest's default 5 s per test, which is a limit of the harness, not a claim about speed.
const HEAVY = { timeout: 60_000 };

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
    const layout = layoutTroopChart(
      troopChartData({ estimates: many, events: realModel().events }, realAnnotations()),
      TROOP_CHART_VARIANTS.at(-1)!,
      measure,
    );
    expect(layout.marks.filter((m) => m.label)).toEqual([]);
    expect(layout.unlabelled.length).toBeGreaterThan(MAX_DIRECT_LABELS);
    expectCleanLayout(layout, many);
  });

  it('keeps its invariants for any set of claims (property)', HEAVY, () => {
    const isoDay = fc
      .integer({ min: 0, max: 40 })
      .map((d) => new Date(Date.UTC(2024, 9, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const claim = fc.record({
      date: isoDay,
      count: fc.integer({ min: 1, max: 20_000 }),
      status: fc.constantFrom(...STATUSES),
      qualifier: fc.constantFrom(...QUALIFIERS),
    });
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 14 }),
        fc.constantFrom(...TROOP_CHART_VARIANTS),
        (claims, variant) => {
          const list = claims
            .map((c, i) =>
              fakeEstimate(i, { asOf: day(c.date), count: c.count, status: c.status, qualifier: c.qualifier }),
            )
            .sort((a, b) => a.asOf.start.localeCompare(b.asOf.start) || a.count - b.count);
          const layout = layoutTroopChart(
            troopChartData({ estimates: list, events: realModel().events }, realAnnotations()),
            variant,
            measure,
          );
          expectCleanLayout(layout, list);
        },
      ),
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
      expect(encloses(bounds, placed[i]!.box)).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i]!.box, placed[j]!.box)).toBe(false);
    }
  });

  it('puts a lone label right beside its mark, with no leader line', () => {
    const { placed } = placeLabels(
      [{ id: 'a', anchor: { x: 100, y: 100 }, anchorRadius: 5, width: 50, height: 20 }],
      options,
    );
    expect(placed[0]!.box.x).toBeGreaterThan(100);
    expect(placed[0]!.leader).toBeNull();
  });

  it('keeps labels off obstacles', () => {
    const obstacle = { box: { x: 105, y: 80, width: 80, height: 40 } };
    const { placed } = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, anchorRadius: 5, width: 50, height: 20 }], {
      ...options,
      obstacles: [obstacle],
    });
    expect(intersects(placed[0]!.box, obstacle.box)).toBe(false);
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
      fc.property(
        fc.array(arbBox, { maxLength: 60 }),
        arbBox,
        fc.double({ min: 0, max: 20, noNaN: true }),
        (boxes, probe, pad) => {
          const index = new BoxIndex<number>(32);
          boxes.forEach((b, i) => index.insert(i, b));
          const found = new Set(index.query(probe, pad));
          expect(found.size).toBe(index.query(probe, pad).length);
          boxes.forEach((b, i) => {
            if (intersects(b, probe, pad)) expect(found.has(i)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('label placement at scale', () => {
  // Generated content (npm run bench at 100x) puts hundreds of estimates on one chart.
  it('still never overlaps labels, leaders or obstacles with hundreds of crowded marks', HEAVY, () => {
    const bounds = { x: 0, y: 0, width: 900, height: 500 };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
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
      expect(encloses(bounds, a.box)).toBe(true);
      for (const o of obstacles) expect(intersects(a.box, o.box)).toBe(false);
      for (let j = i + 1; j < placed.length; j++) {
        const b = placed[j]!;
        expect(intersects(a.box, b.box)).toBe(false);
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
      fakeEstimate(1, {
        status: 'planned-total',
        count: 12000,
        qualifier: 'exact',
        claimant: { name: 'Agency (AGY)', kind: 'intelligence' },
      }),
      fakeEstimate(2, {
        status: 'planned-total',
        count: 12000,
        qualifier: 'about',
        claimant: { name: 'x', kind: 'unattributed' },
      }),
      fakeEstimate(3, {
        status: 'planned-total',
        count: 20000,
        qualifier: 'up-to',
        claimant: { name: 'Someone, a title', kind: 'official' },
      }),
      fakeEstimate(4, { status: 'in-russia', count: 12000 }),
    ]);
    expect(refs.map((r) => r.count)).toEqual([20000, 12000]);
    expect(refs[1]!.label).toBe('Planned total: 12,000 (AGY); ~12,000 (not attributed)');
    expect(refs[0]!.label).toBe('Planned total: up to 20,000 (Someone)');
    expect(refs[1]!.estimateIds).toEqual(['fixture-1', 'fixture-2']);
  });
});

describe('short claimant names', () => {
  it('use the acronym a report gives, drop titles and brackets, and say when no one is named', () => {
    expect(shortClaimant({ name: 'South Korea’s National Intelligence Service (NIS)', kind: 'intelligence' })).toBe(
      'NIS',
    );
    expect(shortClaimant({ name: 'Volodymyr Zelensky, President of Ukraine', kind: 'official' })).toBe(
      'Volodymyr Zelensky',
    );
    expect(shortClaimant({ name: 'A Ukrainian intelligence official (unnamed)', kind: 'intelligence' })).toBe(
      'Ukrainian intelligence official',
    );
    expect(shortClaimant({ name: 'South Korea (government)', kind: 'government' })).toBe('South Korea');
    expect(shortClaimant({ name: 'Not named in the report', kind: 'unattributed' })).toBe('Not attributed');
  });
});

describe('troop chart layout with every real claim ten times over (as the benchmark’s 10x content)', () => {
  const model = realModel();
  const estimates = Array.from({ length: 10 }, (_, copy) =>
    model.estimates.map((e) => ({ ...e, id: `${e.id}-x${copy}` })),
  ).flat();
  const data = troopChartData({ estimates, events: model.events }, realAnnotations());

  it.each(TROOP_CHART_VARIANTS.map((v) => [v.id, v] as const))(
    '%s: keeps its time axis running forwards and every mark and event line in the frame',
    HEAVY,
    (_, variant) => {
      // Ten marks on one date and count once pushed the axis's start past its end at phone width.
      const layout = layoutTroopChart(data, variant, measure);
      expect(layout.plot.width).toBeGreaterThan(variant.width / 2);
      for (const m of layout.marks) {
        expect(m.x).toBeGreaterThanOrEqual(layout.plot.x);
        expect(m.x).toBeLessThanOrEqual(layout.plot.x + layout.plot.width);
      }
      for (const a of layout.annotations) {
        expect(a.x).toBeGreaterThan(layout.plot.x);
        expect(a.label.box.x).toBeGreaterThanOrEqual(0);
        expect(a.label.box.x + a.label.box.width).toBeLessThanOrEqual(layout.width);
      }
    },
  );
});
