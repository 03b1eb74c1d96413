/**
 * /oembed/<name>.json: the oEmbed "rich" response for each embeddable figure, found by consumers
 * through the <link rel="alternate" type="application/json+oembed"> on the figure page. Its html
 * carries a static fallback (the standalone image and the source line) for consumers without iframes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDDABLE_FIGURES, figureOutlets, getFigure, oembedFor, sourceLine } from '../../lib/embeds.ts';
import { getSiteModel } from '../../lib/data/site.ts';

export const getStaticPaths = (() =>
  EMBEDDABLE_FIGURES.map((figure) => ({ params: { name: figure.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) => {
  const { t, locale } = locals;
  const figure = getFigure(params['name'] ?? '');
  const siteName = t('site.name');
  const model = await getSiteModel();
  const credit = sourceLine(figureOutlets(figure, model, undefined, locale), siteName, locale);
  return new Response(JSON.stringify(oembedFor(figure, site!.origin, siteName, credit, locale), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
