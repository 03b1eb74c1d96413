/**
 * The timeline strip's SVG markup for one layout (src/lib/timeline/strip.ts). Pure string
 * building, so TimelineStrip.astro and the golden snapshot write the same markup. Horizontal
 * positions are percentages of the SVG's width (the strip stretches); sizes stay in px. The
 * words it adds (the group's name, each mark's title) are in the caller's locale.
 */
import { attrs as attrsWith, escapeXml } from '../svg/markup.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translate.ts';
import { pct, STRIP, type StripLayout, type StripVariant } from './strip.ts';

/** Numbers are written in full: the layout already rounds what it stores. */
const attrs = (record: Parameters<typeof attrsWith>[0]) => attrsWith(record, null);

/** The number's baseline below the mark's centre, for the strip's 12 px bold figures. */
const NUMBER_BASELINE = 4.5;

const BREAK_GLYPH =
  '<rect class="break-gap" x="-7" y="-9" width="14" height="18"/><path class="break-glyph" d="M-9 7 L-3 -7 M3 7 L9 -7"/>';

/** `linkBase` prefixes each mark's link: "" on the timeline page, the page's path in an embed. */
export function stripSvg(
  layout: StripLayout,
  variant: StripVariant['id'],
  linkBase = '',
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = useTranslations(locale);
  const x = (px: number) => pct(px, layout.width);
  const r = STRIP.markRadius;
  const out: string[] = [];
  out.push(
    `<svg${attrs({ class: `strip-svg strip-${variant}`, width: '100%', height: layout.height, role: 'group', 'aria-label': t('strip.label'), 'data-strip-variant': variant })}>`,
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
        `${BREAK_GLYPH}</svg></g>`,
    );
  }
  // Axis labels are for the eye; each mark's own name carries its date for screen readers. Ticks
  // and labels take their look from their group (TimelineStrip.astro), so each element carries
  // only its place: the strip is written three times into every timeline page (issue 16).
  out.push('<g class="ticks" aria-hidden="true">');
  for (const t of layout.ticks) out.push(`<line${attrs({ x1: x(t.x), x2: x(t.x), y1: t.y0, y2: t.y1 })}/>`);
  out.push('</g><g class="labels" aria-hidden="true">');
  for (const l of layout.labels)
    out.push(
      `<text${attrs({ class: l.kind === 'fine' ? undefined : `label-${l.kind}`, x: x(l.x), y: l.y, 'text-anchor': l.anchor === 'start' ? undefined : l.anchor })}>${escapeXml(l.text)}</text>`,
    );
  out.push('</g>');
  // A mark's link names its event (href "#<id>", which the filter script reads); its shape and
  // number sit at percentages of the strip's width directly, with no nested <svg> to place them.
  for (const m of layout.marks) {
    out.push(
      `<a${attrs({ href: `${linkBase}#${m.id}`, class: `mark phase-${m.phase}${m.inferred ? ' is-inferred' : ''}` })}>` +
        `<title>${escapeXml(t(m.inferred ? 'strip.mark.titleInferred' : 'strip.mark.title', { number: m.number, date: m.dateText, title: m.title }))}</title>` +
        (m.shape === 'bar'
          ? `<rect${attrs({ class: 'shape', x: x(m.x0), y: m.cy - r, width: x(m.x1 - m.x0), height: 2 * r, rx: r })}/>`
          : `<circle${attrs({ class: 'shape', cx: x(m.cx), cy: m.cy, r })}/>`) +
        `<text${attrs({ class: 'number', x: x(m.cx), y: m.cy + NUMBER_BASELINE, 'aria-hidden': 'true' })}>${m.number}</text></a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
