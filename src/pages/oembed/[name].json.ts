/**
 * /oembed/<name>.json: the oEmbed "rich" response for each embeddable figure, found by consumers
 * through the <link rel="alternate" type="application/json+oembed"> on the figure page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDDABLE_FIGURES, getFigure, oembedFor } from '../../lib/embeds.ts';
import { SITE_NAME } from '../../lib/site.ts';

export const getStaticPaths = (() => EMBEDDABLE_FIGURES.map((figure) => ({ params: { name: figure.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const figure = getFigure(params['name'] ?? '');
  return new Response(JSON.stringify(oembedFor(figure, site!.origin, SITE_NAME), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
