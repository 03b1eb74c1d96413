/**
 * Every page paints its first screen from the first round trip (issue 16). Each built page is
 * served with its gzipped HTML held after the first TCP window (14,600 bytes); the screen the
 * browser paints from that alone must be the finished page's first screen, pixel for pixel, on a
 * phone and on a desktop. A page whose first screen needed bytes past the window, or that moved
 * when the rest arrived (a late sidebar, a stylesheet at the end), fails here. No timings: the
 * rest of the page is held until the first screen has been photographed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { firstScreen, serveHeld, type HeldSite } from '../../scripts/lib/first-window.ts';
import { builtPagePaths, DIST, launchChromium } from './support.ts';

const SCREENS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const FAILURES = join(process.cwd(), 'test-results', 'first-window');

let site: HeldSite;
let browser: Browser;
beforeAll(async () => {
  site = await serveHeld(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the first screen from the first window', () => {
  for (const path of builtPagePaths()) {
    it(`${path} paints its whole first screen from the first 14,600 bytes`, async () => {
      for (const screen of SCREENS) {
        const result = await firstScreen(browser, site, path, screen);
        if (!result.complete) {
          // Both photographs, to see what was missing from the first window.
          mkdirSync(FAILURES, { recursive: true });
          const name = `${path.replace(/\W+/g, '-')}${screen.width}`;
          writeFileSync(join(FAILURES, `${name}-first-window.png`), result.firstWindow);
          writeFileSync(join(FAILURES, `${name}-finished.png`), result.finished);
        }
        expect(result.paintedFromFirstWindow, `${path} at ${screen.width} px painted before the rest`).toBe(true);
        expect(result.complete, `${path} at ${screen.width} px: first screen as finished (see ${FAILURES})`).toBe(true);
      }
    });
  }
});
