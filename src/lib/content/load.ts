import { validateContent, readContent, type ValidatedContent } from './validate.ts';
import { ContentError } from './problems.ts';

let cached: { root: string; content: ValidatedContent } | undefined;

/**
 * The validated content of the project at `root`, or a ContentError listing every problem.
 * Cached per process: the post-build steps and the page copy (getCopy in data/site.ts) ask for it
 * (Astro's own loaders read the files through content.config.ts, and the guard validates directly).
 */
export function loadContent(root: string = process.cwd()): ValidatedContent {
  if (cached?.root === root) return cached.content;
  const { content, problems } = validateContent(readContent(root));
  if (problems.length > 0) throw new ContentError(problems);
  cached = { root, content };
  return content;
}
