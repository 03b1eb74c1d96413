/**
 * The map as a self-contained SVG document (for the link-preview card, slides and print):
 * title, takeaway, the wide map, a one-line key and the source line, painted by an embedded
 * stylesheet. Pure: the build step passes in the stylesheet and the text measurer.
 */
import { escapeXml, fmt as n } from '../svg/markup.ts';
import type { MeasureText } from '../charts/kit/text.ts';
import { SvgTextColumn } from '../charts/kit/svg-text-column.ts';
import type { MapLayout } from './map-layout.ts';
import { mapSvg, type MapSvgOptions } from './map-svg.ts';

const PAD = 24;

export const MAP_STANDALONE_CSS = `
.sa-title, .sa-caption, .sa-key, .sa-footer { font-family: Arial, Helvetica, 'Liberation Sans', Arimo, Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; }
.sa-title { fill: var(--fg); }
.sa-caption, .sa-footer { fill: var(--muted); }
.sa-key { fill: var(--fg); }
`;

export function standaloneMapSvg(
  layout: MapLayout,
  svgOptions: MapSvgOptions,
  text: { title: string; caption: string; key: string; footer: string[] },
  opts: { css: string; measure: MeasureText; background: string },
): string {
  const width = layout.width + 2 * PAD;
  const column = new SvgTextColumn(PAD, PAD, layout.width, opts.measure);
  column.block(text.title, 24, 600, 'sa-title');
  column.y += 4;
  column.block(text.caption, 15, 400, 'sa-caption');
  column.y += 12;
  // The map as a nested SVG keeps its own coordinates and clip paths.
  column.out.push(mapSvg(layout, svgOptions).replace('<svg ', `<svg x="${PAD}" y="${n(column.y)}" `));
  column.y += layout.height + 6;
  column.block(text.key, 13, 400, 'sa-key');
  column.y += 4;
  for (const line of text.footer) column.block(line, 12, 400, 'sa-footer');
  const height = Math.ceil(column.y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(text.title)}">`,
    `<style>${opts.css}</style>`,
    `<rect width="${width}" height="${height}" fill="${opts.background}"/>`,
    ...column.out,
    '</svg>',
  ].join('');
}
