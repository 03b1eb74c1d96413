/**
 * `npm run bench`: what each kind of page costs, and how build time grows with the content.
 *
 *   1. Builds the site (timed), serves dist/ with the site’s response headers, and for each page type — overview,
 *      a report, the timeline, the troop chart, the map (when built) and every /embed/<name>/ page —
 *      loads it in Chromium, scrolls to the end, and counts HTML, CSS and JS bytes (raw and gzipped)
 *      and requests. On the map, JavaScript fetched only after the first load (on scrolling, or on
 *      pressing the buttons in its figure) is the lazily loaded interactive layer, reported apart.
 *   2. Runs Lighthouse (mobile preset) on each page in Debian's Chromium: the four category scores
 *      with LCP, TBT and CLS.
 *   3. Builds generated content 10 and 100 times the real size (CONTENT_DIR, in a temporary folder)
 *      and prints build time per item.
 *   4. Reports every budget as met or missed, prints a table, and writes .bench/results.json and .md.
 *
 * Options: --runs N (repeat each build and Lighthouse run N times; medians are reported),
 * --no-scaling, --no-lighthouse. Budgets are reported here, never asserted in tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import lighthouse from 'lighthouse';
import { createStaticServer } from './lib/static-server.ts';
import { copyUnscaled, scaleContent, type ContentFile } from './lib/scale-content.ts';
import { pagePathsUnder } from './lib/dist-files.ts';
import {
  evaluatePageBudgets,
  formatBytes,
  growsLinearly,
  growthExponent,
  gzipSize,
  kindOf,
  pageTypeOf,
  sumWeights,
  type BudgetResult,
  type PageMeasurement,
  type PageType,
  type Resource,
} from '../src/lib/quality/weights.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Math.max(1, Number(args[runsFlag + 1]) || 1) : 1;
const SCALING = !args.includes('--no-scaling');
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const OUT = join(root, '.bench');

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
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

async function measureWeights(
  browser: Browser,
  origin: string,
  type: PageType,
  path: string,
): Promise<PageMeasurement> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const resources: Resource[] = [];
  const lazy: Resource[] = [];
  let phase: 'load' | 'interact' = 'load';
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const into = phase === 'load' ? resources : lazy;
    pending.push(
      response
        .body()
        .then((body) => {
          const url = new URL(response.url());
          into.push({
            url: url.href,
            kind: kindOf(url.pathname, response.headers()['content-type'] ?? ''),
            bytes: body.length,
            gzipBytes: gzipSize(body),
          });
        })
        .catch(() => {}),
    );
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Then use the page: scroll to the end and, on the map, press the figure's buttons. Whatever
  // arrives now was loaded on demand (the map's interactive layer, whether a button or scrolling
  // into view starts it); on other pages it still counts towards the page's weight.
  phase = 'interact';
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  if (type === 'map') {
    const buttons = page.locator('main figure button:visible');
    for (let i = 0; i < (await buttons.count()); i++)
      await buttons
        .nth(i)
        .click({ timeout: 2000 })
        .catch(() => {});
    await page.waitForTimeout(500);
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const firstLoad = new Set(resources.map((r) => r.url));
  const measurement: PageMeasurement = {
    type,
    path,
    weights: sumWeights(type === 'map' ? resources : [...resources, ...lazy]),
  };
  if (type === 'map') {
    const lazyJs = lazy.filter((r) => r.kind === 'js');
    measurement.lazyJsGzip = sumWeights(lazyJs).js.gzip;
    measurement.lazyOnDemand = lazyJs.length > 0 && lazyJs.every((r) => !firstLoad.has(r.url));
  }
  await context.close();
  return measurement;
}

// ---- Lighthouse -------------------------------------------------------------------------------

/** Debian's Chromium with a DevTools port for Lighthouse; resolves when the port is known. */
function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(
    CHROME_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const close = () => {
    child.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolvePort, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${err}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) {
        clearTimeout(timer);
        resolvePort({ port: Number(match[1]), close });
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  });
}

type LighthouseFigures = NonNullable<PageMeasurement['lighthouse']> & { failing: string[] };

async function runLighthouse(port: number, url: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  // Audits that cost points, so a missed 100 says why.
  const failing: string[] = [];
  for (const category of Object.values(categories)) {
    for (const ref of category.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push(
          `${category.id}: ${audit.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
        );
    }
  }
  return {
    failing,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
  };
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
  log(`bench: building the site (${RUNS} run${RUNS === 1 ? '' : 's'})…`);
  const realBuilds = [];
  for (let i = 0; i < RUNS; i++) realBuilds.push(timedBuild());
  const realBuild = median(realBuilds.map((b) => b.seconds));

  const dist = join(root, 'dist');
  // Gzipped like a static host, so Lighthouse simulates the transfer sizes readers really get.
  const server = createStaticServer(dist, { gzip: true });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // "localhost", the host of the default SITE_URL, so Lighthouse's canonical check sees the same host.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });

  const measurements: PageMeasurement[] = [];
  const lighthouseNotes: Record<string, string[]> = {};
  try {
    const targets = pagesToMeasure(pagePathsUnder(dist));
    for (const { type, path } of targets) {
      log(`bench: weighing ${path}`);
      measurements.push(await measureWeights(browser, origin, type, path));
    }
    if (LIGHTHOUSE) {
      const chrome = await launchForLighthouse();
      try {
        for (const m of measurements) {
          log(`bench: Lighthouse ${m.path}`);
          const runs: LighthouseFigures[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(chrome.port, origin + m.path));
          const med = (k: Exclude<keyof LighthouseFigures, 'failing'>) => median(runs.map((r) => r[k]));
          m.lighthouse = {
            performance: med('performance'),
            accessibility: med('accessibility'),
            bestPractices: med('bestPractices'),
            seo: med('seo'),
            lcpMs: med('lcpMs'),
            tbtMs: med('tbtMs'),
            cls: med('cls'),
          };
          const failing = [...new Set(runs.flatMap((r) => r.failing))];
          if (failing.length > 0) lighthouseNotes[m.path] = failing;
        }
      } finally {
        chrome.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }

  const scaling = SCALING ? scalingBuilds({ seconds: realBuild, slowest: realBuilds[0]!.slowest }) : [];
  const budgets: BudgetResult[] = evaluatePageBudgets(measurements);
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
  const pageRows = [
    [
      'page',
      'type',
      'HTML raw/gz',
      'CSS raw/gz',
      'JS raw/gz',
      'requests',
      'perf',
      'a11y',
      'best',
      'SEO',
      'LCP',
      'TBT',
      'CLS',
    ],
    ...measurements.map((m) => {
      const lh = m.lighthouse;
      return [
        m.path,
        m.type,
        both(m.weights.html),
        both(m.weights.css),
        both(m.weights.js) + (m.lazyJsGzip !== undefined ? ` (+${formatBytes(m.lazyJsGzip)} gz on demand)` : ''),
        String(m.weights.requests),
        ...(lh ? [lh.performance, lh.accessibility, lh.bestPractices, lh.seo].map(String) : ['-', '-', '-', '-']),
        lh ? `${lh.lcpMs} ms` : '-',
        lh ? `${lh.tbtMs} ms` : '-',
        lh ? String(lh.cls) : '-',
      ];
    }),
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
    'Pages (bytes raw / gzipped; Lighthouse mobile preset)',
    table(pageRows),
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
    pages: measurements,
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
