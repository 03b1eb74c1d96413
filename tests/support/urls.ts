/** URL checks the tests make of what the site publishes (previews, feeds, embeds). */

/** True for an http(s) URL with a host, the only kind a link preview can fetch. */
export function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

/** "/reports/blackburn/" → true: a report summary page (the reports index is not one). */
export const isReportPagePath = (path: string) => /^\/reports\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/.test(path);
