/**
 * The PNG icons drawn from public/favicon.svg at build time (scripts/postbuild/10-icons.ts): a
 * 32×32 favicon for browsers that take no SVG icon, and the 180×180 apple-touch-icon iOS and
 * many Android launchers use for a saved page. The head (HeadMeta.astro) and the step share
 * these paths and sizes. They live under /images/, whose caching rule in public/_headers covers them.
 */
export const ICONS = {
  png: { path: '/images/favicon-32.png', size: 32 },
  appleTouch: { path: '/images/apple-touch-icon.png', size: 180 },
} as const;
