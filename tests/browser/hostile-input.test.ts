/**
 * Fixes from the security review that only a browser shows: a malformed fragment in a link to the
 * timeline does not throw, the interactive map credits Leaflet, and the preview server treats a
 * path without its trailing slash as static hosts do.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from './support.ts';

const site = useSite();

describe('links and pages a hostile reader can craft', () => {
  it('opens /timeline/#%E0%A4%A (not valid percent-encoding) without a page error', async () => {
    const page = await site.newPage({ viewport: { width: 375, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.origin}/timeline/#%E0%A4%A`);
    await page.waitForLoadState('load');
    // The filters still work after it.
    await page.waitForSelector('timeline-filters');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('redirects /troops to /troops/, which has the page policy', async () => {
    const response = await fetch(`${site.origin}/troops`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/troops/');
    const page = await fetch(`${site.origin}/troops/`);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('the interactive map', () => {
  it('shows Leaflet’s credit in its attribution line', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/map/`);
    await page.locator('[data-map-activate]').click();
    const line = page.locator('.leaflet-control-attribution');
    await line.waitFor();
    // The base layer adds its credit once its GeoJSON has loaded, after the line first shows.
    await expect.poll(() => line.innerText(), { timeout: 10_000 }).toMatch(/^Leaflet\b.*Natural Earth/s);
    expect(await line.locator('a', { hasText: 'Leaflet' }).getAttribute('href')).toBe('https://leafletjs.com');
    await page.context().close();
  });
});
