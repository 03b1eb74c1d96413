/**
 * Reads content files from disk exactly once, for both the validator and Astro's loaders,
 * so that both see the same parsed data. Nothing here validates.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, extname, basename, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface RawEntry {
  /** Path relative to the project root, for error messages. */
  file: string;
  /** File name without extension: the entry's id. */
  id: string;
  /** Parsed YAML (data files) or front matter (MDX). */
  data: unknown;
  /** MDX body (empty for data files). */
  body: string;
  /** Set when the file could not be parsed at all. */
  parseError?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const listFiles = (dir: string, extensions: string[]) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => extensions.includes(extname(name)) && !name.startsWith('_'))
        .sort()
    : [];

const parseYamlSafely = (source: string): { data: unknown; parseError?: string } => {
  try {
    return { data: parseYaml(source) ?? {} };
  } catch (error) {
    return { data: undefined, parseError: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
};

export function readDataDir(root: string, dir: string): RawEntry[] {
  const absolute = resolve(root, dir);
  return listFiles(absolute, ['.yaml', '.yml']).map((name) => {
    const source = readFileSync(join(absolute, name), 'utf8');
    return { file: relative(root, join(absolute, name)), id: basename(name, extname(name)), body: '', ...parseYamlSafely(source) };
  });
}

export function readMdxDir(root: string, dir: string): RawEntry[] {
  const absolute = resolve(root, dir);
  return listFiles(absolute, ['.mdx', '.md']).map((name) => {
    const source = readFileSync(join(absolute, name), 'utf8');
    const file = relative(root, join(absolute, name));
    const id = basename(name, extname(name));
    const match = FRONT_MATTER.exec(source);
    if (!match) return { file, id, data: undefined, body: source, parseError: 'missing front matter between --- lines' };
    return { file, id, body: source.slice(match[0].length), ...parseYamlSafely(match[1] ?? '') };
  });
}

/**
 * The content folder: content/ in the project, or the folder the CONTENT_DIR environment variable
 * names (absolute, or relative to the project). `npm run bench` sets it to build generated content
 * of 10 and 100 times the real size; everything that reads content (validator, Astro's loaders,
 * post-build steps, tests) goes through CONTENT_DIRS, so all of them follow it.
 */
export const CONTENT_ROOT = process.env.CONTENT_DIR || 'content';

export const CONTENT_DIRS = {
  reports: `${CONTENT_ROOT}/reports`,
  events: `${CONTENT_ROOT}/events`,
  estimates: `${CONTENT_ROOT}/estimates`,
  places: `${CONTENT_ROOT}/places`,
  conflicts: `${CONTENT_ROOT}/conflicts`,
  copy: `${CONTENT_ROOT}/copy`,
} as const;
