/**
 * Lighthouse for `npm run bench`: Debian's Chromium with a DevTools port, and one mobile-preset run
 * of the four categories with the timings the benchmark reports (LCP, FCP, TBT, CLS). Every page,
 * ours and the peer pages alike, goes through the same function with the same settings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import type { PageMeasurement } from '../../src/lib/quality/weights.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium with a DevTools port for Lighthouse; resolves when the port is known. */
export function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
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

export type LighthouseFigures = NonNullable<PageMeasurement['lighthouse']> & { failing: string[] };

export async function runLighthouse(port: number, url: string): Promise<LighthouseFigures> {
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
    fcpMs: Math.round(numeric('first-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
  };
}
