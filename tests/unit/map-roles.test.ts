/**
 * Place roles are drawn from their taxonomy records: each role's colour token must exist in both
 * themes and paint its dot in both map stylesheets (the build-time SVG and the Leaflet map), or
 * the dot falls back to black. The key is derived from the same records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeRoleRecords, placeRoles, type PlaceRole, type PlaceRoleRecord } from '../../src/lib/taxonomy.ts';
import { mapKeyEntries } from '../../src/lib/geo/map-key.ts';
import { defaultT, type Translate } from '../../src/lib/i18n/translate.ts';

const roles = Object.keys(placeRoleRecords) as PlaceRole[];

/** Every declaration block whose selector list names `selector`, joined. */
function blocksFor(css: string, selector: string): string {
  const found: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!.split(',').map((s) => s.trim());
    if (selectors.includes(selector)) found.push(m[2]!);
  }
  return found.join(';');
}

describe('place roles', () => {
  const svgCss = readFileSync('src/components/map/map-drawing.css', 'utf8');
  const leafletCss = readFileSync('src/scripts/map/leaflet-map.css', 'utf8');
  const globalCss = readFileSync('src/styles/global.css', 'utf8');

  it.each(roles)('%s has its colour token in the light and the dark theme', (role) => {
    const token = placeRoleRecords[role].colour;
    expect(globalCss.match(new RegExp(`${token}:`, 'g'))?.length).toBeGreaterThanOrEqual(2);
  });

  it.each(roles)('%s is painted with its colour in map-drawing.css', (role) => {
    const { colour, hollow } = placeRoleRecords[role];
    const block = blocksFor(svgCss, `.map-role-${role}`);
    expect(block).toContain(hollow ? `stroke: var(${colour})` : `fill: var(${colour})`);
  });

  it.each(roles)('%s is painted with its colour in leaflet-map.css', (role) => {
    const { colour, hollow } = placeRoleRecords[role];
    const block = blocksFor(leafletCss, `.lf-dot.map-role-${role}`);
    expect(block).toMatch(
      hollow ? new RegExp(`border: .*var\\(${colour}\\)`) : new RegExp(`background: var\\(${colour}\\)`),
    );
  });

  it('keys each look once, naming the roles that share it', () => {
    expect(mapKeyEntries(defaultT)).toEqual([
      { role: 'origin', label: placeRoles.origin, r: 5 },
      { role: 'arrival', label: placeRoles.arrival, r: 5 },
      { role: 'front', label: placeRoles.front, r: 5 },
      { role: 'context', label: 'Context and diplomacy', r: 4.5 },
    ]);
  });

  it('words the key with the t it is given, so a page in another locale gets its own labels', () => {
    const keysOnly = ((key: string) => `<${key}>`) as Translate;
    expect(mapKeyEntries(keysOnly).map((e) => e.label)).toEqual([
      '<taxonomy.placeRole.origin>',
      '<taxonomy.placeRole.arrival>',
      '<taxonomy.placeRole.front>',
      '<taxonomy.placeRole.context><map.key.joiner><taxonomy.placerole.diplomacy>',
    ]);
  });

  it('gives every role a key entry, its own or the one it shares', () => {
    const keyed = new Set(mapKeyEntries(defaultT).map((e) => e.role));
    for (const role of roles) {
      const record: PlaceRoleRecord = placeRoleRecords[role];
      expect(keyed.has((record.keyWith ?? role) as PlaceRole)).toBe(true);
    }
  });
});
