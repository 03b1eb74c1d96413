/**
 * The real content held to the editorial guards and to the review's findings (each rule on a
 * fixture that breaks it is in tests/unit/editorial-guards.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedRuns } from '../../src/lib/content/originality.ts';
import { FIGURE_GUARD_COLLECTIONS, copyBlocks, validateEditorial } from '../../src/lib/content/validate-references.ts';
import { readContent } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { conflictsForEstimate, conflictsForReport } from '../../src/lib/data/queries.ts';
import { estimatesCsv, estimatesJson } from '../../src/lib/data/estimates-export.ts';
import { markLabelLines, markTitle } from '../../src/lib/charts/troop/wording.ts';

const lines = (problems: { file: string; path: string; message: string }[]) => problems.map(formatProblem);

describe('the real content', () => {
  const content = loadContent(process.cwd());
  const model = buildModel(content);
  const estimate = (id: string) => model.estimates.find((e) => e.id === id)!;

  it('passes every guard over the collections this branch owns', () => {
    const { problems } = validateEditorial(readContent(process.cwd()), content, FIGURE_GUARD_COLLECTIONS);
    expect(lines(problems)).toEqual([]);
  });

  it('keeps each source’s hedge and status (B1, B2)', () => {
    expect(estimate('south-korea-10000-in-russia').asStated).toBe('more than 10,000');
    expect(estimate('south-korea-10000-in-russia').qualifier).toBe('more-than');
    expect(estimate('south-korean-intelligence-10000-expected').asStated).toBe('over 10,000');
    expect(estimate('zelensky-10000').status).toBe('possibility-raised');
    expect(estimate('zelensky-10000').statusLabel).toBe('Possibility raised');
  });

  it('shows the source’s words, not our qualifier label, in chart labels, titles, CSV and JSON (B2, B6)', () => {
    const sk = estimate('south-korea-10000-in-russia');
    // The chart's direct label keeps the hedge in its short form ("more than" → "+", never "at least").
    expect(markLabelLines(sk)[0]).toBe('10,000+');
    expect(markTitle(sk)).toContain('more than 10,000 soldiers');
    expect(markLabelLines(estimate('asia-business-daily-headline-10000'))[1]).toMatch(/sub-headline/);
    const csv = estimatesCsv(model.estimates);
    expect(csv).toContain('over 10,000');
    expect(csv).not.toContain('at least 10,000');
    const json = estimatesJson(model.estimates, 'https://example.com/troops/');
    expect(json.estimates.find((e) => e.id === 'south-korea-10000-in-russia')!.count_as_claimed).toBe('more than 10,000');
  });

  it('keeps Blackburn’s 1,500 as its own record, dated as Blackburn reports it (A2)', () => {
    const b = estimate('nis-1500-blackburn');
    expect(b.sources.map((s) => s.report.slug)).toEqual(['blackburn']);
    expect(b.asOf.iso).toBe('2024-11-06');
    expect(b.asOfLabel).toBe('as reported on');
    expect(model.estimates.filter((e) => e.claim === 'nis-1500').map((e) => e.id).sort()).toEqual(['nis-1500-abd', 'nis-1500-blackburn', 'nis-1500-news-net']);
    for (const e of model.estimates) expect(e.sources).toHaveLength(1);
  });

  it('records the review’s disagreements (A1, A2, B5, B6, B9, B10) and links them from their claims', () => {
    const ids = model.conflicts.map((c) => c.id);
    for (const id of [
      'two-different-3000s',
      'troops-in-russia-on-6-november',
      'topgab-front-now-or-later',
      'combat-role-verified-or-at-front',
      'asia-business-daily-sub-headline',
      'treaty-terms',
      'south-korea-aid-to-ukraine',
    ])
      expect(ids).toContain(id);
    expect(conflictsForEstimate(model, 'kyiv-independent-3000').map((c) => c.id)).toContain('two-different-3000s');
    expect(conflictsForReport(model, 'korea-bizwire').map((c) => c.id)).toContain('south-korea-aid-to-ukraine');
  });

  it('writes the overview, chart and map without the review’s merged, ranked or invented wording (A1, A2, A3, B7, B8)', () => {
    const { overview, troops, map } = content.copy;
    const all = JSON.stringify([overview, troops, map]);
    expect(all).not.toMatch(/in training or bound for the front/);
    expect(troops!.takeaway.text).not.toMatch(/\brose\b/);
    expect(all).not.toMatch(/shipped to|landed around|were then sent|\bthen sent\b|the reports name \d|every place the reports name/i);
    expect(map!.caption.text).toContain('South Korea said');
    expect(map!.caption.text).toMatch(/Ukraine/);
  });
});

describe('conflict and copy prose is our own words', () => {
  const sourcesDir = resolve(process.env.SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'sources'));
  const content = loadContent(process.cwd());
  const texts = content.reports.filter((r) => existsSync(join(sourcesDir, r.data.sourceFile))).map((r) => readFileSync(join(sourcesDir, r.data.sourceFile), 'utf8'));
  const prose = [
    ...content.conflicts.map((c) => [c.file, [c.data.title, c.data.note, ...c.data.sides.map((s) => s.label)].join('\n')] as const),
    ...Object.entries(content.copy).map(([id, copy]) => [`content/copy/${id}.yaml`, copyBlocks(copy).map((b) => b.block.text).join('\n')] as const),
  ];
  it.skipIf(texts.length === 0).each(prose)('%s shares no 8-word run with any report', (_, ours) => {
    for (const source of texts) expect(sharedRuns(ours, source, 8)).toEqual([]);
  });
});
