/**
 * Markup prints no words of its own: every reader-facing string in these templates comes from
 * src/lib/i18n/en.json through t(), so a translation never meets English left in a template.
 * The scan reads each template (front matter, <style>, <script> and comments left out), drops
 * {expressions} and tags, and fails on any word left, and on a text attribute written as a literal.
 * Components not yet through the seam are not listed here (see the README's "Strings and locales").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

const THROUGH_THE_SEAM = [
  'src/layouts/BaseLayout.astro',
  'src/layouts/EmbedLayout.astro',
  'src/components/seo/HeadMeta.astro',
  'src/pages/404.astro',
  'src/pages/index.astro',
  'src/pages/sources.astro',
  'src/pages/corrections/index.astro',
  'src/pages/disagreements/index.astro',
  'src/pages/map/index.astro',
  'src/pages/reports/[slug].astro',
  'src/pages/reports/index.astro',
  'src/pages/timeline/index.astro',
  'src/pages/troops/index.astro',
  'src/components/ReportMeta.astro',
  'src/components/ReportCards.astro',
  'src/components/EstimateList.astro',
  'src/components/timeline/EventSources.astro',
  'src/components/troops/TroopTable.astro',
  'src/components/troops/TroopMarkDetails.astro',
];

/** Attributes a reader hears or sees. */
const TEXT_ATTRIBUTES = /\s(aria-label|title|alt|caption|imageNote|placeholder)="([^"]*[A-Za-z]{2}[^"]*)"/g;

/** The words a template prints itself, and its literal text attributes. */
function literalText(source: string): string[] {
  const parts = source.split(/^---$/m);
  const template = (parts.length >= 3 ? parts.slice(2).join('---') : source)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const attributes = [...template.matchAll(TEXT_ATTRIBUTES)].map((m) => m[0].trim());
  let text = template;
  // Innermost {…} first, until none is left (expressions nest: {list.map((x) => <a>{x}</a>)}).
  for (let previous = ''; previous !== text;) [previous, text] = [text, text.replace(/\{[^{}]*\}/g, ' ')];
  const words = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&\w+;/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[A-Za-z]{2}/.test(line));
  return [...attributes, ...words];
}

describe('templates through the string seam', () => {
  it.each(THROUGH_THE_SEAM)('%s prints no literal words', (file) => {
    expect(literalText(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it('the scan finds text, text attributes and words beside expressions, and ignores code', () => {
    const page = [
      '---',
      "const x = 'Front matter is code';",
      '---',
      '<a class="skip-link" href="#main">Skip to content</a>',
      '<nav aria-label="Other reports">{t("a")}</nav>',
      '<p>{count} events</p>',
      '<p>{t("b", { x: <em>{y}</em> })}</p>',
      '<style>.a { color: red; }</style>',
    ].join('\n');
    expect(literalText(page)).toEqual(['aria-label="Other reports"', 'Skip to content', 'events']);
  });
});
