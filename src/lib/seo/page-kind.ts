/**
 * What kind of page a path is, for the metadata the layout prints. Derived from the path alone so
 * page files need not pass anything beyond their title and description.
 */
const REPORT_PAGE = /^\/reports\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** "/reports/blackburn/" → "blackburn"; any other path → undefined (the reports index too). */
export const reportSlugFromPath = (pagePath: string): string | undefined => REPORT_PAGE.exec(pagePath)?.[1];

const NOT_STATED = 'not stated';

/** Alt text of a report page's preview card, which shows the headline and the outlet. */
export const reportPreviewAlt = (headline: string, outlet: string) =>
  `“${headline}” — ${outlet === NOT_STATED ? 'outlet not stated' : outlet}. A report summary.`;
