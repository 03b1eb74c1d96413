/**
 * The troop chart as small multiples: hedged direct labels, honest claimant counting, no mark
 * before its announcement, labels on their values, event lines clear of text, and the link from
 * a figure to the timeline events it comes from.
 */
import { describe, expect, it } from 'vitest';
import { hedgedFigure } from '../../src/lib/charts/troop/hedge.ts';
import { claimantGroup, claimantSentence, countClaimants } from '../../src/lib/charts/troop/claimants.ts';
import { findingHeadline } from '../../src/lib/charts/troop/wording.ts';
import { formatDateSpec } from '../../src/lib/format/dates.ts';
import { dodgeMarks } from '../../src/lib/charts/kit/dodge.ts';
import { layoutTroopChart } from '../../src/lib/charts/troop/layout.ts';
import { troopChartData } from '../../src/lib/charts/troop/data.ts';
import { TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { eventsForEstimate } from '../../src/lib/data/queries.ts';
import { eventHref } from '../../src/lib/links.ts';
import { placeValueLabels } from '../../src/lib/charts/kit/value-labels.ts';
import { estimateQualifiers, type EstimateQualifier } from '../../src/lib/taxonomy.ts';
import { day, fakeEstimate, measure, realModel, realAnnotations } from './troop-fixtures.ts';
import { expectCleanLayout, figureLineCentre } from './troop-layout-checks.ts';

describe('hedged figures', () => {
  it('say each qualifier of the taxonomy the way a label does', () => {
    const expected: Record<EstimateQualifier, string> = {
      exact: '1,500',
      about: '~1,500',
      'more-than': '1,500+',
      'at-least': 'at least 1,500',
      'up-to': 'up to 1,500',
    };
    expect(Object.keys(expected).sort()).toEqual(Object.keys(estimateQualifiers).sort());
    for (const [q, label] of Object.entries(expected)) expect(hedgedFigure(1500, q as EstimateQualifier)).toBe(label);
  });

  it('keep "more than" and "at least" apart (they are different claims)', () => {
    expect(hedgedFigure(10000, 'more-than')).not.toBe(hedgedFigure(10000, 'at-least'));
  });
});

describe('claimant counting', () => {
  it('counts the three South Korean bodies as one government, and no one for a sub-headline or an unnamed source', () => {
    const names = (name: string, kind: 'intelligence' | 'government' | 'media' | 'unattributed' | 'official') => ({
      claimant: { name, kind },
    });
    const count = countClaimants([
      names("South Korea's National Intelligence Service (NIS)", 'intelligence'),
      names("South Korea's National Intelligence Service (NIS)", 'intelligence'),
      names('South Korean intelligence', 'intelligence'),
      names('South Korea', 'government'),
      names('Western intelligence (unnamed)', 'intelligence'),
      names('The Asia Business Daily (sub-headline)', 'media'),
      names('Not named in the report', 'unattributed'),
    ]);
    expect(count.claimants).toBe(2);
    expect(count.unnamedRecords).toBe(2);
    expect(count.merged).toEqual([
      {
        group: 'south-korea-government',
        names: ["South Korea's National Intelligence Service (NIS)", 'South Korean intelligence', 'South Korea'],
        records: 4,
      },
    ]);
  });

  it('leaves a name it does not know standing alone, never merged by a guess', () => {
    expect(claimantGroup({ name: 'South Korean navy', kind: 'official' })).toBe('South Korean navy');
  });

  it('counts the real records’ claimants honestly (fewer than the distinct names)', () => {
    const { estimates } = realModel();
    const names = new Set(estimates.map((e) => e.claimant.name)).size;
    const count = countClaimants(estimates);
    expect(count.claimants).toBeLessThan(names);
    expect(count.merged.find((g) => g.group === 'south-korea-government')!.names).toHaveLength(3);
    expect(count.unnamedRecords).toBe(estimates.filter((e) => claimantGroup(e.claimant) === null).length);
  });
});

describe('no mark before its announcement', () => {
  it('moves a dodged mark only later, never earlier than its date', () => {
    const points = [
      { id: 'a', x: 100, y: 50, r: 6 },
      { id: 'b', x: 100, y: 50, r: 6 },
      { id: 'c', x: 100, y: 50, r: 6 },
    ];
    const xs = dodgeMarks(points, 2, { x1: 0, x2: 300 }, { neverBefore: true });
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(100);
    expect(new Set(xs).size).toBe(3);
    // The old, symmetric dodge puts one of them before the date.
    expect(Math.min(...dodgeMarks(points, 2, { x1: 0, x2: 300 }))).toBeLessThan(100);
  });

  it('keeps two same-day, same-count claims on or right of the day’s event line (fixture)', () => {
    const events = realModel().events;
    const line = events.find((e) => e.id === 'nis-disclosure-1500-moved')!;
    const list = [0, 1, 2].map((i) =>
      fakeEstimate(i, { asOf: day(line.date.start), count: 12000, status: 'planned-total', qualifier: 'exact' }),
    );
    for (const variant of TROOP_CHART_VARIANTS) {
      const layout = layoutTroopChart(troopChartData({ estimates: list, events }, realAnnotations()), variant, measure);
      const a = layout.annotations.find((x) => x.id === line.id)!;
      for (const m of layout.marks) expect(m.x).toBeGreaterThanOrEqual(a.x);
      expectCleanLayout(layout, list);
    }
  });
});

describe('labels on their values', () => {
  it('put every real label’s figure line within a few units of its mark, at every width', () => {
    const model = realModel();
    for (const variant of TROOP_CHART_VARIANTS) {
      const layout = layoutTroopChart(troopChartData(model, realAnnotations()), variant, measure);
      for (const m of layout.marks.filter((x) => x.label))
        expect(Math.abs(figureLineCentre(layout, m.id) - m.y), `${m.id} at ${variant.id}`).toBeLessThanOrEqual(4);
    }
  });

  it('leave a label unplaced rather than float it away from its value', () => {
    const { placed, unplaced } = placeValueLabels(
      [
        {
          id: 'a',
          anchor: { x: 50, y: 50 },
          anchorRadius: 5,
          arrangements: [{ width: 40, height: 14, valueCentre: 7 }],
        },
      ],
      {
        bounds: { x: 0, y: 0, width: 200, height: 200 },
        // Both sides of the mark are taken at its height; free space above and below is not used.
        obstacles: [{ box: { x: 0, y: 40, width: 45, height: 20 } }, { box: { x: 55, y: 40, width: 145, height: 20 } }],
        gap: 2,
        slack: 4,
        maxShift: 24,
      },
    );
    expect(placed).toEqual([]);
    expect(unplaced).toEqual(['a']);
  });

  it('break event lines around text instead of drawing through it (crowded fixture)', () => {
    const events = realModel().events;
    const list = ['2024-10-17', '2024-10-18', '2024-10-19', '2024-11-05'].flatMap((d, i) =>
      [1500, 3000, 10000].map((count, k) =>
        fakeEstimate(i * 3 + k, { asOf: day(d), count, status: k === 1 ? 'expected-at-front' : 'in-russia' }),
      ),
    );
    for (const variant of TROOP_CHART_VARIANTS) {
      const layout = layoutTroopChart(troopChartData({ estimates: list, events }, realAnnotations()), variant, measure);
      expectCleanLayout(layout, list);
    }
    // With the real data on a phone, the 5 November line passes the planned-total label: it is
    // broken there, not drawn through it.
    const real = layoutTroopChart(troopChartData(realModel(), realAnnotations()), TROOP_CHART_VARIANTS[0]!, measure);
    const fiveNov = real.annotations.find((a) => a.id === 'zelensky-first-battles')!;
    expect(fiveNov.segments.length).toBeGreaterThan(1);
  });
});

describe('figures and their timeline events', () => {
  it('link a figure to the events of its own report, date and number, and nothing looser', () => {
    const model = realModel();
    const byId = (id: string) => model.estimates.find((e) => e.id === id)!;
    const ids = (id: string) => eventsForEstimate(model, byId(id)).map((e) => e.id);
    expect(ids('nis-1500-abd')).toEqual(['nis-disclosure-1500-moved']);
    expect(ids('south-korea-10000-in-russia')).toEqual(['south-korea-10000-in-russia']);
    expect(ids('zelensky-10000')).toEqual(['zelensky-eu-summit-10000']);
    // Same report and day, but the event's evidence gives no 3,000: no link.
    expect(ids('western-intelligence-3000')).toEqual([]);
    expect(eventHref('x')).toBe('/timeline/#x');
  });

  it('match a number only as a whole number ("1,500" is not inside "11,500")', () => {
    const model = realModel();
    const event = { ...model.events[0]!, date: day('2024-10-18') };
    const estimate = { count: 1500, asOf: day('2024-10-18'), sources: event.sources };
    const withEvidence = (evidence: string) => ({
      events: [{ ...event, sources: event.sources.map((s) => ({ ...s, evidence })) }],
    });
    expect(eventsForEstimate(withEvidence('some 11,500 troops'), estimate)).toEqual([]);
    expect(eventsForEstimate(withEvidence('some 1,500 troops'), estimate)).toHaveLength(1);
  });
});

describe('the page’s words, from the data', () => {
  it('headline the largest figure for soldiers in Russia with its claimant, hedge words and date', () => {
    const model = realModel();
    const top = model.estimates
      .filter((e) => e.status === 'in-russia')
      .sort((a, b) => b.count - a.count || b.asOf.end.localeCompare(a.asOf.end))[0]!;
    const headline = findingHeadline(model.estimates)!;
    expect(headline).toContain(top.claimant.name);
    expect(headline).toContain(top.asStated);
    expect(headline).toContain(formatDateSpec(top.asOf));
    expect(findingHeadline([fakeEstimate(1, { status: 'planned-total' })])).toBeNull();
    expect(
      findingHeadline([
        fakeEstimate(1, {
          status: 'in-russia',
          count: 3000,
          qualifier: 'exact',
          claimant: { name: 'A', kind: 'official' },
        }),
        fakeEstimate(2, {
          status: 'in-russia',
          count: 9000,
          qualifier: 'about',
          claimant: { name: 'B', kind: 'official' },
        }),
      ]),
    ).toBe('B: about 9,000 North Korean soldiers in Russia, as of 18 October 2024');
  });

  it('count claimants in words no larger than the grouping allows', () => {
    const sentence = claimantSentence(realModel().estimates);
    const { claimants, unnamedRecords } = countClaimants(realModel().estimates);
    expect(sentence).toContain(`Behind them stand ${claimants} claimants`);
    expect(sentence).toContain('NIS, South Korean intelligence, South Korea');
    expect(sentence).toContain(`${unnamedRecords} records name no claimant`);
  });
});
