import { describe, expect, it } from 'vitest';
import { buildModel, groupByMonth } from '../../src/lib/data/model.ts';
import { loadContent } from '../../src/lib/content/load.ts';

const content = loadContent(process.cwd());
const model = buildModel(content);

describe('groupByMonth', () => {
  it('groups consecutive items by the month they start in', () => {
    const d = (start: string) => ({ date: { iso: start, precision: 'day' as const, start, end: start } });
    const groups = groupByMonth([d('2024-06-01'), d('2024-10-15'), d('2024-10-18'), d('2024-11-05')]);
    expect(groups.map((g) => [g.month, g.items.length])).toEqual([
      ['2024-06', 1],
      ['2024-10', 2],
      ['2024-11', 1],
    ]);
  });
});

describe('groupCitations', () => {
  it('names each report once and drops repeated snippets', async () => {
    const { groupCitations } = await import('../../src/lib/data/citations.ts');
    const [a, b] = model.reports;
    const groups = groupCitations([
      { report: a!, evidence: 'x' },
      { report: b!, evidence: 'y' },
      { report: a!, evidence: 'z' },
      { report: a!, evidence: 'x' },
    ]);
    expect(groups.map((g) => [g.report.slug, g.evidence])).toEqual([
      [a!.slug, ['x', 'z']],
      [b!.slug, ['y']],
    ]);
  });
});
