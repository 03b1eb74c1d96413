/**
 * Writes a troop-chart layout as SVG markup. One writer for the page (where colours come from
 * the site's CSS custom properties, so dark mode works) and the standalone image (which embeds
 * its own stylesheet), so the two can never drift apart. Pure string building.
 */
import type { TroopChartLayout } from './layout.ts';
import { CHART_FONT_FAMILY, type TextBlock } from '../kit/text.ts';
import type { MarkGeometry } from './marks.ts';
import { attrs, escapeXml, fmt } from '../../svg/markup.ts';

/** A block's lines; regular-weight lines take `secondaryClass` when given (the claimant under a count). */
function textBlock(block: TextBlock, className: string, size: number, secondaryClass?: string) {
  return block.lines
    .map(
      (l) =>
        `<text${attrs({ class: `tc-text ${className}${secondaryClass && l.weight === 400 ? ` ${secondaryClass}` : ''}`, x: l.x, y: l.y, 'text-anchor': block.align, 'font-size': size, 'font-weight': l.weight })}>${escapeXml(l.text)}</text>`,
    )
    .join('');
}

/** A mark's parts drawn around the origin: halo, arrow, then the shape on top. */
export function markParts(g: MarkGeometry): string {
  const parts: string[] = [];
  if (g.halo) parts.push(`<circle${attrs({ class: 'tc-halo', r: g.halo, stroke: g.colour })}/>`);
  if (g.arrow) parts.push(`<path${attrs({ class: 'tc-arrow', d: g.arrow.d, stroke: g.colour })}/>`);
  parts.push(
    `<path${attrs({ class: `tc-shape ${g.hollow ? 'tc-hollow' : 'tc-solid'}`, d: g.path, fill: g.hollow ? null : g.colour, stroke: g.hollow ? g.colour : null })}/>`,
  );
  return parts.join('');
}

/** A mark on its own, as a small inline SVG for legends and tables (decorative: the text beside it says the same). */
export function glyphSvg(g: MarkGeometry, className = 'tc-glyph'): string {
  const half = Math.ceil(Math.max(g.radius, g.arrow ? Math.abs(g.arrow.tipY) : 0) + 2);
  return `<svg${attrs({ class: className, viewBox: `${-half} ${-half} ${2 * half} ${2 * half}`, width: 2 * half, height: 2 * half, 'aria-hidden': 'true', focusable: 'false' })}>${markParts(g)}</svg>`;
}

export interface ChartBodyOptions {
  /** Link for a mark (the table row), or null for a plain image. */
  markHref: ((id: string) => string) | null;
  /** Where links open: the embed sends readers to the full page, out of the iframe. */
  markTarget?: '_top' | undefined;
  /** Id of the element describing a mark, for aria-describedby. */
  markDescribedBy?: ((id: string) => string) | undefined;
}

/** Everything inside the chart's <svg>: rows with their grids, annotations, reference lines, marks, labels. */
export function troopChartBody(layout: TroopChartLayout, options: ChartBodyOptions): string {
  const { plot, fontSize: size } = layout;
  const out: string[] = [];
  const tickSize = size * 0.92;

  // Rows: each its heading, grid and count ticks (decoration: the table carries the numbers).
  out.push('<g class="tc-axis" aria-hidden="true">');
  for (const row of layout.rows) {
    out.push(`<g class="tc-row${row.primary ? '' : ' tc-row-secondary'}" data-row="${escapeXml(row.status)}">`);
    out.push(textBlock(row.heading, 'tc-row-heading', size));
    for (const t of row.yTicks) {
      out.push(
        `<line${attrs({ class: t.label === '0' ? 'tc-baseline' : 'tc-grid', x1: plot.x, x2: plot.x + plot.width, y1: t.y, y2: t.y })}/>`,
      );
      out.push(
        `<text${attrs({ class: 'tc-text tc-tick', x: plot.x - 6, y: t.y + tickSize * 0.35, 'text-anchor': 'end', 'font-size': tickSize })}>${escapeXml(t.label)}</text>`,
      );
    }
    out.push('</g>');
  }
  const bottom = plot.y + plot.height;
  for (const t of layout.xTicks) {
    out.push(`<line${attrs({ class: 'tc-tick-mark', x1: t.x, x2: t.x, y1: bottom, y2: bottom + 5 })}/>`);
    t.lines.forEach((line, i) =>
      out.push(
        `<text${attrs({ class: 'tc-text tc-tick', x: t.x, y: bottom + 6 + (i + 1) * tickSize * 1.2, 'text-anchor': 'middle', 'font-size': tickSize })}>${escapeXml(line)}</text>`,
      ),
    );
  }
  out.push('</g>');

  // Annotations: a dashed rule at the event's date through every row, its label beside the top.
  out.push('<g class="tc-annotations" aria-hidden="true">');
  for (const a of layout.annotations) {
    out.push(`<g class="tc-annotation" data-event="${escapeXml(a.id)}"><title>${escapeXml(a.title)}</title>`);
    for (const s of a.segments)
      out.push(`<line${attrs({ class: 'tc-annotation-line', x1: a.x, x2: a.x, y1: s.y1, y2: s.y2 })}/>`);
    out.push(textBlock(a.label, 'tc-annotation-label', size));
    out.push('</g>');
  }
  out.push('</g>');

  // Reference lines (planned totals).
  out.push('<g class="tc-references" aria-hidden="true">');
  for (const r of layout.references) {
    out.push(`<line${attrs({ class: 'tc-reference-line', x1: r.x1, x2: r.x2, y1: r.y, y2: r.y })}/>`);
    if (r.label) out.push(`<g class="tc-reference-label">${textBlock(r.label, 'tc-reference-text', size)}</g>`);
  }
  out.push('</g>');

  // Leader lines under the marks, labels above everything.
  out.push('<g class="tc-leaders" aria-hidden="true">');
  for (const m of layout.marks) {
    const l = m.label?.leader;
    if (l) out.push(`<line${attrs({ class: 'tc-leader', x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 })}/>`);
  }
  out.push('</g>');

  out.push('<g class="tc-marks">');
  for (const m of layout.marks) {
    const href = options.markHref?.(m.id);
    const open = href
      ? `<a${attrs({ class: 'tc-mark', href, target: options.markTarget, 'data-estimate': m.id, 'aria-describedby': options.markDescribedBy?.(m.id) })}>`
      : `<g${attrs({ class: 'tc-mark', 'data-estimate': m.id })}>`;
    out.push(open, `<title>${escapeXml(m.title)}</title>`);
    if (href) out.push(`<circle${attrs({ class: 'tc-hit', cx: m.x, cy: m.y, r: Math.max(12, m.radius + 4) })}/>`);
    if (m.span)
      out.push(
        `<path${attrs({ class: 'tc-span', d: `M${fmt(m.span.x1)},${fmt(m.y - 4)}v8M${fmt(m.span.x1)},${fmt(m.y)}H${fmt(m.span.x2)}M${fmt(m.span.x2)},${fmt(m.y - 4)}v8`, stroke: m.colour })}/>`,
      );
    out.push(`<g transform="translate(${fmt(m.x)},${fmt(m.y)})">${markParts(m)}</g>`);
    if (href) out.push(`<circle${attrs({ class: 'tc-focus-ring', cx: m.x, cy: m.y, r: m.radius + 4.5 })}/>`);
    out.push(href ? '</a>' : '</g>');
  }
  out.push('</g>');

  out.push('<g class="tc-labels" aria-hidden="true">');
  const primaryRows = new Set(layout.rows.filter((r) => r.primary).map((r) => r.status));
  for (const m of layout.marks) {
    if (!m.label) continue;
    const secondaryRow = primaryRows.has(m.row) ? '' : ' tc-label-secondary-row';
    out.push(
      `<g class="tc-label${secondaryRow}" data-for="${escapeXml(m.id)}">${textBlock(m.label, 'tc-label-text', size, 'tc-secondary')}</g>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

export interface ChartSvgOptions extends ChartBodyOptions {
  /** Unique per page: the title and description ids hang off it. */
  idPrefix: string;
  title: string;
  description: string;
  className?: string;
}

/** The chart as an inline <svg> for a page. */
export function troopChartSvg(layout: TroopChartLayout, options: ChartSvgOptions): string {
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  return (
    `<svg${attrs({
      class: options.className ?? 'tc-svg',
      viewBox: `0 0 ${fmt(layout.width)} ${fmt(layout.height)}`,
      width: layout.width,
      height: layout.height,
      role: 'group',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      'font-family': CHART_FONT_FAMILY,
    })}>` +
    `<title id="${titleId}">${escapeXml(options.title)}</title><desc id="${descId}">${escapeXml(options.description)}</desc>` +
    troopChartBody(layout, options) +
    '</svg>'
  );
}
