/**
 * Summaries and data prose are written in our own words: no run of 8 or more consecutive words
 * (outside quotation marks) may match the report it summarises. Needs the captured reports;
 * skipped, with the reason printed, when they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { sharedRuns } from '../../src/lib/content/originality.ts';

const RUN = 8;
const sourcesDir = resolve(process.env.SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'sources'));
const available = existsSync(sourcesDir);
if (!available) console.warn(`Originality tests SKIPPED: no source reports at ${sourcesDir}.`);
const content = loadContent(process.cwd());
const sourceText = (slug: string) => {
  const report = content.reports.find((r) => r.id === slug)!;
  return readFileSync(join(sourcesDir, report.data.sourceFile), 'utf8');
};
const stripTags = (mdx: string) => mdx.replace(/<[^>]+>/g, ' ');

describe.skipIf(!available)(`our prose shares no ${RUN}-word run with its sources`, () => {
  it.each(content.reports.map((r) => [r.id, r] as const))('report summary %s', (slug, report) => {
    const ours = [stripTags(report.body), report.data.standfirst, ...report.data.keyPoints].join('\n');
    expect(sharedRuns(ours, sourceText(slug), RUN)).toEqual([]);
  });

  const facts = [...content.events, ...content.estimates, ...content.places].map((e) => [e.file, e] as const);
  it.each(facts)('%s', (_, entry) => {
    const data = entry.data as Record<string, unknown> & { sources: { report: string }[] };
    const ours = ['title', 'description', 'summary', 'note'].map((k) => (typeof data[k] === 'string' ? data[k] : '')).join('\n');
    for (const report of new Set(data.sources.map((s) => s.report))) expect(sharedRuns(ours, sourceText(report), RUN)).toEqual([]);
  });
});

describe('sharedRuns', () => {
  const source = 'The quick brown fox jumps over the lazy dog near the river bank today.';
  it('finds a copied run', () => {
    expect(sharedRuns('He wrote that the quick brown fox jumps over the lazy dog near home.', source, 8)).toHaveLength(3);
  });
  it('ignores quoted words and short overlaps', () => {
    expect(sharedRuns('He said "the quick brown fox jumps over the lazy dog near the river".', source, 8)).toEqual([]);
    expect(sharedRuns('A quick brown fox, then a lazy dog.', source, 8)).toEqual([]);
  });
});
