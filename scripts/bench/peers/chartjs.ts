/**
 * The troop chart drawn with Chart.js 4 (MIT), as a newsroom ships it: the UMD build in the head,
 * a canvas, one scatter dataset per status (what the figure counts), each estimate a mark at its
 * as-of date with its count, and tooltips naming the figure as the report states it, the claimant
 * and the source. Below it, the table of every estimate that a reader (and a screen reader, which
 * cannot read a canvas) needs.
 *
 * Left out, as a newsroom page would add them: a date adapter for a time axis (an extra library;
 * a linear axis of timestamps with date labels stands in), annotations, the outlet's own header,
 * fonts and styles. Chart.js's default colours (its built-in Colors plugin) are kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDateSpec } from '../../../src/lib/format/dates.ts';
import type { Estimate } from '../../../src/lib/data/model.ts';
import { copyVendor, escapeHtml, htmlPage, inlineJson, sourceHtml, sourceText } from './page.ts';
import type { PeerData } from './data.ts';

const asOfText = (e: Estimate) => `${e.asOfLabel} ${formatDateSpec(e.asOf)}`;

/** The mark's place on the time axis: the middle of its date (a day, a month or a range). */
const midpoint = (e: Estimate) => (Date.parse(e.asOf.start) + Date.parse(e.asOf.end)) / 2;

function table(estimates: Estimate[]): string {
  const rows = estimates.map(
    (e) =>
      `<tr><td>${escapeHtml(asOfText(e))}</td><td>${escapeHtml(e.asStated)}</td><td>${escapeHtml(e.statusLabel)}</td>` +
      `<td>${escapeHtml(e.claimant.name)}</td><td>${e.sources.map(sourceHtml).join('; ')}</td></tr>`,
  );
  return [
    '<table>',
    '<caption>Every troop figure, as each report states it</caption>',
    '<thead><tr><th scope="col">Date</th><th scope="col">Figure</th><th scope="col">What it counts</th><th scope="col">Claimant</th><th scope="col">Source</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

export function writeChartJsPeer(root: string, dir: string, { model }: PeerData) {
  copyVendor(root, 'chart.js', ['dist/chart.umd.min.js'], join(dir, 'vendor'));
  const statuses = [...new Set(model.estimates.map((e) => e.statusLabel))];
  const datasets = statuses.map((label) => ({
    label,
    data: model.estimates
      .filter((e) => e.statusLabel === label)
      .map((e) => ({
        x: midpoint(e),
        y: e.count,
        tip: [
          `${e.asStated} (${e.statusLabel})`,
          `Claimant: ${e.claimant.name}`,
          asOfText(e),
          ...e.sources.map(sourceText),
        ],
      })),
    pointRadius: 6,
  }));
  const title = 'How many North Korean troops? Every claimed figure';
  const script = `
var datasets = ${inlineJson(datasets)};
new Chart(document.getElementById('troops'), {
  type: 'scatter',
  data: { datasets: datasets },
  options: {
    maintainAspectRatio: false,
    scales: {
      x: {
        type: 'linear',
        title: { display: true, text: 'Date the figure describes' },
        ticks: { callback: function (v) { return new Date(v).toISOString().slice(0, 10); } }
      },
      y: { beginAtZero: true, title: { display: true, text: 'Troops, as stated' } }
    },
    plugins: {
      tooltip: { callbacks: { label: function (ctx) { return ctx.raw.tip; } } }
    }
  }
});`;
  writeFileSync(
    join(dir, 'index.html'),
    htmlPage({
      title,
      css: [],
      js: ['vendor/dist/chart.umd.min.js'],
      body: [
        `<h1>${escapeHtml(title)}</h1>`,
        '<div style="position: relative; height: 60vh"><canvas id="troops" role="img" aria-label="Troop figures by date; the table below lists every one"></canvas></div>',
        table(model.estimates),
        `<script>${script}\n</script>`,
      ].join('\n'),
    }),
  );
}
