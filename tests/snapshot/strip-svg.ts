/**
 * The timeline strip's markup, written as a string for its snapshot. Unlike the troop chart and
 * the map, the strip has no pure SVG writer yet: its markup is inline in
 * src/components/timeline/TimelineStrip.astro, which vitest cannot render. This file repeats
 * that markup element for element (same tags, classes, attributes and pct() positions) so the
 * golden pins the layout as drawn. When the figure-kit step of issue 13 moves the markup into a
 * pure writer in src/lib, this file should be deleted and the snapshot should call that writer;
 * until then a markup change in the component must be repeated here (the golden will not see it).
 */
import {
  layoutTimelineStrip,
  pct,
  STRIP,
  type StripEvent,
  type StripLayout,
  type StripOptions,
} from '../../src/lib/timeline/strip.ts';
import { escapeXml } from '../../src/lib/svg/markup.ts';

/** The three layouts TimelineStrip.astro writes into the page (its container queries match these widths). */
export const STRIP_VARIANTS: { name: 'narrow' | 'wide' | 'widest'; options: StripOptions }[] = [
  { name: 'narrow', options: { width: 272, arrangement: 'per-phase' } },
  { name: 'wide', options: { width: 720, arrangement: 'single' } },
  { name: 'widest', options: { width: 1000, arrangement: 'single' } },
];

const attrs = (record: Record<string, string | number | undefined>) =>
  Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

export function stripSvg(layout: StripLayout, name: string, linkBase = ''): string {
  const x = (px: number) => pct(px, layout.width);
  const r = STRIP.markRadius;
  const out: string[] = [];
  out.push(
    `<svg${attrs({ class: `strip-svg strip-${name}`, width: '100%', height: layout.height, role: 'group', 'aria-label': 'Overview of the events by date; each mark links to the event in the list', 'data-strip-variant': name })}>`,
  );
  for (const s of layout.segments) {
    out.push(
      `<g class="segment phase-${s.phase}"><rect${attrs({ class: 'segment-band', x: x(s.x0), y: s.top, width: x(s.x1 - s.x0), height: s.axisY - s.top })}/>` +
        `<line${attrs({ class: 'axis', x1: x(s.x0), x2: x(s.x1), y1: s.axisY, y2: s.axisY })}/></g>`,
    );
  }
  for (const b of layout.breaks) {
    out.push(
      `<g class="axis-break break-${b.kind}"><line${attrs({ class: 'break-axis', x1: x(b.x0), x2: x(b.x1), y1: b.axisY, y2: b.axisY })}/>` +
        `<svg${attrs({ x: x((b.x0 + b.x1) / 2), y: b.axisY, overflow: 'visible', role: 'img', 'aria-label': b.description })}><title>${escapeXml(b.description)}</title>` +
        '<rect class="break-gap" x="-7" y="-9" width="14" height="18"/><path class="break-glyph" d="M-9 7 L-3 -7 M3 7 L9 -7"/></svg></g>',
    );
  }
  out.push('<g aria-hidden="true">');
  for (const t of layout.ticks)
    out.push(
      `<line${attrs({ class: t.major ? 'tick tick-major' : 'tick', x1: x(t.x), x2: x(t.x), y1: t.y0, y2: t.y1 })}/>`,
    );
  for (const l of layout.labels)
    out.push(
      `<text${attrs({ class: `label label-${l.kind}`, x: x(l.x), y: l.y, 'text-anchor': l.anchor })}>${escapeXml(l.text)}</text>`,
    );
  out.push('</g>');
  for (const m of layout.marks) {
    out.push(
      `<a${attrs({ href: `${linkBase}#${m.id}`, class: `mark mark-${m.shape} phase-${m.phase}${m.inferred ? ' is-inferred' : ''}`, 'data-mark-for': m.id })}>` +
        `<title>${escapeXml(`${m.number}. ${m.dateText}${m.inferred ? ' (inferred)' : ''}: ${m.title}`)}</title>` +
        (m.shape === 'bar'
          ? `<rect${attrs({ class: 'shape', x: x(m.x0), y: m.cy - r, width: x(m.x1 - m.x0), height: 2 * r, rx: r })}/>`
          : '') +
        `<svg${attrs({ x: x(m.cx), y: m.cy, overflow: 'visible', 'aria-hidden': 'true' })}>` +
        (m.shape === 'point' ? `<circle class="shape" r="${r}"/>` : '') +
        `<text class="number" y="4" text-anchor="middle">${m.number}</text></svg></a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

export const stripVariantSvg = (events: readonly StripEvent[], variant: (typeof STRIP_VARIANTS)[number]) =>
  stripSvg(layoutTimelineStrip(events, variant.options), variant.name);
