/**
 * What readers download keeps the notices its licences ask for: Leaflet (BSD-2-Clause) requires
 * its copyright notice in distributed copies, so the chunk that bundles it must still carry it
 * after minification (astro.config.mjs keeps legal comments).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distFiles, readDist } from './dist.ts';

describe('licence notices in the shipped bundles', () => {
  it('keeps Leaflet’s copyright notice in the chunk that contains Leaflet', () => {
    const version = (JSON.parse(readFileSync('node_modules/leaflet/package.json', 'utf8')) as { version: string })
      .version;
    // The interactive map's chunk (src/scripts/map/leaflet-map.ts, loaded on demand) bundles Leaflet.
    const chunks = distFiles().filter((f) => /^_astro\/leaflet-map\.[^/]+\.js$/.test(f));
    expect(chunks.length, 'a built chunk bundles Leaflet').toBeGreaterThan(0);
    for (const chunk of chunks) {
      expect(readDist(chunk), chunk).toContain(
        `Leaflet ${version}, a JS library for interactive maps. https://leafletjs.com`,
      );
      expect(readDist(chunk), chunk).toContain('(c) 2010-2023 Vladimir Agafonkin, (c) 2010-2011 CloudMade');
    }
  });
});
