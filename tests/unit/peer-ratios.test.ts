/** Our pages against the peer pages: ratios, the fastest peer, and the targets as met or missed. */
import { describe, expect, it } from 'vitest';
import {
  compare,
  evaluatePeerTargets,
  fastestByLcp,
  ratio,
  type PageFigures,
} from '../../src/lib/quality/peer-ratios.ts';
import { medianOf } from '../../src/lib/quality/weights.ts';

const timelinejs: PageFigures = {
  label: 'TimelineJS',
  transferGzip: 100_000,
  requests: 12,
  lcpMs: 900,
  fcpMs: 800,
  tbtMs: 300,
};
const chartjs: PageFigures = { label: 'Chart.js', transferGzip: 80_000, requests: 4, lcpMs: 600, fcpMs: 500, tbtMs: 0 };
const leaflet: PageFigures = {
  label: 'Leaflet',
  transferGzip: 300_000,
  requests: 9,
  lcpMs: 1200,
  fcpMs: 700,
  tbtMs: 100,
};
const peers = [timelinejs, chartjs, leaflet];

describe('ratio', () => {
  it('is null for a missing figure or a zero denominator', () => {
    expect(ratio(5, 10)).toBe(0.5);
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(undefined, 10)).toBeNull();
    expect(ratio(5, Number.NaN)).toBeNull();
  });
});

describe('compare', () => {
  it('takes bytes against the page’s own peer, LCP against the fastest peer of the run', () => {
    const ours: PageFigures = {
      label: '/timeline/',
      transferGzip: 25_000,
      requests: 7,
      lcpMs: 1200,
      fcpMs: 400,
      tbtMs: 0,
    };
    const c = compare(ours, timelinejs, peers, 20_000);
    expect(fastestByLcp(peers)?.label).toBe('Chart.js');
    expect(c.bytesRatio).toBe(0.25);
    expect(c.lcpRatioToFastest).toBe(2);
    expect(c.fcpRatio).toBe(0.5);
    expect(c.tbtRatio).toBe(0);
  });

  it('reports each target as met or missed', () => {
    const heavy: PageFigures = { label: '/timeline/', transferGzip: 25_000, requests: 7, lcpMs: 1200 };
    expect(
      evaluatePeerTargets(compare(heavy, timelinejs, peers, 20_000)).map((t) => [t.budget.split(' ')[0], t.met]),
    ).toEqual([
      ['bytes', false],
      ['LCP', false],
      ['critical', false],
    ]);
    const light: PageFigures = { label: '/timeline/', transferGzip: 20_000, requests: 2, lcpMs: 600 };
    expect(evaluatePeerTargets(compare(light, timelinejs, peers, 14_600)).every((t) => t.met)).toBe(true);
  });

  it('has no byte target for a page without a peer, and no LCP target without Lighthouse', () => {
    const overview: PageFigures = { label: '/', transferGzip: 14_000, requests: 5 };
    expect(evaluatePeerTargets(compare(overview, undefined, peers, 14_000)).map((t) => t.budget.split(' ')[0])).toEqual(
      ['critical'],
    );
  });
});

describe('medianOf (Lighthouse medians over runs)', () => {
  it('skips a run that could not measure the metric, and is NaN only when none could', () => {
    expect(medianOf([1400, Number.NaN, 1200])).toBe(1300);
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([Number.NaN, Number.NaN])).toBeNaN();
  });
});
