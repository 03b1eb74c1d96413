/**
 * The social-size figure images written by scripts/postbuild/40-social-images.ts, next to the
 * standalone ones in /images/: each figure square (1080×1080, for feeds) and portrait 4:5
 * (1080×1350, for Instagram-style posts), and the timeline as a standalone image of its own.
 * Pages link them from their download lists; the step and the pages share these paths. Each
 * size's link text is a key of src/lib/i18n/en.json, read in the page's locale.
 */
import type { UIKey } from '../i18n/translate.ts';

export const SOCIAL_SIZES = {
  square: { width: 1080, height: 1080, labelKey: 'downloads.size.square' },
  portrait: { width: 1080, height: 1350, labelKey: 'downloads.size.portrait' },
} as const satisfies Record<string, { width: number; height: number; labelKey: UIKey }>;
export type SocialSize = keyof typeof SOCIAL_SIZES;

export type SocialFigure = 'troop-estimates' | 'map' | 'timeline';

/** "/images/map-square.png" */
export const socialImagePath = (figure: SocialFigure, size: SocialSize) => `/images/${figure}-${size}.png`;

/** The timeline's own standalone image (the registry's standaloneSvgPath for the timeline, and its PNG). */
export const TIMELINE_IMAGE_PATHS = { svg: '/images/timeline.svg', png: '/images/timeline.png' } as const;
