import { readContent, validateContent } from './src/lib/content/validate.ts';
import { formatProblem } from './src/lib/content/problems.ts';
const r = validateContent(readContent(process.cwd()));
console.log(r.problems.map(formatProblem), Object.entries(r.content).map(([k, v]) => `${k} ${v.length}`));
