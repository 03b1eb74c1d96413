/** The real map: its route, every place labelled clear of the others, land under every dot, and the figures it cites (the geometry on its own: tests/unit/map-geo.test.ts). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';
import { loadBaseGeometry } from '../../src/lib/data/natural-earth-files.ts';
import { placeMapLabels } from '../../src/lib/geo/labels.ts';
import { layoutMap, MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { encloses, intersects, segmentHitsBox } from '../../src/lib/charts/kit/geometry.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';

const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.copy.map!);
const measure = measurerFrom(figureFontMetrics());
const base = { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') };
const layouts = MAP_VARIANTS.map((v) => layoutMap({ places: model.layoutPlaces, route: { from: 'vladivostok', to: 'kursk', label: model.route.label }, base }, v, measure));

describe('great-circle distance (real content)', () => {
  it('puts Vladivostok and Kursk about 6,700 km apart', () => {
    expect(model.route.km).toBeGreaterThan(6650);
    expect(model.route.km).toBeLessThan(6800);
    expect(model.route.roundedKm).toBe(6700);
    expect(model.route.label).toBe('About 6,700 km in a straight line');
  });
});

describe('labels', () => {
  it('places every label it is given without overlaps, or reports it unplaced', () => {
    // A tight cluster, like Vladivostok and Ussuriysk at the main scale.
    const points = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, x: 100 + i * 3, y: 100 + (i % 2) * 3, lines: [`Place ${id}`], weight: 400 as const }));
    const { labels, unplaced } = placeMapLabels(points, { bounds: { x: 0, y: 0, width: 300, height: 200 }, fontSize: 13, dotRadius: 4, measure });
    expect(labels.length + unplaced.length).toBe(points.length);
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(intersects(labels[i]!.box, labels[j]!.box)).toBe(false);
  });

  for (const layout of layouts) {
    it(`labels every place once in the ${layout.variant.id} layout, with no label over another, a dot or the inset`, () => {
      expect(layout.unlabelled).toEqual([]);
      const labelled = [...layout.main.labels, ...layout.inset.labels].map((l) => l.id).sort();
      expect(labelled).toEqual(model.places.map((p) => p.id).sort());
      const boxes = [...layout.main.labels, ...layout.inset.labels, layout.route.label].map((l) => ({ id: l.id, box: l.box }));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
      const r = layout.variant.dotRadius;
      const dots = [...layout.main.places, ...layout.inset.places].map((p) => ({ id: p.id, box: { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r } }));
      for (const b of boxes) for (const d of dots) expect(intersects(b.box, d.box), `${b.id} covers ${d.id}`).toBe(false);
      const insetOverlay = layout.inset.box.y < layout.main.box.height;
      if (insetOverlay) for (const l of [...layout.main.labels, layout.route.label]) expect(intersects(l.box, layout.inset.box), l.id).toBe(false);
      for (const c of [...layout.main.countryLabels, ...layout.inset.countryLabels]) for (const b of boxes) expect(intersects(c.box, b.box), `${c.name} / ${b.id}`).toBe(false);
    });
  }
});

describe('the panels, the country names, the scale bars and the line', () => {
  const segments = (points: [number, number][]) => points.slice(1).map(([x2, y2], i) => ({ x1: points[i]![0], y1: points[i]![1], x2, y2 }));
  for (const layout of layouts) {
    const id = layout.variant.id;
    it(`names Russia and Ukraine on the main panel and China once, in the ${id} layout`, () => {
      const main = layout.main.countryLabels.map((c) => c.name);
      expect(main).toContain('RUSSIA');
      expect(main).toContain('UKRAINE');
      const all = [...main, ...layout.inset.countryLabels.map((c) => c.name)];
      expect(all.filter((n) => n === 'CHINA')).toHaveLength(1);
      for (const c of layout.main.countryLabels) expect(encloses(layout.main.box, c.box), c.name).toBe(true);
    });

    it(`puts the Far East panel in a corner or below, clear of the line and every main label, in the ${id} layout`, () => {
      const { main, inset } = layout;
      const inCorner = inset.box.y < main.box.height;
      if (inCorner) {
        // Bottom-right corner, inside the main panel, below the frame of the area it enlarges.
        expect(inset.box.x + inset.box.width).toBeGreaterThan(main.box.width - 20);
        expect(inset.box.y + inset.box.height).toBeGreaterThan(main.box.height - 20);
        expect(encloses(main.box, inset.box)).toBe(true);
        if (layout.insetFrame) expect(intersects(layout.insetFrame, inset.box)).toBe(false);
        for (const s of segments(layout.route.points)) expect(segmentHitsBox(s, inset.box), 'line under the inset').toBe(false);
        for (const c of main.countryLabels) expect(intersects(c.box, inset.box), c.name).toBe(false);
      } else {
        // Stacked: the western panel is tall enough to read on a phone.
        expect(inset.box.y).toBeGreaterThanOrEqual(main.box.height);
        expect(main.box.height).toBeGreaterThanOrEqual(280);
        expect(main.places.map((p) => p.id)).toEqual(expect.arrayContaining(['kursk', 'kyiv', 'moscow']));
      }
    });

    it(`draws a scale bar on each panel, inside it and clear of every label, dot and the line, in the ${id} layout`, () => {
      for (const panel of [layout.main, layout.inset]) {
        const bar = panel.scaleBar!;
        expect(bar, 'scale bar').not.toBeNull();
        expect(encloses(panel.box, bar.box)).toBe(true);
        for (const l of [...panel.labels, ...(panel === layout.main ? [layout.route.label] : [])]) expect(intersects(l.box, bar.box), l.id).toBe(false);
        for (const c of panel.countryLabels) expect(intersects(c.box, bar.box), c.name).toBe(false);
        for (const p of panel.places) expect(intersects({ x: p.x - 5, y: p.y - 5, width: 10, height: 10 }, bar.box), p.id).toBe(false);
        if (panel === layout.main) for (const s of segments(layout.route.points)) expect(segmentHitsBox(s, bar.box), 'line through the bar').toBe(false);
      }
    });

    it(`runs the line through no place or country name in the ${id} layout`, () => {
      const boxes = [...layout.main.labels.map((l) => ({ id: l.id, box: l.box })), ...layout.main.countryLabels.map((c) => ({ id: c.name, box: c.box }))];
      for (const s of segments(layout.route.points)) for (const b of boxes) expect(segmentHitsBox(s, b.box), b.id).toBe(false);
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

describe('cited figures', () => {
  it('cites the report’s “about 7,000 km” in its own words, and the landing ships', () => {
    expect(model.reportedDistance.km).toBe(7000);
    expect(model.reportedDistance.citation.report.slug).toBe('topgab');
    expect(model.reportedDistance.citation.evidence).toContain('7,000 kilometers');
    expect(model.arrival.citation.evidence).toContain('landing ships');
  });
});
