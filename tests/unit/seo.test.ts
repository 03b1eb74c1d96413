/** Link previews, structured data, share links and feed items: the pure helpers behind every page's metadata. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSiteUrl } from '../../src/lib/site-url.ts';
import { isAbsoluteHttpUrl } from '../support/urls.ts';
import { previewImagePath, PREVIEW_IMAGE } from '../../src/lib/seo/preview-image.ts';
import { previewMetaTags, URL_META_KEYS } from '../../src/lib/seo/meta.ts';
import {
  figurePageJsonLd,
  newsArticleNode,
  pageJsonLd,
  reportPageJsonLd,
  serializeJsonLd,
  type PageInfo,
  type SiteInfo,
} from '../../src/lib/seo/json-ld.ts';
import { shareLinks } from '../../src/lib/seo/share-links.ts';
import { reportFeedItems } from '../../src/lib/seo/feed.ts';
import { readPageHead, decodeEntities } from '../../src/lib/seo/head-reader.ts';
import { reportPreviewAlt } from '../../src/lib/seo/share-text.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import { woffToSfnt } from '../../src/lib/fonts/woff.ts';
import { EMBEDDABLE_FIGURES } from '../../src/lib/embeds.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { toReportCard } from '../../src/lib/data/model.ts';

const content = loadContent(process.cwd());
const SITE: SiteInfo = { url: 'https://example.org', name: 'Site', description: 'About the site.', inLanguage: 'en' };
const pageFor = (path: string): PageInfo => ({
  url: `https://example.org${path}`,
  title: 'T',
  description: 'D',
  imageUrl: `https://example.org${previewImagePath(path)}`,
});

describe('site URL', () => {
  it('normalises an origin and refuses anything that is not one', () => {
    expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(parseSiteUrl(' http://localhost:4321 ')).toBe('http://localhost:4321');
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'https://example.org/sub/',
      'https://example.org/?a=1',
      '',
    ]) {
      expect(() => parseSiteUrl(bad), bad).toThrow(/SITE_URL/);
    }
  });
});

describe('absolute URLs', () => {
  it('recognises only http(s) URLs with a host', () => {
    expect(isAbsoluteHttpUrl('https://example.org/og/index.png')).toBe(true);
    for (const value of ['/og/index.png', 'og.png', 'data:image/png;base64,AA', 'mailto:a@b.c', ''])
      expect(isAbsoluteHttpUrl(value), value).toBe(false);
  });
});

describe('preview image paths', () => {
  it('maps each page path to one PNG under /og/', () => {
    expect(previewImagePath('/')).toBe('/og/index.png');
    expect(previewImagePath('/reports/blackburn/')).toBe('/og/reports/blackburn.png');
    expect(previewImagePath('/404.html')).toBe('/og/404.png');
    expect(previewImagePath('/404/')).toBe('/og/404.png');
    expect(() => previewImagePath('/../etc/')).toThrow();
  });

  it('never maps two different page paths to one image', () => {
    const segment = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 3 }), (a, b) => {
        const pathA = a.length ? `/${a.join('/')}/` : '/';
        const pathB = b.length ? `/${b.join('/')}/` : '/';
        // "/index/" and "/" are the one collision by construction; no page is called "index".
        fc.pre(![...a, ...b].includes('index'));
        return pathA === pathB || previewImagePath(pathA) !== previewImagePath(pathB);
      }),
    );
  });
});

describe('preview meta tags', () => {
  const tags = previewMetaTags({
    siteName: 'Site',
    ogLocale: 'en_GB',
    title: 'A title',
    description: 'A description',
    url: 'https://example.org/x/',
    imageUrl: 'https://example.org/og/x.png',
    imageAlt: 'Alt',
    type: 'article',
  });
  const get = (key: string) => tags.find((t) => t.key === key)?.content;

  it('carries Open Graph and a large Twitter card with the image size', () => {
    expect(get('og:type')).toBe('article');
    expect(get('twitter:card')).toBe('summary_large_image');
    expect(get('og:image:width')).toBe(String(PREVIEW_IMAGE.width));
    expect(get('og:image:height')).toBe(String(PREVIEW_IMAGE.height));
    expect(tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attribute === 'property')).toBe(true);
    expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attribute === 'name')).toBe(true);
  });

  it('leaves og:url out when a page has no canonical URL', () => {
    const without = previewMetaTags({
      siteName: 'S',
      ogLocale: 'en_GB',
      title: 'T',
      description: 'D',
      imageUrl: 'https://e.org/og/404.png',
      imageAlt: 'A',
      type: 'website',
    });
    expect(without.some((t) => t.key === 'og:url')).toBe(false);
    for (const key of URL_META_KEYS.filter((k) => k !== 'og:url'))
      expect(
        without.some((t) => t.key === key),
        key,
      ).toBe(true);
  });
});

describe('JSON-LD for report summaries', () => {
  it.each(content.reports.map((r) => [r.id, r.data] as const))(
    '%s: a NewsArticle with only what the report states',
    (slug, report) => {
      const article = newsArticleNode(report);
      expect(article['headline']).toBe(report.headline);
      expect('author' in article).toBe(report.author !== null);
      expect('datePublished' in article).toBe(report.published !== null);
      expect('publisher' in article).toBe(report.outlet !== null);
      expect('url' in article).toBe(report.url !== null);
      if (report.author !== null) expect(article['author']).toEqual({ '@type': 'Person', name: report.author });
      if (report.published !== null) expect(article['datePublished']).toBe(report.published);
      if (report.outlet !== null)
        expect(article['publisher']).toEqual({ '@type': 'Organization', name: report.outlet });
      expect(JSON.stringify(article)).not.toContain('not stated');
      expect(JSON.stringify(article)).not.toContain('null');

      const page = pageFor(`/reports/${slug}/`);
      const graph = reportPageJsonLd(page, SITE, report)['@graph'];
      const webPage = graph.find((n) => n['@type'] === 'WebPage')!;
      const newsArticle = graph.find((n) => n['@type'] === 'NewsArticle')!;
      // Our page is about the report; the report's byline is not attributed to our summary.
      expect(webPage['about']).toEqual({ '@id': newsArticle['@id'] });
      expect(webPage['url']).toBe(page.url);
      expect('author' in webPage).toBe(false);
    },
  );

  it('has reports both with and without each optional field, so the checks above test both ways', () => {
    for (const field of ['author', 'published', 'outlet', 'url'] as const) {
      expect(
        content.reports.some((r) => r.data[field] === null),
        `${field} not stated somewhere`,
      ).toBe(true);
      expect(
        content.reports.some((r) => r.data[field] !== null),
        `${field} stated somewhere`,
      ).toBe(true);
    }
  });
});

describe('JSON-LD for figure and other pages', () => {
  const reports = content.reports.map((r) => r.data);

  it.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))(
    '%s page names its figure type and is based on every report',
    (_name, figure) => {
      const graph = figurePageJsonLd(pageFor(figure.fullPagePath), SITE, figure, reports)['@graph'];
      const main = graph.find((n) => n['@type'] === figure.schemaType)!;
      expect(main).toBeDefined();
      expect(main['isBasedOn']).toHaveLength(reports.length);
      if (figure.schemaType === 'Dataset') {
        expect(main['name']).toBe(figure.title);
        expect(graph.find((n) => n['@type'] === 'WebPage')!['mainEntity']).toEqual({ '@id': main['@id'] });
      }
    },
  );

  it('describes other pages as a WebPage of the WebSite with its preview image', () => {
    const page = pageFor('/sources/');
    const [website, webPage] = pageJsonLd(page, SITE)['@graph'];
    expect(website!['@type']).toBe('WebSite');
    expect(webPage!['isPartOf']).toEqual({ '@id': website!['@id'] });
    expect(webPage!['primaryImageOfPage']).toMatchObject({ url: page.imageUrl, width: 1200, height: 630 });
  });

  it('serialises so that no string in the data can close the script element', () => {
    const json = serializeJsonLd({ headline: 'Evil </script><script>alert(1)</script>' });
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual({ headline: 'Evil </script><script>alert(1)</script>' });
  });
});

describe('share links', () => {
  const page = { url: 'https://example.org/reports/a-b/?x=1&y=2', title: 'North Korea’s “troops” & more' };
  const links = shareLinks(page);

  it('puts the exact page URL into every link and loads nothing until followed', () => {
    expect(links.map((l) => l.id)).toEqual(
      expect.arrayContaining(['email', 'x', 'facebook', 'linkedin', 'bluesky', 'whatsapp', 'reddit']),
    );
    for (const link of links) {
      const url = new URL(link.href);
      const values = [...url.searchParams.values()];
      expect(
        values.some((v) => v.includes(page.url)),
        link.id,
      ).toBe(true);
      if (link.id === 'email') expect(url.protocol).toBe('mailto:');
      else expect(url.protocol, link.id).toBe('https:');
    }
  });

  it('encodes the title so it survives intact', () => {
    const mail = new URL(links.find((l) => l.id === 'email')!.href);
    expect(mail.searchParams.get('subject')).toBe(page.title);
  });
});

describe('RSS items', () => {
  const cards = content.reports.map(toReportCard);
  const items = reportFeedItems(cards);

  it('lists every report once, newest first, undated last, linking to our summary', () => {
    expect(items.map((i) => i.link).sort()).toEqual(cards.map((c) => `/reports/${c.slug}/`).sort());
    const dates = items.map((i) => cards.find((c) => i.link.includes(`/${c.slug}/`))!.published);
    const dated = dates.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
  });

  it('says when a date or outlet is not stated instead of inventing one', () => {
    for (const card of cards) {
      const item = items.find((i) => i.link === `/reports/${card.slug}/`)!;
      expect(item.title).toBe(card.headline);
      expect(item.description).toContain(card.published === null ? 'date not stated' : card.published.slice(0, 4));
      expect(item.description).toContain(card.outlet ?? 'an outlet not stated');
    }
  });
});

describe('reading a built page head', () => {
  it('reads preview tags, canonical, robots and JSON-LD, decoding entities', () => {
    const html = `<!doctype html><html><head><title>A &amp; B</title>
      <link rel="canonical" href="https://example.org/x/">
      <meta name="robots" content="noindex">
      <meta property="og:title" content="North Korea&#39;s &quot;troops&quot;">
      <meta name="twitter:card" content="summary_large_image">
      <script type="application/ld+json">${serializeJsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: '</script>' }] })}</script>
      </head><body><meta property="og:title" content="not in head"></body></html>`;
    const head = readPageHead(html);
    expect(head.title).toBe('A & B');
    expect(head.canonical).toBe('https://example.org/x/');
    expect(head.noindex).toBe(true);
    expect(head.meta['og:title']).toBe('North Korea\'s "troops"');
    expect(head.meta['twitter:card']).toBe('summary_large_image');
    expect(head.jsonLd).toEqual([{ '@type': 'WebPage', name: '</script>' }]);
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#x2019;&#8217;&lt;&gt;&amp;&unknown;')).toBe('’’<>&&unknown;');
  });
});

describe('preview alt text', () => {
  it('writes alt text that names the headline and says when the outlet is unknown', () => {
    expect(reportPreviewAlt({ headline: 'H', outlet: null, author: null })).toContain('outlet not stated');
    expect(reportPreviewAlt({ headline: 'H', outlet: 'Korea Bizwire', author: null })).toContain('Korea Bizwire');
  });
});

describe('binary helpers for preview images', () => {
  it('reads a PNG size from its header and refuses other files', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="37" height="11"/>').render().asPng();
    expect(pngSize(png)).toEqual({ width: 37, height: 11 });
    expect(() => pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>........'))).toThrow(/PNG/);
  });

  it('unpacks Inter WOFF into an sfnt font with every table intact', async () => {
    const { readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const woffPath = createRequire(import.meta.url).resolve('@fontsource/inter/files/inter-latin-400-normal.woff');
    const woff = readFileSync(woffPath);
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    const numTables = view.getUint16(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    expect(view.getUint32(0)).toBe(woff.readUInt32BE(4));
    const tags = Array.from({ length: numTables }, (_, i) =>
      String.fromCharCode(...sfnt.subarray(12 + i * 16, 16 + i * 16)),
    );
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'name']));
    const headIndex = tags.indexOf('head');
    const headOffset = view.getUint32(12 + headIndex * 16 + 8);
    // The head table's magic number sits at byte 12 of the table.
    expect(view.getUint32(headOffset + 12)).toBe(0x5f0f3cf5);
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
  });
});
