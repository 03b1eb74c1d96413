/**
 * Allowed values for every enumerated content field, with the label a reader sees.
 * Adding a category, status or kind happens here and nowhere else: schemas feed these
 * keys to `z.enum`, pages read the labels.
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

export const estimateStatuses = {
  'in-russia': 'Already in Russia',
  'at-front': 'At or near the front',
  'expected-at-front': 'Expected at the front',
  /** A deployment someone said was possible (Zelensky's 10,000): weaker than an expectation. */
  'possibility-raised': 'Possibility raised',
  'planned-total': 'Planned total',
  'reported-sent': 'Reported sent (no detail)',
} as const;
export type EstimateStatus = keyof typeof estimateStatuses;

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
export type AsOfKind = keyof typeof asOfKinds;

/** What sort of disagreement a conflict entry records (content/conflicts/). */
export const conflictKinds = {
  'different-counts': 'Different counts of the same thing',
  'same-number-different-meaning': 'The same number, meaning different things',
  'self-contradiction': 'A report contradicts itself',
  'stale-on-publication': 'A figure already out of date when published',
  'different-wording': 'Different wording of the same terms',
  'different-accounts': 'Different accounts of the same matter',
} as const;
export type ConflictKind = keyof typeof conflictKinds;

export const placeKinds = {
  city: 'City',
  region: 'Region',
  capital: 'Capital city',
} as const;
export type PlaceKind = keyof typeof placeKinds;

export const placeRoles = {
  origin: 'Origin',
  arrival: 'Arrival and training',
  front: 'Front line',
  diplomacy: 'Diplomacy',
  context: 'Context',
} as const;
export type PlaceRole = keyof typeof placeRoles;

export const keysOf = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
