/**
 * The post-build font step reads what to write from the built CSS (scripts/postbuild/60-figure-fonts.ts):
 * each Inter @font-face names a .woff2 the build cuts, in a weight the labels are measured in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interFaces } from '../../scripts/postbuild/60-figure-fonts.ts';

describe('interFaces', () => {
  it('reads the faces of src/styles/figure-fonts.css: one file per measured weight', () => {
    expect(interFaces(readFileSync('src/styles/figure-fonts.css', 'utf8'))).toEqual([
      { weight: 400, url: '/fonts/inter-400.woff2' },
      { weight: 600, url: '/fonts/inter-600.woff2' },
    ]);
  });

  it('ignores other families and fails on a face it cannot cut', () => {
    expect(interFaces("@font-face{font-family:'Noto Sans KR';src:url(/k.woff2)}")).toEqual([]);
    expect(() => interFaces("@font-face{font-family:Inter;font-weight:700;src:url('/f/i.woff2')}")).toThrow(
      /measured only in 400, 600/,
    );
    expect(() => interFaces("@font-face{font-family:Inter;src:url('../files/i.woff')}")).toThrow(/woff2/);
  });
});
