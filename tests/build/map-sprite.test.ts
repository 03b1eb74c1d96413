/**
 * The static map's base geometry, drawn from one sprite (src/pages/map-base/[hash].svg.ts): every
 * <use href> on every built page names a symbol the built sprite holds, each symbol holds path
 * data and no paint of its own (it inherits the <use>'s class), the sprite's name is the hash of
 * what it holds (so caching it for good is safe), and the standalone image still stands alone.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAP_IMAGE_PATHS, MAP_SPRITE_DIR } from '../../src/lib/data/map-urls.ts';
import { scanTags } from '../../src/lib/quality/html-scan.ts';
import { pagePathOf } from '../../src/lib/quality/links.ts';
import { distFiles, htmlFiles, readDist } from './dist.ts';

const sprites = distFiles().filter((f) => `/${f}`.startsWith(MAP_SPRITE_DIR));
const uses = htmlFiles().flatMap((file) =>
  scanTags(readDist(file))
    .filter((t) => t.name === 'use')
    .map((t) => ({ page: pagePathOf(file), href: t.attrs.href ?? t.attrs['xlink:href'] ?? '', cls: t.attrs.class })),
);

/** A sprite's symbols: id → its content. */
const symbolsOf = (svg: string) =>
  new Map([...svg.matchAll(/<symbol id="([^"]+)"[^>]*>([\s\S]*?)<\/symbol>/g)].map((m) => [m[1]!, m[2]!]));

describe('the map sprite', () => {
  it('is one file, named by the hash of its content', () => {
    expect(sprites).toHaveLength(1);
    const hash = createHash('sha256').update(readDist(sprites[0]!)).digest('hex').slice(0, 12);
    expect(sprites[0]).toBe(`${MAP_SPRITE_DIR.slice(1)}${hash}.svg`);
  });

  it('is drawn by both map pages, at every variant, panel and layer', () => {
    for (const page of ['/map/', '/embed/map/']) {
      const ids = uses.filter((u) => u.page === page).map((u) => u.href.split('#')[1]);
      for (const variant of ['narrow', 'medium', 'wide'])
        for (const layer of ['main-land', 'main-land-emphasis', 'main-border', 'inset-land', 'inset-border'])
          expect(ids, `${page} ${variant}-${layer}`).toContain(`${variant}-${layer}`);
      expect(
        ids.some((id) => /-region-/.test(id!)),
        page,
      ).toBe(true);
    }
  });

  it('holds every symbol a built page points at, as path data that inherits its paint', () => {
    expect(uses.length).toBeGreaterThan(10);
    const symbols = symbolsOf(readDist(sprites[0]!));
    for (const { page, href, cls } of uses) {
      const [path, id] = href.split('#');
      expect(`${path}`, `${page}: ${href}`).toBe(`/${sprites[0]}`);
      const content = symbols.get(id!);
      expect(content, `${page}: ${href}`).toBeDefined();
      expect(content, `${page}: ${href}`).toMatch(/^<path d="M[-\d.]+[, ][-\d.]+[^"]{20,}"\/>$/);
      // The class paints it: fill and stroke reach the shadow tree only by inheritance.
      expect(cls, `${page}: ${href}`).toMatch(/^map-(land|border|region)\b/);
    }
  });

  it('leaves no base geometry inline on a page', () => {
    for (const file of htmlFiles())
      expect(readDist(file), file).not.toMatch(/<path class="map-(land|border|region)[ "]/);
  });

  it('is not what the standalone image draws: that keeps its paths inline and needs no other file', () => {
    const svg = readDist(MAP_IMAGE_PATHS.svg.slice(1));
    expect(svg).not.toContain('<use');
    expect(svg).toMatch(/<path class="map-land" d="M/);
  });
});
