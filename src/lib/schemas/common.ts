import { z } from 'zod';
import { NOT_STATED } from '../taxonomy.ts';
import { SLUG, SLUG_MAX } from '../content/limits.ts';

/** Earliest date any content may carry: the war this story belongs to began in 2022. */
export const EARLIEST_DATE = '2022-01-01';
export const MAX_SNIPPET_WORDS = 25;

/** Options that make the schemas deterministic in tests (no dependence on the clock). */
export interface SchemaOptions {
  /** The last date content may carry, as YYYY-MM-DD. Defaults to today (UTC). */
  today?: string;
}

/**
 * A value as an error message quotes it: JSON where JSON can say it, and never an exception —
 * content parsers and tests may hand the schemas BigInts, symbols, functions or cyclic objects,
 * all of which make JSON.stringify throw or return undefined.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return 'a function';
  // JSON would print NaN and Infinity (YAML's .nan and .inf) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(typeof value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Array.isArray(value)
      ? 'a list that contains itself or an unprintable value'
      : 'an object that contains itself or an unprintable value';
  }
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Lower-case kebab-case id, as used in file names and URLs (the same pattern as content file names). */
export const slug = z
  .string({ error: 'expected an id in lower-case-with-dashes' })
  .max(SLUG_MAX, `an id is at most ${SLUG_MAX} characters`)
  .regex(SLUG, 'expected lower-case letters, digits and single dashes');

/** Longest prose field: a paragraph. Fields that are shorter by nature set their own maximum. */
export const TEXT_MAX = 1_000;

/** Non-empty trimmed prose, at most `max` characters. */
export const text = (what: string, max: number = TEXT_MAX) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is at most ${max} characters`);

/** A list of at most `max` items, so a pasted list of 655,000 ids fails with one clear message. */
export const list = <T extends z.ZodType>(item: T, what: string, max: number) =>
  z.array(item, { error: `expected a list of ${what}` }).max(max, `has more than ${max} ${what}; at most ${max}`);

/**
 * The literal "not stated", which content writes whenever a report does not give a value (authors
 * say so explicitly, never leave a gap). The schema's output is `null` (Starlight's `.transform`
 * pattern), so TypeScript makes every consumer handle the unknown, and the reader's wording for it
 * lives in one module (src/lib/format/reports.ts).
 */
export const notStated = z.literal(NOT_STATED).transform(() => null);

/** A value, or "not stated" (output `null`); the value's own schema keeps its own messages. */
export const orNotStated = <T extends z.ZodType>(value: T) => z.union([notStated, value]);

/** YAML front matter parsers disagree on bare dates: some give Date objects. Accept both. */
const asIsoString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

const isRealDay = (iso: string) => {
  const m = DAY.exec(iso);
  if (!m) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
};

const lastDayOfMonth = (yyyyMm: string) => {
  const [y, m] = yyyyMm.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** A calendar day YYYY-MM-DD between 2022-01-01 and today. */
export const isoDay = (options: SchemaOptions = {}) =>
  z.preprocess(
    asIsoString,
    z
      .string({ error: 'expected a date as YYYY-MM-DD' })
      .refine(isRealDay, { message: 'expected a real calendar date as YYYY-MM-DD' })
      .refine((d) => d >= EARLIEST_DATE && d <= (options.today ?? todayIso()), {
        message: `date must fall between ${EARLIEST_DATE} and today`,
      }),
  );

export type DatePrecision = 'day' | 'month' | 'range';

/** A date as content authors write it, normalised to start/end days a page can sort and draw. */
export interface DateSpec {
  /** What the author wrote: "2024-10-18", "2024-06" or "2024-10-28/2024-11-01". */
  iso: string;
  precision: DatePrecision;
  /** First day the date can mean. */
  start: string;
  /** Last day the date can mean (same as start for a day). */
  end: string;
}

/**
 * A day ("2024-10-18"), a month ("2024-06") or an inclusive range ("2024-10-28/2024-11-01"),
 * so that vague source wording is recorded as vague rather than guessed to the day.
 */
export const dateSpec = (options: SchemaOptions = {}) =>
  z.preprocess(
    asIsoString,
    z
      .string({ error: 'expected a date: YYYY-MM-DD, YYYY-MM, or YYYY-MM-DD/YYYY-MM-DD' })
      .transform((iso, ctx): DateSpec => {
        const fail = (message: string) => {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        };
        const today = options.today ?? todayIso();
        let spec: DateSpec;
        if (DAY.test(iso)) {
          if (!isRealDay(iso)) return fail(`"${iso}" is not a real calendar date`);
          spec = { iso, precision: 'day', start: iso, end: iso };
        } else if (MONTH.test(iso)) {
          const start = `${iso}-01`;
          if (!isRealDay(start)) return fail(`"${iso}" is not a real month`);
          spec = { iso, precision: 'month', start, end: lastDayOfMonth(iso) };
        } else if (iso.includes('/')) {
          // Exactly two days: "a/b/junk" once passed, and the junk was published in the CSV.
          const [, start = '', end = ''] = RANGE.exec(iso) ?? [];
          if (!isRealDay(start) || !isRealDay(end))
            return fail(`${describeValue(iso)} is not a range of two YYYY-MM-DD dates`);
          if (end <= start) return fail(`range "${iso}" must end after it starts`);
          spec = { iso, precision: 'range', start, end };
        } else {
          return fail(`"${iso}" is not a date: expected YYYY-MM-DD, YYYY-MM, or YYYY-MM-DD/YYYY-MM-DD`);
        }
        if (spec.start < EARLIEST_DATE || spec.start > today)
          return fail(`date ${iso} must fall between ${EARLIEST_DATE} and today`);
        // A month or range may end after today only if it has started; clamp rather than reject.
        return { ...spec, end: spec.end > today ? today : spec.end };
      }),
  );

/** A short verbatim quotation from a source report, the evidence for one fact. */
export const evidenceSnippet = text('an evidence snippet', 400).refine((s) => wordCount(s) <= MAX_SNIPPET_WORDS, {
  message: `an evidence snippet is at most ${MAX_SNIPPET_WORDS} words; quote less`,
});

/** One source for a fact: which report says it, and the words it uses. */
export const sourceRef = z.strictObject({
  /** Slug of the report (its file name in content/reports/, without .mdx). */
  report: slug,
  /** The report's own words, copied exactly; checked against the report text by the provenance test. */
  evidence: evidenceSnippet,
});
export type SourceRef = z.output<typeof sourceRef>;

/** At least one source: a fact without a source does not go on the site. */
export const sourceList = list(sourceRef, 'sources', 20).min(1, 'needs at least one source');

/**
 * A note saying how a date was inferred, required whenever a source's wording ("the 18th",
 * "last week") had to be turned into a calendar date.
 */
export const inferenceNote = text('a note saying how the date was inferred').optional();
