/**
 * Content-Security-Policy checks: parse a policy, find what would let inline code run without a
 * hash, and match the inline <script>/<style> blocks of a page against the hashes it allows.
 */
import { createHash } from 'node:crypto';
import { inlineBlocks, scanTags, type InlineBlock } from './html-scan.ts';

export type Policy = Map<string, string[]>;

/** Directive name (lower case) → its source expressions, as written. The first occurrence wins, as in browsers. */
export function parseCsp(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, values);
  }
  return out;
}

/** The sources that govern a kind of resource, with CSP's fallback to default-src. */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  const chain: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  };
  for (const name of chain[directive] ?? [directive, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** What is wrong with a policy's script and style rules: reasons, empty when there is nothing. */
export function cspProblems(policy: Policy): string[] {
  const problems: string[] = [];
  for (const directive of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
    const sources = effectiveSources(policy, directive);
    if (!sources) {
      problems.push(
        `${directive}: not restricted (no ${directive.split('-').slice(0, 2).join('-')} and no default-src)`,
      );
      continue;
    }
    const lower = sources.map((s) => s.toLowerCase());
    if (lower.includes("'unsafe-eval'")) problems.push(`${directive}: allows 'unsafe-eval'`);
    // Browsers ignore 'unsafe-inline' when a hash or nonce is present, but we want neither.
    if (lower.includes("'unsafe-inline'")) problems.push(`${directive}: allows 'unsafe-inline'`);
    if (lower.includes('*') || lower.includes('data:') || lower.includes('http:') || lower.includes('https:'))
      problems.push(`${directive}: allows code from anywhere (${sources.join(' ')})`);
  }
  return problems;
}

/** The CSP source expression for an inline block's text. */
export const sha256Source = (content: string) =>
  `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;

/** Script types a browser does not run (data blocks): CSP does not govern them. */
export const isDataBlock = (block: InlineBlock) =>
  block.element === 'script' &&
  block.type !== undefined &&
  !['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules'].includes(
    block.type.trim().toLowerCase(),
  );

/**
 * Inline code on a page that its policy would block: each inline script or style whose hash (or a
 * nonce) is not allowed, and every `style`/`on…` attribute unless the policy allows attributes.
 */
export function blockedInline(html: string, policy: Policy): string[] {
  const out: string[] = [];
  for (const block of inlineBlocks(html)) {
    if (isDataBlock(block)) continue;
    const sources = effectiveSources(policy, `${block.element}-src-elem`) ?? [];
    const hash = sha256Source(block.content);
    if (!sources.includes(hash))
      out.push(`inline <${block.element}> (${hash}) is not allowed: ${block.content.trim().slice(0, 60)}`);
  }
  const attrAllowed = (kind: 'script' | 'style') =>
    (effectiveSources(policy, `${kind}-src-attr`) ?? []).some((s) => s.toLowerCase() === "'unsafe-inline'");
  for (const tag of scanTags(html)) {
    for (const name of Object.keys(tag.attrs)) {
      if (name === 'style' && !attrAllowed('style'))
        out.push(`<${tag.name} style="…"> attribute is blocked by style-src`);
      if (/^on[a-z]+$/.test(name) && !attrAllowed('script'))
        out.push(`<${tag.name} ${name}="…"> handler is blocked by script-src`);
    }
  }
  return out;
}
