/**
 * The map's pure geometry: distances, the projection fit, trimming Natural Earth to the region,
 * Crimea's reassignment and label collision avoidance. Fixtures are the real content and the
 * world-atlas files the build uses, so a change to either is caught here first.
 */
import { describe, expect, it } from 'vitest';
import { geoConicConformal, geoContains } from 'd3';
import { feature } from 'topojson-client';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { loadBaseGeometry, loadCountries, MAP_REGION, mapBaseGeoJson, mapModel } from '../../src/lib/data/map.ts';
import { distanceKm, greatCirclePoints, roundDistance } from '../../src/lib/geo/distance.ts';
import { boundsOf, fitToWidth, lambertConformal, MAP_PROJECTION } from '../../src/lib/geo/projection.ts';
import { clipLine, clipRing, insideBox, positionsOf, simplify, trimArea, trimLines, unwrap } from '../../src/lib/geo/trim.ts';
import { CRIMEA_POINT, reassignCrimea } from '../../src/lib/geo/natural-earth.ts';
import { placeMapLabels } from '../../src/lib/geo/labels.ts';
import { INSET_FROM_LONGITUDE, layoutMap, MAP_VARIANTS, MAX_MAP_LABELS } from '../../src/lib/geo/map-layout.ts';
import { boxesOverlap, type Box } from '../../src/lib/charts/geometry.ts';
import { interMetrics } from '../../src/lib/charts/font/inter.ts';
import { measurerFrom } from '../../src/lib/charts/text.ts';

const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.reports.map((r) => ({ slug: r.id, claims: r.data.claims })), content.copy.map!);
const measure = measurerFrom(interMetrics());
const base = { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') };
const layouts = MAP_VARIANTS.map((v) => layoutMap({ places: model.layoutPlaces, route: { from: 'vladivostok', to: 'kursk', label: model.route.label }, base, measure }, v));

describe('great-circle distance', () => {
  it('puts Vladivostok and Kursk about 6,700 km apart', () => {
    expect(model.route.km).toBeGreaterThan(6650);
    expect(model.route.km).toBeLessThan(6800);
    expect(model.route.roundedKm).toBe(6700);
    expect(model.route.label).toBe('About 6,700 km in a straight line');
  });

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
    const d3 = geoConicConformal().rotate([-MAP_PROJECTION.centralMeridian, 0]).parallels(MAP_PROJECTION.parallels).scale(1).translate([0, 0]);
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
      const frame = (b: Box, p: { x: number; y: number }) => p.x >= b.x + 8 && p.x <= b.x + b.width - 8 && p.y >= b.y + 8 && p.y <= b.y + b.height - 8;
      for (const p of layout.main.places) expect(frame(layout.main.box, p), `${layout.variant.id} ${p.id}`).toBe(true);
      for (const p of layout.inset.places) expect(frame(layout.inset.box, p), `${layout.variant.id} inset ${p.id}`).toBe(true);
      expect(layout.inset.box.y + layout.inset.box.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('trimming Natural Earth to the region', () => {
  const box = { west: 0, south: 0, east: 10, north: 10 };

  it('clips rings and lines to a box', () => {
    const ring = clipRing([[-5, 5], [5, 15], [15, 5], [5, -5], [-5, 5]], box)!;
    for (const p of ring) expect(insideBox(p, box)).toBe(true);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(clipRing([[20, 20], [30, 20], [30, 30], [20, 20]], box)).toBeNull();
    expect(clipLine([[-5, 5], [15, 5], [15, 20], [5, 20]], box)).toEqual([[[0, 5], [10, 5]]]);
  });

  it('simplifies within the tolerance and unwraps the antimeridian', () => {
    expect(simplify([[0, 0], [1, 0.01], [2, 0], [3, 5], [4, 0]], 0.1)).toEqual([[0, 0], [2, 0], [3, 5], [4, 0]]);
    expect(unwrap([[179, 60], [-179, 61], [-178, 62]])).toEqual([[179, 60], [181, 61], [182, 62]]);
  });

  it('keeps the base layer inside the region and far smaller than the source', () => {
    const geojson = mapBaseGeoJson();
    for (const f of geojson.features) for (const p of positionsOf(f.geometry)) expect(insideBox(p, MAP_REGION), `${f.properties['name']} ${p}`).toBe(true);
    const names = new Set(geojson.features.map((f) => f.properties['name']));
    for (const name of ['Russia', 'Ukraine', 'North Korea', 'South Korea', 'Belgium', 'China']) expect(names).toContain(name);
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

describe('labels', () => {
  it('places every label it is given without overlaps, or reports it unplaced', () => {
    // A tight cluster, like Vladivostok and Ussuriysk at the main scale.
    const points = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, x: 100 + i * 3, y: 100 + (i % 2) * 3, lines: [`Place ${id}`], weight: 400 as const }));
    const { labels, unplaced } = placeMapLabels(points, { bounds: { x: 0, y: 0, width: 300, height: 200 }, fontSize: 13, dotRadius: 4, measure });
    expect(labels.length + unplaced.length).toBe(points.length);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!.box, labels[j]!.box)).toBe(false);
  });

  for (const layout of layouts) {
    it(`labels every place once in the ${layout.variant.id} layout, with no label over another, a dot or the inset`, () => {
      expect(layout.unlabelled).toEqual([]);
      const labelled = [...layout.main.labels, ...layout.inset.labels].map((l) => l.id).sort();
      expect(labelled).toEqual(model.places.map((p) => p.id).sort());
      const boxes = [...layout.main.labels, ...layout.inset.labels, layout.route.label].map((l) => ({ id: l.id, box: l.box }));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
      const r = layout.variant.dotRadius;
      const dots = [...layout.main.places, ...layout.inset.places].map((p) => ({ id: p.id, box: { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r } }));
      for (const b of boxes) for (const d of dots) expect(boxesOverlap(b.box, d.box), `${b.id} covers ${d.id}`).toBe(false);
      const insetOverlay = layout.inset.box.y < layout.main.box.height;
      if (insetOverlay) for (const l of [...layout.main.labels, layout.route.label]) expect(boxesOverlap(l.box, layout.inset.box), l.id).toBe(false);
      for (const c of [...layout.main.countryLabels, ...layout.inset.countryLabels]) for (const b of boxes) expect(boxesOverlap(c.box, b.box), `${c.name} / ${b.id}`).toBe(false);
    });
  }
});

/** Rings of the layout's land paths ("M x,y" then relative "l dx,dy …" steps, "z" closing). */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const [, command, numbers] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const values = (numbers!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') rings.push([[values[0]!, values[1]!]]);
    if (command === 'l') {
      const ring = rings.at(-1)!;
      for (let i = 0; i + 1 < values.length; i += 2) {
        const [x, y] = ring.at(-1)!;
        ring.push([x + values[i]!, y + values[i + 1]!]);
      }
    }
  }
  return rings;
}

/** Non-zero winding number of a point against a set of rings: how SVG decides what a path fills. */
function winding(rings: [number, number][][], x: number, y: number): number {
  let wn = 0;
  for (const ring of rings)
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[(i + 1) % ring.length]!;
      const side = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
      if (y1 <= y && y2 > y && side > 0) wn++;
      else if (y1 > y && y2 <= y && side < 0) wn--;
    }
  return wn;
}

describe('land', () => {
  for (const layout of layouts) {
    // A port's coordinates may sit a hair offshore once the coast is simplified: its dot must touch land.
    it(`draws land under every place's dot in the ${layout.variant.id} layout`, () => {
      const r = layout.variant.dotRadius;
      const around = (x: number, y: number) => [[0, 0], ...Array.from({ length: 8 }, (_, k) => [r * Math.cos((k * Math.PI) / 4), r * Math.sin((k * Math.PI) / 4)])].map(([dx, dy]) => [x + dx!, y + dy!] as const);
      for (const panel of [layout.main, layout.inset]) {
        const rings = panel.land.flatMap((shape) => ringsOf(shape.d));
        const dots = panel === layout.main ? panel.places.filter((p) => !layout.inset.places.some((i) => i.id === p.id)) : panel.places;
        expect(dots.length).toBeGreaterThan(0);
        for (const place of dots) expect(around(place.x, place.y).some(([x, y]) => winding(rings, x, y) !== 0), place.id).toBe(true);
      }
    });
  }
});

describe('crowded maps', () => {
  it(`names no place on a panel holding more than ${MAX_MAP_LABELS}, but keeps every dot and the route label`, () => {
    const many = Array.from({ length: 12 }, (_, k) => model.layoutPlaces.map((p) => ({ ...p, id: k === 0 ? p.id : `${p.id}-copy${k}` }))).flat();
    expect(many.filter((p) => p.lon < INSET_FROM_LONGITUDE).length).toBeGreaterThan(MAX_MAP_LABELS);
    expect(many.filter((p) => p.lon >= INSET_FROM_LONGITUDE).length).toBeGreaterThan(MAX_MAP_LABELS);
    const layout = layoutMap({ places: many, route: { from: 'vladivostok', to: 'kursk', label: model.route.label }, base, measure }, MAP_VARIANTS.at(-1)!);
    expect(layout.main.labels.map((l) => l.id)).toEqual([]);
    expect(layout.inset.labels).toEqual([]);
    expect(layout.route.label.lines.join(' ')).toBe(model.route.label);
    expect(layout.main.places.length).toBe(many.length);
    expect([...layout.unlabelled].sort()).toEqual(many.map((p) => p.id).sort());
  });
});

describe('cited figures', () => {
  it('cites the report’s “about 7,000 km” in its own words, and the landing ships', () => {
    expect(model.reportedDistance.km).toBe(7000);
    expect(model.reportedDistance.citation.report.slug).toBe('topgab');
    expect(model.reportedDistance.citation.evidence).toContain('7,000 kilometers');
    expect(model.arrival.citation.evidence).toContain('landing ships');
  });
});
