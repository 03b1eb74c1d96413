/** Absolute URLs for everything the site publishes to other services (previews, feeds, embeds). */

/** An absolute URL for a site path ("/reports/x/") or an already absolute URL, against the site origin. */
export const absoluteUrl = (pathOrUrl: string, siteUrl: string | URL): string => new URL(pathOrUrl, siteUrl).href;

/** True for an http(s) URL with a host, the only kind a link preview can fetch. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}
