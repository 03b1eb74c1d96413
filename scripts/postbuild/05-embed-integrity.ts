/**
 * The host script newsrooms load from their own pages must be exactly public/embed.js: nothing in
 * the build (a plugin, a content file that ran code) may change what ships as dist/embed.js, and
 * every snippet the build published (figure pages, oEmbed) must pin those bytes by integrity.
 * Runs first, so a tampered file stops the build before anything else is drawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_SCRIPT_SOURCE, subresourceIntegrity } from '../../src/lib/embeds.ts';
import { filesUnder } from '../lib/dist-files.ts';

/** Problems with the shipped host script and the snippets that pin it; empty when all is well. */
export function hostScriptProblems(outDir: string, source = HOST_SCRIPT_SOURCE): string[] {
  const shipped = join(outDir, 'embed.js');
  if (!existsSync(shipped)) return [`${shipped} is missing`];
  const expected = readFileSync(source);
  if (!readFileSync(shipped).equals(expected))
    return [`${shipped} differs from ${source}: something in the build changed the host script that other sites load`];
  const integrity = subresourceIntegrity(expected);
  const problems: string[] = [];
  for (const file of filesUnder(outDir).filter((f) => f.endsWith('.html') || f.endsWith('.json'))) {
    for (const [found] of readFileSync(join(outDir, file), 'utf8').matchAll(/sha384-[A-Za-z0-9+/=]+/g))
      if (found !== integrity)
        problems.push(`${file}: pins the host script as ${found}, but public/embed.js is ${integrity}`);
  }
  return problems;
}

export function run(outDir: string) {
  const problems = hostScriptProblems(outDir);
  if (problems.length) throw new Error(`embed host script:\n  ${problems.join('\n  ')}`);
}
