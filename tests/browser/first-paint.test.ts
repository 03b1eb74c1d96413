/**
 * First paint in the browser (issue 16): the figures' labels are drawn in the Inter subset the
 * build cut, glyph for glyph (no character falls back to another font, which would not be the
 * font the labels were measured in), the only fonts requested are those subsets, and the page
 * still gets its full stylesheet after first paint.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();

/** Characters the Latin Inter file has no glyph for (Hangul, say): the measurer gives them a full em. */
const OUTSIDE_LATIN_INTER = /[^\s\u0020-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20bf\u2100-\u22ff]/u;

describe.each(['/troops/', '/map/', '/embed/troops/', '/embed/map/'])('%s', (path) => {
  it.each([375, 1280])('draws every figure label in the Inter subset at %i px', async (width) => {
    const page = await site.newPage({ viewport: { width, height: 900 } });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}${path}`);
    await page.evaluate(() => document.fonts.ready);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'svg text' });
    const wrong: string[] = [];
    let drawn = 0;
    for (const nodeId of nodeIds) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      if (!used.length) continue; // in a layout variant that is not shown at this width
      drawn += 1;
      // A web font (the page loads no other) named Inter: the static SemiBold file calls itself "Inter SemiBold".
      const others = used.filter((f) => !f.isCustomFont || !/^Inter\b/.test(f.familyName));
      if (!others.length) continue;
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      const text = outerHTML.replace(/<[^>]*>/g, '');
      if (!OUTSIDE_LATIN_INTER.test(text)) wrong.push(`${text}: ${others.map((f) => f.familyName).join(', ')}`);
    }
    expect(drawn, 'labels drawn at this width').toBeGreaterThan(3);
    expect(wrong).toEqual([]);
    expect(
      fonts.every((font) => /^\/fonts\/[\w-]+\.woff2$/.test(font)),
      fonts.join(', '),
    ).toBe(true);
    // The full stylesheet, moved to the end of <body>, is applied once it arrives.
    expect(
      await page.evaluate(() =>
        [...document.styleSheets].some((sheet) => sheet.href !== null && sheet.href.includes('/_astro/')),
      ),
    ).toBe(true);
    await page.context().close();
  });
});
