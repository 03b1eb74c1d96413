/**
 * Property-based tests of the content schemas (fast-check): any valid entry is accepted; any entry
 * with one field made invalid, missing or misspelt is rejected with a problem naming that field; and
 * no input at all — BigInts, symbols, cyclic objects, odd dates — makes validation throw.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  correctionSchema,
  estimateSchema,
  eventSchema,
  placeSchema,
  reportSchema,
  siteSchema,
  MAX_SNIPPET_WORDS,
  SECTION_ROUTES,
  describeValue,
} from '../../src/lib/schemas/index.ts';
import { problemsFromZod, formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import {
  asOfKinds,
  claimantKinds,
  estimateQualifiers,
  estimateStatuses,
  eventCategories,
  placeKinds,
  placeRoles,
} from '../../src/lib/taxonomy.ts';
import { TODAY } from './fixtures.ts';

const options = { today: TODAY };
const RUNS = { numRuns: 150 };

// ---- valid values -------------------------------------------------------------------------
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const prose = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((s) => s.trim().length > 0 && s.trim().length <= maxLength);
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/);
const evidence = words(1, MAX_SNIPPET_WORDS);
const sources = fc.array(fc.record({ report: slug, evidence }), { minLength: 1, maxLength: 3 });
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const day = fc
  .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map(isoOf);
const dateSpec = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  fc
    .tuple(day, day)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? `${a}/${b}` : `${b}/${a}`)),
);
const keys = (o: object) => fc.constantFrom(...Object.keys(o));
const sentence = words(1, 10).map((s) => `${s}.`);
const description = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));

const validEvent = fc.record({
  date: dateSpec,
  dateInferred: prose(80),
  title: prose(120),
  description,
  category: keys(eventCategories),
  places: fc.array(slug, { maxLength: 3 }),
  sources,
});
const validEstimate = fc.record({
  asOf: dateSpec,
  asOfKind: keys(asOfKinds),
  asOfInferred: prose(80),
  count: fc.integer({ min: 1, max: 1_000_000 }),
  asStated: prose(30),
  qualifier: keys(estimateQualifiers),
  status: keys(estimateStatuses),
  claimant: fc.record({ name: prose(60), kind: keys(claimantKinds) }),
  via: prose(60),
  note: prose(80),
  // One estimate is one report's claim: exactly one source.
  sources: fc.array(fc.record({ report: slug, evidence }), { minLength: 1, maxLength: 1 }),
});
const validPlace = fc.record({
  name: prose(40),
  country: prose(40),
  coordinates: fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  kind: keys(placeKinds),
  role: keys(placeRoles),
  summary: prose(120),
  sources,
});
const validReport = fc.record({
  headline: prose(120),
  outlet: fc.oneof(fc.constant('not stated'), prose(40)),
  author: fc.oneof(fc.constant('not stated'), prose(40)),
  published: fc.oneof(fc.constant('not stated'), day),
  publishedNote: prose(80),
  url: fc.oneof(
    fc.constant('not stated'),
    fc.tuple(fc.constantFrom('http', 'https'), slug).map(([p, s]) => `${p}://example.org/${s}`),
  ),
  language: prose(20),
  sourceFile: fc.stringMatching(/^[\w.-]{1,12}\.txt$/),
  standfirst: prose(200),
  keyPoints: fc.array(prose(80), { minLength: 3, maxLength: 6 }),
  claims: fc.array(fc.record({ id: slug, evidence }), { minLength: 1, maxLength: 4 }),
});
const pageRef = fc.oneof(
  fc.constantFrom(...SECTION_ROUTES),
  slug.map((s) => `/reports/${s}/`),
  fc.tuple(fc.constantFrom('events', 'estimates', 'places'), slug).map(([c, s]) => `${c}/${s}`),
);
const validCorrection = fc.record(
  {
    date: day,
    title: prose(120),
    pages: fc.array(pageRef, { minLength: 1, maxLength: 4 }),
    wrong: prose(200),
    now: prose(200),
    reports: fc.array(slug, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['date', 'title', 'pages', 'wrong', 'now'] },
);
const validSite = fc.record(
  { published: day, added: fc.dictionary(fc.constantFrom(...SECTION_ROUTES), day, { maxKeys: 3 }) },
  { requiredKeys: ['published'] },
);

// ---- invalid values, per field ------------------------------------------------------------
const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.bigInt(),
  fc.object({ maxDepth: 1 }),
);
const badText = fc.oneof(notAString, fc.constantFrom('', ' ', '\n\t'));
const badEnum = (allowed: object) =>
  fc.oneof(
    notAString,
    fc.string().filter((s) => !Object.keys(allowed).includes(s)),
  );
const badDate = fc.oneof(
  notAString,
  fc.string().filter((s) => !/^\d{4}-\d{2}(?:-\d{2})?(?:\/\d{4}-\d{2}-\d{2})?$/.test(s)),
  fc.constantFrom(
    '2021-12-31',
    '2024-02-30',
    '2024-13',
    '2024-11-05/2024-11-01',
    '2999-01-01',
    '2024-10-18/2024-10-18',
  ),
);
const badSources = fc.oneof(
  notAString,
  fc.constant([]),
  fc.constant([{ report: 'Not A Slug', evidence: 'some words' }]),
  fc.constant([
    { report: 'report-a', evidence: Array.from({ length: MAX_SNIPPET_WORDS + 1 }, () => 'word').join(' ') },
  ]),
  fc.constant([{ report: 'report-a' }]),
);
const badCount = fc.oneof(
  fc.integer({ max: 0 }),
  fc.double({ noNaN: false }).filter((n) => !Number.isInteger(n) || n <= 0),
  fc.string(),
  fc.bigInt(),
  fc.constant(null),
);

type Case = {
  schema: { safeParse: (v: unknown, o?: object) => { success: boolean; error?: unknown } };
  valid: fc.Arbitrary<Record<string, unknown>>;
  invalid: Record<string, fc.Arbitrary<unknown>>;
  required: string[];
};
const cases: Record<string, Case> = {
  event: {
    schema: eventSchema(options),
    valid: validEvent,
    invalid: {
      date: badDate,
      dateInferred: badText,
      title: fc.oneof(
        badText,
        fc.string({ minLength: 121, maxLength: 200 }).filter((s) => s.trim().length > 120),
      ),
      description: fc.oneof(badText, fc.constant('One. Two. Three. Four.')),
      category: badEnum(eventCategories),
      places: fc.oneof(fc.integer(), fc.constant(['Not A Slug']), fc.constant('kursk')),
      sources: badSources,
    },
    required: ['date', 'title', 'description', 'category', 'sources'],
  },
  estimate: {
    schema: estimateSchema(options),
    valid: validEstimate,
    invalid: {
      asOf: badDate,
      count: badCount,
      asOfKind: badEnum(asOfKinds),
      asStated: badText,
      qualifier: badEnum(estimateQualifiers),
      status: badEnum(estimateStatuses),
      claimant: fc.oneof(
        notAString,
        fc.constant({ name: '', kind: 'government' }),
        fc.constant({ name: 'A', kind: 'alien' }),
      ),
      via: badText,
      note: badText,
      sources: fc.oneof(
        badSources,
        fc.constant([
          { report: 'a', evidence: 'one' },
          { report: 'b', evidence: 'two' },
        ]),
      ),
    },
    required: ['asOf', 'asOfKind', 'count', 'asStated', 'qualifier', 'status', 'claimant', 'sources'],
  },
  place: {
    schema: placeSchema(),
    valid: validPlace,
    invalid: {
      name: badText,
      country: badText,
      coordinates: fc.oneof(
        notAString,
        fc.record({ lat: fc.double({ min: 90, noNaN: true }).filter((n) => n > 90), lon: fc.constant(0) }),
        fc.record({ lat: fc.constant(0), lon: fc.double({ max: -180, noNaN: true }).filter((n) => n < -180) }),
        fc.constant({ lat: '43.1', lon: 131.9 }),
      ),
      kind: badEnum(placeKinds),
      role: badEnum(placeRoles),
      summary: badText,
      sources: badSources,
    },
    required: ['name', 'country', 'coordinates', 'kind', 'role', 'summary', 'sources'],
  },
  report: {
    schema: reportSchema(options),
    valid: validReport,
    invalid: {
      headline: badText,
      published: fc.oneof(badDate, fc.constant('Not stated')),
      url: fc.oneof(
        notAString,
        fc.constantFrom('ftp://example.org/x', 'example.org', 'javascript:alert(1)', 'Not stated'),
      ),
      sourceFile: fc.oneof(notAString, fc.constantFrom('report.pdf', 'a b.txt', '../x.txt')),
      standfirst: fc.oneof(
        badText,
        fc.string({ minLength: 201, maxLength: 260 }).filter((s) => s.trim().length > 200),
      ),
      keyPoints: fc.oneof(
        notAString,
        fc.array(prose(20), { maxLength: 2 }),
        fc.array(prose(20), { minLength: 7, maxLength: 9 }),
      ),
      claims: fc.oneof(notAString, fc.constant([]), fc.constant([{ id: 'Bad Id', evidence: 'words' }])),
    },
    required: [
      'headline',
      'outlet',
      'author',
      'published',
      'url',
      'language',
      'sourceFile',
      'standfirst',
      'keyPoints',
      'claims',
    ],
  },
  correction: {
    schema: correctionSchema(options),
    valid: validCorrection,
    invalid: {
      date: fc.oneof(badDate, fc.constantFrom('2024-10', '2024-10-18/2024-10-20')),
      title: badText,
      pages: fc.oneof(
        notAString,
        fc.constant([]),
        fc.constantFrom(['/nowhere/'], ['reports/x'], ['/reports/Not A Slug/'], ['/map']),
      ),
      wrong: badText,
      now: badText,
      reports: fc.oneof(notAString, fc.constant([]), fc.constant(['Not A Slug'])),
    },
    required: ['date', 'title', 'pages', 'wrong', 'now'],
  },
  site: {
    schema: siteSchema(options),
    valid: validSite,
    invalid: {
      published: fc.oneof(badDate, fc.constant('2024-10')),
      added: fc.oneof(fc.integer(), fc.constant('x'), fc.constant(null), fc.constant({ '/map/': 'soon' })),
    },
    required: ['published'],
  },
};

const problemsOf = (schema: Case['schema'], value: unknown): Problem[] | null => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? null : problemsFromZod('file.yaml', result.error as never);
};
const names = (problems: Problem[], field: string) =>
  problems.some((p) => p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`));

describe.each(Object.entries(cases))('%s schema (property-based)', (_kind, { schema, valid, invalid, required }) => {
  it('accepts every valid entry', () => {
    fc.assert(
      fc.property(valid, (entry) => {
        const problems = problemsOf(schema, entry);
        expect(problems?.map(formatProblem) ?? []).toEqual([]);
      }),
      RUNS,
    );
  });

  it('rejects an entry with one invalid field, naming that field', () => {
    const field = fc.constantFrom(...Object.keys(invalid));
    fc.assert(
      fc.property(
        valid,
        field.chain((f) => fc.tuple(fc.constant(f), invalid[f]!)),
        (entry, [f, bad]) => {
          const problems = problemsOf(schema, { ...entry, [f]: bad });
          expect(problems, `${f} = ${describeValue(bad)} is rejected`).not.toBeNull();
          expect(names(problems!, f), `a problem names ${f}: ${problems!.map(formatProblem).join('; ')}`).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('rejects an entry missing a required field, naming that field', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...required), (entry, f) => {
        const { [f]: _dropped, ...rest } = entry;
        const problems = problemsOf(schema, rest);
        expect(problems).not.toBeNull();
        expect(problems!.find((p) => p.path === f)?.message).toMatch(/required field is missing/);
      }),
      RUNS,
    );
  });

  it('rejects an unknown field, naming it', () => {
    const unknownKey = fc
      .stringMatching(/^[a-zA-Z]{1,12}$/)
      .filter(
        (k) =>
          !(k in invalid) &&
          !required.includes(k) &&
          ![
            'outlet',
            'author',
            'language',
            'publishedNote',
            'via',
            'note',
            'asOfInferred',
            'dateInferred',
            'key',
          ].includes(k) &&
          k !== '__proto__',
      );
    fc.assert(
      fc.property(valid, unknownKey, fc.anything(), (entry, key, value) => {
        const problems = problemsOf(schema, { ...entry, [key]: value });
        expect(problems?.some((p) => p.path === key && /unknown field/.test(p.message))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws, whatever it is given (BigInt, symbols, cyclic objects, odd dates)', () => {
    const cyclic = fc.constant(null).map(() => {
      const o: Record<string, unknown> = { title: 'x' };
      o.self = o;
      o.sources = [o];
      return o;
    });
    const odd = fc.oneof(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
      }),
      fc.constantFrom(Symbol('x'), () => 1, new Date(Number.NaN), Number.NaN, -0, Infinity),
      cyclic,
    );
    const field = fc.constantFrom(...Object.keys(invalid), ...required);
    fc.assert(
      fc.property(odd, valid, field, (value, entry, f) => {
        for (const input of [value, { ...entry, [f]: value }]) {
          const problems = problemsOf(schema, input);
          for (const p of problems ?? []) expect(typeof formatProblem(p)).toBe('string');
        }
      }),
      RUNS,
    );
  });
});

describe('describeValue', () => {
  it('describes any value without throwing', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    for (const v of [10n, Symbol('s'), () => 1, cyclic, undefined, 'x'.repeat(200)])
      expect(typeof describeValue(v)).toBe('string');
    expect(describeValue(10n)).toBe('10n');
    fc.assert(fc.property(fc.anything({ withBigInt: true }), (v) => typeof describeValue(v) === 'string'));
  });
});
