/**
 * Quality gates over every built page, discovered from dist/ (so a page added on another branch is
 * covered as soon as it is built): axe-core's WCAG 2.2 AA rules in light and dark schemes, a visible
 * focus indicator on every keyboard stop, no request to another origin, content and figure without
 * JavaScript, and no Content-Security-Policy violation (or any other console error) in the browser.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPagePaths, useSite } from './support.ts';
import { EMBEDDABLE_FIGURES, figureForPagePath } from '../../src/lib/embeds.ts';

const site = useSite();
const pages = builtPagePaths();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The figure a page shows, if any: figure pages by their path, embed pages by their name. */
const figureOf = (path: string) => {
  const embed = /^\/embed\/([^/]+)\/$/.exec(path);
  return embed ? EMBEDDABLE_FIGURES.find((f) => f.name === embed[1]) : figureForPagePath(path);
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string | undefined }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

const summarise = (violations: AxeViolation[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');

describe('accessibility: axe-core, WCAG 2.2 AA', () => {
  it('runs the WCAG 2.2 AA rules, target size and contrast among them', async () => {
    const page = await site.newPage();
    await page.goto(site.origin + '/');
    await page.evaluate(axeSource);
    const rules = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { getRules: (t: string[]) => { ruleId: string }[] } }).axe
          .getRules(tags)
          .map((r) => r.ruleId),
      WCAG_TAGS,
    );
    expect(rules).toEqual(expect.arrayContaining(['target-size', 'color-contrast', 'link-name']));
    await page.context().close();
  });

  const cases = pages.flatMap((path) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      [
        { width: 1280, height: 800, label: 'desktop' },
        { width: 375, height: 740, label: 'phone' },
      ].map((viewport) => ({ path, scheme, viewport })),
    ),
  );
  it.each(cases)('$path in $scheme scheme, $viewport.label: no violations', async ({ path, scheme, viewport }) => {
    const page = await site.newPage({ colorScheme: scheme, viewport, reducedMotion: 'reduce' });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    expect(violations, summarise(violations)).toEqual([]);
    await page.context().close();
  });
});

interface FocusStop {
  index: number;
  description: string;
  visible: boolean;
  reason: string;
}

describe('keyboard focus is always visible', () => {
  it.each(pages)('%s: every Tab stop shows a focus indicator that nothing covers', async (path) => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    // Record each focusable element's unfocused look, to compare with its focused look.
    const count = await page.evaluate(() => {
      const selector =
        'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      const w = window as unknown as { __unfocused: Map<Element, string> };
      w.__unfocused = new Map();
      for (const el of all) {
        const s = getComputedStyle(el);
        w.__unfocused.set(
          el,
          `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}|${s.borderColor}|${s.backgroundColor}`,
        );
        // SVG marks draw their focus ring as a stroke on a shape inside them.
        for (const shape of el.querySelectorAll('*')) {
          const t = getComputedStyle(shape);
          w.__unfocused.set(shape, `${t.stroke}|${t.strokeWidth}`);
        }
      }
      return all.length;
    });
    const stops: FocusStop[] = [];
    const seen = new Set<unknown>();
    for (let i = 0; i < count + 5; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate((index): FocusStop | null => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const w = window as unknown as { __unfocused: Map<Element, string>; __stops?: Set<Element> };
        w.__stops ??= new Set();
        if (w.__stops.has(el)) return null; // wrapped round to the start
        w.__stops.add(el);
        const description = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
        if (el.tagName === 'IFRAME') return { index, description, visible: true, reason: 'iframe (its own document)' };
        const s = getComputedStyle(el);
        const before = w.__unfocused.get(el);
        const now = `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}|${s.borderColor}|${s.backgroundColor}`;
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        const shapeRing = [...el.querySelectorAll('*')].some((shape) => {
          const t = getComputedStyle(shape);
          return (
            t.stroke !== 'none' &&
            parseFloat(t.strokeWidth) >= 2 &&
            w.__unfocused.get(shape) !== `${t.stroke}|${t.strokeWidth}`
          );
        });
        const ring = (s.boxShadow !== 'none' && before?.split('|')[3] !== s.boxShadow) || shapeRing;
        const changed = before === undefined || before !== now || shapeRing;
        // Not obscured: the middle of the element (or of its first line box) is the element or inside it.
        const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 8), 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const onTop = !!hit && (hit === el || el.contains(hit) || hit.contains(el));
        const size = rect.width > 0 && rect.height > 0;
        const visible = (outline || ring) && changed && onTop && size;
        const reason = !size
          ? 'has no size'
          : !(outline || ring)
            ? `no outline ≥ 2px, box-shadow ring or SVG stroke ring (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow})`
            : !changed
              ? 'looks the same focused and unfocused'
              : !onTop
                ? `covered by ${hit?.tagName.toLowerCase()}.${hit?.className}`
                : '';
        return { index, description, visible, reason };
      }, i);
      if (!stop) {
        if (i > 0 && seen.size > 0) break;
        continue;
      }
      seen.add(stop.description + stop.index);
      stops.push(stop);
    }
    expect(stops.length, 'the page has keyboard stops').toBeGreaterThan(0);
    const hidden = stops.filter((s) => !s.visible).map((s) => `#${s.index} ${s.description}: ${s.reason}`);
    expect(hidden).toEqual([]);
    await page.context().close();
  });
});

describe('privacy and Content-Security-Policy in the browser', () => {
  it.each(pages)(
    '%s requests nothing from another origin, violates no CSP and logs no error, even when used',
    async (path) => {
      const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
      const foreign: string[] = [];
      const violations: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === site.origin || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        foreign.push(url);
        return route.abort();
      });
      page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && violations.push(m.text()));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(
            `Content-Security-Policy violation: ${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
          ),
        );
      });
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      // Scroll to the end (lazy content), then press every visible button that stays on the page:
      // filters, toggles, "load the interactive map" and the like.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      const buttons = page.locator('button:visible:not([type="submit"]), summary:visible');
      const n = await buttons.count();
      for (let i = 0; i < n; i++) {
        await buttons
          .nth(i)
          .click({ timeout: 2_000 })
          .catch(() => {}); // a button an earlier click hid or replaced
      }
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).origin).toBe(site.origin);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(violations).toEqual([]);
      // The 404 page is itself served with status 404; anything else failing (a missing favicon…) is a bug.
      expect(errors.filter((e) => !(path === '/404.html' && e.includes('/404.html')))).toEqual([]);
      await page.context().close();
    },
  );
});

describe('without JavaScript', () => {
  it.each(pages)('%s shows its content, and its figure when it has one', async (path) => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin + path);
    const text = await page.locator('main').innerText();
    expect(text.trim().length).toBeGreaterThan(path === '/404.html' ? 40 : 200);
    const figure = figureOf(path);
    if (figure) {
      // The figure itself, not an icon in its legend: the widest visible SVG in a figure.
      const widest = await page.evaluate(() =>
        Math.max(
          0,
          ...[...document.querySelectorAll('main figure svg')].map((svg) => svg.getBoundingClientRect().width),
        ),
      );
      expect(widest, `${figure.title} is drawn without JavaScript`).toBeGreaterThan(200);
    }
    await page.context().close();
  });
});
