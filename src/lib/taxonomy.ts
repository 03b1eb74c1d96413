/**
 * Allowed values for every enumerated content field, with the en.json key of the label a reader
 * sees and, for the values a figure draws (estimate statuses, place roles), how it draws them.
 * Schemas feed these keys to `z.enum`, pages read the labels, the troop chart and the map read
 * the drawing attributes, so adding a status or a place role starts here (plus its label in
 * en.json) and the compiler finds the rest. The `{ key: label }` records (`eventCategories`, …)
 * are the default locale's labels; `taxonomyLabels(t)` gives them in a page's locale.
 */
import { defaultT, type Translate, type UIKey } from './i18n/translate.ts';

/** A label's key in en.json: always under `taxonomy.`, never a plural. */
type LabelKey = Extract<UIKey, `taxonomy.${string}`>;

export const NOT_STATED = 'not stated';

const eventCategoryLabelKeys = {
  context: 'taxonomy.eventCategory.context',
  diplomacy: 'taxonomy.eventCategory.diplomacy',
  'intelligence-claim': 'taxonomy.eventCategory.intelligence-claim',
  imagery: 'taxonomy.eventCategory.imagery',
  deployment: 'taxonomy.eventCategory.deployment',
  combat: 'taxonomy.eventCategory.combat',
  reaction: 'taxonomy.eventCategory.reaction',
} as const satisfies Record<string, LabelKey>;
export const eventCategories = labelsIn(eventCategoryLabelKeys, defaultT);
export type EventCategory = keyof typeof eventCategories;

/**
 * How a claimant hedged a number. The source's own words are kept verbatim in an estimate's
 * `asStated`; the qualifier is our classification of them, and `qualifierForWords` (below) must
 * agree with it. "More than"/"over" and "at least" are kept apart: they are different claims.
 */
const estimateQualifierLabelKeys = {
  exact: 'taxonomy.qualifier.exact',
  about: 'taxonomy.qualifier.about',
  'more-than': 'taxonomy.qualifier.more-than',
  'at-least': 'taxonomy.qualifier.at-least',
  'up-to': 'taxonomy.qualifier.up-to',
} as const satisfies Record<string, LabelKey>;
export const estimateQualifiers = labelsIn(estimateQualifierLabelKeys, defaultT);
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
  'in-russia': { labelKey: 'taxonomy.status.in-russia', shape: 'circle', colour: '#3C7EA3', order: 0 },
  'at-front': { labelKey: 'taxonomy.status.at-front', shape: 'triangle', colour: '#CA5900', order: 1 },
  'expected-at-front': { labelKey: 'taxonomy.status.expected-at-front', shape: 'diamond', colour: '#908928', order: 2 },
  /** A deployment someone said was possible (Zelensky's 10,000): weaker than an expectation. */
  'possibility-raised': { labelKey: 'taxonomy.status.possibility-raised', shape: 'wye', colour: '#7A6FD0', order: 5 },
  'planned-total': { labelKey: 'taxonomy.status.planned-total', shape: 'square', colour: '#995B7D', order: 3 },
  'reported-sent': { labelKey: 'taxonomy.status.reported-sent', shape: 'cross', colour: '#00966D', order: 4 },
} as const satisfies Record<string, { labelKey: LabelKey; shape: MarkShape; colour: `#${string}`; order: number }>;
export type EstimateStatus = keyof typeof estimateStatusRecords;

export const estimateStatuses = labelsIn(keysOfRecords(estimateStatusRecords), defaultT);

const claimantKindLabelKeys = {
  government: 'taxonomy.claimantKind.government',
  intelligence: 'taxonomy.claimantKind.intelligence',
  official: 'taxonomy.claimantKind.official',
  media: 'taxonomy.claimantKind.media',
  unattributed: 'taxonomy.claimantKind.unattributed',
} as const satisfies Record<string, LabelKey>;
export const claimantKinds = labelsIn(claimantKindLabelKeys, defaultT);
export type ClaimantKind = keyof typeof claimantKinds;

/**
 * As-of dates: `stated` when the report itself gives the date (in full, or as "the 18th" or
 * "Tuesday" with `asOfInferred` saying how it was completed from that report); `as-reported`
 * when the report gives no date for the figure and we use its own publication date.
 */
const asOfKindLabelKeys = {
  stated: 'taxonomy.asOfKind.stated',
  'as-reported': 'taxonomy.asOfKind.as-reported',
} as const satisfies Record<string, LabelKey>;
export const asOfKinds = labelsIn(asOfKindLabelKeys, defaultT);

/** What sort of disagreement a conflict entry records (content/conflicts/). */
const conflictKindLabelKeys = {
  'different-counts': 'taxonomy.conflictKind.different-counts',
  'same-number-different-meaning': 'taxonomy.conflictKind.same-number-different-meaning',
  'self-contradiction': 'taxonomy.conflictKind.self-contradiction',
  'stale-on-publication': 'taxonomy.conflictKind.stale-on-publication',
  'different-wording': 'taxonomy.conflictKind.different-wording',
  'different-accounts': 'taxonomy.conflictKind.different-accounts',
} as const satisfies Record<string, LabelKey>;
export const conflictKinds = labelsIn(conflictKindLabelKeys, defaultT);

const placeKindLabelKeys = {
  city: 'taxonomy.placeKind.city',
  region: 'taxonomy.placeKind.region',
  capital: 'taxonomy.placeKind.capital',
} as const satisfies Record<string, LabelKey>;
export const placeKinds = labelsIn(placeKindLabelKeys, defaultT);

/**
 * What each place role is called and how the map draws it: `colour` names the global.css custom
 * property its dot is painted with, `hollow` draws a ring in that colour on the land colour (the
 * quiet roles), `bold` sets the place's label in the heavier weight, and `keyWith` names the role
 * whose entry in the map's key it shares (roles drawn alike get one entry). The map's stylesheets
 * (map-drawing.css, leaflet-map.css) paint `.map-role-<role>` with these; tests/unit/map-roles.test.ts
 * checks that each role has its rule in both, with this colour.
 */
export const placeRoleRecords = {
  origin: { labelKey: 'taxonomy.placeRole.origin', colour: '--map-origin', hollow: false, bold: true },
  arrival: { labelKey: 'taxonomy.placeRole.arrival', colour: '--map-arrival', hollow: false, bold: false },
  front: { labelKey: 'taxonomy.placeRole.front', colour: '--map-front', hollow: false, bold: false },
  diplomacy: {
    labelKey: 'taxonomy.placeRole.diplomacy',
    colour: '--map-context',
    hollow: true,
    bold: false,
    keyWith: 'context',
  },
  context: { labelKey: 'taxonomy.placeRole.context', colour: '--map-context', hollow: true, bold: false },
} as const satisfies Record<string, PlaceRoleRecord>;
export type PlaceRole = keyof typeof placeRoleRecords;

export interface PlaceRoleRecord {
  /** The en.json key of its reader label. */
  labelKey: LabelKey;
  colour: `--map-${string}`;
  hollow: boolean;
  bold: boolean;
  keyWith?: string;
}

export const placeRoles = labelsIn(keysOfRecords(placeRoleRecords), defaultT);

export const keysOf = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** The `{ key: en.json key }` view of a record of attributes. */
function keysOfRecords<T extends Record<string, { labelKey: LabelKey }>>(records: T): { [K in keyof T]: LabelKey } {
  return Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.labelKey])) as { [K in keyof T]: LabelKey };
}

/** `{ key: label }` in the locale of `t`. */
function labelsIn<T extends Record<string, LabelKey>>(keys: T, t: Translate): { readonly [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(keys).map(([k, key]) => [k, t(key)])) as {
    [K in keyof T]: string;
  };
}

/** Every taxonomy's `{ key: label }` record in the locale of `t` (a page passes Astro.locals.t). */
export const taxonomyLabels = (t: Translate) => ({
  eventCategories: labelsIn(eventCategoryLabelKeys, t),
  estimateQualifiers: labelsIn(estimateQualifierLabelKeys, t),
  estimateStatuses: labelsIn(keysOfRecords(estimateStatusRecords), t),
  claimantKinds: labelsIn(claimantKindLabelKeys, t),
  asOfKinds: labelsIn(asOfKindLabelKeys, t),
  conflictKinds: labelsIn(conflictKindLabelKeys, t),
  placeKinds: labelsIn(placeKindLabelKeys, t),
  placeRoles: labelsIn(keysOfRecords(placeRoleRecords), t),
});
