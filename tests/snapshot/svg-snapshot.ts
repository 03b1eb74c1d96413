/**
 * Golden-file snapshots for the figures' SVG, after Observable Plot's test/plot-snapshot.js:
 * the SVG is normalised first (numbers rounded, generated ids re-indexed, whitespace inside
 * tags folded, one element per line) so that a snapshot fails on a change a reader could see
 * (a class, a colour, a title, a moved mark) and not on float noise or an id prefix.
 *
 * On a mismatch the new drawing is written next to the golden as `<name>-changed.svg`
 * (git-ignored) for a person to open beside the golden. `UPDATE_SNAPSHOTS=1 npm run test:unit`
 * rewrites the goldens instead.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Two decimals are well below a pixel; more would make goldens fail on float noise. */
const roundNumbers = (svg: string) =>
  svg.replace(/-?\d*\.\d+/g, (d, at: number, all: string) => {
    const r = String(Math.round(Number(d) * 100) / 100);
    if (!d.startsWith('-') || r.startsWith('-')) return r;
    // "-0.001" rounds to "0"; its minus was also what separated it from a number before it ("4-0.001").
    return /[\d.]/.test(all[at - 1] ?? '') ? ` ${r}` : r;
  });

/** Runs of whitespace inside a tag (between and within attributes) become one space. */
const foldTagWhitespace = (svg: string) =>
  svg.replace(/<[^>]+>/g, (tag) =>
    tag
      .replace(/\s+/g, ' ')
      .replace(/\s+(\/?>)$/, '$1')
      .replace(/="\s+/g, '="')
      .replace(/\s+"/g, '"'),
  );

/**
 * Ids defined in the drawing, and every reference to them, renamed `id-1`, `id-2`, … in order
 * of first appearance, so a changed prefix or slug scheme does not touch every line. A reference
 * to an id not defined here (a link to a row elsewhere on the page) is left as written: it is
 * part of what the figure does.
 */
function reindexIds(svg: string): string {
  const defined = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const names = new Map<string, string>();
  const rename = (id: string) => {
    if (!defined.has(id)) return id;
    if (!names.has(id)) names.set(id, `id-${names.size + 1}`);
    return names.get(id)!;
  };
  return svg.replace(
    /(\sid=")([^"]+)(")|(\shref="#)([^"]+)(")|(url\(#)([^)]+)(\))|(\saria-(?:describedby|labelledby)=")([^"]+)(")/g,
    (...m: (string | undefined)[]) => {
      for (const at of [1, 4, 7]) if (m[at] !== undefined) return `${m[at]}${rename(m[at + 1]!)}${m[at + 2]}`;
      // aria-describedby and aria-labelledby hold a list of ids.
      return `${m[10]}${m[11]!.split(/\s+/).filter(Boolean).map(rename).join(' ')}${m[12]}`;
    },
  );
}

/** The normalised form that goldens hold. */
export function normalizeSvg(svg: string): string {
  const folded = foldTagWhitespace(svg.trim());
  // One element per line where tags meet, so a golden's diff points at the element that changed.
  const lined = folded.replace(/>\s*</g, '>\n<');
  return `${reindexIds(roundNumbers(lined))}\n`;
}

export interface SnapshotOptions {
  /** Folder of the goldens; the tests of this helper use a temporary one. */
  dir?: string;
  /** Rewrite the golden instead of comparing (default: the UPDATE_SNAPSHOTS environment variable). */
  update?: boolean;
}

/** Paths of a snapshot's golden and of the file written when it changes. */
export const snapshotPaths = (name: string, dir = GOLDEN_DIR) => ({
  golden: join(dir, `${name}.svg`),
  changed: join(dir, `${name}-changed.svg`),
});

/**
 * Compares `svg` with the golden `<name>.svg` after normalising both; throws, naming both files,
 * when they differ (having written `<name>-changed.svg`) or when there is no golden yet.
 */
export function assertSvgSnapshot(
  svg: string,
  name: string,
  { dir = GOLDEN_DIR, update = process.env.UPDATE_SNAPSHOTS === '1' }: SnapshotOptions = {},
): void {
  const { golden, changed } = snapshotPaths(name, dir);
  const actual = normalizeSvg(svg);
  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(golden)) {
    throw new Error(
      `No golden snapshot ${golden}; run UPDATE_SNAPSHOTS=1 npm run test:unit to write it, then review and commit it.`,
    );
  }
  // The golden is normalised again so that a hand-edited golden compares fairly.
  if (normalizeSvg(readFileSync(golden, 'utf8')) === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `SVG snapshot "${name}" changed: compare ${changed} with ${golden}. ` +
      'If the change is intended, run UPDATE_SNAPSHOTS=1 npm run test:unit and commit the golden.',
  );
}
