import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  QUALIFIER_ENCODING,
  STATUS_ENCODING,
  countDomain,
  countTicks,
  makeCountScale,
  makeTimeScale,
  spanMidpoint,
  timeDomain,
  utcDate,
} from '../../src/lib/charts/troop/encoding.ts';
import { contrastRatio } from '../../src/lib/charts/kit/contrast.ts';
import { estimateQualifiers, estimateStatuses } from '../../src/lib/taxonomy.ts';
import { realModel } from './troop-fixtures.ts';
import { deltaE, simulate, VISION_TYPES } from './troop-colour-vision.ts';

const DAY = 86_400_000;

/** The colour tokens of global.css: the light :root block and the dark one inside the media query. */
function themeTokens() {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const blocks = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-f]{3,6})\s*;/gi)].map((t) => [t[1]!, t[2]!])),
  );
  expect(blocks.length, 'global.css should have a light and a dark :root block').toBeGreaterThanOrEqual(2);
  return { light: blocks[0]!, dark: blocks[1]! };
}

describe('time domain', () => {
  it('covers every as-of date of the real estimates, with room on both sides', () => {
    const { estimates } = realModel();
    const [from, to] = timeDomain(estimates.map((e) => e.asOf));
    for (const e of estimates) {
      expect(utcDate(e.asOf.start).getTime() - from.getTime()).toBeGreaterThanOrEqual(DAY);
      expect(to.getTime() - (utcDate(e.asOf.end).getTime() + DAY)).toBeGreaterThanOrEqual(DAY);
    }
  });

  it('covers months and ranges to their last day', () => {
    const [from, to] = timeDomain([
      { start: '2024-06-01', end: '2024-06-30' },
      { start: '2024-10-28', end: '2024-11-03' },
    ]);
    expect(from.getTime()).toBeLessThan(utcDate('2024-06-01').getTime());
    expect(to.getTime()).toBeGreaterThan(utcDate('2024-11-04').getTime());
  });

  it('contains every date of any set of spans (property)', () => {
    const isoDay = fc
      .integer({ min: 0, max: 900 })
      .map((d) => new Date(Date.UTC(2022, 0, 1) + d * DAY).toISOString().slice(0, 10));
    const span = fc.tuple(isoDay, fc.integer({ min: 0, max: 40 })).map(([start, len]) => ({
      start,
      end: new Date(utcDate(start).getTime() + len * DAY).toISOString().slice(0, 10),
    }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 20 }), (spans) => {
        const [from, to] = timeDomain(spans);
        return spans.every(
          (s) => from.getTime() < utcDate(s.start).getTime() && to.getTime() > utcDate(s.end).getTime() + DAY - 1,
        );
      }),
    );
  });

  it('places a day-precision mark at midday, inside its day', () => {
    const x = makeTimeScale([utcDate('2024-10-01'), utcDate('2024-10-31')], [0, 300]);
    const mid = x(spanMidpoint({ start: '2024-10-18', end: '2024-10-18' }));
    expect(mid).toBeGreaterThan(x(utcDate('2024-10-18')));
    expect(mid).toBeLessThan(x(utcDate('2024-10-19')));
  });

  it('refuses to build a domain from nothing', () => {
    expect(() => timeDomain([])).toThrow();
  });
});

describe('count domain', () => {
  it('starts at zero and covers the largest real claim', () => {
    const counts = realModel().estimates.map((e) => e.count);
    const [lo, hi] = countDomain(counts);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(Math.max(...counts));
  });

  it('starts at zero and covers the maximum with headroom for any counts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 1, maxLength: 30 }), (counts) => {
        const [lo, hi] = countDomain(counts);
        return lo === 0 && hi >= Math.max(...counts) * 1.08 - 1e-9;
      }),
    );
  });

  it('gives ticks that include zero, are round, and keep their spacing', () => {
    const y = makeCountScale(countDomain(realModel().estimates.map((e) => e.count)), [400, 0]);
    const ticks = countTicks(y, 40);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBeLessThanOrEqual(y.domain()[1]!);
    for (let i = 1; i < ticks.length; i++) expect(y(ticks[i - 1]!) - y(ticks[i]!)).toBeGreaterThanOrEqual(40);
  });
});

describe('status and qualifier encodings', () => {
  it('cover every status and qualifier in the taxonomy', () => {
    expect(Object.keys(STATUS_ENCODING).sort()).toEqual(Object.keys(estimateStatuses).sort());
    expect(Object.keys(QUALIFIER_ENCODING).sort()).toEqual(Object.keys(estimateQualifiers).sort());
  });

  it('give every status its own shape and its own colour', () => {
    const entries = Object.values(STATUS_ENCODING);
    expect(new Set(entries.map((e) => e.shape)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.colour.toLowerCase())).size).toBe(entries.length);
  });

  it('draw "exact" differently from "about", and bounds differently from values', () => {
    const { exact, about, 'at-least': atLeast, 'up-to': upTo } = QUALIFIER_ENCODING;
    expect(about.halo && !exact.halo).toBe(true);
    expect(atLeast.fill).toBe('hollow');
    expect(atLeast.arrow).toBe('up');
    expect(upTo.arrow).toBe('down');
    expect(exact.fill).toBe('solid');
  });

  it('give marks at least 3:1 contrast on the page and surface colours of both themes', () => {
    const { light, dark } = themeTokens();
    for (const theme of [light, dark])
      for (const token of ['bg', 'surface'])
        for (const [status, { colour }] of Object.entries(STATUS_ENCODING))
          expect(contrastRatio(colour, theme[token]!), `${status} on --${token}`).toBeGreaterThanOrEqual(3);
  });

  it('use text colours with at least 4.5:1 contrast for labels in both themes', () => {
    const { light, dark } = themeTokens();
    for (const theme of [light, dark])
      for (const token of ['fg', 'muted'])
        expect(contrastRatio(theme[token]!, theme.bg!), `--${token}`).toBeGreaterThanOrEqual(4.5);
  });

  it('keep every pair of status colours apart under simulated colour-vision deficiencies', () => {
    const colours = Object.entries(STATUS_ENCODING);
    for (const vision of VISION_TYPES)
      for (let i = 0; i < colours.length; i++)
        for (let j = i + 1; j < colours.length; j++) {
          const [a, ea] = colours[i]!;
          const [b, eb] = colours[j]!;
          expect(
            deltaE(simulate(ea.colour, vision), simulate(eb.colour, vision)),
            `${a} vs ${b}, ${vision}`,
          ).toBeGreaterThanOrEqual(10);
        }
  });
});
