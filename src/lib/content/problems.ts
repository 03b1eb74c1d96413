import type { z } from 'zod';

/** One thing wrong with the content, phrased for the author who has to fix it. */
export interface Problem {
  file: string;
  /** Field path such as `sources[0].evidence`; empty for whole-file problems. */
  path: string;
  message: string;
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

const describe = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Turns zod's issues into author-facing problems: missing fields, unknown fields and wrong values read plainly. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...prefix, ...issue.path, key]),
        message: 'unknown field (misspelt, or not part of this kind of entry)',
      }));
    }
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_type' && input === undefined) {
      return [{ file, path, message: `required field is missing (${issue.message})` }];
    }
    const needsValue = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !issue.message.includes(' got ');
    return [{ file, path, message: needsValue ? `${issue.message}, got ${describe(input)}` : issue.message }];
  });
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
