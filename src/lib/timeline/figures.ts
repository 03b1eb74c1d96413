/**
 * Which troop-count records an event carries. Events and estimates are written separately in
 * content/, with no field joining them; they rest on the same passage when an event's evidence
 * and an estimate's evidence, from the same report, share a long run of words. 40 characters is
 * a clause, far longer than a shared figure or phrase ("10,000 North Korean troops" is 26), so
 * two records that merely mention the same number are not joined.
 */
import type { Estimate, TimelineEvent } from '../data/model.ts';

export const SHARED_PASSAGE_MIN = 40;

/** Length of the longest run of characters that both strings contain. */
export function longestSharedRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      diagonal = above;
    }
  }
  return best;
}

type EventSources = Pick<TimelineEvent, 'sources'>;
type EstimateSources = Pick<Estimate, 'id' | 'sources'>;

/** True when the event quotes the passage of the same report the estimate rests on. */
export const carriesEstimate = (event: EventSources, estimate: EstimateSources) =>
  estimate.sources.some((es) =>
    event.sources.some(
      (s) => s.report.slug === es.report.slug && longestSharedRun(s.evidence, es.evidence) >= SHARED_PASSAGE_MIN,
    ),
  );

/** The estimates each event carries, in the estimates' own order; events with none are left out. */
export function eventFigures<E extends EstimateSources>(
  events: readonly (EventSources & { id: string })[],
  estimates: readonly E[],
): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const event of events) {
    const carried = estimates.filter((e) => carriesEstimate(event, e));
    if (carried.length > 0) out.set(event.id, carried);
  }
  return out;
}
