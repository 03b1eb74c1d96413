/**
 * Links from a correction on /corrections/ to what it changed: each page reference as an address
 * (an entry's own anchor on the page that shows it) and a label a reader recognises; a figure is
 * written as the site writes it everywhere (formatClaimedCount), hedge and claimant included. Pure.
 */
import { NAV_ITEMS } from '../nav.ts';
import { parsePageRef } from '../schemas/correction.ts';
import { formatClaimedCount } from '../format/numbers.ts';
import type { SiteModel } from './model.ts';

export interface RefLink {
  href: string;
  label: string;
}

const SECTION_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(NAV_ITEMS.map((item) => [item.href, item.label])),
  '/corrections/': 'Corrections',
};

/** The link for one page reference; references the validator would reject give undefined. */
export function refLink(
  ref: string,
  model: Pick<SiteModel, 'reports' | 'events' | 'estimates' | 'places'>,
): RefLink | undefined {
  const parsed = parsePageRef(ref);
  if (!parsed) return undefined;
  if (parsed.kind === 'section') return { href: parsed.route, label: SECTION_LABELS[parsed.route] ?? parsed.route };
  if (parsed.kind === 'report') {
    const report = model.reports.find((r) => r.slug === parsed.slug);
    return report && { href: `/reports/${report.slug}/`, label: `Report summary: ${report.headline}` };
  }
  const { collection, id } = parsed;
  if (collection === 'events') {
    const event = model.events.find((e) => e.id === id);
    return event && { href: `/timeline/#${id}`, label: `Timeline: ${event.title}` };
  }
  if (collection === 'estimates') {
    const estimate = model.estimates.find((e) => e.id === id);
    return (
      estimate && {
        href: `/troops/#estimate-${id}`,
        label: `Troop counts: ${formatClaimedCount(estimate.count, estimate.qualifier)}, claimed by ${estimate.claimant.name}`,
      }
    );
  }
  const place = model.places.find((p) => p.id === id);
  return place && { href: `/map/#place-${id}`, label: `Map: ${place.name}` };
}
