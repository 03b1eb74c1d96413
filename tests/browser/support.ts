/**
 * Shared set-up for browser tests: the built site served from dist/ on a free localhost port
 * (with its _headers applied), and Debian's Chromium driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { createStaticServer, listenLocally } from '../../scripts/lib/static-server.ts';
import { pagePathsUnder } from '../../scripts/lib/dist-files.ts';

export const DIST = join(process.cwd(), 'dist');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium as root on a machine with no outside network. */
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function serveDir(dir: string) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  return listenLocally(createStaticServer(dir));
}

export const launchChromium = () => chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });

/** Every built HTML page as a URL path ("/", "/reports/x/"), discovered from dist/. */
export const builtPagePaths = (dir = DIST): string[] => pagePathsUnder(dir);

/**
 * Registers hooks that serve dist/ and launch Chromium for the test file; returns an object
 * whose fields are filled in before the first test runs.
 */
export function useSite() {
  const site = {} as {
    origin: string;
    browser: Browser;
    /** A fresh page in its own context; closed by the caller or at the end of the file. */
    newPage: (options?: BrowserContextOptions) => Promise<Page>;
  };
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const server = await serveDir(DIST);
    const browser = await launchChromium();
    site.origin = server.origin;
    site.browser = browser;
    site.newPage = async (options) => (await browser.newContext(options)).newPage();
    close = async () => {
      await browser.close();
      await server.close();
    };
  });
  afterAll(() => close());
  return site;
}
