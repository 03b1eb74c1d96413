/**
 * The troop-count chart as geometry: scales from the data, marks (dodged where they would sit on
 * each other), the planned-total reference line, event annotations and collision-free direct
 * labels, for one fixed width. Pure and DOM-free: markup is written by troop-chart-svg.ts.
 */
import type { Estimate, TimelineEvent } from '../data/model.ts';
import type { DateSpec } from '../schemas/common.ts';
import { estimateStatuses, type EstimateQualifier, type EstimateStatus } from '../taxonomy.ts';
import { formatCount } from '../format/numbers.ts';
import { boxAround, boxesOverlap, boxInside, inflate, type Box, type Segment } from './geometry.ts';
import { placeLabels, type LabelRequest, type PlacedLabel } from './labels.ts';
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
} from './scales.ts';
import { LINE_HEIGHT, wrapText, type ChartFontWeight, type MeasureText } from './text.ts';
import { TROOP_ANNOTATIONS, type AnnotationChoice, type ChartVariant } from './troop-config.ts';
import { markLabelLines, markTitle, referenceLabel, shortClaimant, shortDate } from './troop-wording.ts';

/* ---------- Input: the model's records reduced to what the chart draws ---------- */

export interface ChartEstimate {
  id: string;
  count: number;
  qualifier: EstimateQualifier;
  status: EstimateStatus;
  asOf: DateSpec;
  /** Full sentence for the mark's SVG title and accessible name. */
  title: string;
  /** Lines of the direct label: the count as claimed, then the claimant. */
  labelLines: string[];
}

export interface ChartAnnotation {
  id: string;
  date: DateSpec;
  /** "18 Oct: South Korea’s spy agency goes public". */
  label: string;
  /** The event's own title, for the tooltip. */
  title: string;
}

export interface ChartReference {
  status: EstimateStatus;
  count: number;
  label: string;
  /** Fallback without claimants, for when the full label finds no room; the marks are then labelled themselves. */
  shortLabel: string;
  /** Estimates the reference line names, so their marks need no label of their own. */
  estimateIds: string[];
}

export interface TroopChartData {
  estimates: ChartEstimate[];
  annotations: ChartAnnotation[];
  references: ChartReference[];
}

/** Events chosen for annotation, by id; a missing id is a content error, not a silent gap. */
export function pickAnnotationEvents(events: TimelineEvent[], choices: AnnotationChoice[] = TROOP_ANNOTATIONS) {
  return choices.map((choice) => {
    const event = events.find((e) => e.id === choice.eventId);
    if (!event) throw new Error(`troop chart annotation names unknown event "${choice.eventId}"`);
    return { choice, event };
  });
}

/** One reference line per planned-total count, naming every claimant of that count. */
export function plannedTotalReferences(estimates: Estimate[]): ChartReference[] {
  const planned = estimates.filter((e) => e.status === 'planned-total');
  const counts = [...new Set(planned.map((e) => e.count))].sort((a, b) => b - a);
  return counts.map((count) => {
    const claims = planned.filter((e) => e.count === count);
    return {
      status: 'planned-total',
      count,
      label: referenceLabel(
        estimateStatuses['planned-total'],
        claims.map((e) => ({ count: e.count, qualifier: e.qualifier, claimant: shortClaimant(e.claimant) })),
      ),
      shortLabel: `${estimateStatuses['planned-total']}: ${formatCount(count)}`,
      estimateIds: claims.map((e) => e.id),
    };
  });
}

export function troopChartData(model: { estimates: Estimate[]; events: TimelineEvent[] }, choices = TROOP_ANNOTATIONS): TroopChartData {
  return {
    estimates: model.estimates.map((e) => ({
      id: e.id,
      count: e.count,
      qualifier: e.qualifier,
      status: e.status,
      asOf: e.asOf,
      title: markTitle(e),
      labelLines: markLabelLines(e),
    })),
    annotations: pickAnnotationEvents(model.events, choices).map(({ choice, event }) => ({
      id: event.id,
      date: event.date,
      label: `${shortDate(event.date)}: ${choice.label}`,
      title: event.title,
    })),
    references: plannedTotalReferences(model.estimates),
  };
}

/* ---------- Output: geometry for one width ---------- */

export interface TextLine {
  text: string;
  weight: ChartFontWeight;
  /** Anchor point of the line (its baseline). */
  x: number;
  y: number;
}

export interface TextBlock {
  box: Box;
  align: PlacedLabel['align'];
  lines: TextLine[];
}

export interface MarkLayout extends MarkGeometry {
  id: string;
  status: EstimateStatus;
  qualifier: EstimateQualifier;
  title: string;
  /** Where the mark is drawn; `dataX` is where its date falls (they differ when dodged). */
  x: number;
  y: number;
  dataX: number;
  /** Horizontal extent of a month or range date, in chart coordinates. */
  span: { x1: number; x2: number } | null;
  label: (TextBlock & { leader: Segment | null }) | null;
}

export interface TroopChartLayout {
  variant: ChartVariant['id'];
  width: number;
  height: number;
  fontSize: number;
  plot: Box;
  xTicks: { x: number; lines: string[] }[];
  yTicks: { y: number; label: string }[];
  yTitle: TextBlock;
  marks: MarkLayout[];
  references: { count: number; y: number; x1: number; x2: number; label: TextBlock | null }[];
  annotations: { id: string; title: string; x: number; y1: number; y2: number; label: TextBlock }[];
  /** Marks whose direct label found no free space at this width, in data order. */
  unlabelled: string[];
}

export const Y_TITLE = 'Soldiers';

const blockLines = (box: Box, align: TextBlock['align'], lines: { text: string; weight: ChartFontWeight }[], size: number): TextLine[] => {
  const lh = size * LINE_HEIGHT;
  const x = align === 'start' ? box.x : align === 'end' ? box.x + box.width : box.x + box.width / 2;
  // Baseline sits where Inter's ascender (0.97 em) puts it inside a 1.25 em line box.
  return lines.map((l, i) => ({ ...l, x, y: box.y + i * lh + (lh - size) / 2 + size * 0.9 }));
};

function chooseTimeTicks(scale: ReturnType<typeof makeTimeScale>, measure: MeasureText, size: number) {
  const style = { size, weight: 400 as const };
  for (const { interval } of TIME_TICK_INTERVALS) {
    const ticks = scale.ticks(interval);
    if (ticks.length < 2) continue;
    const labels = ticks.map((t) => shortDate({ iso: '', precision: 'day', start: t.toISOString().slice(0, 10), end: '' }));
    const widest = Math.max(...labels.map((l) => measure(l, style)));
    const spacing = Math.min(...ticks.slice(1).map((t, i) => scale(t) - scale(ticks[i]!)));
    if (spacing >= widest + size) return ticks.map((t, i) => ({ date: t, label: labels[i]! }));
  }
  const [a, b] = scale.domain() as [Date, Date];
  return [a, b].map((date) => ({ date, label: shortDate({ iso: '', precision: 'day', start: date.toISOString().slice(0, 10), end: '' }) }));
}

/**
 * Moves marks that would overlap sideways, keeping each at its true height (the count is the
 * value read off the chart; a shift of a few units in time misleads less than a hidden mark).
 * Marks are placed in date order, each at the free position nearest its date; then marks that
 * share a date and a count are re-centred on that date when nothing is in the way.
 */
export function dodgeMarks(points: { id: string; x: number; y: number; r: number }[], gap: number, bounds: { x1: number; x2: number }) {
  const xs: number[] = new Array(points.length);
  const placed: number[] = [];
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y || points[a]!.id.localeCompare(points[b]!.id));
  const blocked = (i: number, x: number, ignore: Set<number> = new Set()) =>
    placed.some((j) => !ignore.has(j) && Math.abs(points[j]!.y - points[i]!.y) < points[i]!.r + points[j]!.r + gap && Math.abs(xs[j]! - x) < points[i]!.r + points[j]!.r + gap - 1e-9);
  for (const i of order) {
    const p = points[i]!;
    const lo = bounds.x1 + p.r;
    const hi = bounds.x2 - p.r;
    const want = Math.min(Math.max(p.x, lo), hi);
    // The nearest free spot is the wanted x itself or the edge of some neighbour's no-go interval.
    const candidates = [want];
    for (const j of placed) {
      const reach = p.r + points[j]!.r + gap;
      if (Math.abs(points[j]!.y - p.y) < reach) candidates.push(xs[j]! - reach, xs[j]! + reach);
    }
    const free = candidates.filter((x) => x >= lo - 1e-9 && x <= hi + 1e-9 && !blocked(i, x)).sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || a - b);
    xs[i] = free[0] ?? want;
    placed.push(i);
  }
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => groups.set(`${p.x}/${p.y}`, [...(groups.get(`${p.x}/${p.y}`) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const shift = points[members[0]!]!.x - members.reduce((sum, m) => sum + xs[m]!, 0) / members.length;
    const moved = new Set(members);
    const fits = members.every((m) => {
      const x = xs[m]! + shift;
      return x >= bounds.x1 + points[m]!.r && x <= bounds.x2 - points[m]!.r && !blocked(m, x, moved);
    });
    if (fits) for (const m of members) xs[m] = xs[m]! + shift;
  }
  return xs;
}

interface AnnotationSpot {
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
          if (boxInside(box, { x: 0, y: 0, width, height: Infinity })) out.push({ box, align, lines, cost: lines.length + sideCost });
        }
    }
    return out.sort((p, q) => p.box.y + p.box.height - (q.box.y + q.box.height) || p.cost - q.cost);
  };
  const all = items.map(optionsFor);
  const lineCrosses = (lineX: number, lineTop: number, box: Box) => lineX > box.x - 2 && lineX < box.x + box.width + 2 && box.y + box.height > lineTop;
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
          boxesOverlap(other.box, option.box, 4) || lineCrosses(items[j]!.x, other.box.y, option.box) || lineCrosses(items[i]!.x, option.box.y, other.box)
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
    const lines = o.lines.map((text) => ({ text, weight: 400 as ChartFontWeight }));
    return { id: a.id, title: a.title, x: a.x, label: { box: o.box, align: o.align, lines: blockLines(o.box, o.align, lines, size) } };
  });
}

export function layoutTroopChart(data: TroopChartData, variant: ChartVariant, measure: MeasureText): TroopChartLayout {
  const { width, height, fontSize: size, markArea } = variant;
  const lh = size * LINE_HEIGHT;
  const regular = { size, weight: 400 as const };
  const bold = { size, weight: 600 as const };
  const textWidth = (lines: { text: string; weight: ChartFontWeight }[]) =>
    Math.max(...lines.map((l) => measure(l.text, { size, weight: l.weight }))) + 1;

  // Count axis: from zero to a round number above the largest claim.
  const yDomain = countDomain(data.estimates.map((e) => e.count));
  const provisional = makeCountScale(yDomain, [height - 60, 60]);
  const yTickValues = countTicks(provisional, 2.6 * lh);
  const yTickLabels = yTickValues.map(formatCount);
  const plotLeft = Math.max(...yTickLabels.map((l) => measure(l, regular)), measure(Y_TITLE, bold)) + 8;
  const plotRight = width - 2;

  // Time axis: every as-of date and every annotated event inside the frame.
  const xDomain = timeDomain([...data.estimates.map((e) => e.asOf), ...data.annotations.map((a) => a.date)], {
    before: 0.04,
    after: 0.06,
  });
  const x = makeTimeScale(xDomain, [plotLeft, plotRight]);

  // Annotation labels share a band above the plot; the band is kept as short as it can be.
  const annotationPlaced = placeAnnotationLabels(
    data.annotations.map((a) => ({ ...a, x: x(spanMidpoint(a.date)) })),
    { width, size, maxWidth: Math.min(width * 0.5, 320), measure },
  );
  const bandBottom = Math.max(0, ...annotationPlaced.map((a) => a.label.box.y + a.label.box.height));

  // The y-axis title gets its own row between the annotation band and the plot.
  const plotTop = bandBottom + lh + lh / 2 + 6;
  const xAxisHeight = 2 * lh + 6;
  const plotBottom = height - xAxisHeight;
  const plot = { x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop };
  const y = makeCountScale(yDomain, [plotBottom, plotTop]);
  const yTicks = countTicks(y, 2.6 * lh).map((v) => ({ y: y(v), label: formatCount(v) }));
  const yTitleBox = { x: 0, y: plotTop - lh / 2 - 4 - lh, width: measure(Y_TITLE, bold) + 1, height: lh };
  const yTitle: TextBlock = { box: yTitleBox, align: 'start', lines: blockLines(yTitleBox, 'start', [{ text: Y_TITLE, weight: 600 }], size) };

  let lastYear: number | undefined;
  const xTicks = chooseTimeTicks(x, measure, size).map(({ date, label }) => {
    const year = date.getUTCFullYear();
    const lines = lastYear === year ? [label] : [label, String(year)];
    lastYear = year;
    return { x: x(date), lines };
  });

  // Marks, with the extras their qualifier calls for.
  const arrowLength = Math.max(9, size * 0.85);
  const geometries = data.estimates.map((e) => markGeometry(e.status, e.qualifier, markArea, arrowLength));
  const dataXs = data.estimates.map((e) => x(spanMidpoint(e.asOf)));
  const markXs = dodgeMarks(
    data.estimates.map((e, i) => ({ id: e.id, x: dataXs[i]!, y: y(e.count), r: geometries[i]!.radius + 1 })),
    2,
    { x1: plotLeft + 2, x2: plotRight - 2 },
  );
  const dayAfter = (iso: string) => new Date(utcDate(iso).getTime() + 86_400_000);
  const marks: MarkLayout[] = data.estimates.map((e, i) => ({
    ...geometries[i]!,
    id: e.id,
    status: e.status,
    qualifier: e.qualifier,
    title: e.title,
    x: markXs[i]!,
    y: y(e.count),
    dataX: dataXs[i]!,
    span: e.asOf.precision === 'day' ? null : { x1: x(utcDate(e.asOf.start)), x2: x(dayAfter(e.asOf.end)) },
    label: null,
  }));

  const markBoxes = marks.flatMap((m) => {
    const boxes = [{ box: inflate(boxAround(m.x, m.y, m.radius), 1), owner: m.id }];
    if (m.arrow) {
      const top = m.y + Math.min(m.arrow.baseY, m.arrow.tipY);
      boxes.push({ box: { x: m.x - 4.5, y: top - 1, width: 9, height: Math.abs(m.arrow.tipY - m.arrow.baseY) + 2 }, owner: m.id });
    }
    if (m.span) boxes.push({ box: { x: m.span.x1, y: m.y - 5, width: m.span.x2 - m.span.x1, height: 10 }, owner: m.id });
    return boxes;
  });

  // Reference lines: the label goes where it covers no mark, preferring the right end, above the
  // line. If the full label (which names the claimants) finds no room, a short one is used and
  // the marks get their own labels; the last resort is the free row above the plot.
  const referenced = new Set<string>();
  const references: TroopChartLayout['references'] = [];
  const plotArea = { x: plotLeft, y: bandBottom, width: plotRight - plotLeft, height: plotBottom - bandBottom };
  const headerRow = { x: yTitleBox.x + yTitleBox.width + 8, y: yTitleBox.y, width: plotRight - yTitleBox.x - yTitleBox.width - 8, height: lh };
  for (const ref of data.references) {
    const ry = y(ref.count);
    const taken = [...markBoxes.map((o) => o.box), yTitleBox, ...references.flatMap((r) => (r.label ? [r.label.box] : []))];
    const tryPlace = (text: string, wrapWidth: number, rows: (h: number) => number[], area: Box): TextBlock | undefined => {
      const lines = wrapText(text, wrapWidth, regular, measure).map((t) => ({ text: t, weight: 400 as ChartFontWeight }));
      const w = textWidth(lines);
      const h = lines.length * lh;
      const xs = [plotRight - w, plotLeft + 4];
      for (let step = plotRight - w - 12; step > plotLeft + 4; step -= 12) xs.push(step);
      for (const bx of xs)
        for (const by of rows(h)) {
          const box = { x: bx, y: by, width: w, height: h };
          if (!boxInside(box, area) || taken.some((t) => boxesOverlap(t, box, 3))) continue;
          const align = bx + w >= plotRight - 1 ? 'end' : 'start';
          return { box, align, lines: blockLines(box, align, lines, size) };
        }
      return undefined;
    };
    const beside = (h: number) => [ry - 3 - h, ry + 3];
    let label = tryPlace(ref.label, plot.width * 0.7, beside, plotArea);
    if (label) ref.estimateIds.forEach((id) => referenced.add(id));
    const anyRow = (h: number) => Array.from({ length: Math.floor((plotArea.height - h) / (lh / 2)) + 1 }, (_, k) => plotArea.y + k * (lh / 2));
    label ??=
      tryPlace(ref.shortLabel, plot.width, beside, plotArea) ??
      tryPlace(ref.shortLabel, headerRow.width, () => [headerRow.y], headerRow) ??
      tryPlace(ref.shortLabel, plot.width, anyRow, plotArea);
    // With no room at all (only in absurdly crowded data) the line stays and says nothing: its marks carry their own labels.
    references.push({ count: ref.count, y: ry, x1: plotLeft, x2: plotRight, label: label ?? null });
  }

  // Direct labels for every mark the reference lines do not already name.
  const requests: (LabelRequest & { lines: { text: string; weight: ChartFontWeight }[] })[] = data.estimates
    .map((e, i) => ({ e, m: marks[i]! }))
    .filter(({ e }) => !referenced.has(e.id))
    .map(({ e, m }) => {
      const [count = '', ...claimant] = e.labelLines;
      const lines = [
        { text: count, weight: 600 as ChartFontWeight },
        ...wrapText(claimant.join(' '), Math.max(variant.labelMaxWidth, measure(count, bold)), regular, measure).map((text) => ({
          text,
          weight: 400 as ChartFontWeight,
        })),
      ];
      return { id: e.id, anchor: { x: m.x, y: m.y }, anchorRadius: m.radius, width: textWidth(lines), height: lines.length * lh, lines };
    });
  const { placed, unplaced } = placeLabels(requests, {
    bounds: { x: plotLeft + 1, y: plotTop - lh / 2, width: width - plotLeft - 1, height: plotBottom - plotTop + lh / 2 - 2 },
    obstacles: [
      ...markBoxes,
      ...references.flatMap((r) => (r.label ? [{ box: r.label.box }] : [])),
      { box: yTitleBox },
    ],
    gap: 3,
    leaderAfter: 8,
    maxDistance: Math.max(60, plot.height * 0.45),
  });
  for (const p of placed) {
    const req = requests.find((r) => r.id === p.id)!;
    const mark = marks.find((m) => m.id === p.id)!;
    mark.label = { box: p.box, align: p.align, leader: p.leader, lines: blockLines(p.box, p.align, req.lines, size) };
  }

  return {
    variant: variant.id,
    width,
    height,
    fontSize: size,
    plot,
    xTicks,
    yTicks,
    yTitle,
    marks,
    references,
    annotations: annotationPlaced.map((a) => ({ ...a, y1: a.label.box.y, y2: plotBottom })),
    unlabelled: data.estimates.map((e) => e.id).filter((id) => unplaced.includes(id)),
  };
}
