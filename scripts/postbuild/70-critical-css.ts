/**
 * Critical CSS (issue 16, "first render in one round trip"): for every built page, Beasties
 * (Apache-2.0, no browser: it matches the stylesheet's selectors against the page's own markup)
 * inlines the rules that apply to something on the page in a <style> in the head, with the
 * @font-face rules those rules use, and adds a preload for each such font. The full stylesheet
 * moves to the end of <body> ('body' strategy): a parser-inserted stylesheet in the body is not
 * render-blocking (HTML spec: only elements met while the document has no body are added to
 * its render-blocking set), and unlike the `media="print" onload` trick it needs no inline
 * event handler, which the CSP forbids, and works without JavaScript. States scripts add later
 * (hover cards, the interactive map) get their rules from the full stylesheet, and so does print
 * (scripts/lib/print-only-rules.ts).
 *
 * Runs after every step that writes HTML and before the headers step, which hashes the inline
 * <style> into each page's CSP. All pages are processed before any is written, so an error
 * leaves the staging folder as it was (and the build then keeps the previous dist/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Beasties from 'beasties';
import { htmlFilesUnder } from '../lib/dist-files.ts';
import { withoutPrintOnlyRules } from '../lib/print-only-rules.ts';

export async function run(outDir: string) {
  const problems: string[] = [];
  const beasties = new Beasties({
    path: outDir,
    publicPath: '/',
    preload: 'body',
    // The fonts the critical rules use: declared inline and preloaded, so text never waits on the stylesheet.
    inlineFonts: true,
    preloadFonts: true,
    // The full stylesheet stays whole: it is one cached file for every page.
    pruneSource: false,
    compress: true,
    logger: { warn: (message) => problems.push(message), error: (message) => problems.push(message) },
  });
  const files = htmlFilesUnder(outDir);
  const out: [string, string][] = [];
  for (const file of files) {
    const before = readFileSync(join(outDir, file), 'utf8');
    // With no container marked, Beasties marks <html> as the one to match selectors in; the
    // marker is its own bookkeeping, not the site's markup.
    const after = (await beasties.process(before))
      .replace(/(<html\b[^>]*?) data-beasties-container(="")?/, '$1')
      // The first <style> is the one Beasties wrote (it goes first in <head>).
      .replace(/<style>([\s\S]*?)<\/style>/, (_, css: string) => `<style>${withoutPrintOnlyRules(css)}</style>`);
    out.push([file, after]);
  }
  // A stylesheet it could not read or a selector it could not parse would silently ship a page
  // without some of its first-paint rules: fail the build instead.
  if (problems.length) throw new Error(`critical CSS: ${problems.join('\n')}`);
  for (const [file, html] of out) writeFileSync(join(outDir, file), html);
}
