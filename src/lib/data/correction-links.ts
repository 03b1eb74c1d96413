/**
 * Links from a correction on /corrections/ to what it changed: each page reference as an address
 * (an entry's own anchor on the page that shows it) and a label a reader recognises; a figure is
 * written as the site writes it everywhere (formatClaimedCount), hedge and claimant included. Pure.
 */
import { navItems } from '../nav.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { useTranslations, type Translate } from '../i18n/translate.ts';
import { parsePageRef } from '../schemas/correction.ts';
import { formatClaimedCount } from '../format/numbers.ts';
import type { SiteModel } from './model.ts';

export interface RefLink {
  href: string;
  label: string;
}

/** The section pages' names: the header's, and the corrections log's own (linked from the footer). */
const sectionLabels = (t: Translate): Readonly<Record<string, string>> => ({
  ...Object.fromEntries(navItems(t).map((item) => [item.href, item.label])),
  '/corrections/': t('footer.corrections'),
});

/** The link for one page reference; references the validator would reject give undefined. */
export function refLink(
  ref: string,
  model: Pick<SiteModel, 'reports' | 'events' | 'estimates' | 'places'>,
  locale: Locale = DEFAULT_LOCALE,
): RefLink | undefined {
  const t = useTranslations(locale);
  const parsed = parsePageRef(ref);
  if (!parsed) return undefined;
  if (parsed.kind === 'section') return { href: parsed.route, label: sectionLabels(t)[parsed.route] ?? parsed.route };
  if (parsed.kind === 'report') {
    const report = model.reports.find((r) => r.slug === parsed.slug);
    return (
      report && { href: `/reports/${report.slug}/`, label: t('corrections.ref.report', { headline: report.headline }) }
    );
  }
  const { collection, id } = parsed;
  if (collection === 'events') {
    const event = model.events.find((e) => e.id === id);
    return event && { href: `/timeline/#${id}`, label: t('corrections.ref.event', { title: event.title }) };
  }
  if (collection === 'estimates') {
    const estimate = model.estimates.find((e) => e.id === id);
    return (
      estimate && {
        href: `/troops/#estimate-${id}`,
        label: t('corrections.ref.estimate', {
          count: formatClaimedCount(estimate.count, estimate.qualifier, locale),
          claimant: estimate.claimant.name,
        }),
      }
    );
  }
  const place = model.places.find((p) => p.id === id);
  return place && { href: `/map/#place-${id}`, label: t('corrections.ref.place', { name: place.name }) };
}
