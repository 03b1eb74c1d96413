/** The interactive map's pure helpers: spreading markers that overlap, and its preset views. */
import { describe, expect, it } from 'vitest';
import { spreadPoints } from '../../src/lib/geo/spread.ts';
import { FRONT_RADIUS_KM, mapViews } from '../../src/lib/geo/map-views.ts';
import { distanceKm } from '../../src/lib/geo/distance.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';

const minGap = (points: { x: number; y: number }[]) => {
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return min;
};

describe('spreading markers', () => {
  it('moves points closer than the spacing apart until every pair is at least that far', () => {
    // Vladivostok and Ussuriysk 2 px apart, Kyiv, Kursk and Moscow in a knot, as at the first zoom on a phone.
    const points = [
      { id: 'vladivostok', x: 277, y: 205 },
      { id: 'ussuriysk', x: 278, y: 203 },
      { id: 'khabarovsk', x: 281, y: 190 },
      { id: 'kyiv', x: 70, y: 200 },
      { id: 'kursk', x: 80, y: 204 },
      { id: 'moscow', x: 82, y: 192 },
    ];
    expect(minGap(points)).toBeLessThan(30);
    const spread = spreadPoints(points, 30);
    expect(minGap(spread)).toBeGreaterThanOrEqual(30 - 1e-6);
    // Each stays near where it was: a short leader, not a new place.
    for (const [i, p] of spread.entries()) expect(Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y)).toBeLessThan(40);
    expect(spread.map((p) => p.id)).toEqual(points.map((p) => p.id));
  });

  it('leaves points that are already clear where they are, and does not touch its input', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
      { id: 'c', x: 5, y: 0 },
    ];
    const spread = spreadPoints(points, 30);
    expect(spread[1]).toEqual({ id: 'b', x: 100, y: 0 });
    expect(points[2]).toEqual({ id: 'c', x: 5, y: 0 });
    expect(Math.hypot(spread[0]!.x - spread[2]!.x, spread[0]!.y - spread[2]!.y)).toBeGreaterThanOrEqual(30 - 1e-6);
  });

  it('parts points on the very same spot, the same way every time', () => {
    const points = ['a', 'b', 'c'].map((id) => ({ id, x: 50, y: 50 }));
    const once = spreadPoints(points, 26);
    expect(minGap(once)).toBeGreaterThanOrEqual(26 - 1e-6);
    expect(spreadPoints(points, 26)).toEqual(once);
  });
});

describe('preset views', () => {
  const content = loadContent(process.cwd());
  const model = mapModel(buildModel(content), content.copy.map!);
  const views = mapViews(model.layoutPlaces, { from: 'vladivostok', to: 'kursk' });

  it('frames the Far East with the places the static inset shows', () => {
    expect(views.farEast.sort()).toEqual(['khabarovsk', 'pyongyang', 'seoul', 'ussuriysk', 'vladivostok']);
  });

  it(`frames the front with the front-line places and those within ${FRONT_RADIUS_KM} km of them`, () => {
    expect(views.front.sort()).toEqual(['kursk', 'kyiv', 'moscow']);
    const kursk = model.layoutPlaces.find((p) => p.id === 'kursk')!;
    const brussels = model.layoutPlaces.find((p) => p.id === 'brussels')!;
    expect(distanceKm([kursk.lon, kursk.lat], [brussels.lon, brussels.lat])).toBeGreaterThan(FRONT_RADIUS_KM);
  });

  it('frames the whole line by its two ends', () => {
    expect(views.route).toEqual(['vladivostok', 'kursk']);
  });
});
