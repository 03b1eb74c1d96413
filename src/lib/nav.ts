/** Site sections in the order the header lists them. */
export const NAV_ITEMS = [
  { href: '/', label: 'Overview' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/troops/', label: 'Troop counts' },
  { href: '/map/', label: 'Map' },
  { href: '/disagreements/', label: 'Disagreements' },
  { href: '/reports/', label: 'Reports' },
  { href: '/sources/', label: 'Sources & method' },
] as const;

/** Whether a nav item is the current section (the overview matches only itself). */
export const isCurrentSection = (itemHref: string, pathname: string) =>
  itemHref === '/' ? pathname === '/' : pathname.startsWith(itemHref);
