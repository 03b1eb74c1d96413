/** The invariants every troop-chart layout must keep, for the real content (tests/content/) and for fixtures. */
import { expect } from 'vitest';
import {
  intersects,
  encloses,
  segmentHitsBox,
  segmentsCross,
  boxAround,
  type Box,
} from '../../src/lib/charts/kit/geometry.ts';
import { LABEL_MAX_SHIFT, LABEL_VALUE_SLACK, type TroopChartLayout } from '../../src/lib/charts/troop/layout.ts';
import { LINE_HEIGHT } from '../../src/lib/charts/kit/text.ts';
import { hedgedFigure } from '../../src/lib/charts/troop/hedge.ts';
import type { Estimate } from '../../src/lib/data/model.ts';

/** Every piece of text the layout places, with a name for failure messages. */
export function textBoxes(layout: TroopChartLayout): { name: string; box: Box }[] {
  return [
    ...layout.rows.map((r) => ({ name: `heading ${r.status}`, box: r.heading.box })),
    ...layout.annotations.map((a) => ({ name: `annotation ${a.id}`, box: a.label.box })),
    ...layout.references.flatMap((r) => (r.label ? [{ name: `reference ${r.count}`, box: r.label.box }] : [])),
    ...layout.marks.filter((m) => m.label).map((m) => ({ name: `label ${m.id}`, box: m.label!.box })),
  ];
}

/** Where a mark's label puts its figure line (the bold line): its vertical centre. */
export function figureLineCentre(layout: TroopChartLayout, id: string): number {
  const m = layout.marks.find((x) => x.id === id)!;
  const lh = layout.fontSize * LINE_HEIGHT;
  const i = m.label!.lines.findIndex((l) => l.weight === 600);
  return m.label!.box.y + (i + 0.5) * lh;
}

/** The invariants every layout must keep, whatever the data. */
export function expectCleanLayout(layout: TroopChartLayout, estimates: Estimate[]) {
  const texts = textBoxes(layout);
  const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (let i = 0; i < texts.length; i++) {
    expect(encloses(frame, texts[i]!.box), `${texts[i]!.name} inside the chart`).toBe(true);
    for (let j = i + 1; j < texts.length; j++)
      expect(intersects(texts[i]!.box, texts[j]!.box), `${texts[i]!.name} overlaps ${texts[j]!.name}`).toBe(false);
  }
  // Labels never cover a mark, their own included.
  for (const t of texts)
    for (const m of layout.marks)
      expect(intersects(t.box, boxAround(m.x, m.y, m.radius)), `${t.name} covers mark ${m.id}`).toBe(false);
  // Event lines never cut through text (their own label sits beside the line's top).
  for (const a of layout.annotations)
    for (const s of a.segments)
      for (const t of texts)
        if (t.name !== `annotation ${a.id}`)
          expect(
            segmentHitsBox({ x1: a.x, y1: s.y1, x2: a.x, y2: s.y2 }, t.box),
            `event line ${a.id} crosses ${t.name}`,
          ).toBe(false);
  // Marks never sit on each other, and never left of their own date (before their announcement).
  for (let i = 0; i < layout.marks.length; i++) {
    const a = layout.marks[i]!;
    expect(a.x, `mark ${a.id} drawn before its date`).toBeGreaterThanOrEqual(a.dataX - 1e-6);
    for (let j = i + 1; j < layout.marks.length; j++) {
      const b = layout.marks[j]!;
      const apart = Math.abs(a.x - b.x) >= a.radius + b.radius || Math.abs(a.y - b.y) >= a.radius + b.radius;
      expect(apart, `marks ${a.id} and ${b.id} overlap`).toBe(true);
    }
  }
  // Labels sit on their values: the figure line level with its mark, any leader short and level.
  for (const m of layout.marks.filter((x) => x.label)) {
    expect(Math.abs(figureLineCentre(layout, m.id) - m.y), `label of ${m.id} off its value`).toBeLessThanOrEqual(
      LABEL_VALUE_SLACK + 1e-6,
    );
    const l = m.label!.leader;
    if (l)
      expect(Math.hypot(l.x2 - l.x1, l.y2 - l.y1), `leader of ${m.id}`).toBeLessThanOrEqual(
        LABEL_MAX_SHIFT + m.radius + 8,
      );
  }
  // Leader lines cross no label and no other leader.
  const leaders = layout.marks.filter((m) => m.label?.leader).map((m) => ({ id: m.id, s: m.label!.leader! }));
  for (const l of leaders) {
    for (const t of texts)
      if (t.name !== `label ${l.id}`)
        expect(segmentHitsBox(l.s, t.box), `leader of ${l.id} crosses ${t.name}`).toBe(false);
    for (const o of leaders)
      if (o !== l) expect(segmentsCross(l.s, o.s), `leaders ${l.id} and ${o.id} cross`).toBe(false);
  }
  // Every claim is drawn, and each is labelled, named by another mark's label (the same claim from
  // another report), named by its reference line, or listed as unlabelled: never silently lost.
  expect(layout.marks.map((m) => m.id)).toEqual(estimates.map((e) => e.id));
  const named = layout.references.flatMap((r) => r.label?.lines.map((l) => l.text) ?? []).join(' ');
  for (const m of layout.marks) {
    const e = estimates.find((x) => x.id === m.id)!;
    const listed = layout.unlabelled.includes(m.id);
    if (m.label) {
      expect(listed, `mark ${m.id} both labelled and listed`).toBe(false);
      expect(m.label.lines[0]!.text + m.label.lines.at(-1)!.text).toContain(hedgedFigure(e.count, e.qualifier));
    } else if (m.namedBy) {
      const by = layout.marks.find((x) => x.id === m.namedBy)!;
      const other = estimates.find((x) => x.id === m.namedBy)!;
      expect(by.label, `${m.id} is named by ${m.namedBy}, which has no label`).not.toBeNull();
      expect([other.claimant.name, other.count, other.qualifier, other.status, other.asOf.iso]).toEqual([
        e.claimant.name,
        e.count,
        e.qualifier,
        e.status,
        e.asOf.iso,
      ]);
    } else if (!listed) {
      expect(e.status, `mark ${m.id} has no label and is not listed`).toBe('planned-total');
      expect(named).toContain(hedgedFigure(e.count, e.qualifier));
    }
  }
}
