/**
 * Post-build step, first: refuses a deploy build (NODE_ENV=production or DEPLOY set) without
 * SITE_URL, and warns in yellow on stderr about any other, before images are drawn with the
 * localhost address in them. See siteUrlCheck in src/lib/site-url.ts.
 */
import { siteUrlCheck } from '../../src/lib/site-url.ts';

export function run() {
  const check = siteUrlCheck(process.env);
  if (check.level === 'error') throw new Error(check.message);
  if (check.level === 'warn') console.error(`\x1b[33m\x1b[1mwarning:\x1b[22m ${check.message}\x1b[0m`);
}
