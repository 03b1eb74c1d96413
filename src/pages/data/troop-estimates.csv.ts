/** /data/troop-estimates.csv: every troop-count claim, one row each, generated from the estimates collection. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../lib/data/site.ts';
import { estimatesCsv } from '../../lib/data/estimates-export.ts';
import { csvDownload } from '../../lib/data/csv.ts';

export const GET: APIRoute = async () => {
  const { estimates } = await getSiteModel();
  return new Response(csvDownload(estimatesCsv(estimates)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
