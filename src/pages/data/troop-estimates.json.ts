/** /data/troop-estimates.json: the same claims as the CSV, with each claim's sources as a list. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../lib/data/site.ts';
import { estimatesJson } from '../../lib/data/estimates-export.ts';

export const GET: APIRoute = async ({ site, locals }) => {
  const { estimates } = await getSiteModel();
  const page = new URL('/troops/', site).href;
  return new Response(`${JSON.stringify(estimatesJson(estimates, page, locals.locale), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
