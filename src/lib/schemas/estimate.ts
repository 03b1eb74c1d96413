import { z } from 'zod';
import { NOT_STATED, asOfKinds, claimantKinds, estimateQualifiers, estimateStatuses, keysOf } from '../taxonomy.ts';
import { dateSpec, describeValue, inferenceNote, slug, sourceRef, text, type SchemaOptions } from './common.ts';

const positiveWholeNumber = (issue: { input: unknown }) =>
  `expected a positive whole number, got ${describeValue(issue.input)}`;

/**
 * One troop-count claim as ONE report carries it (content/estimates/<id>.yaml). Where several
 * reports carry the same claim, each report's version is its own record, with its own date,
 * wording and framing, and the records share a `claim` key. The validator
 * (src/lib/content/validate-references.ts) checks what a schema cannot: that `asStated` is in
 * the evidence, that the qualifier agrees with it, and that the date rests on this report only.
 */
export const estimateSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** The date the figure describes, as this report gives it; or this report's publication date (asOfKind: as-reported). */
    asOf: dateSpec(options),
    /** Whether this report states the date (`stated`) or we use its publication date (`as-reported`). */
    asOfKind: z.enum(keysOf(asOfKinds), { error: `expected one of: ${Object.keys(asOfKinds).join(', ')}` }),
    /** Present when the as-of date was worked out rather than printed: says how, from this report alone. */
    asOfInferred: inferenceNote,
    /** The number of soldiers, as a whole number without separators (1500, not "1,500"). */
    count: z
      .number({ error: positiveWholeNumber })
      .int({ error: positiveWholeNumber })
      .positive({ error: positiveWholeNumber }),
    /** The report's own words for the figure, hedge included ("more than 10,000", "over 10,000", "1,500"); verbatim in the evidence. */
    asStated: text('the figure as the report states it'),
    /** Our classification of the hedge in `asStated`; must agree with its words. */
    qualifier: z.enum(keysOf(estimateQualifiers), {
      error: `expected one of: ${Object.keys(estimateQualifiers).join(', ')}`,
    }),
    /** What the number counts: troops already in Russia, a planned total, a possibility raised… */
    status: z.enum(keysOf(estimateStatuses), {
      error: `expected one of: ${Object.keys(estimateStatuses).join(', ')}`,
    }),
    /** Who made the claim, as this report names them. */
    claimant: z.strictObject({
      /** Organisation or person, as the report names them. */
      name: text('the claimant name'),
      /** What sort of claimant this is. */
      kind: z.enum(keysOf(claimantKinds), { error: `expected one of: ${Object.keys(claimantKinds).join(', ')}` }),
      /** A shorter name for the chart's direct label, when the automatic one would drop something a reader needs ("sub-headline"). */
      short: text('the short claimant name').optional(),
    }),
    /**
     * Through whom the claim reached the report (an outlet or official), or "not stated" (the
     * default); `null` in the output. Plain text first, so a bad value keeps its own message.
     */
    via: text('who relayed the claim')
      .default(NOT_STATED)
      .transform((v) => (v === NOT_STATED ? null : v)),
    /** Shared by the records of the same claim in different reports (e.g. "nis-1500"). */
    claim: slug.optional(),
    /** Our one-line gloss of what the figure means, in our words. */
    note: text('the note').optional(),
    /** The one report this record comes from, with its evidence (a list of exactly one). */
    sources: z
      .array(sourceRef, { error: 'expected a list of sources' })
      .min(1, 'needs at least one source')
      .max(
        1,
        'an estimate is one report’s claim: give exactly one source, and put another report’s version in its own file with the same `claim` key',
      ),
  });
export type EstimateData = z.output<ReturnType<typeof estimateSchema>>;
