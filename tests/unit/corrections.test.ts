/**
 * The corrections log: its schema and cross-references (problems name file, field path and reason),
 * each page's published and last-changed dates, the links from the log to what changed, the feed
 * items and the JSON-LD dates.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parsePageRef, SECTION_ROUTES } from '../../src/lib/schemas/index.ts';
import {
  CORRECTIONS_PATH,
  newestFirst,
  normalisePath,
  pageHistory,
  pagesOfRef,
  type LoggedCorrection,
} from '../../src/lib/data/last-modified.ts';
import { refLink } from '../../src/lib/data/correction-links.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { correctionFeedItems } from '../../src/lib/seo/feed.ts';
import { pageJsonLd, reportPageJsonLd, type PageInfo } from '../../src/lib/seo/json-ld.ts';
import { TODAY, validContent } from './fixtures.ts';

const CORRECTION = 'content/corrections/misdated-figure.yaml';
const SITE_FILE = 'content/site.yaml';

function problemsAfter(mutate: (content: ReturnType<typeof validContent>) => void) {
  const content = validContent();
  mutate(content);
  return validateContent(content, { today: TODAY }).problems.map(formatProblem);
}
const correctionData = (content: ReturnType<typeof validContent>) => content.corrections[0]!.data as any;
const siteData = (content: ReturnType<typeof validContent>) => content.site[0]!.data as any;

describe('corrections: schema and cross-references', () => {
  it('accepts the valid fixture and returns the log and the site dates', () => {
    const { problems, content } = validateContent(validContent(), { today: TODAY });
    expect(problems).toEqual([]);
    expect(content.corrections.map((c) => c.id)).toEqual(['misdated-figure']);
    expect(content.site[0]!.data).toEqual({ published: '2025-06-01', added: { '/corrections/': '2025-07-01' } });
  });

  it('rejects a page reference of none of the three forms, listing them', () => {
    const [line] = problemsAfter((c) => (correctionData(c).pages = ['/timeline/', 'timeline']));
    expect(line).toMatch(
      /^content\/corrections\/misdated-figure\.yaml: pages\[1\]: expected a section route \(\/, \/timeline\/.*\), a report page "\/reports\/<slug>\/", or an entry "<events\|estimates\|places>\/<id>", got "timeline"$/,
    );
  });

  it('rejects a report page, an entry or a source report that does not exist', () => {
    expect(
      problemsAfter((c) => {
        correctionData(c).pages = [
          '/reports/no-such-report/',
          'events/no-such-event',
          'estimates/nis-1500',
          'places/atlantis',
        ];
        correctionData(c).reports = ['report-a', 'ghost'];
      }),
    ).toEqual([
      `${CORRECTION}: pages[0]: unknown report "no-such-report" (no content/reports/no-such-report.mdx)`,
      `${CORRECTION}: pages[1]: unknown event "no-such-event" (no content/events/no-such-event.yaml)`,
      `${CORRECTION}: pages[3]: unknown place "atlantis" (no content/places/atlantis.yaml)`,
      `${CORRECTION}: reports[1]: unknown report "ghost" (no content/reports/ghost.mdx)`,
    ]);
  });

  it('needs at least one page, a title, and what was wrong and what it says now', () => {
    const lines = problemsAfter((c) => {
      const d = correctionData(c);
      d.pages = [];
      delete d.title;
      d.wrong = '  ';
      d.now = 'Fixed.';
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        `${CORRECTION}: pages: needs at least one page the correction changed`,
        expect.stringMatching(/^content\/corrections\/misdated-figure\.yaml: title: required field is missing/),
        `${CORRECTION}: wrong: what the page said must not be empty`,
      ]),
    );
    expect(lines).toHaveLength(3);
  });

  it('rejects an unknown field, an empty reports list and an impossible or future date', () => {
    expect(problemsAfter((c) => (correctionData(c).page = ['/'])).at(0)).toBe(
      `${CORRECTION}: page: unknown field (misspelt, or not part of this kind of entry)`,
    );
    expect(problemsAfter((c) => (correctionData(c).reports = []))).toEqual([
      `${CORRECTION}: reports: leave reports out rather than empty`,
    ]);
    expect(problemsAfter((c) => (correctionData(c).date = '2025-02-30'))).toEqual([
      `${CORRECTION}: date: expected a real calendar date as YYYY-MM-DD`,
    ]);
    expect(problemsAfter((c) => (correctionData(c).date = '2026-01-02'))).toEqual([
      `${CORRECTION}: date: date must fall between 2022-01-01 and today`,
    ]);
  });

  it('rejects a correction dated before the site was published', () => {
    expect(problemsAfter((c) => (correctionData(c).date = '2025-05-31'))).toEqual([
      `${CORRECTION}: date: 2025-05-31 is before the site was first published (2025-06-01, in site.yaml)`,
    ]);
  });

  it('requires site.yaml, with a publication date', () => {
    expect(problemsAfter((c) => (c.site = []))).toEqual([
      `${SITE_FILE}: missing file: it gives the site’s first publication date (published), which every page’s “Last updated” line needs`,
    ]);
    expect(problemsAfter((c) => delete siteData(c).published)[0]).toMatch(
      /^content\/site\.yaml: published: required field is missing/,
    );
  });

  it('checks the routes and dates of pages added after the site was published', () => {
    expect(
      problemsAfter(
        (c) =>
          (siteData(c).added = { '/nowhere/': '2025-07-01', '/reports/ghost/': '2025-07-01', '/map/': '2025-05-01' }),
      ),
    ).toEqual([
      `${SITE_FILE}: added./nowhere/: expected a section route or "/reports/<slug>/", got "/nowhere/"`,
      `${SITE_FILE}: added./reports/ghost/: unknown report "ghost" (no content/reports/ghost.mdx)`,
      `${SITE_FILE}: added./map/: 2025-05-01 is before the site was first published (2025-06-01)`,
    ]);
  });

  it('reads the three forms of page reference', () => {
    expect(parsePageRef('/troops/')).toEqual({ kind: 'section', route: '/troops/' });
    expect(parsePageRef('/reports/korea-bizwire/')).toEqual({ kind: 'report', slug: 'korea-bizwire' });
    expect(parsePageRef('estimates/nis-1500')).toEqual({ kind: 'entry', collection: 'estimates', id: 'nis-1500' });
    for (const bad of ['/troops', '/reports', '/reports/A/', 'reports/x', 'estimates/', '/corrections/#x'])
      expect(parsePageRef(bad), bad).toBeUndefined();
    expect(SECTION_ROUTES).toContain('/corrections/');
  });
});

describe('last-modified: each page’s dates come from site.yaml and the corrections that name it', () => {
  const site = { published: '2025-06-01', added: { '/corrections/': '2025-07-01' } };
  const sources = {
    'nis-1500': ['report-a', 'report-b'],
    'nis-disclosure': ['report-a'],
    vladivostok: ['report-b'],
  } as Record<string, string[]>;
  const sourcesOf = (_collection: string, id: string) => sources[id] ?? [];
  const log: LoggedCorrection[] = [
    { id: 'b-older', date: '2025-08-01', title: 'Older', pages: ['/map/', '/reports/report-c/'] },
    { id: 'a-newer', date: '2025-09-01', title: 'Newer', pages: ['estimates/nis-1500'] },
    { id: 'c-place', date: '2025-10-01', title: 'Place', pages: ['places/vladivostok'] },
  ];

  it('a page no correction names was last changed when it was published', () => {
    expect(pageHistory('/sources/', site, log, sourcesOf)).toEqual({
      published: '2025-06-01',
      modified: '2025-06-01',
      corrections: [],
    });
    expect(pageHistory('/corrections/', site, [], sourcesOf).published).toBe('2025-07-01');
  });

  it('a named page was last changed by its latest correction, and lists them newest first', () => {
    const map = pageHistory('/map/', site, log, sourcesOf);
    expect(map.modified).toBe('2025-10-01');
    expect(map.corrections.map((c) => c.id)).toEqual(['c-place', 'b-older']);
    expect(pageHistory('/reports/report-c/', site, log, sourcesOf).modified).toBe('2025-08-01');
  });

  it('an entry changes the pages that show it, report pages included, places excepted', () => {
    expect(pagesOfRef('estimates/nis-1500', sourcesOf)).toEqual([
      '/',
      '/troops/',
      '/reports/report-a/',
      '/reports/report-b/',
    ]);
    expect(pagesOfRef('events/nis-disclosure', sourcesOf)).toEqual(['/timeline/', '/reports/report-a/']);
    expect(pagesOfRef('places/vladivostok', sourcesOf)).toEqual(['/map/']);
    expect(pageHistory('/reports/report-b/', site, log, sourcesOf).modified).toBe('2025-09-01');
    expect(pageHistory('/', site, log, sourcesOf).corrections.map((c) => c.id)).toEqual(['a-newer']);
  });

  it('the log’s own page changes with every correction, but notes only those that name it', () => {
    const history = pageHistory(CORRECTIONS_PATH, site, log, sourcesOf);
    expect(history).toEqual({ published: '2025-07-01', modified: '2025-10-01', corrections: [] });
  });

  it('never dates a change before the page was published', () => {
    const early = [{ id: 'x', date: '2025-06-15', title: 'Early', pages: ['/corrections/'] }];
    expect(pageHistory('/corrections/', site, early, sourcesOf).modified).toBe('2025-07-01');
  });

  it('reads paths as Astro gives them', () => {
    expect(['/map/', '/map', '/404.html', '/'].map(normalisePath)).toEqual(['/map/', '/map/', '/404.html', '/']);
    expect(pageHistory('/map', site, log, sourcesOf).modified).toBe('2025-10-01');
  });

  it('orders the log newest first, same-day entries by id', () => {
    const same = [
      { id: 'b', date: '2025-01-01' },
      { id: 'a', date: '2025-01-01' },
      { id: 'c', date: '2025-02-01' },
    ];
    expect(newestFirst(same).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('links from the log to what changed', () => {
  const raw = validContent();
  const model = buildModel(validateContent(raw, { today: TODAY }).content);

  it('links sections, report pages and each entry’s own anchor, with a label a reader recognises', () => {
    expect(refLink('/timeline/', model)).toEqual({ href: '/timeline/', label: 'Timeline' });
    expect(refLink('/corrections/', model)).toEqual({ href: '/corrections/', label: 'Corrections' });
    expect(refLink('/reports/report-a/', model)).toEqual({
      href: '/reports/report-a/',
      label: 'Report summary: A headline',
    });
    expect(refLink('events/nis-disclosure', model)).toEqual({
      href: '/timeline/#nis-disclosure',
      label: 'Timeline: Intelligence service discloses the deployment',
    });
    expect(refLink('estimates/nis-1500', model)).toEqual({
      href: '/troops/#estimate-nis-1500',
      label: 'Troop counts: 1,500, claimed by NIS',
    });
    expect(refLink('places/vladivostok', model)).toEqual({
      href: '/map/#place-vladivostok',
      label: 'Map: Vladivostok',
    });
    expect(refLink('events/ghost', model)).toBeUndefined();
  });
});

describe('feed items for corrections', () => {
  const items = correctionFeedItems([
    {
      id: 'older',
      date: '2025-08-01',
      title: 'A date was wrong',
      wrong: 'It said 19 October.',
      now: 'It says 18 October.',
    },
    { id: 'newer', date: '2025-09-01', title: 'A figure was wrong', wrong: 'It said 1,000.', now: 'It says 1,500.' },
  ]);

  it('titles each "Correction: …", links its anchor on /corrections/ and dates it the day it was made', () => {
    expect(items).toEqual([
      {
        title: 'Correction: A figure was wrong',
        link: '/corrections/#newer',
        pubDate: new Date('2025-09-01T00:00:00Z'),
        description: 'What the site said: It said 1,000. What it says now: It says 1,500.',
      },
      expect.objectContaining({
        title: 'Correction: A date was wrong',
        link: '/corrections/#older',
        pubDate: new Date('2025-08-01T00:00:00Z'),
      }),
    ]);
  });
});

describe('JSON-LD dates', () => {
  const SITE = { url: 'https://example.org', name: 'Site', description: 'About.', inLanguage: 'en' };
  const page: PageInfo = {
    url: 'https://example.org/map/',
    title: 'T',
    description: 'D',
    imageUrl: 'https://example.org/og/map.png',
  };
  const webPage = (graph: { '@graph': Record<string, unknown>[] }) =>
    graph['@graph'].find((n) => n['@type'] === 'WebPage')!;

  it('gives our page its published and modified dates, apart from the report’s own date', () => {
    const dated = { ...page, datePublished: '2025-06-01', dateModified: '2025-09-01' };
    expect(webPage(pageJsonLd(dated, SITE))).toMatchObject({ datePublished: '2025-06-01', dateModified: '2025-09-01' });
    const report = {
      headline: 'H',
      outlet: 'O',
      author: null,
      published: '2024-10-22',
      url: null,
      language: 'English',
    };
    const graph = reportPageJsonLd(dated, SITE, report);
    expect(webPage(graph).dateModified).toBe('2025-09-01');
    expect(graph['@graph'].find((n) => n['@type'] === 'NewsArticle')).toMatchObject({ datePublished: '2024-10-22' });
    expect(graph['@graph'].find((n) => n['@type'] === 'NewsArticle')).not.toHaveProperty('dateModified');
  });

  it('states no date it was not given', () => {
    expect(webPage(pageJsonLd(page, SITE))).not.toHaveProperty('dateModified');
    expect(webPage(pageJsonLd(page, SITE))).not.toHaveProperty('datePublished');
  });
});
