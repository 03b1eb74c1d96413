/**
 * The deployment map's geometry, computed at build time: a main panel (the
 * Vladivostok–Kursk great-circle line and its distance label) and an inset that enlarges the
 * Korean peninsula and Russia's Far East, where five places sit within a few hundred kilometres
 * of each other and could not be labelled legibly at the main scale. Each place is labelled
 * once: in the main panel if it lies outside the inset's area, in the inset otherwise.
 *
 * Wide layouts draw the whole span in the main panel with the inset in its bottom-right
 * corner, below the inset's own area. A phone cannot: 130° of longitude across 310 units is a
 * strip 125 units tall, so there the main panel is a western panel (Ukraine, Russia's west and
 * the Kursk region, the line leaving it eastwards) and the Far East panel is stacked below it.
 * Every panel carries a scale bar measured at its own centre (scale-bar.ts).
 *
 * Pure: data, a text measurer and Natural Earth geometry in; boxes, points and SVG path data
 * out. src/lib/geo/map-svg.ts turns the layout into markup.
 */
import { geoPath, geoTransform, type GeoProjection } from 'd3';
import { bottom, encloses, pad, type Box } from '../charts/kit/geometry.ts';
import { countFormatter } from '../format/numbers.ts';
import type { FigureVariant } from '../charts/kit/variants.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations, type UIKey } from '../i18n/translate.ts';
import { wrapText, type ChartFontWeight, type MeasureText } from '../charts/kit/text.ts';
import { greatCirclePoints, type LonLat } from './distance.ts';
import { fitFixedLabels, obstaclesAlong, placeMapLabels, type MapLabel, type MapPoint } from './labels.ts';
import type { BaseGeometry } from './natural-earth.ts';
import { fitToFrame, fitToWidth, type Margins } from './projection.ts';
import { scaleBar } from './scale-bar.ts';
import { clipLine, clipRing, ringArea, signedArea, simplify, type Position } from './trim.ts';

export interface MapPlaceInput {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Drawing class of the dot: the place's role in the story. */
  role: string;
  /** Bold label: the route's ends and the origin. */
  weight: ChartFontWeight;
}

export interface MapVariant extends FigureVariant {
  /** viewBox width: close to the width it is shown at, so text keeps its size. */
  width: number;
  fontSize: number;
  dotRadius: number;
  /** Room kept around the places for their labels. */
  margin: Margins;
  /**
   * Where the inset goes: in the main panel's bottom-right corner (the panel grows if needed so
   * the inset clears the area it enlarges), or stacked below a western main panel of
   * `mainHeight` units.
   */
  inset: { width: number; height: number; placement: { kind: 'corner' } | { kind: 'below'; mainHeight: number } };
  routeLabelMaxWidth: number;
}

export const MAP_VARIANTS: MapVariant[] = [
  {
    id: 'narrow',
    // About the column width on a 320-375 px phone, so 12.5-unit labels show at 12-14 px.
    width: 310,
    fontSize: 12.5,
    dotRadius: 4,
    margin: { top: 22, right: 12, bottom: 22, left: 12 },
    // The western panel at 300 units shows at about 330 px on a 375 px phone.
    inset: { width: 310, height: 250, placement: { kind: 'below', mainHeight: 300 } },
    routeLabelMaxWidth: 110,
    fromContainerWidth: 0,
  },
  {
    id: 'medium',
    width: 640,
    fontSize: 13,
    dotRadius: 4.5,
    margin: { top: 30, right: 24, bottom: 40, left: 24 },
    inset: { width: 250, height: 200, placement: { kind: 'corner' } },
    routeLabelMaxWidth: 260,
    fromContainerWidth: 560,
  },
  {
    id: 'wide',
    width: 960,
    fontSize: 14,
    dotRadius: 5,
    margin: { top: 40, right: 40, bottom: 40, left: 40 },
    inset: { width: 300, height: 250, placement: { kind: 'corner' } },
    routeLabelMaxWidth: 240,
    fromContainerWidth: 880,
  },
];

/** Largest error simplification may add to coastlines and borders, in viewBox units. */
const LAND_TOLERANCE_PX = 1.2;

/** How far east the phone's western panel reaches along the line (the Volga, beyond Moscow). */
const WESTERN_PANEL_TO_LONGITUDE = 48;

/** Places east of this longitude are drawn in the inset (Korea and Russia's Far East). */
export const INSET_FROM_LONGITUDE = 110;

/**
 * The most places a panel names on the map itself. A locator map of more is unreadable, and
 * placing hundreds of crowded names costs far more than the rest of the build; past it every
 * place keeps its dot and is named in the list under the map.
 */
export const MAX_MAP_LABELS = 40;

/**
 * Country names (their words in en.json, as drawn: capitals), each at the first of its spots
 * that is clear. Russia and Ukraine are the story's two sides of the Kursk fighting, so the main
 * panel must name both at every width (the content tests check); the others are quiet context,
 * drawn where they fit. China is named once, in the inset, where it borders the places.
 */
const COUNTRY_LABELS: {
  name: `map.country.${string}` & UIKey;
  at: LonLat[];
  panel: 'main' | 'inset';
  /** Placed before the place names, which then keep clear of it. */
  required?: true;
}[] = [
  // Spots from Siberia (wide panels) to Russia's west (the phone's western panel).
  {
    name: 'map.country.russia',
    at: [
      [92, 63],
      [80, 62],
      [42, 58.5],
      [36, 59.5],
      [33, 58],
    ],
    panel: 'main',
    required: true,
  },
  // All inside Ukraine, clear of Kyiv's dot.
  {
    name: 'map.country.ukraine',
    at: [
      [31, 48.6],
      [29.5, 48.3],
      [32.5, 48.2],
      [27.5, 49.2],
      [34, 47.8],
    ],
    panel: 'main',
    required: true,
  },
  { name: 'map.country.kazakhstan', at: [[67, 48]], panel: 'main' },
  { name: 'map.country.mongolia', at: [[103, 46.6]], panel: 'main' },
  { name: 'map.country.russia', at: [[135.6, 46.3]], panel: 'inset' },
  {
    name: 'map.country.china',
    at: [
      [126.5, 45.3],
      [125, 43],
    ],
    panel: 'inset',
  },
  { name: 'map.country.northKorea', at: [[127, 40.4]], panel: 'inset' },
  { name: 'map.country.southKorea', at: [[128.3, 36.6]], panel: 'inset' },
  { name: 'map.country.japan', at: [[140.3, 39]], panel: 'inset' },
];
const COUNTRY_LABEL_SPACING = 0.12; // em of letter-spacing, as map-drawing.css sets it
/** Countries drawn in a stronger tone: the two states the deployment binds together. */
export const EMPHASISED_COUNTRIES = ['Russia', 'North Korea'];

export interface LandShape {
  /** SVG path data of every country in the group. */
  d: string;
  emphasis: boolean;
}

export interface PanelScaleBar {
  /** Left end of the bar, on its baseline. */
  x: number;
  y: number;
  km: number;
  px: number;
  label: string;
  /** Everything the bar draws (bar, ticks, label): kept clear of labels and the route. */
  box: Box;
}

export interface Panel {
  box: Box;
  /** Null only when the panel is too small for the shortest bar. */
  scaleBar: PanelScaleBar | null;
  land: LandShape[];
  borders: string;
  /** Region boundaries (src/lib/geo/region-outlines.ts) the panel shows, by place id. */
  outlines: { id: string; d: string }[];
  places: { id: string; x: number; y: number; role: string }[];
  labels: MapLabel[];
  countryLabels: { name: string; x: number; y: number; box: Box }[];
}

export interface MapLayout {
  variant: MapVariant;
  width: number;
  height: number;
  main: Panel;
  inset: Panel;
  /** Rectangle on the main panel marking the inset's area; null where the main panel does not reach it (phones). */
  insetFrame: Box | null;
  /** `points`: the projected line, for the overlap checks. */
  route: { d: string; label: MapLabel; from: string; to: string; points: [number, number][] };
  /** Places with no label anywhere: none for the real content (the tests check), every one on a panel past MAX_MAP_LABELS. */
  unlabelled: string[];
}

export interface MapLayoutInput {
  places: MapPlaceInput[];
  route: { from: string; to: string; label: string };
  /** Land for the main panel (coarser) and for the enlarged inset. */
  base: { main: BaseGeometry; inset: BaseGeometry };
  /** Boundary rings (lon/lat) of regions to outline, by place id. */
  outlines?: { id: string; ring: Position[] }[];
}

/** Projects vertex by vertex: the route is densely sampled, so straight pieces follow the curve. */
const pathFor = (projection: GeoProjection) => {
  const transform = geoTransform({
    point(x, y) {
      const p = projection([x, y])!;
      this.stream.point(p[0], p[1]);
    },
  });
  return geoPath(transform).digits(1);
};

/**
 * SVG path data for land and borders, in whole units with relative steps ("M12,40l3-2 4,5"):
 * the three inline layouts are most of the map page's weight, and a unit is at most half a CSS
 * pixel at every width the layouts are shown, finer than the simplification already is.
 * Steps are taken between rounded points, so rounding never accumulates.
 */
const pathData = (lines: Position[][], close: boolean) =>
  lines
    .map((line) => {
      const points = line
        .map(([x, y]) => [Math.round(x), Math.round(y)] as const)
        .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
      if (points.length < (close ? 3 : 2)) return '';
      const steps = points.slice(1).map(([x, y], i) => pair(x - points[i]![0], y - points[i]![1]));
      return `M${pair(...points[0]!)}l${steps.reduce((d, step) => d + (step.startsWith('-') ? '' : ' ') + step).trimStart()}${close ? 'z' : ''}`;
    })
    .join('');
/** "3,-2" as "3-2": a minus sign separates numbers on its own. */
const pair = (x: number, y: number) => `${x}${y < 0 ? '' : ','}${y}`;

const projectAll = (projection: GeoProjection, points: Position[]): Position[] =>
  points.map(([lon, lat]) => projection([lon, lat]) as Position);

/**
 * One projected ring cut to `box` and simplified to `tolerance`, open (pathData closes it), or
 * null when nothing of it, or only a speck smaller than `minArea`, lies inside.
 */
function cutRing(ring: Position[], box: Box, tolerance: number, minArea = 0): Position[] | null {
  const clipped = clipRing(ring, box);
  if (!clipped || ringArea(clipped) < minArea) return null;
  const simple = simplify(clipped, tolerance);
  return simple.length >= 4 ? simple.slice(0, -1) : null;
}

/**
 * Land and borders for one panel, cut in screen space: every vertex is projected, then rings and
 * lines are clipped to the panel's frame (plus a hair) and simplified to `tolerance` units;
 * pathData then writes them in whole units. Cutting after projecting keeps exactly what the frame shows,
 * where a longitude/latitude box around a conic frame would keep far more; and a ring that
 * crosses the antimeridian (Chukotka) is continuous once projected.
 */
function landFor(
  base: BaseGeometry,
  projection: GeoProjection,
  frame: Box,
  tolerance: number,
): { land: LandShape[]; borders: string } {
  // Clipped a little outside the frame, so no cut edge shows inside it.
  const box = pad(frame, 2);
  const project = (points: Position[]) => projectAll(projection, points);
  const minArea = (tolerance * 2) ** 2;
  const groups = new Map<boolean, string[]>([
    [false, []],
    [true, []],
  ]);
  for (const country of base.countries) {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    const rings: Position[][] = [];
    for (const polygon of polygons) {
      const projected = polygon.map(project);
      // A conic turns a ring around the far pole (Antarctica) inside out: projected, it wraps the
      // whole frame with reversed winding and would cancel every land fill it overlaps.
      if (projected[0] && signedArea(projected[0]) < 0) continue;
      for (const ring of projected) {
        const cut = cutRing(ring, box, tolerance, minArea);
        if (cut) rings.push(cut);
      }
    }
    if (rings.length > 0)
      groups.get(EMPHASISED_COUNTRIES.includes(country.properties.name))!.push(pathData(rings, true));
  }
  const lines = base.borders.type === 'LineString' ? [base.borders.coordinates] : base.borders.coordinates;
  const borderLines = lines.flatMap((line) => clipLine(project(line), box)).map((line) => simplify(line, tolerance));
  return {
    land: [...groups].map(([emphasis, ds]) => ({ emphasis, d: ds.join('') })).filter((l) => l.d),
    borders: pathData(borderLines, false),
  };
}

/** Region boundaries for one panel, projected, clipped and simplified like the land. */
function outlinesFor(
  outlines: { id: string; ring: Position[] }[],
  projection: GeoProjection,
  frame: Box,
  tolerance: number,
): { id: string; d: string }[] {
  return outlines.flatMap(({ id, ring }) => {
    const cut = cutRing(projectAll(projection, ring), pad(frame, 2), tolerance);
    return cut ? [{ id, d: pathData([cut], true) }] : [];
  });
}

const toPoint = (projection: GeoProjection, lon: number, lat: number) => {
  const [x, y] = projection([lon, lat])!;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
};

const boxOf = (points: { x: number; y: number }[], pad: number): Box => {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
};

function countryLabelsFor(
  panel: 'main' | 'inset',
  required: boolean,
  projection: GeoProjection,
  variant: MapVariant,
  bounds: Box,
  taken: Box[],
  measure: MeasureText,
  locale: Locale,
) {
  const t = useTranslations(locale);
  const size = variant.fontSize * 0.8;
  const candidates = COUNTRY_LABELS.filter((c) => c.panel === panel && Boolean(c.required) === required).map((c) =>
    c.at.map((at) => {
      const { x, y } = toPoint(projection, at[0], at[1]);
      const name = t(c.name);
      const width = measure(name, { size, weight: 600 }) + COUNTRY_LABEL_SPACING * size * name.length;
      return { name, x, y, box: { x: x - width / 2, y: y - size * 0.75, width, height: size } };
    }),
  );
  return fitFixedLabels(candidates, bounds, taken, 3);
}

/**
 * A panel's scale bar in its bottom-left (main) or bottom-right (inset) corner, measured at the
 * panel's centre and at most a quarter of its width long.
 */
function scaleBarFor(
  projection: GeoProjection,
  box: Box,
  corner: 'left' | 'right',
  variant: MapVariant,
  locale: Locale,
): PanelScaleBar | null {
  const centre = projection.invert!([box.x + box.width / 2, box.y + box.height / 2])!;
  const bar = scaleBar((p) => projection([p[0], p[1]])!, [centre[0], centre[1]], box.width / 4);
  if (!bar) return null;
  const size = variant.fontSize * 0.8;
  const inset = 10;
  const x = corner === 'left' ? box.x + inset : box.x + box.width - inset - bar.px;
  const y = box.y + box.height - inset;
  const label = useTranslations(locale)('map.scaleBar', { km: countFormatter(locale)(bar.km) });
  // Label above the bar, ticks 4 units up: the box holds both, with a hair to spare.
  const top = y - 4 - size * 1.3;
  return { x, y, ...bar, label, box: { x: x - 2, y: top, width: bar.px + 4, height: y + 2 - top } };
}

/** Lays out the map; its country names are in `locale` (the page's), the places' words come in `input`. */
export function layoutMap(
  input: MapLayoutInput,
  variant: MapVariant,
  measure: MeasureText,
  locale: Locale = DEFAULT_LOCALE,
): MapLayout {
  const { places } = input;
  const from = places.find((p) => p.id === input.route.from);
  const to = places.find((p) => p.id === input.route.to);
  if (!from || !to) throw new Error(`map route: no place "${!from ? input.route.from : input.route.to}"`);
  const routeLonLat = greatCirclePoints([from.lon, from.lat], [to.lon, to.lat], 48);
  const inInset = (p: MapPlaceInput) => p.lon >= INSET_FROM_LONGITUDE;
  const mainPlaces = places.filter((p) => !inInset(p));
  const insetPlaces = places.filter(inInset);

  const placement = variant.inset.placement;
  const overlay = placement.kind === 'corner';
  const insetIds = new Set(insetPlaces.map((p) => p.id));
  // Main panel: fitted to every place and the whole route (wide), or to the western places in
  // a fixed-height frame (phones), the line running out of it eastwards.
  let main: GeoProjection;
  let mainHeight: number;
  if (placement.kind === 'below') {
    // The western places, and the line's first stretch so the reader sees it leave eastwards.
    main = fitToFrame(
      [
        ...mainPlaces.map((p): LonLat => [p.lon, p.lat]),
        ...routeLonLat.filter(([lon]) => lon <= WESTERN_PANEL_TO_LONGITUDE),
      ],
      variant.width,
      placement.mainHeight,
      variant.margin,
    );
    mainHeight = placement.mainHeight;
  } else {
    ({ projection: main, height: mainHeight } = fitToWidth(
      [...places.map((p): LonLat => [p.lon, p.lat]), ...routeLonLat],
      variant.width,
      variant.margin,
    ));
  }
  const mainPoints = places
    .map((p) => ({ id: p.id, role: p.role, ...toPoint(main, p.lon, p.lat) }))
    .filter((p) => p.x >= 0 && p.x <= variant.width && p.y >= 0 && p.y <= mainHeight);
  const framed = mainPoints.filter((p) => insetIds.has(p.id));
  const insetFrame = framed.length > 0 ? boxOf(framed, variant.dotRadius + 5) : null;

  // Inset: its own frame, same projection family, larger scale; in the corner, the main panel
  // grows downwards until the inset clears the frame of the area it enlarges.
  const gap = 12;
  if (overlay && insetFrame)
    mainHeight = Math.max(mainHeight, Math.ceil(bottom(insetFrame) + 2 * gap + variant.inset.height));
  const mainBox: Box = { x: 0, y: 0, width: variant.width, height: mainHeight };
  const insetBox: Box = overlay
    ? {
        x: variant.width - variant.inset.width - gap,
        y: mainHeight - variant.inset.height - gap,
        width: variant.inset.width,
        height: variant.inset.height,
      }
    : { x: 0, y: mainHeight + gap, width: variant.inset.width, height: variant.inset.height };
  const insetMargin = {
    top: variant.fontSize * 2.4,
    right: variant.fontSize * 5,
    bottom: variant.fontSize * 1.8,
    left: variant.fontSize * 5,
  };
  const inset = fitToFrame(
    insetPlaces.map((p): LonLat => [p.lon, p.lat]),
    insetBox.width,
    insetBox.height,
    insetMargin,
  );
  const [tx, ty] = inset.translate();
  inset.translate([tx + insetBox.x, ty + insetBox.y]);
  const height = Math.round(overlay ? mainHeight : insetBox.y + insetBox.height);

  const mainLand = landFor(input.base.main, main, mainBox, LAND_TOLERANCE_PX);
  const insetLand = landFor(input.base.inset, inset, insetBox, LAND_TOLERANCE_PX);

  const insetPoints = insetPlaces.map((p) => ({ id: p.id, role: p.role, ...toPoint(inset, p.lon, p.lat) }));

  const routeXY = routeLonLat.map(([lon, lat]) => main([lon, lat])!);
  const routeD = pathFor(main)({ type: 'LineString', coordinates: routeLonLat } as never) ?? '';
  // The part of the line the main panel shows (all of it, except on phones).
  const shownRoute = routeXY.filter(([x, y]) => encloses(mainBox, { x, y, width: 0, height: 0 }));

  const mainScale = scaleBarFor(main, mainBox, 'left', variant, locale);
  const insetScale = scaleBarFor(inset, insetBox, 'right', variant, locale);
  const scaleObstacles = (bar: PanelScaleBar | null) => (bar ? [{ box: bar.box }] : []);

  // Main labels: places outside the inset, and the route's distance label near the middle of
  // the line as shown.
  const routeObstacles = obstaclesAlong(routeXY, variant.dotRadius * 1.2, 'route');
  const mid = shownRoute[Math.floor(shownRoute.length / 2)] ?? routeXY[0]!;
  const routeLines = wrapText(
    input.route.label,
    variant.routeLabelMaxWidth,
    { size: variant.fontSize, weight: 600 },
    measure,
  );
  const pointsFor = (list: MapPlaceInput[], projected: { id: string; x: number; y: number }[]): MapPoint[] =>
    list.map((p) => {
      const { x, y } = projected.find((q) => q.id === p.id)!;
      return { id: p.id, x, y, lines: [p.name], weight: p.weight };
    });
  const mainObstacles = [
    ...routeObstacles,
    ...(insetFrame ? [{ box: insetFrame }] : []),
    ...(overlay ? [{ box: pad(insetBox, 2) }] : []),
    ...scaleObstacles(mainScale),
  ];
  const mainBounds = { x: 4, y: 4, width: mainBox.width - 8, height: mainBox.height - 8 };
  const dotBox = (p: { x: number; y: number }) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 });
  // Russia and Ukraine first, clear of every dot, the line and the inset: the names then keep off them.
  const requiredCountries = countryLabelsFor(
    'main',
    true,
    main,
    variant,
    mainBounds,
    [...mainPoints.map(dotBox), ...mainObstacles.map((o) => o.box)],
    measure,
    locale,
  );
  mainObstacles.push(...requiredCountries.map((c) => ({ box: pad(c.box, 2) })));
  const mainDots = mainPoints.filter((p) => !insetIds.has(p.id));
  const labelled = (list: MapPlaceInput[]) => (list.length > MAX_MAP_LABELS ? [] : list);
  const placed = placeMapLabels(
    [
      ...pointsFor(labelled(mainPlaces), mainPoints),
      { id: 'route', x: mid[0], y: mid[1], lines: routeLines, weight: 600 },
    ],
    {
      bounds: mainBounds,
      fontSize: variant.fontSize,
      dotRadius: variant.dotRadius,
      measure,
      obstacles: mainObstacles,
    },
  );
  const routeLabel = placed.labels.find((l) => l.id === 'route');
  if (!routeLabel) throw new Error(`map ${variant.id}: no room for the route label`);
  const mainLabels = placed.labels.filter((l) => l.id !== 'route');

  const insetInner = {
    x: insetBox.x + 4,
    y: insetBox.y + variant.fontSize * 1.6,
    width: insetBox.width - 8,
    height: insetBox.height - variant.fontSize * 1.6 - 4,
  };
  const insetPlaced = placeMapLabels(pointsFor(labelled(insetPlaces), insetPoints), {
    bounds: insetInner,
    fontSize: variant.fontSize,
    dotRadius: variant.dotRadius,
    measure,
    obstacles: scaleObstacles(insetScale),
  });

  const mainTaken = [
    ...mainDots.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 })),
    ...placed.labels.map((l) => l.box),
    ...routeObstacles.map((o) => o.box),
    ...(insetFrame ? [insetFrame] : []),
    ...(overlay ? [insetBox] : []),
    ...(mainScale ? [mainScale.box] : []),
    ...requiredCountries.map((c) => c.box),
  ];
  const insetTaken = [
    ...insetPoints.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 })),
    ...insetPlaced.labels.map((l) => l.box),
    ...(insetScale ? [insetScale.box] : []),
  ];

  const named = new Set([...placed.labels, ...insetPlaced.labels].map((l) => l.id));
  const unlabelled = places.map((p) => p.id).filter((id) => !named.has(id));
  return {
    variant,
    width: variant.width,
    height,
    main: {
      box: mainBox,
      scaleBar: mainScale,
      ...mainLand,
      outlines: outlinesFor(input.outlines ?? [], main, mainBox, LAND_TOLERANCE_PX),
      places: mainPoints,
      labels: mainLabels,
      countryLabels: [
        ...requiredCountries,
        ...countryLabelsFor('main', false, main, variant, mainBounds, mainTaken, measure, locale),
      ],
    },
    inset: {
      box: insetBox,
      scaleBar: insetScale,
      ...insetLand,
      outlines: outlinesFor(input.outlines ?? [], inset, insetBox, LAND_TOLERANCE_PX),
      places: insetPoints,
      labels: insetPlaced.labels,
      countryLabels: countryLabelsFor('inset', false, inset, variant, insetInner, insetTaken, measure, locale),
    },
    insetFrame,
    route: { d: routeD, label: routeLabel, from: from.id, to: to.id, points: routeXY.map(([x, y]) => [x, y]) },
    unlabelled,
  };
}
