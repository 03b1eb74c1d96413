/**
 * The map drawn with Leaflet 1.9 (BSD-2-Clause), as a newsroom ships it without a tile server:
 * Leaflet's stylesheet and script in the head, a Natural Earth 50m base layer as one GeoJSON file (named .json, a type
 * every static host compresses)
 * (the same data our map draws, see data.ts), every place as a default marker with a popup (name,
 * country, our summary, its sources), and the dashed Vladivostok–Kursk line with our key for it
 * ("a distance, not the route").
 *
 * Left out, as a newsroom page would add them: raster tiles (a request to another server, which
 * the benchmark never makes), custom marker icons, a legend, the outlet's header and fonts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { greatCirclePoints } from '../../../src/lib/geo/distance.ts';
import { baseLayer, type PeerData } from './data.ts';
import { copyVendor, escapeHtml, htmlPage, inlineJson, sourceHtml } from './page.ts';

export function writeLeafletPeer(root: string, dir: string, { model, distanceLine }: PeerData) {
  copyVendor(
    root,
    'leaflet',
    [
      'dist/leaflet.js',
      'dist/leaflet.css',
      ...['layers-2x.png', 'layers.png', 'marker-icon-2x.png', 'marker-icon.png', 'marker-shadow.png'].map(
        (f) => `dist/images/${f}`,
      ),
    ],
    join(dir, 'vendor'),
  );
  writeFileSync(join(dir, 'base.json'), JSON.stringify(baseLayer(root, model.places)));
  const places = model.places.map((p) => ({
    latlng: [p.coordinates.lat, p.coordinates.lon],
    name: p.name,
    popup: `<strong>${escapeHtml(p.name)}</strong> (${escapeHtml(p.country)})<br>${escapeHtml(p.summary)}<br><small>Sources: ${p.sources.map(sourceHtml).join('; ')}</small>`,
  }));
  const from = model.places.find((p) => p.id === distanceLine.from);
  const to = model.places.find((p) => p.id === distanceLine.to);
  if (!from || !to) throw new Error(`peer map: no place "${from ? distanceLine.to : distanceLine.from}"`);
  const line = greatCirclePoints(
    [from.coordinates.lon, from.coordinates.lat],
    [to.coordinates.lon, to.coordinates.lat],
    64,
  ).map(([lon, lat]) => [lat, lon]);
  const lineKey = `${from.name} – ${to.name}: ${distanceLine.key}`;
  const title = 'Where the reports place North Korea’s troops in Russia';
  const script = `
var places = ${inlineJson(places)};
var line = ${inlineJson(line)};
var map = L.map('map');
map.attributionControl.addAttribution('Natural Earth');
fetch('base.json').then(function (r) { return r.json(); }).then(function (base) {
  L.geoJSON(base, { style: { color: '#888', weight: 1, fillColor: '#eee', fillOpacity: 1 } }).addTo(map).bringToBack();
});
var markers = places.map(function (p) { return L.marker(p.latlng, { title: p.name }).bindPopup(p.popup).addTo(map); });
L.polyline(line, { dashArray: '6 6', color: '#b00' }).bindPopup(${inlineJson(escapeHtml(lineKey))}).addTo(map);
map.fitBounds(L.featureGroup(markers).getBounds().pad(0.1));`;
  writeFileSync(
    join(dir, 'index.html'),
    htmlPage({
      title,
      css: ['vendor/dist/leaflet.css'],
      js: ['vendor/dist/leaflet.js'],
      body: [
        `<h1>${escapeHtml(title)}</h1>`,
        '<div id="map" style="height: 70vh"></div>',
        `<script>${script}\n</script>`,
      ].join('\n'),
    }),
  );
}
