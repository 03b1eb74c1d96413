/**
 * The map's land, water and lines in the dark theme, measured from the CSS tokens with the
 * chart kit's contrast module: global.css's dark theme, overridden by map-drawing.css's dark
 * block for the figure. Land must stand off water (1.5:1), and borders and coastlines must read
 * against both (3:1, WCAG's non-text contrast).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/charts/kit/contrast.ts';

const hexTokens = (block: string) =>
  Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));

/** The body of the first `selector { … }` inside a `@media (prefers-color-scheme: dark)` block. */
function darkBlock(css: string, selector: string): string {
  const media = css.indexOf('@media (prefers-color-scheme: dark)');
  expect(media, 'a dark-theme block').toBeGreaterThanOrEqual(0);
  const rest = css.slice(media);
  const open = rest.indexOf(`${selector} {`);
  expect(open, `${selector} in the dark block`).toBeGreaterThanOrEqual(0);
  return rest.slice(open, rest.indexOf('}', open));
}

const globalCss = readFileSync('src/styles/global.css', 'utf8');
const drawingCss = readFileSync('src/components/map/map-drawing.css', 'utf8');
const pageDark = hexTokens(darkBlock(drawingCss, "html.embed[data-theme='auto'] .deployment-map"));
const dark = { ...hexTokens(darkBlock(globalCss, ':root')), ...pageDark };

/** The body of the rule for `selector` outside any media query (an embed asked for theme=dark). */
const ruleBody = (css: string, selector: string) => {
  const open = css.indexOf(`\n${selector} {`);
  expect(open, selector).toBeGreaterThanOrEqual(0);
  return css.slice(open, css.indexOf('}', open));
};

describe('dark-theme map colours', () => {
  it('set land 1.5:1 or more against water (both land tones)', () => {
    for (const land of ['map-land', 'map-land-strong'])
      expect(contrastRatio(dark[land]!, dark['map-water']!), land).toBeGreaterThanOrEqual(1.5);
  });

  it('draw borders and coastlines 3:1 or more against land and water', () => {
    for (const ground of ['map-land', 'map-land-strong', 'map-water'])
      expect(contrastRatio(dark['map-border']!, dark[ground]!), ground).toBeGreaterThanOrEqual(3);
  });

  it('stroke the land with the border colour in the dark theme, so coastlines are drawn', () => {
    expect(darkBlock(drawingCss, "html.embed[data-theme='auto'] .deployment-map .map-land")).toMatch(
      /stroke:\s*var\(--map-border\)/,
    );
    expect(ruleBody(drawingCss, "html.embed[data-theme='dark'] .deployment-map .map-land")).toMatch(
      /stroke:\s*var\(--map-border\)/,
    );
  });

  it('give an embed asked for theme=dark the same colours, and a default (light) embed none of them', () => {
    expect(hexTokens(ruleBody(drawingCss, "html.embed[data-theme='dark'] .deployment-map"))).toEqual(pageDark);
    const media = drawingCss.slice(drawingCss.indexOf('@media (prefers-color-scheme: dark)'));
    expect(media).toContain('html:not(.embed) .deployment-map');
    expect(drawingCss).not.toMatch(/(^|\n)\s*\.deployment-map\s*\{/);
  });

  it('keep the names (place labels, the distance label) 4.5:1 or more on both land tones', () => {
    for (const token of ['fg', 'accent'])
      for (const land of ['map-land', 'map-land-strong'])
        expect(contrastRatio(dark[token]!, dark[land]!), `${token} on ${land}`).toBeGreaterThanOrEqual(4.5);
  });

  it('keep the place colours and country names 3:1 or more on the new land', () => {
    for (const token of ['map-arrival', 'map-origin', 'map-context', 'map-country', 'accent'])
      for (const land of ['map-land', 'map-land-strong'])
        expect(contrastRatio(dark[token]!, dark[land]!), `${token} on ${land}`).toBeGreaterThanOrEqual(3);
  });
});
