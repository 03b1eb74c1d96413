/** Which Nu HTML checker messages count against a page (src/lib/quality/nu-checker.ts). */
import { describe, expect, it } from 'vitest';
import { nuProblems, type NuMessage } from '../../src/lib/quality/nu-checker.ts';

const at = (page: string, message: string, type: NuMessage['type'] = 'error'): NuMessage => ({
  type,
  url: `file:///site/dist/${page}`,
  lastLine: 1,
  message,
});

describe('nuProblems', () => {
  it('counts HTML errors but not the CSS validator’s verdicts on inline critical CSS', () => {
    const problems = nuProblems(
      [
        at('troops/index.html', 'CSS: Unrecognized at-rule “@container”'),
        at('troops/index.html', 'Element “div” not allowed as child of element “span” in this context.'),
      ],
      '/site/dist',
    );
    expect(problems.get('troops/index.html')).toEqual([
      'troops/index.html:1: error: Element “div” not allowed as child of element “span” in this context.',
    ]);
  });
});
