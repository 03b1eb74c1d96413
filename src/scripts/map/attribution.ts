/**
 * The interactive map's attribution line. Leaflet writes attributions and their prefix with
 * innerHTML, so anything not written by us (the MAP_TILE_ATTRIBUTION setting) is escaped first
 * and shows as the text it is, never as markup with live links or handlers.
 */

/** Leaflet's credit, the prefix of the line: a fixed string of ours, so its markup is safe. */
export const LEAFLET_CREDIT = '<a href="https://leafletjs.com">Leaflet</a>';

/** Text as HTML that shows exactly that text. */
export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
