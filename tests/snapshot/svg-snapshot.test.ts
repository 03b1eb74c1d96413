/** The snapshot helper itself: what it normalises away, what it keeps, and its three outcomes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSvgSnapshot, normalizeSvg, snapshotPaths } from './svg-snapshot.ts';

describe('normalizeSvg', () => {
  it('rounds numbers to two decimals, and never writes -0', () => {
    expect(normalizeSvg('<path d="M1.23456 -7.891L0.004-0.001 10 2.5"/>')).toBe('<path d="M1.23 -7.89L0 0 10 2.5"/>\n');
  });

  it('re-indexes ids in order of first appearance, with their href, url() and aria references', () => {
    const svg =
      '<svg aria-labelledby="p-title p-desc"><title id="p-title">T</title><desc id="p-desc">D</desc>' +
      '<clipPath id="p-clip"><rect/></clipPath><g clip-path="url(#p-clip)"><use href="#p-clip"/></g>' +
      '<a href="#row-7" aria-describedby="p-desc detail-7">x</a></svg>';
    const out = normalizeSvg(svg);
    expect(out).toContain('<svg aria-labelledby="id-1 id-2">');
    expect(out).toContain('<title id="id-1">');
    expect(out).toContain('<desc id="id-2">');
    expect(out).toContain('<clipPath id="id-3">');
    expect(out).toContain('clip-path="url(#id-3)"');
    expect(out).toContain('<use href="#id-3"/>');
    // Links to ids the drawing does not define are what the figure does: kept as written.
    expect(out).toContain('<a href="#row-7" aria-describedby="id-2 detail-7">');
    expect(out).not.toMatch(/"p-|#p-/);
  });

  it('makes two drawings that differ only in id prefix identical, and keeps a class change visible', () => {
    const draw = (prefix: string, cls: string) =>
      `<svg aria-labelledby="${prefix}-t"><title id="${prefix}-t">T</title><circle class="${cls}" r="3.333333"/></svg>`;
    expect(normalizeSvg(draw('tc-narrow', 'mark'))).toBe(normalizeSvg(draw('tc-wide', 'mark')));
    expect(normalizeSvg(draw('tc-narrow', 'mark'))).not.toBe(normalizeSvg(draw('tc-narrow', 'mark-planned')));
  });

  it('folds whitespace inside tags and puts each element on its own line, leaving text alone', () => {
    expect(normalizeSvg('<g   class="a"\n   transform="translate(1 2)" ><text x="1"  >two  words</text></g>')).toBe(
      '<g class="a" transform="translate(1 2)">\n<text x="1">two  words</text>\n</g>\n',
    );
    expect(normalizeSvg('<rect class="  a\n b " />')).toBe('<rect class="a b"/>\n');
  });
});

describe('assertSvgSnapshot', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'svg-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const svg = '<svg><circle class="mark" r="1.005"/></svg>';

  it('fails when there is no golden yet, and writes none', () => {
    expect(() => assertSvgSnapshot(svg, 'fig', { dir, update: false })).toThrow(
      /No golden snapshot .*fig\.svg.*UPDATE_SNAPSHOTS=1/,
    );
    expect(existsSync(snapshotPaths('fig', dir).golden)).toBe(false);
  });

  it('in update mode writes the normalised golden, and then a matching drawing passes', () => {
    assertSvgSnapshot(svg, 'fig', { dir, update: true });
    const { golden, changed } = snapshotPaths('fig', dir);
    expect(readFileSync(golden, 'utf8')).toBe(normalizeSvg(svg));
    expect(() => assertSvgSnapshot(svg.replace('1.005', '1.0049'), 'fig', { dir, update: false })).not.toThrow();
    expect(existsSync(changed)).toBe(false);
  });

  it('on a mismatch writes <name>-changed.svg beside the golden and names both files', () => {
    assertSvgSnapshot(svg, 'fig', { dir, update: true });
    const { golden, changed } = snapshotPaths('fig', dir);
    const other = svg.replace('class="mark"', 'class="mark is-inferred"');
    let message = '';
    try {
      assertSvgSnapshot(other, 'fig', { dir, update: false });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(golden);
    expect(message).toContain(changed);
    expect(readFileSync(changed, 'utf8')).toBe(normalizeSvg(other));
    // The golden is untouched until someone asks for an update.
    expect(readFileSync(golden, 'utf8')).toBe(normalizeSvg(svg));
  });

  it('clears a stale -changed file once the drawing matches again, and update mode replaces the golden', () => {
    assertSvgSnapshot(svg, 'fig', { dir, update: true });
    const { golden, changed } = snapshotPaths('fig', dir);
    writeFileSync(changed, 'stale');
    assertSvgSnapshot(svg, 'fig', { dir, update: false });
    expect(existsSync(changed)).toBe(false);
    const other = svg.replace('r="1.005"', 'r="2"');
    assertSvgSnapshot(other, 'fig', { dir, update: true });
    expect(readFileSync(golden, 'utf8')).toBe(normalizeSvg(other));
  });

  it('reads UPDATE_SNAPSHOTS when no update option is given', () => {
    const before = process.env.UPDATE_SNAPSHOTS;
    try {
      process.env.UPDATE_SNAPSHOTS = '1';
      assertSvgSnapshot(svg, 'env', { dir });
      expect(existsSync(snapshotPaths('env', dir).golden)).toBe(true);
      process.env.UPDATE_SNAPSHOTS = '';
      expect(() => assertSvgSnapshot('<svg/>', 'env', { dir })).toThrow(/changed/);
    } finally {
      if (before === undefined) delete process.env.UPDATE_SNAPSHOTS;
      else process.env.UPDATE_SNAPSHOTS = before;
    }
  });
});
