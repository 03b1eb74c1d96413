import { z } from 'zod';
import { claimantKinds, estimateQualifiers, estimateStatuses, keysOf } from '../taxonomy.ts';
import { dateSpec, describeValue, inferenceNote, sourceList, text, type SchemaOptions } from './common.ts';

const positiveWholeNumber = (issue: { input: unknown }) => `expected a positive whole number, got ${describeValue(issue.input)}`;

/** One troop-count claim, exactly as one claimant made it (content/estimates/<id>.yaml). */
export const estimateSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** The date the figure describes (or was made public): a day, month or range. */
    asOf: dateSpec(options),
    /** Present when the as-of date was worked out rather than printed: says how. */
    asOfInferred: inferenceNote,
    /** The number of soldiers, as a whole number without separators (1500, not "1,500"). */
    count: z
      .number({ error: positiveWholeNumber })
      .int({ error: positiveWholeNumber })
      .positive({ error: positiveWholeNumber }),
    /** How the claimant hedged the number. */
    qualifier: z.enum(keysOf(estimateQualifiers), {
      error: `expected one of: ${Object.keys(estimateQualifiers).join(', ')}`,
    }),
    /** What the number counts: troops already in Russia, a planned total, troops expected at the front… */
    status: z.enum(keysOf(estimateStatuses), {
      error: `expected one of: ${Object.keys(estimateStatuses).join(', ')}`,
    }),
    /** Who made the claim. */
    claimant: z.strictObject({
      /** Organisation or person, as the report names them. */
      name: text('the claimant name'),
      /** What sort of claimant this is. */
      kind: z.enum(keysOf(claimantKinds), { error: `expected one of: ${Object.keys(claimantKinds).join(', ')}` }),
    }),
    /** Through whom the claim reached the report (an outlet or official), or "not stated". */
    via: text('who relayed the claim').default('not stated'),
    /** Our one-line gloss of what the figure means, in our words. */
    note: text('the note').optional(),
    /** Reports that carry the figure, each with its evidence. */
    sources: sourceList,
  });
export type EstimateData = z.output<ReturnType<typeof estimateSchema>>;
