/** Where the map's files are published: the page, the GeoJSON endpoint and the post-build step share these. */

/** Where the interactive map's base layer is served (src/pages/data/map-base.geojson.ts). */
export const MAP_BASE_PATH = '/data/map-base.geojson';
/** Where the build writes the standalone map (scripts/postbuild/30-map-image.ts). */
export const MAP_IMAGE_PATHS = { svg: '/images/map.svg', png: '/images/map.png' } as const;
/**
 * Where the static map's base-geometry sprite is served (src/pages/map-base/[hash].svg.ts),
 * named by a hash of its content, so the header policy can let browsers keep it for good.
 */
export const MAP_SPRITE_DIR = '/map-base/';
export const mapSpritePath = (hash: string) => `${MAP_SPRITE_DIR}${hash}.svg`;
/**
 * Where the interactive map's places, sources and views are served (src/pages/map-data/[hash].json.ts),
 * named by a hash of their content like the sprite, so they too can be kept for good.
 */
export const MAP_DATA_DIR = '/map-data/';
export const mapDataPath = (hash: string) => `${MAP_DATA_DIR}${hash}.json`;
