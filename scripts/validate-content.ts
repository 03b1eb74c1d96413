/** `npm run validate`: checks all content and prints every problem (exit 1) or a one-line summary. */
import { readContent, validateContent } from '../src/lib/content/validate.ts';
import { ContentError } from '../src/lib/content/problems.ts';

const { content, problems } = validateContent(readContent(process.cwd()));
if (problems.length > 0) {
  console.error(new ContentError(problems).message);
  process.exit(1);
}
const counts = Object.entries(content).map(
  ([name, list]) => `${Array.isArray(list) ? list.length : Object.keys(list as object).length} ${name}`,
);
console.log(`Content OK: ${counts.join(', ')}.`);
