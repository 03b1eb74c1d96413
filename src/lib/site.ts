/** Names and wording used across the site. */
export const SITE_NAME = 'North Korea’s troops in Russia: the record';
export const SITE_SHORT_NAME = 'NK troops in Russia';
export const SITE_DESCRIPTION =
  'What five reports said about North Korea’s 2024 troop deployment to Russia: every date, figure and place, traced to its source.';
