/** Opens every built page as a reader would and checks the content the foundation promises. */
import { describe, expect, it } from 'vitest';
import { builtPagePaths, useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { readingOrder } from '../../src/lib/data/citations.ts';

const site = useSite();
const content = loadContent(process.cwd());
const pages = builtPagePaths().filter((p) => !p.startsWith('/embed/') && p !== '/404.html');

describe('every page', () => {
  it.each(pages)(
    '%s loads with one h1, a unique title, no console errors and no sideways scroll at 320 px',
    async (path) => {
      const page = await site.newPage({ viewport: { width: 320, height: 800 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(site.origin + path);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      expect((await page.title()).length).toBeGreaterThan(10);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('gives every page a different title', async () => {
    const page = await site.newPage();
    const titles = new Set<string>();
    for (const path of pages) {
      await page.goto(site.origin + path);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(pages.length);
    await page.context().close();
  });

  it('offers a skip link as the first stop for keyboard users', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/reports/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('overview', () => {
  it('lists every troop-count claim on one line with its claimant, its report and a link to its row', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/');
    const lines = page.locator('.estimates > li');
    expect(await lines.count()).toBe(content.estimates.length);
    for (const { id, data } of content.estimates) {
      const line = page.locator(`.estimates > li[data-estimate="${id}"]`);
      // A claimant the report does not name is said so in words, not printed as a name.
      await expect(line.textContent()).resolves.toContain(
        data.claimant.kind === 'unattributed' ? 'no claimant named in the report' : data.claimant.name,
      );
      expect(await line.locator(`a[href="/troops/#estimate-${id}"]`).count()).toBe(1);
      expect(await line.locator('a[href^="/reports/"]').count()).toBe(new Set(data.sources.map((s) => s.report)).size);
    }
    for (const r of content.reports)
      expect(await page.locator(`main a[href="/reports/${r.id}/"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('report pages', () => {
  it.each(content.reports.map((r) => [r.id, r] as const))(
    '%s shows metadata, key points and numbered evidence',
    async (slug, report) => {
      const page = await site.newPage();
      await page.goto(`${site.origin}/reports/${slug}/`);
      expect(await page.locator('h1').textContent()).toBe(report.data.headline);
      const meta = (await page.locator('dl.meta').textContent()) ?? '';
      for (const field of ['outlet', 'author'] as const) expect(meta).toContain(report.data[field] ?? 'not stated');
      if (report.data.url === null) expect(meta).toContain('address not known');
      else expect(await page.locator(`dl.meta a[href="${report.data.url}"]`).count()).toBe(1);
      expect(await page.locator('#key-points + ul > li').count()).toBe(report.data.keyPoints.length);

      // Every citation number leads to the claim's evidence, and back.
      const claims = page.locator('ol.claims > li');
      expect(await claims.count()).toBe(report.data.claims.length);
      // Numbered in reading order: the order of each claim's first <Cite> in the summary.
      for (const [index, claim] of readingOrder(report.data.claims, report.body).entries()) {
        const cite = page.locator(`a[href="#claim-${claim.id}"]`).first();
        expect(await cite.textContent()).toBe(String(index + 1));
        expect(await page.locator(`#claim-${claim.id} blockquote`).textContent()).toContain(claim.evidence);
        expect(await page.locator(`#cite-${claim.id}`).count()).toBe(1);
      }
      await page.context().close();
    },
  );

  it('says "not stated" rather than guessing missing metadata', async () => {
    const undated = content.reports.find((r) => r.data.published === null);
    expect(undated, 'the content has an undated report').toBeDefined();
    const page = await site.newPage();
    await page.goto(`${site.origin}/reports/${undated!.id}/`);
    expect(await page.locator('dl.meta').textContent()).toMatch(/Published\s*not stated/);
    await page.context().close();
  });
});

describe('sources page', () => {
  it('lists the five reports and explains the method', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/sources/');
    expect(await page.locator('table tbody tr').count()).toBe(content.reports.length);
    for (const id of ['method', 'not-stated', 'conflicts']) expect(await page.locator(`#${id}`).count()).toBe(1);
    await page.context().close();
  });
});
