/**
 * The public origin the site is deployed at. Every absolute URL the site publishes (canonical
 * links, link-preview tags, JSON-LD, the RSS feed, the sitemap, embed snippets, oEmbed) is built
 * from it, so it is configured once: set SITE_URL when building for a real host, e.g.
 * `SITE_URL=https://example.org npm run build`. The default is the address `npm run preview`
 * serves on, so a local build previews correctly; a build for a real host must set it.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Checks and normalises a configured site URL to a bare origin ("https://example.org"). A path
 * is refused rather than silently dropped: the site is built to live at the root of its host.
 */
export function parseSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, not "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must use http or https, not "${url.protocol}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL must be an origin only (scheme, host and optional port), not "${raw}": the site is served from the root of its host`,
    );
  }
  return url.origin;
}

export const SITE_URL = parseSiteUrl(process.env.SITE_URL || DEFAULT_SITE_URL);

/**
 * What a build without SITE_URL should do. The default origin is baked into the pixels of the
 * downloadable images and preview cards (and every canonical link), so a build meant for a real
 * host must not use it: with NODE_ENV=production or DEPLOY set (a deploy build) it is an error;
 * otherwise (a local build, the test suite) a loud warning.
 */
export function siteUrlCheck(
  env: Record<string, string | undefined>,
): { level: 'ok' } | { level: 'warn' | 'error'; message: string } {
  if (env.SITE_URL) return { level: 'ok' };
  const deploy = env.NODE_ENV === 'production' || Boolean(env.DEPLOY);
  const message =
    `SITE_URL is not set: canonical links, preview cards and the downloadable chart and map images will carry ${DEFAULT_SITE_URL}. ` +
    'Set it to the public origin for a real host, e.g. SITE_URL=https://example.org npm run build.';
  return { level: deploy ? 'error' : 'warn', message };
}
