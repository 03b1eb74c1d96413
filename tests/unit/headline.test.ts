import { describe, expect, it } from 'vitest';
import { headlineList, headlineNumbers, reportSpan } from '../../src/lib/data/headline.ts';
import type { Estimate } from '../../src/lib/data/model.ts';

/** Only the fields the selector reads; the rest of an Estimate does not take part in the choice. */
const est = (
  id: string,
  status: Estimate['status'],
  start: string,
  over: { count?: number; kind?: Estimate['claimant']['kind']; asOfKind?: Estimate['asOfKind'] } = {},
): Estimate =>
  ({
    id,
    status,
    count: over.count ?? 1000,
    asOfKind: over.asOfKind ?? 'stated',
    asOf: { iso: start, precision: 'day', start, end: start },
    claimant: { name: id, kind: over.kind ?? 'intelligence' },
  }) as Estimate;

describe('headlineNumbers', () => {
  it('picks the first and latest "in Russia" counts and the planned total, by stated date', () => {
    const picked = headlineNumbers([
      est('late', 'in-russia', '2024-11-05', { count: 10000 }),
      est('early', 'in-russia', '2024-10-18', { count: 1500 }),
      est('middle', 'in-russia', '2024-10-25', { count: 3000 }),
      est('plan', 'planned-total', '2024-10-18', { count: 12000 }),
      est('front', 'expected-at-front', '2024-10-30'),
    ]);
    expect([picked.firstInRussia?.id, picked.latestInRussia?.id, picked.plannedTotal?.id]).toEqual([
      'early',
      'late',
      'plan',
    ]);
  });

  it('never lets a publication date ("as reported on") or an unnamed claimant headline the page', () => {
    const picked = headlineNumbers([
      est('stated', 'in-russia', '2024-10-18'),
      est('stated-later', 'in-russia', '2024-11-05'),
      est('as-reported', 'in-russia', '2024-11-06', { asOfKind: 'as-reported' }),
      est('anonymous-plan', 'planned-total', '2024-10-01', { kind: 'unattributed' }),
      est('named-plan', 'planned-total', '2024-10-18'),
    ]);
    expect(picked.latestInRussia?.id).toBe('stated-later');
    expect(picked.plannedTotal?.id).toBe('named-plan');
  });

  it('breaks ties on a date by count, then id, whatever the input order', () => {
    const a = est('b-id', 'in-russia', '2024-10-18', { count: 1500 });
    const b = est('a-id', 'in-russia', '2024-10-18', { count: 1500 });
    expect(headlineNumbers([a, b]).firstInRussia?.id).toBe('a-id');
    expect(headlineNumbers([b, a]).firstInRussia?.id).toBe('a-id');
  });

  it('shows one "in Russia" figure once, not as both first and latest', () => {
    const picked = headlineNumbers([est('only', 'in-russia', '2024-10-18')]);
    expect(headlineList(picked).map((e) => e.id)).toEqual(['only']);
  });
});

describe('reportSpan', () => {
  it('spans the dated reports and counts the undated ones apart', () => {
    expect(reportSpan([{ published: '2024-11-06' }, { published: null }, { published: '2024-10-22' }])).toEqual({
      count: 3,
      first: '2024-10-22',
      last: '2024-11-06',
      undated: 1,
    });
    expect(reportSpan([{ published: null }])).toEqual({ count: 1, first: null, last: null, undated: 1 });
  });
});
