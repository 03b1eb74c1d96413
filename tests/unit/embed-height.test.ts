import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heightAt, heightCss, heightCurve, type HeightSamples } from '../../src/lib/embed-height.ts';

const OPTIONS = { margin: 48, gutter: 32 };

/**
 * Evaluates the CSS the way a browser would, for a viewport width: lengths in px, vw a hundredth
 * of the viewport, calc/min/max as arithmetic. Written apart from heightAt, so the CSS is checked
 * against the model rather than against itself.
 */
const cssAt = (css: string, vw: number): number =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the generated CSS, evaluated as arithmetic
  Function(
    'clamp',
    `return ${css
      .replace(/(-?[\d.]+)vw/g, (_m, n) => `(${(Number(n) * vw) / 100})`)
      .replace(/(-?[\d.]+)px/g, '($1)')
      .replace(/calc/g, '')
      .replace(/\bmin\(/g, 'Math.min(')
      .replace(/\bmax\(/g, 'Math.max(')}`,
  )((low: number, value: number, high: number) => Math.min(Math.max(low, value), high)) as number;

describe('the embed height curve', () => {
  const troops: HeightSamples = { 280: 1616, 360: 1412, 543: 1455, 544: 1046, 700: 1004 };
  const curve = heightCurve(troops, OPTIONS);

  it('covers every sample (plus the margin), at the viewport a frame of that width sits in', () => {
    for (const [width, height] of Object.entries(troops)) {
      expect(heightAt(curve, Number(width) + 32)).toBeGreaterThanOrEqual(height + 48 - 1e-6);
    }
    // Exactly, except at the wider side of a layout switch, where the taller height is held for half a pixel.
    for (const width of [280, 360, 543, 700]) expect(heightAt(curve, width + 32)).toBeCloseTo(troops[width]! + 48, 6);
    expect(heightAt(curve, 544 + 32 + 1)).toBeLessThan(1046 + 48);
  });

  it('steps where the layout switches, instead of cutting the corner between 360 and 700 px', () => {
    // The old two-point line gave about 1,300 px at a 540 px frame, where the page is 1,390 px tall.
    expect(heightAt(curve, 540 + 32)).toBeGreaterThan(1390);
    expect(heightAt(curve, 545 + 32)).toBeLessThan(1100);
  });

  it('slopes up to the left of the narrowest sample and stays flat past the widest', () => {
    expect(heightAt(curve, 250 + 32)).toBeGreaterThan(1616 + 48);
    expect(heightAt(curve, 2000)).toBeCloseTo(1004 + 48, 6);
  });

  it('never falls below the least measurement, for a figure that grows with its width', () => {
    const growing = heightCurve({ 360: 600, 700: 800 }, OPTIONS);
    expect(heightAt(growing, 100)).toBe(600 + 48);
    expect(heightAt(growing, 2000)).toBe(800 + 48);
  });

  it('asks for two measurements at least', () => {
    expect(() => heightCurve({ 360: 600 }, OPTIONS)).toThrow(/two widths/);
  });

  it('writes CSS that computes what the model computes, at any viewport width', () => {
    const samples = fc
      .uniqueArray(fc.integer({ min: 200, max: 1400 }), { minLength: 2, maxLength: 8 })
      .chain((widths) =>
        fc
          .tuple(...widths.map(() => fc.integer({ min: 100, max: 20_000 })))
          .map((heights) => Object.fromEntries(widths.map((w, i) => [w, heights[i]!]))),
      );
    fc.assert(
      fc.property(samples, fc.integer({ min: 200, max: 2400 }), (s, vw) => {
        const c = heightCurve(s, OPTIONS);
        expect(cssAt(heightCss(c), vw)).toBeCloseTo(heightAt(c, vw), 0);
      }),
    );
  });

  it('keeps the real figure’s curve within a pixel at the boundaries themselves', () => {
    const css = heightCss(curve);
    for (const vw of [575, 575.5, 576, 576.5, 577])
      expect(Math.abs(cssAt(css, vw) - heightAt(curve, vw))).toBeLessThan(1);
  });
});
