/**
 * The optional raster tile layer, configured at build time by MAP_TILE_URL and
 * MAP_TILE_ATTRIBUTION (off by default: the map then talks to no other server). The header
 * policy (src/lib/security/policy.ts) reads the same option to allow the tile host.
 */
export function tileLayerOption(
  env: Record<string, string | undefined> = process.env,
): { url: string; attribution: string } | null {
  const url = env['MAP_TILE_URL']?.trim();
  if (!url) return null;
  const attribution = env['MAP_TILE_ATTRIBUTION']?.trim();
  if (!attribution)
    throw new Error('MAP_TILE_URL is set but MAP_TILE_ATTRIBUTION is not: a tile layer must credit its source');
  return { url, attribution };
}
