/**
 * Issue 15, sharing and images: the Hangul font in preview cards and figure images, Korean runs
 * marked lang="ko", report summaries' share titles and article times, section share titles, the
 * home card's alt, the credit lines of downloadable figures, and the SITE_URL check.
 */
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { cardContent, drawCard } from '../../scripts/postbuild/50-preview-images.ts';
import { interFontFiles, interWoffs } from '../../scripts/lib/inter-files.ts';
import { creditLines, hangulFontFiles } from '../../scripts/lib/standalone-figure.ts';
import { onCanvas } from '../../scripts/postbuild/40-social-images.ts';
import { hangulSliceFiles, parseUnicodeRange } from '../../src/lib/fonts/hangul.ts';
import { markKorean, unmarkedKorean } from '../../src/lib/format/korean.ts';
import { formatDay } from '../../src/lib/format/dates.ts';
import { previewMetaTags } from '../../src/lib/seo/meta.ts';
import {
  previewAlt,
  reportPreviewAlt,
  reportShareTitle,
  SECTION_SHARE_TITLES,
  shareTitle,
} from '../../src/lib/seo/share-text.ts';
import { reportPageJsonLd } from '../../src/lib/seo/json-ld.ts';
import { siteUrlCheck } from '../../src/lib/site-url.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { NAV_ITEMS } from '../../src/lib/nav.ts';

const content = loadContent(process.cwd());
const report = (slug: string) => content.reports.find((r) => r.id === slug)!.data;

describe('Hangul in images', () => {
  it('finds the Noto Sans KR slices that hold 뉴 and 스, and none for Latin text', () => {
    expect(parseUnicodeRange('U+ac00-ac0b,U+ac0d')).toEqual([
      [0xac00, 0xac0b],
      [0xac0d, 0xac0d],
    ]);
    expect(hangulSliceFiles('뉴스.net', 400).length).toBeGreaterThan(0);
    expect(hangulSliceFiles('Korea Bizwire', 400)).toEqual([]);
  });

  it('draws 뉴스.net on the report card: nothing left undrawn, the outlet line kept', async () => {
    const { svg, missing } = await drawCard(
      {
        kind: 'text',
        kicker: 'Report summary',
        title: 'A headline',
        subtitle: '뉴스.net · date not stated',
        siteName: 'Site',
      },
      interWoffs(),
      'test',
    );
    expect(missing).toEqual([]);
    const latinOnly = await drawCard(
      {
        kind: 'text',
        kicker: 'Report summary',
        title: 'A headline',
        subtitle: '.net · date not stated',
        siteName: 'Site',
      },
      interWoffs(),
      'test',
    );
    // The two Hangul glyphs add outline data the Latin-only card lacks.
    expect(svg.length).toBeGreaterThan(latinOnly.svg.length + 200);
  });

  it('resvg draws Hangul in figure SVG text once the slices are loaded (Inter alone draws empty boxes)', () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-family="Inter" font-size="24">${text}</text></svg>`;
    const draw = (text: string, fontFiles: string[]) =>
      Buffer.from(
        new Resvg(svg(text), {
          background: '#fff',
          font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter' },
        }).render().pixels,
      );
    const withFont = [...interFontFiles(), ...hangulFontFiles(svg('뉴스'))];
    // Two different syllables look different once drawn; as Inter's missing-glyph boxes they are identical.
    expect(draw('뉴스', interFontFiles()).equals(draw('스뉴', interFontFiles()))).toBe(true);
    expect(draw('뉴스', withFont).equals(draw('스뉴', withFont))).toBe(false);
  });

  it("names Blackburn on his card, and says in words that 뉴스.net's date is not stated", () => {
    const head = (slug: string) => ({
      title: 't',
      meta: {},
      noindex: false,
      jsonLd: reportPageJsonLd(
        {
          url: `https://example.org/reports/${slug}/`,
          title: 't',
          description: 'd',
          imageUrl: 'https://example.org/x.png',
        },
        { url: 'https://example.org', name: 'Site', description: 'd', inLanguage: 'en' },
        report(slug),
      )['@graph'] as Record<string, unknown>[],
    });
    const subtitle = (slug: string) => {
      const plan = cardContent(head(slug), `/reports/${slug}/`, '/nonexistent');
      return plan.content.kind === 'text' ? plan.content.subtitle : undefined;
    };
    expect(subtitle('blackburn')).toBe('Alex Blackburn (outlet not stated) · 6 November 2024');
    expect(subtitle('news-net')).toBe('뉴스.net · date not stated');
  });

  it('puts a figure on square and 4:5 canvases of exactly those sizes', () => {
    const figure =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 500"><rect width="800" height="500" fill="#00c853"/></svg>';
    for (const size of [
      { width: 1080, height: 1080 },
      { width: 1080, height: 1350 },
    ]) {
      const png = new Resvg(onCanvas(figure, size, '#ffffff')).render();
      expect([png.width, png.height]).toEqual([size.width, size.height]);
    }
  });
});

describe('Korean runs marked lang="ko"', () => {
  it('wraps each run, leaving the English punctuation around it outside', () => {
    expect(markKorean('<p>Ran on 뉴스.net, a site (국가 정보원 says).</p>')).toBe(
      '<p>Ran on <span lang="ko">뉴스.net</span>, a site (<span lang="ko">국가 정보원</span> says).</p>',
    );
  });

  it('uses tspan inside SVG, marks a whole <option>, and leaves scripts, titles, attributes and marked text alone', () => {
    expect(markKorean('<svg><text>뉴스</text></svg>')).toBe('<svg><text><tspan lang="ko">뉴스</tspan></text></svg>');
    expect(markKorean('<select><option value="n">뉴스.net (2)</option></select>')).toBe(
      '<select><option value="n" lang="ko">뉴스.net (2)</option></select>',
    );
    const untouched =
      '<title>뉴스</title><script type="application/ld+json">{"a":"뉴스"}</script><p title="뉴스" lang="ko">뉴스 <b>뉴스</b></p>';
    expect(markKorean(untouched)).toBe(untouched);
  });

  it('finds unmarked Korean text, and none once marked', () => {
    const html = '<main><p>From 뉴스.net</p><ul><li>뉴스</li></ul></main>';
    expect(unmarkedKorean(html)).toEqual(['From 뉴스.net', '뉴스']);
    expect(unmarkedKorean(markKorean(html))).toEqual([]);
  });
});

describe('share titles and article times', () => {
  it('marks a report page as our summary, with outlet (or byline) and date, unknowns in words', () => {
    expect(reportShareTitle(report('korea-bizwire'))).toMatch(
      /^Summary: .+ \(Korea Bizwire, \d{1,2} [A-Z][a-z]+ 2024\)$/,
    );
    expect(reportShareTitle(report('news-net'))).toMatch(/\(뉴스\.net, date not stated\)$/);
    expect(reportShareTitle(report('blackburn'))).toMatch(/\(Alex Blackburn \(outlet not stated\), 6 November 2024\)$/);
    expect(reportShareTitle({ headline: 'H', outlet: null, author: null, published: null })).toBe(
      'Summary: H (outlet not stated, date not stated)',
    );
    for (const r of content.reports)
      expect(shareTitle(`/reports/${r.id}/`, r.data.headline, r.data)).not.toBe(r.data.headline);
  });

  it('gives every section page a title that says more than its label', () => {
    for (const item of NAV_ITEMS.filter((i) => i.href !== '/')) {
      const title = shareTitle(item.href, item.label, undefined);
      expect(SECTION_SHARE_TITLES[item.href], item.href).toBeDefined();
      expect(title.length, item.href).toBeGreaterThan(item.label.length + 20);
    }
  });

  it('says the home card once in its alt, and names the byline when a report has no outlet', () => {
    const alt = previewAlt({
      overview: true,
      title: 'Site name',
      siteName: 'Site name',
      siteDescription: 'What it is.',
    });
    expect(alt.split('Site name').length - 1).toBe(1);
    expect(reportPreviewAlt({ headline: 'H', outlet: null, author: 'Alex Blackburn' })).toBe(
      '“H” — Alex Blackburn (outlet not stated). A report summary.',
    );
  });

  it('prints article:published_time and article:modified_time only for articles, and only when given', () => {
    const base = {
      siteName: 'S',
      ogLocale: 'en_GB',
      title: 'T',
      description: 'D',
      imageUrl: 'https://e.org/i.png',
      imageAlt: 'A',
    };
    const keys = (input: Parameters<typeof previewMetaTags>[0]) => previewMetaTags(input).map((t) => t.key);
    expect(keys({ ...base, type: 'article' })).not.toContain('article:published_time');
    const tags = previewMetaTags({ ...base, type: 'article', publishedTime: '2026-11-20', modifiedTime: '2026-12-01' });
    expect(tags).toContainEqual({ attribute: 'property', key: 'article:published_time', content: '2026-11-20' });
    expect(tags).toContainEqual({ attribute: 'property', key: 'article:modified_time', content: '2026-12-01' });
    expect(keys({ ...base, type: 'website', modifiedTime: '2026-12-01' })).not.toContain('article:modified_time');
  });
});

describe('credit lines of downloadable figures', () => {
  const r = (slug: string, shortName: string, published: string | null) => ({ slug, shortName, published });

  it('names every outlet once, gives the span of publication dates and the credit', () => {
    const lines = creditLines({
      reports: [
        r('a', 'Korea Bizwire', '2024-11-05'),
        r('b', '뉴스.net', null),
        r('a', 'Korea Bizwire', '2024-11-05'),
        r('c', 'topgab.com', '2024-10-25'),
      ],
      siteName: 'The site',
      pageUrl: 'https://example.org/map/',
      formatDay,
    });
    expect(lines).toEqual([
      'Reports: Korea Bizwire, topgab.com and 뉴스.net; published 25 October 2024 to 5 November 2024 (1 undated).',
      'Graphic: The site, example.org/map/',
    ]);
  });

  it('adds a last-updated date when given', () => {
    expect(
      creditLines({
        reports: [r('a', 'A', '2024-11-05')],
        siteName: 'S',
        pageUrl: 'https://e.org/',
        formatDay,
        updated: '2026-12-01',
      })[0],
    ).toBe('Reports: A; published 5 November 2024. Data last updated 1 December 2026.');
  });
});

describe('SITE_URL check', () => {
  it('warns on a local build without SITE_URL, fails a deploy build, and is quiet with it set', () => {
    expect(siteUrlCheck({}).level).toBe('warn');
    expect(siteUrlCheck({ NODE_ENV: 'production' }).level).toBe('error');
    expect(siteUrlCheck({ DEPLOY: '1' }).level).toBe('error');
    expect(siteUrlCheck({ SITE_URL: 'https://example.org', NODE_ENV: 'production' }).level).toBe('ok');
    const check = siteUrlCheck({});
    expect(check.level !== 'ok' && check.message).toMatch(/localhost/);
  });
});
