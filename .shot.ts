// usage: node shot.ts <distDir> <outPrefix> <path> [width] [scheme] [fullPage]
import { chromium } from '/work/wt-16c/node_modules/playwright-core/index.mjs';
import { createStaticServer } from '/work/wt-16c/scripts/lib/static-server.ts';
const [dist, out, path, width = '375', scheme = 'light', full = 'full'] = process.argv.slice(2);
const server = createStaticServer(dist);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as any).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 812 }, colorScheme: scheme as any });
await page.goto(`http://127.0.0.1:${port}${path}`);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close(); server.close();
console.log(out);
