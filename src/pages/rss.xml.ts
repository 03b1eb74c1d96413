/** /rss.xml: the corrections log and the report summaries as an RSS 2.0 feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteModel } from '../lib/data/site.ts';
import { getCorrectionsLog } from '../lib/data/corrections-log.ts';
import { correctionFeedItems, reportFeedItems } from '../lib/seo/feed.ts';
import { localeConfig } from '../lib/i18n/config.ts';

export const GET: APIRoute = async ({ site, locals }) => {
  const { t, locale } = locals;
  const [{ reports }, { corrections }] = await Promise.all([getSiteModel(), getCorrectionsLog()]);
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('site.description'),
    site: site!,
    // Absolute links: @astrojs/rss would otherwise append "/" to every relative link, fragments included.
    items: [...correctionFeedItems(corrections, locale), ...reportFeedItems(reports, locale)].map((item) => ({
      ...item,
      link: new URL(item.link, site).href,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${localeConfig(locale).lang}</language><atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>`,
  });
};
