/**
 * Reads the metadata the layouts print into a built page's <head>: the link-preview tags, the
 * canonical link and the JSON-LD. The post-build preview-image step works from this, so a page's
 * image always says what the page itself says. It reads our own layouts' output, not arbitrary HTML.
 */
export interface PageHead {
  title: string;
  canonical?: string;
  /** Open Graph and Twitter tags by key ("og:image", "twitter:card"). */
  meta: Record<string, string>;
  /** Every JSON-LD node, flattened out of any @graph. */
  jsonLd: Record<string, unknown>[];
  noindex: boolean;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });

const attributes = (tag: string) => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
};

export function readPageHead(html: string): PageHead {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || html.length);
  const meta: Record<string, string> = {};
  let noindex = false;
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const a = attributes(tag);
    const key = a['property'] ?? a['name'];
    if (!key || a['content'] === undefined) continue;
    if (key === 'robots' && /noindex/i.test(a['content'])) noindex = true;
    if (key.startsWith('og:') || key.startsWith('twitter:')) meta[key] = a['content'];
  }
  const canonicalTag = [...head.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => attributes(tag))
    .find((a) => a['rel'] === 'canonical');
  const jsonLd = [...head.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].flatMap(
    ([, body]) => {
      const data = JSON.parse(body!) as Record<string, unknown>;
      return Array.isArray(data['@graph']) ? (data['@graph'] as Record<string, unknown>[]) : [data];
    },
  );
  const title = decodeEntities(/<title>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '');
  return { title, meta, jsonLd, noindex, ...(canonicalTag?.['href'] ? { canonical: canonicalTag['href'] } : {}) };
}
