/** The troop chart laid out with the real content: every label clear, every claim named (the fixture-driven layout tests: tests/unit/troop-layout.test.ts). */
import { loadContent } from '../../src/lib/content/load.ts';
import { describe, expect, it } from 'vitest';
import { layoutTroopChart } from '../../src/lib/charts/troop/layout.ts';
import { troopChartData } from '../../src/lib/charts/troop/data.ts';
import { LEAD_VARIANT, TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { shortClaimant, shortDate } from '../../src/lib/charts/troop/wording.ts';
import { hedgedFigure } from '../../src/lib/charts/troop/hedge.ts';
import { measure, realModel, realAnnotations } from '../unit/troop-fixtures.ts';
import { expectCleanLayout } from '../unit/troop-layout-checks.ts';

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

      it('puts each mark at its count on its row’s zero-based axis and near its date', () => {
        for (const [i, m] of layout.marks.entries()) {
          const e = model.estimates[i]!;
          const row = layout.rows.find((r) => r.status === m.row)!;
          const zero = row.yTicks.find((t) => t.label === '0')!;
          expect(zero.y).toBeCloseTo(row.bottom, 5);
          const tick = row.yTicks.at(-1)!;
          const perUnit = (zero.y - tick.y) / Number(tick.label.replace(/,/g, ''));
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
          expect(text).toContain(hedgedFigure(e.count, e.qualifier));
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

  it('draws one row per thing counted, already in Russia first and tallest, the planned total in it', () => {
    for (const variant of TROOP_CHART_VARIANTS) {
      const layout = layoutTroopChart(data, variant, measure);
      const statuses = new Set(model.estimates.map((e) => e.status));
      statuses.delete('planned-total');
      expect(layout.rows.map((r) => r.status).sort()).toEqual([...statuses].sort());
      expect(layout.rows[0]!.status).toBe('in-russia');
      expect(layout.rows[0]!.heading.lines[0]!.text).toBe('Already in Russia');
      const h = (r: (typeof layout.rows)[number]) => r.bottom - r.top;
      for (const r of layout.rows.slice(1)) expect(h(r)).toBeLessThan(h(layout.rows[0]!));
      for (const m of layout.marks.filter((x) => x.status === 'planned-total')) expect(m.row).toBe('in-russia');
    }
  });

  it('never draws a mark left of the event line its figure was announced at (NIS 12,000 vs 18 Oct)', () => {
    for (const variant of TROOP_CHART_VARIANTS) {
      const layout = layoutTroopChart(data, variant, measure);
      for (const a of layout.annotations) {
        const event = model.events.find((e) => e.id === a.id)!;
        for (const m of layout.marks) {
          const e = model.estimates.find((x) => x.id === m.id)!;
          if (e.asOf.start >= event.date.start) expect(m.x, `${m.id} before ${a.id} (${variant.id})`).toBeGreaterThanOrEqual(a.x);
        }
      }
      // The case the review found: the NIS 12,000 shares 18 October with the NIS disclosure line.
      const nis = layout.marks.find((m) => m.id === 'nis-12000-abd')!;
      expect(nis.x).toBeGreaterThanOrEqual(layout.annotations.find((a) => a.id === 'nis-disclosure-1500-moved')!.x);
    }
  });

  it('lays out the home page’s lead figure: the first row only, with the planned total, short enough for a phone', () => {
    const layout = layoutTroopChart(data, LEAD_VARIANT, measure, 'en', { rows: ['in-russia'] });
    const shown = model.estimates.filter((e) => e.status === 'in-russia' || e.status === 'planned-total');
    expectCleanLayout(layout, shown);
    expect(layout.rows.map((r) => r.status)).toEqual(['in-russia']);
    expect(layout.references.length).toBeGreaterThan(0);
    expect(layout.unlabelled).toEqual([]);
    // At 375 px the figure is about 343 px wide: its height scales by the same ratio.
    expect((layout.height * 343) / layout.width).toBeLessThanOrEqual(320);
  });

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

describe('short claimant names (real content)', () => {
  it('are never empty for the real claimants', () => {
    for (const e of realModel().estimates) expect(shortClaimant(e.claimant).length).toBeGreaterThan(1);
  });
});
