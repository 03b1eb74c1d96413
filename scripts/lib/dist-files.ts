/**
 * The build output as files and as the URL paths a browser asks for: one walk over a built
 * folder, shared by the post-build preview step, the benchmark and the tests, so every one of
 * them discovers pages the same way (never from a hand-kept list).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pagePathOf } from '../../src/lib/quality/links.ts';

/**
 * Every file under `dir`, relative to it with "/" separators, sorted. Dot-files (the build's
 * `.nk-build` marker) are not part of the site: hosts do not serve them.
 */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else out.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** Every built HTML file under `dir`, relative ("reports/x/index.html"). */
export const htmlFilesUnder = (dir: string) => filesUnder(dir).filter((file) => file.endsWith('.html'));

/** Every built HTML page under `dir` as its URL path ("/", "/reports/x/", "/404.html"). */
export const pagePathsUnder = (dir: string) => htmlFilesUnder(dir).map(pagePathOf).sort();

export { pagePathOf };
