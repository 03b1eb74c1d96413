/**
 * The critical CSS Beasties inlines keeps every rule that matches the page, print rules included;
 * but nothing is printed before the full stylesheet (which keeps them, loaded at the end of
 * <body>) has arrived, so in the first round trip they are dead weight (about 190 B gzipped a
 * page). Only blocks for print alone go: a query that also names a screen condition, such as
 * `(scripting:none),print`, can apply at first paint and stays.
 */

/** `css` (minified or not) without its top-level `@media print { … }` blocks. */
export function withoutPrintOnlyRules(css: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const at = css.indexOf('@media', from);
    if (at < 0) return out + css.slice(from);
    const open = css.indexOf('{', at);
    if (open < 0) return out + css.slice(from);
    let depth = 1;
    let end = open + 1;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    const query = css
      .slice(at + '@media'.length, open)
      .trim()
      .toLowerCase();
    out += css.slice(from, at) + (/^(only\s+)?print$/.test(query) ? '' : css.slice(at, end));
    from = end;
  }
}
