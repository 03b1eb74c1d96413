/**
 * Scale bars for the map's panels, measured from the projection itself. A conic's scale varies
 * with latitude (it is true only along the standard parallels), so a bar is only honest near
 * the latitude it is measured at: each panel measures at its own centre. Pure math.
 */
import { distanceKm, type LonLat } from './distance.ts';

/** Round distances a bar may show, smallest first. */
export const SCALE_BAR_STEPS_KM = [50, 100, 200, 250, 500, 1000, 2000] as const;

export interface ScaleBar {
  km: number;
  /** Length of the bar in the projection's units (viewBox units for the SVG map). */
  px: number;
}

/**
 * Projection units per kilometre at `at`, measured along its parallel over a short step (a
 * hundredth of a degree: short enough that the scale does not change across it).
 */
export function unitsPerKm(project: (p: LonLat) => readonly [number, number], at: LonLat): number {
  const step = 0.01;
  const east: LonLat = [at[0] + step, at[1]];
  const [x0, y0] = project(at);
  const [x1, y1] = project(east);
  return Math.hypot(x1 - x0, y1 - y0) / distanceKm(at, east);
}

/**
 * The longest round distance whose bar fits in `maxPx`, measured at `at`; null when even the
 * shortest step does not fit (the panel then shows no bar rather than a wrong one).
 */
export function scaleBar(
  project: (p: LonLat) => readonly [number, number],
  at: LonLat,
  maxPx: number,
  steps: readonly number[] = SCALE_BAR_STEPS_KM,
): ScaleBar | null {
  const perKm = unitsPerKm(project, at);
  const fitting = steps.filter((km) => km * perKm <= maxPx);
  const km = fitting.at(-1);
  return km === undefined ? null : { km, px: km * perKm };
}
