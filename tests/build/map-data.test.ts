/**
 * The interactive map's data (src/pages/map-data/[hash].json.ts) is a file, not a block in the
 * page: every data-map-data-src on every built page names a built file that parses, is named by
 * the hash of its content (so caching it for good is safe), and names every place the page shows,
 * with the links of the page's context. The browser tests open the map from it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAP_DATA_DIR } from '../../src/lib/data/map-urls.ts';
import { decodeEntities } from '../../src/lib/seo/head-reader.ts';
import { scanTags } from '../../src/lib/quality/html-scan.ts';
import { pagePathOf } from '../../src/lib/quality/links.ts';
import { headersForPath } from '../../src/lib/security/policy.ts';
import type { MapData } from '../../src/scripts/map/types.ts';
import { distFiles, htmlFiles, readDist } from './dist.ts';

const dataFiles = distFiles().filter((f) => `/${f}`.startsWith(MAP_DATA_DIR));
const pages = htmlFiles().flatMap((file) => {
  const html = readDist(file);
  const tags = scanTags(html);
  return tags
    .filter((t) => t.attrs['data-map-data-src'] !== undefined)
    .map((t) => ({
      page: pagePathOf(file),
      src: t.attrs['data-map-data-src']!,
      // The place list's names where the page has one (/map/), else the static map's dots (the embed).
      places: new Map(
        [...html.matchAll(/<h3 id="place-([a-z0-9-]+)-name"[^>]*>\s*([^<]*?)\s*<\/h3>/g)].map((m) => [
          m[1]!,
          decodeEntities(m[2]!),
        ]),
      ),
      dots: new Set(tags.map((d) => d.attrs['data-place']).filter((id) => id !== undefined)),
    }));
});

describe('the interactive map’s data', () => {
  it('is named by both map pages, and nowhere written into a page', () => {
    expect(pages.map((p) => p.page).sort()).toEqual(['/embed/map/', '/map/']);
    for (const file of htmlFiles()) expect(readDist(file), file).not.toMatch(/<script[^>]*data-map-data[\s>]/);
  });

  it('is a built file for every page that names one, named by the hash of its content', () => {
    for (const { page, src } of pages) {
      const file = src.slice(1);
      expect(dataFiles, `${page}: ${src}`).toContain(file);
      const hash = createHash('sha256').update(readDist(file)).digest('hex').slice(0, 12);
      expect(src, page).toBe(`${MAP_DATA_DIR}${hash}.json`);
    }
  });

  it('names every place the page shows, with the links of the page’s context', () => {
    for (const { page, src, places, dots } of pages) {
      const data = JSON.parse(readDist(src.slice(1))) as MapData;
      const named = new Map(data.places.map((p) => [p.id, p.name]));
      expect(dots.size, page).toBeGreaterThan(5);
      expect(new Set(named.keys()), page).toEqual(dots);
      if (page === '/map/') expect(places.size).toBe(dots.size);
      for (const [id, name] of places) expect(named.get(id), `${page}: ${id}`).toBe(name);
      for (const p of data.places) {
        expect(p.sources.length, `${page}: ${p.id}`).toBeGreaterThan(0);
        for (const s of p.sources) expect(s.evidence, `${page}: ${p.id}`).not.toBe('');
      }
      // An embed's links leave the frame for the full page; the page's stay on it.
      const embed = page.startsWith('/embed/');
      expect(data.target, page).toBe(embed ? '_top' : null);
      for (const p of data.places) expect(p.href, page).toBe(`${embed ? '/map/' : ''}#place-${p.id}`);
    }
  });

  it('is cached for good, as data (no document policy of its own)', () => {
    expect(dataFiles.length).toBeGreaterThan(0);
    for (const file of dataFiles) {
      const headers = headersForPath(`/${file}`);
      expect(headers['Cache-Control'], file).toBe('public, max-age=31536000, immutable');
      expect(headers['Content-Security-Policy'], file).toBeUndefined();
    }
  });
});
