/**
 * The content reader on real files: a copy of content/ in a temporary folder, one bad file at a
 * time. Every file that cannot be an entry is refused with a message naming it — nothing is
 * skipped silently, followed, or echoed — and limits hold before anything is parsed.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCollection } from '../../src/lib/content/files.ts';
import { RESERVED_IDS, RESERVED_PREFIXES, RESERVED_SUFFIXES } from '../../src/lib/content/limits.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent, validateContent } from '../../src/lib/content/validate.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-files-'));
  cpSync('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string) => join(root, 'content', path);
const problems = () => validateContent(readContent(root)).problems.map(formatProblem);
const event = () => readFileSync(at('events/duma-ratifies-partnership.yaml'));
const report = () => readFileSync(at('reports/topgab.mdx'), 'utf8');

describe('file names', () => {
  it('passes the real content unchanged', () => {
    expect(problems()).toEqual([]);
  });

  it.each([
    ['reports/topgab2.md', 'is a Markdown (.md) file; reports are read only from .mdx files: rename it'],
    ['reports/...mdx', 'is a hidden (dot) file; nothing hidden is read as content: remove it, or rename it'],
    ['events/.draft.yaml', 'is a hidden (dot) file; nothing hidden is read as content: remove it, or rename it'],
    [
      'events/_draft.yaml',
      'bad file name: an id (the file name) uses lower-case letters, digits and single dashes, e.g. duma-ratifies-partnership',
    ],
    [
      'events/Duma Ratifies <b>.yaml',
      'bad file name: an id (the file name) uses lower-case letters, digits and single dashes, e.g. duma-ratifies-partnership',
    ],
    ['events/...yaml', 'is a hidden (dot) file; nothing hidden is read as content: remove it, or rename it'],
    ['places/notes.txt', 'is not one of the .yaml files this folder holds'],
    ['events/main.yaml', 'bad file name: the id "main" is reserved: the pages use it for one of their own elements'],
    [
      'events/content.yaml',
      'bad file name: the id "content" is reserved: the pages use it for one of their own elements',
    ],
    [
      'events/estimate-nis.yaml',
      'bad file name: ids may not start with "estimate-": the pages build their own element ids with it',
    ],
    [
      'events/duma-title.yaml',
      'bad file name: ids may not end in "-title": the pages build their own element ids with it',
    ],
  ])('refuses %s', (path, reason) => {
    writeFileSync(at(path), path.startsWith('reports') ? report() : event());
    expect(problems()).toContain(`content/${path}: ${reason}`);
  });

  it('refuses two reports whose ids differ only in letter case (one was dropped silently)', () => {
    writeFileSync(at('reports/Topgab.mdx'), report());
    expect(problems()).toEqual([
      'content/reports/Topgab.mdx: bad file name: an id (the file name) uses lower-case letters, digits and single dashes, e.g. duma-ratifies-partnership',
      'content/reports/topgab.mdx: differs from content/reports/Topgab.mdx only in letter case; ids must be unique',
    ]);
  });

  it('refuses a symbolic link without following it or echoing its target', () => {
    const secret = join(root, 'secret.env');
    writeFileSync(secret, 'DEPLOY_TOKEN=ghp_FAKEFAKEFAKE1234567890 OTHER=1\n');
    symlinkSync(secret, at('events/zz-secret.yaml'));
    const lines = problems();
    expect(lines).toEqual([
      'content/events/zz-secret.yaml: is a symbolic link; content files must be regular files (links are never followed)',
    ]);
    expect(lines.join('\n')).not.toContain('DEPLOY_TOKEN');
  });

  it('refuses a folder named like a content file, and a collection folder that is a link', () => {
    mkdirSync(at('events/folder.yaml'));
    expect(problems()).toEqual([
      'content/events/folder.yaml: is a folder; this folder holds only .yaml files, and nothing in sub-folders is read',
    ]);
    rmSync(at('places'), { recursive: true });
    symlinkSync(join(process.cwd(), 'content/places'), at('places'));
    expect(problems()).toContain('content/places: is a symbolic link; a collection folder must be a real folder');
  });

  it('names a missing content folder or collection folder instead of "Content OK: 0 reports"', () => {
    rmSync(at('places'), { recursive: true });
    expect(problems()).toContain('content/places: does not exist; every collection needs its folder');
    rmSync(join(root, 'content'), { recursive: true });
    expect(problems()).toEqual(['content: the content folder does not exist or is not a folder']);
  });
});

describe('sizes, checked before reading', () => {
  it('refuses an oversized file by its size alone: the 5 MB list of 655,000 ids', () => {
    const ids = '  - vladivostok\n'.repeat(655_000);
    writeFileSync(
      at('events/duma-ratifies-partnership.yaml'),
      `${event().toString().replace('places: []\n', 'places:\n')}${ids}`,
    );
    expect(problems()).toEqual([
      'content/events/duma-ratifies-partnership.yaml: is 10.0 MB; a YAML file may be at most 256 KB',
    ]);
  });

  it('refuses a report over 512 KB', () => {
    const text = `${report()}\n${'word '.repeat(110_000)}\n`;
    writeFileSync(at('reports/topgab.mdx'), text);
    const kb = Math.ceil(Buffer.byteLength(text) / 1024);
    expect(problems()).toEqual([`content/reports/topgab.mdx: is ${kb} KB; a report file may be at most 512 KB`]);
  });

  it('refuses a collection with more files than the limit, naming the folder', { timeout: 60_000 }, () => {
    const folder = join(root, 'many');
    mkdirSync(folder);
    for (let i = 0; i <= 5_000; i++) writeFileSync(join(folder, `p${i}.yaml`), '');
    expect(readCollection(root, 'many', 'yaml').problems.map(formatProblem)).toEqual([
      'many: holds 5001 files; a collection may hold at most 5000',
    ]);
  });
});

describe('bytes and front matter', () => {
  it('refuses a byte-order mark in YAML and in MDX with the same message', () => {
    writeFileSync(
      at('events/duma-ratifies-partnership.yaml'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), event()]),
    );
    writeFileSync(at('reports/topgab.mdx'), `\ufeff${report()}`);
    expect(problems()).toEqual([
      'content/reports/topgab.mdx: starts with a byte-order mark; save as UTF-8 without BOM',
      'content/events/duma-ratifies-partnership.yaml: starts with a byte-order mark; save as UTF-8 without BOM',
    ]);
  });

  it('refuses bytes that are not UTF-8, naming the line (they became U+FFFD silently)', () => {
    const bytes = Buffer.from(event());
    const title = bytes.indexOf('title: ') + 'title: "R'.length;
    bytes[title] = 0xe9;
    writeFileSync(at('events/duma-ratifies-partnership.yaml'), bytes);
    expect(problems()).toEqual([
      'content/events/duma-ratifies-partnership.yaml: is not valid UTF-8 (line 3); save it as UTF-8',
    ]);
  });

  it('says what is wrong with the front matter instead of "missing front matter"', () => {
    const cases: [string, string][] = [
      [
        '---\n---\nBody.\n',
        'content/reports/topgab.mdx: headline: required field is missing (expected the headline as text)',
      ],
      [
        `\n${report()}`,
        'content/reports/topgab.mdx: line 1 is blank: the --- line that opens the front matter must be the first line',
      ],
      [
        report().replace('language:', '+++\nlanguage:'),
        'content/reports/topgab.mdx: line 8: a front-matter line may not start with "+++" (the front matter ends with a line of exactly ---)',
      ],
      [
        report().replace(/^---\n/, ''),
        'content/reports/topgab.mdx: the file must start with a --- line that opens the front matter',
      ],
      [
        '---\nheadline: x\n',
        'content/reports/topgab.mdx: the front matter opened on line 1 is never closed by a --- line',
      ],
      ['', 'content/reports/topgab.mdx: the file is empty: a report starts with its front matter between --- lines'],
      [
        report().replace('language: "English"', 'language: [unclosed'),
        'content/reports/topgab.mdx: front matter: not valid YAML (line 9): Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ];
    for (const [text, line] of cases) {
      writeFileSync(at('reports/topgab.mdx'), text);
      expect(problems()).toContain(line);
    }
  });

  it('refuses YAML that is not a set of fields, and YAML 1.1 leftovers it cannot read', () => {
    writeFileSync(at('events/duma-ratifies-partnership.yaml'), 'DEPLOY_TOKEN=1\n');
    expect(problems()).toEqual([
      'content/events/duma-ratifies-partnership.yaml: expected fields as "name: value" lines, but the YAML is a single string',
    ]);
    writeFileSync(at('events/duma-ratifies-partnership.yaml'), '- a\n- b\n');
    expect(problems()).toEqual([
      'content/events/duma-ratifies-partnership.yaml: expected fields as "name: value" lines, but the YAML is a list',
    ]);
  });

  it('prints .nan coordinates as NaN', () => {
    const place = readFileSync(at('places/kursk.yaml'), 'utf8');
    writeFileSync(at('places/kursk.yaml'), place.replace(/lat: [\d.]+/, 'lat: .nan'));
    expect(problems()).toEqual([
      'content/places/kursk.yaml: coordinates.lat: expected the latitude as a number of degrees, got NaN',
    ]);
  });

  it('names the field of a control character written as a YAML escape', () => {
    const place = readFileSync(at('places/kursk.yaml'), 'utf8');
    writeFileSync(at('places/kursk.yaml'), place.replace(/^name: .*$/m, 'name: "Kursk\\a"'));
    expect(problems()).toEqual(['content/places/kursk.yaml: name: contains the control character U+0007; remove it']);
  });

  it('reports a body problem by file and line', () => {
    const text = report();
    const line = text.split('\n').length + 1;
    writeFileSync(at('reports/topgab.mdx'), `${text}\nimport { readFileSync } from 'node:fs';\n`);
    expect(problems()).toEqual([
      `content/reports/topgab.mdx:${line}: import/export statements are not allowed in a report body`,
    ]);
  });
});

describe('reserved ids', () => {
  it('cover every literal id and id prefix the components and pages write', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts)$/.test(entry.name) && !path.includes('lib/content'))
          sources.push(readFileSync(path, 'utf8'));
      }
    };
    ['src/components', 'src/layouts', 'src/pages', 'src/lib', 'src/scripts'].forEach(walk);
    const text = sources.join('\n');
    const literals = [...text.matchAll(/\bid="([a-z0-9-]+)"/g)].map((m) => m[1]!);
    const prefixes = [...text.matchAll(/\bid=\{`([a-z0-9-]+-)\$\{/g), ...text.matchAll(/= `([a-z0-9-]+-)\$\{/g)].map(
      (m) => m[1]!,
    );
    const suffixes = [...text.matchAll(/\}(-[a-z]+)`/g)]
      .map((m) => m[1]!)
      .filter((s) => s === '-title' || s === '-desc');
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((id) => !RESERVED_IDS.has(id) && !RESERVED_PREFIXES.some((p) => id.startsWith(p)))).toEqual(
      [],
    );
    expect(prefixes.filter((p) => !RESERVED_PREFIXES.some((r) => p.startsWith(r)))).toEqual([]);
    expect(suffixes.filter((s) => !RESERVED_SUFFIXES.includes(s))).toEqual([]);
  });
});
