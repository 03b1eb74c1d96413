/**
 * The compile-time half of "report bodies are data": the Sätteri plugin registered in
 * astro.config.mjs refuses exactly what the validator refuses, with the same file:line messages,
 * before any JavaScript is generated.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkBody, reportBodyGuard } from '../../src/lib/content/mdx-body.ts';

const fileURL = pathToFileURL(join(process.cwd(), 'content/reports/evil.mdx'));
const compile = (source: string) => mdxToJs(source, { mdastPlugins: [reportBodyGuard], fileURL });

const ATTACKS = [
  "import { writeFileSync } from 'node:fs';",
  "export const hook = process.once('exit', () => 0);",
  'Leak: {process.env.HOME}',
  '<meta http-equiv="refresh" content="5;url=https://evil.example/" />',
  '<script>alert(6)</script>',
  '<a href="javascript:alert(5)">js link</a>',
  '<img src="https://evil.example/pixel.gif" alt="" />',
  '<iframe src="https://evil.example/" title="x"></iframe>',
  '<form action="https://evil.example/"><input name="q" /></form>',
  '<Cite id={`x${1}`}>x</Cite>',
];

describe('reportBodyGuard in the MDX compile', () => {
  it.each(ATTACKS)('refuses %s with the same file:line message as the validator', (attack) => {
    // Blank lines stand for the front matter, as Astro blanks it before compiling.
    const source = `\n\n\nSome words.\n\n${attack}\n`;
    const expected = checkBody(source).problems.map((p) => `content/reports/evil.mdx:${p.line}: ${p.message}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected[0]).toMatch(/^content\/reports\/evil\.mdx:6: /);
    let message = '';
    try {
      compile(source);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('content/reports/evil.mdx is not allowed to compile');
    for (const line of expected) expect(message).toContain(line);
  });

  it('lets Markdown with citations compile', () => {
    const { code } = compile(
      '## A heading\n\nText with <Cite id="nis-1500">a claim</Cite> and a [link](https://example.com/).\n',
    );
    expect(code).toContain('Cite');
  });
});
