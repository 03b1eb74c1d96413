import { z } from 'zod';
import { NAV_ITEMS } from '../nav.ts';
import { isoDay, slug, text, type SchemaOptions } from './common.ts';

/**
 * Section pages a correction (or site.yaml's `added`) may name by route. Derived from the header's
 * sections, so a new section page becomes nameable as soon as it is in the header; the
 * corrections log itself is linked from the footer instead.
 */
export const SECTION_ROUTES: readonly string[] = [...NAV_ITEMS.map((item) => item.href), '/corrections/'];

/** Collections whose entries a correction may name by id ("events/<id>"); each is shown on its own page. */
export const ENTRY_COLLECTIONS = ['events', 'estimates', 'places'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

/** What one item of a correction's `pages` points at, once parsed. */
export type PageRef =
  | { kind: 'section'; route: string }
  | { kind: 'report'; slug: string }
  | { kind: 'entry'; collection: EntryCollection; id: string };

const REPORT_ROUTE = /^\/reports\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;
const ENTRY_REF = new RegExp(`^(${ENTRY_COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)$`);

/** Parses a page reference, or returns undefined when it has none of the three forms. */
export function parsePageRef(value: string): PageRef | undefined {
  if (SECTION_ROUTES.includes(value)) return { kind: 'section', route: value };
  const report = REPORT_ROUTE.exec(value);
  if (report) return { kind: 'report', slug: report[1]! };
  const entry = ENTRY_REF.exec(value);
  if (entry) return { kind: 'entry', collection: entry[1] as EntryCollection, id: entry[2]! };
  return undefined;
}

const PAGE_REF_FORMS = `a section route (${SECTION_ROUTES.join(', ')}), a report page "/reports/<slug>/", or an entry "<${ENTRY_COLLECTIONS.join('|')}>/<id>"`;

/**
 * One page reference. The form is checked here; whether the report or entry exists is checked
 * with the other cross-references (src/lib/content/corrections.ts), which knows every id.
 */
export const pageRef = z
  .string({ error: `expected ${PAGE_REF_FORMS}` })
  .refine((value) => parsePageRef(value) !== undefined, {
    error: (issue) => `expected ${PAGE_REF_FORMS}, got ${JSON.stringify(issue.input)}`,
  });

/** One correction in the log (content/corrections/<id>.yaml; the file name is its anchor on /corrections/). */
export const correctionSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** The day the correction was made (not the day the error was made), YYYY-MM-DD. */
    date: isoDay(options),
    /** A short headline in our words; the feed item reads "Correction: <title>". */
    title: text('the title'),
    /** Every page the fix changed: section routes, report pages, or entries by collection and id. */
    pages: z
      .array(pageRef, { error: 'expected a list of pages' })
      .min(1, 'needs at least one page the correction changed'),
    /** What the page said: our words, or a short quote of our own old text. */
    wrong: text('what the page said'),
    /** What it says now, in our words. */
    now: text('what the page says now'),
    /** Slugs of the source reports the fix rests on. */
    reports: z
      .array(slug, { error: 'expected a list of report slugs' })
      .min(1, 'leave reports out rather than empty')
      .optional(),
  });
export type Correction = z.output<ReturnType<typeof correctionSchema>>;

/** Site-wide dates (content/site.yaml): the source of every page's "published" date. */
export const siteSchema = (options: SchemaOptions = {}) =>
  z.strictObject({
    /** The day the site was first published, YYYY-MM-DD; a page's date unless `added` gives it another. */
    published: isoDay(options),
    /**
     * Pages first published after the site was: route (a section route or "/reports/<slug>/",
     * checked with the cross-references, so every bad route is listed at once) → the day it was added.
     */
    added: z
      .record(z.string(), isoDay(options), { error: 'expected routes, each with the day its page was added' })
      .default({}),
  });
export type SiteData = z.output<ReturnType<typeof siteSchema>>;
