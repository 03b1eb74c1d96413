/**
 * The troop chart as a self-contained SVG document for slides and print: title, takeaway,
 * chart and source line in one file, painted by an embedded stylesheet (no page CSS, no
 * scripts, no external references). Pure: the build step passes in the stylesheet and fonts.
 * Build-time only, for the default locale (the image is one file for the whole site); the
 * title, caption and footer come from the caller.
 */
import { CHART_FONT_FAMILY, type MeasureText } from '../kit/text.ts';
import { SvgTextColumn } from '../kit/svg-text-column.ts';
import { troopChartBody } from './svg.ts';
import { escapeXml, fmt as n } from '../../svg/markup.ts';
import type { TroopChartLayout } from './layout.ts';

export interface StandaloneText {
  title: string;
  caption: string;
  /** Lines under the chart: source, where the data lives. */
  footer: string[];
}

const PAD = 24;

export function standaloneSvg(
  layout: TroopChartLayout,
  text: StandaloneText,
  opts: { css: string; measure: MeasureText },
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
  // No key: each row is headed with what it counts, and each label gives its figure in the
  // source's hedge ("10,000+") with its claimant.
  const y = column.y + 8;

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

/** Extra rules for the parts only the standalone image has. */
export const STANDALONE_CSS = `
.sa-background { fill: var(--bg); }
.sa-title { fill: var(--fg); }
.sa-caption, .sa-footer { fill: var(--muted); }
`;
