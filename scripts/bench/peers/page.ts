/**
 * What every peer page shares: the shell a newsroom page has (doctype, language, viewport, title,
 * the library's stylesheet and script in the head, as each library's own docs show), escaping, the
 * way we name a source, and copying a library's files into the page's folder (served from there,
 * never from a CDN, so no request leaves the machine).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Citation } from '../../../src/lib/data/model.ts';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON safe inside an inline <script>: no "</script>" or "<!--" can end it early. */
export const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A source as the peer pages print it: outlet (linked when the report's URL is known) and its evidence. */
export function sourceHtml({ report, evidence }: Citation): string {
  const name = escapeHtml(report.shortName);
  const url = report.url && /^https?:\/\//.test(report.url) ? report.url : null;
  const link = url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
  return `${link}: “${escapeHtml(evidence)}”`;
}

/** Plain text of a source, for canvas tooltips that cannot hold markup. */
export const sourceText = ({ report, evidence }: Citation) => `${report.shortName}: “${evidence}”`;

export function htmlPage(page: { title: string; css: string[]; js: string[]; body: string }): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.title)}">`,
    ...page.css.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...page.js.map((src) => `<script src="${src}"></script>`),
    '</head>',
    '<body>',
    page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Copies files of an installed package (paths relative to its folder) into `dir`, keeping their layout. */
export function copyVendor(root: string, pkg: string, files: string[], dir: string) {
  for (const file of files) {
    const to = join(dir, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(root, 'node_modules', pkg, file), to);
  }
}
