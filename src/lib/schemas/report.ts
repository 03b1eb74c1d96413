import { z } from 'zod';
import { isoDay, list, orNotStated, slug, text, evidenceSnippet, type SchemaOptions } from './common.ts';

export const STANDFIRST_MAX = 200;
export const KEY_POINTS = { min: 3, max: 6 } as const;
export const BODY_WORDS = { min: 300, max: 700 } as const;

/** A claim the summary makes, with the report's own words that support it. Cited in the body as <Cite id="…">. */
export const citedClaim = z.strictObject({
  /** Short id, unique within the report, used by <Cite id="…"> in the body. */
  id: slug,
  /** The report's own words for this claim. */
  evidence: evidenceSnippet,
});

/** Front matter of one report summary (content/reports/<slug>.mdx). */
export const reportSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** The report's own headline, as published. */
    headline: text('the headline'),
    /** How the headline is known when the captured text does not print it (for example rebuilt from the URL). */
    headlineNote: text('the headline note').optional(),
    /** Publication that carried the report, or "not stated" (`null` in the output). */
    outlet: orNotStated(text('the outlet')),
    /** Byline, or "not stated" when the report names none (`null` in the output). */
    author: orNotStated(text('the author')),
    /** Publication day, or "not stated" (`null` in the output). */
    published: orNotStated(isoDay(options)),
    /** How the publication date is known (for example "from the dateline"); required when it was not printed. */
    publishedNote: text('the publication-date note').optional(),
    /** Link to the original, or "not stated" when it is not known (`null` in the output). */
    url: orNotStated(
      z
        .url({ protocol: /^https?$/, error: 'expected an http(s) URL or "not stated"' })
        .max(2_000, 'a URL is at most 2,000 characters'),
    ),
    /** Language the report was published in. */
    language: text('the original language'),
    /** File name of the captured report text in the shared sources folder; used by the provenance test. */
    sourceFile: z
      .string()
      .max(100, 'a file name is at most 100 characters')
      .regex(/^[\w.-]+\.txt$/, 'expected the source text file name, e.g. 000_abc.txt'),
    /** One sentence in our words, reused on cards and in link previews. */
    standfirst: text('the standfirst').max(STANDFIRST_MAX, `the standfirst is at most ${STANDFIRST_MAX} characters`),
    /** The report's main points, in our words. */
    keyPoints: z
      .array(text('a key point'))
      .min(KEY_POINTS.min, `needs at least ${KEY_POINTS.min} key points`)
      .max(KEY_POINTS.max, `has at most ${KEY_POINTS.max} key points`),
    /** Claims the body cites, each with its evidence. */
    claims: list(citedClaim, 'claims', 60).min(1, 'needs at least one cited claim: a report without sources fails'),
  });
export type Report = z.output<ReturnType<typeof reportSchema>>;
