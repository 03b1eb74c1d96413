/**
 * Inter for the images drawn after the build: as WOFF for satori (preview cards, the timeline
 * image), in the subsets the content's scripts need, and as OpenType files for resvg, which
 * loads fonts by path and draws the text inside figure SVGs. Hangul comes from
 * src/lib/fonts/hangul.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { woffToSfnt } from '../../src/lib/fonts/woff.ts';

const require = createRequire(import.meta.url);
const interDir = () => join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');

export function interWoffs() {
  return (['latin', 'latin-ext', 'cyrillic', 'greek'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: readFileSync(join(interDir(), `inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}

export function interFontFiles(): string[] {
  const dir = join(tmpdir(), 'nk-preview-fonts');
  mkdirSync(dir, { recursive: true });
  return ([400, 600, 700] as const).map((weight) => {
    const target = join(dir, `inter-latin-${weight}.ttf`);
    writeFileSync(target, woffToSfnt(readFileSync(join(interDir(), `inter-latin-${weight}-normal.woff`))));
    return target;
  });
}
