/**
 * `npm run bench`: what each kind of page costs, against the pages a newsroom would build with
 * client-side tools instead, and how build time grows with the content.
 *
 *   1. Builds the site (timed), serves dist/ with the site’s response headers and gzip, and for each
 *      page type — overview, a report, the timeline, the troop chart, the map (when built) and every
 *      /embed/<name>/ page — counts HTML, CSS, JS, font and image bytes (raw and gzipped) and requests
 *      (bench/weigh.ts), and its critical path: what must arrive before first paint, against the
 *      first TCP window (src/lib/quality/critical-path.ts).
 *   2. Builds the peer pages from the same content into a temporary folder — TimelineJS, Chart.js
 *      and Leaflet with a Natural Earth base layer (bench/peers/) — and serves them with the same
 *      server and gzip (without our CSP, which a newsroom page would not have).
 *   3. Runs Lighthouse (mobile preset) on our pages and the peers in the same Chromium with the same
 *      settings, run after run in turn so drift on a shared machine falls on both: the four
 *      category scores with LCP, FCP, TBT and CLS, medians over the runs.
 *   4. Builds generated content 10 and 100 times the real size (CONTENT_DIR, in a temporary folder)
 *      and prints build time per item.
 *   5. Prints ratios to the peers next to the absolute figures, reports every budget and target as
 *      met or missed, and writes .bench/results.json and .md.
 *
 * Options: --runs N (repeat each build and Lighthouse run N times; medians are reported; default 1,
 * and 3 Lighthouse runs when the peers are measured), --no-peers, --no-scaling, --no-lighthouse.
 * Budgets are reported here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer } from './lib/static-server.ts';
import { copyUnscaled, scaleContent, type ContentFile } from './lib/scale-content.ts';
import { pagePathsUnder } from './lib/dist-files.ts';
import { launchForLighthouse, runLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measureWeights } from './bench/weigh.ts';
import { writePeerPages, type PeerPage } from './bench/peers/index.ts';
import { headersForPath } from '../src/lib/security/policy.ts';
import { criticalPath, FIRST_WINDOW_BYTES, type CriticalPath } from '../src/lib/quality/critical-path.ts';
import {
  compare,
  evaluatePeerTargets,
  formatRatio,
  type Comparison,
  type PageFigures,
} from '../src/lib/quality/peer-ratios.ts';
import {
  evaluatePageBudgets,
  formatBytes,
  growsLinearly,
  growthExponent,
  medianOf,
  pageTypeOf,
  transferredGzip,
  type BudgetResult,
  type PageMeasurement,
  type PageType,
} from '../src/lib/quality/weights.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Math.max(1, Number(args[runsFlag + 1]) || 1) : 1;
const SCALING = !args.includes('--no-scaling');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const PEERS = !args.includes('--no-peers');
/** Ratios to the peers rest on timings: without --runs, take the median of three when they are measured. */
const LIGHTHOUSE_RUNS = runsFlag >= 0 ? RUNS : PEERS ? 3 : 1;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = join(root, '.bench');

const median = medianOf;
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---- builds -----------------------------------------------------------------------------------

/**
 * Runs the real build script (validate, astro build, post-build steps) and returns wall-clock
 * seconds. Each build gets a fresh content-layer cache (ASTRO_CACHE_DIR): every build is measured
 * cold, as in CI, and generated content never enters the project's own cache.
 */
function timedBuild(
  env: Record<string, string> = {},
  extraArgs: string[] = [],
): { seconds: number; slowest: { path: string; ms: number }[] } {
  const cache = mkdtempSync(join(tmpdir(), 'bench-astro-cache-'));
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...extraArgs], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cache, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  rmSync(cache, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`build failed:\n${(result.stderr || result.stdout).slice(-3000)}`);
  // Astro logs each page with its render time ("├─ /troops/index.html (+2.42s)"): the slowest say where growth comes from.
  // Times read "+62ms", "+2.42s" or "+2m 34s".
  const slowest = [...result.stdout.matchAll(/[├└]─ (\S+) \(\+(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?\)/g)]
    .map((m) => ({
      path: m[1]!.replace(/index\.html$/, ''),
      ms: Number(m[2] ?? 0) * 60_000 + Number(m[3] ?? 0) * (m[4] === 's' ? 1000 : 1),
    }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 2);
  return { seconds, slowest };
}

function readRealContent(): ContentFile[] {
  return ['reports', 'events', 'estimates', 'places', 'conflicts', 'copy'].flatMap((dir) =>
    readdirSync(join(root, 'content', dir))
      .filter((name) => /\.(ya?ml|mdx?)$/.test(name) && !name.startsWith('_'))
      .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(root, 'content', dir, name), 'utf8') })),
  );
}

interface ScalePoint {
  factor: number;
  items: number;
  counts: Record<string, number>;
  seconds: number;
  msPerItem: number;
  /** The pages that took longest to render, from Astro's log. */
  slowest: { path: string; ms: number }[];
}

function scalingBuilds(realBuild: { seconds: number; slowest: ScalePoint['slowest'] }): ScalePoint[] {
  const real = readRealContent();
  const countsOf = (files: ContentFile[]) =>
    Object.fromEntries(
      ['reports', 'events', 'estimates', 'places'].map((d) => [
        d,
        files.filter((f) => f.path.startsWith(`${d}/`)).length,
      ]),
    );
  const points: ScalePoint[] = [
    {
      factor: 1,
      items: real.length,
      counts: countsOf(real),
      seconds: realBuild.seconds,
      msPerItem: (realBuild.seconds * 1000) / real.length,
      slowest: realBuild.slowest,
    },
  ];
  for (const factor of [10, 100]) {
    // Inside the project, in a folder without a leading dot (git-ignored, removed afterwards): Vite
    // does not bundle MDX from outside the project root or from dot-folders.
    const dir = mkdtempSync(join(root, `bench-content-${factor}x-`));
    try {
      const files = scaleContent(real, factor);
      for (const f of files) {
        mkdirSync(join(dir, 'content', f.path.split('/')[0]!), { recursive: true });
        writeFileSync(join(dir, 'content', f.path), f.text);
      }
      copyUnscaled(join(root, 'content'), join(dir, 'content'));
      log(`bench: building ${factor}x content (${files.length} entries)…`);
      const builds = [];
      for (let i = 0; i < RUNS; i++)
        builds.push(timedBuild({ CONTENT_DIR: join(dir, 'content') }, ['--out', join(dir, 'dist')]));
      const seconds = median(builds.map((b) => b.seconds));
      points.push({
        factor,
        items: files.length,
        counts: countsOf(files),
        seconds,
        msPerItem: (seconds * 1000) / files.length,
        slowest: builds[0]!.slowest,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return points;
}

// ---- pages ------------------------------------------------------------------------------------

/** One representative per page type; every embed. */
function pagesToMeasure(all: string[]): { type: PageType; path: string }[] {
  const pick = (type: PageType) => all.filter((p) => pageTypeOf(p) === type);
  const chosen: { type: PageType; path: string }[] = [];
  for (const type of ['overview', 'report', 'timeline', 'chart', 'map'] as const) {
    const found = pick(type);
    if (found[0]) chosen.push({ type, path: found[0] });
    else if (type === 'map') log('bench: no /map/ page in dist/ yet: skipping the map');
  }
  for (const path of pick('embed')) chosen.push({ type: 'embed', path });
  return chosen;
}

// ---- report -----------------------------------------------------------------------------------

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!)).join('  ')).join('\n');
};
const mdTable = (rows: string[][]) =>
  [
    `| ${rows[0]!.join(' | ')} |`,
    `| ${rows[0]!.map(() => '---').join(' | ')} |`,
    ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const both = (w: { raw: number; gzip: number }) => `${formatBytes(w.raw)} / ${formatBytes(w.gzip)}`;

async function main() {
  log(
    `bench: building the site (${RUNS} run${RUNS === 1 ? '' : 's'}); Lighthouse ${LIGHTHOUSE ? `${LIGHTHOUSE_RUNS} run${LIGHTHOUSE_RUNS === 1 ? '' : 's'} per page` : 'off'}; peers ${PEERS ? 'on' : 'off'}…`,
  );
  const realBuilds = [];
  for (let i = 0; i < RUNS; i++) realBuilds.push(timedBuild());
  const realBuild = median(realBuilds.map((b) => b.seconds));

  const dist = join(root, 'dist');
  // Gzipped like a static host, so Lighthouse simulates the transfer sizes readers really get.
  const server = createStaticServer(dist, { gzip: true });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // "localhost", the host of the default SITE_URL, so Lighthouse's canonical check sees the same host.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;

  // The peer pages: same server and gzip, the site's headers without its Content-Security-Policy.
  const peerDir = PEERS ? mkdtempSync(join(tmpdir(), 'bench-peers-')) : undefined;
  let peers: PeerPage[] = [];
  let peerServer: ReturnType<typeof createStaticServer> | undefined;
  let peerOrigin = '';
  if (peerDir) {
    log('bench: writing the peer pages (TimelineJS, Chart.js, Leaflet)…');
    peers = writePeerPages(root, peerDir);
    peerServer = createStaticServer(peerDir, {
      gzip: true,
      headers: (path) => {
        const { ['Content-Security-Policy']: _csp, ...rest } = headersForPath(path);
        return rest;
      },
    });
    await new Promise<void>((r) => peerServer!.listen(0, '127.0.0.1', r));
    peerOrigin = `http://localhost:${(peerServer.address() as AddressInfo).port}`;
  }

  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });

  const measurements: PageMeasurement[] = [];
  const peerMeasurements: (PageMeasurement & { tool: string; ours: string })[] = [];
  const lighthouseNotes: Record<string, string[]> = {};
  try {
    const targets = pagesToMeasure(pagePathsUnder(dist));
    for (const { type, path } of targets) {
      log(`bench: weighing ${path}`);
      measurements.push(await measureWeights(browser, origin, type, path));
    }
    for (const peer of peers) {
      log(`bench: weighing the ${peer.tool} page`);
      peerMeasurements.push({ ...(await measureWeights(browser, peerOrigin, 'other', peer.path)), ...peer });
    }
    if (LIGHTHOUSE) {
      const chrome = await launchForLighthouse();
      try {
        const pages = [
          ...measurements.map((m) => ({ m, url: origin + m.path, name: m.path })),
          ...peerMeasurements.map((m) => ({ m, url: peerOrigin + m.path, name: m.tool })),
        ];
        const runs = new Map<PageMeasurement, LighthouseFigures[]>(pages.map((p) => [p.m, []]));
        // Run after run over every page in turn, so a slow spell on the shared machine falls on
        // ours and the peers alike instead of on whichever was measured then.
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++)
          for (const { m, url, name } of pages) {
            log(`bench: Lighthouse ${name} (run ${i + 1} of ${LIGHTHOUSE_RUNS})`);
            runs.get(m)!.push(await runLighthouse(chrome.port, url));
          }
        for (const { m, name } of pages) {
          const mine = runs.get(m)!;
          const med = (k: Exclude<keyof LighthouseFigures, 'failing'>) => median(mine.map((r) => r[k] ?? Number.NaN));
          m.lighthouse = {
            performance: med('performance'),
            accessibility: med('accessibility'),
            bestPractices: med('bestPractices'),
            seo: med('seo'),
            lcpMs: med('lcpMs'),
            fcpMs: med('fcpMs'),
            tbtMs: med('tbtMs'),
            cls: med('cls'),
          };
          const failing = [...new Set(mine.flatMap((r) => r.failing))];
          // Only our pages' lost points are worth listing: the peers are measured for speed and bytes.
          if (failing.length > 0 && measurements.includes(m)) lighthouseNotes[name] = failing;
        }
      } finally {
        chrome.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
    if (peerServer) await new Promise<void>((r) => peerServer.close(() => r()));
    if (peerDir) rmSync(peerDir, { recursive: true, force: true });
  }

  // Critical path of each of our pages, from the built files (what the browser needs before first paint).
  const readDist = (urlPath: string) => {
    const file = join(dist, decodeURIComponent(urlPath));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
  const critical = new Map<string, CriticalPath>(
    measurements.map((m) => [
      m.path,
      criticalPath(readFileSync(join(dist, m.path, 'index.html'), 'utf8'), m.path, readDist),
    ]),
  );
  const figures = (m: PageMeasurement, label: string): PageFigures => ({
    label,
    transferGzip: transferredGzip(m.weights),
    requests: m.weights.requests,
    lcpMs: m.lighthouse?.lcpMs,
    fcpMs: m.lighthouse?.fcpMs,
    tbtMs: m.lighthouse?.tbtMs,
  });
  const peerFigures = peerMeasurements.map((p) => ({ ours: p.ours, figures: figures(p, p.tool) }));
  const comparisons: Comparison[] = measurements.map((m) =>
    compare(
      figures(m, m.path),
      peerFigures.find((p) => p.ours === m.path)?.figures,
      peerFigures.map((p) => p.figures),
      critical.get(m.path)?.gzipTotal,
    ),
  );

  const scaling = SCALING ? scalingBuilds({ seconds: realBuild, slowest: realBuilds[0]!.slowest }) : [];
  const budgets: BudgetResult[] = [...evaluatePageBudgets(measurements), ...comparisons.flatMap(evaluatePeerTargets)];
  if (scaling.length > 1) {
    const linear = growsLinearly(scaling);
    budgets.push({
      budget: 'build time grows no worse than linearly',
      subject: `${scaling.map((s) => `${s.factor}x`).join(', ')} content`,
      met: linear === true,
      actual: `${scaling.map((s) => `${s.msPerItem.toFixed(1)} ms/item`).join(' → ')}; log-log slope ${growthExponent(scaling)?.toFixed(2) ?? 'n/a'}`,
    });
  }

  // ---- print and write
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : `${Math.round(v)} ms`);
  const pageRows = [
    [
      'page',
      'type',
      'HTML raw/gz',
      'CSS raw/gz',
      'JS raw/gz',
      'fonts gz',
      'total gz',
      'requests',
      'perf',
      'a11y',
      'best',
      'SEO',
      'LCP',
      'FCP',
      'TBT',
      'CLS',
    ],
    ...[...measurements, ...peerMeasurements].map((m: PageMeasurement & { tool?: string; ours?: string }) => {
      const lh = m.lighthouse;
      return [
        m.tool !== undefined ? `${m.tool} (peer)` : m.path,
        m.tool !== undefined ? `peer of ${m.ours}` : m.type,
        both(m.weights.html),
        both(m.weights.css),
        both(m.weights.js) + (m.lazyJsGzip !== undefined ? ` (+${formatBytes(m.lazyJsGzip)} gz on demand)` : ''),
        formatBytes(m.weights.font.gzip),
        formatBytes(transferredGzip(m.weights)),
        String(m.weights.requests),
        ...(lh ? [lh.performance, lh.accessibility, lh.bestPractices, lh.seo].map(String) : ['-', '-', '-', '-']),
        lh ? ms(lh.lcpMs) : '-',
        ms(lh?.fcpMs),
        lh ? ms(lh.tbtMs) : '-',
        lh ? String(lh.cls) : '-',
      ];
    }),
  ];
  const vs = (a: string, b: string | undefined, r: number | null) =>
    b === undefined ? a : `${a} / ${b} (${formatRatio(r)})`;
  const sideRows = [
    [
      'page',
      'peer',
      'transferred gz: ours / peer',
      'requests',
      'LCP: ours / fastest peer',
      'FCP: ours / peer (else the fastest)',
      'TBT: ours / peer',
      `critical path gz (≤ ${FIRST_WINDOW_BYTES} B)`,
    ],
    ...comparisons.map((c) => [
      c.ours.label,
      c.peer?.label ?? '-',
      vs(formatBytes(c.ours.transferGzip), c.peer && formatBytes(c.peer.transferGzip), c.bytesRatio),
      c.peer ? `${c.ours.requests} / ${c.peer.requests}` : String(c.ours.requests),
      c.fastestPeer
        ? `${ms(c.ours.lcpMs)} / ${ms(c.fastestPeer.lcpMs)} ${c.fastestPeer.label} (${formatRatio(c.lcpRatioToFastest)})`
        : ms(c.ours.lcpMs),
      vs(ms(c.ours.fcpMs), c.peer ? ms(c.peer.fcpMs) : c.fastestPeer && ms(c.fastestPeer.fcpMs), c.fcpRatio),
      c.peer ? `${ms(c.ours.tbtMs)} / ${ms(c.peer.tbtMs)}` : ms(c.ours.tbtMs),
      c.criticalGzip === undefined
        ? '-'
        : `${c.criticalGzip} B ${c.criticalGzip <= FIRST_WINDOW_BYTES ? 'met' : 'MISSED'} (${critical
            .get(c.ours.label)!
            .resources.map((r) => `${r.kind} ${formatBytes(r.gzipBytes)}`)
            .join(' + ')})`,
    ]),
  ];
  const scaleRows = [
    [
      'content',
      'reports',
      'events',
      'estimates',
      'places',
      'entries',
      'build time',
      'per entry',
      'slowest pages to render',
    ],
    ...scaling.map((s) => [
      s.factor === 1 ? 'real' : `${s.factor}x`,
      ...['reports', 'events', 'estimates', 'places'].map((k) => String(s.counts[k] ?? 0)),
      String(s.items),
      `${s.seconds.toFixed(2)} s`,
      `${s.msPerItem.toFixed(1)} ms`,
      s.slowest.map((p) => `${p.path} ${(p.ms / 1000).toFixed(2)} s`).join(', '),
    ]),
  ];
  const budgetRows = [
    ['budget', 'page', 'result', 'actual'],
    ...budgets.map((b) => [b.budget, b.subject, b.met ? 'met' : 'MISSED', b.actual]),
  ];

  const text = [
    `Build (real content): ${realBuild.toFixed(2)} s${RUNS > 1 ? ` (median of ${RUNS})` : ''}`,
    '',
    `Pages (bytes raw / gzipped; ${LIGHTHOUSE ? `Lighthouse mobile preset, median of ${LIGHTHOUSE_RUNS} run${LIGHTHOUSE_RUNS === 1 ? '' : 's'}` : 'no Lighthouse'})`,
    table(pageRows),
    '',
    'Side by side (ratios ours ÷ peer; LCP against the fastest peer page of this run; critical path: HTML + render-blocking CSS/JS + fonts before first paint)',
    table(sideRows),
    ...(scaling.length ? ['', 'Build time by content size', table(scaleRows)] : []),
    '',
    'Budgets',
    table(budgetRows),
    ...Object.entries(lighthouseNotes).map(
      ([p, notes]) => `\nLighthouse audits below 1 on ${p}:\n  ${notes.join('\n  ') || '(none with weight)'}`,
    ),
  ].join('\n');
  console.log(text);

  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    node: process.version,
    buildSeconds: realBuild,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    pages: measurements,
    peers: peerMeasurements,
    comparisons,
    criticalPaths: Object.fromEntries(critical),
    scaling,
    budgets,
    lighthouseNotes,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = [
    `# Benchmark (${results.date})`,
    '',
    `Build with the real content: ${realBuild.toFixed(2)} s. Runs per measurement: ${RUNS}.`,
    '',
    '## Pages',
    '',
    mdTable(pageRows),
    '',
    '## Side by side',
    '',
    mdTable(sideRows),
    ...(scaling.length ? ['', '## Build time by content size', '', mdTable(scaleRows)] : []),
    '',
    '## Budgets',
    '',
    mdTable(budgetRows),
    '',
  ].join('\n');
  writeFileSync(join(OUT, 'results.md'), md);
  log(`\nbench: wrote ${resolve(OUT, 'results.json')} and results.md`);
  if (!existsSync(join(dist, 'index.html'))) process.exitCode = 1;
}

await main();
