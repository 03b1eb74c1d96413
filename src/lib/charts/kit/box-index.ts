/**
 * A uniform grid over boxes, so a collision query looks only at its neighbourhood. Label
 * placement asks "does this candidate touch anything?" hundreds of times per label; checking
 * every mark and label each time made a chart of a few hundred estimates take minutes to build.
 * Queries return a superset (everything in the touched cells); callers still run the exact test.
 */
import type { Box, Segment } from './geometry.ts';

export class BoxIndex<T> {
  private readonly cells = new Map<string, T[]>();
  private readonly cellSize: number;

  constructor(cellSize = 32) {
    this.cellSize = cellSize;
  }

  /** Adds `item`, occupying `box` (for a label with a leader line, the bounds of both). */
  insert(item: T, box: Box): void {
    this.eachCell(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    });
  }

  /** Every item whose box may lie within `pad` of `box`, each once. */
  query(box: Box, pad = 0): T[] {
    const seen = new Set<T>();
    this.eachCell(
      { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad },
      (key) => {
        for (const item of this.cells.get(key) ?? []) seen.add(item);
      },
    );
    return [...seen];
  }

  private eachCell(box: Box, visit: (key: string) => void) {
    const size = this.cellSize;
    const x0 = Math.floor(box.x / size);
    const x1 = Math.floor((box.x + box.width) / size);
    const y0 = Math.floor(box.y / size);
    const y1 = Math.floor((box.y + box.height) / size);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(`${cx},${cy}`);
  }
}

/** The axis-aligned bounds of a segment. */
export const segmentBounds = (s: Segment): Box => ({
  x: Math.min(s.x1, s.x2),
  y: Math.min(s.y1, s.y2),
  width: Math.abs(s.x2 - s.x1),
  height: Math.abs(s.y2 - s.y1),
});

/** The smallest box holding both. */
export const unionBox = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};
