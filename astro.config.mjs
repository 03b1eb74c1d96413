// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { reportBodyGuard } from './src/lib/content/mdx-body.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { SITE_URL } from './src/lib/site-url.ts';

export default defineConfig({
  site: SITE_URL,
  // The build script writes to a staging folder and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // The content layer's cache (default node_modules/.astro). `npm run bench` gives each timed build a
  // fresh one, so builds are measured cold and generated content never lingers in the project's cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentGuard(),
    // Every MDX file is checked as it compiles: Markdown and <Cite id="…"> only, never import/export,
    // {expressions} or raw HTML (src/lib/content/mdx-body.ts; the validator runs the same check).
    mdx({ processor: satteri({ mdastPlugins: [reportBodyGuard] }) }),
    // Embed pages are framed views of the figure pages (noindex, canonical = the figure page): not sitemap entries.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
  ],
  devToolbar: { enabled: false },
  // Never inline scripts or small assets: the Content-Security-Policy allows only files from 'self'.
  // One stylesheet for the whole site: a page otherwise waited on six or seven small render-blocking
  // files, and the one file is cached across every page a reader opens.
  // Legal comments (`/*! … */`, `@license`, `@preserve`) stay in the shipped bundles: Leaflet's BSD-2 licence asks
  // for its copyright notice in what we distribute (tests/build/licences.test.ts checks the chunk).
  vite: {
    build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { output: { comments: { legal: true } } } },
  },
});
