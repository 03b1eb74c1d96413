/**
 * The geometry of one mark, centred on the origin: its status shape, the dashed halo for an
 * approximate figure, the arrow for a bound. Shared by the chart, its legend and the table's
 * glyphs, so a reader sees the same symbol everywhere.
 */
import type { EstimateQualifier, EstimateStatus } from '../../taxonomy.ts';
import { QUALIFIER_ENCODING, STATUS_ENCODING, shapePath } from './encoding.ts';

export interface MarkGeometry {
  path: string;
  colour: string;
  hollow: boolean;
  /** Half-size of the shape itself. */
  extent: number;
  /** Radius of the dashed "about" halo. */
  halo: number | null;
  /** Shaft and chevron of the "at least"/"up to" arrow, and the y of its tip. */
  arrow: { d: string; tipY: number; baseY: number } | null;
  /** Distance from the centre to the outer edge of shape and halo. */
  radius: number;
}

/** Largest coordinate in a d3 symbol path: the shape's half-extent. */
export const pathExtent = (path: string) =>
  Math.max(...(path.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? ['0']).map((v) => Math.abs(Number(v))));

const r2 = (v: number) => Math.round(v * 100) / 100;

export function markGeometry(
  status: EstimateStatus,
  qualifier: EstimateQualifier,
  area: number,
  arrowLength: number,
): MarkGeometry {
  const { shape, colour } = STATUS_ENCODING[status];
  const q = QUALIFIER_ENCODING[qualifier];
  const path = shapePath(shape, area);
  const extent = pathExtent(path);
  const halo = q.halo ? r2(extent + 3.5) : null;
  const dir = q.arrow === 'up' ? -1 : q.arrow === 'down' ? 1 : 0;
  let arrow: MarkGeometry['arrow'] = null;
  if (dir) {
    const baseY = r2(dir * (extent + 1.5));
    const tipY = r2(dir * (extent + arrowLength));
    const back = r2(tipY - dir * 3.5);
    arrow = { d: `M0,${baseY}L0,${tipY}M-3.5,${back}L0,${tipY}L3.5,${back}`, tipY, baseY };
  }
  return { path, colour, hollow: q.fill === 'hollow', extent, halo, arrow, radius: halo ?? extent };
}
