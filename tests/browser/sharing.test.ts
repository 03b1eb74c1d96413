/**
 * Sharing, checked on the built site: every page's link-preview tags, images and JSON-LD; the
 * share controls with and without JavaScript; response headers for every built file; robots,
 * sitemap, RSS and the 404 page; and stable heading anchors. Expectations come from the content
 * files and the figure registry.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths, DIST, useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { pngSize } from '../../src/lib/seo/png.ts';
import { isAbsoluteHttpUrl, isReportPagePath } from '../support/urls.ts';
import { figureForPagePath } from '../../src/lib/embeds.ts';
import { parseHeadersFile } from '../../src/lib/headers-file.ts';
import { filesUnder, pagePathOf } from '../../scripts/lib/dist-files.ts';

const site = useSite();
const content = loadContent(process.cwd());
const pages = builtPagePaths();
const isEmbed = (path: string) => path.startsWith('/embed/');
const is404 = (path: string) => path === '/404.html';
const sitePages = pages.filter((p) => !isEmbed(p) && !is404(p));

interface Head {
  title: string;
  description: string | null;
  canonical: string | null;
  robots: string | null;
  meta: Record<string, string>;
  alternates: { type: string | null; href: string | null }[];
  jsonLd: string[];
}

/** The head as Chromium parses it: an independent reading of what the layouts print. */
async function readHeads(): Promise<Map<string, Head>> {
  const page = await site.newPage({ javaScriptEnabled: false });
  const heads = new Map<string, Head>();
  for (const path of pages) {
    await page.goto(site.origin + path);
    heads.set(
      path,
      await page.evaluate(() => {
        const attr = (selector: string, name: string) =>
          document.head.querySelector(selector)?.getAttribute(name) ?? null;
        const meta: Record<string, string> = {};
        for (const m of document.head.querySelectorAll('meta[property], meta[name]')) {
          meta[m.getAttribute('property') ?? m.getAttribute('name')!] = m.getAttribute('content') ?? '';
        }
        return {
          title: document.title,
          description: attr('meta[name="description"]', 'content'),
          canonical: attr('link[rel="canonical"]', 'href'),
          robots: attr('meta[name="robots"]', 'content'),
          meta,
          alternates: [...document.head.querySelectorAll('link[rel="alternate"]')].map((l) => ({
            type: l.getAttribute('type'),
            href: l.getAttribute('href'),
          })),
          jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        };
      }),
    );
  }
  await page.context().close();
  return heads;
}

let headsPromise: Promise<Map<string, Head>> | undefined;
const heads = () => (headsPromise ??= readHeads());
const nodesOf = (head: Head) =>
  head.jsonLd.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>;
    return (data['@graph'] as Record<string, unknown>[] | undefined) ?? [data];
  });

describe('link previews', () => {
  it('has pages to check, including every report summary', () => {
    for (const r of content.reports) expect(pages).toContain(`/reports/${r.id}/`);
    expect(pages).toContain('/404.html');
  });

  it.each(pages)('%s: complete preview tags, all URLs absolute on the site origin', async (path) => {
    const head = (await heads()).get(path)!;
    expect(head.title.length).toBeGreaterThan(5);
    expect(head.description?.length ?? 0).toBeGreaterThan(20);
    for (const key of [
      'og:title',
      'og:description',
      'og:type',
      'og:site_name',
      'og:image',
      'og:image:alt',
      'twitter:card',
      'twitter:image',
    ]) {
      expect(head.meta[key]?.length ?? 0, key).toBeGreaterThan(0);
    }
    expect(head.meta['twitter:card']).toBe('summary_large_image');
    expect(head.meta['twitter:image']).toBe(head.meta['og:image']);
    expect(head.meta['og:description']).toBe(head.description);

    const urls = [
      head.canonical,
      head.meta['og:url'],
      head.meta['og:image'],
      head.meta['twitter:image'],
      ...head.alternates.map((a) => a.href),
    ].filter((u): u is string => u !== null && u !== undefined);
    for (const url of urls) {
      expect(isAbsoluteHttpUrl(url), url).toBe(true);
      expect(new URL(url).origin, url).toBe(SITE_URL);
    }

    if (is404(path)) {
      expect(head.canonical).toBeNull();
      expect(head.meta['og:url']).toBeUndefined();
      expect(head.robots).toMatch(/noindex/);
    } else if (isEmbed(path)) {
      // An embed previews and indexes as its full page.
      expect(head.robots).toMatch(/noindex/);
      const full = head.canonical!;
      expect(new URL(full).pathname).not.toMatch(/^\/embed\//);
      expect(head.meta['og:url']).toBe(full);
    } else {
      expect(head.canonical).toBe(new URL(path, SITE_URL).href);
      expect(head.meta['og:url']).toBe(head.canonical);
      expect(head.robots).toBeNull();
    }
  });

  it.each(pages)('%s: its preview image exists in dist as a 1200×630 PNG', async (path) => {
    const head = (await heads()).get(path)!;
    const image = new URL(head.meta['og:image']!);
    const file = join(DIST, decodeURIComponent(image.pathname));
    expect(existsSync(file), file).toBe(true);
    const size = pngSize(readFileSync(file));
    expect(size).toEqual({ width: 1200, height: 630 });
    expect([head.meta['og:image:width'], head.meta['og:image:height']]).toEqual([
      String(size.width),
      String(size.height),
    ]);
    expect(head.meta['og:image:type']).toBe('image/png');
  });

  it('gives every indexable page its own description and its own image', async () => {
    const all = await heads();
    const descriptions = sitePages.map((p) => all.get(p)!.description);
    const images = sitePages.map((p) => all.get(p)!.meta['og:image']);
    expect(new Set(descriptions).size).toBe(sitePages.length);
    expect(new Set(images).size).toBe(sitePages.length);
  });
});

describe('structured data', () => {
  it.each(content.reports.map((r) => [r.id, r.data] as const))(
    '/reports/%s/: a NewsArticle with only what the report states',
    async (slug, report) => {
      const nodes = nodesOf((await heads()).get(`/reports/${slug}/`)!);
      const article = nodes.find((n) => n['@type'] === 'NewsArticle')!;
      expect(article['headline']).toBe(report.headline);
      expect((article['author'] as { name?: string } | undefined)?.name).toBe(report.author ?? undefined);
      expect(article['datePublished']).toBe(report.published ?? undefined);
      expect((article['publisher'] as { name?: string } | undefined)?.name).toBe(report.outlet ?? undefined);
      expect(article['url']).toBe(report.url ?? undefined);
      const webPage = nodes.find((n) => n['@type'] === 'WebPage')!;
      expect(webPage['about']).toEqual({ '@id': article['@id'] });
      expect(webPage['url']).toBe(new URL(`/reports/${slug}/`, SITE_URL).href);
    },
  );

  it.each(pages.filter((p) => !is404(p) && !isEmbed(p)))(
    '%s: valid JSON-LD describing this very page',
    async (path) => {
      const head = (await heads()).get(path)!;
      expect(head.jsonLd.length).toBe(1);
      const nodes = nodesOf(head);
      const webPage = nodes.find((n) => n['@type'] === 'WebPage')!;
      expect(webPage['url']).toBe(head.canonical);
      expect((webPage['primaryImageOfPage'] as { url: string }).url).toBe(head.meta['og:image']);
      const figure = figureForPagePath(path);
      if (figure) {
        expect(nodes.some((n) => n['@type'] === figure.schemaType)).toBe(true);
        expect(head.alternates).toContainEqual({
          type: 'application/json+oembed',
          href: new URL(`/oembed/${figure.name}.json`, SITE_URL).href,
        });
      } else {
        expect(head.alternates.some((a) => a.type === 'application/json+oembed')).toBe(false);
      }
      if (!isReportPagePath(path)) expect(nodes.some((n) => n['@type'] === 'NewsArticle')).toBe(false);
    },
  );
});

describe('share controls', () => {
  it.each(pages)(
    '%s: share panel with links that carry the canonical URL (none on embeds or the 404 page)',
    async (path) => {
      const page = await site.newPage({ javaScriptEnabled: false });
      await page.goto(site.origin + path);
      const controls = page.locator('share-controls');
      if (isEmbed(path) || is404(path)) {
        expect(await controls.count()).toBe(0);
        await page.context().close();
        return;
      }
      expect(await controls.count()).toBe(1);
      const canonical = new URL(path, SITE_URL).href;
      expect(await controls.getAttribute('data-url')).toBe(canonical);
      const links = await controls.locator('a[data-share-link]').evaluateAll((as) =>
        as.map((a) => ({
          id: a.getAttribute('data-share-link'),
          href: (a as HTMLAnchorElement).href,
          visible: a.getClientRects().length > 0,
        })),
      );
      expect(links.map((l) => l.id)).toEqual(
        expect.arrayContaining(['email', 'x', 'facebook', 'linkedin', 'bluesky', 'whatsapp', 'reddit']),
      );
      for (const link of links) {
        expect(link.visible, link.id!).toBe(true);
        expect(
          [...new URL(link.href).searchParams.values()].some((v) => v.includes(canonical)),
          link.id!,
        ).toBe(true);
      }
      // Without JavaScript the buttons that need it stay hidden.
      expect(await controls.locator('button:visible').count()).toBe(0);
      await page.context().close();
    },
  );

  it('copies the canonical link and announces it', async () => {
    const page = await site.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const path = `/reports/${content.reports[0]!.id}/`;
    await page.goto(site.origin + path);
    const copy = page.locator('share-controls [data-share-copy]');
    await copy.click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, SITE_URL).href);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('offers the system share sheet only where the browser has the Web Share API, passing title and URL', async () => {
    const without = await site.newPage();
    await without.goto(`${site.origin}/sources/`);
    const hasShare = await without.evaluate(() => typeof navigator.share === 'function');
    expect(await without.locator('[data-share-native]').isVisible()).toBe(hasShare);
    await without.context().close();

    // Chromium on Linux has no Web Share; give the page a recording one, as a phone browser would have.
    const page = await site.newPage();
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => Promise.resolve(void calls.push(data)),
        configurable: true,
      });
    });
    await page.goto(`${site.origin}/sources/`);
    const button = page.locator('[data-share-native]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toEqual([{ title: 'Sources and method', url: new URL('/sources/', SITE_URL).href }]);
    await page.context().close();
  });
});

describe('response headers', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const matches = (pattern: string, path: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
        .join('.*')}$`,
    ).test(path);

  /** Every built file as the URL a browser asks for. */
  const files = filesUnder(DIST)
    .filter((file) => file !== '_headers')
    .map(pagePathOf);

  const csp = (value: string | null) =>
    new Map(
      (value ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...rest]) => [name!, rest.join(' ')]),
    );

  it('never sets one header in two rules that match the same file (hosts merge such rules differently)', () => {
    for (const path of files) {
      const counts = new Map<string, number>();
      for (const rule of rules.filter((r) => matches(r.pattern, path))) {
        for (const name of Object.keys(rule.headers))
          counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
      }
      for (const [name, count] of counts) expect(count, `${path}: ${name}`).toBe(1);
    }
  });

  it.each(files)('%s', async (path) => {
    const response = await fetch(site.origin + path, { redirect: 'manual' });
    expect(response.status).toBe(200);
    const h = response.headers;
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(h.get('permissions-policy')).toMatch(/camera=\(\)/);
    const cache = h.get('cache-control') ?? '';
    expect(cache, 'every file has a caching rule').not.toBe('');

    const isHtml = (h.get('content-type') ?? '').startsWith('text/html');
    // Only files named by their content's hash may be cached for good: the build's assets, the map's sprite and data.
    if (/^\/(_astro|map-base|map-data)\//.test(path)) expect(cache).toBe('public, max-age=31536000, immutable');
    else expect(cache).not.toMatch(/immutable/);
    if (!isHtml) return;

    expect(Number(/max-age=(\d+)/.exec(cache)?.[1])).toBeLessThanOrEqual(600);
    const policy = csp(h.get('content-security-policy'));
    // Inline blocks the build wrote (critical CSS, the embed theme script) are allowed by hash only.
    for (const directive of ['script-src', 'style-src'])
      expect(policy.get(directive), directive).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/);
    for (const [directive, value] of Object.entries({
      'default-src': "'self'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'font-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
    })) {
      expect(policy.get(directive), directive).toBe(value);
    }
    if (isEmbed(path)) {
      expect(policy.get('frame-ancestors')).toBe('*');
      expect(h.get('x-frame-options')).toBeNull();
    } else {
      expect(policy.get('frame-ancestors')).toBe("'self'");
      expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
});

describe('robots, sitemap, feed and 404', () => {
  it('robots.txt allows crawling and names the sitemap by absolute URL', async () => {
    const text = await (await fetch(`${site.origin}/robots.txt`)).text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toBe(new URL('/sitemap-index.xml', SITE_URL).href);
    expect(existsSync(join(DIST, new URL(sitemap!).pathname))).toBe(true);
  });

  it('the sitemap lists every indexable page once, and not the 404 page or embeds', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, url]) => {
      const xml = readFileSync(join(DIST, new URL(url!).pathname), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    expect(locs.sort()).toEqual(sitePages.map((p) => new URL(p, SITE_URL).href).sort());
  });

  it('the RSS feed carries every report summary with absolute links to built pages', async () => {
    const page = await site.newPage();
    const xml = await (await fetch(`${site.origin}/rss.xml`)).text();
    const items = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('item')].map((i) => ({
        title: i.querySelector('title')?.textContent,
        link: i.querySelector('link')?.textContent,
        pubDate: i.querySelector('pubDate'),
      }));
    }, xml);
    expect(items).not.toBeNull();
    // Correction items are checked in corrections.test.ts.
    const reportItems = items!.filter((i) => !i.title?.startsWith('Correction: '));
    expect(reportItems.map((i) => i.title).sort()).toEqual(content.reports.map((r) => r.data.headline).sort());
    for (const item of items!) {
      expect(isAbsoluteHttpUrl(item.link!)).toBe(true);
      expect(existsSync(join(DIST, new URL(item.link!).pathname, 'index.html'))).toBe(true);
    }
    await page.context().close();
  });

  it('an unknown address gets a 404 that leads back to every section and report', async () => {
    const page = await site.newPage();
    const response = await page.goto(`${site.origin}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    for (const r of content.reports)
      expect(await page.locator(`main a[href="/reports/${r.id}/"]`).count(), r.id).toBe(1);
    for (const href of ['/', '/reports/', '/sources/'])
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('heading anchors', () => {
  /** GitHub's slug rule, as Astro applies it to Markdown headings. */
  const githubSlug = (text: string) =>
    text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');

  it.each(pages.filter((p) => !isEmbed(p)))('%s: every heading has a unique id', async (path) => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    const headings = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent ?? '' })));
    const allIds = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    for (const h of headings) expect(h.id, `"${h.text.trim()}" has no id`).not.toBe('');
    expect(new Set(allIds).size).toBe(allIds.length);
    await page.context().close();
  });

  it.each(content.reports.map((r) => r.id))(
    '/reports/%s/: summary headings are anchored by their text, so ids survive rebuilds',
    async (slug) => {
      const mdx = readFileSync(join('content', 'reports', `${slug}.mdx`), 'utf8');
      const expected = [...mdx.matchAll(/^##+ (.+)$/gm)].map((m) => githubSlug(m[1]!));
      const page = await site.newPage({ javaScriptEnabled: false });
      await page.goto(`${site.origin}/reports/${slug}/`);
      const ids = await page
        .locator('.summary h2, .summary h3')
        .evaluateAll((hs) => hs.map((h) => h.id).filter((id) => id !== 'summary'));
      expect(ids).toEqual(expected);
      await page.context().close();
    },
  );
});

describe('share titles and cards (issue 15)', () => {
  const reportPages = content.reports.map((r) => [`/reports/${r.id}/`, r.data] as const);

  it.each(reportPages)(
    '%s: shares as our summary, with outlet (or byline) and date in words, as an article',
    async (path, report) => {
      const head = (await heads()).get(path)!;
      const title = head.meta['og:title']!;
      expect(title).toMatch(/^Summary: /);
      expect(title).toContain(report.headline);
      expect(title).toContain(report.outlet ?? 'outlet not stated');
      if (report.outlet === null && report.author !== null) expect(title).toContain(report.author);
      expect(title).toMatch(report.published === null ? /date not stated\)$/ : /\d{4}\)$/);
      expect(head.meta['twitter:title']).toBe(title);
      expect(head.meta['og:type']).toBe('article');
      // Our summary's own dates: never the original report's publication date.
      if (head.meta['article:published_time']) expect(head.meta['article:published_time']).not.toBe(report.published);
    },
  );

  it.each(sitePages.filter((p) => p !== '/' && !isReportPagePath(p)))(
    '%s: shares with a title that says what the page holds',
    async (path) => {
      const head = (await heads()).get(path)!;
      const label = head.title.split(' · ')[0]!;
      expect(head.meta['og:title']!.length).toBeGreaterThan(label.length + 20);
      expect(head.meta['og:type']).toBe('website');
    },
  );

  it('the home card does not repeat its title', async () => {
    const head = (await heads()).get('/')!;
    const title = head.meta['og:title']!;
    const count = (s: string) => s.split(title).length - 1;
    expect(count(head.meta['og:image:alt']!)).toBeLessThanOrEqual(1);
    expect(count(head.meta['og:description']!)).toBe(0);
  });

  it.each(sitePages)('%s: links the PNG favicon and apple-touch-icon', async (path) => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    const icons = await page.evaluate(() =>
      [...document.head.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"]')].map((l) =>
        `${l.getAttribute('rel')} ${l.getAttribute('sizes') ?? ''}`.trim(),
      ),
    );
    expect(icons).toEqual(expect.arrayContaining(['icon', 'icon 32x32', 'apple-touch-icon 180x180']));
    await page.context().close();
  });
});

describe('Korean text (issue 15)', () => {
  const koreanPages = pages.filter((p) =>
    /[\uac00-\ud7af]/.test(readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8')),
  );

  it('has pages with Korean text', () => expect(koreanPages.length).toBeGreaterThan(0));

  it.each(koreanPages)(
    '%s: every text with Hangul is inside lang="ko" and does not break between syllables',
    async (path) => {
      const page = await site.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      await page.goto(site.origin + path);
      const bad = await page.evaluate(() => {
        const problems: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!/[\uac00-\ud7af]/.test(node.textContent ?? '')) continue;
          const el = node.parentElement!;
          // A <textarea> holds code to copy (the Embed control's static fallback), raw text that markKorean leaves alone too.
          if (el.closest('script, style, template, textarea')) continue;
          // An SVG <title> is a tooltip and accessible name that may hold no elements, so a run inside it cannot be marked.
          if (el instanceof SVGTitleElement) continue;
          if (!el.closest('[lang="ko"]')) problems.push(`no lang="ko": ${node.textContent!.trim().slice(0, 50)}`);
          else if (!(el instanceof SVGElement) && getComputedStyle(el).wordBreak !== 'keep-all')
            problems.push(`word-break ${getComputedStyle(el).wordBreak}: ${node.textContent!.trim()}`);
        }
        return problems;
      });
      expect(bad).toEqual([]);
      await page.context().close();
    },
  );
});
