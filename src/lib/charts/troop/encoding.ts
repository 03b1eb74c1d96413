/**
 * The troop chart's scales and visual encodings, defined once for the page, the embed, the
 * legend and the standalone image. Domains come from the data; nothing here knows a date.
 */
import {
  scaleLinear,
  scaleUtc,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolTriangle,
  symbolWye,
  utcDay,
  utcMonday,
  utcMonth,
  type TimeInterval,
  type SymbolType,
} from 'd3';
import { estimateStatusRecords, type EstimateQualifier, type EstimateStatus, type MarkShape } from '../../taxonomy.ts';

const DAY_MS = 86_400_000;

export const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Midday of a day, so a mark sits in the middle of its day rather than on its first instant. */
export const middayOf = (iso: string) => new Date(utcDate(iso).getTime() + DAY_MS / 2);

/** The middle of a date span: a day's midday, or the midpoint of a month or range. */
export const spanMidpoint = ({ start, end }: { start: string; end: string }) =>
  new Date((middayOf(start).getTime() + middayOf(end).getTime()) / 2);

/**
 * Time domain covering every day any span touches, from the start of its first day to the end
 * of its last, padded so marks never sit on the frame: at least a day, or a share of the span.
 */
export function timeDomain(spans: { start: string; end: string }[], pad = { before: 0.04, after: 0.04 }): [Date, Date] {
  if (spans.length === 0) throw new Error('timeDomain needs at least one date');
  const first = Math.min(...spans.map((s) => utcDate(s.start).getTime()));
  const last = Math.max(...spans.map((s) => utcDate(s.end).getTime())) + DAY_MS;
  const span = last - first;
  const before = Math.max(DAY_MS, Math.round((span * pad.before) / DAY_MS) * DAY_MS);
  const after = Math.max(DAY_MS, Math.round((span * pad.after) / DAY_MS) * DAY_MS);
  return [new Date(first - before), new Date(last + after)];
}

/** Count domain from zero (lengths compare honestly only from zero) to a round number above the largest count. */
export function countDomain(counts: number[], headroom = 0.08): [number, number] {
  const max = Math.max(0, ...counts);
  if (max === 0) return [0, 1];
  const [, top] = scaleLinear()
    .domain([0, max * (1 + headroom)])
    .nice(6)
    .domain() as [number, number];
  return [0, top];
}

export const makeTimeScale = (domain: [Date, Date], range: [number, number]) => scaleUtc().domain(domain).range(range);
export const makeCountScale = (domain: [number, number], range: [number, number]) =>
  scaleLinear().domain(domain).range(range);

/** Tick intervals for the time axis, finest first: the axis takes the finest whose labels fit. */
export const TIME_TICK_INTERVALS: { name: string; interval: TimeInterval }[] = [
  { name: 'day', interval: utcDay },
  { name: '2 days', interval: utcDay.every(2)! },
  { name: 'week', interval: utcMonday },
  { name: '2 weeks', interval: utcMonday.every(2)! },
  { name: 'month', interval: utcMonth },
];

/** Count-axis ticks at least `minSpacing` apart, always including zero. */
export function countTicks(scale: ReturnType<typeof makeCountScale>, minSpacing: number): number[] {
  const [r0, r1] = scale.range() as [number, number];
  const maxTicks = Math.max(2, Math.floor(Math.abs(r0 - r1) / minSpacing) + 1);
  for (let count = 10; count >= 1; count--) {
    const ticks = scale.ticks(count);
    if (ticks.length <= maxTicks) return ticks;
  }
  return scale.domain();
}

const SYMBOLS: Record<MarkShape, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  cross: symbolCross,
  wye: symbolWye,
};

/** What each status looks like, read from its taxonomy record (src/lib/taxonomy.ts), where the colours are chosen. */
export const STATUS_ENCODING: Record<EstimateStatus, { shape: MarkShape; colour: string; order: number }> =
  estimateStatusRecords;

/**
 * How a qualifier changes a mark: exact figures are solid; "about" adds a dashed halo (the
 * figure is fuzzy); "at least" and "up to" are hollow (the figure is a bound, not a value)
 * with an arrow pointing where the true number may lie. `legendKey` is the en.json key of its
 * entry in the key (the caller words it with the page's t).
 */
export const QUALIFIER_ENCODING: Record<
  EstimateQualifier,
  {
    fill: 'solid' | 'hollow';
    halo: boolean;
    arrow: 'up' | 'down' | null;
    order: number;
    legendKey: `chart.legend.qualifier.${EstimateQualifier}`;
  }
> = {
  exact: { fill: 'solid', halo: false, arrow: null, order: 0, legendKey: 'chart.legend.qualifier.exact' },
  about: { fill: 'solid', halo: true, arrow: null, order: 1, legendKey: 'chart.legend.qualifier.about' },
  'more-than': { fill: 'hollow', halo: false, arrow: 'up', order: 2, legendKey: 'chart.legend.qualifier.more-than' },
  'at-least': { fill: 'hollow', halo: false, arrow: 'up', order: 3, legendKey: 'chart.legend.qualifier.at-least' },
  'up-to': { fill: 'hollow', halo: false, arrow: 'down', order: 4, legendKey: 'chart.legend.qualifier.up-to' },
};

/** SVG path of a status shape centred on the origin, with the given area in square units. */
export const shapePath = (shape: MarkShape, area: number) => symbol(SYMBOLS[shape], area)() ?? '';
