/**
 * Our pages against the pages a newsroom would ship with a client-side tool instead (issue 16):
 * ratios next to the absolute figures, and the targets as met or missed. Pure: the
 * benchmark measures, this compares. Targets are reported, never asserted in tests as timings.
 */
import { FIRST_WINDOW_BYTES } from './critical-path.ts';
import { formatBytes, type BudgetResult } from './weights.ts';

/** What one page measured in one benchmark run (Lighthouse figures are medians, absent without Lighthouse). */
export interface PageFigures {
  /** What the reader sees in the table: a path, or the peer's tool name. */
  label: string;
  /** Every byte transferred on the first load, gzipped as the server sends it. */
  transferGzip: number;
  requests: number;
  lcpMs?: number | undefined;
  fcpMs?: number | undefined;
  tbtMs?: number | undefined;
}

export interface Comparison {
  ours: PageFigures;
  /** The page drawing the same data with the peer tool; absent for pages without one (the overview). */
  peer?: PageFigures | undefined;
  /** The peer page with the lowest LCP in the same run. */
  fastestPeer?: PageFigures | undefined;
  /** Critical-path bytes of our page (gzipped), when computed. */
  criticalGzip?: number | undefined;
  /** Transferred bytes, ours ÷ the peer's. */
  bytesRatio: number | null;
  /** LCP, ours ÷ the fastest peer's: the target is at most 1. */
  lcpRatioToFastest: number | null;
  /** FCP, ours ÷ the peer's (for a page without a peer, ÷ the fastest peer's). */
  fcpRatio: number | null;
  /** TBT, ours ÷ the peer's (null when the peer blocks for 0 ms). */
  tbtRatio: number | null;
}

/** The targets: each figure page transfers at most a fifth of its peer page's bytes. */
export const PEER_BYTES_FRACTION = 1 / 5;

/** a/b, or null when either is missing or b is 0 (a ratio to nothing says nothing). */
export const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b;

/** The peer with the lowest LCP; undefined when no peer has one. */
export function fastestByLcp(peers: readonly PageFigures[]): PageFigures | undefined {
  return peers
    .filter((p) => p.lcpMs !== undefined && Number.isFinite(p.lcpMs))
    .reduce<PageFigures | undefined>((best, p) => (!best || p.lcpMs! < best.lcpMs! ? p : best), undefined);
}

export function compare(
  ours: PageFigures,
  peer: PageFigures | undefined,
  allPeers: readonly PageFigures[],
  criticalGzip?: number,
): Comparison {
  const fastestPeer = fastestByLcp(allPeers);
  return {
    ours,
    peer,
    fastestPeer,
    criticalGzip,
    bytesRatio: ratio(ours.transferGzip, peer?.transferGzip),
    lcpRatioToFastest: ratio(ours.lcpMs, fastestPeer?.lcpMs),
    fcpRatio: ratio(ours.fcpMs, peer?.fcpMs ?? fastestPeer?.fcpMs),
    tbtRatio: ratio(ours.tbtMs, peer?.tbtMs),
  };
}

export const formatRatio = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);

/** The targets for one comparison, each met or missed, with the figures that decide it. */
export function evaluatePeerTargets(c: Comparison): BudgetResult[] {
  const out: BudgetResult[] = [];
  const subject = c.ours.label;
  if (c.peer && c.bytesRatio !== null)
    out.push({
      budget: `bytes ≤ 1/5 of the ${c.peer.label} page`,
      subject,
      met: c.bytesRatio <= PEER_BYTES_FRACTION,
      actual: `${formatBytes(c.ours.transferGzip)} vs ${formatBytes(c.peer.transferGzip)} (${formatRatio(c.bytesRatio)}; target ${formatBytes(Math.floor(c.peer.transferGzip * PEER_BYTES_FRACTION))})`,
    });
  if (c.fastestPeer && c.lcpRatioToFastest !== null)
    out.push({
      budget: 'LCP ≤ the fastest peer page’s',
      subject,
      met: c.lcpRatioToFastest <= 1,
      actual: `${c.ours.lcpMs} ms vs ${c.fastestPeer.lcpMs} ms (${c.fastestPeer.label}; ${formatRatio(c.lcpRatioToFastest)})`,
    });
  if (c.criticalGzip !== undefined)
    out.push({
      budget: `critical path ≤ ${(FIRST_WINDOW_BYTES / 1000).toFixed(1)} KB (first TCP window, ${FIRST_WINDOW_BYTES} B)`,
      subject,
      met: c.criticalGzip <= FIRST_WINDOW_BYTES,
      actual: `${c.criticalGzip} B gzipped`,
    });
  return out;
}
