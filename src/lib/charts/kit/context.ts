/**
 * Where a figure is shown: on its own page, or in an embed (an iframe on someone else's site).
 * Every figure derives its links from this one value, so "embed mode" has one name.
 */
export type FigureContext = 'page' | 'embed';

export interface FigureLinks {
  /** `_top` in an embed, so a link opens the page outside the frame; none on the page. */
  target: '_top' | undefined;
  /** What a link to a fragment of the full page starts with: "" on the page itself, its path in an embed. */
  base: string;
  /** A link to `#fragment` of the figure's full page. */
  fragment: (fragment: string) => string;
}

export function figureLinks(context: FigureContext, pagePath: string): FigureLinks {
  const base = context === 'embed' ? pagePath : '';
  return { target: context === 'embed' ? '_top' : undefined, base, fragment: (fragment) => `${base}#${fragment}` };
}
