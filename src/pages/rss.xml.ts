/** /rss.xml: the corrections log and the report summaries as an RSS 2.0 feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteModel } from '../lib/data/site.ts';
import { getCorrectionsLog } from '../lib/data/corrections-log.ts';
import { correctionFeedItems, reportFeedItems } from '../lib/seo/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const [{ reports }, { corrections }] = await Promise.all([getSiteModel(), getCorrectionsLog()]);
  return rss({
    title: `${SITE_NAME}: report summaries and corrections`,
    description: SITE_DESCRIPTION,
    site: site!,
    // Absolute links: @astrojs/rss would otherwise append "/" to every relative link, fragments included.
    items: [...correctionFeedItems(corrections), ...reportFeedItems(reports)].map((item) => ({
      ...item,
      link: new URL(item.link, site).href,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>`,
  });
};
