/**
 * The editorial guards (src/lib/content/editorial-checks.ts, validate-references.ts): each rule
 * on a fixture that breaks it, with the exact problem line an author sees. The real content held
 * to the review's findings is in tests/content/editorial-guards.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEstimateDate,
  checkEstimateWording,
  checkFigures,
  figuresIn,
  qualifierForWords,
} from '../../src/lib/content/editorial-checks.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readingOrder } from '../../src/lib/data/citations.ts';
import { TODAY, validContent } from './fixtures.ts';

const lines = (problems: { file: string; path: string; message: string }[]) => problems.map(formatProblem);

describe('qualifier against the report’s own words', () => {
  it('reads the hedge in front of the number', () => {
    expect(qualifierForWords('more than 10,000')).toBe('more-than');
    expect(qualifierForWords('over 10,000')).toBe('more-than');
    expect(qualifierForWords('at least 10,000')).toBe('at-least');
    expect(qualifierForWords('about 12,000')).toBe('about');
    expect(qualifierForWords('up to 5,000')).toBe('up-to');
    expect(qualifierForWords('1,500')).toBe('exact');
    expect(qualifierForWords('a few thousand')).toBeUndefined();
  });

  const estimate = {
    file: 'content/estimates/south-korea-10000.yaml',
    count: 10000,
    asStated: 'more than 10,000',
    qualifier: 'more-than' as const,
    sources: [{ evidence: 'South Korea said more than 10,000 North Korean troops are in Russia' }],
  };

  it('accepts words, count and qualifier that agree', () => {
    expect(checkEstimateWording(estimate)).toEqual([]);
  });

  it('fails "at least" for "more than" (the review’s B2)', () => {
    expect(lines(checkEstimateWording({ ...estimate, qualifier: 'at-least' }))).toEqual([
      'content/estimates/south-korea-10000.yaml: qualifier: qualifier "at-least" contradicts the report\'s words "more than 10,000", which read as "more-than"',
    ]);
  });

  it('fails words that are not in the evidence, and a count that is not their number', () => {
    expect(
      lines(checkEstimateWording({ ...estimate, asStated: 'at least 10,000', qualifier: 'at-least', count: 1000 })),
    ).toEqual([
      'content/estimates/south-korea-10000.yaml: asStated: "at least 10,000" does not occur in the evidence; copy the report\'s own words for the figure',
      'content/estimates/south-korea-10000.yaml: count: count 1000 is not the number in asStated "at least 10,000"',
    ]);
  });
});

describe('an estimate’s date comes from its own report', () => {
  const reports = [
    {
      slug: 'asia-business-daily',
      outlet: 'The Asia Business Daily (English edition)',
      author: 'Choi Jun-young',
      published: '2024-10-22',
    },
    { slug: 'blackburn', outlet: null, author: 'Alex Blackburn', published: '2024-11-06' },
    { slug: 'news-net', outlet: '뉴스.net', author: null, published: null },
  ];

  it('fails a note that borrows another report’s date (the review’s A2)', () => {
    const e = {
      file: 'content/estimates/nis-1500-blackburn.yaml',
      asOf: { iso: '2024-10-18' },
      asOfKind: 'stated' as const,
      asOfInferred: 'The Asia Business Daily column (22 October 2024) gives only the 18th. Blackburn gives no date.',
      report: 'blackburn',
    };
    expect(lines(checkEstimateDate(e, reports))).toEqual([
      'content/estimates/nis-1500-blackburn.yaml: asOfInferred: the date rests on another report ("Asia Business Daily", asia-business-daily); an estimate\'s date comes from its own report (blackburn) only',
    ]);
  });

  it('fails an as-reported date that is not the report’s publication date, or a report without one', () => {
    const base = { file: 'content/estimates/x.yaml', asOfKind: 'as-reported' as const, asOfInferred: undefined };
    expect(lines(checkEstimateDate({ ...base, asOf: { iso: '2024-10-18' }, report: 'blackburn' }, reports))).toEqual([
      'content/estimates/x.yaml: asOf: as-reported date 2024-10-18 is not the publication date of "blackburn" (2024-11-06)',
    ]);
    expect(lines(checkEstimateDate({ ...base, asOf: { iso: '2024-10-18' }, report: 'news-net' }, reports))).toEqual([
      'content/estimates/x.yaml: asOfKind: "as-reported" needs a report with a publication date; "news-net" has none',
    ]);
    expect(checkEstimateDate({ ...base, asOf: { iso: '2024-11-06' }, report: 'blackburn' }, reports)).toEqual([]);
  });
});

describe('a figure in our prose must be in the evidence it rests on', () => {
  it('finds figures but not dates, years, ordinals or tokens', () => {
    expect(
      figuresIn('On 18 October 2024 the NIS said 1,500; by Nov 5 more than 10,000 (the 17th; {events} events).'),
    ).toEqual(['1500', '10000']);
  });

  it('fails a figure no evidence carries (the review’s A1: “3,000 in training or bound for the front”)', () => {
    expect(
      lines(
        checkFigures(
          'content/copy/overview.yaml',
          'sentences[1].text',
          '1,500 already in Russia, 3,000 in training or bound for the front',
          ['1,500 North Korean troops had already moved to Russia'],
        ),
      ),
    ).toEqual([
      'content/copy/overview.yaml: sentences[1].text: the figure 3000 appears in none of the evidence this text rests on; cite the report that gives it, or drop it',
    ]);
  });
});

describe('conflicts and copy: every reference checked, every problem listed at once', () => {
  const raw = () => {
    const content = validContent();
    return {
      ...content,
      conflicts: [
        {
          file: 'content/conflicts/c.yaml',
          id: 'c',
          body: '',
          data: {
            title: 'Two counts',
            kind: 'different-counts',
            sides: [
              { label: 'One', estimates: ['nis-1500'] },
              { label: 'Two', estimates: ['no-such-estimate'], events: ['no-such-event'] },
              { label: 'Three', sources: [{ report: 'no-such-report', evidence: 'words' }] },
            ],
            note: 'They differ: 1,500 against 9,999.',
          },
        },
      ],
    };
  };

  it('lists unknown estimates, events and reports, a snippet side without a claimant, and an unsupported figure', () => {
    const { problems } = validateContent(raw(), { today: TODAY });
    expect(lines(problems)).toEqual([
      'content/conflicts/c.yaml: sides[2].claimant: a side made only of report snippets must name its claimant (or say "not attributed")',
    ]);
    const fixed = raw();
    (fixed.conflicts[0]!.data.sides[2] as { claimant?: string }).claimant = 'not attributed';
    expect(lines(validateContent(fixed, { today: TODAY }).problems)).toEqual([
      'content/conflicts/c.yaml: sides[1].events[0]: unknown event "no-such-event" (no content/events/no-such-event.yaml)',
      'content/conflicts/c.yaml: sides[1].estimates[0]: unknown estimate "no-such-estimate" (no content/estimates/no-such-estimate.yaml)',
      'content/conflicts/c.yaml: sides[2].sources[0].report: unknown report "no-such-report" (no content/reports/no-such-report.mdx)',
      'content/conflicts/c.yaml: note: the figure 9999 appears in none of the evidence this text rests on; cite the report that gives it, or drop it',
    ]);
  });

  it('checks copy files: unknown ids, unknown tokens, missing files and unknown files', () => {
    const content = validContent();
    const problems = validateContent(
      {
        ...content,
        copy: [
          {
            file: 'content/copy/sources.yaml',
            id: 'sources',
            body: '',
            data: {
              conflicts: [{ text: '{nonsense} claims', estimates: ['nope'] }],
              leftOut: { text: 'Nothing.' },
              glossary: [
                {
                  id: 'term-x',
                  term: 'X',
                  explanation: {
                    text: 'What it is.',
                    sources: [{ report: 'report-a', evidence: 'troops had already moved to Russia' }],
                  },
                },
              ],
            },
          },
          { file: 'content/copy/extra.yaml', id: 'extra', body: '', data: {} },
        ],
      },
      { today: TODAY },
    ).problems;
    expect(lines(problems)).toEqual([
      'content/copy/extra.yaml: no page uses copy "extra"; expected one of: overview, troops, map, sources',
      'content/copy/overview.yaml: missing: the site needs this copy file',
      'content/copy/troops.yaml: missing: the site needs this copy file',
      'content/copy/map.yaml: missing: the site needs this copy file',
      'content/copy/sources.yaml: conflicts[0].estimates[0]: unknown estimate "nope" (no content/estimates/nope.yaml)',
      'content/copy/sources.yaml: conflicts[0].text: unknown token {nonsense}; expected one of: {events}, {estimates}, {claimants}, {conflicts}, {places}, {reports}',
    ]);
  });

  it('fails an estimate with two reports’ sources: each report’s version is its own record', () => {
    const content = validContent();
    (content.estimates[0]!.data as { sources: unknown[] }).sources.push({ report: 'report-a', evidence: 'another' });
    expect(lines(validateContent(content, { today: TODAY }).problems)).toContain(
      'content/estimates/nis-1500.yaml: sources: an estimate is one report’s claim: give exactly one source, and put another report’s version in its own file with the same `claim` key',
    );
  });
});

describe('citations in reading order', () => {
  it('numbers claims by their first <Cite> in the body, uncited ones last', () => {
    const claims = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    const body =
      'x <Cite id="c">one</Cite> y <Cite id="a">two</Cite> <Cite id="c">again</Cite> <Cite id="b">three</Cite>';
    expect(readingOrder(claims, body).map((c) => c.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
