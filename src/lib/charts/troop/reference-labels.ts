/**
 * Where a reference line's label goes (the planned-total line): where it covers no mark,
 * preferring the right end, just above the line. If the full label (which names the claimants)
 * finds no room, a short one is used and the line's marks get their own labels instead; the
 * last resort is the free row above the plot, beside the axis title.
 */
import { encloses, intersects, type Box } from '../kit/geometry.ts';
import { LINE_HEIGHT, blockLines, wrapText, type MeasureText, type TextBlock } from '../kit/text.ts';
import type { ChartReference } from './data.ts';

export interface ReferenceLayout {
  count: number;
  y: number;
  x1: number;
  x2: number;
  label: TextBlock | null;
}

export interface ReferenceFrame {
  /** The count scale: a reference line is drawn at y(count). */
  y: (count: number) => number;
  plotLeft: number;
  plotRight: number;
  /** Where a label beside its line may go: the plot and the annotation band's lower edge. */
  plotArea: Box;
  /** The free row above the plot, right of the axis title. */
  headerRow: Box;
  /** What a label must keep 3 units clear of: marks (with arrows and spans) and the axis title. */
  taken: Box[];
  size: number;
  measure: MeasureText;
}

/**
 * Lays out each reference line and its label, in order (a later label also avoids earlier
 * ones). `referenced` holds the estimates a full label already names, so the chart does not
 * label those marks twice.
 */
export function placeReferenceLabels(
  refs: readonly ChartReference[],
  frame: ReferenceFrame,
): { references: ReferenceLayout[]; referenced: Set<string> } {
  const { plotLeft, plotRight, plotArea, headerRow, size } = frame;
  const lh = size * LINE_HEIGHT;
  const referenced = new Set<string>();
  const references: ReferenceLayout[] = [];
  for (const ref of refs) {
    const ry = frame.y(ref.count);
    const taken = [...frame.taken, ...references.flatMap((r) => (r.label ? [r.label.box] : []))];
    const tryPlace = (text: string, wrapWidth: number, rows: (h: number) => number[], area: Box) =>
      firstFreeSpot(text, wrapWidth, rows, area, taken, frame);
    const beside = (h: number) => [ry - 3 - h, ry + 3];
    // Narrow layouts: the same label wrapped wider, or one line further from the line, before giving up the claimants.
    const near = (h: number) => [...beside(h), ry - 3 - h - lh, ry + 3 + lh];
    let label =
      tryPlace(ref.label, plotArea.width * 0.7, beside, plotArea) ??
      tryPlace(ref.label, plotArea.width, beside, plotArea) ??
      tryPlace(ref.label, plotArea.width * 0.7, near, plotArea);
    if (label) ref.estimateIds.forEach((id) => referenced.add(id));
    const anyRow = (h: number) =>
      Array.from({ length: Math.floor((plotArea.height - h) / (lh / 2)) + 1 }, (_, k) => plotArea.y + k * (lh / 2));
    label ??=
      tryPlace(ref.shortLabel, plotArea.width, beside, plotArea) ??
      tryPlace(ref.shortLabel, headerRow.width, () => [headerRow.y], headerRow) ??
      tryPlace(ref.shortLabel, plotArea.width, anyRow, plotArea);
    // With no room at all (only in absurdly crowded data) the line stays and says nothing: its marks carry their own labels.
    references.push({ count: ref.count, y: ry, x1: plotLeft, x2: plotRight, label: label ?? null });
  }
  return { references, referenced };
}

/**
 * The label wrapped to `wrapWidth`, at the first spot that stays inside `area` and clear of
 * `taken`: x from the right end leftwards in 12-unit steps (the left end tried second), each
 * with the candidate rows `rows(height)`.
 */
function firstFreeSpot(
  text: string,
  wrapWidth: number,
  rows: (h: number) => number[],
  area: Box,
  taken: Box[],
  { plotLeft, plotRight, size, measure }: ReferenceFrame,
): TextBlock | undefined {
  const lines = wrapText(text, wrapWidth, { size, weight: 400 }, measure).map((t) => ({
    text: t,
    weight: 400 as const,
  }));
  const w = Math.max(...lines.map((l) => measure(l.text, { size, weight: l.weight }))) + 1;
  const h = lines.length * size * LINE_HEIGHT;
  const xs = [plotRight - w, plotLeft + 4];
  for (let step = plotRight - w - 12; step > plotLeft + 4; step -= 12) xs.push(step);
  for (const bx of xs)
    for (const by of rows(h)) {
      const box = { x: bx, y: by, width: w, height: h };
      if (!encloses(area, box) || taken.some((t) => intersects(t, box, 3))) continue;
      const align = bx + w >= plotRight - 1 ? 'end' : 'start';
      return { box, align, lines: blockLines(box, align, lines, size) };
    }
  return undefined;
}
