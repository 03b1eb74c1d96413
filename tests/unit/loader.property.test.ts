/**
 * Property-based tests of the content reader and validator on real files (fast-check): random
 * bytes, random file names and damaged copies of real files are written into a temporary content
 * folder. No input makes reading or validation throw; every problem names a file inside the content
 * folder and says something; the valid files beside the bad one still pass.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent, validateContent } from '../../src/lib/content/validate.ts';

const root = mkdtempSync(join(tmpdir(), 'loader-property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const pristine = join(root, 'pristine');
cpSync('content', pristine, { recursive: true });

const COLLECTIONS = ['reports', 'events', 'estimates', 'places'] as const;
const realFiles = COLLECTIONS.flatMap((c) => readdirSync(join(pristine, c)).map((name) => `${c}/${name}`));
const RUNS = { numRuns: 40 };
// Each run reads and validates the whole real content (about 40 files, five MDX bodies).
const SLOW = { timeout: 180_000 };

/** A copy of the real content; each run writes one file into it, validates, and puts it back. */
const project = join(root, 'project');
cpSync(pristine, join(project, 'content'), { recursive: true });

function runWith(path: string, bytes: Uint8Array) {
  const target = join(project, 'content', path);
  const original = existsSync(target) ? readFileSync(target) : undefined;
  try {
    writeFileSync(target, bytes);
    return validateContent(readContent(project)).problems;
  } finally {
    if (original) writeFileSync(target, original);
    else rmSync(target, { force: true });
  }
}

/** Every problem names a file in content/ and gives a reason. */
const wellFormed = (problems: ReturnType<typeof runWith>) =>
  problems.every(
    (p) => p.file.startsWith('content/') && p.message.trim().length > 0 && formatProblem(p).startsWith(p.file),
  );

const real = fc.constantFrom(...realFiles);
const name = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((s) => !s.includes('/') && !s.includes('\0') && s !== '.' && s !== '..'),
);
const extension = fc.constantFrom('.yaml', '.yml', '.mdx', '.md', '.txt', '', '.YAML');
/** Damage to a real file: a byte replaced, bytes cut, a BOM, a control byte or junk inserted. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
  }),
  fc.constant({ kind: 'bom' as const }),
);

type Damage = typeof damage extends fc.Arbitrary<infer D> ? D : never;

function damaged(original: Buffer, d: Damage): Buffer {
  const at = original.length === 0 || d.kind === 'bom' ? 0 : d.at % original.length;
  if (d.kind === 'replace') {
    const copy = Buffer.from(original);
    copy[at] = d.byte;
    return copy;
  }
  if (d.kind === 'cut') return Buffer.concat([original.subarray(0, at), original.subarray(at + d.length)]);
  if (d.kind === 'insert')
    return Buffer.concat([original.subarray(0, at), Buffer.from(d.bytes), original.subarray(at)]);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original]);
}

describe('the content reader on raw bytes and files', () => {
  it('never throws on random bytes under any name, and names a file for every problem', SLOW, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COLLECTIONS),
        name,
        extension,
        fc.uint8Array({ maxLength: 600 }),
        (collection, base, ext, bytes) => {
          const problems = runWith(`${collection}/${base}${ext}`, bytes);
          expect(wellFormed(problems)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never throws on a damaged copy of a real file; only that file (or what cites it) is named', SLOW, () => {
    fc.assert(
      fc.property(real, damage, (path, d) => {
        const bytes = damaged(readFileSync(join(pristine, path)), d);
        const problems = runWith(path, bytes);
        expect(wellFormed(problems)).toBe(true);
        // A problem in another file can only be one that the damage caused in what cites the file: a reference
        // it broke, or (where the damaged file still parses) prose whose figure its evidence no longer carries,
        // or a claim key it no longer shares.
        const others = problems.filter((p) => p.file !== `content/${path}`);
        const causedByDamage =
          /unknown (report|place|estimate|event|conflict)|names no claim|never cited|appears in none of the evidence|no other estimate shares claim/;
        expect(
          others.filter((p) => !causedByDamage.test(p.message)).map((p) => `${p.file}: ${p.path}: ${p.message}`),
        ).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never accepts bytes that are not UTF-8 (they used to become U+FFFD silently), and names the line', SLOW, () => {
    fc.assert(
      fc.property(real, fc.nat(), fc.constantFrom(0xff, 0xfe, 0xc0, 0xc1, 0xf5), (path, where, byte) => {
        const original = readFileSync(join(pristine, path));
        const at = where % original.length;
        const line = original.subarray(0, at).toString('utf8').split('\n').length;
        const problems = runWith(
          path,
          Buffer.concat([original.subarray(0, at), Buffer.from([byte]), original.subarray(at)]),
        );
        expect(problems.map(formatProblem)).toEqual([
          `content/${path}: is not valid UTF-8 (line ${line}); save it as UTF-8`,
        ]);
      }),
      RUNS,
    );
  });

  it('a valid file still passes: a real file rewritten byte for byte, or with CRLF line endings', SLOW, () => {
    fc.assert(
      fc.property(real, fc.boolean(), (path, crlf) => {
        const text = readFileSync(join(pristine, path), 'utf8');
        const problems = runWith(path, Buffer.from(crlf ? text.replace(/\n/g, '\r\n') : text));
        expect(problems.map(formatProblem)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
