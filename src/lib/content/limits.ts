/**
 * What a content file may be called and how big it may be. Content arrives as pull requests from
 * editors and contributors, so every rule here refuses with a message instead of skipping quietly.
 */

/** Lower-case kebab-case: the one pattern for every content id (file name) and every id field. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/**
 * Ids the pages use for their own elements, and the prefixes and suffixes they build ids with
 * (`estimate-<id>`, `<event id>-title`…). Event ids become element ids on /timeline/ as they are,
 * so an event called `main` would take the skip link's target. tests/unit/content-files.test.ts
 * scans the components for `id=` and fails when one is not covered here.
 */
export const RESERVED_IDS = new Set([
  'main', 'content', 'top', 'headline', 'summary', 'summaries', 'claims', 'claim-id', 'key-points', 'in-the-data',
  'events', 'troop-figures', 'overview', 'facts', 'reports', 'report-summaries', 'places', 'sections', 'share',
  'downloads', 'map-downloads', 'method', 'sources-and-method', 'source-list', 'not-stated', 'left-out',
  'how-to-read', 'every-claim', 'conflicts', 'explore', 'explore-map', 'explore-timeline', 'explore-troops',
  'filter-category', 'filter-report', 'key-figures', 'marked-events', 'map-title', 'deployment-map', 'about-map',
  'page-not-found', 'the-five-reports', 'timeline-title', 'troop-chart', 'troops-title', 'what-happened',
  'sa-title', 'sa-desc', 'corrections', 'disagreements', 'disagreements-title', 'explore-disagreements',
  'timeline-downloads', 'not-mapped', 'headline-numbers', 'establish', 'open', 'glossary', 'reuse',
]);
export const RESERVED_PREFIXES = [
  'annotation-', 'cite-', 'claim-', 'embed-', 'estimate-', 'map-', 'month-', 'phase-', 'place-', 'report-',
  'tc-', 'user-content-', 'day-', 'term-',
];
export const RESERVED_SUFFIXES = ['-title', '-desc'];

/**
 * Why an id may not be used, or undefined when it may. `anchored` ids become element ids on the
 * pages, so they may not take the pages' own; ids that never do (page copy, named by its page) may.
 */
export function idProblem(id: string, anchored = true): string | undefined {
  if (id.length > SLUG_MAX) return `the id is ${id.length} characters; at most ${SLUG_MAX}`;
  if (!SLUG.test(id)) return 'an id (the file name) uses lower-case letters, digits and single dashes, e.g. duma-ratifies-partnership';
  if (!anchored) return undefined;
  if (RESERVED_IDS.has(id)) return `the id "${id}" is reserved: the pages use it for one of their own elements`;
  const prefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
  if (prefix) return `ids may not start with "${prefix}": the pages build their own element ids with it`;
  const suffix = RESERVED_SUFFIXES.find((s) => id.endsWith(s));
  if (suffix) return `ids may not end in "${suffix}": the pages build their own element ids with it`;
  return undefined;
}

const KB = 1024;

/**
 * Size limits, checked with stat before a byte is read. The largest real files are about 8 KB
 * (a report) and 1 KB (an event); the 100x benchmark content has 1,600 events in one folder.
 */
export const LIMITS = {
  fileBytes: { yaml: 256 * KB, mdx: 512 * KB },
  filesPerCollection: 5_000,
  collectionBytes: 32 * KB * KB,
} as const;

export const formatBytes = (bytes: number) =>
  bytes >= KB * KB ? `${(bytes / KB / KB).toFixed(1)} MB` : bytes >= KB ? `${Math.ceil(bytes / KB)} KB` : `${bytes} bytes`;
