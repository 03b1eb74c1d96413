/**
 * Allowed values for every enumerated content field, with the label a reader sees and, for the
 * values a figure draws (estimate statuses, place roles), how it draws them. Schemas feed these
 * keys to `z.enum`, pages read the labels, the troop chart and the map read the drawing
 * attributes, so adding a status or a place role starts here and the compiler finds the rest.
 */

export const NOT_STATED = 'not stated';

export const eventCategories = {
  context: 'Context',
  diplomacy: 'Diplomacy',
  'intelligence-claim': 'Intelligence claim',
  imagery: 'Imagery and documents',
  deployment: 'Deployment',
  combat: 'Combat',
  reaction: 'Reaction',
} as const;
export type EventCategory = keyof typeof eventCategories;

/**
 * How a claimant hedged a number. The source's own words are kept verbatim in an estimate's
 * `asStated`; the qualifier is our classification of them, and `qualifierForWords` (below) must
 * agree with it. "More than"/"over" and "at least" are kept apart: they are different claims.
 */
export const estimateQualifiers = {
  exact: 'exactly',
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
} as const;
export type EstimateQualifier = keyof typeof estimateQualifiers;

/** The d3 symbol a status is drawn with (src/lib/charts/troop/encoding.ts maps each to its shape). */
export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'wye';

/**
 * What each status is called and how the troop chart draws it. Shape and colour both carry the
 * status, so neither colour vision nor a colour print is needed to tell them apart. Colours are
 * Okabe–Ito hues, darkened or lightened so that every mark has at least 3:1 contrast on the
 * light and the dark background alike, and chosen so that every pair stays apart (CIELAB
 * ΔE ≥ 10) under simulated protanopia, deuteranopia and tritanopia;
 * tests/unit/troop-scales.test.ts checks both against global.css. `order` is the key's order.
 */
export const estimateStatusRecords = {
  'in-russia': { label: 'Already in Russia', shape: 'circle', colour: '#3C7EA3', order: 0 },
  'at-front': { label: 'At or near the front', shape: 'triangle', colour: '#CA5900', order: 1 },
  'expected-at-front': { label: 'Expected at the front', shape: 'diamond', colour: '#908928', order: 2 },
  /** A deployment someone said was possible (Zelensky's 10,000): weaker than an expectation. */
  'possibility-raised': { label: 'Possibility raised', shape: 'wye', colour: '#7A6FD0', order: 5 },
  'planned-total': { label: 'Planned total', shape: 'square', colour: '#995B7D', order: 3 },
  'reported-sent': { label: 'Reported sent (no detail)', shape: 'cross', colour: '#00966D', order: 4 },
} as const satisfies Record<string, { label: string; shape: MarkShape; colour: `#${string}`; order: number }>;
export type EstimateStatus = keyof typeof estimateStatusRecords;

/** Each status's reader label, in the same `{ key: label }` shape as the other taxonomies. */
export const estimateStatuses = labelsOf(estimateStatusRecords);

export const claimantKinds = {
  government: 'Government',
  intelligence: 'Intelligence service',
  official: 'Named official',
  media: 'News outlet',
  unattributed: 'Not attributed',
} as const;
export type ClaimantKind = keyof typeof claimantKinds;

/**
 * As-of dates: `stated` when the report itself gives the date (in full, or as "the 18th" or
 * "Tuesday" with `asOfInferred` saying how it was completed from that report); `as-reported`
 * when the report gives no date for the figure and we use its own publication date.
 */
export const asOfKinds = {
  stated: 'as of',
  'as-reported': 'as reported on',
} as const;

/** What sort of disagreement a conflict entry records (content/conflicts/). */
export const conflictKinds = {
  'different-counts': 'Different counts of the same thing',
  'same-number-different-meaning': 'The same number, meaning different things',
  'self-contradiction': 'A report contradicts itself',
  'stale-on-publication': 'A figure already out of date when published',
  'different-wording': 'Different wording of the same terms',
  'different-accounts': 'Different accounts of the same matter',
} as const;

export const placeKinds = {
  city: 'City',
  region: 'Region',
  capital: 'Capital city',
} as const;

/**
 * What each place role is called and how the map draws it: `colour` names the global.css custom
 * property its dot is painted with, `hollow` draws a ring in that colour on the land colour (the
 * quiet roles), `bold` sets the place's label in the heavier weight, and `keyWith` names the role
 * whose entry in the map's key it shares (roles drawn alike get one entry). The map's stylesheets
 * (map-drawing.css, leaflet-map.css) paint `.map-role-<role>` with these; tests/unit/map-roles.test.ts
 * checks that each role has its rule in both, with this colour.
 */
export const placeRoleRecords = {
  origin: { label: 'Origin', colour: '--map-origin', hollow: false, bold: true },
  arrival: { label: 'Arrival and training', colour: '--map-arrival', hollow: false, bold: false },
  front: { label: 'Front line', colour: '--map-front', hollow: false, bold: false },
  diplomacy: { label: 'Diplomacy', colour: '--map-context', hollow: true, bold: false, keyWith: 'context' },
  context: { label: 'Context', colour: '--map-context', hollow: true, bold: false },
} as const satisfies Record<string, PlaceRoleRecord>;
export type PlaceRole = keyof typeof placeRoleRecords;

export interface PlaceRoleRecord {
  label: string;
  colour: `--map-${string}`;
  hollow: boolean;
  bold: boolean;
  keyWith?: string;
}

/** Each role's reader label, in the same `{ key: label }` shape as the other taxonomies. */
export const placeRoles = labelsOf(placeRoleRecords);

export const keysOf = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** The `{ key: label }` view of a record of attributes. */
function labelsOf<T extends Record<string, { label: string }>>(records: T): { readonly [K in keyof T]: T[K]['label'] } {
  return Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.label])) as { [K in keyof T]: T[K]['label'] };
}
