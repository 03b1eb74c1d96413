import { describe, expect, it } from 'vitest';
import { withoutPrintOnlyRules } from '../../scripts/lib/print-only-rules.ts';

describe('withoutPrintOnlyRules', () => {
  it('drops @media print blocks, nested braces and all, and keeps everything around them', () => {
    const css = 'a{color:red}@media print{:root{--bg:#fff}main a:after{content:" (" attr(href) ")"}}b{margin:0}';
    expect(withoutPrintOnlyRules(css)).toBe('a{color:red}b{margin:0}');
    expect(withoutPrintOnlyRules('@media only print { a { x: y } }\nc{}')).toBe('\nc{}');
  });

  it('keeps media blocks that can apply on screen, print among them or not', () => {
    const css =
      '@media (prefers-color-scheme:dark){:root{--bg:#000}}@media (scripting:none),print{.x{display:none}}@media screen and (min-width:40rem){@supports (display:grid){.y{display:grid}}}';
    expect(withoutPrintOnlyRules(css)).toBe(css);
  });

  it('leaves CSS with no media block alone', () => {
    expect(withoutPrintOnlyRules('a{b:c}')).toBe('a{b:c}');
    expect(withoutPrintOnlyRules('')).toBe('');
  });
});
