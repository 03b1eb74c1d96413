/**
 * The height an embed's iframe needs without the host script, as one CSS expression of the
 * viewport's width. An inline style cannot hold a media query, and an iframe cannot see its own
 * width from the host's CSS, so the frame's width is taken as the viewport's less a gutter (a
 * phone article's side padding) and the height is a curve through heights measured in a browser.
 *
 * The curve is piecewise linear, because a figure's height is not: it jumps down where the page
 * switches to a wider layout (the troop chart at a 544 px frame). Two samples one pixel apart make
 * that jump a step, so the frame is tall enough on both sides of the switch. Pure and DOM-free:
 * the same segments feed the CSS and the evaluator the tests use to check it.
 */

/** Page height in CSS px, keyed by the frame's width in CSS px, as measured in Chromium. */
export type HeightSamples = Readonly<Record<number, number>>;

export interface HeightCurveOptions {
  /** Room added to every measurement: another browser's fonts, a column a little narrower than assumed. */
  margin: number;
  /** How much narrower than the viewport the frame is assumed to be. */
  gutter: number;
}

/**
 * One piece of the curve over viewport widths [from, to]: height = intercept + slope × viewport,
 * held between the heights at its two ends (so a step's steep line never overshoots them). The
 * first piece has no upper bound: narrower frames than any measured need ever more height.
 */
export interface HeightSegment {
  from: number;
  to: number;
  intercept: number;
  slope: number;
  low: number;
  high: number;
}

export interface HeightCurve {
  segments: readonly HeightSegment[];
  /** The least height ever given: the curve's left end slopes down for a figure that grows with width. */
  floor: number;
}

/** Samples as (viewport width, height with margin) points, narrowest first. */
function points(samples: HeightSamples, { margin, gutter }: HeightCurveOptions) {
  const sorted = Object.entries(samples)
    .map(([width, height]) => ({ x: Number(width) + gutter, y: height + margin }))
    .sort((a, b) => a.x - b.x);
  if (sorted.length < 2) throw new Error('an embed needs heights measured at two widths at least');
  return sorted;
}

/**
 * The segments: the first line extends to the left (narrower frames need more height, as the
 * first two samples show), each next pair of samples is joined by a line, and past the widest
 * sample the height stays at its measurement (a wide screen says nothing about the frame's width).
 */
export function heightCurve(samples: HeightSamples, options: HeightCurveOptions): HeightCurve {
  const p = points(samples, options);
  const segments: HeightSegment[] = [];
  for (let i = 0; i + 1 < p.length; i++) {
    const a = p[i]!;
    const b = p[i + 1]!;
    // Samples a pixel apart mark a layout switch: hold the taller height across the gap, since
    // the switch happens at the wider sample and the frame may be a fraction of a pixel short of it.
    const slope = b.x - a.x <= 1 ? 0 : (b.y - a.y) / (b.x - a.x);
    if (slope === 0) {
      const y = Math.max(a.y, b.y);
      segments.push({ from: i === 0 ? -Infinity : a.x, to: b.x, intercept: y, slope, low: y, high: y });
      continue;
    }
    const [low, high] = i === 0 && slope < 0 ? [b.y, Infinity] : [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    segments.push({ from: i === 0 ? -Infinity : a.x, to: b.x, intercept: a.y - slope * a.x, slope, low, high });
  }
  const last = p.at(-1)!;
  segments.push({ from: last.x, to: Infinity, intercept: last.y, slope: 0, low: last.y, high: last.y });
  return { segments, floor: Math.min(...p.map((q) => q.y)) };
}

/** The curve's height at a viewport width: what the CSS below computes. */
export function heightAt(curve: HeightCurve, viewport: number): number {
  const active = curve.segments.filter((s) => viewport > s.from - OVERLAP && viewport < s.to + OVERLAP);
  const held = (s: HeightSegment) => Math.min(s.high, Math.max(s.low, s.intercept + s.slope * viewport));
  return Math.max(curve.floor, ...active.map(held));
}

/**
 * Neighbouring windows overlap by half a pixel, so that at a boundary both segments are on and
 * the larger wins; a window's edge is a ramp of 1/STEEPNESS px, far narrower than a pixel.
 */
const OVERLAP = 0.5;
const STEEPNESS = 100_000;

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** One segment in CSS: its line, cut off outside its window by ramps too steep to see. */
function segmentCss(s: HeightSegment): string {
  const sloped = `calc(${px(s.intercept)} + ${(s.slope * 100).toFixed(3)}vw)`;
  const line =
    s.slope === 0
      ? px(s.intercept)
      : Number.isFinite(s.high)
        ? `clamp(${px(s.low)}, ${sloped}, ${px(s.high)})`
        : `max(${px(s.low)}, ${sloped})`;
  const cuts = [
    Number.isFinite(s.from) ? `calc((100vw - ${px(s.from - OVERLAP)}) * ${STEEPNESS})` : '',
    Number.isFinite(s.to) ? `calc((${px(s.to + OVERLAP)} - 100vw) * ${STEEPNESS})` : '',
  ].filter(Boolean);
  return `min(${[line, ...cuts].join(', ')})`;
}

/** The whole curve as a CSS length: the highest segment that is on, never below the floor. */
export function heightCss(curve: HeightCurve): string {
  return `max(${[px(curve.floor), ...curve.segments.map(segmentCss)].join(', ')})`;
}
