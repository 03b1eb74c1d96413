import { describe, expect, it } from 'vitest';
import { validateContent, proseWordCount, citedIds } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { TODAY, validContent } from './fixtures.ts';

const validate = (content = validContent()) => validateContent(content, { today: TODAY });
const messages = (content: ReturnType<typeof validContent>) => validate(content).problems.map(formatProblem);

/** Applies `mutate` to the data of the first entry of a collection, returns the problems' lines. */
function problemsAfter(collection: keyof ReturnType<typeof validContent>, mutate: (data: any) => void) {
  const content = validContent();
  mutate(content[collection]![0]!.data);
  return messages(content);
}

describe('validateContent: the valid fixture', () => {
  it('has no problems and returns typed, normalised entries', () => {
    const { problems, content } = validate();
    expect(problems).toEqual([]);
    expect(content.events[0]!.data.date).toEqual({ iso: '2024-10-18', precision: 'day', start: '2024-10-18', end: '2024-10-18' });
    expect(content.reports[0]!.data.claims).toHaveLength(1);
  });
});

describe('validateContent: each rule fails with file, field path and reason', () => {
  it('rejects a count written with a thousands separator, naming the value', () => {
    expect(problemsAfter('estimates', (d) => (d.count = '1.500'))).toEqual([
      'content/estimates/nis-1500.yaml: count: expected a positive whole number, got "1.500"',
    ]);
  });

  it.each([0, -3, 2.5])('rejects the non-positive or fractional count %s', (count) => {
    const [line] = problemsAfter('estimates', (d) => (d.count = count));
    expect(line).toBe(`content/estimates/nis-1500.yaml: count: expected a positive whole number, got ${count}`);
  });

  it('rejects an unknown report id in sources', () => {
    expect(problemsAfter('events', (d) => (d.sources[0].report = 'no-such-report'))).toEqual([
      'content/events/nis-disclosure.yaml: sources[0].report: unknown report "no-such-report" (no content/reports/no-such-report.mdx)',
    ]);
  });

  it('rejects an unknown place id', () => {
    expect(problemsAfter('events', (d) => (d.places = ['vladivostok', 'atlantis']))).toEqual([
      'content/events/nis-disclosure.yaml: places[1]: unknown place "atlantis" (no content/places/atlantis.yaml)',
    ]);
  });

  it('rejects duplicate ids across .yaml and .yml files', () => {
    const content = validContent();
    content.places.push({ ...content.places[0]!, file: 'content/places/vladivostok.yml' });
    expect(messages(content)).toContain(
      'content/places/vladivostok.yml: duplicate id "vladivostok": content/places/vladivostok.yaml already uses it',
    );
  });

  it.each([
    ['2021-12-31', 'before 2022'],
    ['2026-01-02', 'after today'],
  ])('rejects the date %s (%s)', (date) => {
    const [line] = problemsAfter('events', (d) => (d.date = date));
    expect(line).toMatch(/^content\/events\/nis-disclosure\.yaml: date: date .* must fall between 2022-01-01 and today$/);
  });

  it('rejects impossible calendar dates and reversed ranges', () => {
    expect(problemsAfter('events', (d) => (d.date = '2024-02-30'))[0]).toContain('date: "2024-02-30" is not a real calendar date');
    expect(problemsAfter('events', (d) => (d.date = '2024-11-01/2024-10-28'))[0]).toContain('must end after it starts');
  });

  it('requires an inference note for a date range', () => {
    const lines = problemsAfter('events', (d) => {
      d.date = '2024-10-28/2024-11-01';
      delete d.dateInferred;
    });
    expect(lines).toEqual([
      'content/events/nis-disclosure.yaml: dateInferred: the range 2024-10-28/2024-11-01 was inferred from vague wording: say how',
    ]);
  });

  it('rejects an evidence snippet over 25 words', () => {
    const long = Array.from({ length: 26 }, () => 'troops').join(' ');
    expect(problemsAfter('places', (d) => (d.sources[0].evidence = long))).toEqual([
      'content/places/vladivostok.yaml: sources[0].evidence: an evidence snippet is at most 25 words; quote less',
    ]);
  });

  it('rejects a fact without sources', () => {
    expect(problemsAfter('estimates', (d) => (d.sources = []))).toEqual([
      'content/estimates/nis-1500.yaml: sources: needs at least one source',
    ]);
  });

  it('rejects a report without cited claims', () => {
    const content = validContent();
    (content.reports[0]!.data as any).claims = [];
    content.reports[0]!.body = content.reports[0]!.body.replace(/<Cite[^>]*>|<\/Cite>/g, '');
    expect(messages(content)).toContain('content/reports/report-a.mdx: claims: needs at least one cited claim: a report without sources fails');
  });

  it('rejects out-of-range coordinates', () => {
    expect(problemsAfter('places', (d) => (d.coordinates.lat = 91))).toEqual([
      'content/places/vladivostok.yaml: coordinates.lat: latitude must be between -90 and 90',
    ]);
  });

  it('rejects a missing required field and an unknown (misspelt) field', () => {
    const lines = problemsAfter('events', (d) => {
      d.titel = d.title;
      delete d.title;
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/events\/nis-disclosure\.yaml: title: required field is missing/),
        'content/events/nis-disclosure.yaml: titel: unknown field (misspelt, or not part of this kind of entry)',
      ]),
    );
  });

  it('rejects a category outside the taxonomy, listing the allowed ones', () => {
    expect(problemsAfter('events', (d) => (d.category = 'rumour'))[0]).toMatch(
      /^content\/events\/nis-disclosure\.yaml: category: expected one of: context, .*, got "rumour"$/,
    );
  });

  it('rejects a standfirst over 200 characters and too few key points', () => {
    const lines = problemsAfter('reports', (d) => {
      d.standfirst = 'x'.repeat(201);
      d.keyPoints = ['only one'];
    });
    expect(lines).toEqual([
      'content/reports/report-a.mdx: standfirst: the standfirst is at most 200 characters',
      'content/reports/report-a.mdx: keyPoints: needs at least 3 key points',
    ]);
  });

  it('accepts "not stated" but never an empty or made-up placeholder for unknown metadata', () => {
    expect(problemsAfter('reports', (d) => (d.url = 'not stated'))).toEqual([]);
    expect(problemsAfter('reports', (d) => (d.url = 'unknown'))[0]).toContain('url:');
  });

  it('checks citations in the body against the declared claims, and the body length', () => {
    const content = validContent();
    content.reports[0]!.body = '<Cite id="ghost">x</Cite> too short';
    expect(messages(content)).toEqual([
      'content/reports/report-a.mdx: body: <Cite id="ghost"> names no claim in claims',
      'content/reports/report-a.mdx: claims[0]: claim "nis-1500" is never cited in the body',
      'content/reports/report-a.mdx: body: the summary is 3 words; it must be 300 to 700 words',
    ]);
  });

  it('lists every problem at once, across files', () => {
    const content = validContent();
    (content.estimates[0]!.data as any).count = -1;
    (content.events[0]!.data as any).places = ['nowhere'];
    (content.places[0]!.data as any).kind = 'village';
    content.reports.push({ file: 'content/reports/broken.mdx', id: 'broken', data: undefined, body: '', parseError: 'not valid YAML: bad' });
    const lines = messages(content);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.split(':')[0])).toEqual(
      expect.arrayContaining([
        'content/estimates/nis-1500.yaml',
        'content/events/nis-disclosure.yaml',
        'content/places/vladivostok.yaml',
        'content/reports/broken.mdx',
      ]),
    );
  });
});

describe('body helpers', () => {
  it('counts prose words without tags, imports or markdown punctuation', () => {
    expect(proseWordCount('import X from "y";\n## Two words\n<Cite id="a">three more words</Cite> **bold**')).toBe(6);
  });
  it('finds cited ids with either quote style', () => {
    expect(citedIds(`<Cite id="a">x</Cite> <Cite id='b'>y</Cite>`)).toEqual(['a', 'b']);
  });
});
