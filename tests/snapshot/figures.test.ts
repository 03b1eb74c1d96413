/**
 * Golden SVG of the three figures, every variant, on the small fixtures in ./fixtures.ts, built
 * through the same layout and SVG functions (and the same text measurer) as the components:
 * TroopChart.astro, MapFigure.astro and TimelineStrip.astro, and the standalone images as
 * scripts/postbuild/20-chart-images.ts and 30-map-image.ts draw them (light-theme colours
 * resolved from src/styles/global.css into the SVG). A change a reader could see fails
 * here with a -changed.svg to open; see ./svg-snapshot.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { siteLightTokens, standaloneCss } from '../../scripts/lib/standalone-figure.ts';
import { STANDALONE_CSS, standaloneSvg } from '../../src/lib/charts/troop/standalone.ts';
import { MAP_STANDALONE_CSS, standaloneMapSvg } from '../../src/lib/geo/map-standalone.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';
import { layoutTroopChart } from '../../src/lib/charts/troop/layout.ts';
import { troopChartSvg } from '../../src/lib/charts/troop/svg.ts';
import { STANDALONE_VARIANT, TROOP_CHART_VARIANTS } from '../../src/lib/charts/troop/config.ts';
import { troopChartData } from '../../src/lib/charts/troop/data.ts';
import { loadBaseGeometry } from '../../src/lib/data/natural-earth-files.ts';
import { layoutMap, MAP_VARIANTS } from '../../src/lib/geo/map-layout.ts';
import { mapBaseSprite, mapSvg } from '../../src/lib/geo/map-svg.ts';
import {
  snapshotAnnotations,
  snapshotEstimates,
  snapshotEvents,
  snapshotPlaces,
  snapshotRoute,
  snapshotStripEvents,
} from './fixtures.ts';
import { layoutTimelineStrip, STRIP_VARIANTS } from '../../src/lib/timeline/strip.ts';
import { stripSvg } from '../../src/lib/timeline/strip-svg.ts';
import { heuristicMeasure } from '../../src/lib/charts/kit/text-metrics.ts';
import { assertSvgSnapshot } from './svg-snapshot.ts';

// The chart and the map measure labels in Inter, as their components do; the strip's layout
// uses the heuristic measurer, as TimelineStrip.astro does (it is drawn in the reader's system font).
const measure = measurerFrom(figureFontMetrics());
const root = process.cwd();
const tokens = siteLightTokens(root);
const drawingCss = (file: string) => readFileSync(`${root}/${file}`, 'utf8');
const fixtureText = {
  title: 'Fixture figure title',
  caption: 'Fixture caption under the title.',
  footer: ['Fixture footer line one', 'Fixture footer line two'],
};

describe('troop chart', () => {
  const data = troopChartData({ estimates: snapshotEstimates, events: snapshotEvents }, snapshotAnnotations);
  for (const variant of TROOP_CHART_VARIANTS) {
    it(`matches its golden at the ${variant.id} layout`, () => {
      const svg = troopChartSvg(layoutTroopChart(data, variant, measure), {
        idPrefix: `tc-${variant.id}`,
        title: 'Fixture chart title',
        description: 'Fixture chart description.',
        markHref: (id) => `#row-${id}`,
        markDescribedBy: (id) => `tc-detail-${id}`,
        markTarget: undefined,
      });
      assertSvgSnapshot(svg, `troop-chart-${variant.id}`);
    });
  }

  it('matches its golden as the standalone image', () => {
    const css = standaloneCss(drawingCss('src/components/troops/troop-chart-drawing.css'), STANDALONE_CSS, tokens);
    const svg = standaloneSvg(layoutTroopChart(data, STANDALONE_VARIANT, measure), fixtureText, { css, measure });
    assertSvgSnapshot(svg, 'troop-chart-standalone');
  });
});

describe('map', () => {
  const base = { main: loadBaseGeometry('110m'), inset: loadBaseGeometry('50m') };
  const layouts = MAP_VARIANTS.map((variant) =>
    layoutMap({ places: snapshotPlaces, route: snapshotRoute, base }, variant, measure),
  );
  // As MapFigure.astro draws them: the base geometry from the sprite, which has a golden of its own.
  const spriteHref = '/map-base/fixture.svg';
  const drawn = layouts.map((layout) =>
    mapSvg(layout, {
      idPrefix: `map-${layout.variant.id}`,
      title: 'Fixture map title',
      description: 'Fixture map description.',
      placeTitle: (place) => `Fixture place ${place}`,
      insetTitle: 'Fixture inset title',
      baseHref: spriteHref,
    }),
  );
  layouts.forEach((layout, i) => {
    it(`matches its golden at the ${layout.variant.id} layout`, () => {
      assertSvgSnapshot(drawn[i]!, `map-${layout.variant.id}`);
    });
  });

  it('matches its golden as the sprite of every layout’s base geometry', () => {
    assertSvgSnapshot(mapBaseSprite(layouts), 'map-base-sprite');
  });

  // The golden renames ids, so the names the drawings point at are checked here.
  it('draws every symbol of the sprite once, and points at no other', () => {
    const symbols = [...mapBaseSprite(layouts).matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]);
    const used = drawn.flatMap((svg) => [...svg.matchAll(/<use href="([^"#]*)#([^"]+)"/g)]);
    expect(new Set(used.map((m) => m[1]))).toEqual(new Set([spriteHref]));
    expect(used.map((m) => m[2]).sort()).toEqual([...symbols].sort());
  });

  it('matches its golden as the standalone image', () => {
    const layout = layoutMap({ places: snapshotPlaces, route: snapshotRoute, base }, MAP_VARIANTS.at(-1)!, measure);
    const css = standaloneCss(drawingCss('src/components/map/map-drawing.css'), MAP_STANDALONE_CSS, tokens);
    const svg = standaloneMapSvg(
      layout,
      {
        idPrefix: 'map-standalone',
        title: fixtureText.title,
        description: 'Fixture map description.',
        placeTitle: (id) => `Fixture place ${id}`,
        insetTitle: 'Fixture inset title',
      },
      { ...fixtureText, key: 'Fixture key line' },
      { css, measure, background: tokens.bg ?? '#ffffff' },
    );
    assertSvgSnapshot(svg, 'map-standalone');
  });
});

describe('timeline strip', () => {
  for (const variant of STRIP_VARIANTS) {
    it(`matches its golden at the ${variant.id} layout (${variant.width} px, ${variant.arrangement})`, () => {
      const layout = layoutTimelineStrip(snapshotStripEvents, variant, heuristicMeasure);
      assertSvgSnapshot(stripSvg(layout, variant.id), `timeline-strip-${variant.id}`);
    });
  }
});
