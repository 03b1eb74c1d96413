/**
 * The page's language comes from the locale config, never from a literal: `<html lang>`,
 * og:locale, JSON-LD inLanguage and the feed's <language> all follow the page's locale record,
 * so the Korean edition is one record in src/lib/i18n/config.ts, not a hunt for 'en'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeConfig, type LocaleConfig } from '../../src/lib/i18n/config.ts';
import { pageData, type PageContext } from '../../src/lib/page-data.ts';
import { previewMetaTags } from '../../src/lib/seo/meta.ts';
import { getFigure } from '../../src/lib/embeds.ts';

/** A record for a locale the site does not have yet: every tag must follow it. */
const KOREAN: LocaleConfig = { lang: 'ko', ogLocale: 'ko_KR', inLanguage: 'ko', intl: 'ko-KR' };

const context = (path: string, language: LocaleConfig): PageContext => ({
  site: new URL('https://example.org'),
  path,
  history: { published: '2025-06-01', modified: '2025-06-01', corrections: [] },
  reports: [],
  locale: 'en',
  language,
});

/** Every inLanguage value anywhere in a JSON-LD graph (a report's NewsArticle keeps its own). */
const inLanguages = (data: unknown): unknown[] =>
  JSON.stringify(data)
    .match(/"inLanguage":"[^"]*"/g)!
    .map((m) => JSON.parse(`{${m}}`).inLanguage);

describe('the page language follows the locale record', () => {
  it('puts the record on the page data, and its inLanguage in every node of ours', () => {
    for (const language of [localeConfig('en'), KOREAN]) {
      const section = pageData({ kind: 'section', title: 'T', description: 'D' }, context('/timeline/', language));
      expect(section.language).toBe(language);
      expect(inLanguages(section.jsonLd)).toEqual([language.inLanguage, language.inLanguage]);
      const figure = getFigure('troops');
      const figurePage = pageData(
        { kind: 'figure', title: 'T', description: 'D', figure },
        context('/troops/', language),
      );
      // WebSite, WebPage and the Dataset: all three are ours.
      expect(inLanguages(figurePage.jsonLd)).toEqual(Array(3).fill(language.inLanguage));
    }
  });

  it('prints og:locale from the record', () => {
    const tags = (ogLocale: string) =>
      previewMetaTags({
        siteName: 'S',
        ogLocale,
        title: 'T',
        description: 'D',
        imageUrl: 'https://e.org/i.png',
        imageAlt: 'A',
        type: 'website',
      }).find((t) => t.key === 'og:locale')?.content;
    expect(tags(localeConfig('en').ogLocale)).toBe('en_GB');
    expect(tags(KOREAN.ogLocale)).toBe('ko_KR');
  });
});

describe('no hard-coded language', () => {
  const root = join(import.meta.dirname, '../..');
  const FILES = [
    'src/layouts/BaseLayout.astro',
    'src/layouts/EmbedLayout.astro',
    'src/components/seo/HeadMeta.astro',
    'src/lib/seo/meta.ts',
    'src/lib/seo/json-ld.ts',
    'src/lib/page-data.ts',
    'src/pages/rss.xml.ts',
  ];
  // lang="en", 'en', "en_GB", inLanguage: 'en', <language>en</language>: any of them come back, this fails.
  const LITERAL = /lang=["']en["']|["'`]en(?:[-_][A-Z]{2})?["'`]|<language>en</;
  // The one table allowed to name languages: the reports' own (a NewsArticle's inLanguage), not our pages'.
  const REPORT_LANGUAGES = /^const LANGUAGE_TAGS: /;

  it.each(FILES)('%s names no language itself', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text.split('\n').filter((line) => LITERAL.test(line) && !REPORT_LANGUAGES.test(line))).toEqual([]);
  });

  it('the scan catches what it looks for', () => {
    for (const line of ['<html lang="en">', "og('locale', 'en_GB')", "inLanguage: 'en',", '<language>en</language>'])
      expect(LITERAL.test(line), line).toBe(true);
  });
});
