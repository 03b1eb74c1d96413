/** Site sections in the order the header lists them. */
import { defaultT, type Translate } from './i18n/translate.ts';

/** The sections with their labels in a locale. */
export const navItems = (t: Translate) =>
  [
    { href: '/', label: t('nav.overview') },
    { href: '/timeline/', label: t('nav.timeline') },
    { href: '/troops/', label: t('nav.troops') },
    { href: '/map/', label: t('nav.map') },
    { href: '/disagreements/', label: t('nav.disagreements') },
    { href: '/reports/', label: t('nav.reports') },
    { href: '/sources/', label: t('nav.sources') },
  ] as const;

/** The sections in the default locale (routes and section names for build steps without a page). */
export const NAV_ITEMS = navItems(defaultT);

/** Whether a nav item is the current section (the overview matches only itself). */
export const isCurrentSection = (itemHref: string, pathname: string) =>
  itemHref === '/' ? pathname === '/' : pathname.startsWith(itemHref);
