/**
 * The critical path of a built page: what the browser must fetch before it can paint — the HTML,
 * every render-blocking stylesheet and script, every preloaded font, and the web fonts a blocking
 * stylesheet applies to something on that page — with their gzipped total, held against the first
 * TCP window (issue 16: "first render in one round trip"). Pure apart from gzip: files are read
 * through the `readAsset` callback, so tests feed it small fixtures and the benchmark reads dist/.
 *
 * It reads our own well-formed output with the same scanner as the build checks; it is not a
 * browser. Where it must guess (which weights of a font family a page uses), it counts more rather
 * than less, so a page reported within the window is within it.
 */
import { scanTags, inlineBlocks } from './html-scan.ts';
import { gzipSize } from './weights.ts';

/**
 * The first window of a new TCP connection: 10 segments (RFC 6928's initial window) of 1,460 bytes
 * each, the "about 14.6 KB compressed" the issue names. Bytes, not KiB.
 */
export const FIRST_WINDOW_BYTES = 10 * 1460;

export type CriticalKind = 'html' | 'css' | 'js' | 'font';

export interface CriticalResource {
  /** Path on the site ("/_astro/style.css"), or the page's own path for the HTML. */
  url: string;
  kind: CriticalKind;
  /** Why it is on the critical path, for the report. */
  why: string;
  gzipBytes: number;
}

export interface CriticalPath {
  resources: CriticalResource[];
  gzipTotal: number;
  withinFirstWindow: boolean;
  /** Same-origin files the page names that `readAsset` could not find (reported, never guessed). */
  missing: string[];
}

/** Reads a file of the built site by its URL path; undefined when there is none. */
export type ReadAsset = (urlPath: string) => Uint8Array | string | undefined;

const ORIGIN = 'http://critical.invalid';

/** The same-origin path a reference resolves to from `base`, or undefined for another origin or a data: URL. */
function sitePath(ref: string, base: string): string | undefined {
  try {
    const url = new URL(ref, ORIGIN + base);
    return url.origin === ORIGIN ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

const relTokens = (rel: string | undefined) => (rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/**
 * A stylesheet blocks first paint unless its media cannot match a screen (the `media="print"`
 * trick, usually with an onload that swaps it to `all` later), it is disabled, or it is an
 * alternate stylesheet. Media queries that may match (screen, min-width…) block: a browser still
 * waits for them when they match, and a phone often matches.
 */
function isBlockingStylesheet(attrs: Record<string, string>): boolean {
  const rel = relTokens(attrs.rel);
  if (!rel.includes('stylesheet') || rel.includes('alternate') || 'disabled' in attrs) return false;
  if ('onload' in attrs) return false;
  const media = (attrs.media ?? 'all').trim().toLowerCase();
  return !/^(only\s+)?print$/.test(media) && media !== 'none' && media !== 'not all';
}

/** A classic script with src and neither async nor defer blocks the parser, and so first paint. */
const isBlockingScript = (attrs: Record<string, string>) =>
  attrs.src !== undefined &&
  !('async' in attrs) &&
  !('defer' in attrs) &&
  !['module', 'application/ld+json', 'application/json'].includes((attrs.type ?? '').toLowerCase());

interface FontFace {
  family: string;
  /** The first url() of its src: the woff2 a current browser takes. */
  url: string;
  /** Code point ranges of its unicode-range; undefined means every character. */
  ranges: [number, number][] | undefined;
}

const unquote = (s: string) => s.trim().replace(/^["']|["']$/g, '');
const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

function parseRanges(value: string): [number, number][] {
  return value.split(',').flatMap((part): [number, number][] => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [];
    if (m[1]!.includes('?'))
      return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'f'), 16)]];
    const start = parseInt(m[1]!, 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

/** The @font-face rules of a stylesheet, with url() resolved against the stylesheet's own path. */
export function fontFaces(css: string, cssPath: string): FontFace[] {
  const out: FontFace[] = [];
  for (const m of stripComments(css).matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
    const body = m[1]!;
    const family = /font-family\s*:\s*([^;]+)/i.exec(body)?.[1];
    const src = /(?:^|;)\s*src\s*:\s*([^;]+)/i.exec(body)?.[1];
    const ref = src && /url\(\s*(["']?)([^"')]+)\1\s*\)/i.exec(src)?.[2];
    const path = ref ? sitePath(ref, cssPath) : undefined;
    if (!family || !path) continue;
    const range = /unicode-range\s*:\s*([^;]+)/i.exec(body)?.[1];
    out.push({ family: unquote(family).toLowerCase(), url: path, ranges: range ? parseRanges(range) : undefined });
  }
  return out;
}

/** Families named in a font-family value, lower-cased. */
const familiesOf = (value: string) => value.split(',').map((f) => unquote(f).toLowerCase());

/**
 * Whether a selector list may match on the page: some selector's last compound has all its
 * classes, ids and element name on the page. Descendant context is not checked (so this errs
 * towards counting a font).
 */
function selectorMayMatch(selectors: string, page: { classes: Set<string>; ids: Set<string>; tags: Set<string> }) {
  return selectors.split(',').some((selector) => {
    const last =
      selector
        .trim()
        .split(/\s*[\s>+~]\s*/)
        .pop() ?? '';
    const compound = last.replace(/::?[\w-]+(\([^)]*\))?/g, '').replace(/\[[^\]]*\]/g, '');
    const classes = [...compound.matchAll(/\.([\w-]+)/g)].map((c) => c[1]!);
    const ids = [...compound.matchAll(/#([\w-]+)/g)].map((c) => c[1]!);
    const tag = /^[a-z][\w-]*/i.exec(compound)?.[0]?.toLowerCase();
    return (
      classes.every((c) => page.classes.has(c)) && ids.every((i) => page.ids.has(i)) && (!tag || page.tags.has(tag))
    );
  });
}

/** Families that CSS rules matching something on the page, or the page's own attributes, ask for. */
function familiesUsed(css: string, tags: ReturnType<typeof scanTags>): Set<string> {
  const page = {
    classes: new Set(tags.flatMap((t) => (t.attrs.class ?? '').split(/\s+/).filter(Boolean))),
    ids: new Set(tags.map((t) => t.attrs.id).filter((id): id is string => id !== undefined)),
    tags: new Set(['html', ':root', ...tags.map((t) => t.name)]),
  };
  // Custom properties holding a font stack (--font-sans: Inter, …), so var() uses resolve.
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) vars.set(m[1]!, m[2]!);
  const resolveVars = (value: string) =>
    value.replace(/var\(\s*(--[\w-]+)[^)]*\)/g, (_, name: string) => vars.get(name) ?? '');
  const used = new Set<string>();
  const flat = stripComments(css).replace(/@font-face\s*\{[^}]*\}/gi, '');
  // Rules inside @media blocks still read as "selector { declarations }" here: the pattern takes the
  // innermost block, so an at-rule's prelude is never mistaken for a selector.
  for (const m of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const family = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(m[2]!)?.[1];
    if (family && selectorMayMatch(m[1]!, page)) familiesOf(resolveVars(family)).forEach((f) => used.add(f));
  }
  for (const t of tags) {
    if (t.attrs['font-family']) familiesOf(t.attrs['font-family']).forEach((f) => used.add(f));
    const style = /font-family\s*:\s*([^;]+)/i.exec(t.attrs.style ?? '')?.[1];
    if (style) familiesOf(style).forEach((f) => used.add(f));
  }
  return used;
}

/** The code points of the page's text (tags, scripts and styles removed). */
function pageCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
  return new Set([...text].map((c) => c.codePointAt(0)!));
}

/** The critical path of the page at `pagePath` whose built HTML is `html`. */
export function criticalPath(html: string, pagePath: string, readAsset: ReadAsset): CriticalPath {
  const resources: CriticalResource[] = [{ url: pagePath, kind: 'html', why: 'the page', gzipBytes: gzipSize(html) }];
  const missing: string[] = [];
  const seen = new Set<string>([pagePath]);
  const add = (url: string, kind: CriticalKind, why: string) => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const body = readAsset(url);
    if (body === undefined) {
      missing.push(url);
      return undefined;
    }
    resources.push({ url, kind, why, gzipBytes: gzipSize(body) });
    return typeof body === 'string' ? body : new TextDecoder().decode(body);
  };

  // Only the part before <body> can block the first paint. For stylesheets that is the HTML
  // standard's rule: a parser-inserted <link rel=stylesheet> is added to the document's
  // render-blocking set only while the document has no body ("allows adding render-blocking
  // elements"); one in the body holds back the scripts after it, not the paint of what precedes it.
  const tags = scanTags(html);
  const bodyStart = tags.find((t) => t.name === 'body')?.start ?? html.length;
  const criticalCss: { css: string; path: string }[] = inlineBlocks(html)
    .filter((b) => b.element === 'style')
    .map((b) => ({ css: b.content, path: pagePath }));
  for (const tag of tags) {
    const { attrs } = tag;
    if (tag.name === 'link' && attrs.href) {
      const path = sitePath(attrs.href, pagePath);
      if (!path) continue;
      const rel = relTokens(attrs.rel);
      if (tag.start < bodyStart && isBlockingStylesheet(attrs)) {
        const css = add(path, 'css', 'render-blocking stylesheet');
        if (css !== undefined) criticalCss.push({ css, path });
      } else if (rel.includes('preload') && (attrs.as ?? '').toLowerCase() === 'font') {
        add(path, 'font', 'preloaded font');
      }
    } else if (tag.name === 'script' && tag.start < bodyStart && isBlockingScript(attrs)) {
      const path = sitePath(attrs.src!, pagePath);
      if (path) add(path, 'js', 'render-blocking script');
    }
  }

  // Web fonts a blocking stylesheet declares and applies to something on the page, in a unicode
  // range the page's text uses: the browser fetches them as soon as it lays out, before painting text.
  const allCss = criticalCss.map((c) => c.css).join('\n');
  const used = familiesUsed(allCss, tags);
  const codePoints = pageCodePoints(html);
  const inRange = (ranges: FontFace['ranges']) =>
    !ranges || [...codePoints].some((cp) => ranges.some(([a, b]) => cp >= a && cp <= b));
  for (const { css, path } of criticalCss)
    for (const face of fontFaces(css, path))
      if (used.has(face.family) && inRange(face.ranges)) add(face.url, 'font', `@font-face ${face.family}`);

  const gzipTotal = resources.reduce((sum, r) => sum + r.gzipBytes, 0);
  return { resources, gzipTotal, withinFirstWindow: gzipTotal <= FIRST_WINDOW_BYTES, missing };
}
