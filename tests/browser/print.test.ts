/**
 * Print: every evidence quote and every "inferred" note prints — with JavaScript off (the print
 * stylesheet alone must show the closed disclosures' content, which Chromium otherwise does not
 * paint) and on (the beforeprint script opens them); internal links print their address;
 * navigation and share controls do not print. One browser for the file.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support.ts';
import { execFileSync } from 'node:child_process';

/** The PDF's text, by Debian's pdftotext (poppler-utils, which .ci/run installs). */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-q', '-', '-'], { input: pdf, encoding: 'utf8' });
/** Text with whitespace and quote styles folded: PDF word spaces may be positioning, not glyphs. */
const squeeze = (s: string) => s.normalize('NFKC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '');
import { loadContent } from '../../src/lib/content/load.ts';

const site = useSite();
const content = loadContent(process.cwd());
const reportWithInferred = content.reports[0]!.id;
// The timeline's evidence is in the full record; the compact /timeline/ links each event there.
const PAGES = [`/reports/${reportWithInferred}/`, '/timeline/full/', '/troops/'];

interface PrintState {
  quotes: number;
  hiddenQuotes: string[];
  notes: number;
  hiddenNotes: string[];
  flags: number;
  hiddenFlags: string[];
  links: number;
  linksWithoutAddress: string[];
  chromeVisible: string[];
  originLine: boolean;
}

/** What the page shows under print media: the evidence, the inferred notes and flags, link addresses. */
async function printState(page: Page): Promise<PrintState> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return (
        el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true }) &&
        box.width > 0 &&
        box.height > 0
      );
    };
    const text = (el: Element) => (el.textContent ?? '').trim().slice(0, 60);
    const main = document.querySelector('main')!;
    const quotes = [...main.querySelectorAll('blockquote')];
    // Inferred notes: the content of every disclosure whose summary says "inferred".
    const flags = [...main.querySelectorAll('details > summary')].filter((s) => /inferred/i.test(s.textContent ?? ''));
    const notes = flags.flatMap((s) => [...s.parentElement!.children].filter((c) => c.tagName !== 'SUMMARY'));
    const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].filter(shown);
    return {
      quotes: quotes.length,
      hiddenQuotes: quotes.filter((q) => !shown(q)).map(text),
      notes: notes.length,
      hiddenNotes: notes.filter((n) => !shown(n)).map(text),
      flags: flags.length,
      hiddenFlags: flags.filter((f) => !shown(f)).map(text),
      links: links.length,
      linksWithoutAddress: links
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!))
        .map((a) => a.getAttribute('href')!),
      chromeVisible: [
        ...document.querySelectorAll('.site-header nav, .share, share-controls, timeline-filters, main button'),
      ]
        .filter(shown)
        .map((el) => el.className || el.tagName),
      originLine: [...document.querySelectorAll('.print-origin')].some(shown),
    };
  });
}

describe.each([false, true])('print media, JavaScript %s', (javaScriptEnabled) => {
  it.each(PAGES)(
    '%s: every evidence quote, inferred flag and note shows; links carry their address; no nav or share',
    async (path) => {
      const page = await site.newPage({ javaScriptEnabled });
      await page.goto(site.origin + path);
      await page.emulateMedia({ media: 'print' });
      // What the beforeprint handler does when the reader prints (emulateMedia does not fire it).
      if (javaScriptEnabled) await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      const state = await printState(page);
      expect(state.quotes, 'evidence quotes on the page').toBeGreaterThan(0);
      expect(state.hiddenQuotes).toEqual([]);
      if (path !== `/reports/${reportWithInferred}/`) {
        expect(state.flags, 'inferred flags on the page').toBeGreaterThan(0);
        expect(state.notes).toBe(state.flags);
      }
      expect(state.hiddenFlags).toEqual([]);
      expect(state.hiddenNotes).toEqual([]);
      expect(state.links).toBeGreaterThan(0);
      expect(state.linksWithoutAddress).toEqual([]);
      expect(state.chromeVisible).toEqual([]);
      expect(state.originLine).toBe(true);
      await page.context().close();
    },
  );
});

describe('the print script', () => {
  it('opens every closed disclosure before printing and closes them again after', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/troops/`);
    const closed = () => page.evaluate(() => document.querySelectorAll('details:not([open])').length);
    const before = await closed();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await closed()).toBe(0);
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await closed()).toBe(before);
    await page.context().close();
  });

  it('without print media, disclosures stay closed and the print-only line is hidden', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/timeline/`);
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('main details:not([open]) blockquote')].every(
        (q) => !q.checkVisibility({ contentVisibilityAuto: true }),
      ),
    );
    expect(hidden).toBe(true);
    expect(await page.locator('.print-origin').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('a printed PDF', () => {
  it('holds the evidence quotes and inferred notes of the timeline in its text (JavaScript off)', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/timeline/full/`);
    const quotes = await page.locator('main details blockquote').allTextContents();
    const notes = await page.locator('main details.inferred > :not(summary)').allTextContents();
    const pdf = await page.pdf({ format: 'A4' });
    await page.context().close();
    const text = squeeze(pdfText(pdf));
    expect(quotes.length).toBeGreaterThan(0);
    expect(notes.length).toBeGreaterThan(0);
    // Hangul is not in the PDF's text when the machine has no Korean system font: compare the rest.
    const comparable = (s: string) => squeeze(s).replace(/[\uac00-\ud7af]/g, '');
    for (const quote of [...quotes, ...notes])
      expect(text.replace(/[\uac00-\ud7af]/g, ''), quote.slice(0, 60)).toContain(comparable(quote).slice(0, 80));
  });
});
