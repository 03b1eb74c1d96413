/**
 * A report body is data, not code: Markdown plus <Cite id="claim-id">…</Cite>, nothing else.
 * MDX would otherwise run `import`/`export` and `{expressions}` with full Node rights at build
 * time and pass raw HTML (<script>, <meta http-equiv="refresh">) to readers.
 *
 * One checker for both places a body is read: the validator (npm run validate, and the content
 * guard in dev and build) parses the body here with Sätteri, the parser @astrojs/mdx compiles
 * with; and `reportBodyGuard` runs the same check inside that compile, so an MDX file that
 * reaches the compiler by any other path is refused too.
 */
import { mdxToMdast } from 'satteri';

/** The parts of an mdast node the check reads (Sätteri's nodes are unist/mdast shaped). */
interface Node {
  type: string;
  position?: { start: { line: number } } | undefined;
  children?: readonly Node[];
  value?: unknown;
  url?: unknown;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

export interface BodyProblem {
  /** 1-based line in the file (the caller offsets it past the front matter). */
  line: number | undefined;
  message: string;
}

export interface BodyCheck {
  problems: BodyProblem[];
  /** Claim ids cited with <Cite id="…">, in order. */
  cited: string[];
  /** Words a reader reads: text nodes only. */
  words: number;
}

/** Plain Markdown (with GFM tables, strikethrough and footnotes) that renders as escaped text. */
const MARKDOWN = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'text', 'emphasis', 'strong',
  'inlineCode', 'code', 'break', 'link', 'linkReference', 'definition', 'delete', 'table', 'tableRow', 'tableCell',
  'footnoteDefinition', 'footnoteReference',
]);

/** Links lead to web pages or to places on our own site, never to javascript:, data: or file: URLs. */
const SAFE_URL = /^(?:https?:\/\/|\/(?!\/)|#)/i;

export const BODY_RULE = 'a report body may contain only Markdown and <Cite id="claim-id">…</Cite>';

function refusal(node: Node): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import/export statements are not allowed in a report body';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{expressions} are not allowed in a report body (write the text itself; ${BODY_RULE})`;
    case 'html':
      return `raw HTML is not allowed in a report body (${BODY_RULE})`;
    case 'image':
    case 'imageReference':
      return 'images are not allowed in a report body (they would load from another server)';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (node.name !== 'Cite') return `<${node.name ?? ''}> is not allowed in a report body (${BODY_RULE})`;
      return citeRefusal(node);
    case 'link':
    case 'definition':
      if (typeof node.url !== 'string' || !SAFE_URL.test(node.url))
        return `the link ${JSON.stringify(String(node.url)).slice(0, 60)} is not allowed: links start with https://, http://, / or #`;
      return undefined;
    default:
      return MARKDOWN.has(node.type) ? undefined : `${node.type} is not allowed in a report body (${BODY_RULE})`;
  }
}

function citeRefusal(node: Node): string | undefined {
  const attributes = node.attributes ?? [];
  const [only] = attributes;
  if (attributes.length !== 1 || only?.type !== 'mdxJsxAttribute' || only.name !== 'id')
    return '<Cite> takes exactly one attribute, id="claim-id"';
  if (typeof only.value !== 'string')
    return `<Cite id> must be a literal string such as id="claim-id", not an {expression}`;
  return undefined;
}

const lineOf = (node: Node) => node.position?.start.line;

/** Checks a parsed body; `lineOffset` is added to every line (the front matter's lines). */
export function checkBodyTree(root: Node, lineOffset = 0): BodyCheck {
  const result: BodyCheck = { problems: [], cited: [], words: 0 };
  const visit = (node: Node) => {
    const line = lineOf(node);
    const at = line === undefined ? undefined : line + lineOffset;
    const refused = refusal(node);
    if (refused) {
      result.problems.push({ line: at, message: refused });
      // An expression's or element's inside is code or markup: nothing in it is prose.
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name !== 'Cite') return;
    }
    if (node.name === 'Cite' && typeof node.attributes?.[0]?.value === 'string') result.cited.push(node.attributes[0].value);
    if (node.type === 'text' && typeof node.value === 'string') result.words += node.value.split(/\s+/).filter(Boolean).length;
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return result;
}

/** Parses `body` as MDX and checks it. `firstLine` is the file line the body starts on. */
export function checkBody(body: string, firstLine = 1): BodyCheck {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as Node;
  } catch (error) {
    // Sätteri's syntax errors start with "line:column: ".
    const message = String((error as Error).message ?? error);
    const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    return {
      problems: [{ line: m ? Number(m[1]) + firstLine - 1 : undefined, message: `not valid MDX: ${(m?.[3] ?? message).split('\n')[0]!.replace(/ \(\d+:\d+\)/g, '')}` }],
      cited: [],
      words: 0,
    };
  }
  return checkBodyTree(tree, firstLine - 1);
}

/** How the guard names a file: relative to the project, as the validator does. */
const fileName = (url: URL | undefined) => {
  if (!url) return '(an MDX file)';
  const path = decodeURIComponent(url.pathname);
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
};

/**
 * A Sätteri mdast plugin for `mdx({ processor: satteri({ mdastPlugins: [reportBodyGuard] }) })`:
 * runs before anything else in the compile and throws on the first problem list, so an unchecked
 * body never becomes JavaScript. Astro hands the compiler the file with its front matter blanked
 * out line for line, so the lines here are the file's own.
 */
export const reportBodyGuard = {
  name: 'report-body-guard',
  options: { position: true },
  before(root: unknown, ctx: { fileURL: URL | undefined }) {
    const { problems } = checkBodyTree(root as Node);
    if (problems.length === 0) return;
    const file = fileName(ctx.fileURL);
    throw new Error(
      `${file} is not allowed to compile: ${BODY_RULE}.\n` +
        problems.map((p) => `  - ${file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`).join('\n'),
    );
  },
};
