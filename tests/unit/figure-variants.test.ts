/**
 * src/styles/figure-variants.css is generated from the figures' variant configs, so the widths
 * a figure is laid out for and the widths its container queries switch at are one number.
 * After changing a config, `UPDATE_SNAPSHOTS=1 npm run test:unit` rewrites the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { variantSwitchCss, type FigureVariant } from '../../src/lib/charts/kit/variants.ts';
import { TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { STRIP_VARIANTS } from '../../src/lib/timeline/strip.ts';

const FILE = 'src/styles/figure-variants.css';

/** Each figure's class prefix (its variant elements carry `${prefix}-${id}`) and variants. */
const FIGURES: [string, string, readonly FigureVariant[]][] = [
  ['The troop chart (TroopChart.astro)', 'tc-variant', TROOP_CHART_VARIANTS],
  ['The map (MapFigure.astro)', 'map-variant', MAP_VARIANTS],
  ['The timeline strip (TimelineStrip.astro)', 'strip', STRIP_VARIANTS],
];

const generated = () =>
  [
    `/*\n * Generated from the figures' variant configs by tests/unit/figure-variants.test.ts\n * (UPDATE_SNAPSHOTS=1 npm run test:unit): do not edit. See src/lib/charts/kit/variants.ts.\n */`,
    ...FIGURES.map(([name, prefix, variants]) => `/* ${name} */\n${variantSwitchCss(prefix, variants)}`),
  ].join('\n\n') + '\n';

describe('figure variants', () => {
  it('every figure names its variants narrow, medium and wide, in widening order', () => {
    for (const [, , variants] of FIGURES) {
      expect(variants.map((v) => v.id)).toEqual(['narrow', 'medium', 'wide']);
      expect(variants.map((v) => v.fromContainerWidth)).toEqual(
        [...variants.map((v) => v.fromContainerWidth)].sort((a, b) => a - b),
      );
    }
  });

  it('switches at exactly the widths the variants are laid out for', () => {
    if (process.env['UPDATE_SNAPSHOTS']) writeFileSync(FILE, generated());
    expect(readFileSync(FILE, 'utf8'), `${FILE} is stale: UPDATE_SNAPSHOTS=1 npm run test:unit`).toBe(generated());
  });

  it('shows one variant at a time from 0 px up', () => {
    const css = variantSwitchCss('x', [
      { id: 'narrow', fromContainerWidth: 0 },
      { id: 'medium', fromContainerWidth: 500 },
      { id: 'wide', fromContainerWidth: 900 },
    ]);
    expect(css).toContain('.x-narrow {\n  display: block;\n}\n.x-medium,\n.x-wide {\n  display: none;\n}');
    expect(css).toContain('@container (min-width: 500px) {\n  .x-narrow {\n    display: none;\n  }\n  .x-medium {');
    expect(css).toContain('@container (min-width: 900px) {\n  .x-medium {\n    display: none;\n  }\n  .x-wide {');
    expect(() => variantSwitchCss('x', [{ id: 'narrow', fromContainerWidth: 10 }])).toThrow(/from 0 px/);
  });
});
