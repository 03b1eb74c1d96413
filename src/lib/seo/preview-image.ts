/**
 * Where each page's link-preview image lives. The path is derived from the page path alone, so
 * the layout (which names the image in its meta tags) and the post-build step (which draws it)
 * agree without sharing any state.
 */
export const PREVIEW_IMAGE = { width: 1200, height: 630, type: 'image/png', dir: '/og/' } as const;

/** "/" → "/og/index.png"; "/reports/blackburn/" → "/og/reports/blackburn.png". */
export function previewImagePath(pagePath: string): string {
  const trimmed = pagePath
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((segment) => segment === '..' || segment === '.'))
    throw new Error(`not a page path: "${pagePath}"`);
  return `${PREVIEW_IMAGE.dir}${trimmed === '' ? 'index' : trimmed}.png`;
}
