/** The build output as the build-output tests read it: every file in dist/, discovered, never listed by hand. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** Every file in dist/, relative, with "/" separators. */
export function distFiles(dir = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlFiles = (dir = DIST) => distFiles(dir).filter((f) => f.endsWith('.html'));

const cache = new Map<string, string>();
export const readDist = (file: string) => {
  let text = cache.get(file);
  if (text === undefined) cache.set(file, (text = readFileSync(join(DIST, file), 'utf8')));
  return text;
};
