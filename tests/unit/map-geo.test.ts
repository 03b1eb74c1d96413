/**
 * The map's pure geometry: distances, the projection fit, trimming Natural Earth to the region,
 * Crimea's reassignment, and crowded layouts. Fixtures are the real places and the world-atlas
 * files the build uses; the real map's labels, land and cited figures are checked in
 * tests/content/map-geo.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoContains } from 'd3';
import { feature } from 'topojson-client';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';
import { loadBaseGeometry, loadCountries } from '../../src/lib/data/natural-earth-files.ts';
import { MAP_REGION, mapBaseGeoJson } from '../../src/lib/data/map-base-geojson.ts';
import { distanceKm, greatCirclePoints, roundDistance } from '../../src/lib/geo/distance.ts';
import { boundsOf, fitToWidth, type LonLatBox } from '../../src/lib/geo/projection.ts';
import { lambertConformal, MAP_PROJECTION } from '../../src/lib/geo/lambert.ts';
import {
  clipLine,
  clipRing,
  positionsOf,
  simplify,
  trimArea,
  trimLines,
  unwrap,
  type Position,
} from '../../src/lib/geo/trim.ts';
import { CRIMEA_POINT, reassignCrimea } from '../../src/lib/geo/natural-earth.ts';
import { INSET_FROM_LONGITUDE, layoutMap, MAP_VARIANTS, MAX_MAP_LABELS } from '../../src/lib/geo/map-layout.ts';
import type { Box } from '../../src/lib/charts/kit/geometry.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';

const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.copy.map!);
const measure = measurerFrom(figureFontMetrics());
const base = { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') };
const layouts = MAP_VARIANTS.map((v) =>
  layoutMap(
    {
      places: model.layoutPlaces,
      route: { from: 'vladivostok', to: 'kursk', label: model.route.label },
      base,
    },
    v,
    measure,
  ),
);

describe('great-circle distance', () => {
  it('matches known distances: London–Paris 344 km, a quarter meridian 10,008 km', () => {
    expect(distanceKm([-0.1278, 51.5074], [2.3522, 48.8566])).toBeCloseTo(343.6, 0);
    expect(distanceKm([0, 0], [0, 90])).toBeCloseTo(10_007.6, 0);
    expect(distanceKm([10, 10], [10, 10])).toBe(0);
    expect(roundDistance(6732)).toBe(6700);
  });

  it('samples a great circle whose pieces add up to the whole and which bows north of both ends', () => {
    const a = [131.8855, 43.1155] as const;
    const b = [36.1926, 51.7304] as const;
    const points = greatCirclePoints(a, b, 40);
    expect(points).toHaveLength(41);
    expect(points[0]![0]).toBeCloseTo(a[0], 6);
    expect(points.at(-1)![1]).toBeCloseTo(b[1], 6);
    const sum = points.slice(1).reduce((s, p, i) => s + distanceKm(points[i]!, p), 0);
    expect(sum).toBeCloseTo(distanceKm(a, b), 3);
    expect(Math.max(...points.map((p) => p[1]))).toBeGreaterThan(57);
  });
});

describe('projection', () => {
  it('is a conic, and the dependency-free Lambert formulas agree with d3 (up to scale and offset)', () => {
    const d3 = geoConicConformal()
      .rotate([-MAP_PROJECTION.centralMeridian, 0])
      .parallels(MAP_PROJECTION.parallels)
      .scale(1)
      .translate([0, 0]);
    const lcc = lambertConformal();
    const [ox, oy] = lcc.forward(75, 45);
    const [dx, dy] = d3([75, 45])!;
    for (const place of model.places) {
      const { lon, lat } = place.coordinates;
      const [x, y] = lcc.forward(lon, lat);
      const [px, py] = d3([lon, lat])!;
      expect(x - ox).toBeCloseTo(px - dx, 6);
      expect(y - oy).toBeCloseTo(-(py - dy), 6);
      const [ilon, ilat] = lcc.inverse(x, y);
      expect(ilon).toBeCloseTo(lon, 6);
      expect(ilat).toBeCloseTo(lat, 6);
    }
  });

  it('fits every place inside each layout’s frame, clear of the edges by its margin', () => {
    for (const variant of MAP_VARIANTS) {
      const points = model.places.map((p) => [p.coordinates.lon, p.coordinates.lat] as const);
      const { projection, height } = fitToWidth(points, variant.width, variant.margin);
      const [[x0, y0], [x1, y1]] = boundsOf(points, projection);
      expect(x0).toBeCloseTo(variant.margin.left, 3);
      expect(x1).toBeCloseTo(variant.width - variant.margin.right, 3);
      expect(y0).toBeCloseTo(variant.margin.top, 3);
      expect(y1).toBeLessThanOrEqual(height - variant.margin.bottom + 0.5);
    }
    for (const layout of layouts) {
      const frame = (b: Box, p: { x: number; y: number }) =>
        p.x >= b.x + 8 && p.x <= b.x + b.width - 8 && p.y >= b.y + 8 && p.y <= b.y + b.height - 8;
      for (const p of layout.main.places) expect(frame(layout.main.box, p), `${layout.variant.id} ${p.id}`).toBe(true);
      for (const p of layout.inset.places)
        expect(frame(layout.inset.box, p), `${layout.variant.id} inset ${p.id}`).toBe(true);
      expect(layout.inset.box.y + layout.inset.box.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

/** Whether a point lies in a lon/lat box (edges included). */
const insideBox = (p: Position, box: LonLatBox) =>
  p[0] >= box.west && p[0] <= box.east && p[1] >= box.south && p[1] <= box.north;

describe('trimming Natural Earth to the region', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  const region = { west: 0, south: 0, east: 10, north: 10 };

  it('clips rings and lines to a box', () => {
    const ring = clipRing(
      [
        [-5, 5],
        [5, 15],
        [15, 5],
        [5, -5],
        [-5, 5],
      ],
      box,
    )!;
    for (const p of ring) expect(insideBox(p, region)).toBe(true);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        box,
      ),
    ).toBeNull();
    expect(
      clipLine(
        [
          [-5, 5],
          [15, 5],
          [15, 20],
          [5, 20],
        ],
        box,
      ),
    ).toEqual([
      [
        [0, 5],
        [10, 5],
      ],
    ]);
  });

  it('simplifies within the tolerance and unwraps the antimeridian', () => {
    expect(
      simplify(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [3, 5],
          [4, 0],
        ],
        0.1,
      ),
    ).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    expect(
      unwrap([
        [179, 60],
        [-179, 61],
        [-178, 62],
      ]),
    ).toEqual([
      [179, 60],
      [181, 61],
      [182, 62],
    ]);
  });

  it('keeps the base layer inside the region and far smaller than the source', () => {
    const geojson = mapBaseGeoJson();
    for (const f of geojson.features)
      for (const p of positionsOf(f.geometry))
        expect(insideBox(p, MAP_REGION), `${f.properties['name']} ${p.join(',')}`).toBe(true);
    const names = new Set(geojson.features.map((f) => f.properties['name']));
    for (const name of ['Russia', 'Ukraine', 'North Korea', 'South Korea', 'Belgium', 'China'])
      expect(names).toContain(name);
    expect(names).not.toContain('Brazil');
    const full = JSON.stringify(feature(loadCountries('50m'), loadCountries('50m').objects.countries));
    expect(JSON.stringify(geojson).length).toBeLessThan(full.length / 10);
  });

  it('trims every country and border it is given to the box', () => {
    const { countries, borders } = loadBaseGeometry('110m');
    const region = { west: 20, south: 40, east: 60, north: 60 };
    const options = { tolerance: 0.05, digits: 2 };
    const russia = trimArea(countries.find((c) => c.properties.name === 'Russia')!.geometry, region, options)!;
    for (const p of positionsOf(russia)) expect(insideBox(p, region)).toBe(true);
    for (const p of positionsOf(trimLines(borders, region, options)!)) expect(insideBox(p, region)).toBe(true);
  });
});

describe('Crimea', () => {
  it('is drawn as part of Ukraine, not Russia', () => {
    const { countries } = loadBaseGeometry('50m');
    const holder = countries.filter((c) => geoContains(c as never, CRIMEA_POINT)).map((c) => c.properties.name);
    expect(holder).toEqual(['Ukraine']);
    expect(reassignCrimea(reassignCrimea(loadCountries('50m')).topology).moved).toBe(false);
  });
});

describe('crowded maps', () => {
  it(`names no place on a panel holding more than ${MAX_MAP_LABELS}, but keeps every dot and the route label`, () => {
    const many = Array.from({ length: 12 }, (_, k) =>
      model.layoutPlaces.map((p) => ({ ...p, id: k === 0 ? p.id : `${p.id}-copy${k}` })),
    ).flat();
    expect(many.filter((p) => p.lon < INSET_FROM_LONGITUDE).length).toBeGreaterThan(MAX_MAP_LABELS);
    expect(many.filter((p) => p.lon >= INSET_FROM_LONGITUDE).length).toBeGreaterThan(MAX_MAP_LABELS);
    const layout = layoutMap(
      { places: many, route: { from: 'vladivostok', to: 'kursk', label: model.route.label }, base },
      MAP_VARIANTS.at(-1)!,
      measure,
    );
    expect(layout.main.labels.map((l) => l.id)).toEqual([]);
    expect(layout.inset.labels).toEqual([]);
    expect(layout.route.label.lines.join(' ')).toBe(model.route.label);
    expect(layout.main.places.length).toBe(many.length);
    expect([...layout.unlabelled].sort()).toEqual(many.map((p) => p.id).sort());
  });
});
