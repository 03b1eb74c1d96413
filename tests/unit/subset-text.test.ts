/**
 * Which characters the built pages draw in the figure font, by weight (src/lib/fonts/subset-text.ts):
 * what the font subset must contain so that every label renders in the font it was measured in.
 */
import { describe, expect, it } from 'vitest';
import { ANY_WEIGHT, charactersInFamily, familyTargets } from '../../src/lib/fonts/subset-text.ts';

const CSS = `
@font-face { font-family: 'Inter'; src: url(/fonts/inter-400.woff2) }
.chart { font-family: Inter, 'Helvetica Neue', Arial, sans-serif; }
.strong { font-weight: 600; }
body { font: 1rem/1.5 system-ui, sans-serif; }
`;
const page = (body: string) => `<!doctype html><html><head><title>Title</title></head><body>${body}</body></html>`;
const text = (set: Set<string> | undefined) => [...(set ?? [])].sort().join('');

describe('familyTargets', () => {
  it('finds the rules that set the family, in font-family, the font shorthand or a custom property', () => {
    expect(familyTargets(CSS, 'Inter')).toEqual([{ class: 'chart' }]);
    expect(familyTargets(':root{--f: "Inter", sans-serif} .a{font: 600 1rem/1 var(--f)}', 'Inter')).toEqual([
      { class: 'a' },
    ]);
    // "Inter SemiBold" is another family; a selector that is not one class or element counts the page.
    expect(familyTargets(".a{font-family:'Inter SemiBold', serif} .b text{font-family:Inter}", 'Inter')).toEqual([
      'page',
    ]);
  });
});

describe('charactersInFamily', () => {
  it('takes only text inside the elements drawn in the family, by the weight each is drawn in', () => {
    const html = page(
      '<p>Prose xyz</p><svg class="chart"><title>Not drawn QJ</title><desc>Nor this</desc>' +
        '<text font-weight="400">ab</text><text font-weight="600">cd</text><text class="strong" font-weight="400">e&amp;</text>' +
        '<g font-weight="600"><text>f</text></g><text>g</text></svg>',
    );
    const byWeight = charactersInFamily(html, CSS, 'Inter');
    expect(text(byWeight.get(400))).toBe('ab');
    // A CSS rule outranks the presentation attribute; a <g>'s weight is inherited.
    expect(text(byWeight.get(600))).toBe('&cdef');
    // Text whose weight nothing states belongs in every weight's subset.
    expect(text(byWeight.get(ANY_WEIGHT))).toBe('g');
  });

  it('counts the elements that name the family in a font-family attribute', () => {
    const html = page('<svg font-family="Inter, sans-serif"><text font-weight="400">Hi</text></svg><p>no</p>');
    expect(text(charactersInFamily(html, '', 'Inter').get(400))).toBe('Hi');
  });

  it('counts the whole body when a rule’s selector cannot be matched as written', () => {
    const html = page('<div class="x"><span>ok</span></div>');
    const byWeight = charactersInFamily(html, '.x span{font-family:Inter}', 'Inter');
    expect(text(byWeight.get(ANY_WEIGHT))).toBe('ko');
  });

  it('finds nothing on a page without the family', () => {
    expect(charactersInFamily(page('<p>Plain</p>'), CSS, 'Inter').size).toBe(0);
  });
});
