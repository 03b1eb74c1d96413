/** Where annotation labels go: beside the top of their event's line, in as short a band as possible. */
import { intersects, encloses, type Box } from '../kit/geometry.ts';
import { LINE_HEIGHT, blockLines, wrapText, type MeasureText, type TextBlock } from '../kit/text.ts';
import type { ChartAnnotation } from './data.ts';

export interface AnnotationSpot {
  id: string;
  title: string;
  x: number;
  label: TextBlock;
}

/**
 * Places annotation labels beside the top of their lines, trying a few wrap widths, both sides
 * and several rows, and keeps the combination with the shortest band. No label may overlap
 * another or be crossed by another annotation's line (which runs down from its label's top).
 */
export function placeAnnotationLabels(
  items: (ChartAnnotation & { x: number })[],
  opts: { width: number; size: number; maxWidth: number; measure: MeasureText },
): AnnotationSpot[] {
  const { width, size, measure } = opts;
  const lh = size * LINE_HEIGHT;
  const style = { size, weight: 400 as const };
  const optionsFor = (a: ChartAnnotation & { x: number }) => {
    const wraps = new Map<string, string[]>();
    for (const share of [1, 0.75, 0.55, 0.4]) {
      const lines = wrapText(a.label, opts.maxWidth * share, style, measure);
      wraps.set(lines.join('\n'), lines);
    }
    const out: { box: Box; align: TextBlock['align']; lines: string[]; cost: number }[] = [];
    for (const lines of wraps.values()) {
      const w = Math.max(...lines.map((l) => measure(l, style))) + 1;
      const h = lines.length * lh;
      for (let row = 0; row < 6; row++)
        for (const [bx, align, sideCost] of [
          [a.x + 4, 'start', 0],
          [a.x - 4 - w, 'end', 0.5],
        ] as const) {
          const box = { x: bx, y: row * lh, width: w, height: h };
          if (encloses({ x: 0, y: 0, width, height: Infinity }, box))
            out.push({ box, align, lines, cost: lines.length + sideCost });
        }
    }
    return out.sort((p, q) => p.box.y + p.box.height - (q.box.y + q.box.height) || p.cost - q.cost);
  };
  const all = items.map(optionsFor);
  const lineCrosses = (lineX: number, lineTop: number, box: Box) =>
    lineX > box.x - 2 && lineX < box.x + box.width + 2 && box.y + box.height > lineTop;
  let best: { choice: number[]; bottom: number; cost: number } | undefined;
  const chosen: number[] = [];
  const search = (i: number, bottom: number, cost: number) => {
    if (best && (bottom > best.bottom || (bottom === best.bottom && cost >= best.cost))) return;
    if (i === items.length) {
      best = { choice: [...chosen], bottom, cost };
      return;
    }
    all[i]!.forEach((option, k) => {
      const clash = chosen.some((c, j) => {
        const other = all[j]![c]!;
        return (
          intersects(other.box, option.box, 4) ||
          lineCrosses(items[j]!.x, other.box.y, option.box) ||
          lineCrosses(items[i]!.x, option.box.y, other.box)
        );
      });
      if (clash) return;
      chosen.push(k);
      search(i + 1, Math.max(bottom, option.box.y + option.box.height), cost + option.cost);
      chosen.pop();
    });
  };
  search(0, 0, 0);
  if (!best) throw new Error('the annotation labels do not fit above the chart');
  return items.map((a, i) => {
    const o = all[i]![best!.choice[i]!]!;
    const lines = o.lines.map((text) => ({ text, weight: 400 as const }));
    return {
      id: a.id,
      title: a.title,
      x: a.x,
      label: { box: o.box, align: o.align, lines: blockLines(o.box, o.align, lines, size) },
    };
  });
}
