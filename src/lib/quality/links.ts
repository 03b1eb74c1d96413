/**
 * Link checking over the built site: which URLs a page refers to, whether a URL belongs to the site,
 * and which file in dist/ serves it. Pure: the caller supplies the list of built files.
 */
import { fragmentTargets, scanTags } from './html-scan.ts';

export interface Reference {
  /** Where on the page: `a[href]`, `img[srcset]`, `meta[property=og:image]`… */
  where: string;
  url: string;
}

const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
/** <meta> tags whose content is a URL. */
const URL_META = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:url',
  'twitter:image',
  'og:video',
  'og:audio',
]);

/** The URLs in a srcset value (`a.png 1x, b.png 2x`). */
export const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** Every URL a page refers to: href, src, srcset, poster, form action and URL-valued meta tags. */
export function extractReferences(html: string): Reference[] {
  const refs: Reference[] = [];
  for (const tag of scanTags(html)) {
    for (const attr of URL_ATTRS[tag.name] ?? []) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const where = `${tag.name}[${attr}]`;
      if (attr === 'srcset') for (const url of srcsetUrls(value)) refs.push({ where, url });
      else refs.push({ where, url: value.trim() });
    }
    if (tag.name === 'meta') {
      const key = tag.attrs.property ?? tag.attrs.name;
      if (key && URL_META.has(key) && tag.attrs.content)
        refs.push({ where: `meta[${key}]`, url: tag.attrs.content.trim() });
    }
  }
  return refs;
}

export interface InternalTarget {
  /** Decoded URL path, e.g. "/reports/x/". */
  path: string;
  /** Decoded fragment without "#", or "" when there is none. */
  fragment: string;
}

/**
 * Where a reference on `pagePath` points, when it points into this site; null for other origins
 * and for schemes that are not fetched (mailto:, tel:, data:, javascript:).
 * `siteOrigins` are the origins the site publishes absolute URLs with (SITE_URL).
 */
export function internalTarget(url: string, pagePath: string, siteOrigins: readonly string[]): InternalTarget | null {
  if (/^(?:mailto|tel|data|javascript|blob|sms):/i.test(url)) return null;
  const base = `http://page.invalid${pagePath}`;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return { path: url, fragment: '' }; // unparseable: report it as a broken internal link
  }
  const own = resolved.origin === 'http://page.invalid' || siteOrigins.includes(resolved.origin);
  if (!own) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return { path: decode(resolved.pathname), fragment: decode(resolved.hash.slice(1)) };
}

/**
 * The built file that serves a URL path, following the static hosts' rule: a path ending in "/"
 * is served by its index.html; any other path only by a file of exactly that name.
 */
export function fileForPath(path: string, files: ReadonlySet<string>): string | null {
  const candidate = path.endsWith('/') ? `${path}index.html` : path;
  const relative = candidate.replace(/^\//, '');
  return files.has(relative) ? relative : null;
}

export interface BrokenLink {
  page: string;
  where: string;
  url: string;
  reason: string;
}

export interface LinkCheckInput {
  /** Built files relative to dist/, with "/" separators ("reports/x/index.html"). */
  files: ReadonlySet<string>;
  /** Reads a built HTML file (relative path) — used for the pages and for fragment targets. */
  read: (file: string) => string;
  siteOrigins: readonly string[];
}

/** URL path of a built HTML file ("reports/x/index.html" → "/reports/x/"). */
export const pagePathOf = (file: string) =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;

/** Every broken internal reference (missing file or missing #fragment) on every built HTML page. */
export function checkLinks({ files, read, siteOrigins }: LinkCheckInput): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = fragmentTargets(read(file))));
    return ids;
  };
  for (const file of [...files].filter((f) => f.endsWith('.html')).sort()) {
    const page = pagePathOf(file);
    for (const { where, url } of extractReferences(read(file))) {
      const target = internalTarget(url, page, siteOrigins);
      if (!target) continue;
      const served = fileForPath(target.path, files);
      if (!served) {
        broken.push({ page, where, url, reason: `no file in dist/ serves ${target.path}` });
        continue;
      }
      if (target.fragment && served.endsWith('.html') && !idsOf(served).has(target.fragment)) {
        broken.push({ page, where, url, reason: `${target.path} has no element with id "${target.fragment}"` });
      }
    }
  }
  return broken;
}
