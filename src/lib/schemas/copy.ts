/**
 * Page copy that states a fact is content, not code (content/copy/<page>.yaml): every sentence
 * names the records it rests on, and the validator checks each id and each figure against them.
 * Sentences may hold {tokens} for counts the site computes from its own data ({events},
 * {estimates}…); those are our counts, not the reports' figures, and fillCopy fills them.
 */
import { z } from 'zod';
import { slug, sourceRef, text } from './common.ts';

/** One sentence (or short paragraph) of copy, with everything it rests on. */
export const copyBlock = z.strictObject({
  /** The words a reader sees, in our words; each figure names its claimant. */
  text: text('the text'),
  /** Timeline events (content/events/) the sentence rests on; the page shows their sources. */
  events: z.array(slug).default([]),
  /** Estimates (content/estimates/) the sentence rests on. */
  estimates: z.array(slug).default([]),
  /** Disagreements (content/conflicts/) the sentence touches; the page links them. */
  conflicts: z.array(slug).default([]),
  /** Places (content/places/) the sentence names. */
  places: z.array(slug).default([]),
  /** Report snippets for anything the records above do not carry. */
  sources: z.array(sourceRef).default([]),
});
export type CopyBlock = z.output<typeof copyBlock>;

/** content/copy/overview.yaml: the home page. */
export const overviewCopySchema = () =>
  z.strictObject({
    /** "What happened", sentence by sentence. */
    sentences: z.array(copyBlock).min(1, 'needs at least one sentence'),
    /** The summary box: what the reports state, each item naming the records it rests on. */
    establish: z.array(copyBlock).min(1, 'needs at least one thing the reports establish'),
    /** The summary box's other side: what no report says (a route, a place, a claimant), each item
        citing the records whose silence it describes, so a reader can check the gap. */
    open: z.array(copyBlock).min(1, 'needs at least one thing the reports leave open'),
    /** The paragraph above the list of every troop-count claim. */
    figuresIntro: copyBlock,
    /** The "Explore the record" cards, by section. */
    cards: z.strictObject({ timeline: copyBlock, troops: copyBlock, map: copyBlock, disagreements: copyBlock }),
  });

/** content/copy/troops.yaml: the troop chart and its page. */
export const troopsCopySchema = () =>
  z.strictObject({
    standfirst: copyBlock,
    /** The chart's caption (page, embed and standalone image). */
    takeaway: copyBlock,
    /** Events marked on the chart with vertical lines, with our few words for each. */
    annotations: z
      .array(
        z.strictObject({
          event: slug,
          label: text('the annotation label').max(40, 'an annotation label is at most 40 characters'),
        }),
      )
      .min(1, 'needs at least one annotation'),
  });

/** A report statement the map quotes, by claim id (declared in the report's front matter). */
const mapStatement = z.strictObject({ report: slug, claim: slug, text: copyBlock });

/** content/copy/map.yaml: the deployment map, its page and its embed. */
export const mapCopySchema = () =>
  z.strictObject({
    /** The two places the dashed distance line joins: a distance, never a route. */
    distanceLine: z.strictObject({ from: slug, to: slug }),
    title: copyBlock,
    heading: copyBlock,
    standfirst: copyBlock,
    caption: copyBlock,
    /** The key's words for the dashed line. */
    lineKey: copyBlock,
    metaDescription: copyBlock,
    embedDescription: copyBlock,
    /** Places the reports name that the map does not mark (a region without a position, places outside the story's panels). */
    notMapped: copyBlock,
    /** "about 7,000 km from home": the only distance a report gives. */
    reportedDistance: mapStatement.extend({ km: z.number().int().positive() }),
    /** How the first soldiers reached Russia, and the timeline event that records it. */
    arrival: mapStatement.extend({ event: slug }),
  });

/** content/copy/sources.yaml: the method text of the sources page. */
/**
 * A glossary entry: a term and what the reports themselves say about it. It must cite at least
 * one report (a snippet, an event or an estimate): a term no report explains gets no entry,
 * rather than an explanation from general knowledge.
 */
const glossaryEntry = z.strictObject({
  /** The element id of the entry on the sources page. */
  id: slug,
  /** The term as a reader meets it in the reports. */
  term: text('the term'),
  explanation: copyBlock.refine((b) => b.sources.length + b.events.length + b.estimates.length > 0, {
    message: 'a glossary entry says only what a report says: cite at least one report',
  }),
});

export const sourcesCopySchema = () =>
  z.strictObject({
    conflicts: z.array(copyBlock).min(1),
    leftOut: copyBlock,
    /** Terms the reports use, each with only what the reports say about it. */
    glossary: z.array(glossaryEntry).min(1, 'needs at least one term'),
  });

export const COPY_SCHEMAS = {
  overview: overviewCopySchema,
  troops: troopsCopySchema,
  map: mapCopySchema,
  sources: sourcesCopySchema,
} as const;
export type CopyId = keyof typeof COPY_SCHEMAS;
export type CopyData = { [K in CopyId]: z.output<ReturnType<(typeof COPY_SCHEMAS)[K]>> };

const TOKEN = /\{([a-z]+)\}/g;

/** Tokens a text uses ("{events}" → "events"). */
export const copyTokens = (s: string) => [...s.matchAll(TOKEN)].map((m) => m[1]!);

/** Fills {tokens} with the site's own counts; an unknown token is a mistake, not a blank. */
export function fillCopy(s: string, values: Record<string, string | number>): string {
  return s.replace(TOKEN, (_, name: string) => {
    if (!(name in values)) throw new Error(`copy uses {${name}}, which this page does not provide`);
    return String(values[name]);
  });
}
