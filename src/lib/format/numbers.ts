import { estimateQualifiers, type EstimateQualifier } from '../taxonomy.ts';

/** 12000 → "12,000" (fixed locale so output never depends on the machine). */
export const formatCount = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** 10000 + at-least → "at least 10,000"; exact counts get no qualifier word. */
export const formatClaimedCount = (count: number, qualifier: EstimateQualifier) =>
  qualifier === 'exact' ? formatCount(count) : `${estimateQualifiers[qualifier]} ${formatCount(count)}`;
