/**
 * SVG markup for a map layout (src/lib/geo/map-layout.ts). Colours come from classes painted by
 * src/components/map/map-drawing.css, so the page follows the reader's light or dark theme and
 * the standalone image can swap in light-theme values. No inline style attributes: the site's
 * Content-Security-Policy (style-src 'self') would block them.
 *
 * The SVG is one image (role="img", named by its title and description): its dots are not
 * links, since an image's children are hidden from assistive technology. The list of places
 * under the map is the accessible, linked alternative; the interactive map adds keyboard markers.
 *
 * The base geometry (land, borders, region outlines) is most of the map's bytes. Inline by
 * default, so an SVG stands alone (the standalone image, which resvg renders with no outside
 * files); with `baseHref`, each of those paths is a <use> of its symbol in one sprite file
 * (mapBaseSprite), which a page fetches once and caches instead of carrying it in its HTML.
 */
import { escapeXml, fmt } from '../svg/markup.ts';
import { blockLines } from '../charts/kit/text.ts';
import type { Box } from '../charts/kit/geometry.ts';
import type { MapLabel } from './labels.ts';
import type { MapLayout, Panel } from './map-layout.ts';

export interface MapSvgOptions {
  idPrefix: string;
  title: string;
  description: string;
  /** Tooltip of a place's dot (for pointer users; the list under the map says the same). */
  placeTitle: (id: string) => string;
  /** Heading of the inset. */
  insetTitle: string;
  /**
   * URL of the sprite mapBaseSprite wrote for this layout: base paths become <use> of its
   * symbols. Absent: the paths are inline.
   */
  baseHref?: string;
}

/** One path of the base geometry: its drawing class, and its symbol's id in the sprite. */
interface BaseLayer {
  id: string;
  className: string;
  /** Extra attributes, already escaped (` data-region="…"`). */
  extra: string;
  d: string;
}

/** Symbol ids go into URL fragments as they are: keep them to characters that need no escaping. */
const symbolId = (...parts: string[]) => {
  const id = parts.join('-');
  if (!/^[a-z0-9-]+$/i.test(id)) throw new Error(`map sprite: "${id}" is not a plain symbol id`);
  return id;
};

/** A panel's base paths, in drawing order: land (plain, then emphasised), borders, region outlines. */
function baseLayers(layout: MapLayout, kind: 'main' | 'inset'): BaseLayer[] {
  const panel = layout[kind];
  const at = [layout.variant.id, kind];
  return [
    ...panel.land.map((land) =>
      land.emphasis
        ? { id: symbolId(...at, 'land-emphasis'), className: 'map-land map-land-emphasis', extra: '', d: land.d }
        : { id: symbolId(...at, 'land'), className: 'map-land', extra: '', d: land.d },
    ),
    ...(panel.borders ? [{ id: symbolId(...at, 'border'), className: 'map-border', extra: '', d: panel.borders }] : []),
    ...panel.outlines.map((o) => ({
      id: symbolId(...at, 'region', o.id),
      className: 'map-region',
      extra: ` data-region="${escapeXml(o.id)}"`,
      d: o.d,
    })),
  ];
}

/**
 * Painted by the class on the <use>: a shadow tree's paths match none of the page's selectors,
 * but they inherit fill and stroke (and every other property map-drawing.css sets on these
 * classes), so the symbols carry path data only.
 */
function baseSvg(layer: BaseLayer, baseHref: string | undefined): string {
  return baseHref
    ? `<use href="${escapeXml(baseHref)}#${layer.id}" class="${layer.className}"${layer.extra}/>`
    : `<path class="${layer.className}"${layer.extra} d="${layer.d}"/>`;
}

/**
 * The sprite a page's maps point at with `baseHref`: one <symbol> per variant, panel and layer
 * of the given layouts (all the variants a page draws, so one file serves every width).
 */
export function mapBaseSprite(layouts: MapLayout[]): string {
  const layers = layouts.flatMap((layout) => [...baseLayers(layout, 'main'), ...baseLayers(layout, 'inset')]);
  const seen = new Set<string>();
  for (const { id } of layers) {
    if (seen.has(id)) throw new Error(`map sprite: two layers are "${id}" (two layouts of one variant?)`);
    seen.add(id);
  }
  return [
    '<svg xmlns="http://www.w3.org/2000/svg">',
    // A symbol is drawn as a nested viewport that clips by default: its edge, scaled to a
    // fraction of a device pixel, anti-aliased the coasts it cut differently from inline paths.
    // The panel's own clip path still bounds each layer.
    ...layers.map((l) => `<symbol id="${l.id}" overflow="visible"><path d="${l.d}"/></symbol>`),
    '</svg>',
  ].join('');
}

/** One decimal place: the map's shapes are already simplified to about a pixel. */
const n = (v: number) => fmt(v, 1);
const rect = (b: Box, cls: string) =>
  `<rect class="${cls}" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}"/>`;

function labelSvg(label: MapLabel, size: number, cls: string): string {
  const lines = blockLines(
    label.box,
    label.align,
    label.lines.map((text) => ({ text, weight: label.weight })),
    size,
  );
  const leader = label.leader
    ? `<line class="map-leader" x1="${n(label.leader.x1)}" y1="${n(label.leader.y1)}" x2="${n(label.leader.x2)}" y2="${n(label.leader.y2)}"/>`
    : '';
  const text = lines
    .map(
      (l) =>
        `<text class="${cls}" x="${n(l.x)}" y="${n(l.y)}" text-anchor="${label.align}" font-size="${n(size)}" font-weight="${l.weight}">${escapeXml(l.text)}</text>`,
    )
    .join('');
  return `<g class="map-label-group" data-label-for="${escapeXml(label.id)}">${leader}${text}</g>`;
}

function panelSvg(
  panel: Panel,
  layout: MapLayout,
  options: MapSvgOptions,
  kind: 'main' | 'inset',
  dots: string[],
): string {
  const { fontSize } = layout.variant;
  const clip = `${options.idPrefix}-${kind}-clip`;
  const out: string[] = [];
  out.push(`<clipPath id="${clip}">${rect(panel.box, '')}</clipPath>`);
  out.push(`<g class="map-panel map-panel-${kind}" clip-path="url(#${clip})">`);
  out.push(rect(panel.box, 'map-water'));
  for (const layer of baseLayers(layout, kind)) out.push(baseSvg(layer, options.baseHref));
  if (kind === 'main') {
    if (layout.insetFrame) out.push(rect(layout.insetFrame, 'map-inset-frame'));
    out.push(`<path class="map-route" d="${layout.route.d}"/>`);
  }
  for (const c of panel.countryLabels) {
    out.push(
      `<text class="map-country" x="${n(c.x)}" y="${n(c.y)}" text-anchor="middle" font-size="${n(fontSize * 0.8)}">${escapeXml(c.name)}</text>`,
    );
  }
  out.push('</g>');
  if (kind === 'inset') out.push(rect(panel.box, 'map-inset-border'));
  if (kind === 'inset') {
    out.push(
      `<text class="map-inset-title" x="${n(panel.box.x + 8)}" y="${n(panel.box.y + fontSize * 1.2)}" font-size="${n(fontSize * 0.85)}" font-weight="600">${escapeXml(options.insetTitle)}</text>`,
    );
  }
  if (panel.scaleBar) out.push(scaleBarSvg(panel.scaleBar, fontSize * 0.8));
  out.push(...dots);
  if (kind === 'main') out.push(labelSvg(layout.route.label, fontSize, 'map-route-label'));
  for (const l of panel.labels) out.push(labelSvg(l, fontSize, 'map-label'));
  return out.join('');
}

/** A bar with end ticks and its distance above it, left-aligned on the bar. */
function scaleBarSvg(bar: NonNullable<Panel['scaleBar']>, size: number): string {
  const { x, y, px } = bar;
  return [
    `<g class="map-scale" data-km="${bar.km}">`,
    `<path class="map-scale-bar" d="M${n(x)} ${n(y - 4)}V${n(y)}H${n(x + px)}V${n(y - 4)}"/>`,
    `<text class="map-scale-label" x="${n(x)}" y="${n(y - 6)}" font-size="${n(size)}">${escapeXml(bar.label)}</text>`,
    '</g>',
  ].join('');
}

function dotSvg(p: { id: string; x: number; y: number; role: string }, r: number, options: MapSvgOptions): string {
  const shape = `<circle class="map-dot map-role-${escapeXml(p.role)}" cx="${n(p.x)}" cy="${n(p.y)}" r="${n(r)}"/>`;
  return `<g class="map-place" data-place="${escapeXml(p.id)}"><title>${escapeXml(options.placeTitle(p.id))}</title>${shape}</g>`;
}

export function mapSvg(layout: MapLayout, options: MapSvgOptions): string {
  const { idPrefix } = options;
  const r = layout.variant.dotRadius;
  const insetIds = new Set(layout.inset.places.map((p) => p.id));
  // In the main panel the inset's places are smaller dots: they are labelled in the inset.
  const mainDots = layout.main.places.map((p) => dotSvg(p, insetIds.has(p.id) ? r * 0.7 : r, options));
  const insetDots = layout.inset.places.map((p) => dotSvg(p, r, options));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" data-variant="${layout.variant.id}">`,
    `<title id="${idPrefix}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`,
    panelSvg(layout.main, layout, options, 'main', mainDots),
    panelSvg(layout.inset, layout, options, 'inset', insetDots),
    '</svg>',
  ].join('');
}
