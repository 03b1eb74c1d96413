/**
 * The public origin the site is deployed at, used for canonical and preview URLs.
 * Set SITE_URL when building for a real host; the default is the local preview server.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export const SITE_URL = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '');
