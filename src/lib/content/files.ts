/**
 * Reads content files from disk, for both the validator and Astro's loaders, so that both see the
 * same parse (one YAML parser, one front-matter splitter). Nothing here checks fields; it refuses
 * what cannot be an entry at all — a wrong name, a link, a folder, an oversized file, bytes that
 * are not UTF-8, front matter it cannot find — each with a message naming the file.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { printable } from './characters.ts';
import { LIMITS, formatBytes, idProblem } from './limits.ts';
import type { Problem } from './problems.ts';

export type Format = 'yaml' | 'mdx';

/**
 * Every collection: its folder under the content folder and its file format. A new collection is
 * one line here, one in validate.ts (its schema) and one in src/content.config.ts (its loader).
 */
export const COLLECTIONS = {
  reports: 'mdx',
  events: 'yaml',
  estimates: 'yaml',
  places: 'yaml',
  corrections: 'yaml',
  conflicts: 'yaml',
  copy: 'yaml',
} as const satisfies Record<string, Format>;
export type CollectionName = keyof typeof COLLECTIONS;

/** Collections whose ids never become element ids on a page (page copy is named by its page). */
export const UNANCHORED = new Set<CollectionName>(['copy']);

export interface RawEntry {
  /** Path relative to the project root, for error messages. */
  file: string;
  /** File name without extension: the entry's id. */
  id: string;
  /** Parsed YAML (data files) or front matter (MDX). */
  data: unknown;
  /** MDX body (empty for data files). */
  body: string;
  /** File line the MDX body starts on (1 for data files). */
  bodyLine?: number;
  /** Set when the file could not be read or parsed at all. */
  parseError?: string;
}

/** The entries of one collection folder, and the files and folder problems that kept others out. */
export interface CollectionRead {
  entries: RawEntry[];
  problems: Problem[];
}

const EXTENSIONS: Record<Format, string[]> = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] };
const KIND: Record<Format, string> = { yaml: '.yaml files', mdx: '.mdx files (a report summary each)' };

// ---- bytes to text ------------------------------------------------------------------------------

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a file's bytes, or why it is not UTF-8 text. Lines split at 0x0A, which is never inside a multi-byte character. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (BOM.every((b, i) => bytes[i] === b)) return { error: 'starts with a byte-order mark; save as UTF-8 without BOM' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    let start = 0;
    for (let line = 1; ; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        utf8.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        return { error: `is not valid UTF-8 (line ${line}); save it as UTF-8` };
      }
      if (end === -1) return { error: 'is not valid UTF-8; save it as UTF-8' };
      start = end + 1;
    }
  }
}

// ---- text to data -------------------------------------------------------------------------------

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One YAML parser for everything (the `yaml` package, YAML 1.2 core schema); warnings count as errors. */
export function parseYaml(source: string, firstLine = 1): { data: unknown } | { error: string } {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [issue] = [...doc.errors, ...doc.warnings];
  if (issue) {
    const line = issue.linePos?.[0]?.line;
    const where = line === undefined ? '' : ` (line ${line + firstLine - 1})`;
    return { error: `not valid YAML${where}: ${issue.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return { error: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  if (!isPlainObject(data))
    return { error: `expected fields as "name: value" lines, but the YAML is ${Array.isArray(data) ? 'a list' : `a single ${typeof data}`}` };
  return { data };
}

/**
 * Splits a report into front matter and body. Stricter than Astro's own splitter on purpose, so the
 * two can never disagree about where the body starts: the first line is exactly `---`, the front
 * matter ends at the next line that is exactly `---`, and no line in between starts with `---` or
 * `+++` (which Astro's splitter would take as the end).
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | { error: string } {
  const lines = text.split('\n');
  const bare = (i: number) => (lines[i] ?? '').replace(/\r$/, '');
  if (bare(0) !== '---') {
    if (text.trim() === '') return { error: 'the file is empty: a report starts with its front matter between --- lines' };
    if (bare(0).trim() === '') return { error: 'line 1 is blank: the --- line that opens the front matter must be the first line' };
    return { error: 'the file must start with a --- line that opens the front matter' };
  }
  for (let i = 1; i < lines.length; i++) {
    const line = bare(i);
    // CRLF files: YAML reads a lone \r before the closing line as content, so lines lose their \r.
    if (line === '---') return { yaml: lines.slice(1, i).map((_, j) => bare(j + 1)).join('\n'), body: lines.slice(i + 1).join('\n'), bodyLine: i + 2 };
    if (line.startsWith('---') || line.startsWith('+++'))
      return { error: `line ${i + 1}: a front-matter line may not start with "${line.slice(0, 3)}" (the front matter ends with a line of exactly ---)` };
  }
  return { error: 'the front matter opened on line 1 is never closed by a --- line' };
}

// ---- files --------------------------------------------------------------------------------------

/** Reads a regular file without following a link (O_NOFOLLOW), re-checking its size on the open file. */
function readBytes(path: string, limit: number): { bytes: Uint8Array } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: 'is not a regular file' };
    if (stat.size > limit) return { error: `is ${formatBytes(stat.size)}; a file here may be at most ${formatBytes(limit)}` };
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ELOOP' ? 'is a symbolic link; links are never followed' : `could not be read (${code ?? (error as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseEntry(format: Format, text: string): Pick<RawEntry, 'data' | 'body' | 'bodyLine' | 'parseError'> {
  if (format === 'yaml') {
    const parsed = parseYaml(text);
    return 'error' in parsed ? { data: undefined, body: '', parseError: parsed.error } : { data: parsed.data, body: '', bodyLine: 1 };
  }
  const split = splitFrontMatter(text);
  if ('error' in split) return { data: undefined, body: text, parseError: split.error };
  const parsed = parseYaml(split.yaml, 2);
  if ('error' in parsed) return { data: undefined, body: split.body, bodyLine: split.bodyLine, parseError: `front matter: ${parsed.error}` };
  return { data: parsed.data, body: split.body, bodyLine: split.bodyLine };
}

/** Why a folder entry cannot be a content file of this format, or undefined. */
function nameProblem(name: string, kind: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }, format: Format, anchored: boolean) {
  if (kind.isSymbolicLink()) return 'is a symbolic link; content files must be regular files (links are never followed)';
  if (kind.isDirectory()) return `is a folder; this folder holds only ${KIND[format]}, and nothing in sub-folders is read`;
  if (!kind.isFile()) return 'is not a regular file';
  if (name.startsWith('.')) return 'is a hidden (dot) file; nothing hidden is read as content: remove it, or rename it';
  const ext = extname(name);
  if (!EXTENSIONS[format].includes(ext)) {
    if (format === 'mdx' && ext === '.md') return 'is a Markdown (.md) file; reports are read only from .mdx files: rename it';
    return `is not one of the ${KIND[format]} this folder holds`;
  }
  const problem = idProblem(basename(name, ext), anchored);
  return problem ? `bad file name: ${problem}` : undefined;
}

/**
 * Reads one collection folder. Every name in it must be `<id>.<extension>`; anything else is
 * reported, never skipped. Sizes are checked with lstat before anything is read.
 */
export function readCollection(root: string, dir: string, format: Format, anchored = true): CollectionRead {
  const absolute = resolve(root, dir);
  const folder = relative(root, absolute) || '.';
  const problems: Problem[] = [];
  const folderProblem = (message: string): CollectionRead => ({ entries: [], problems: [{ file: folder, path: '', message }] });

  let names: import('node:fs').Dirent[];
  try {
    const stat = lstatSync(absolute);
    if (stat.isSymbolicLink()) return folderProblem('is a symbolic link; a collection folder must be a real folder');
    if (!stat.isDirectory()) return folderProblem('is not a folder');
    names = readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return folderProblem('does not exist; every collection needs its folder');
    return folderProblem(`could not be read (${code ?? (error as Error).message})`);
  }

  if (names.length > LIMITS.filesPerCollection)
    return folderProblem(`holds ${names.length} files; a collection may hold at most ${LIMITS.filesPerCollection}`);

  const candidates: { file: string; path: string; id: string; tooBig: string | undefined }[] = [];
  // Case-insensitive file systems (macOS, Windows) would hold only one of Topgab.mdx and topgab.mdx.
  const byLowerCase = new Map<string, { stem: string; file: string }>();
  let total = 0;
  for (const dirent of names) {
    const file = relative(root, join(absolute, printable(dirent.name)));
    const stem = basename(dirent.name, extname(dirent.name));
    const twin = byLowerCase.get(stem.toLowerCase());
    if (twin && twin.stem !== stem) problems.push({ file, path: '', message: `differs from ${twin.file} only in letter case; ids must be unique` });
    if (!twin) byLowerCase.set(stem.toLowerCase(), { stem, file });
    const refused = nameProblem(dirent.name, dirent, format, anchored);
    if (refused) {
      problems.push({ file, path: '', message: refused });
      continue;
    }
    const path = join(absolute, dirent.name);
    let size: number;
    try {
      size = lstatSync(path).size;
    } catch (error) {
      problems.push({ file, path: '', message: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    total += size;
    // Too big to read, but still an entry by name, so references to it do not fail as well.
    const tooBig =
      size > LIMITS.fileBytes[format]
        ? `is ${formatBytes(size)}; a ${format === 'mdx' ? 'report' : 'YAML'} file may be at most ${formatBytes(LIMITS.fileBytes[format])}`
        : undefined;
    candidates.push({ file, path, id: stem, tooBig });
  }
  if (total > LIMITS.collectionBytes)
    return folderProblem(`holds ${formatBytes(total)} of files; a collection may hold at most ${formatBytes(LIMITS.collectionBytes)}`);

  const entries = candidates.map(({ file, path, id, tooBig }): RawEntry =>
    tooBig ? { file, id, data: undefined, body: '', parseError: tooBig } : readEntry(file, path, id, format),
  );
  return { entries, problems };
}

/** Reads and parses one content file already named and sized: links refused, bytes decoded strictly. */
function readEntry(file: string, path: string, id: string, format: Format): RawEntry {
  const read = readBytes(path, LIMITS.fileBytes[format]);
  if ('error' in read) return { file, id, data: undefined, body: '', parseError: read.error };
  const decoded = decodeText(read.bytes);
  if ('error' in decoded) return { file, id, data: undefined, body: '', parseError: decoded.error };
  return { file, id, ...parseEntry(format, decoded.text) };
}

/**
 * Reads a single YAML file at the content root (content/site.yaml) through the same checks as a
 * collection's files: a list of one entry, or empty when the file does not exist.
 */
export function readRootFile(root: string, name: string, id: string): RawEntry[] {
  const path = resolve(root, CONTENT_ROOT, name);
  const file = relative(root, path);
  try {
    lstatSync(path);
  } catch {
    return [];
  }
  return [readEntry(file, path, id, 'yaml')];
}

/** The problem when the content folder itself is missing (one message instead of one per collection). */
export function contentRootProblem(root: string): Problem | undefined {
  const absolute = resolve(root, CONTENT_ROOT);
  try {
    if (statSync(absolute).isDirectory()) return undefined;
  } catch {
    // missing: reported below
  }
  const by = process.env.CONTENT_DIR ? ` (CONTENT_DIR is ${JSON.stringify(process.env.CONTENT_DIR)})` : '';
  return { file: relative(root, absolute) || '.', path: '', message: `the content folder does not exist or is not a folder${by}` };
}

/**
 * The content folder: content/ in the project, or the folder the CONTENT_DIR environment variable
 * names (absolute, or relative to the project). `npm run bench` sets it to build generated content
 * of 10 and 100 times the real size; everything that reads content (validator, Astro's loaders,
 * post-build steps, tests) goes through CONTENT_DIRS, so all of them follow it.
 */
export const CONTENT_ROOT = process.env.CONTENT_DIR || 'content';

export const CONTENT_DIRS = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, `${CONTENT_ROOT}/${name}`])) as Record<
  CollectionName,
  string
>;
