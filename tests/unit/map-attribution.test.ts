/** The map's attribution line (src/scripts/map/attribution.ts): a configured credit is text, never markup. */
import { describe, expect, it } from 'vitest';
import { LEAFLET_CREDIT, escapeHtml } from '../../src/scripts/map/attribution.ts';
import { decodeEntities } from '../../src/lib/seo/head-reader.ts';

describe('map attribution', () => {
  it('escapes the security review’s attribution value so Leaflet shows it as text', () => {
    const hostile = `© Tiles <img src=x onerror="alert(1)" style="position:fixed"> <a href='https://evil.example/'>x</a> & co`;
    const html = escapeHtml(hostile);
    expect(html).not.toMatch(/[<>"']/);
    expect(decodeEntities(html)).toBe(hostile);
    expect(escapeHtml('© OpenStreetMap contributors')).toBe('© OpenStreetMap contributors');
  });

  it('credits Leaflet with a plain link', () => {
    expect(LEAFLET_CREDIT).toBe('<a href="https://leafletjs.com">Leaflet</a>');
  });
});
