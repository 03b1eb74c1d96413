/**
 * Layout of the timeline's overview strip: a broken time axis (d3 UTC time scales, one per
 * segment), one mark per event stacked into lanes so no two touch, and axis labels that never
 * overlap. Pure and DOM-free: the component turns the result into SVG.
 *
 * Positions are computed in px for the narrowest width the layout will be shown at; the
 * component writes them as percentages of the SVG's width while marks and text keep their px
 * size. Stretching wider only moves things apart, so what does not overlap here never will.
 */
import { scaleUtc, utcDay, utcMonth, utcYear } from 'd3';
import type { DateSpec } from '../schemas/common.ts';
import { findBreaks, splitAtBreaks, type Phase, type TimelineBreak } from './breaks.ts';
import { monthCount, monthSpanLabel } from './dates.ts';
import { phaseLabels } from './outline.ts';
import { placeAxisLabels, type AxisLabel, type AxisLabelRequest } from '../charts/kit/labels.ts';
import type { MeasureText } from '../charts/kit/text.ts';
import type { FigureVariant } from '../charts/kit/variants.ts';
import { shortMonthNames } from '../format/dates.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface StripEvent {
  id: string;
  /** Reading number shown in the mark and beside the event in the list. */
  number: number;
  title: string;
  /** The date as readers see it ("18 October 2024"), for the mark's accessible name. */
  dateText: string;
  date: DateSpec;
  /** The date was worked out from the report's wording, not printed: drawn hollow. */
  inferred: boolean;
  phase: Phase;
}

export interface StripVariant extends FigureVariant {
  /** The narrowest width (px) this layout is shown at; it is only ever stretched wider. */
  width: number;
  /** 'single': all segments on one axis. 'per-phase': one axis per phase, stacked (for narrow screens). */
  arrangement: 'single' | 'per-phase';
}

/**
 * The layouts TimelineStrip.astro writes into the page, each computed for the narrowest
 * container it is shown in: 272 px is a 320 px phone less the page margins. The strip stretches,
 * so a layout's width may be below the container width it is first shown at.
 */
export const STRIP_VARIANTS: readonly StripVariant[] = [
  { id: 'narrow', width: 272, arrangement: 'per-phase', fromContainerWidth: 0 },
  { id: 'medium', width: 720, arrangement: 'single', fromContainerWidth: 720 },
  { id: 'wide', width: 1000, arrangement: 'single', fromContainerWidth: 1000 },
];

export const STRIP = {
  markRadius: 12,
  /** Least horizontal space between two marks in one lane. */
  markGap: 3,
  lanePitch: 29,
  /** Least space between two labels. */
  labelGap: 6,
  tickFont: 12,
  phaseFont: 13,
  numberFont: 12,
  segmentMin: 44,
  breakMin: 34,
  /** Space between panels when phases are stacked. */
  panelGap: 14,
  /** Segments spanning more days than this are labelled by month rather than by day. */
  maxDaySpan: 75,
  /** Least px between day ticks. */
  dayTickSpacing: 26,
} as const;

export interface StripMark {
  id: string;
  number: number;
  title: string;
  dateText: string;
  inferred: boolean;
  phase: Phase;
  /** 'point' for a single day; 'bar' for a month or a range of days. */
  shape: 'point' | 'bar';
  /** Horizontal extent of the shape (for a point: its circle). */
  x0: number;
  x1: number;
  /** Centre of the number. */
  cx: number;
  /** Vertical centre of the mark. */
  cy: number;
  lane: number;
}

export interface StripSegment {
  phase: Phase;
  x0: number;
  x1: number;
  /** Top of the lanes above this segment. */
  top: number;
  axisY: number;
  granularity: 'day' | 'month';
}

export interface StripBreak {
  kind: TimelineBreak['kind'];
  x0: number;
  x1: number;
  top: number;
  axisY: number;
  /** What was left out, for the break's accessible description. */
  description: string;
}

export interface StripTick {
  x: number;
  y0: number;
  y1: number;
  major: boolean;
}

export type StripLabelKind = 'phase' | 'fine' | 'coarse' | 'gap';
export interface StripLabel extends AxisLabel {
  kind: StripLabelKind;
}

export interface StripLayout {
  width: number;
  height: number;
  segments: StripSegment[];
  breaks: StripBreak[];
  marks: StripMark[];
  ticks: StripTick[];
  labels: StripLabel[];
}

const DAY_MS = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The words the strip draws and announces, in one locale: made once per layout. */
interface StripWords {
  shortMonths: readonly string[];
  phase: Record<Phase, string>;
  /** "Oct 2024": a month with its year. */
  monthYear: (month: Date) => string;
  /** The label in a break that skips empty months ("26 months"), or "". */
  gapLabel: (b: TimelineBreak | undefined) => string;
  /** A break's accessible description. */
  breakDescription: (b: TimelineBreak) => string;
}

function stripWords(locale: Locale): StripWords {
  const t = useTranslations(locale);
  const shortMonths = shortMonthNames(locale);
  return {
    shortMonths,
    phase: phaseLabels(t),
    monthYear: (m) => t('date.month', { month: shortMonths[m.getUTCMonth()]!, year: m.getUTCFullYear() }),
    gapLabel: (b) => (b?.empty ? monthCount(b.empty.months, locale) : ''),
    breakDescription: (b) =>
      b.empty
        ? t('strip.break.gap', {
            months: monthCount(b.empty.months, locale),
            span: monthSpanLabel(b.empty.from, b.empty.to, locale),
          })
        : t('strip.break.phase'),
  };
}

interface Run {
  events: StripEvent[];
  phase: Phase;
  /** The break before this run, if any. */
  breakBefore?: TimelineBreak;
}

interface Domain {
  d0: Date;
  d1: Date;
  granularity: 'day' | 'month';
}

/** The time span a segment draws: whole months when its events are monthly or spread out, else whole days. */
export function segmentDomain(events: readonly StripEvent[]): Domain {
  const start = Math.min(...events.map((e) => time(e.date.start)));
  const end = Math.max(...events.map((e) => time(e.date.end))) + DAY_MS;
  const monthly = events.every((e) => e.date.precision === 'month') || (end - start) / DAY_MS > STRIP.maxDaySpan;
  if (monthly) return { d0: utcMonth.floor(new Date(start)), d1: utcMonth.ceil(new Date(end)), granularity: 'month' };
  // A lone day still gets a week of axis, so its tick labels have room.
  const pad = Math.max(0, Math.ceil((7 - (end - start) / DAY_MS) / 2)) * DAY_MS;
  return { d0: new Date(start - pad), d1: new Date(end + pad), granularity: 'day' };
}

const breakWidth = (b: TimelineBreak | undefined, measure: MeasureText, words: StripWords) => {
  const text = words.gapLabel(b);
  return Math.max(STRIP.breakMin, text ? measure(text, { size: STRIP.tickFont, weight: 400 }) + 12 : 0);
};

const INSET = { left: STRIP.markRadius + 2, right: 2 * STRIP.markRadius + 2 };

/** Least width a segment needs: room for its first label and a mark. */
function segmentMinWidth(domain: Domain, measure: MeasureText, words: StripWords) {
  const first = domain.granularity === 'month' ? String(domain.d0.getUTCFullYear()) : words.monthYear(domain.d0);
  return Math.max(STRIP.segmentMin, measure(first, { size: STRIP.tickFont, weight: 400 }) + INSET.left + INSET.right);
}

/** Width a segment would like: on a monthly axis, room for a three-letter name under every month. */
function segmentPreferredWidth(domain: Domain, measure: MeasureText, words: StripWords) {
  const months = domain.granularity === 'month' ? utcMonth.count(domain.d0, domain.d1) : 0;
  return Math.max(segmentMinWidth(domain, measure, words), months * 36 + INSET.left + INSET.right);
}

/** Shares `total` px by weight, giving every part at least its minimum. */
export function allocateWidths(mins: readonly number[], weights: readonly number[], total: number): number[] {
  const minSum = mins.reduce((a, b) => a + b, 0);
  if (minSum >= total) return mins.map((m) => (m * total) / minSum);
  const fixed = new Set<number>();
  for (;;) {
    const free = mins.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = total - [...fixed].reduce((a, i) => a + mins[i]!, 0);
    const weightSum = free.reduce((a, i) => a + weights[i]!, 0);
    const widths = mins.map((m, i) => (fixed.has(i) ? m : (room * weights[i]!) / weightSum));
    const under = free.filter((i) => widths[i]! < mins[i]!);
    if (under.length === 0) return widths;
    for (const i of under) fixed.add(i);
  }
}

interface PlacedMark extends Omit<StripMark, 'cy' | 'lane'> {
  footprint: [number, number];
}

/** First-fit lanes in order of position: returns each mark's lane (0 nearest the axis) and the lane count. */
export function assignLanes(
  footprints: readonly [number, number][],
  gap = STRIP.markGap,
): { lanes: number[]; count: number } {
  const order = footprints.map((_, i) => i).sort((a, b) => footprints[a]![0] - footprints[b]![0] || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(footprints.length).fill(0);
  for (const i of order) {
    const [x0, x1] = footprints[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = x1;
    lanes[i] = lane;
  }
  return { lanes, count: Math.max(1, laneEnds.length) };
}

const label =
  (kind: StripLabelKind) =>
  (placed: AxisLabel): StripLabel => ({ ...placed, kind });

const request = (
  measure: MeasureText,
  text: string,
  x: number,
  y: number,
  bounds: [number, number],
  {
    fontSize = STRIP.tickFont,
    bold = false,
    align = 'middle',
  }: { fontSize?: number; bold?: boolean; align?: 'middle' | 'start' } = {},
): AxisLabelRequest => ({
  text,
  x,
  align,
  y,
  width: measure(text, { size: fontSize, weight: bold ? 600 : 400 }),
  fontSize,
  bounds,
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Segment widths for a panel, or null when even the least widths do not fit. Monthly segments
 * get room for every month name when that fits; busier segments get more of what is left.
 */
function panelWidths(runs: Run[], width: number, measure: MeasureText, words: StripWords) {
  const domains = runs.map((run) => segmentDomain(run.events));
  const gaps = runs.map((run, i) => (i === 0 ? 0 : breakWidth(run.breakBefore, measure, words)));
  const room = width - sum(gaps);
  const weights = runs.map((run) => run.events.length + 1);
  const preferred = domains.map((d) => segmentPreferredWidth(d, measure, words));
  const least = domains.map((d) => segmentMinWidth(d, measure, words));
  const mins = sum(preferred) <= room ? preferred : sum(least) <= room ? least : null;
  return mins && { domains, gaps, widths: allocateWidths(mins, weights, room) };
}

/** Joins the runs of one phase into one, dropping the breaks between them. */
function mergeWithinPhases(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.phase === run.phase) last.events = [...last.events, ...run.events];
    else merged.push({ ...run, events: [...run.events] });
  }
  return merged;
}

function layoutPanel(
  panelRuns: Run[],
  width: number,
  top: number,
  out: StripLayout,
  measure: MeasureText,
  words: StripWords,
) {
  const r = STRIP.markRadius;
  // Too many breaks for the width: keep only the break between phases.
  let runs = panelRuns;
  let fitted = panelWidths(runs, width, measure, words);
  if (!fitted) {
    runs = mergeWithinPhases(panelRuns);
    fitted = panelWidths(runs, width, measure, words);
  }
  if (!fitted) throw new Error(`the timeline strip cannot fit ${runs.length} segments into ${width} px`);
  const { domains, gaps, widths } = fitted;

  // Horizontal placement of segments, breaks and marks.
  let x = 0;
  const placed: { x0: number; x1: number; scale: ReturnType<typeof scaleUtc<number>> }[] = [];
  const marks: PlacedMark[] = [];
  runs.forEach((run, i) => {
    x += gaps[i]!;
    const x0 = x;
    const x1 = x + widths[i]!;
    const { d0, d1 } = domains[i]!;
    // Wider inset on the right: a bar is at least a circle wide, even when it starts on the last day.
    const scale = scaleUtc()
      .domain([d0, d1])
      .range([x0 + INSET.left, x1 - INSET.right]);
    placed.push({ x0, x1, scale });
    for (const e of run.events) {
      const start = scale(new Date(time(e.date.start)));
      const end = scale(new Date(time(e.date.end) + DAY_MS));
      const base = {
        id: e.id,
        number: e.number,
        title: e.title,
        dateText: e.dateText,
        inferred: e.inferred,
        phase: e.phase,
      };
      if (e.date.precision === 'day') {
        const cx = (start + end) / 2;
        marks.push({ ...base, shape: 'point', x0: cx - r, x1: cx + r, cx, footprint: [cx - r, cx + r] });
      } else {
        // A bar is never shorter than its number's circle, so very short ranges read as slightly longer.
        const x1Bar = Math.max(end, start + 2 * r);
        marks.push({ ...base, shape: 'bar', x0: start, x1: x1Bar, cx: start + r, footprint: [start, x1Bar] });
      }
    }
    x = x1;
  });

  // Vertical placement: phase label row, lanes stacked up from the axis, then two rows of axis labels.
  const { lanes, count } = assignLanes(marks.map((m) => m.footprint));
  const lanesTop = top + 24;
  const axisY = lanesTop + count * STRIP.lanePitch + 2;
  const fineY = axisY + 18;
  const coarseY = axisY + 34;
  marks.forEach(({ footprint: _, ...m }, i) =>
    out.marks.push({ ...m, lane: lanes[i]!, cy: lanesTop + (count - 1 - lanes[i]!) * STRIP.lanePitch + r }),
  );

  const phaseRequests: AxisLabelRequest[] = [];
  runs.forEach((run, i) => {
    const seg = placed[i]!;
    const domain = domains[i]!;
    out.segments.push({
      phase: run.phase,
      x0: seg.x0,
      x1: seg.x1,
      top: lanesTop - 4,
      axisY,
      granularity: domain.granularity,
    });
    if (i > 0 && run.breakBefore) {
      const b = run.breakBefore;
      const bx0 = placed[i - 1]!.x1;
      out.breaks.push({
        kind: b.kind,
        x0: bx0,
        x1: seg.x0,
        top: lanesTop - 4,
        axisY,
        description: words.breakDescription(b),
      });
      const text = words.gapLabel(b);
      if (text)
        out.labels.push(
          ...placeAxisLabels([request(measure, text, (bx0 + seg.x0) / 2, fineY, [bx0, seg.x0])], 0).map(label('gap')),
        );
    }
    if (i === 0 || runs[i - 1]!.phase !== run.phase)
      phaseRequests.push(
        request(measure, words.phase[run.phase], seg.x0, top + 15, [seg.x0, width], {
          fontSize: STRIP.phaseFont,
          bold: true,
          align: 'start',
        }),
      );
    layoutAxis(seg, domain, { axisY, fineY, coarseY }, out, measure, words);
  });
  // Phase names start at their first segment and run right; the earlier phase wins a clash.
  out.labels.push(...placeAxisLabels(phaseRequests, STRIP.labelGap * 2).map(label('phase')));

  return coarseY + 8;
}

function layoutAxis(
  seg: { x0: number; x1: number; scale: ReturnType<typeof scaleUtc<number>> },
  { d0, d1, granularity }: Domain,
  rows: { axisY: number; fineY: number; coarseY: number },
  out: StripLayout,
  measure: MeasureText,
  words: StripWords,
) {
  const { scale } = seg;
  const bounds: [number, number] = [seg.x0, seg.x1];
  const fine: AxisLabelRequest[] = [];
  const coarse: AxisLabelRequest[] = [];
  const tick = (x: number, major: boolean) =>
    out.ticks.push({ x, y0: rows.axisY, y1: rows.axisY + (major ? 7 : 4), major });

  if (granularity === 'month') {
    const months = utcMonth.range(d0, d1);
    for (const m of months) {
      const next = utcMonth.offset(m, 1);
      tick(scale(m), true);
      fine.push(
        request(measure, words.shortMonths[m.getUTCMonth()]!, (scale(m) + scale(next)) / 2, rows.fineY, bounds),
      );
    }
    tick(scale(d1), true);
    for (const y of [d0, ...utcYear.range(utcDay.offset(d0, 1), d1)])
      coarse.push(request(measure, String(y.getUTCFullYear()), scale(y), rows.coarseY, bounds, { align: 'start' }));
  } else {
    const pxPerDay = scale(utcDay.offset(d0, 1)) - scale(d0);
    const step = [1, 7, 14].find((s) => s * pxPerDay >= STRIP.dayTickSpacing) ?? 14;
    const days = utcDay.every(step)!.range(d0, d1);
    for (const d of days) {
      const x = scale(new Date(d.getTime() + DAY_MS / 2));
      tick(x, false);
      fine.push(request(measure, String(d.getUTCDate()), x, rows.fineY, bounds));
    }
    const monthStarts = utcMonth.range(utcDay.offset(d0, 1), d1);
    for (const m of monthStarts) tick(scale(m), true);
    let previousYear: number | undefined;
    for (const m of [d0, ...monthStarts]) {
      const year = m.getUTCFullYear();
      const text = previousYear === year ? words.shortMonths[m.getUTCMonth()]! : words.monthYear(m);
      previousYear = year;
      // Month names start at the month's first day, reading rightwards like the days above them.
      coarse.push(request(measure, text, scale(m), rows.coarseY, bounds, { align: 'start' }));
    }
  }
  out.labels.push(...placeAxisLabels(fine, STRIP.labelGap).map(label('fine')));
  out.labels.push(...placeAxisLabels(coarse, STRIP.labelGap).map(label('coarse')));
}

/** Lays out the strip for events sorted by start date, worded in `locale` (the page's). */
export function layoutTimelineStrip(
  events: readonly StripEvent[],
  { width, arrangement }: StripVariant,
  measure: MeasureText,
  locale: Locale = DEFAULT_LOCALE,
): StripLayout {
  const words = stripWords(locale);
  const out: StripLayout = { width, height: 0, segments: [], breaks: [], marks: [], ticks: [], labels: [] };
  if (events.length === 0) return out;
  const breaks = findBreaks(events);
  const runs: Run[] = splitAtBreaks(events, breaks).map((run, i) => ({
    events: run,
    phase: run[0]!.phase,
    ...(i > 0 && { breakBefore: breaks[i - 1]! }),
  }));
  const panels: Run[][] = [];
  for (const run of runs) {
    const panel = panels.at(-1);
    if (panel && (arrangement === 'single' || panel[0]!.phase === run.phase)) panel.push(run);
    else panels.push([run]);
  }
  let top = 0;
  for (const panel of panels) {
    // A phase that opens a new panel starts its own axis: the break before it is the panel gap.
    const [first, ...rest] = panel;
    const { breakBefore: _, ...opening } = first!;
    top = layoutPanel([opening, ...rest], width, top, out, measure, words) + STRIP.panelGap;
  }
  out.height = Math.ceil(top - STRIP.panelGap);
  return out;
}

/**
 * A px position as a percentage of the layout's width, for SVG attributes that stretch. Two
 * decimals: 0.01 % of the widest strip is a tenth of a pixel, and the strip is written three
 * times into every timeline page, so each further digit costs bytes on the first paint (issue 16).
 */
export const pct = (x: number, width: number) => `${Math.round((x / width) * 1e4) / 1e2}%`;
