/**
 * Which characters the built pages draw in a web font, so the build can ship a subset of only
 * those glyphs (scripts/postbuild/60-figure-fonts.ts). Read from the built HTML and CSS, not from
 * the components, so it follows whatever markup the figures end up with: the text inside every
 * element a CSS rule sets the family on (`.tc-svg { font-family: Inter, … }`) or that names it in
 * a font-family attribute. A rule whose selector is not one plain class or element name counts
 * the whole page's text: a missing glyph would be drawn in a fallback font, which is not what the
 * labels were measured in, so this errs towards more characters. Pure, no DOM.
 */
import { decodeEntities } from '../seo/head-reader.ts';
import { scanTags, type Tag } from '../quality/html-scan.ts';

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether a font-family list, or the family part of a `font` shorthand, names `family`. */
const namesFamily = (value: string, family: string) =>
  new RegExp(`(^|[\\s,])["']?${escape(family)}["']?\\s*(,|$)`, 'i').test(value.trim());

/** How a page's elements are picked: by class, by element name, or every element ('page'). */
export type Target = { class: string } | { element: string } | 'page';

/** What the stylesheet's rules that set `family` (in font-family or the font shorthand) apply to. */
export function familyTargets(css: string, family: string): Target[] {
  const flat = stripComments(css).replace(/@font-face\s*\{[^}]*\}/gi, '');
  // Custom properties holding a font stack (--chart-font: Inter, …), so var() uses resolve.
  const vars = new Map<string, string>();
  for (const m of flat.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) vars.set(m[1]!, m[2]!);
  const resolve = (value: string) =>
    value.replace(/var\(\s*(--[\w-]+)[^)]*\)/g, (_, name: string) => vars.get(name) ?? '');
  const out: Target[] = [];
  // The innermost "selectors { declarations }": an @media block's prelude is never taken for a selector.
  for (const m of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declared = [...m[2]!.matchAll(/(?:^|;)\s*font(?:-family)?\s*:\s*([^;]+)/gi)].some((d) =>
      namesFamily(resolve(d[1]!), family),
    );
    if (!declared) continue;
    for (const selector of m[1]!.split(',').map((s) => s.trim())) {
      if (/^\.[\w-]+$/.test(selector)) out.push({ class: selector.slice(1) });
      else if (/^[a-z][\w-]*$/i.test(selector)) out.push({ element: selector.toLowerCase() });
      else out.push('page');
    }
  }
  return out;
}

/** Offset just past the end tag that closes `tag` (counting nested elements of the same name). */
function closeOf(html: string, tag: Tag): number {
  if (/\/>$/.test(html.slice(tag.start, tag.end))) return tag.end;
  const pattern = new RegExp(`<(/?)${tag.name}\\b[^>]*?(/?)>`, 'gi');
  pattern.lastIndex = tag.end;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[1]) depth -= 1;
    else if (!m[2]) depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

const matches = (tag: Tag, target: Target) =>
  target === 'page'
    ? true
    : 'class' in target
      ? (tag.attrs.class ?? '').split(/\s+/).includes(target.class)
      : tag.name === target.element;

/** A weight that could not be told from the markup and CSS: its characters go into every weight's subset. */
export const ANY_WEIGHT = 'any';
export type Weight = number | typeof ANY_WEIGHT;

const weightValue = (value: string | undefined): Weight | undefined => {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if (v === 'normal') return 400;
  if (v === 'bold') return 700;
  return /^\d+$/.test(v) ? Number(v) : ANY_WEIGHT;
};

interface WeightRule {
  /** Classes and element name of the selector's last compound. */
  classes: string[];
  element: string | undefined;
  /** Only the last compound, one class: known to apply whenever the class is there. */
  simple: boolean;
  weight: Weight;
}

/** Rules that set font-weight (in font-weight or the font shorthand). */
function weightRules(css: string): WeightRule[] {
  const flat = stripComments(css).replace(/@font-face\s*\{[^}]*\}/gi, '');
  const out: WeightRule[] = [];
  for (const m of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const own = /(?:^|;)\s*font-weight\s*:\s*([^;]+)/i.exec(m[2]!)?.[1];
    const shorthand = /(?:^|;)\s*font\s*:\s*([^;]+)/i.exec(m[2]!)?.[1];
    const weight =
      weightValue(own) ?? (shorthand ? (weightValue(/\b(\d00|bold)\b/i.exec(shorthand)?.[1]) ?? 400) : undefined);
    if (weight === undefined) continue;
    for (const selector of m[1]!.split(',').map((s) => s.trim())) {
      const last = selector.split(/\s*[\s>+~]\s*/).pop() ?? '';
      const compound = last.replace(/::?[\w-]+(\([^)]*\))?/g, '').replace(/\[[^\]]*\]/g, '');
      out.push({
        classes: [...compound.matchAll(/\.([\w-]+)/g)].map((c) => c[1]!),
        element: /^[a-z][\w-]*/i.exec(compound)?.[0]?.toLowerCase(),
        simple: /^\.[\w-]+$/.test(selector),
        weight,
      });
    }
  }
  return out;
}

/**
 * Markup tokens: comments and elements whose text is never drawn (scripts, styles, and SVG's
 * <title>, <desc> and <metadata>, which are accessible names, not glyphs) as one token; tags; text.
 */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|title|desc|metadata)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
const ATTR = /([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/**
 * The characters of a fragment (one element and its content) by the weight they are drawn in:
 * a style attribute, then a CSS rule, then the font-weight attribute, else the parent's; the
 * fragment's own context is unknown (ANY_WEIGHT) unless the element says.
 */
function charactersByWeightIn(fragment: string, rules: WeightRule[], out: Map<Weight, Set<string>>) {
  const stack: Weight[] = [];
  const add = (weight: Weight, text: string) => {
    let set = out.get(weight);
    if (!set) out.set(weight, (set = new Set()));
    // Line breaks and tabs in the markup are drawn as spaces (kept) or not at all.
    for (const char of decodeEntities(text)) if (!/[\t\n\r\f]/.test(char)) set.add(char);
  };
  for (const m of fragment.matchAll(TOKEN)) {
    if (m[6] !== undefined) {
      add(stack.at(-1) ?? ANY_WEIGHT, m[6]);
      continue;
    }
    if (!m[3]) continue;
    if (m[2]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[4] ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    const classes = (attrs.class ?? '').split(/\s+/).filter(Boolean);
    const element = m[3].toLowerCase();
    const applying = rules.filter(
      (r) => r.classes.every((c) => classes.includes(c)) && (!r.element || r.element === element),
    );
    const byRule = applying.length
      ? applying.every((r) => r.simple && r.weight === applying[0]!.weight)
        ? applying[0]!.weight
        : ANY_WEIGHT
      : undefined;
    const weight =
      weightValue(/font-weight\s*:\s*([^;]+)/i.exec(attrs.style ?? '')?.[1]) ??
      byRule ??
      weightValue(attrs['font-weight']) ??
      stack.at(-1) ??
      ANY_WEIGHT;
    if (!m[5] && !['br', 'img', 'input', 'meta', 'link', 'hr', 'wbr'].includes(element)) stack.push(weight);
  }
}

/**
 * Every character drawn in `family` on a page, given the CSS that applies to it, by the weight
 * it is drawn in (ANY_WEIGHT where that cannot be told: those belong in every weight's subset).
 */
export function charactersInFamily(html: string, css: string, family: string): Map<Weight, Set<string>> {
  const targets = familyTargets(css, family);
  const rules = weightRules(css);
  const out = new Map<Weight, Set<string>>();
  if (targets.includes('page')) {
    charactersByWeightIn(/<body\b[\s\S]*$/i.exec(html)?.[0] ?? '', rules, out);
    return out;
  }
  let coveredTo = 0;
  for (const tag of scanTags(html)) {
    // An element inside one already read is part of that read.
    if (tag.start < coveredTo) continue;
    const byAttribute = tag.attrs['font-family'] !== undefined && namesFamily(tag.attrs['font-family'], family);
    if (!byAttribute && !targets.some((target) => matches(tag, target))) continue;
    coveredTo = closeOf(html, tag);
    charactersByWeightIn(html.slice(tag.start, coveredTo), rules, out);
  }
  return out;
}
