/**
 * /map-base/<hash>.svg: the static map's land, borders and region outlines, one <symbol> per
 * variant, panel and layer, which the map pages draw with <use> (src/components/map/map-base.ts).
 * Laid out from the same model as the pages (the default locale's: place names never move a
 * coastline), so its hash is the one they name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapModel } from '../../lib/data/site.ts';
import { mapLayouts, mapSpriteFile } from '../../components/map/map-base.ts';

export const getStaticPaths = (async () => {
  const { hash, body } = mapSpriteFile(mapLayouts(await getMapModel()));
  return [{ params: { hash }, props: { body } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'image/svg+xml' } });
