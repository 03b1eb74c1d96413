/**
 * The timeline page in a real browser, against the built site: anchors, filters (by click and
 * by shared URL), keyboard use, copy-link, the page without JavaScript, the overview strip's
 * legibility at phone and desktop widths, the embed view, and the page's JavaScript budget.
 * Expectations come from the content files, never from copies of the page's output.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { DIST, useSite } from './support.ts';

const site = useSite();
const { events, reports } = buildModel(loadContent());
const JS_BUDGET_GZIP = 5 * 1024;

const visibleEventIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-event]')].filter((el) => el.checkVisibility()).map((el) => el.id),
  );

const idsWhere = (keep: (e: (typeof events)[number]) => boolean) => events.filter(keep).map((e) => e.id);

/** A category and a report that together match some events but not all of either. */
function narrowingPair() {
  const categories = [...new Set(events.map((e) => e.category))];
  for (const category of categories)
    for (const { slug } of reports) {
      const both = idsWhere((e) => e.category === category && e.sources.some((s) => s.report.slug === slug));
      const inCategory = idsWhere((e) => e.category === category);
      if (both.length > 0 && both.length < inCategory.length) return { category, report: slug, ids: both };
    }
  throw new Error('the content has no category/report pair that narrows the list');
}

/** The category with the most events that is still not all of them. */
const busiestCategory = () => {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

const inViewport = (page: Page, id: string) =>
  page.evaluate((target) => {
    const r = document.getElementById(target)!.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && r.bottom > 0;
  }, id);

const markColour = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--mark)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });

describe('timeline: list and anchors', () => {
  it('lists every event once, in date order, each with a stable id and a <time datetime>', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/`);
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-event]')].map((el) => ({
        id: el.id,
        datetimes: [...el.querySelectorAll('.event-date time')].map((t) => t.getAttribute('datetime')),
      })),
    );
    expect(listed.map((e) => e.id)).toEqual(events.map((e) => e.id));
    for (const { id, datetimes } of listed) {
      const event = events.find((e) => e.id === id)!;
      expect(event.date.start.startsWith(datetimes[0]!)).toBe(true);
      if (event.date.precision === 'range') expect(datetimes).toEqual([event.date.start, event.date.end]);
    }
    await page.context().close();
  });

  it('opens /timeline/#<id> with that event in view and highlighted', async () => {
    for (const event of [events[0]!, events[Math.floor(events.length / 2)]!, events.at(-1)!]) {
      const page = await site.newPage({ viewport: { width: 375, height: 740 }, reducedMotion: 'reduce' });
      await page.goto(`${site.origin}/timeline/#${event.id}`);
      await page.waitForLoadState('load');
      const state = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        return { target: el.matches(':target'), background: getComputedStyle(el).backgroundColor };
      }, event.id);
      expect(state.target).toBe(true);
      expect(state.background).toBe(await markColour(page));
      expect(await inViewport(page, event.id)).toBe(true);
      await page.context().close();
    }
  });

  it('links every strip mark to its event, and following one brings the event into view', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${site.origin}/timeline/`);
    const svg = page.locator('svg[data-strip-variant]:visible');
    expect(await svg.count()).toBe(1);
    const hrefs = await svg.locator('a[data-mark-for]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    const last = events.at(-1)!;
    await svg.locator(`a[data-mark-for="${last.id}"]`).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, last.id);
    expect(await inViewport(page, last.id)).toBe(true);
    await page.context().close();
  });

  it('links places to their entries on the map page and sources to their report summaries', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/`);
    for (const event of events) {
      const item = page.locator(`[id="${event.id}"]`);
      const placeHrefs = await item
        .locator('.event-places a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(placeHrefs).toEqual(event.places.map((p) => `/map/#place-${p.id}`));
      const sourceHrefs = await item
        .locator('.event-sources li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(sourceHrefs).toEqual([...new Set(event.sources.map((s) => `/reports/${s.report.slug}/`))]);
      const quotes = await item.locator('.event-sources blockquote').allTextContents();
      expect(quotes.map((q) => q.replace(/^“|”$/g, ''))).toEqual(
        [...new Set(event.sources.map((s) => s.report.slug))].flatMap((slug) =>
          event.sources.filter((s) => s.report.slug === slug).map((s) => s.evidence),
        ),
      );
    }
    await page.context().close();
  });
});

describe('timeline: filters', () => {
  it('filters by category and report on click, keeps the state in the URL, and announces the count', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/`);
    const category = busiestCategory();
    await page.selectOption('#filter-category', category);
    const expected = idsWhere((e) => e.category === category);
    expect(await visibleEventIds(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('category')).toBe(category);
    const status = page.locator('timeline-filters [role="status"]');
    expect(await status.textContent()).toContain(`Showing ${expected.length} of ${events.length} events`);

    const pair = narrowingPair();
    await page.selectOption('#filter-category', pair.category);
    await page.selectOption('#filter-report', pair.report);
    expect(await visibleEventIds(page)).toEqual(pair.ids);
    expect(new URL(page.url()).search).toBe(`?category=${pair.category}&report=${pair.report}`);

    // Marks of hidden events fade and leave the tab order.
    const dimmed = await page
      .locator('a[data-mark-for].is-dimmed')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('data-mark-for')))]);
    expect(dimmed.sort()).toEqual(idsWhere((e) => !pair.ids.includes(e.id)).sort());

    await page.getByRole('button', { name: 'Show all events' }).click();
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    expect(new URL(page.url()).search).toBe('');
    expect(await status.textContent()).toContain(`Showing all ${events.length} events`);
    await page.context().close();
  });

  it('opens a shared filtered URL showing only the matching events', async () => {
    const pair = narrowingPair();
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/?category=${pair.category}&report=${pair.report}`);
    await page.waitForFunction(() => document.querySelector('[data-event][hidden]'));
    expect(await visibleEventIds(page)).toEqual(pair.ids);
    expect(await page.inputValue('#filter-category')).toBe(pair.category);
    expect(await page.inputValue('#filter-report')).toBe(pair.report);
    await page.context().close();
  });

  it('lets a link to one event win over filters that would hide it', async () => {
    const category = busiestCategory();
    const outside = events.find((e) => e.category !== category)!;
    const page = await site.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${site.origin}/timeline/?category=${category}#${outside.id}`);
    await page.waitForFunction(() => !location.search);
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    expect(await inViewport(page, outside.id)).toBe(true);
    await page.context().close();
  });
});

describe('timeline: keyboard', () => {
  it('reaches the filters, strip marks, disclosures and permalinks by Tab, each with a visible focus ring', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/timeline/`);
    const seen: { what: string; ring: boolean }[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const what = el.id
            ? `#${el.id}`
            : el.matches('a[data-permalink]')
              ? 'permalink'
              : el.matches('a[data-mark-for]')
                ? 'mark'
                : el.tagName === 'SUMMARY'
                  ? 'summary'
                  : el.tagName.toLowerCase();
          const style = getComputedStyle(el);
          const shape = el.querySelector('.shape');
          // Marks show focus on their shape's stroke; everything else uses the site's outline.
          const ring = shape
            ? getComputedStyle(shape).stroke ===
                getComputedStyle(document.documentElement).getPropertyValue('--focus').trim() ||
              parseFloat(getComputedStyle(shape).strokeWidth) >= 4
            : style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { what, ring };
        }),
      );
    }
    const whats = seen.map((s) => s.what);
    for (const needed of ['#filter-category', '#filter-report', 'mark', 'summary', 'permalink'])
      expect(whats).toContain(needed);
    expect(whats.indexOf('#filter-category')).toBeLessThan(whats.indexOf('permalink'));
    for (const s of seen.filter((s) =>
      ['#filter-category', '#filter-report', 'mark', 'summary', 'permalink'].includes(s.what),
    ))
      expect(s, `focus ring on ${s.what}`).toMatchObject({ ring: true });
    await page.context().close();
  });

  it('opens an “(inferred)” note from the keyboard', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/timeline/`);
    const inferred = events.find((e) => e.dateInferred)!;
    const summary = page.locator(`[id="${inferred.id}"] .inferred summary`);
    await summary.focus();
    await page.keyboard.press('Enter');
    const note = page.locator(`[id="${inferred.id}"] .inferred-note`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(inferred.dateInferred);
    await page.context().close();
  });

  it('copies an event’s link and confirms it, on screen and to screen readers', async () => {
    const page = await site.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.origin}/timeline/?category=${busiestCategory()}`);
    const event = events.find((e) => e.category === busiestCategory())!;
    const link = page.locator(`[id="${event.id}"] a[data-permalink]`);
    expect(await link.textContent()).toBe('Copy link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => document.querySelector(`[id="${id}"] a[data-permalink]`)?.textContent === 'Link copied',
      event.id,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/timeline/#${event.id}`);
    expect(await page.locator('[data-copy-status]').textContent()).toContain(event.title);
    expect(new URL(page.url()).hash).toBe(`#${event.id}`);
    await page.context().close();
  });
});

describe('timeline: without JavaScript', () => {
  it('shows every event, plain permalinks, working disclosures, and no dead filter controls', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/timeline/`);
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    expect(await page.locator('timeline-filters').isVisible()).toBe(false);
    expect(await page.locator('svg[data-strip-variant]:visible').count()).toBe(1);
    const first = page.locator(`[id="${events[0]!.id}"] a[data-permalink]`);
    expect(await first.textContent()).toBe('Link to this event');
    expect(await first.getAttribute('href')).toBe(`#${events[0]!.id}`);
    const inferred = events.find((e) => e.dateInferred)!;
    await page.locator(`[id="${inferred.id}"] .inferred summary`).click();
    expect(await page.locator(`[id="${inferred.id}"] .inferred-note`).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('timeline: overview strip legibility', () => {
  for (const width of [320, 375, 719, 720, 800, 999, 1000, 1280]) {
    it(`shows one strip whose labels and marks do not overlap at ${width} px, without horizontal scroll`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}/timeline/`);
      const result = await page.evaluate(() => {
        const svgs = [...document.querySelectorAll<SVGSVGElement>('svg[data-strip-variant]')].filter((s) =>
          s.checkVisibility(),
        );
        const svg = svgs[0]!;
        const frame = svg.getBoundingClientRect();
        const rect = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, text: el.textContent ?? '' };
        };
        const texts = [...svg.querySelectorAll('text')].filter((t) => !t.closest('a')).map(rect);
        const marks = [...svg.querySelectorAll('a[data-mark-for]')].map(rect);
        const overlap = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        const clashes: string[] = [];
        const all = [...texts, ...marks];
        all.forEach((a, i) => all.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.text} × ${b.text}`)));
        const outside = all.filter((b) => b.x0 < frame.left - 0.5 || b.x1 > frame.right + 0.5).map((b) => b.text);
        return {
          visible: svgs.length,
          texts: texts.length,
          clashes,
          outside,
          scroll: document.documentElement.scrollWidth - innerWidth,
          smallest: Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize))),
        };
      });
      expect(result.visible).toBe(1);
      expect(result.texts).toBeGreaterThan(5);
      expect(result.clashes).toEqual([]);
      expect(result.outside).toEqual([]);
      expect(result.scroll).toBe(0);
      expect(result.smallest).toBeGreaterThanOrEqual(11);
      await page.context().close();
    });
  }
});

describe('timeline: embed and budget', () => {
  it('serves the same list in the embed, with links that open the full site', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/embed/timeline/`);
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    const permalink = page.locator(`[id="${events[0]!.id}"] a[data-permalink]`);
    expect(await permalink.getAttribute('href')).toBe(`/timeline/#${events[0]!.id}`);
    expect(await permalink.getAttribute('target')).toBe('_top');
    expect(await page.locator('a[href$="/timeline/"][target="_top"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.figure-source').textContent()).toMatch(/^Source: /);
    expect(await page.locator('.site-header').count()).toBe(0);
    await page.context().close();
  });

  for (const path of ['/timeline/', '/embed/timeline/']) {
    it(`keeps ${path} within ${JS_BUDGET_GZIP} bytes of gzipped JavaScript, inline or from files`, () => {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      // JSON-LD is a data block, never executed, so it is not JavaScript the page ships.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !attrs!.includes('application/ld+json'),
      );
      expect(scripts.length).toBeGreaterThan(0);
      let total = 0;
      for (const [, attrs, body] of scripts) {
        // An inline script (the embed's theme script, allowed by its CSP hash) counts as shipped bytes too.
        const src = /src="([^"]+)"/.exec(attrs!)?.[1];
        if (src === undefined) {
          total += gzipSync(body!).length;
          continue;
        }
        expect(body!.trim(), 'a script with src has no body').toBe('');
        expect(src.startsWith('/')).toBe(true);
        total += gzipSync(readFileSync(join(DIST, src))).length;
      }
      console.info(`${path}: ${total} bytes of JavaScript, gzipped`);
      expect(total).toBeLessThanOrEqual(JS_BUDGET_GZIP);
      expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/);
    });
  }
});
