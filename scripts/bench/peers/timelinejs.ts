/**
 * The timeline drawn with TimelineJS 3.9 (Knight Lab, MPL-2.0), as a newsroom embeds it: the
 * library's stylesheet and script in the head, a container, and `new TL.Timeline(…)` with the
 * events inline as TimelineJS JSON. Every event: its date (a month or a range where ours is
 * one), our title as the headline, our description and its sources with their evidence.
 *
 * Left out, as a newsroom page would add them: a title slide with media, images per event,
 * analytics, the outlet's own header and fonts. TimelineJS's default font theme fetches PT Sans and
 * PT Serif from Google Fonts, a request to another server the benchmark never makes: the page uses
 * the package's own system-font theme (Georgia and Helvetica) instead, which only makes the peer
 * lighter. Everything loads from the copied package (script_path points there, not at the CDN).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateSpec } from '../../../src/lib/schemas/index.ts';
import { copyVendor, escapeHtml, htmlPage, inlineJson, sourceHtml } from './page.ts';
import type { PeerData } from './data.ts';

/** TimelineJS's date object from a YYYY-MM-DD or YYYY-MM string. */
function tlDate(iso: string) {
  const [year, month, day] = iso.split('-');
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function tlDates(date: DateSpec) {
  if (date.precision === 'month') return { start_date: tlDate(date.iso) };
  if (date.precision === 'range') return { start_date: tlDate(date.start), end_date: tlDate(date.end) };
  return { start_date: tlDate(date.iso) };
}

export function writeTimelineJsPeer(root: string, dir: string, { model }: PeerData) {
  const pkg = '@knight-lab/timelinejs';
  const dist = join(root, 'node_modules', pkg);
  // What the package's CDN would serve this page: the script, its stylesheet, the icon font, the
  // font theme and the English messages it fetches at start.
  const files = [
    'dist/js/timeline.js',
    'dist/css/timeline.css',
    'dist/css/fonts/font.georgia-helvetica.css',
    'dist/js/locale/en.json',
    ...readdirSync(join(dist, 'dist/css/icons')).map((f) => `dist/css/icons/${f}`),
  ];
  copyVendor(root, pkg, files, join(dir, 'vendor'));
  const data = {
    events: model.events.map((e) => ({
      ...tlDates(e.date),
      text: {
        headline: escapeHtml(e.title),
        text: `<p>${escapeHtml(e.description)}</p><p>Sources: ${e.sources.map(sourceHtml).join('; ')}</p>`,
      },
      group: e.categoryLabel,
    })),
  };
  const title = 'North Korea’s troops in Russia: a timeline';
  writeFileSync(
    join(dir, 'index.html'),
    htmlPage({
      title,
      css: ['vendor/dist/css/timeline.css'],
      js: ['vendor/dist/js/timeline.js'],
      body: [
        `<h1>${escapeHtml(title)}</h1>`,
        '<div id="timeline-embed" style="width: 100%; height: 600px"></div>',
        '<script>',
        `var data = ${inlineJson(data)};`,
        "window.timeline = new TL.Timeline('timeline-embed', data, { script_path: new URL('vendor/dist/js/', location.href).href, font: 'georgia-helvetica' });",
        '</script>',
      ].join('\n'),
    }),
  );
}
