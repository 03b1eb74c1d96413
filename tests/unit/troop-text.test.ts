import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { FIGURE_FACES, faceMetrics, faceSfnts, figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import { CHART_FONT_FAMILY, CHART_FONT_WEIGHTS, wrapText } from '../../src/lib/charts/kit/text.ts';
import { MAP_STANDALONE_CSS } from '../../src/lib/geo/map-standalone.ts';
import { layoutTroopChart } from '../../src/lib/charts/troop/layout.ts';
import { troopChartData } from '../../src/lib/charts/troop/data.ts';
import { STANDALONE_VARIANT } from '../../src/lib/charts/troop/config.ts';
import { standaloneSvg } from '../../src/lib/charts/troop/standalone.ts';
import { troopChartSvg } from '../../src/lib/charts/troop/svg.ts';
import { lightTokens, resolveVars, standaloneCss } from '../../scripts/lib/standalone-figure.ts';
import { STANDALONE_CSS } from '../../src/lib/charts/troop/standalone.ts';
import { readFileSync } from 'node:fs';
import { measure, realModel, realAnnotations } from './troop-fixtures.ts';

/** OpenType table checksum: the sum of the table's big-endian 32-bit words. */
function checksum(bytes: Uint8Array) {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('the figure faces, unpacked from WOFF', () => {
  it('has tables whose checksums match the directory (head excepted, as the spec allows)', () => {
    for (const face of FIGURE_FACES)
      for (const weight of face.weights as (400 | 600 | 700)[]) {
        const files = faceSfnts(face, weight);
        expect(files.length, `${face.family} ${weight}`).toBeGreaterThan(0);
        for (const sfnt of files) {
          const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
          const tables = view.getUint16(4);
          expect(tables).toBeGreaterThan(5);
          for (let i = 0; i < tables; i++) {
            const at = 12 + i * 16;
            const tag = String.fromCharCode(...sfnt.subarray(at, at + 4));
            const offset = view.getUint32(at + 8);
            const length = view.getUint32(at + 12);
            if (tag !== 'head')
              expect(checksum(sfnt.subarray(offset, offset + length)), `${face.family} ${tag}`).toBe(
                view.getUint32(at + 4),
              );
          }
        }
      }
  });

  it('measures every character at least as wide as any face in the stack draws it', () => {
    const merged = figureFontMetrics();
    for (const face of FIGURE_FACES)
      for (const weight of CHART_FONT_WEIGHTS) {
        const own = faceMetrics(face)[weight];
        expect(own.advances.size, `${face.family} ${weight}`).toBeGreaterThan(200);
        for (const [codePoint, units] of own.advances) {
          const measured = merged[weight].advances.get(codePoint)! / merged[weight].unitsPerEm;
          expect(measured, `${face.family} ${weight} U+${codePoint.toString(16)}`).toBeGreaterThanOrEqual(
            units / own.unitsPerEm - 1e-9,
          );
        }
      }
  });

  it('measures weight 600 as wide as each face’s bold, which Arial and Android’s Roboto draw it in', () => {
    const merged = figureFontMetrics()[600];
    for (const face of FIGURE_FACES) {
      const [bold] = faceSfnts(face, 700);
      expect(bold, face.family).toBeDefined();
      for (const char of '0123456789,Kursk region') {
        const code = char.codePointAt(0)!;
        const own = faceMetrics(face)[600].advances.get(code)! / faceMetrics(face)[600].unitsPerEm;
        expect(merged.advances.get(code)! / merged.unitsPerEm, `${face.family} ${char}`).toBeGreaterThanOrEqual(own);
      }
    }
    // The widest face is not always the same one: DejaVu sets digits wider than Arimo does.
    const digit = '0'.codePointAt(0)!;
    const arimo = faceMetrics(FIGURE_FACES[0]!)[400];
    expect(figureFontMetrics()[400].advances.get(digit)! / 1000).toBeGreaterThan(
      arimo.advances.get(digit)! / arimo.unitsPerEm,
    );
  });

  it('draws the figures in the stack it measured, and names in it only faces it measured', () => {
    for (const css of [
      readFileSync('src/components/troops/troop-chart-drawing.css', 'utf8'),
      readFileSync('src/components/map/map-drawing.css', 'utf8'),
      MAP_STANDALONE_CSS,
    ]) {
      const families = [...css.matchAll(/font-family:\s*([^;]+);/g)].map((m) => m[1]!.trim());
      expect(families.length).toBeGreaterThan(0);
      for (const family of families) expect(family).toBe(CHART_FONT_FAMILY);
    }
    // Arial, Helvetica and Liberation Sans share Arimo's advances (it was made to); the last is generic.
    const arimoMetrics = ['Arial', 'Helvetica', 'Liberation Sans'];
    const named = CHART_FONT_FAMILY.split(',').map((f) => f.trim().replace(/^'|'$/g, ''));
    expect(named.at(-1)).toBe('sans-serif');
    for (const family of named.slice(0, -1))
      expect([...arimoMetrics, ...FIGURE_FACES.map((f) => f.family)]).toContain(family);
    expect(named).toEqual(expect.arrayContaining(FIGURE_FACES.map((f) => f.family)));
  });

  it('measures text by its characters: wider strings, bolder weights and bigger sizes measure more', () => {
    const metrics = figureFontMetrics();
    expect(metrics[400].advances.get('0'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(measure('at least 10,000', { size: 12, weight: 400 })).toBeGreaterThan(
      measure('10,000', { size: 12, weight: 400 }),
    );
    expect(measure('10,000', { size: 12, weight: 600 })).toBeGreaterThan(measure('10,000', { size: 12, weight: 400 }));
    expect(measure('10,000', { size: 24, weight: 400 })).toBeCloseTo(
      2 * measure('10,000', { size: 12, weight: 400 }),
      6,
    );
    // A character no face in the stack has counts as a full em, wider than any fallback glyph.
    expect(measure('뉴', { size: 10, weight: 400 })).toBe(10);
  });
});

describe('wrapping', () => {
  it('keeps every line within the width unless a single word is longer', () => {
    const style = { size: 12, weight: 400 } as const;
    const lines = wrapText('South Korea’s National Intelligence Service says so', 90, style, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) if (line.includes(' ')) expect(measure(line, style)).toBeLessThanOrEqual(90);
    expect(lines.join(' ')).toBe('South Korea’s National Intelligence Service says so');
  });
});

describe('chart markup', () => {
  const model = realModel();
  const layout = layoutTroopChart(troopChartData(model, realAnnotations()), STANDALONE_VARIANT, measure);

  it('gives every mark a link to its table row and a title', () => {
    const svg = troopChartSvg(layout, {
      idPrefix: 't',
      title: 'T',
      description: 'D',
      markHref: (id) => `#estimate-${id}`,
    });
    for (const e of model.estimates) {
      expect(svg).toContain(`href="#estimate-${e.id}"`);
      expect(svg).toContain(`data-estimate="${e.id}"`);
    }
    expect(svg.match(/<a /g)).toHaveLength(model.estimates.length);
    expect(svg.match(/<title>/g)!.length).toBeGreaterThanOrEqual(model.estimates.length);
    expect(svg).not.toMatch(/style="/);
  });

  it('escapes text it writes', () => {
    const svg = troopChartSvg(layout, { idPrefix: 't', title: 'A <b> & "c"', description: 'D', markHref: null });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});

describe('standalone image', () => {
  const model = realModel();
  const layout = layoutTroopChart(troopChartData(model, realAnnotations()), STANDALONE_VARIANT, measure);
  const tokens = lightTokens(readFileSync('src/styles/global.css', 'utf8'));
  const css = standaloneCss(
    readFileSync('src/components/troops/troop-chart-drawing.css', 'utf8'),
    STANDALONE_CSS,
    tokens,
  );
  const svg = standaloneSvg(layout, { title: 'Title', caption: 'Caption', footer: ['Source line'] }, { css, measure });

  it('takes the light theme’s colours and leaves no custom property unresolved', () => {
    expect(tokens.bg).toMatch(/^#/);
    expect(svg).not.toContain('var(');
    expect(svg).toContain(tokens.bg!);
    expect(() => resolveVars('.x { fill: var(--nope); }', tokens)).toThrow(/--nope/);
  });

  it('resolves a token that names another token, so a derived colour reaches the image as a colour', () => {
    expect(lightTokens(':root { --accent: #a1161f; --map-front: var(--accent); }')['map-front']).toBe('#a1161f');
    expect(tokens['map-front']).toBe(tokens.accent);
  });

  it('is a self-contained document: namespace, no scripts, no links, no outside references', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|<a |href=|url\(|@import|<image/);
  });

  it('renders with resvg to the size it declares', () => {
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } }).render();
    expect(image.width).toBe(2 * Number(w));
    expect(image.height).toBe(2 * Number(h));
  });
});
