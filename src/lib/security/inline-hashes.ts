/**
 * The sha256 sources a page's Content-Security-Policy must list for the inline <style> and
 * <script> blocks the build put in it (the critical CSS, the embed theme script), read from the
 * built HTML itself, so whatever markup and CSS a page ends up with, its policy allows exactly
 * what it contains and nothing else. Pure: the build's headers step and the preview server read
 * the files and pass their text here.
 */
import { inlineBlocks } from '../quality/html-scan.ts';
import { isDataBlock, sha256Source } from '../quality/csp.ts';

export interface InlineHashes {
  script: readonly string[];
  style: readonly string[];
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

/** The hash sources of one page's inline scripts and styles (data blocks such as JSON-LD need none). */
export function inlineHashesOf(html: string): InlineHashes {
  const blocks = inlineBlocks(html).filter((block) => !isDataBlock(block));
  return {
    script: sortedUnique(blocks.filter((b) => b.element === 'script').map((b) => sha256Source(b.content))),
    style: sortedUnique(blocks.filter((b) => b.element === 'style').map((b) => sha256Source(b.content))),
  };
}

/**
 * The section a page belongs to, as the `_headers` writer groups paths: "/reports/x/" and
 * "/reports/" → "/reports/"; a top-level file ("/", "/404.html") is a group of its own.
 */
const groupOf = (path: string) => /^\/[^/]+\//.exec(path)?.[0] ?? path;

/**
 * Hashes by page path, where the pages of one section (everything under "/reports/", "/embed/"…)
 * share the union of their hashes. The `_headers` writer gives a section one wildcard rule only
 * when all its pages send the same headers (Cloudflare reads at most 100 rules), so per-page
 * lists would cost a rule per report; the union costs a few bytes of header instead, and a page
 * still allows nothing but inline blocks the build itself wrote into its section.
 */
export function inlineHashesByPage(pages: readonly { path: string; html: string }[]): Map<string, InlineHashes> {
  const own = pages.map((page) => ({ path: page.path, group: groupOf(page.path), hashes: inlineHashesOf(page.html) }));
  const groups = new Map<string, { script: string[]; style: string[] }>();
  for (const { group, hashes } of own) {
    const union = groups.get(group) ?? { script: [], style: [] };
    union.script.push(...hashes.script);
    union.style.push(...hashes.style);
    groups.set(group, union);
  }
  const out = new Map<string, InlineHashes>();
  for (const { path, group } of own) {
    const union = groups.get(group)!;
    out.set(path, { script: sortedUnique(union.script), style: sortedUnique(union.style) });
  }
  return out;
}
