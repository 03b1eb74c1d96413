/** The build output as the build-output tests read it: every file in dist/, discovered, never listed by hand. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/lib/dist-files.ts';

export const DIST = join(process.cwd(), 'dist');

/** Every file in dist/, relative, with "/" separators. */
export function distFiles(dir = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first`);
  return filesUnder(dir);
}

export const htmlFiles = (dir = DIST) => distFiles(dir).filter((f) => f.endsWith('.html'));

const cache = new Map<string, string>();
export const readDist = (file: string) => {
  let text = cache.get(file);
  if (text === undefined) cache.set(file, (text = readFileSync(join(DIST, file), 'utf8')));
  return text;
};
