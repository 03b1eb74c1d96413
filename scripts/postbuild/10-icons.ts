/**
 * Post-build step: the PNG favicon and apple-touch-icon, rendered by resvg from the one drawn
 * icon, public/favicon.svg, so the three never disagree. The touch icon gets an opaque
 * background: iOS shows a transparent one on black.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICONS } from '../../src/lib/seo/icons.ts';
import { pngSize } from '../../src/lib/seo/png.ts';

export function run(outDir: string) {
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  for (const [name, { path, size }] of Object.entries(ICONS)) {
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: size },
      ...(name === 'appleTouch' ? { background: '#a1161f' } : {}),
    })
      .render()
      .asPng();
    const got = pngSize(png);
    if (got.width !== size || got.height !== size)
      throw new Error(`${path} came out ${got.width}×${got.height}, expected ${size}×${size}`);
    mkdirSync(join(outDir, 'images'), { recursive: true });
    writeFileSync(join(outDir, path), png);
  }
}
