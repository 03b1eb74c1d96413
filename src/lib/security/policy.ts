/**
 * The site's response headers, decided in one place. The post-build step writes `dist/_headers`
 * (the format Netlify and Cloudflare Pages read) from this policy for every file the build made,
 * and the preview server sends headers straight from it, so a new page gets its
 * Content-Security-Policy without anyone editing a list. README: "Response headers".
 *
 * Hosts differ when several `_headers` rules match one path (Netlify: the later rule wins;
 * Cloudflare: values are joined with commas, and two CSPs are BOTH enforced), so no header is set
 * by two rules that can match the same path: `headersForPath` throws if a change would do that.
 */

import { tileLayerOption } from '../data/map-tiles.ts';
import { MAP_DATA_DIR, MAP_SPRITE_DIR } from '../data/map-urls.ts';
import type { InlineHashes } from './inline-hashes.ts';

export interface PolicyOptions {
  /** CSP source of a configured raster tile host (see `tileImageSource`), allowed in img-src on map pages. */
  tileSource?: string;
  /**
   * The sha256 sources each built page's inline <style>/<script> blocks need, by page path
   * ("/", "/troops/", "/404.html"), computed from the built files (inlineHashesByPage). The
   * headers step and the preview server both pass the same map, so they send the same policy.
   */
  inlineHashes?: ReadonlyMap<string, InlineHashes>;
}

type Headers = Record<string, string>;
type Directives = Record<string, string[]>;

/** Serialises CSP directives in the order written. */
export const cspString = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * Pages run only this site's own files and the inline blocks the build wrote into them, each
 * allowed by its sha256 hash: no 'unsafe-inline', no eval, nothing from elsewhere.
 */
function pageCsp(frameAncestors: string, extraImages: string[], inline: InlineHashes | undefined): string {
  return cspString({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(inline?.script ?? [])],
    'style-src': ["'self'", ...(inline?.style ?? [])],
    'img-src': ["'self'", 'data:', ...extraImages],
    'connect-src': ["'self'"],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': [frameAncestors],
  });
}

/**
 * Standalone SVG figures are same-origin documents when opened directly: they need their inline
 * styles and nothing else (no script, no outside fetch, no framing).
 */
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** HSTS is for hosts that do not add it themselves; documented, not sent (a preview on http must not pin). */
export const RECOMMENDED_HSTS = 'max-age=63072000; includeSubDomains';

const SHORT = 'public, max-age=300, must-revalidate';
const HOURLY = 'public, max-age=3600, stale-while-revalidate=86400';
const DAILY = 'public, max-age=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Built HTML pages as a browser asks for them: "/", "/troops/", "/troops/index.html", "/404.html". */
export const isPagePath = (path: string) => path.endsWith('/') || path.endsWith('.html');
const isEmbedPage = (path: string) => isPagePath(path) && path.startsWith('/embed/');
/** Pages that may show the interactive map's tile layer. */
const isMapPage = (path: string) => isPagePath(path) && (path.startsWith('/map/') || path.startsWith('/embed/map/'));
/** A page's inline hashes, whichever address it is asked for at ("/troops/index.html" is "/troops/"). */
const inlineFor = (path: string, options: PolicyOptions) =>
  options.inlineHashes?.get(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);

interface Rule {
  /** What the rule is for, in the generated file's comments. */
  about: string;
  covers: (path: string) => boolean;
  /**
   * The `_headers` pattern: a wildcard, or absent for one exact rule per covered path (pages also
   * get the forms without the trailing slash and with index.html, which some hosts serve as they are).
   */
  pattern?: string;
  headers: (path: string, options: PolicyOptions) => Headers;
}

/** Caching of files other than pages, by kind. Any file none of these covers still gets the short rule (see below). */
const CACHE_RULES: Rule[] = [
  {
    about: 'Fingerprinted assets: the name changes when the content does',
    covers: (p) => p.startsWith('/_astro/'),
    pattern: '/_astro/*',
    headers: () => ({ 'Cache-Control': IMMUTABLE }),
  },
  {
    about: 'The static map’s base geometry: named by a hash of its content, like the assets above',
    covers: (p) => p.startsWith(MAP_SPRITE_DIR),
    pattern: `${MAP_SPRITE_DIR}*`,
    headers: () => ({ 'Cache-Control': IMMUTABLE }),
  },
  {
    about: 'The interactive map’s data: named by a hash of its content, like the assets above',
    covers: (p) => p.startsWith(MAP_DATA_DIR),
    pattern: `${MAP_DATA_DIR}*`,
    headers: () => ({ 'Cache-Control': IMMUTABLE }),
  },
  {
    about:
      'The embed host script: a stable address newsrooms load; CORS so that its Subresource Integrity check can run',
    covers: (p) => p === '/embed.js',
    pattern: '/embed.js',
    headers: () => ({ 'Cache-Control': HOURLY, 'Access-Control-Allow-Origin': '*' }),
  },
  {
    about: 'oEmbed documents, fetched by other sites and services',
    covers: (p) => p.startsWith('/oembed/'),
    pattern: '/oembed/*',
    headers: () => ({ 'Cache-Control': HOURLY, 'Access-Control-Allow-Origin': '*', 'X-Robots-Tag': 'noindex' }),
  },
  {
    about: 'Downloadable data: other sites’ scripts may fetch it',
    covers: (p) => p.startsWith('/data/'),
    pattern: '/data/*',
    headers: () => ({ 'Cache-Control': HOURLY, 'Access-Control-Allow-Origin': '*' }),
  },
  {
    about: 'Preview cards',
    covers: (p) => p.startsWith('/og/'),
    pattern: '/og/*',
    headers: () => ({ 'Cache-Control': DAILY }),
  },
  {
    about: 'Standalone figure images',
    covers: (p) => p.startsWith('/images/'),
    pattern: '/images/*',
    headers: () => ({ 'Cache-Control': DAILY }),
  },
  {
    about: 'The icon',
    covers: (p) => p === '/favicon.svg',
    pattern: '/favicon.svg',
    headers: () => ({ 'Cache-Control': DAILY }),
  },
];

export const POLICY: readonly Rule[] = [
  {
    about: 'Everything: the same values on every path',
    covers: () => true,
    pattern: '/*',
    headers: () => ({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy':
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    }),
  },
  {
    about: 'Pages: framed only by this site, in a browsing context of their own; revalidated after five minutes',
    covers: (p) => isPagePath(p) && !isEmbedPage(p),
    headers: (p, o) => ({
      'Content-Security-Policy': pageCsp("'self'", isMapPage(p) && o.tileSource ? [o.tileSource] : [], inlineFor(p, o)),
      'X-Frame-Options': 'SAMEORIGIN',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': SHORT,
    }),
  },
  {
    about: 'Embed pages: any site may frame them (so no X-Frame-Options or COOP); kept out of search results',
    covers: isEmbedPage,
    headers: (p, o) => ({
      'Content-Security-Policy': pageCsp('*', isMapPage(p) && o.tileSource ? [o.tileSource] : [], inlineFor(p, o)),
      'X-Robots-Tag': 'noindex',
      'Cache-Control': SHORT,
    }),
  },
  {
    about: 'SVG documents: styles only',
    covers: (p) => p.endsWith('.svg'),
    headers: () => ({ 'Content-Security-Policy': SVG_CSP }),
  },
  ...CACHE_RULES,
  {
    about: 'Any other file (feeds, sitemaps, robots.txt, and whatever is added next): revalidated after five minutes',
    covers: (p) => !isPagePath(p) && !CACHE_RULES.some((rule) => rule.covers(p)),
    headers: () => ({ 'Cache-Control': SHORT }),
  },
];

/** Every header the policy sends for a path. Throws when two rules would set one header (see the top of the file). */
export function headersForPath(path: string, options: PolicyOptions = {}): Headers {
  const out: Headers = {};
  const setBy: Record<string, string> = {};
  for (const rule of POLICY) {
    if (!rule.covers(path)) continue;
    for (const [name, value] of Object.entries(rule.headers(path, options))) {
      const key = name.toLowerCase();
      if (setBy[key])
        throw new Error(`header policy: ${name} for ${path} is set by both "${setBy[key]}" and "${rule.about}"`);
      setBy[key] = rule.about;
      out[name] = value;
    }
  }
  return out;
}

/** The other address a host may serve a page at: "/troops/" is also "/troops", "/" is also "/index.html". */
export function pageAliases(path: string): string[] {
  if (path === '/') return ['/', '/index.html'];
  return path.endsWith('/') ? [path, path.slice(0, -1)] : [path];
}

/** "/reports/x/" → "/reports/"; undefined for files at the top level ("/", "/404.html", "/embed.js"). */
const sectionOf = (path: string) => /^\/[^/]+\//.exec(path)?.[0];

const sameHeaders = (a: Headers, b: Headers) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `_headers` patterns and headers for the paths one exact-path rule covers. A section whose every
 * file the rule covers with the same headers gets one wildcard (`/reports/*`, plus `/reports`);
 * other paths get a rule each (pages also without their trailing slash). Cloudflare reads at most
 * 100 rules, so sections keep the file short however many reports there are.
 */
function exactEntries(rule: Rule, covered: string[], all: string[], options: PolicyOptions): [string, Headers][] {
  const out: [string, Headers][] = [];
  const done = new Set<string>();
  for (const path of covered) {
    if (done.has(path)) continue;
    const headers = rule.headers(path, options);
    const section = sectionOf(path);
    const members = section ? all.filter((p) => p.startsWith(section)) : [];
    if (section && members.every((p) => rule.covers(p) && sameHeaders(rule.headers(p, options), headers))) {
      out.push([`${section}*`, headers]);
      if (members.includes(section)) out.push([section.slice(0, -1), headers]);
      for (const member of members) done.add(member);
      continue;
    }
    for (const alias of isPagePath(path) ? pageAliases(path) : [path]) out.push([alias, headers]);
    done.add(path);
  }
  return out;
}

/**
 * `_headers` text for a built site, given every path it serves ("/", "/troops/", "/embed.js", …).
 * Throws, before writing anything, when two rules would set one header for a path.
 */
export function headersFileFor(paths: readonly string[], options: PolicyOptions = {}): string {
  const all = [...new Set(paths)].sort();
  for (const path of all) headersForPath(path, options);
  const lines = [
    '# Generated by the build from src/lib/security/policy.ts: edit the policy, not this file.',
    '# Netlify and Cloudflare Pages read it; for other hosts see README, "Response headers".',
  ];
  for (const rule of POLICY) {
    const covered = all.filter(rule.covers);
    if (!covered.length) continue;
    lines.push('', `# ${rule.about}`);
    const entries: [string, Headers][] = rule.pattern
      ? [[rule.pattern, rule.headers(covered[0]!, options)]]
      : exactEntries(rule, covered, all, options);
    for (const [pattern, headers] of entries)
      lines.push(pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The img-src source for a Leaflet tile URL template: its origin, with a `{s}` subdomain as `*`.
 * Throws for a template that is not an http(s) URL, so a typo fails the build instead of every tile.
 */
export function tileImageSource(template: string): string {
  const probe = template.replace(/\{s\}/g, 'subdomain-placeholder').replace(/\{[a-z]+\}/gi, '0');
  let url: URL;
  try {
    url = new URL(probe);
  } catch {
    throw new Error(`MAP_TILE_URL is not a URL: "${template}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`MAP_TILE_URL must be http(s): "${template}"`);
  return url.origin.replace('subdomain-placeholder', '*');
}

/** The options the build and the preview server take from the environment (the same variables the map reads). */
export function policyOptionsFromEnv(env: Record<string, string | undefined> = process.env): PolicyOptions {
  const tiles = tileLayerOption(env);
  return tiles ? { tileSource: tileImageSource(tiles.url) } : {};
}
