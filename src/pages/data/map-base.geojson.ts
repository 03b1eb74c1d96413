/** /data/map-base.geojson: the interactive map's vector base layer (see mapBaseGeoJson). */
import type { APIRoute } from 'astro';
import { mapBaseGeoJson } from '../../lib/data/map-base-geojson.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(mapBaseGeoJson()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
