/**
 * The corrections log on the built site: /corrections/ with and without JavaScript, the footer
 * link, the "Last updated" line and JSON-LD dates on every kind of page, the corrected notes and
 * the links between them and the log, and the feed's correction items. Expectations come from the
 * content files through the same pure functions the pages use.
 */
import { describe, expect, it } from 'vitest';
import { builtPagePaths, useSite } from './support.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { newestFirst, pageHistory, type EntrySources } from '../../src/lib/data/last-modified.ts';
import { formatDay } from '../../src/lib/format/dates.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';

const site = useSite();
const content = loadContent(process.cwd());
const model = buildModel(content);
const siteDates = content.site[0]!.data;
const log = newestFirst(content.corrections.map((c) => ({ ...c.data, id: c.id })));
const slugsOf = (list: { id: string; sources: { report: { slug: string } }[] }[]) =>
  new Map(list.map((item) => [item.id, item.sources.map((s) => s.report.slug)]));
const sources = { events: slugsOf(model.events), estimates: slugsOf(model.estimates), places: slugsOf(model.places) };
const sourcesOf: EntrySources = (collection, id) => [...new Set(sources[collection].get(id) ?? [])];
const historyOf = (path: string) => pageHistory(path, siteDates, log, sourcesOf);

const pages = builtPagePaths().filter((p) => !p.startsWith('/embed/') && p !== '/404.html');
/** One page of each kind. */
const SAMPLE = [
  '/',
  `/reports/${content.reports[0]!.id}/`,
  '/reports/',
  '/timeline/',
  '/troops/',
  '/map/',
  '/sources/',
  '/corrections/',
];

describe('/corrections/', () => {
  it.each([true, false])(
    'lists every correction newest first, dated, with what was wrong and what it says now (JavaScript %s)',
    async (javaScriptEnabled) => {
      const page = await site.newPage({ javaScriptEnabled });
      await page.goto(`${site.origin}/corrections/`);
      expect(await page.locator('h1').textContent()).toBe('Corrections');
      const entries = page.locator('li.correction');
      expect(await entries.evaluateAll((els) => els.map((el) => el.id))).toEqual(log.map((c) => c.id));
      for (const c of log) {
        const entry = page.locator(`li.correction#${c.id}`);
        await expect(entry.isVisible()).resolves.toBe(true);
        expect(await entry.locator('h3').textContent()).toBe(c.title);
        expect(await entry.locator('.when time').getAttribute('datetime')).toBe(c.date);
        expect(await entry.locator('.when time').textContent()).toBe(formatDay(c.date));
        const text = (await entry.textContent())!.replace(/\s+/g, ' ');
        expect(text).toContain(c.wrong.replace(/\s+/g, ' '));
        expect(text).toContain(c.now.replace(/\s+/g, ' '));
        // One link per page it changed, plus one per report it rests on.
        expect(await entry.locator('dd a').count()).toBe(c.pages.length + (c.reports?.length ?? 0));
      }
      // Day headings are in date order, newest first.
      const days = await page
        .locator('section.day h2 time')
        .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
      expect(days).toEqual([...new Set(log.map((c) => c.date))]);
      await page.context().close();
    },
  );

  it('links each correction to the pages it changed, and those pages link back to it', async () => {
    const page = await site.newPage();
    const c = log.find((entry) => entry.pages.some((ref) => ref.startsWith('places/')))!;
    await page.goto(`${site.origin}/corrections/`);
    const link = page.locator(`#${c.id} dd a[href^="/map/#place-"]`).first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.pathname === '/map/');
    expect(await page.locator(`#${href.split('#')[1]}`).count()).toBe(1);
    expect(await page.locator(`.corrected-note a[href="/corrections/#${c.id}"]`).count()).toBe(1);
    await page.context().close();
  });
});

describe('every page', () => {
  it('links to the corrections log from its footer', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    for (const path of pages) {
      await page.goto(site.origin + path);
      expect(await page.locator('footer.site-footer a[href="/corrections/"]').count(), path).toBe(1);
    }
    await page.context().close();
  });

  it.each(SAMPLE)('%s says when it was last changed, and its JSON-LD agrees', async (path) => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    const history = historyOf(path);
    const time = page.locator('main .last-updated time');
    expect(await time.count()).toBe(1);
    expect(await time.getAttribute('datetime')).toBe(history.modified);
    expect(await page.locator('main .last-updated').textContent()).toBe(`Last updated ${formatDay(history.modified)}.`);
    await expect(time.isVisible()).resolves.toBe(true);
    const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
    const webPage = graphs
      .flatMap((g) => JSON.parse(g)['@graph'])
      .find((n: { '@type': string }) => n['@type'] === 'WebPage');
    expect(webPage).toMatchObject({ datePublished: history.published, dateModified: history.modified });
    await page.context().close();
  });

  it('a corrected page carries a dated note for each correction that changed it, leading to its entry', async () => {
    const page = await site.newPage();
    let corrected = 0;
    for (const path of pages) {
      const history = historyOf(path);
      await page.goto(site.origin + path);
      const notes = page.locator('.corrected-note');
      expect(await notes.count(), path).toBe(history.corrections.length);
      for (const [index, c] of history.corrections.entries()) {
        const note = notes.nth(index);
        expect(await note.locator('time').getAttribute('datetime')).toBe(c.date);
        expect(await note.textContent()).toContain(`Corrected on ${formatDay(c.date)}`);
        expect(await note.locator('a').getAttribute('href')).toBe(`/corrections/#${c.id}`);
      }
      if (history.corrections.length > 0) corrected++;
    }
    expect(corrected).toBeGreaterThan(0);

    // Following a note lands on its entry, in view.
    const path = pages.find((p) => historyOf(p).corrections.length > 0)!;
    const first = historyOf(path).corrections[0]!;
    await page.goto(site.origin + path);
    await page.locator('.corrected-note a').first().click();
    await page.waitForURL((url) => url.pathname === '/corrections/' && url.hash === `#${first.id}`);
    await expect(page.locator(`#${first.id}`).isVisible()).resolves.toBe(true);
    const inView = await page.locator(`#${first.id}`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });
});

describe('the feed', () => {
  it('carries each correction, titled "Correction: …", dated, linking to its entry', async () => {
    const page = await site.newPage();
    const xml = await (await fetch(`${site.origin}/rss.xml`)).text();
    const items = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return [...doc.querySelectorAll('item')].map((i) => ({
        title: i.querySelector('title')?.textContent,
        link: i.querySelector('link')?.textContent,
        pubDate: i.querySelector('pubDate')?.textContent,
      }));
    }, xml);
    const corrections = items.filter((i) => i.title?.startsWith('Correction: '));
    expect(corrections).toEqual(
      log.map((c) => ({
        title: `Correction: ${c.title}`,
        link: new URL(`/corrections/#${c.id}`, SITE_URL).href,
        pubDate: new Date(`${c.date}T00:00:00Z`).toUTCString(),
      })),
    );
    await page.context().close();
  });
});
