/**
 * Two small pure rules of the map: scale bars measured from the projection, and the one west-to-
 * east order the place list and the interactive map's markers share.
 */
import { describe, expect, it } from 'vitest';
import { baseProjection } from '../../src/lib/geo/projection.ts';
import { distanceKm, type LonLat } from '../../src/lib/geo/distance.ts';
import { scaleBar, SCALE_BAR_STEPS_KM, unitsPerKm } from '../../src/lib/geo/scale-bar.ts';
import { westToEast } from '../../src/lib/geo/order.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';

/** The point due east of `from` (on its parallel) that lies `km` away over the globe. */
function eastBy(from: LonLat, km: number): LonLat {
  let lo = 0;
  let hi = 90;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (distanceKm(from, [from[0] + mid, from[1]]) < km) lo = mid;
    else hi = mid;
  }
  return [from[0] + lo, from[1]];
}

describe('scale bars', () => {
  const projection = baseProjection().scale(900).translate([480, 300]);
  const project = (p: LonLat) => projection([p[0], p[1]]) as [number, number];

  for (const centre of [
    [40, 55],
    [132, 43],
    [75, 62],
    [30, 48],
  ] as LonLat[]) {
    it(`is as long as its distance projects at ${centre[1]}° N, ${centre[0]}° E (within 2 %)`, () => {
      const bar = scaleBar(project, centre, 200)!;
      expect(bar).not.toBeNull();
      const [x0, y0] = project(centre);
      const [x1, y1] = project(eastBy(centre, bar.km));
      const measured = Math.hypot(x1 - x0, y1 - y0);
      expect(Math.abs(bar.px - measured) / measured).toBeLessThan(0.02);
    });
  }

  it('takes the longest round distance that fits, and none when none fits', () => {
    const at: LonLat = [40, 55];
    const perKm = unitsPerKm(project, at);
    const bar = scaleBar(project, at, 150)!;
    expect(bar.px).toBeLessThanOrEqual(150);
    const next = SCALE_BAR_STEPS_KM.find((km) => km > bar.km);
    if (next) expect(next * perKm).toBeGreaterThan(150);
    expect(scaleBar(project, at, SCALE_BAR_STEPS_KM[0] * perKm * 0.9)).toBeNull();
  });

  it('grows with the projection’s scale (a larger map, a longer bar for the same km)', () => {
    const big = baseProjection().scale(1800).translate([480, 300]);
    const at: LonLat = [40, 55];
    expect(unitsPerKm((p) => big([p[0], p[1]])!, at) / unitsPerKm(project, at)).toBeCloseTo(2, 6);
  });
});

describe('west-to-east order', () => {
  const place = (id: string, lon: number) => ({ id, coordinates: { lon } });

  it('sorts by longitude, westernmost first, whatever the input order', () => {
    const places = [place('vladivostok', 131.9), place('brussels', 4.35), place('moscow', 37.6), place('kyiv', 30.5)];
    expect(westToEast(places).map((p) => p.id)).toEqual(['brussels', 'kyiv', 'moscow', 'vladivostok']);
    expect(westToEast([...places].reverse()).map((p) => p.id)).toEqual(['brussels', 'kyiv', 'moscow', 'vladivostok']);
  });

  it('breaks a tie by id and leaves its input alone', () => {
    const input = [place('b', 10), place('a', 10)];
    expect(westToEast(input).map((p) => p.id)).toEqual(['a', 'b']);
    expect(input.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('is the order of the real map’s places (the list and the interactive markers read it)', () => {
    const content = loadContent(process.cwd());
    const model = mapModel(buildModel(content), content.copy.map!);
    const lons = model.places.map((p) => p.coordinates.lon);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
    expect(model.places[0]!.id).toBe('brussels');
    expect(model.layoutPlaces.map((p) => p.id)).toEqual(model.places.map((p) => p.id));
  });
});
