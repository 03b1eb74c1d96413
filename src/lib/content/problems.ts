import type { z } from 'zod';
import type { $ZodIssueInvalidUnion } from 'zod/v4/core';
import { describeValue } from '../schemas/common.ts';

/** One thing wrong with the content, phrased for the author who has to fix it. */
export interface Problem {
  file: string;
  /** Field path such as `sources[0].evidence`; empty for whole-file problems. */
  path: string;
  message: string;
  /** Line in the file, for problems in a report body (printed as `file:line: reason`). */
  line?: number | undefined;
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/** zod says only "Invalid input" when no branch of a union matches: list what each branch expects instead. */
function unionMessage(issue: $ZodIssueInvalidUnion): string {
  const expected = issue.errors.map((branch) => {
    const first = branch[0];
    if (!first) return '';
    if (first.code === 'invalid_value') return first.values.map((v) => describeValue(v)).join(' or ');
    return first.message.replace(/, got .*$/, '');
  });
  const unique = [...new Set(expected.filter(Boolean))];
  return unique.length > 0 ? `expected ${unique.map((m) => m.replace(/^expected /, '')).join(', or ')}` : issue.message;
}

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
    // A missing enum or literal field fails as invalid_value, and a missing "not stated"-or-value
    // field as invalid_union, not invalid_type: say "missing" for all three.
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && input === undefined) {
      return [{ file, path, message: `required field is missing (${issue.code === 'invalid_union' ? unionMessage(issue) : issue.message})` }];
    }
    if (issue.code === 'invalid_union') {
      return [{ file, path, message: `${unionMessage(issue)}, got ${describeValue(input)}` }];
    }
    const needsValue = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && !issue.message.includes(' got ');
    return [{ file, path, message: needsValue ? `${issue.message}, got ${describeValue(input)}` : issue.message }];
  });
}

export const formatProblem = (p: Problem) =>
  `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

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
