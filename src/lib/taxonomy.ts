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

export const estimateQualifiers = {
  exact: 'exactly',
  about: 'about',
  'at-least': 'at least',
  'up-to': 'up to',
} as const;
export type EstimateQualifier = keyof typeof estimateQualifiers;

export const estimateStatuses = {
  'in-russia': 'Already in Russia',
  'at-front': 'At or near the front',
  'expected-at-front': 'Expected at the front',
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
