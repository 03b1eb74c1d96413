/**
 * The troop-count chart as geometry: scales from the data, marks (dodged where they would sit on
 * each other), the planned-total reference line, event annotations and collision-free direct
 * labels, for one fixed width. Pure and DOM-free: markup is written by svg.ts.
 */
import type { EstimateQualifier, EstimateStatus } from '../../taxonomy.ts';
import { countFormatter } from '../../format/numbers.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { placeAnnotationLabels } from './annotation-labels.ts';
import { placeReferenceLabels, type ReferenceLayout } from './reference-labels.ts';
import { dodgeMarks } from '../kit/dodge.ts';
import { boxAround, pad, type Box, type Segment } from '../kit/geometry.ts';
import { placeLabels, type LabelRequest } from '../kit/labels.ts';
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
  references: ReferenceLayout[];
  annotations: { id: string; title: string; x: number; y1: number; y2: number; label: TextBlock }[];
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

/** What labels must keep clear of around a mark: its shape, its bound's arrow, its date span. */
function markObstacles(m: MarkLayout): { box: Box; owner: string }[] {
  const boxes = [{ box: pad(boxAround(m.x, m.y, m.radius), 1), owner: m.id }];
  if (m.arrow) {
    const top = m.y + Math.min(m.arrow.baseY, m.arrow.tipY);
    boxes.push({
      box: { x: m.x - 4.5, y: top - 1, width: 9, height: Math.abs(m.arrow.tipY - m.arrow.baseY) + 2 },
      owner: m.id,
    });
  }
  if (m.span) boxes.push({ box: { x: m.span.x1, y: m.y - 5, width: m.span.x2 - m.span.x1, height: 10 }, owner: m.id });
  return boxes;
}

/** Lays out the chart, its axis words in `locale` (the page's; the marks' words come worded in `data`). */
export function layoutTroopChart(
  data: TroopChartData,
  variant: ChartVariant,
  measure: MeasureText,
  locale: Locale = DEFAULT_LOCALE,
): TroopChartLayout {
  const formatCount = countFormatter(locale);
  const yTitleText = useTranslations(locale)('chart.axis.soldiers');
  const { width, height, fontSize: size, markArea } = variant;
  const lh = size * LINE_HEIGHT;
  const regular = { size, weight: 400 as const };
  const bold = { size, weight: 600 as const };
  const textWidth = (lines: { text: string; weight: ChartFontWeight }[]) =>
    Math.max(...lines.map((l) => measure(l.text, { size, weight: l.weight }))) + 1;

  // From zero to a round number above the largest claim.
  const yDomain = countDomain(data.estimates.map((e) => e.count));
  const provisional = makeCountScale(yDomain, [height - 60, 60]);
  const yTickValues = countTicks(provisional, 2.6 * lh);
  const yTickLabels = yTickValues.map(formatCount);
  const plotLeft = Math.max(...yTickLabels.map((l) => measure(l, regular)), measure(yTitleText, bold)) + 8;
  const plotRight = width - 2;

  // Every as-of date and every annotated event inside the frame.
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
  const yTitleBox = { x: 0, y: plotTop - lh / 2 - 4 - lh, width: measure(yTitleText, bold) + 1, height: lh };
  const yTitle: TextBlock = {
    box: yTitleBox,
    align: 'start',
    lines: blockLines(yTitleBox, 'start', [{ text: yTitleText, weight: 600 }], size),
  };

  const xTicks = timeTicksWithYears(x, measure, size, width, locale);

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

  const markBoxes = marks.flatMap(markObstacles);

  const { references, referenced } = placeReferenceLabels(data.references, {
    y,
    plotLeft,
    plotRight,
    plotArea: { x: plotLeft, y: bandBottom, width: plotRight - plotLeft, height: plotBottom - bandBottom },
    headerRow: {
      x: yTitleBox.x + yTitleBox.width + 8,
      y: yTitleBox.y,
      width: plotRight - yTitleBox.x - yTitleBox.width - 8,
      height: lh,
    },
    taken: [...markBoxes.map((o) => o.box), yTitleBox],
    size,
    measure,
  });

  // Direct labels for every mark the reference lines do not already name.
  const requests: (LabelRequest & { lines: { text: string; weight: ChartFontWeight }[] })[] = data.estimates
    .map((e, i) => ({ e, m: marks[i]! }))
    .filter(({ e }) => !referenced.has(e.id))
    .map(({ e, m }) => {
      const [count = '', ...claimant] = e.labelLines;
      const lines = [
        { text: count, weight: 600 as ChartFontWeight },
        ...wrapText(claimant.join(' '), Math.max(variant.labelMaxWidth, measure(count, bold)), regular, measure).map(
          (text) => ({
            text,
            weight: 400 as ChartFontWeight,
          }),
        ),
      ];
      return {
        id: e.id,
        anchor: { x: m.x, y: m.y },
        anchorRadius: m.radius,
        width: textWidth(lines),
        height: lines.length * lh,
        lines,
      };
    });
  // Past a few dozen marks, direct labels stop helping (no reader follows hundreds of names) and
  // placing them costs far more than everything else; the table under the chart names every mark.
  const tooMany = requests.length > MAX_DIRECT_LABELS;
  const { placed, unplaced } = tooMany
    ? { placed: [], unplaced: requests.map((r) => r.id) }
    : placeLabels(requests, {
        bounds: {
          x: plotLeft + 1,
          y: plotTop - lh / 2,
          width: width - plotLeft - 1,
          height: plotBottom - plotTop + lh / 2 - 2,
        },
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
