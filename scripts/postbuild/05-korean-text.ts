/**
 * Post-build step: marks every run of Korean text on every built page lang="ko" (see
 * src/lib/format/korean.ts for why this is one pass over the output). Runs first, so the
 * steps after it read the pages as published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markKorean } from '../../src/lib/format/korean.ts';
import { htmlFilesUnder } from '../lib/dist-files.ts';

export function run(outDir: string) {
  let changed = 0;
  for (const file of htmlFilesUnder(outDir)) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const marked = markKorean(html);
    if (marked !== html) {
      writeFileSync(path, marked);
      changed += 1;
    }
  }
  console.log(`postbuild: marked Korean text lang="ko" on ${changed} pages`);
}
