/**
 * Every built page passes the W3C Nu HTML checker (vnu.jar from the `vnu-jar` package, on Java),
 * which reads HTML as browsers parse it and catches what html-validate does not (a script after
 * </html>, a skipped heading level). One Java run checks all of dist/ at once: starting the JVM
 * per page would take minutes. `.ci/run` installs a Java runtime where there is none.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { nuProblems, parseNuReport, type AcceptedWarning } from '../../src/lib/quality/nu-checker.ts';
import { DIST, htmlFiles } from './dist.ts';

const JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** Warnings accepted on purpose, each with its reason. Errors are never accepted. */
const ACCEPTED: AcceptedWarning[] = [
  {
    pages: /^embed\//,
    message: /none of them has a computed heading level of 1/,
    reason:
      'An embed is one figure of a full page, framed inside a host article whose own h1 is the host’s; the figure keeps the h2 it has on its full page, so the outline of the host page stays right.',
  },
];

let problems = new Map<string, string[]>();
beforeAll(() => {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error)
    throw new Error(
      'java is not installed: the Nu HTML checker needs a Java runtime (apt-get install default-jre-headless; .ci/run does this)',
    );
  // The report goes to stderr; the exit status is 1 whenever there is an error, so it is not used.
  const run = spawnSync('java', ['-Xss4m', '-jar', JAR, '--format', 'json', '--skip-non-html', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  problems = nuProblems(parseNuReport(run.stderr), DIST, ACCEPTED);
}, 120_000);

describe('W3C Nu HTML checker', () => {
  it('reports nothing that is not a page of this build', () => {
    const pages = new Set(htmlFiles());
    expect([...problems.keys()].filter((page) => !pages.has(page))).toEqual([]);
  });

  it.each(htmlFiles())('%s has no errors or warnings', (file) => {
    expect(problems.get(file) ?? []).toEqual([]);
  });
});
