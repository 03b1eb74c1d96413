/** The overview strip laid out with the real events (the layout on generated events: tests/unit/timeline-strip.test.ts). */
import { describe, expect, it } from 'vitest';
import { STRIP_VARIANTS, type StripVariant } from '../../src/lib/timeline/strip.ts';
import { findBreaks } from '../../src/lib/timeline/breaks.ts';
import { realView } from '../unit/timeline-fixtures.ts';
import { DAY, expectSound, layoutStrip } from '../unit/timeline-strip-checks.ts';

const variant = (id: StripVariant['id']) => STRIP_VARIANTS.find((v) => v.id === id)!;

describe('overview strip layout (real content)', () => {
  const { strip } = realView();

  for (const options of STRIP_VARIANTS) {
    it(`keeps marks and labels apart, in date order, at ${options.width} px (${options.arrangement})`, () => {
      expect(expectSound(strip, options).compared).toBeGreaterThan(strip.length);
    });
  }

  it('compresses the long gap to a short break instead of empty axis', () => {
    const layout = layoutStrip(strip, variant('medium'));
    const breaks = findBreaks(strip);
    const longest = breaks.filter((b) => b.empty).sort((a, b) => b.empty!.months - a.empty!.months)[0]!;
    const glyph = layout.breaks.find((b) => b.description.startsWith(`${longest.empty!.months} months`))!;
    expect(glyph).toBeDefined();
    // On one linear axis the gap would take its share of the whole span.
    const span = Date.parse(strip.at(-1)!.date.end) - Date.parse(strip[0]!.date.start);
    const linearShare = (longest.empty!.months * 30.4 * DAY) / span;
    expect(linearShare).toBeGreaterThan(0.5);
    expect((glyph.x1 - glyph.x0) / layout.width).toBeLessThan(0.15);
    // And a gap label says how long it is.
    expect(layout.labels.some((l) => l.kind === 'gap' && l.text === `${longest.empty!.months} months`)).toBe(true);
  });

  it('keeps the phases apart: side by side on wide screens, stacked on narrow ones', () => {
    const phaseOf = (id: string) => strip.find((e) => e.id === id)!.phase;
    const wide = layoutStrip(strip, variant('medium'));
    const lastBackground = Math.max(...wide.marks.filter((m) => phaseOf(m.id) === 'background').map((m) => m.x1));
    const firstDeployment = Math.min(...wide.marks.filter((m) => phaseOf(m.id) === 'deployment').map((m) => m.x0));
    expect(lastBackground).toBeLessThan(firstDeployment);
    expect(wide.labels.filter((l) => l.kind === 'phase').map((l) => l.text)).toEqual(['Background', 'The deployment']);

    const narrow = layoutStrip(strip, variant('narrow'));
    const lowestBackground = Math.max(...narrow.marks.filter((m) => phaseOf(m.id) === 'background').map((m) => m.cy));
    const highestDeployment = Math.min(...narrow.marks.filter((m) => phaseOf(m.id) === 'deployment').map((m) => m.cy));
    expect(lowestBackground).toBeLessThan(highestDeployment);
  });

  it('draws ranges and months as bars, days as points, and inferred dates hollow', () => {
    const layout = layoutStrip(strip, variant('medium'));
    for (const e of strip) {
      const mark = layout.marks.find((m) => m.id === e.id)!;
      expect(mark.shape).toBe(e.date.precision === 'day' ? 'point' : 'bar');
      expect(mark.inferred).toBe(e.inferred);
    }
  });

  it('labels the axis with the months the events fall in', () => {
    const layout = layoutStrip(strip, variant('wide'));
    const coarse = layout.labels.filter((l) => l.kind === 'coarse').map((l) => l.text);
    for (const year of new Set(strip.map((e) => e.date.start.slice(0, 4)))) expect(coarse.some((t) => t.includes(year))).toBe(true);
  });
});
