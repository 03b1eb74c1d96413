/**
 * The pan-and-zoom map, loaded on demand (island.ts). Leaflet and its CSS are bundled into this
 * chunk; the base layer is the site's own GeoJSON (no tile server, no third-party request). The
 * map uses the same Lambert conformal conic as the static SVG through a custom CRS, so the two
 * look alike; only a configured raster tile layer switches it to Web Mercator, the projection
 * tile servers serve.
 *
 * Markers are focusable divIcons (Leaflet's `keyboard` option): Tab reaches each, Enter opens
 * its popup (name, role, sources, timeline events). Popup content is built as DOM nodes, never
 * from HTML strings, and nothing here writes a style attribute into markup: the CSP forbids
 * inline styles, and Leaflet positions elements through the CSS object model, which it allows.
 */
import L from 'leaflet';
// The stylesheet (Leaflet's own, @imported, plus ours) is linked when this chunk runs. A plain
// CSS import would let Astro hoist it into the page's <head>, loading it for every reader.
import stylesheetUrl from './leaflet-map.css?url';
import { lambertConformal } from '../../lib/geo/lambert.ts';
import { EARTH_RADIUS_KM, greatCirclePoints } from '../../lib/geo/distance.ts';
import type { MapData } from './types.ts';
import type { MapMessages } from './messages.ts';
import { LEAFLET_CREDIT, escapeHtml } from './attribution.ts';
import { HANGUL } from '../../lib/format/hangul-chars.ts';

const EARTH_RADIUS_M = EARTH_RADIUS_KM * 1000;

/** A Leaflet CRS for the map's Lambert conformal conic, scaled like Web Mercator's (256 px wide world at zoom 0). */
function lambertCrs(): L.CRS {
  const lcc = lambertConformal();
  const projection: L.Projection = {
    project: (latlng) => {
      const [x, y] = lcc.forward(latlng.lng, latlng.lat);
      return L.point(x * EARTH_RADIUS_M, y * EARTH_RADIUS_M);
    },
    unproject: (expression) => {
      const point = L.point(expression);
      const [lon, lat] = lcc.inverse(point.x / EARTH_RADIUS_M, point.y / EARTH_RADIUS_M);
      return L.latLng(lat, lon);
    },
    bounds: L.bounds([-4 * EARTH_RADIUS_M, -4 * EARTH_RADIUS_M], [4 * EARTH_RADIUS_M, 4 * EARTH_RADIUS_M]),
  };
  const scale = 0.5 / (Math.PI * EARTH_RADIUS_M);
  return L.Util.extend({}, L.CRS.Earth, {
    code: 'LCC-NK-MAP',
    projection,
    transformation: new L.Transformation(scale, 0.5, -scale, 0.5),
    infinite: true,
  });
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function link(href: string, text: string, target: string | null) {
  const a = el('a', undefined, text);
  // A report name in Hangul (뉴스.net) is Korean text, as the post-build pass marks it in the pages.
  if (HANGUL.test(text)) a.lang = 'ko';
  a.href = href;
  if (target) a.target = target;
  return a;
}

function popupContent(place: MapData['places'][number], data: MapData, say: MapMessages): HTMLElement {
  const root = el('div', 'lf-popup');
  root.append(
    el('p', 'lf-popup-title', place.name),
    el('p', 'lf-popup-role', `${place.roleLabel} · ${place.country}`),
    el('p', 'lf-popup-summary', place.summary),
  );
  const sources = el('ul', 'lf-popup-sources');
  for (const s of place.sources) {
    const li = el('li');
    li.append(link(s.href, s.report, data.target), ': ', el('q', undefined, s.evidence));
    sources.append(li);
  }
  root.append(el('p', 'lf-popup-heading', say.popupSources), sources);
  if (place.events.length > 0) {
    const events = el('ul', 'lf-popup-events');
    for (const e of place.events) {
      const li = el('li');
      li.append(link(e.href, e.title, data.target));
      events.append(li);
    }
    root.append(el('p', 'lf-popup-heading', say.popupEvents), events);
  }
  return root;
}

function markerIcon(place: MapData['places'][number]) {
  const html = el('span', 'lf-marker-inner');
  html.append(el('span', `lf-dot map-dot map-role-${place.role}`), el('span', 'lf-name', place.name));
  // 26 × 26 px: above the 24 px minimum target of WCAG 2.5.8 even after subpixel positioning; the dot sits at its centre.
  return L.divIcon({
    className: `lf-marker lf-role-${place.role}`,
    html,
    iconSize: [26, 26],
    iconAnchor: [13, 13],
    popupAnchor: [0, -10],
  });
}

/**
 * Fits the view to the places themselves. Leaflet's fitBounds projects only the two corners of
 * a latitude/longitude box, which on a conic map is not the box around the points.
 */
function fitPlaces(map: L.Map, container: HTMLElement, points: L.LatLng[]) {
  // More room on the right: names sit to the right of their dots.
  const padding = { left: 24, right: 96, top: 40, bottom: 24 };
  const projected = points.map((p) => map.project(p, 0));
  const bounds = L.bounds(projected);
  const size = bounds.getSize();
  const width = Math.max(1, container.clientWidth - padding.left - padding.right);
  const height = Math.max(1, container.clientHeight - padding.top - padding.bottom);
  const zoom = Math.max(map.getMinZoom(), Math.floor(4 * Math.log2(Math.min(width / size.x, height / size.y))) / 4);
  // Centre the places in the padded area, not the container.
  const centre = bounds
    .getCenter()
    .add(L.point((padding.right - padding.left) / 2, (padding.bottom - padding.top) / 2).divideBy(2 ** zoom));
  map.setView(map.unproject(centre, 0), zoom);
}

export function loadStylesheet(): Promise<void> {
  if (document.querySelector(`link[href="${stylesheetUrl}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('the map stylesheet did not load'));
    document.head.append(link);
  });
}

/** @public Reached through island.ts's import(), which knip cannot follow. */
export async function mountLeafletMap(container: HTMLElement, data: MapData, say: MapMessages): Promise<() => void> {
  await loadStylesheet();
  const tiles = data.tiles;
  const map = L.map(container, {
    crs: tiles ? L.CRS.EPSG3857 : lambertCrs(),
    zoomSnap: 0.25,
    minZoom: 0.5,
    // The base layer is simplified to about 6 km: beyond this zoom its corners would show.
    maxZoom: 6,
    // A page that scrolls must not be hijacked by the wheel; zoom with the buttons, keys or pinch.
    scrollWheelZoom: false,
    attributionControl: true,
    keyboard: true,
  });
  // Leaflet's credit (its BSD-2 licence notice ships in the chunk too), without its default flag image.
  map.attributionControl.setPrefix(LEAFLET_CREDIT);
  // A view first: Leaflet cannot draw vector layers on a map that has none.
  fitPlaces(
    map,
    container,
    data.places.map((p) => L.latLng(p.lat, p.lon)),
  );
  container.setAttribute('aria-label', say.label);

  if (tiles) {
    // Leaflet inserts attributions as HTML; the configured credit is shown as the text it is.
    L.tileLayer(tiles.url, { attribution: escapeHtml(tiles.attribution) }).addTo(map);
  } else {
    const response = await fetch(data.base);
    if (!response.ok) throw new Error(`map base layer: ${response.status}`);
    const base = (await response.json()) as GeoJSON.FeatureCollection;
    L.geoJSON(base, {
      interactive: false,
      style: (feature) => {
        const border = (feature?.properties as { kind?: unknown } | null | undefined)?.kind === 'border';
        return { className: border ? 'lf-border' : 'lf-land', weight: 1, fill: !border };
      },
    }).addTo(map);
    map.attributionControl.addAttribution(say.baseCredit);
  }

  const byId = new Map(data.places.map((p) => [p.id, p]));
  const from = byId.get(data.route.from)!;
  const to = byId.get(data.route.to)!;
  const line = greatCirclePoints([from.lon, from.lat], [to.lon, to.lat], 64).map(([lon, lat]) => L.latLng(lat, lon));
  L.polyline(line, { className: 'lf-route', interactive: false }).addTo(map);
  L.tooltip({ permanent: true, direction: 'top', className: 'lf-route-label', offset: [0, -6] })
    .setLatLng(line[Math.floor(line.length / 2)]!)
    .setContent(data.route.label)
    .addTo(map);

  for (const place of data.places) {
    const marker = L.marker([place.lat, place.lon], {
      icon: markerIcon(place),
      keyboard: true,
      title: '',
      riseOnHover: true,
    })
      .bindPopup(() => popupContent(place, data, say), {
        // Fit small screens: the popup scrolls rather than spilling out of the map.
        maxWidth: Math.min(300, container.clientWidth - 72),
        maxHeight: Math.max(160, container.clientHeight - 100),
        autoPanPadding: [12, 12],
        autoPanPaddingTopLeft: [52, 12], // clear of the zoom buttons
      })
      .addTo(map);
    const icon = marker.getElement();
    icon?.setAttribute('role', 'button');
    icon?.setAttribute('aria-label', `${place.name}: ${place.roleLabel}. Press Enter for details.`);
    icon?.setAttribute('data-place', place.id);
  }

  // Names that would overlap at this zoom are hidden (the dot stays, and its popup names it):
  // Vladivostok and Ussuriysk sit 75 km apart. Route ends and the origin keep theirs first.
  const priority = (id: string) =>
    id === data.route.from || id === data.route.to ? 0 : byId.get(id)?.role === 'origin' ? 1 : 2;
  const declutter = () => {
    const names = [...container.querySelectorAll<HTMLElement>('.lf-marker')]
      .sort((a, b) => priority(a.dataset['place'] ?? '') - priority(b.dataset['place'] ?? ''))
      .map((marker) => marker.querySelector<HTMLElement>('.lf-name')!);
    // Every dot stays visible, so no name may cover one.
    const shown: DOMRect[] = names.map((name) => name.previousElementSibling!.getBoundingClientRect());
    const clear = (box: DOMRect) =>
      !shown.some((s) => box.left < s.right && s.left < box.right && box.top < s.bottom && s.top < box.bottom);
    for (const name of names) {
      // Right of the dot first, then left, else hidden.
      name.classList.remove('lf-name-hidden', 'lf-name-left');
      let box = name.getBoundingClientRect();
      if (!clear(box)) {
        name.classList.add('lf-name-left');
        box = name.getBoundingClientRect();
      }
      if (clear(box)) shown.push(box);
      else name.classList.add('lf-name-hidden');
    }
    // The distance label gives way to place names and dots; the key above the map says the same.
    const routeLabel = container.querySelector<HTMLElement>('.lf-route-label');
    if (routeLabel) {
      routeLabel.classList.remove('lf-name-hidden');
      const box = routeLabel.getBoundingClientRect();
      routeLabel.classList.toggle('lf-name-hidden', !clear(box));
    }
  };
  map.on('zoomend', declutter);
  declutter();
  return () => {
    map.remove();
    // Leaflet leaves its classes on the container; a later mount starts from a clean element.
    container.classList.remove(
      ...[...container.classList].filter((c) => c.startsWith('leaflet-') || c.startsWith('lf-')),
    );
  };
}
