/**
 * robots.txt: everything may be crawled, including the embed pages, which carry their own
 * `noindex` (a Disallow would hide that instruction from crawlers); points to the sitemap.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(
    ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n'),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
