/**
 * "Where the reports disagree": every conflict entry side by side, readable without JavaScript,
 * and reached from the claims, chart details, timeline events and report pages that take part.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';

const site = useSite();
const model = buildModel(loadContent(process.cwd()));

describe('the disagreements page', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`shows every conflict with each side's claimant, date, report and evidence (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await site.newPage({ javaScriptEnabled });
      await page.goto(site.origin + '/disagreements/');
      expect(await page.locator('h1').textContent()).toBe('Where the reports disagree');
      expect(await page.locator('[data-conflict]').count()).toBe(model.conflicts.length);
      for (const c of model.conflicts) {
        const item = page.locator(`li#${c.id}`);
        await expect.poll(() => item.locator('h2').textContent()).toBe(c.title);
        expect(await item.locator('.side').count()).toBe(c.sides.length);
        const text = (await item.innerText()).replace(/\s+/g, ' ');
        expect(text).toContain(c.note);
        for (const side of c.sides) {
          for (const e of side.estimates) {
            // A claimant the report does not name is said so in words, not printed as a name.
            expect(text).toContain(
              e.claimant.kind === 'unattributed' ? 'with no claimant named in the report' : e.claimant.name,
            );
            expect(text).toContain(e.asStated);
            expect(text).toContain(e.sources[0]!.evidence.replace(/\s+/g, ' '));
          }
          for (const s of side.sources) expect(text).toContain(s.evidence);
          if (side.claimant) expect(text).toContain(side.claimant);
        }
        // Evidence is plain text in the page, visible without opening anything.
        expect(await item.locator('q').first().isVisible()).toBe(true);
      }
      await page.context().close();
    });
  }

  it('is in the site navigation', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/');
    expect(await page.locator('header nav a[href="/disagreements/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('links to the disagreements', () => {
  const target = (href: string) => href.split('#')[1]!;

  it('from the overview, and through its claim lines to the troop rows that take part', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + '/');
    const whatHappened = page.locator('section[aria-labelledby="what-happened"] a[href^="/disagreements/#"]');
    expect(await whatHappened.count()).toBeGreaterThan(0);
    // The overview lists each claim on one line; its disagreements are on the claim's troop row.
    const line = page.locator('[data-estimate="kyiv-independent-3000"] a[href^="/troops/#"]').first();
    const row = await line.getAttribute('href');
    expect(row).toBe('/troops/#estimate-kyiv-independent-3000');
    await page.goto(site.origin + row!);
    const href = await page
      .locator('#estimate-kyiv-independent-3000 [data-conflict-links] a')
      .first()
      .getAttribute('href');
    expect(href).toBe('/disagreements/#two-different-3000s');
    await page.goto(site.origin + href!);
    expect(await page.locator(`#${target(href!)}`).count()).toBe(1);
    await page.context().close();
  });

  it('from the troop table rows and the chart mark details', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/troops/');
    expect(
      await page
        .locator(
          '#estimate-nis-1500-blackburn [data-conflict-links] a[href="/disagreements/#troops-in-russia-on-6-november"]',
        )
        .count(),
    ).toBe(1);
    expect(
      await page
        .locator(
          '#tc-detail-nis-1500-blackburn a[data-conflict-link][href="/disagreements/#troops-in-russia-on-6-november"]',
        )
        .count(),
    ).toBe(1);
    await page.context().close();
  });

  it('from the timeline events that take part', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    // Conflict links sit with the evidence, in the full record.
    await page.goto(site.origin + '/timeline/full/');
    expect(
      await page
        .locator('li#zelensky-first-battles [data-conflict-links] a[href="/disagreements/#combat-on-6-november"]')
        .count(),
    ).toBe(1);
    await page.context().close();
  });

  it('from the report pages that take part', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + '/reports/korea-bizwire/');
    expect(await page.locator('#disagreements ~ ul a[href="/disagreements/#south-korea-aid-to-ukraine"]').count()).toBe(
      1,
    );
    await page.context().close();
  });
});

describe('report pages', () => {
  it('mark inferred dates, with the note, and print status labels in proper case', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + '/reports/blackburn/');
    const figures = page.locator('#troop-figures + ul');
    const text = await figures.innerText();
    expect(text).toContain('Already in Russia: 1,500');
    expect(text).not.toContain('already in russia');
    expect(text).toContain('as reported on 6 November 2024');
    // The NIS figure as Blackburn carries it: not back-dated to the 18 October of other reports.
    expect(text).not.toMatch(/as of 18 October/);
    const inferred = figures.locator('details.inferred').first();
    expect(await inferred.locator('summary').textContent()).toBe('(inferred)');
    await inferred.locator('summary').click();
    expect(await inferred.innerText()).toContain('the date the piece itself carries');
    await page.context().close();
  });

  it('number citations in reading order', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    for (const r of model.reports) {
      await page.goto(site.origin + `/reports/${r.slug}/`);
      const numbers = await page.locator('.summary sup a[id^="cite-"]').allTextContents();
      expect(numbers.map(Number)).toEqual(numbers.map((_, i) => i + 1));
    }
    await page.context().close();
  });
});
