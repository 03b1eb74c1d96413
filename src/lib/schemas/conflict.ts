import { z } from 'zod';
import { conflictKinds, keysOf } from '../taxonomy.ts';
import { slug, sourceRef, text } from './common.ts';

/**
 * One side of a disagreement: the records (estimates, events) and/or report snippets that make
 * it. Claimant and date are shown from those records; a side made only of snippets names its
 * claimant itself ("not attributed" when the report names none), and its date is its report's.
 */
export const conflictSide = z
  .strictObject({
    /** Our short label for this side, in our words ("000's sub-headline"). */
    label: text('the side label').max(90, 'a side label is at most 90 characters'),
    /** Who says this, as the report names them; required when the side is snippets only. */
    claimant: text('the claimant').optional(),
    /** Ids of estimates (content/estimates/<id>.yaml) on this side. */
    estimates: z.array(slug).default([]),
    /** Ids of timeline events (content/events/<id>.yaml) on this side. */
    events: z.array(slug).default([]),
    /** Report snippets on this side, verbatim (checked by the provenance test). */
    sources: z.array(sourceRef).default([]),
  })
  .refine((s) => s.estimates.length + s.events.length + s.sources.length > 0, {
    message: 'a side needs at least one estimate, event or source',
  })
  .refine((s) => s.sources.length === 0 || s.estimates.length + s.events.length > 0 || s.claimant !== undefined, {
    message: 'a side made only of report snippets must name its claimant (or say "not attributed")',
    path: ['claimant'],
  });

/** One disagreement between reports, or within one (content/conflicts/<id>.yaml). */
export const conflictSchema = () =>
  z.strictObject({
    /** A short neutral title, in our words. */
    title: text('the title').max(120, 'the title is at most 120 characters'),
    /** What sort of disagreement this is. */
    kind: z.enum(keysOf(conflictKinds), { error: `expected one of: ${Object.keys(conflictKinds).join(', ')}` }),
    /** Two or more sides, each shown with its claimant, date, report and evidence. */
    sides: z.array(conflictSide, { error: 'expected a list of sides' }).min(2, 'a disagreement has at least two sides'),
    /** A neutral note in our words: what differs, without picking a side. */
    note: text('the note'),
  });
export type ConflictData = z.output<ReturnType<typeof conflictSchema>>;
