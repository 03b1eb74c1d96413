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
import { type TroopChartLayout } from '../../src/lib/charts/troop/layout.ts';
import type { Estimate } from '../../src/lib/data/model.ts';

/** Every piece of text the layout places, with a name for failure messages. */
export function textBoxes(layout: TroopChartLayout): { name: string; box: Box }[] {
  return [
    { name: 'y-axis title', box: layout.yTitle.box },
    ...layout.annotations.map((a) => ({ name: `annotation ${a.id}`, box: a.label.box })),
    ...layout.references.flatMap((r) => (r.label ? [{ name: `reference ${r.count}`, box: r.label.box }] : [])),
    ...layout.marks.filter((m) => m.label).map((m) => ({ name: `label ${m.id}`, box: m.label!.box })),
  ];
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
    for (const t of texts)
      if (t.name !== `label ${l.id}`)
        expect(segmentHitsBox(l.s, t.box), `leader of ${l.id} crosses ${t.name}`).toBe(false);
    for (const o of leaders)
      if (o !== l) expect(segmentsCross(l.s, o.s), `leaders ${l.id} and ${o.id} cross`).toBe(false);
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
