/**
 * Marks every run of Korean text in a built HTML (or SVG) document as `lang="ko"`, so screen
 * readers voice it with a Korean voice and the stylesheet can keep it from breaking mid-name
 * (`:lang(ko) { word-break: keep-all }` — without it "뉴스.net" wrapped as "뉴 / 스.net").
 *
 * Why one pass over the output rather than a component at each call site: Korean reaches pages
 * through outlet names, but also through standfirsts, MDX bodies, date notes, evidence quotes,
 * chart and map labels — a wrapper at each would be missed somewhere. The post-build step
 * (scripts/postbuild/05-korean-text.ts) runs this over every page, and the standalone images
 * through scripts/lib/standalone-figure.ts. Pure: string in, string out.
 *
 * A run is a whitespace-separated word containing Hangul ("뉴스.net", "(뉴스.net)"), joined with
 * the Hangul words right after it ("국가 정보원"). Text inside <script>, <style>, <title> and
 * <textarea> is left alone, and so is text already inside an element marked lang="ko". Inside
 * <svg> a run becomes <tspan lang="ko">, outside it <span lang="ko">.
 */
import { HANGUL } from '../fonts/hangul.ts';

const HANGUL_CHAR = HANGUL.source;
const WORD = `[^\\s<]*${HANGUL_CHAR}[^\\s<]*`;
/** One Korean run: a word with Hangul, and any Hangul words after it, separated by plain spaces. */
export const KOREAN_RUN = new RegExp(`${WORD}(?:[ \\u00a0]+${WORD})*`, 'gu');

/** Tags, comments, doctype and CDATA; attribute values may hold ">" inside quotes. */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);
/** Elements with no end tag in HTML: they never go on the stack. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

interface Open {
  name: string;
  korean: boolean;
  svg: boolean;
}

const langOf = (attributes: string) =>
  /(?:^|\s)(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i.exec(attributes);

/** Walks the document's tags, calling `onText` for each stretch of text with what encloses it. */
export function walkText(
  markup: string,
  onText: (text: string, context: { korean: boolean; svg: boolean; raw: boolean }) => string,
): string {
  const stack: Open[] = [];
  let out = '';
  let last = 0;
  const top = () => stack.at(-1);
  const emitText = (text: string) => {
    if (!text) return;
    const t = top();
    out += onText(text, { korean: t?.korean ?? false, svg: t?.svg ?? false, raw: t ? RAW_TEXT.has(t.name) : false });
  };
  for (const match of markup.matchAll(TOKEN)) {
    const [token, rawName, attributes = ''] = match;
    const name = rawName?.toLowerCase();
    const inRaw = top() && RAW_TEXT.has(top()!.name);
    // Inside <script> or <style>, only its own end tag ends the raw text.
    if (inRaw && !(name === top()!.name && token.startsWith('</'))) continue;
    emitText(markup.slice(last, match.index));
    out += token;
    last = match.index + token.length;
    if (!name) continue;
    if (token.startsWith('</')) {
      const at = stack.findLastIndex((o) => o.name === name);
      if (at >= 0) stack.length = at;
    } else if (!VOID.has(name) && !token.endsWith('/>')) {
      const lang = langOf(attributes);
      const value = lang ? (lang[1] ?? lang[2] ?? lang[3] ?? '') : undefined;
      const parent = top();
      stack.push({
        name,
        korean: value === undefined ? (parent?.korean ?? false) : /^ko\b/i.test(value),
        svg: name === 'svg' || (name !== 'foreignobject' && (parent?.svg ?? false)),
      });
    }
  }
  emitText(markup.slice(last));
  return out;
}

/** <option> holds text only, so a Korean option is marked as a whole ("뉴스.net (2)" in a filter). */
const KOREAN_OPTION = new RegExp(`<option\\b((?:(?!\\blang=)[^>])*)>(?=[^<]*${HANGUL_CHAR})`, 'gu');

/** The document with each Korean run outside a lang="ko" element wrapped in one. */
export function markKorean(markup: string): string {
  const options = markup.replace(KOREAN_OPTION, '<option$1 lang="ko">');
  return walkText(options, (text, { korean, svg, raw }) => {
    if (raw || korean || !HANGUL.test(text)) return text;
    const tag = svg ? 'tspan' : 'span';
    return text.replace(KOREAN_RUN, (run) => {
      // Punctuation around the run belongs to the English sentence: "(<span>뉴스.net</span>),".
      const [, before = '', core = '', after = ''] = /^([([“‘"']*)(.*?)([,;:!?.)\]”’"']*)$/su.exec(run) ?? [];
      return `${before}<${tag} lang="ko">${core}</${tag}>${after}`;
    });
  });
}

/** Korean text that no lang="ko" element encloses (for the build-output test): should be empty. */
export function unmarkedKorean(markup: string): string[] {
  const found: string[] = [];
  walkText(markup, (text, { korean, raw }) => {
    if (!raw && !korean && HANGUL.test(text)) found.push(text.trim());
    return text;
  });
  return found;
}
