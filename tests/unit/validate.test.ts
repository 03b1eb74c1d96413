import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { checkBody } from '../../src/lib/content/mdx-body.ts';
import type { CollectionName } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { TODAY, validContent } from './fixtures.ts';

const validate = (content = validContent()) => validateContent(content, { today: TODAY });
const messages = (content: ReturnType<typeof validContent>) => validate(content).problems.map(formatProblem);

/** Applies `mutate` to the data of the first entry of a collection, returns the problems' lines. */
function problemsAfter(collection: CollectionName, mutate: (data: any) => void) {
  const content = validContent();
  mutate(content[collection]![0]!.data);
  return messages(content);
}

describe('validateContent: the valid fixture', () => {
  it('has no problems and returns typed, normalised entries', () => {
    const { problems, content } = validate();
    expect(problems).toEqual([]);
    expect(content.events[0]!.data.date).toEqual({
      iso: '2024-10-18',
      precision: 'day',
      start: '2024-10-18',
      end: '2024-10-18',
    });
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
    expect(line).toMatch(
      /^content\/events\/nis-disclosure\.yaml: date: date .* must fall between 2022-01-01 and today$/,
    );
  });

  it('rejects impossible calendar dates and reversed ranges', () => {
    expect(problemsAfter('events', (d) => (d.date = '2024-02-30'))[0]).toContain(
      'date: "2024-02-30" is not a real calendar date',
    );
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
    expect(messages(content)).toContain(
      'content/reports/report-a.mdx: claims: needs at least one cited claim: a report without sources fails',
    );
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
    content.reports.push({
      file: 'content/reports/broken.mdx',
      id: 'broken',
      data: undefined,
      body: '',
      parseError: 'not valid YAML: bad',
    });
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
  it('counts prose words from the parsed body: no tags or markdown punctuation', () => {
    expect(checkBody('## Two words\n\n<Cite id="a">three more words</Cite> **bold**').words).toBe(6);
  });
  it('finds cited ids with either quote style', () => {
    expect(checkBody(`<Cite id="a">x</Cite> <Cite id='b'>y</Cite>`).cited).toEqual(['a', 'b']);
  });
});

describe('validateContent: text and dates', () => {
  it('refuses a three-part date range (the junk once reached the CSV)', () => {
    expect(problemsAfter('events', (d) => (d.date = '2024-10-24/2024-10-30/junk'))).toEqual([
      'content/events/nis-disclosure.yaml: date: "2024-10-24/2024-10-30/junk" is not a range of two YYYY-MM-DD dates',
    ]);
  });

  it('prints NaN and Infinity as themselves, not as null', () => {
    expect(problemsAfter('places', (d) => (d.coordinates.lat = Number.NaN))).toEqual([
      'content/places/vladivostok.yaml: coordinates.lat: expected the latitude as a number of degrees, got NaN',
    ]);
    expect(problemsAfter('places', (d) => (d.coordinates.lon = -Infinity))).toEqual([
      'content/places/vladivostok.yaml: coordinates.lon: expected the longitude as a number of degrees, got -Infinity',
    ]);
  });

  it.each([
    ['\u0007', 'contains the control character U+0007; remove it'],
    ['\b\u0001', 'contains the control character U+0008; remove it'],
    ['\u0085', 'contains the control character U+0085; remove it'],
    ['\r', 'contains the control character U+000D; remove it'],
    ['\ufffd', 'contains U+FFFD, the replacement character left where text was lost to a wrong encoding; retype it'],
  ])('refuses %j in any text field, naming the field path', (character, reason) => {
    expect(problemsAfter('places', (d) => (d.sources[0].evidence = `Kursk${character}`))).toEqual([
      `content/places/vladivostok.yaml: sources[0].evidence: ${reason}`,
    ]);
  });

  it('keeps tabs and line breaks in text', () => {
    expect(
      problemsAfter('events', (d) => (d.description = 'South Korea said\ttroops had moved.\nIt gave a total.')),
    ).toEqual([]);
  });

  it('limits lists and text lengths, so a pasted list of ids fails with one message', () => {
    expect(problemsAfter('events', (d) => (d.places = Array.from({ length: 655_000 }, () => 'vladivostok')))).toEqual([
      'content/events/nis-disclosure.yaml: places: has more than 50 places; at most 50',
    ]);
    expect(problemsAfter('places', (d) => (d.summary = 'x'.repeat(1001)))).toEqual([
      'content/places/vladivostok.yaml: summary: the summary is at most 1000 characters',
    ]);
    expect(problemsAfter('places', (d) => (d.sources = Array.from({ length: 21 }, () => d.sources[0])))).toEqual([
      'content/places/vladivostok.yaml: sources: has more than 20 sources; at most 20',
    ]);
  });
});

describe('validateContent: report bodies are data', () => {
  const withBody = (extra: string) => {
    const content = validContent();
    content.reports[0]!.body += extra;
    content.reports[0]!.bodyLine = 20;
    return messages(content);
  };
  // The body fixture is three lines; `extra` starts on line 24 of the file (the body starts on 20).
  it.each([
    [
      "\nimport { writeFileSync } from 'node:fs';\n",
      'content/reports/report-a.mdx:24: import/export statements are not allowed in a report body',
    ],
    [
      '\nexport const leak = true;\n',
      'content/reports/report-a.mdx:24: import/export statements are not allowed in a report body',
    ],
    [
      '\nHOME={process.env.HOME}\n',
      'content/reports/report-a.mdx:24: {expressions} are not allowed in a report body (write the text itself; a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n{a + b}\n',
      'content/reports/report-a.mdx:24: {expressions} are not allowed in a report body (write the text itself; a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<meta http-equiv="refresh" content="5;url=https://evil.example/" />\n',
      'content/reports/report-a.mdx:24: <meta> is not allowed in a report body (a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<script>alert(document.domain)</script>\n',
      'content/reports/report-a.mdx:24: <script> is not allowed in a report body (a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<a href="javascript:alert(5)">js link</a>\n',
      'content/reports/report-a.mdx:24: <a> is not allowed in a report body (a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<img src="https://evil.example/pixel.gif" alt="" />\n',
      'content/reports/report-a.mdx:24: <img> is not allowed in a report body (a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<Chart />\n',
      'content/reports/report-a.mdx:24: <Chart> is not allowed in a report body (a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n[js](javascript:alert(document.cookie))\n',
      'content/reports/report-a.mdx:24: the link "javascript:alert(document.cookie)" is not allowed: links start with https://, http://, / or #',
    ],
    [
      '\n![pixel](https://evil.example/pixel.gif)\n',
      'content/reports/report-a.mdx:24: images are not allowed in a report body (they would load from another server)',
    ],
    [
      '\n<Cite id={claim}>x</Cite>\n',
      'content/reports/report-a.mdx:24: <Cite id> must be a literal string such as id="claim-id", not an {expression}',
    ],
    [
      '\n<Cite id="nis-1500" onClick="x">x</Cite>\n',
      'content/reports/report-a.mdx:24: <Cite> takes exactly one attribute, id="claim-id"',
    ],
    [
      '\n<Cite {...props}>x</Cite>\n',
      'content/reports/report-a.mdx:24: <Cite> takes exactly one attribute, id="claim-id"',
    ],
    [
      '\n<Cite id="nis-1500">{process.env.HOME}</Cite>\n',
      'content/reports/report-a.mdx:24: {expressions} are not allowed in a report body (write the text itself; a report body may contain only Markdown and <Cite id="claim-id">…</Cite>)',
    ],
    [
      '\n<div>unclosed {oops\n',
      'content/reports/report-a.mdx:24: not valid MDX: Expected a closing tag for `<div>` before the end of `paragraph` (mdx-jsx:unexpected-character)',
    ],
    ['\nA bell \u0007 here\n', 'content/reports/report-a.mdx:24: contains the control character U+0007; remove it'],
  ])('refuses %j with the file, the line and the reason', (extra, line) => {
    expect(withBody(extra)).toEqual([line]);
  });

  // Attack bodies and this one carry no digits: a digit in prose is a figure, which the figure guard weighs separately.
  it('accepts Markdown: headings, emphasis, lists, quotes, tables, code and web links', () => {
    expect(
      withBody(
        '\n> A *quote* and **bold**, `code`, ~~struck~~.\n\n- one\n- [two](https://example.com/) [three](/sources/) [four](#claims)\n\n| a | b |\n| - | - |\n| one | two |\n',
      ),
    ).toEqual([]);
  });
});
