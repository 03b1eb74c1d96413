/**
 * The pan-and-zoom map, loaded on demand (island.ts). Leaflet and its CSS are bundled into this
 * chunk; the base layer is the site's own GeoJSON (no tile server, no third-party request). The
 * map uses the same Lambert conformal conic as the static SVG through a custom CRS, so the two
 * look alike; only a configured raster tile layer switches it to Web Mercator, the projection
 * tile servers serve.
 *
 * Markers are focusable divIcons (Leaflet's `keyboard` option): Tab reaches each, west to east
 * (the data's order), Enter opens its popup (name, role, sources, timeline events), Tab then
 * walks the popup's links before the next marker, and Escape closes it and returns focus to the
 * marker. Markers that would overlap at a zoom are spread apart with a leader to their true
 * position (src/lib/geo/spread.ts). Popup content is built as DOM nodes, never
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
import { spreadPoints } from '../../lib/geo/spread.ts';
import { segmentHitsBox } from '../../lib/charts/kit/geometry.ts';

/**
 * Centre-to-centre distance markers keep at every zoom: two 26 px square targets cannot overlap
 * once their centres are 26·√2 ≈ 37 px apart in any direction.
 */
const MARKER_SPACING_PX = 38;

/** What the island can do with a mounted map. */
export interface MountedMap {
  /** Fits a preset view, or the first view again ('reset'). */
  view: (id: keyof MapData['views'] | 'reset') => void;
  unmount: () => void;
}

const EARTH_RADIUS_M = EARTH_RADIUS_KM * 1000;
/** What Leaflet's popup adds around its content: 20 + 24 px of margin and a 1 px border each side. */
const POPUP_CHROME_PX = 46;

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
 * Fits the view to the points themselves. Leaflet's fitBounds projects only the two corners of
 * a latitude/longitude box, which on a conic map is not the box around the points.
 */
function fitPlaces(map: L.Map, container: HTMLElement, points: L.LatLng[]) {
  // No animation: a preset view is where the reader asked to go, at once (and testably so).
  const [centre, zoom] = fitFor(map, container, points);
  map.setView(centre, zoom, { animate: false });
}

function fitFor(map: L.Map, container: HTMLElement, points: L.LatLng[]): [L.LatLng, number] {
  // More room on the right: names sit to the right of their dots.
  const padding = { left: 24, right: 96, top: 40, bottom: 24 };
  const projected = points.map((p) => map.project(p, 0));
  const bounds = L.bounds(projected);
  const size = bounds.getSize();
  const width = Math.max(1, container.clientWidth - padding.left - padding.right);
  const height = Math.max(1, container.clientHeight - padding.top - padding.bottom);
  // One place, or places close together: as near as the base layer allows.
  const fit =
    size.x > 0 || size.y > 0 ? Math.log2(Math.min(width / (size.x || 1e-9), height / (size.y || 1e-9))) : Infinity;
  const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), Math.floor(4 * fit) / 4));
  // Centre the places in the padded area, not the container.
  const centre = bounds
    .getCenter()
    .add(L.point((padding.right - padding.left) / 2, (padding.bottom - padding.top) / 2).divideBy(2 ** zoom));
  return [map.unproject(centre, 0), zoom];
}

/** Links and buttons inside an element, in tab order. */
const focusables = (root: Element) => [...root.querySelectorAll<HTMLElement>('a[href], button')];

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
export async function mountLeafletMap(container: HTMLElement, data: MapData, say: MapMessages): Promise<MountedMap> {
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
  const first = { centre: map.getCenter(), zoom: map.getZoom() };
  // The first view shows every place: zooming out further only shows where the base layer ends.
  map.setMinZoom(first.zoom);
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

  const markers: { place: MapData['places'][number]; marker: L.Marker; leader: L.Polyline }[] = [];
  let open: L.Marker | undefined;
  for (const place of data.places) {
    const marker = L.marker([place.lat, place.lon], {
      icon: markerIcon(place),
      keyboard: true,
      title: '',
      riseOnHover: true,
    })
      .bindPopup(() => popupContent(place, data, say), {
        // Fit small screens: the popup (its content plus Leaflet's 46 px of margins and close
        // button) stays inside the map, clear of the zoom buttons, and scrolls rather than spilling.
        maxWidth: Math.min(300, container.clientWidth - POPUP_CHROME_PX - 52 - 8),
        minWidth: Math.min(180, container.clientWidth - POPUP_CHROME_PX - 52 - 8),
        maxHeight: Math.max(160, container.clientHeight - 110),
        keepInView: true,
        autoPanPadding: [8, 8],
        autoPanPaddingTopLeft: [52, 8], // clear of the zoom buttons
      })
      .addTo(map);
    const leader = L.polyline([], { className: 'lf-leader', interactive: false }).addTo(map);
    markers.push({ place, marker, leader });
    const icon = marker.getElement();
    icon?.setAttribute('role', 'button');
    icon?.setAttribute(
      'aria-label',
      say.marker.replace('{name}', () => place.name).replace('{role}', () => place.roleLabel),
    );
    icon?.setAttribute('data-place', place.id);
    marker.on('popupopen', () => (open = marker));
    marker.on('popupclose', () => {
      if (open === marker) open = undefined;
    });
  }

  // Keyboard: Escape closes the popup and gives focus back to its marker; Tab from a marker with
  // its popup open walks the popup's links, and from the popup's last link goes on to the next
  // marker (Leaflet puts every popup after all the markers in the DOM).
  const onKey = (event: KeyboardEvent) => {
    if (!open) return;
    const icon = open.getElement();
    const popup = open.getPopup()?.getElement();
    if (!icon || !popup) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      map.closePopup();
      icon.focus();
      return;
    }
    if (event.key !== 'Tab') return;
    const inPopup = focusables(popup).filter((e) => !e.classList.contains('leaflet-popup-close-button'));
    const target = event.target as HTMLElement;
    const next = (() => {
      if (target === icon && !event.shiftKey) return inPopup[0];
      if (target === inPopup[0] && event.shiftKey) return icon;
      if (target === inPopup.at(-1) && !event.shiftKey) {
        const i = markers.findIndex((m) => m.marker === open);
        return markers[i + 1]?.marker.getElement();
      }
      return undefined;
    })();
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  container.addEventListener('keydown', onKey, true);

  // Markers closer than their spacing at this zoom are moved apart, each with a leader back to
  // its true position; recomputed at every zoom, so close-up they sit where they are.
  const spread = () => {
    const truth = markers.map(({ place }) => map.latLngToLayerPoint([place.lat, place.lon]));
    const moved = spreadPoints(
      truth.map((p, i) => ({ id: markers[i]!.place.id, x: p.x, y: p.y })),
      MARKER_SPACING_PX,
    );
    moved.forEach((p, i) => {
      const { marker, leader } = markers[i]!;
      const at = map.layerPointToLatLng(L.point(p.x, p.y));
      marker.setLatLng(at);
      const shifted = Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y) > 0.5;
      leader.setLatLngs(shifted ? [map.layerPointToLatLng(truth[i]!), at] : []);
    });
  };
  spread();

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
    // The dashed line, in the same page coordinates: no name may sit on it (the Kursk region's
    // name lay across the line's end).
    const origin = container.getBoundingClientRect();
    const routeXY = line.map((p) => map.latLngToContainerPoint(p)).map((p) => [p.x + origin.left, p.y + origin.top]);
    const onRoute = (box: DOMRect) =>
      routeXY
        .slice(1)
        .some(([x2, y2], i) =>
          segmentHitsBox(
            { x1: routeXY[i]![0]!, y1: routeXY[i]![1]!, x2: x2!, y2: y2! },
            { x: box.left, y: box.top, width: box.width, height: box.height },
          ),
        );
    const clearOfNames = (box: DOMRect) =>
      !shown.some((s) => box.left < s.right && s.left < box.right && box.top < s.bottom && s.top < box.bottom);
    // A name cut off by the map's edge is no name: it goes to the other side, or is hidden.
    const inside = (box: DOMRect) =>
      box.left >= origin.left && box.right <= origin.right && box.top >= origin.top && box.bottom <= origin.bottom;
    const clear = (box: DOMRect) => inside(box) && clearOfNames(box) && !onRoute(box);
    for (const name of names) {
      // Right of the dot first, then left, above, below, else hidden.
      const sides = ['', 'lf-name-left', 'lf-name-above', 'lf-name-below'];
      name.classList.remove('lf-name-hidden', ...sides.filter(Boolean));
      let box = name.getBoundingClientRect();
      for (const side of sides.slice(1)) {
        if (clear(box)) break;
        name.classList.remove(...sides.filter(Boolean));
        name.classList.add(side);
        box = name.getBoundingClientRect();
      }
      if (clear(box)) shown.push(box);
      else {
        name.classList.remove(...sides.filter(Boolean));
        name.classList.add('lf-name-hidden');
      }
    }
    // The distance label gives way to place names and dots; the key above the map says the same.
    const routeLabel = container.querySelector<HTMLElement>('.lf-route-label');
    if (routeLabel) {
      routeLabel.classList.remove('lf-name-hidden');
      const box = routeLabel.getBoundingClientRect();
      // The distance label is the line's own: it may touch the line, not a name or a dot.
      routeLabel.classList.toggle('lf-name-hidden', !clearOfNames(box));
    }
  };
  map.on('zoomend', () => {
    spread();
    declutter();
  });
  declutter();

  const route = line;
  const view = (id: keyof MapData['views'] | 'reset') => {
    map.closePopup();
    if (id === 'reset') map.setView(first.centre, first.zoom, { animate: false });
    else if (id === 'route') fitPlaces(map, container, route);
    else {
      const ids = new Set(data.views[id]);
      fitPlaces(
        map,
        container,
        data.places.filter((p) => ids.has(p.id)).map((p) => L.latLng(p.lat, p.lon)),
      );
    }
  };
  return {
    view,
    unmount: () => {
      container.removeEventListener('keydown', onKey, true);
      map.remove();
      // Leaflet leaves its classes on the container; a later mount starts from a clean element.
      container.classList.remove(
        ...[...container.classList].filter((c) => c.startsWith('leaflet-') || c.startsWith('lf-')),
      );
    },
  };
}
