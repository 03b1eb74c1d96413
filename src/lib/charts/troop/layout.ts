/**
 * The troop-count chart as geometry: small multiples, one row per thing counted, sharing one
 * time axis. The first row (already in Russia) is the tallest and carries the planned total as
 * a labelled reference line; the other rows are shorter and drawn as secondary. Marks are never
 * joined by a line (each figure is one claimant's, and a line would merge claims into a series).
 * Each mark's direct label sits on its value, in its source's hedge ("10,000+"), naming the
 * claimant; event lines run through every row and never through a label. One fixed width per
 * call; pure and DOM-free: markup is written by svg.ts.
 */
import { STATUS_ENCODING } from './encoding.ts';
import type { EstimateQualifier, EstimateStatus } from '../../taxonomy.ts';
import { taxonomyLabels } from '../../taxonomy.ts';
import { countFormatter } from '../../format/numbers.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { placeAnnotationLabels } from './annotation-labels.ts';
import { placeReferenceLabels, type ReferenceLayout } from './reference-labels.ts';
import { dodgeMarks } from '../kit/dodge.ts';
import { boxAround, pad, type Box, type Segment } from '../kit/geometry.ts';
import { placeValueLabels, type ValueLabelRequest } from '../kit/value-labels.ts';
import { markGeometry, type MarkGeometry } from './marks.ts';
import {
  TIME_TICK_INTERVALS,
  countDomain,
  countTicks,
  makeCountScale,
  makeTimeScale,
  spanMidpoint,
  timeDomain,
  utcDate,
} from './encoding.ts';
import {
  LINE_HEIGHT,
  blockLines,
  wrapText,
  type ChartFontWeight,
  type MeasureText,
  type TextBlock,
} from '../kit/text.ts';
import type { ChartVariant } from './config.ts';
import type { TroopChartData } from './data.ts';
import { shortDay } from './wording.ts';

/** The most marks the chart labels directly; beyond it every mark is left to the table. */
export const MAX_DIRECT_LABELS = 60;

/** Most a label's figure line may sit above or below its mark, in viewBox units. */
export const LABEL_VALUE_SLACK = 4;
/** Furthest a label slides sideways from its mark (with a short leader). */
export const LABEL_MAX_SHIFT = 24;

/** The status whose row comes first and carries the planned total. */
export const PRIMARY_STATUS: EstimateStatus = 'in-russia';

export interface MarkLayout extends MarkGeometry {
  id: string;
  status: EstimateStatus;
  qualifier: EstimateQualifier;
  /** The row the mark is drawn in (planned totals ride in the first row, on their reference line). */
  row: EstimateStatus;
  title: string;
  /** Where the mark is drawn; `dataX` is where its date falls (they differ when dodged, and x ≥ dataX). */
  x: number;
  y: number;
  dataX: number;
  /** Horizontal extent of a month or range date, in chart coordinates. */
  span: { x1: number; x2: number } | null;
  label: (TextBlock & { leader: Segment | null }) | null;
  /** The mark whose label names this one too (same claimant, figure and status, from another report). */
  namedBy: string | null;
}

export interface RowLayout {
  status: EstimateStatus;
  primary: boolean;
  heading: TextBlock;
  /** The plot band: counts from 0 (bottom) to the shared maximum (top). */
  top: number;
  bottom: number;
  yTicks: { y: number; label: string }[];
}

export interface TroopChartLayout {
  variant: ChartVariant['id'];
  width: number;
  height: number;
  fontSize: number;
  /** Left and right of the plot bands; top of the first band to the bottom of the last. */
  plot: Box;
  rows: RowLayout[];
  xTicks: { x: number; lines: string[] }[];
  marks: MarkLayout[];
  references: ReferenceLayout[];
  /** Event lines, drawn in segments with gaps wherever text sits (so no line cuts through words). */
  annotations: { id: string; title: string; x: number; segments: { y1: number; y2: number }[]; label: TextBlock }[];
  /** Marks whose direct label found no free space at this width, in data order. */
  unlabelled: string[];
}

function chooseTimeTicks(scale: ReturnType<typeof makeTimeScale>, measure: MeasureText, size: number, locale: Locale) {
  const style = { size, weight: 400 as const };
  for (const { interval } of TIME_TICK_INTERVALS) {
    const ticks = scale.ticks(interval);
    if (ticks.length < 2) continue;
    const labels = ticks.map((t) => shortDay(t.toISOString().slice(0, 10), locale));
    const widest = Math.max(...labels.map((l) => measure(l, style)));
    const spacing = Math.min(...ticks.slice(1).map((t, i) => scale(t) - scale(ticks[i]!)));
    if (spacing >= widest + size) return ticks.map((t, i) => ({ date: t, label: labels[i]! }));
  }
  const [a, b] = scale.domain() as [Date, Date];
  return [a, b].map((date) => ({ date, label: shortDay(date.toISOString().slice(0, 10), locale) }));
}

/**
 * Time-axis ticks that fit: the year goes under the first tick and wherever it changes, and a
 * tick whose label would be cut off at either edge of the chart is left out.
 */
function timeTicksWithYears(
  x: ReturnType<typeof makeTimeScale>,
  measure: MeasureText,
  size: number,
  width: number,
  locale: Locale,
): { x: number; lines: string[] }[] {
  const tickStyle = { size: size * 0.92, weight: 400 as const };
  let lastYear: number | undefined;
  return chooseTimeTicks(x, measure, size, locale).flatMap(({ date, label }) => {
    const year = date.getUTCFullYear();
    const lines = lastYear === year ? [label] : [label, String(year)];
    const half = Math.max(...lines.map((l) => measure(l, tickStyle))) / 2;
    if (x(date) - half < 0 || x(date) + half > width) return [];
    lastYear = year;
    return [{ x: x(date), lines }];
  });
}

/** What labels must keep clear of around a mark: its shape and its date span. */
function markObstacles(m: MarkLayout): { box: Box; owner: string }[] {
  const boxes = [{ box: pad(boxAround(m.x, m.y, m.radius), 1), owner: m.id }];
  if (m.span) boxes.push({ box: { x: m.span.x1, y: m.y - 5, width: m.span.x2 - m.span.x1, height: 10 }, owner: m.id });
  return boxes;
}

/** The rows to draw, in order: the first row's status first, then the key order; planned totals ride in the first row. */
export function chartRows(statuses: EstimateStatus[]): EstimateStatus[] {
  const rows = new Set(statuses.map(rowOf));
  return [...rows].sort(
    (a, b) =>
      Number(b === PRIMARY_STATUS) - Number(a === PRIMARY_STATUS) ||
      STATUS_ENCODING[a].order - STATUS_ENCODING[b].order,
  );
}

const rowOf = (status: EstimateStatus): EstimateStatus => (status === 'planned-total' ? PRIMARY_STATUS : status);

export interface LayoutOptions {
  /** Only these rows (the home page's lead figure shows the first row alone). */
  rows?: EstimateStatus[];
}

/** Lays out the chart, its axis words in `locale` (the page's; the marks' words come worded in `data`). */
export function layoutTroopChart(
  data: TroopChartData,
  variant: ChartVariant,
  measure: MeasureText,
  locale: Locale = DEFAULT_LOCALE,
  options: LayoutOptions = {},
): TroopChartLayout {
  const formatCount = countFormatter(locale);
  const statusLabels = taxonomyLabels(useTranslations(locale)).estimateStatuses;
  const { width, fontSize: size, markArea } = variant;
  const lh = size * LINE_HEIGHT;
  const regular = { size, weight: 400 as const };
  const bold = { size, weight: 600 as const };
  const tickStyle = { size: size * 0.92, weight: 400 as const };
  const textWidth = (lines: { text: string; weight: ChartFontWeight }[]) =>
    Math.max(...lines.map((l) => measure(l.text, { size, weight: l.weight }))) + 1;

  const shownRows = options.rows;
  const estimates = shownRows ? data.estimates.filter((e) => shownRows.includes(rowOf(e.status))) : data.estimates;
  const references = shownRows?.includes(PRIMARY_STATUS) === false ? [] : data.references;
  const rowStatuses = chartRows(estimates.map((e) => e.status));

  // One count domain for every row, from zero to a round number above the largest claim, so a
  // figure sits at the same share of its row's height in every row.
  // With a planned total, extra headroom leaves its line's label room above the line.
  const yDomain = countDomain(
    estimates.map((e) => e.count),
    references.length ? 0.2 : 0.08,
  );
  const tickCandidates = (top: number, bottom: number) => countTicks(makeCountScale(yDomain, [bottom, top]), 2.4 * lh);
  const yTickLabels = tickCandidates(0, variant.primaryHeight).map(formatCount);
  const plotLeft = Math.max(...yTickLabels.map((l) => measure(l, tickStyle))) + 8;
  const plotRight = width - 2;

  // Every as-of date and every annotated event inside the frame.
  const xDomain = timeDomain([...estimates.map((e) => e.asOf), ...data.annotations.map((a) => a.date)], {
    before: 0.04,
    after: 0.06,
  });
  // Marks that share a spot move later (right), so the last date may need room after it: a
  // first pass dodges against an open right edge and the time axis is shortened by the overshoot.
  const probeRadius = Math.max(0, ...estimates.map((e) => markGeometry(e.status, 'exact', markArea, 0).radius)) + 1;
  const probeX = makeTimeScale(xDomain, [plotLeft, plotRight]);
  const rowRank = new Map(chartRows(estimates.map((e) => e.status)).map((s, i) => [s, i]));
  const probe = dodgeMarks(
    estimates.map((e) => ({
      id: e.id,
      x: probeX(spanMidpoint(e.asOf)),
      // Only marks in the same row at the same count can collide: rows are kept far apart here.
      y:
        rowRank.get(rowOf(e.status))! * 1e7 +
        (e.count / yDomain[1]) * (rowOf(e.status) === PRIMARY_STATUS ? variant.primaryHeight : variant.secondaryHeight),
      r: probeRadius,
    })),
    2,
    { x1: plotLeft + 2, x2: Infinity },
    { neverBefore: true },
  );
  // Never by more than a quarter of the plot, though: many claims of one date and count (generated
  // content at 10x) would otherwise push the axis's start past its end; the bounded dodge below
  // then places what does not fit.
  const overshoot = Math.min(
    (plotRight - plotLeft) / 4,
    Math.max(0, ...probe.map((px) => px + probeRadius - (plotRight - 2))),
  );
  const x = makeTimeScale(xDomain, [plotLeft, plotRight - overshoot]);

  // Annotation labels share a band above the rows; the band is kept as short as it can be.
  const annotationPlaced = placeAnnotationLabels(
    data.annotations.map((a) => ({ ...a, x: x(spanMidpoint(a.date)) })),
    { width, size, maxWidth: Math.min(width * 0.5, 320), measure },
  );
  const bandBottom = Math.max(0, ...annotationPlaced.map((a) => a.label.box.y + a.label.box.height));

  const geometries = estimates.map((e) => markGeometry(e.status, 'exact', markArea, 0));
  // The count scale stops short of the band's top by a mark's size, so no mark reaches the heading.
  const inset = Math.max(0, ...geometries.map((g) => g.radius)) + 2;

  // Rows top to bottom: a heading line, then the plot band, then a gap.
  const headingGap = 4;
  // A mark at zero reaches below its row by its size: the gap keeps it off the next heading.
  const rowGap = Math.max(12, inset + 1);
  let cursor = bandBottom + 6;
  const rows: RowLayout[] = rowStatuses.map((status, i) => {
    const primary = status === PRIMARY_STATUS || i === 0;
    const headingText = statusLabels[status];
    const headingBox = { x: 0, y: cursor, width: measure(headingText, bold) + 1, height: lh };
    const top = cursor + lh + headingGap;
    const bottom = top + (primary ? variant.primaryHeight : variant.secondaryHeight);
    cursor = bottom + rowGap;
    const scale = makeCountScale(yDomain, [bottom, top + inset]);
    const yTicks = tickCandidates(top + inset, bottom)
      .map((v) => ({ y: scale(v), label: formatCount(v) }))
      // A tick label at the very top would run into the heading line.
      .filter((t) => t.y - tickStyle.size * 0.6 >= top - headingGap);
    // (With the inset, every tick fits; the filter guards a very short row.)
    return {
      status,
      primary,
      heading: {
        box: headingBox,
        align: 'start',
        lines: blockLines(headingBox, 'start', [{ text: headingText, weight: 600 }], size),
      },
      top,
      bottom,
      yTicks,
    };
  });
  const rowFor = (status: EstimateStatus) => rows.find((r) => r.status === rowOf(status))!;
  const yOf = (status: EstimateStatus, count: number) => {
    const r = rowFor(status);
    return makeCountScale(yDomain, [r.bottom, r.top + inset])(count);
  };

  const lastBottom = rows.at(-1)?.bottom ?? cursor;
  const xAxisHeight = 2 * lh + 6;
  const height = Math.ceil(lastBottom + xAxisHeight);
  const plot = {
    x: plotLeft,
    y: rows[0]?.top ?? cursor,
    width: plotRight - plotLeft,
    height: lastBottom - (rows[0]?.top ?? cursor),
  };
  const xTicks = timeTicksWithYears(x, measure, size, width, locale);

  // Marks: a mark that shares its spot with another moves later, never earlier than its date
  // (left of its date it would sit before the announcement it comes from).
  const dataXs = estimates.map((e) => x(spanMidpoint(e.asOf)));
  const markXs = dodgeMarks(
    estimates.map((e, i) => ({ id: e.id, x: dataXs[i]!, y: yOf(e.status, e.count), r: geometries[i]!.radius + 1 })),
    2,
    { x1: plotLeft + 2, x2: plotRight - 2 },
    { neverBefore: true },
  );
  const dayAfter = (iso: string) => new Date(utcDate(iso).getTime() + 86_400_000);
  const marks: MarkLayout[] = estimates.map((e, i) => ({
    ...geometries[i]!,
    id: e.id,
    status: e.status,
    qualifier: e.qualifier,
    row: rowOf(e.status),
    title: e.title,
    x: markXs[i]!,
    y: yOf(e.status, e.count),
    dataX: dataXs[i]!,
    span: e.asOf.precision === 'day' ? null : { x1: x(utcDate(e.asOf.start)), x2: x(dayAfter(e.asOf.end)) },
    label: null,
    namedBy: null,
  }));
  const markBoxes = marks.flatMap(markObstacles);
  const headingBoxes = rows.map((r) => ({ box: r.heading.box }));

  const primaryRow = rows.find((r) => r.status === PRIMARY_STATUS);
  const placedRefs =
    primaryRow && references.length
      ? placeReferenceLabels(references, {
          y: (count) => yOf(PRIMARY_STATUS, count),
          plotLeft,
          plotRight,
          plotArea: {
            x: plotLeft,
            y: primaryRow.heading.box.y,
            width: plotRight - plotLeft,
            height: primaryRow.bottom - primaryRow.heading.box.y,
          },
          headerRow: {
            x: primaryRow.heading.box.width + 12,
            y: primaryRow.heading.box.y,
            width: plotRight - primaryRow.heading.box.width - 12,
            height: lh,
          },
          taken: [...markBoxes, ...headingBoxes].map((o) => o.box),
          size,
          measure,
        })
      : { references: [], referenced: new Set<string>() };

  // One direct label per claim: marks of the same claimant's same figure (several reports
  // carrying it) share the label of the first of them that finds room.
  const groups = new Map<string, number[]>();
  estimates.forEach((e, i) => {
    if (placedRefs.referenced.has(e.id)) return;
    groups.set(e.sameClaim, [...(groups.get(e.sameClaim) ?? []), i]);
  });
  const linesOf = (i: number) => {
    const [count = '', ...claimant] = estimates[i]!.labelLines;
    const figure = { text: count, weight: 600 as ChartFontWeight };
    // A short (secondary) row may also take a wider wrap when it has no height for the narrow one.
    const shares = rowOf(estimates[i]!.status) === PRIMARY_STATUS ? [1] : [1, 1.6];
    return shares.flatMap((share) => {
      const claimantLines = wrapText(
        claimant.join(' '),
        Math.max(variant.labelMaxWidth * share, measure(count, bold)),
        regular,
        measure,
      ).map((text) => ({ text, weight: 400 as ChartFontWeight }));
      // The figure line sits on the value: first (claimant below) or last (claimant above).
      return [
        { lines: [figure, ...claimantLines], valueLine: 0 },
        { lines: [...claimantLines, figure], valueLine: claimantLines.length },
      ];
    });
  };
  const tooMany = groups.size > MAX_DIRECT_LABELS;
  const unplaced: string[] = [];
  const taken: { box: Box; owner?: string }[] = [
    ...markBoxes,
    ...headingBoxes,
    ...placedRefs.references.flatMap((r) => (r.label ? [{ box: r.label.box }] : [])),
  ];
  const placedLabels: { box: Box }[] = [];
  const leaders: { box: Box }[] = [];
  // The largest figures of the first row are labelled first: they are what a reader looks for.
  const byPriority = [...groups.values()].sort((a, b) => {
    const [ea, eb] = [estimates[a[0]!]!, estimates[b[0]!]!];
    const primary = (e: typeof ea) => Number(rowOf(e.status) === PRIMARY_STATUS);
    return primary(eb) - primary(ea) || eb.count - ea.count;
  });
  for (const members of byPriority) {
    if (tooMany) {
      unplaced.push(...members.map((i) => estimates[i]!.id));
      continue;
    }
    let placedIndex: number | undefined;
    for (const i of members) {
      const m = marks[i]!;
      const row = rowFor(m.status);
      const arrangements = linesOf(i);
      const request: ValueLabelRequest = {
        id: m.id,
        anchor: { x: m.x, y: m.y },
        anchorRadius: m.radius,
        arrangements: arrangements.map((a) => ({
          width: textWidth(a.lines),
          height: a.lines.length * lh,
          valueCentre: (a.valueLine + 0.5) * lh,
        })),
      };
      const { placed } = placeValueLabels([request], {
        bounds: {
          x: plotLeft + 1,
          y: row.heading.box.y,
          width: width - plotLeft - 1,
          // Labels stop above the row's baseline: text run through by the zero line is hard to read.
          height: row.bottom - 2 - row.heading.box.y,
        },
        obstacles: [...taken, ...placedLabels, ...leaders],
        gap: 3,
        slack: LABEL_VALUE_SLACK,
        maxShift: LABEL_MAX_SHIFT,
      });
      const p = placed[0];
      if (!p) continue;
      const chosen = arrangements[p.arrangement]!;
      m.label = { box: p.box, align: p.align, leader: p.leader, lines: blockLines(p.box, p.align, chosen.lines, size) };
      placedLabels.push({ box: p.box });
      if (p.leader)
        leaders.push({
          box: {
            x: Math.min(p.leader.x1, p.leader.x2),
            y: p.leader.y1 - 0.5,
            width: Math.abs(p.leader.x2 - p.leader.x1),
            height: 1,
          },
        });
      placedIndex = i;
      break;
    }
    if (placedIndex === undefined) unplaced.push(...members.map((i) => estimates[i]!.id));
    else for (const i of members) if (i !== placedIndex) marks[i]!.namedBy = estimates[placedIndex]!.id;
  }

  // Event lines: from the top of their label down through every row, broken wherever text sits
  // (row headings, the planned-total label, direct labels), so no line cuts through words.
  const texts = [
    ...rows.map((r) => r.heading.box),
    ...placedRefs.references.flatMap((r) => (r.label ? [r.label.box] : [])),
    ...marks.flatMap((m) => (m.label ? [m.label.box] : [])),
  ];
  const annotations = annotationPlaced.map((a) => ({
    ...a,
    segments: lineAround(
      a.label.box.y,
      lastBottom,
      texts.filter((b) => a.x >= b.x - 3 && a.x <= b.x + b.width + 3),
    ),
  }));

  return {
    variant: variant.id,
    width,
    height,
    fontSize: size,
    plot,
    rows,
    xTicks,
    marks,
    references: placedRefs.references,
    annotations,
    unlabelled: estimates.map((e) => e.id).filter((id) => unplaced.includes(id)),
  };
}

/** A vertical line from y1 to y2, with a gap of 2 units around each box (on the line's x) it would cross. */
function lineAround(y1: number, y2: number, boxes: Box[]): { y1: number; y2: number }[] {
  const gaps = boxes.map((b) => [b.y - 2, b.y + b.height + 2] as const).sort((p, q) => p[0] - q[0]);
  const out: { y1: number; y2: number }[] = [];
  let from = y1;
  for (const [g1, g2] of gaps) {
    if (g1 > from) out.push({ y1: from, y2: g1 });
    from = Math.max(from, g2);
  }
  if (y2 > from) out.push({ y1: from, y2 });
  return out.filter((s) => s.y2 - s.y1 > 0.5);
}
