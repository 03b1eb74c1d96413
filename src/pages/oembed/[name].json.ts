/**
 * /oembed/<name>.json: the oEmbed "rich" response for each embeddable figure, found by consumers
 * through the <link rel="alternate" type="application/json+oembed"> on the figure page. Its html
 * carries a static fallback (the standalone image and the source line) for consumers without iframes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDDABLE_FIGURES, figureOutlets, getFigure, oembedFor, sourceLine } from '../../lib/embeds.ts';
import { getSiteModel } from '../../lib/data/site.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (() =>
  EMBEDDABLE_FIGURES.map((figure) => ({ params: { name: figure.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const figure = getFigure(params['name'] ?? '');
  const credit = sourceLine(figureOutlets(figure, await getSiteModel()), SITE_NAME);
  return new Response(JSON.stringify(oembedFor(figure, site!.origin, SITE_NAME, credit), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
