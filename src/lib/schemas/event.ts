import { z } from 'zod';
import { keysOf, eventCategories } from '../taxonomy.ts';
import { dateSpec, inferenceNote, list, slug, sourceList, text, type SchemaOptions } from './common.ts';

export const DESCRIPTION_SENTENCES = { min: 1, max: 3 } as const;

/** Sentences end in . ! or ? followed by a space or the end; common abbreviations do not count. */
export const sentenceCount = (prose: string) =>
  prose
    .replace(/\b(?:U\.S|U\.K|U\.N|e\.g|i\.e|Mr|Ms|Dr|St|No)\./g, '')
    .split(/[.!?]+(?:\s+|$)/)
    .filter((s) => s.trim().length > 0).length;

/** One dated event on the timeline (content/events/<id>.yaml). */
export const eventSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** When: a day, a month, or a range when the report is vague. */
    date: dateSpec(options),
    /** Present when the date was worked out from wording like "the 18th" or "last week": says how. */
    dateInferred: inferenceNote,
    /** A headline for the event, in our words. */
    title: text('the title').max(120, 'the title is at most 120 characters'),
    /** One to three sentences, in our words. */
    description: text('the description').refine(
      (d) => {
        const n = sentenceCount(d);
        return n >= DESCRIPTION_SENTENCES.min && n <= DESCRIPTION_SENTENCES.max;
      },
      { message: `the description is ${DESCRIPTION_SENTENCES.min} to ${DESCRIPTION_SENTENCES.max} sentences` },
    ),
    /** What kind of event this is. */
    category: z.enum(keysOf(eventCategories), {
      error: `expected one of: ${Object.keys(eventCategories).join(', ')}`,
    }),
    /** A key moment: told in a sentence on /timeline/ and listed in the compact embed (/embed/timeline/key/), which must stay short. */
    key: z.boolean().optional(),
    /** Ids of places (content/places/<id>.yaml) the event happened at or concerns. */
    places: list(slug, 'places', 50).default([]),
    /** Reports that state the event, each with its evidence. */
    sources: sourceList,
  });
export type TimelineEventData = z.output<ReturnType<typeof eventSchema>>;
