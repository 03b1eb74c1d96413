/**
 * Page weight and budgets for `npm run bench`: bytes of each kind a page loads (raw and gzipped),
 * and the budgets the issue sets, evaluated as met or missed. Pure apart from gzip.
 */
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Resource {
  url: string;
  kind: ResourceKind;
  bytes: number;
  gzipBytes: number;
}

export const gzipSize = (body: Uint8Array | string) => gzipSync(body, { level: 9 }).length;

export function kindOf(path: string, contentType = ''): ResourceKind {
  const p = path.toLowerCase().split(/[?#]/)[0] ?? '';
  if (contentType.includes('html') || p.endsWith('/') || p.endsWith('.html')) return 'html';
  if (contentType.includes('css') || p.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(p)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(p)) return 'font';
  if (/\.(png|jpe?g|gif|svg|webp|avif|ico)$/.test(p)) return 'image';
  return 'other';
}

export interface Weight {
  raw: number;
  gzip: number;
}
export type Weights = Record<ResourceKind, Weight> & { requests: number };

/** Sums resources by kind; each URL counts once. */
export function sumWeights(resources: readonly Resource[]): Weights {
  const zero = (): Weight => ({ raw: 0, gzip: 0 });
  const out: Weights = {
    html: zero(),
    css: zero(),
    js: zero(),
    font: zero(),
    image: zero(),
    other: zero(),
    requests: 0,
  };
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.url)) continue;
    seen.add(r.url);
    out[r.kind].raw += r.bytes;
    out[r.kind].gzip += r.gzipBytes;
    out.requests += 1;
  }
  return out;
}

/**
 * The median of the finite values; NaN when there is none. A Lighthouse run that could not measure
 * a metric (an LCP it did not see) reports NaN, which must neither sort into the middle nor make
 * the whole median NaN while other runs measured it.
 */
export function medianOf(values: readonly number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const formatBytes = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/** Slope of log(time) against log(items): 1 is linear, 2 quadratic. Null with fewer than two usable points. */
export function growthExponent(points: readonly { items: number; seconds: number }[]): number | null {
  const usable = points.filter((p) => p.items > 0 && p.seconds > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.items));
  const ys = usable.map((p) => Math.log(p.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? null : num / den;
}

/**
 * Whether build time grows no worse than linearly: the cost of each extra item (the slope between
 * the two largest sizes) is at most `tolerance` times the slope between the two smallest. A fixed
 * start-up cost does not count against it; a cost per item that rises with the size does.
 */
export function growsLinearly(points: readonly { items: number; seconds: number }[], tolerance = 1.5): boolean | null {
  const sorted = [...points].filter((p) => p.items > 0 && p.seconds > 0).sort((a, b) => a.items - b.items);
  if (sorted.length < 3) {
    if (sorted.length < 2) return null;
    // Two sizes: compare time per item (start-up cost makes a linear build look cheaper at scale).
    const [a, b] = sorted as [{ items: number; seconds: number }, { items: number; seconds: number }];
    return b.seconds / b.items <= tolerance * (a.seconds / a.items);
  }
  const slope = (a: { items: number; seconds: number }, b: { items: number; seconds: number }) =>
    (b.seconds - a.seconds) / (b.items - a.items);
  const first = slope(sorted[0]!, sorted[1]!);
  const last = slope(sorted.at(-2)!, sorted.at(-1)!);
  return last <= tolerance * Math.max(first, 0) || last <= 0;
}

export type PageType = 'overview' | 'report' | 'timeline' | 'chart' | 'map' | 'embed' | 'other';

export interface PageMeasurement {
  type: PageType;
  path: string;
  weights: Weights;
  /** JavaScript loaded on demand after the first load (e.g. the map's interactive layer), gzipped bytes. */
  lazyJsGzip?: number;
  /** Whether the lazy JS was absent from the first load (i.e. really on demand). */
  lazyOnDemand?: boolean;
  lighthouse?: {
    performance: number;
    accessibility: number;
    bestPractices: number;
    seo: number;
    lcpMs: number;
    /** First contentful paint (optional: results written before the peer comparison lack it). */
    fcpMs?: number;
    tbtMs: number;
    cls: number;
  };
}

/** Every byte a page's first load transferred, gzipped as the server sent it. */
export const transferredGzip = (w: Weights) =>
  (['html', 'css', 'js', 'font', 'image', 'other'] as const).reduce((sum, k) => sum + w[k].gzip, 0);

export interface BudgetResult {
  budget: string;
  subject: string;
  met: boolean;
  actual: string;
}

export const BUDGETS = {
  lighthouseScore: 100,
  /** Gzipped JavaScript on the first load of timeline and chart pages. */
  figureJsGzip: 5 * 1024,
  /** Gzipped JavaScript of the map's lazily loaded interactive layer. */
  mapLazyJsGzip: 60 * 1024,
  cls: 0,
} as const;

/** Evaluates the per-page budgets. */
export function evaluatePageBudgets(pages: readonly PageMeasurement[]): BudgetResult[] {
  const out: BudgetResult[] = [];
  for (const p of pages) {
    const subject = `${p.type} ${p.path}`;
    if (p.lighthouse) {
      const lh = p.lighthouse;
      const scores = {
        performance: lh.performance,
        accessibility: lh.accessibility,
        'best practices': lh.bestPractices,
        SEO: lh.seo,
      };
      // Embeds are noindex by design, which Lighthouse's SEO category marks down: not a budget for them.
      const entries = Object.entries(scores).filter(([name]) => !(p.type === 'embed' && name === 'SEO'));
      const low = entries.filter(([, v]) => v < BUDGETS.lighthouseScore);
      out.push({
        budget: `Lighthouse ${BUDGETS.lighthouseScore} in every category${p.type === 'embed' ? ' (SEO aside: embeds are noindex)' : ''}`,
        subject,
        met: low.length === 0,
        actual: entries.map(([k, v]) => `${k} ${v}`).join(', '),
      });
      out.push({ budget: 'CLS 0', subject, met: lh.cls <= BUDGETS.cls, actual: lh.cls.toFixed(3) });
    }
    if (p.type === 'overview' || p.type === 'report') {
      out.push({
        budget: 'no JavaScript',
        subject,
        met: p.weights.js.raw === 0,
        actual: `${formatBytes(p.weights.js.gzip)} gzipped`,
      });
    }
    if (p.type === 'timeline' || p.type === 'chart') {
      out.push({
        budget: `JS ≤ ${formatBytes(BUDGETS.figureJsGzip)} gzipped`,
        subject,
        met: p.weights.js.gzip <= BUDGETS.figureJsGzip,
        actual: formatBytes(p.weights.js.gzip),
      });
    }
    if (p.type === 'map' && p.lazyJsGzip !== undefined) {
      out.push({
        budget: `interactive layer ≤ ${formatBytes(BUDGETS.mapLazyJsGzip)} gzipped, loaded on demand`,
        subject,
        met: p.lazyJsGzip <= BUDGETS.mapLazyJsGzip && p.lazyOnDemand === true,
        actual: `${formatBytes(p.lazyJsGzip)}${p.lazyOnDemand ? ', on demand' : ', NOT on demand'}`,
      });
    }
  }
  return out;
}

/** Page type from a URL path. */
export function pageTypeOf(path: string): PageType {
  if (path === '/') return 'overview';
  if (path.startsWith('/embed/')) return 'embed';
  if (/^\/reports\/[^/]+\/$/.test(path)) return 'report';
  if (path === '/timeline/') return 'timeline';
  if (path === '/troops/') return 'chart';
  if (path === '/map/') return 'map';
  return 'other';
}
