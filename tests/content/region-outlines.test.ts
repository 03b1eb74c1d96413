/**
 * The Kursk region's outline (src/lib/geo/region-outlines.ts): a closed ring round the place the
 * reports name, inside Russia and against Ukraine's border, drawn on every layout's main panel
 * and only there (the Far East inset does not reach it).
 */
import { geoArea, geoContains } from 'd3';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel, regionOutlines } from '../../src/lib/data/map.ts';
import { loadBaseGeometry, loadCountries } from '../../src/lib/data/natural-earth-files.ts';
import { layoutMap, MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { REGION_OUTLINES } from '../../src/lib/geo/region-outlines.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';

const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.copy.map!);
const kursk = model.places.find((p) => p.id === 'kursk')!;
const ring = REGION_OUTLINES.kursk!;
// d3 reads a ring's winding on the sphere: the wrong way round, it is everything but the region.
const asPolygon = (r: [number, number][]) => ({ type: 'Polygon', coordinates: [r] }) as GeoJSON.Polygon;
const polygon = geoArea(asPolygon(ring)) > 2 * Math.PI ? asPolygon([...ring].reverse()) : asPolygon(ring);
const countries = loadCountries('50m');
const country = (name: string) =>
  (feature(countries, countries.objects.countries) as unknown as GeoJSON.FeatureCollection).features.find(
    (f) => (f.properties as { name: string }).name === name,
  )!;

describe('Kursk region outline', () => {
  it('is a closed ring round the place the reports name', () => {
    expect(ring.length).toBeGreaterThan(50);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(geoContains(polygon, [kursk.coordinates.lon, kursk.coordinates.lat])).toBe(true);
    // Region-sized (Kursk oblast is about 30,000 km²), and not round Moscow.
    const km2 = geoArea(polygon) * 6371 ** 2;
    expect(km2).toBeGreaterThan(20_000);
    expect(km2).toBeLessThan(40_000);
    const moscow = model.places.find((p) => p.id === 'moscow')!.coordinates;
    expect(geoContains(polygon, [moscow.lon, moscow.lat])).toBe(false);
  });

  it('lies in Russia, its western edge on the border with Ukraine', () => {
    const inRussia = ring.filter((p) => geoContains(country('Russia'), p)).length;
    expect(inRussia / ring.length).toBeGreaterThan(0.8);
    const ukraine = country('Ukraine');
    // Some vertex has Ukraine a tenth of a degree (about 7–11 km) to its west or south.
    const nearUkraine = ring.some(
      ([lon, lat]) => geoContains(ukraine, [lon - 0.1, lat]) || geoContains(ukraine, [lon, lat - 0.1]),
    );
    expect(nearUkraine).toBe(true);
  });

  it('is outlined for the Kursk place, not for cities', () => {
    expect(regionOutlines(model).map((o) => o.id)).toEqual(['kursk']);
  });

  const measure = measurerFrom(figureFontMetrics());
  const base = { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') };
  for (const variant of MAP_VARIANTS) {
    it(`is drawn on the ${variant.id} layout's main panel and not in the inset`, () => {
      const layout = layoutMap(
        { places: model.layoutPlaces, route: { from: 'vladivostok', to: 'kursk', label: model.route.label }, base, outlines: regionOutlines(model) },
        variant,
        measure,
      );
      expect(layout.main.outlines.map((o) => o.id)).toEqual(['kursk']);
      expect(layout.main.outlines[0]!.d).toMatch(/^M\d+,\d+l.+z$/);
      expect(layout.inset.outlines).toEqual([]);
    });
  }
});
