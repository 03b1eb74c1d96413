/**
 * The timeline pages in a real browser, against the built site: the compact page (/timeline/)
 * and the full record (/timeline/full/), anchors, filters (by click and by shared URL, with
 * counts that never offer an empty combination), keyboard use, copy-link, the pages without
 * JavaScript, the overview strip's legibility and bead size at phone and desktop widths, links to
 * the troop table and the map, the embed view, and the pages' JavaScript budget.
 * Expectations come from the content files, never from copies of the page's output.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { eventFigures } from '../../src/lib/timeline/figures.ts';
import { DIST, useSite } from './support.ts';

const site = useSite();
const { events, reports, estimates } = buildModel(loadContent());
const COMPACT = '/timeline/';
const FULL = '/timeline/full/';
/** Both pages list every event and carry the same filters. */
const LIST_PAGES = [COMPACT, FULL];
const PHONE = { width: 375, height: 812 };
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

describe.each(LIST_PAGES)('timeline %s: list and anchors', (path) => {
  it('lists every event once, in date order, each with a stable id and a <time datetime>', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}${path}`);
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

  // Every event, so an old /timeline/#<id> link to an event that is not a key moment still lands.
  it(`opens ${path}#<id> with that event in view and highlighted, for every event`, async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 }, reducedMotion: 'reduce' });
    for (const event of events) {
      await page.goto('about:blank');
      await page.goto(`${site.origin}${path}#${event.id}`);
      await page.waitForLoadState('load');
      const state = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        return { target: el.matches(':target'), background: getComputedStyle(el).backgroundColor };
      }, event.id);
      expect(state.target, event.id).toBe(true);
      expect(state.background).toBe(await markColour(page));
      expect(await inViewport(page, event.id), event.id).toBe(true);
    }
    await page.context().close();
  });

  it('links every strip mark to its event, and following one brings the event into view', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${site.origin}${path}`);
    const svg = page.locator('svg[data-strip-variant]:visible');
    expect(await svg.count()).toBe(1);
    const hrefs = await svg.locator('a.mark').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(events.map((e) => `#${e.id}`).sort());
    const last = events.at(-1)!;
    await svg.locator(`a.mark[href="#${last.id}"]`).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, last.id);
    expect(await inViewport(page, last.id)).toBe(true);
    await page.context().close();
  });
});

describe('timeline: the compact page', () => {
  const keyIds = idsWhere((e) => e.key === true);

  it('is shorter than 6,000 px on a 375 px phone', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}${COMPACT}`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`${COMPACT} at 375 px: ${height} px`);
    expect(height).toBeLessThan(6000);
    await page.context().close();
  });

  it('states a finding in the headline and shows the strip in the first phone screen', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}${COMPACT}`);
    const inPhase = events.filter((e) => e.phase === 'deployment').length;
    expect(await page.locator('h1').textContent()).toContain(`${inPhase} of the ${events.length} events`);
    const stripTop = await page
      .locator('svg[data-strip-variant]:visible')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(stripTop).toBeLessThan(PHONE.height);
    await page.context().close();
  });

  it('tells the key moments in a sentence with a source line, and every other event in a line', async () => {
    expect(keyIds.length).toBeGreaterThan(0);
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}${COMPACT}`);
    for (const event of events) {
      const item = page.locator(`[id="${event.id}"]`);
      const isKey = keyIds.includes(event.id);
      expect(await item.locator('.moment-title').textContent(), event.id).toContain(event.title);
      expect(await item.locator('.moment-summary').count(), event.id).toBe(isKey ? 1 : 0);
      if (isKey) {
        const summary = (await item.locator('.moment-summary').textContent())!;
        expect(event.description.startsWith(summary), event.id).toBe(true);
        const line = (await item.locator('.moment-sources').textContent())!;
        for (const { report } of event.sources) expect(line, event.id).toContain(report.shortName);
      }
      // No four-outlet block: the sources and evidence are in the full record, one tap away.
      expect(await item.locator('.event-sources, blockquote').count(), event.id).toBe(0);
      const links = await item
        .locator('a[data-full-record-link]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links, event.id).toEqual([`${FULL}#${event.id}`]);
    }
    await page.context().close();
  });

  it('reaches the full record in one tap, and it lists every event with its sources', async () => {
    const page = await site.newPage({ viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(`${site.origin}${COMPACT}`);
    const link = page.locator(`a.full-link[href="${FULL}"]`).first();
    expect(await link.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(PHONE.height);
    await link.click();
    await page.waitForURL(`${site.origin}${FULL}`);
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    for (const event of events)
      expect(await page.locator(`[id="${event.id}"] .event-sources li`).count(), event.id).toBe(
        new Set(event.sources.map((s) => s.report.slug)).size,
      );
    await page.context().close();
  });

  it('puts the filters right above the events on a phone', async () => {
    const page = await site.newPage({ viewport: PHONE });
    await page.goto(`${site.origin}${COMPACT}`);
    const gap = await page.evaluate(() => {
      const filters = document.querySelector('timeline-filters')!.getBoundingClientRect();
      const first = document.querySelector('[data-event]')!.getBoundingClientRect();
      return first.top - filters.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(120);
    await page.context().close();
  });

  it('wraps event headlines without balancing them narrower than the text below', async () => {
    for (const path of LIST_PAGES) {
      const page = await site.newPage({ viewport: PHONE });
      await page.goto(`${site.origin}${path}`);
      const wraps = await page
        .locator('[data-event] h3, [data-event] h4')
        .evaluateAll((hs) => [...new Set(hs.map((h) => getComputedStyle(h).textWrap))]);
      expect(wraps.length).toBeGreaterThan(0);
      expect(
        wraps.some((w) => w.includes('balance')),
        path,
      ).toBe(false);
      await page.context().close();
    }
  });
});

describe('timeline: the full record and its links', () => {
  it('links places to their entries on the map page and sources to their report summaries', async () => {
    expect(
      events.some((e) => e.places.length > 0),
      'some event names a place',
    ).toBe(true);
    const page = await site.newPage();
    await page.goto(`${site.origin}${FULL}`);
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

  it('links every event that carries a troop figure to that figure’s row in the troop table', async () => {
    const carried = eventFigures(events, estimates);
    expect(carried.size, 'some events carry a figure').toBeGreaterThan(0);
    const troops = await site.newPage();
    await troops.goto(`${site.origin}/troops/`);
    const page = await site.newPage();
    await page.goto(`${site.origin}${FULL}`);
    for (const event of events) {
      const hrefs = await page
        .locator(`[id="${event.id}"] a[data-figure-link]`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const expected = carried.get(event.id) ?? [];
      // Records of the same figure by the same claimant share one link; each link is one of them.
      expect(hrefs.length > 0, event.id).toBe(expected.length > 0);
      for (const href of hrefs) {
        expect(expected.map((e) => `/troops/#estimate-${e.id}`)).toContain(href);
        const rowId = href.split('#')[1]!;
        expect(await troops.locator(`[id="${rowId}"]`).count(), `${href} lands on a row`).toBe(1);
      }
    }
    await page.context().close();
    await troops.context().close();
  });
});

describe.each(LIST_PAGES)('timeline %s: filters', (path) => {
  it('filters by category and report on click, keeps the state in the URL, and announces the count', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}${path}`);
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
      .locator('a.mark.is-dimmed')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1]))]);
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
    await page.goto(`${site.origin}${path}?category=${pair.category}&report=${pair.report}`);
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
    await page.goto(`${site.origin}${path}?category=${category}#${outside.id}`);
    await page.waitForFunction(() => !location.search);
    expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
    expect(await inViewport(page, outside.id)).toBe(true);
    await page.context().close();
  });

  it('never offers an empty combination: counts follow the other filter, options that leave nothing are off', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}${path}`);
    const options = (select: string) =>
      page
        .locator(`${select} option`)
        .evaluateAll((os) =>
          (os as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.textContent!, disabled: o.disabled })),
        );
    let emptyPairs = 0;
    for (const category of [...new Set(events.map((e) => e.category))]) {
      await page.selectOption('#filter-category', category);
      for (const option of await options('#filter-report')) {
        const expected = idsWhere(
          (e) =>
            e.category === category && (option.value === '' || e.sources.some((s) => s.report.slug === option.value)),
        );
        expect(option.text, `${category} + ${option.value}`).toContain(`(${expected.length})`);
        expect(option.disabled, `${category} + ${option.value}`).toBe(expected.length === 0);
        if (expected.length === 0) emptyPairs++;
      }
    }
    // The record has such pairs (Combat + 뉴스.net when this was written), so the rule is exercised.
    expect(emptyPairs).toBeGreaterThan(0);
    await page.selectOption('#filter-category', '');
    for (const option of await options('#filter-report')) expect(option.disabled).toBe(false);
    await page.context().close();
  });

  it('opens a shared URL naming an empty combination on the category alone', async () => {
    const categories = [...new Set(events.map((e) => e.category))];
    const pair = categories
      .flatMap((category) => reports.map((r) => ({ category, report: r.slug })))
      .find(
        ({ category, report }) =>
          idsWhere((e) => e.category === category && e.sources.some((s) => s.report.slug === report)).length === 0,
      )!;
    const page = await site.newPage();
    await page.goto(`${site.origin}${path}?category=${pair.category}&report=${pair.report}`);
    await page.waitForFunction(() => !location.search.includes('report='));
    expect(await visibleEventIds(page)).toEqual(idsWhere((e) => e.category === pair.category));
    expect(await page.inputValue('#filter-report')).toBe('');
    await page.context().close();
  });

  it('rewords the intro’s count for the filtered view', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}${path}`);
    const intro = page.locator('[data-filter-intro]');
    expect(await intro.textContent()).toMatch(new RegExp(`^${events.length} dated events`));
    const category = busiestCategory();
    await page.selectOption('#filter-category', category);
    expect(await intro.textContent()).toMatch(
      new RegExp(`^${idsWhere((e) => e.category === category).length} of the ${events.length} dated events`),
    );
    await page.context().close();
  });
});

describe('timeline: keyboard', () => {
  it('reaches the filters, strip marks, disclosures and permalinks by Tab, each with a visible focus ring', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${FULL}`);
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
              : el.matches('a.mark')
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
    await page.goto(`${site.origin}${COMPACT}`);
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
    await page.goto(`${site.origin}${FULL}?category=${busiestCategory()}`);
    const event = events.find((e) => e.category === busiestCategory())!;
    const link = page.locator(`[id="${event.id}"] a[data-permalink]`);
    expect(await link.textContent()).toBe('Copy link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => document.querySelector(`[id="${id}"] a[data-permalink]`)?.textContent === 'Link copied',
      event.id,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${FULL}#${event.id}`);
    expect(await page.locator('[data-copy-status]').textContent()).toContain(event.title);
    expect(new URL(page.url()).hash).toBe(`#${event.id}`);
    await page.context().close();
  });
});

describe('timeline: without JavaScript', () => {
  it('shows every event, plain permalinks, working disclosures, and no dead filter controls', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    for (const path of LIST_PAGES) {
      await page.goto(`${site.origin}${path}`);
      expect(await visibleEventIds(page)).toEqual(events.map((e) => e.id));
      expect(await page.locator('timeline-filters').isVisible()).toBe(false);
      expect(await page.locator('svg[data-strip-variant]:visible').count()).toBe(1);
      const inferred = events.find((e) => e.dateInferred)!;
      await page.locator(`[id="${inferred.id}"] .inferred summary`).click();
      expect(await page.locator(`[id="${inferred.id}"] .inferred-note`).isVisible()).toBe(true);
    }
    const first = page.locator(`[id="${events[0]!.id}"] a[data-permalink]`);
    expect(await first.textContent()).toBe('Link to this event');
    expect(await first.getAttribute('href')).toBe(`#${events[0]!.id}`);
    await page.context().close();
  });
});

describe('timeline: overview strip legibility', () => {
  for (const width of [320, 375, 719, 720, 800, 999, 1000, 1280]) {
    it(`shows one strip whose labels and marks do not overlap at ${width} px, without horizontal scroll`, async () => {
      const page = await site.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}${COMPACT}`);
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
        const marks = [...svg.querySelectorAll('a.mark')].map(rect);
        const beads = [...svg.querySelectorAll('a.mark .shape')].map((el) => el.getBoundingClientRect());
        const numbers = [...svg.querySelectorAll('a.mark .number')].map((t) =>
          parseFloat(getComputedStyle(t).fontSize),
        );
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
          // WCAG 2.5.8: each mark's own shape (its target, not counting the stroke) is at least 24 × 24 px.
          smallestBead: Math.round(100 * Math.min(...beads.map((b) => Math.min(b.width, b.height)))) / 100,
          smallestNumber: Math.min(...numbers),
          beads: beads.length,
        };
      });
      expect(result.visible).toBe(1);
      expect(result.texts).toBeGreaterThan(5);
      expect(result.clashes).toEqual([]);
      expect(result.outside).toEqual([]);
      expect(result.scroll).toBe(0);
      expect(result.smallest).toBeGreaterThanOrEqual(11);
      expect(result.beads).toBe(events.length);
      expect(result.smallestBead).toBeGreaterThanOrEqual(24);
      expect(result.smallestNumber).toBeGreaterThanOrEqual(12);
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
    expect(await permalink.getAttribute('href')).toBe(`${FULL}#${events[0]!.id}`);
    expect(await permalink.getAttribute('target')).toBe('_top');
    expect(await page.locator('a[href$="/timeline/"][target="_top"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.figure-source').textContent()).toMatch(/^Source: /);
    expect(await page.locator('.site-header').count()).toBe(0);
    await page.context().close();
  });

  for (const path of [COMPACT, FULL, '/embed/timeline/']) {
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
