import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/schemas/report.ts';
import { estimateSchema } from '../../src/lib/schemas/estimate.ts';
import { toReportCard } from '../../src/lib/data/model.ts';
import { formatPublished, outletInSentence, shortName, sourceName } from '../../src/lib/format/reports.ts';
import { pageData, type PageContext } from '../../src/lib/page-data.ts';
import { getFigure } from '../../src/lib/embeds.ts';
import { localeConfig } from '../../src/lib/i18n/config.ts';
import { EXPORT_COLUMNS } from '../../src/lib/data/estimates-export.ts';
import { claimantKinds, estimateQualifiers } from '../../src/lib/taxonomy.ts';
import { CARD_TOKENS, cardColours, previewCard } from '../../src/lib/seo/preview-card.ts';
import { lightTokens, siteLightTokens } from '../../scripts/lib/standalone-figure.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TODAY, validEstimate, validReport } from './fixtures.ts';

const report = (overrides: Record<string, unknown> = {}) =>
  reportSchema({ today: TODAY }).parse({ ...validReport(), ...overrides });

describe('"not stated" is null in the schema output', () => {
  it('turns every "not stated" report field into null, and keeps stated values', () => {
    const unknown = report({ outlet: 'not stated', author: 'not stated', published: 'not stated', url: 'not stated' });
    expect([unknown.outlet, unknown.author, unknown.published, unknown.url]).toEqual([null, null, null, null]);
    const known = report({ outlet: 'Korea Bizwire', author: 'A. Writer', url: 'https://example.org/a' });
    expect([known.outlet, known.author, known.url]).toEqual(['Korea Bizwire', 'A. Writer', 'https://example.org/a']);
  });

  it('makes an estimate’s via null when it is "not stated" or left out', () => {
    const schema = estimateSchema({ today: TODAY });
    expect(schema.parse({ ...validEstimate(), via: 'not stated' }).via).toBeNull();
    const { via: _omitted, ...withoutVia } = validEstimate();
    expect(schema.parse(withoutVia).via).toBeNull();
    expect(schema.parse({ ...validEstimate(), via: 'Kyiv Independent' }).via).toBe('Kyiv Independent');
  });
});

describe('the reader’s wording for unknowns (format/reports.ts)', () => {
  it('names a source by its outlet, else its byline marked as such, else says so', () => {
    expect(sourceName({ outlet: 'Korea Bizwire', author: 'X' })).toBe('Korea Bizwire');
    // An outlet's own spelling is kept, never capitalised (a card once printed "Topgab.com").
    expect(sourceName({ outlet: 'topgab.com', author: null })).toBe('topgab.com');
    expect(sourceName({ outlet: null, author: 'Alex Blackburn' })).toBe('Alex Blackburn (outlet not stated)');
    expect(sourceName({ outlet: null, author: null })).toBe('outlet not stated');
    expect(outletInSentence(null)).toBe('an outlet not stated');
    expect(formatPublished(null)).toBe('date not stated');
    expect(formatPublished('2024-10-22')).toBe('22 October 2024');
  });

  it('gives citations a short name the report itself prints', () => {
    expect(shortName({ outlet: null, author: 'Alex Blackburn', headline: 'H' })).toBe('Alex Blackburn');
    expect(shortName({ outlet: null, author: null, headline: 'H' })).toBe('H');
  });
});

describe('one report record', () => {
  it('carries the language and the claims, so no page goes back to the collection for them', () => {
    const card = toReportCard({ id: 'report-a', data: report() });
    expect(card.language).toBe('English');
    expect(card.claims).toEqual(validReport().claims);
    expect(card.shortName).toBe(validReport().outlet);
  });
});

describe('page data', () => {
  const card = toReportCard({ id: 'report-a', data: report({ outlet: 'not stated', url: 'not stated' }) });
  const context = (path: string): PageContext => ({
    site: new URL('https://example.org'),
    path,
    history: { published: '2025-06-01', modified: '2025-06-01', corrections: [] },
    reports: [card],
    locale: 'en',
    language: localeConfig('en'),
  });

  it('makes a report page an article about the report, with only what the report states', () => {
    const page = pageData(
      { kind: 'report', title: card.headline, description: card.standfirst, report: card },
      context('/reports/report-a/'),
    );
    expect(page.type).toBe('article');
    expect(page.report).toBe(card);
    expect(page.documentTitle).toMatch(/ · /);
    expect(page.previewTitle).toMatch(/^Summary: /);
    const json = JSON.stringify(page.jsonLd);
    expect(json).toContain('NewsArticle');
    expect(json).not.toContain('not stated');
    expect(json).not.toContain('"url":null');
  });

  it('takes a figure page’s figure from the page, not from its URL', () => {
    const figure = getFigure('troops');
    const page = pageData({ kind: 'figure', title: 'T', description: 'D', figure }, context('/elsewhere/'));
    expect(page.figure).toBe(figure);
    expect(JSON.stringify(page.jsonLd)).toContain(figure.schemaType);
  });

  it('keeps the 404 page and embeds out of the index, an embed canonical to its full page', () => {
    const missing = pageData({ kind: 'not-found', title: 'Page not found', description: 'D' }, context('/404/'));
    expect([missing.noindex, missing.canonicalUrl, missing.jsonLd]).toEqual([true, undefined, undefined]);
    const figure = getFigure('map');
    const embed = pageData({ kind: 'embed', title: 'Map', description: 'D', figure }, context('/embed/map/'));
    expect(embed.noindex).toBe(true);
    expect(embed.canonicalUrl).toBe(`https://example.org${figure.fullPagePath}`);
    expect(embed.imageUrl).toContain('/map');
    expect(embed.previewTitle).toBe('Map');
  });

  it('titles the overview with the site name alone', () => {
    const page = pageData({ kind: 'overview', title: 'Site', description: 'D' }, context('/'));
    expect(page.documentTitle).not.toMatch(/ · /);
  });
});

describe('generated from one source', () => {
  it('lists the allowed qualifiers and claimant kinds in the export columns from the taxonomy', () => {
    for (const key of Object.keys(estimateQualifiers)) expect(EXPORT_COLUMNS.qualifier).toContain(key);
    for (const key of Object.keys(claimantKinds)) expect(EXPORT_COLUMNS.claimant_kind).toContain(key);
    expect(EXPORT_COLUMNS.claimant_kind).toBe('government, intelligence, official, media or unattributed');
  });

  it('draws preview cards in global.css’s light-theme colours', () => {
    const css = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');
    const colours = cardColours(siteLightTokens(process.cwd()));
    // Read again with an independent pattern, so a drift between card and stylesheet fails here.
    for (const token of CARD_TOKENS) {
      const declared = new RegExp(`--${token}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(css)?.[1];
      expect(colours[token], token).toBe(declared);
    }
    const card = JSON.stringify(previewCard({ kind: 'text', kicker: 'K', title: 'T', siteName: 'S' }, colours));
    expect(card).toContain(colours.bg);
    expect(card).toContain(colours.accent);
    expect(() => cardColours(lightTokens(':root { --bg: #fff; }'))).toThrow(/--fg/);
  });
});
