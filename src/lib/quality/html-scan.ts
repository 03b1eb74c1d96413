/**
 * A small scanner for the HTML the build writes: start tags with their attributes, and the text of
 * inline <script> and <style> elements. It is enough for checking our own well-formed output
 * (html-validate checks that it is well-formed); it is not a general HTML parser.
 */
import { decodeEntities } from '../seo/head-reader.ts';

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the `<` in the source. */
  start: number;
  /** Offset just past the `>`. */
  end: number;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style']);

/** Comments removed (replaced by spaces, so offsets stay the same). */
const blankComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));

/** Every start tag in document order, skipping comments and the contents of script and style. */
export function scanTags(source: string): Tag[] {
  const html = blankComments(source);
  const tags: Tag[] = [];
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(html))) {
    const name = match[1]!.toLowerCase();
    const attrs: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(ATTR)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    const tag = { name, attrs, start: match.index, end: match.index + match[0].length };
    tags.push(tag);
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, tag.end);
      TAG.lastIndex = close < 0 ? html.length : close;
    }
  }
  return tags;
}

export interface InlineBlock {
  element: 'script' | 'style';
  /** The exact text between the tags, which is what a CSP hash covers. */
  content: string;
  type: string | undefined;
}

/** Inline <script> (without src) and <style> elements, with their exact text. */
export function inlineBlocks(source: string): InlineBlock[] {
  const html = blankComments(source);
  const blocks: InlineBlock[] = [];
  for (const tag of scanTags(source)) {
    if (tag.name !== 'script' && tag.name !== 'style') continue;
    if (tag.name === 'script' && 'src' in tag.attrs) continue;
    const close = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
    blocks.push({
      element: tag.name,
      content: source.slice(tag.end, close < 0 ? source.length : close),
      type: tag.attrs.type,
    });
  }
  return blocks;
}

/** Every id (and, for old-style anchors, `<a name>`) a fragment can point to. */
export const fragmentTargets = (source: string) => {
  const ids = new Set<string>();
  for (const tag of scanTags(source)) {
    if (tag.attrs.id !== undefined) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name !== undefined) ids.add(tag.attrs.name);
  }
  return ids;
};
