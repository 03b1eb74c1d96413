/** The home page's answer-first summary, chosen from the real content: each figure keeps its report's words. */
import { describe, expect, it } from 'vitest';
import { headlineList, headlineNumbers, reportSpan } from '../../src/lib/data/headline.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { loadContent } from '../../src/lib/content/load.ts';

describe('the home page summary on the real content', () => {
  const model = buildModel(loadContent(process.cwd()));
  it('keeps each figure in its report’s own words, claimant and date', () => {
    const picked = headlineList(headlineNumbers(model.estimates)).map((e) => ({
      figure: e.asStated,
      claimant: e.claimant.name,
      asOf: e.asOf.start,
      report: e.sources[0]?.report.slug,
    }));
    expect(picked).toEqual([
      { figure: '1,500', claimant: "South Korea's National Intelligence Service (NIS)", asOf: '2024-10-18', report: 'asia-business-daily' },
      { figure: 'more than 10,000', claimant: 'South Korea', asOf: '2024-11-05', report: 'korea-bizwire' },
      { figure: '12,000', claimant: "South Korea's National Intelligence Service (NIS)", asOf: '2024-10-18', report: 'asia-business-daily' },
    ]);
  });

  it('dates the record by its reports', () => {
    expect(reportSpan(model.reports)).toEqual({ count: 5, first: '2024-10-22', last: '2024-11-06', undated: 1 });
  });
});
