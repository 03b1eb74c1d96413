/**
 * When each page was published and last changed, and which corrections changed it — worked out
 * from content alone (site.yaml's dates and the corrections log), never from git or the clock, so
 * a rebuild never moves a date. Pure: plain data in, plain data out.
 */
import { parsePageRef, type EntryCollection } from '../schemas/correction.ts';

export interface LoggedCorrection {
  id: string;
  /** YYYY-MM-DD, the day the correction was made. */
  date: string;
  title: string;
  /** Page references as the correction's file gives them (see parsePageRef). */
  pages: readonly string[];
}

export interface SiteDates {
  /** The site's first publication, YYYY-MM-DD. */
  published: string;
  /** Pages published later than the site, by route. */
  added: Readonly<Record<string, string>>;
}

/** Slugs of the reports an entry cites. */
export type EntrySources = (collection: EntryCollection, id: string) => readonly string[];

/** Section pages on which each kind of entry is shown (besides the pages of the reports it cites). */
export const ENTRY_PAGES: Readonly<Record<EntryCollection, readonly string[]>> = {
  events: ['/timeline/'],
  estimates: ['/', '/troops/'],
  places: ['/map/'],
};

/** Entries that report pages list under "This report in the data" (places are not listed there). */
const ON_REPORT_PAGES: ReadonlySet<EntryCollection> = new Set(['events', 'estimates']);

/** The log's own page: every correction changes it. */
export const CORRECTIONS_PATH = '/corrections/';

const reportPath = (slug: string) => `/reports/${slug}/`;

/**
 * A URL path as routes are written ("/map/"): Astro gives "/map/" for pages but "/404" or
 * "/404.html" for the error page, so add the trailing slash unless the path names a file.
 */
export const normalisePath = (path: string) => (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`);

/** Every page a reference changes: the route itself, or for an entry each page that shows it. */
export function pagesOfRef(ref: string, sourcesOf: EntrySources): string[] {
  const parsed = parsePageRef(ref);
  if (!parsed) return [];
  if (parsed.kind === 'section') return [parsed.route];
  if (parsed.kind === 'report') return [reportPath(parsed.slug)];
  const reports = ON_REPORT_PAGES.has(parsed.collection) ? sourcesOf(parsed.collection, parsed.id).map(reportPath) : [];
  return [...ENTRY_PAGES[parsed.collection], ...reports];
}

/** Newest first; corrections of one day in id order, so the order never depends on the file system. */
export const newestFirst = <T extends Pick<LoggedCorrection, 'id' | 'date'>>(corrections: readonly T[]): T[] =>
  [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

export interface PageHistory {
  /** The day the page was first published. */
  published: string;
  /** The latest of `published` and every correction that changed the page. */
  modified: string;
  /** Corrections that name this page, newest first. */
  corrections: LoggedCorrection[];
}

export function pageHistory(
  path: string,
  site: SiteDates,
  corrections: readonly LoggedCorrection[],
  sourcesOf: EntrySources,
): PageHistory {
  const page = normalisePath(path);
  const published = site.added[page] ?? site.published;
  const naming = newestFirst(
    corrections.filter((c) => c.pages.some((ref) => pagesOfRef(ref, sourcesOf).includes(page))),
  );
  // Adding an entry to the log changes the log's page even when the entry names other pages.
  const changes = page === CORRECTIONS_PATH ? corrections : naming;
  const modified = changes.reduce((latest, c) => (c.date > latest ? c.date : latest), published);
  return { published, modified, corrections: naming };
}
