/**
 * Natural Earth shapes read from the world-atlas package on disk (Node only), once per process;
 * the pure geometry work on them is src/lib/geo/natural-earth.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { baseGeometry, type BaseGeometry, type Countries } from '../geo/natural-earth.ts';

/**
 * Natural Earth scales world-atlas ships: 1:110m is detailed enough for the whole region at
 * page width and a fraction of the bytes; 1:50m for the inset and the zoomable map.
 */
export type NaturalEarthScale = '110m' | '50m';

const countries = new Map<NaturalEarthScale, Countries>();
const bases = new Map<NaturalEarthScale, BaseGeometry>();

/** Natural Earth countries, as world-atlas ships them (read once per process). */
export function loadCountries(scale: NaturalEarthScale): Countries {
  let topology = countries.get(scale);
  if (!topology) {
    const file = createRequire(join(process.cwd(), 'package.json')).resolve(`world-atlas/countries-${scale}.json`);
    countries.set(scale, (topology = JSON.parse(readFileSync(file, 'utf8')) as Countries));
  }
  return topology;
}

/** Land and borders, Crimea drawn as Ukraine (see src/lib/geo/natural-earth.ts). */
export function loadBaseGeometry(scale: NaturalEarthScale): BaseGeometry {
  let base = bases.get(scale);
  if (!base) bases.set(scale, (base = baseGeometry(loadCountries(scale))));
  return base;
}
