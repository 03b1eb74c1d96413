/**
 * The troop chart as a self-contained SVG document for slides and print: title, takeaway, key,
 * chart and source line in one file, painted by an embedded stylesheet (no page CSS, no
 * scripts, no external references). Pure: the build step passes in the stylesheet and fonts.
 * Build-time only, for the default locale (the image is one file for the whole site), so its key
 * is worded with defaultT; the title, caption and footer come from the caller.
 */
import type { Estimate } from '../../data/model.ts';
import { taxonomyLabels } from '../../taxonomy.ts';
import { defaultT as t } from '../../i18n/translate.ts';
import { markGeometry, type MarkGeometry } from './marks.ts';
import { QUALIFIER_ENCODING, legendEntries } from './encoding.ts';
import { CHART_FONT_FAMILY, type MeasureText } from '../kit/text.ts';
import { SvgTextColumn } from '../kit/svg-text-column.ts';
import { markParts, troopChartBody } from './svg.ts';
import { escapeXml, fmt as n } from '../../svg/markup.ts';
import type { TroopChartLayout } from './layout.ts';

export interface StandaloneText {
  title: string;
  caption: string;
  /** Lines under the chart: source, where the data lives. */
  footer: string[];
}

const PAD = 24;

const glyphItem = (g: MarkGeometry, label: string) => ({ glyph: markParts(g), half: g.radius, label });

export function standaloneSvg(
  layout: TroopChartLayout,
  estimates: Pick<Estimate, 'status' | 'qualifier'>[],
  text: StandaloneText,
  opts: { css: string; measure: MeasureText; colours: { neutral: string } },
): string {
  const { measure } = opts;
  const width = layout.width + 2 * PAD;
  const inner = layout.width;
  const column = new SvgTextColumn(PAD, PAD, inner, measure);
  const { out } = column;

  column.block(text.title, 22, 600, 'sa-title');
  column.y += 4;
  column.block(text.caption, 15, 400, 'sa-caption');
  column.y += 10;
  let y = column.y;

  // Key: a heading, then glyph + label items flowing onto as many rows as they need.
  const size = 13;
  const { statuses, qualifiers } = legendEntries(estimates);
  const { estimateStatuses } = taxonomyLabels(t);
  const rows: { heading: string; items: ReturnType<typeof glyphItem>[] }[] = [
    {
      heading: t('chart.legend.statuses'),
      items: statuses.map((s) => glyphItem(markGeometry(s, 'exact', 90, 8), estimateStatuses[s])),
    },
    {
      heading: t('chart.legend.qualifiers'),
      items: qualifiers.map((q) =>
        glyphItem(
          { ...markGeometry('in-russia', q, 90, 8), colour: opts.colours.neutral },
          t(QUALIFIER_ENCODING[q].legendKey),
        ),
      ),
    },
  ];
  for (const row of rows) {
    y += 22;
    let x = PAD;
    out.push(
      `<text class="sa-key-heading" x="${x}" y="${n(y + size * 0.35)}" font-size="${size}" font-weight="600">${escapeXml(row.heading)}</text>`,
    );
    x += measure(row.heading, { size, weight: 600 }) + 14;
    for (const item of row.items) {
      const w = 2 * item.half + 6 + measure(item.label, { size, weight: 400 });
      if (x + w > PAD + inner) {
        x = PAD;
        y += 22;
      }
      out.push(`<g transform="translate(${n(x + item.half)},${n(y)})">${item.glyph}</g>`);
      out.push(
        `<text class="sa-key" x="${n(x + 2 * item.half + 6)}" y="${n(y + size * 0.35)}" font-size="${size}">${escapeXml(item.label)}</text>`,
      );
      x += w + 16;
    }
  }
  y += 18;

  out.push(`<g transform="translate(${PAD},${n(y)})">${troopChartBody(layout, { markHref: null })}</g>`);
  column.y = y + layout.height + 8;
  for (const line of text.footer) column.block(line, 12, 400, 'sa-footer');

  const height = Math.ceil(column.y + PAD - 8);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tc-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT_FAMILY)}" role="img" aria-labelledby="sa-title sa-desc">`,
    `<title id="sa-title">${escapeXml(text.title)}</title>`,
    `<desc id="sa-desc">${escapeXml(text.caption)}</desc>`,
    `<style>${opts.css}</style>`,
    `<rect class="sa-background" width="${width}" height="${height}"/>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/**
 * Extra rules for the parts only the standalone image has. The static Inter SemiBold file names
 * its family "Inter SemiBold", so renderers that match by family (resvg, design tools with the
 * static fonts installed) are pointed at it for the bold text.
 */
export const STANDALONE_CSS = `
text[font-weight="600"] { font-family: 'Inter SemiBold', Inter, 'Helvetica Neue', Arial, sans-serif; font-weight: 600; }
.sa-background { fill: var(--bg); }
.sa-title, .sa-key-heading { fill: var(--fg); }
.sa-caption, .sa-key, .sa-footer { fill: var(--muted); }
`;
