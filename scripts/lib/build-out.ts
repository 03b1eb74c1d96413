/**
 * Where a build may write. `build.ts` replaces its output folder wholesale, so it must never be
 * pointed at a folder it did not make (`--out src` would delete the sources): every build leaves
 * a marker file in its output, and an existing folder without one is refused. Each build stages
 * into a folder of its own, so two builds running at once cannot delete each other's work.
 */
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The marker every build output carries. Dot-files are not served by the preview server or listed in `_headers`. */
export const BUILD_MARKER = '.nk-build';

/**
 * Why `dir` may not be replaced by a build, or undefined when it may: it does not exist, is an
 * empty folder, carries the marker, or is the project's own `dist/` from before the marker existed.
 */
export function refusalToReplace(dir: string, { isDefaultDist = false } = {}): string | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `${dir} exists and is not a folder`;
  if (existsSync(join(dir, BUILD_MARKER))) return undefined;
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  if (isDefaultDist && entries.includes('index.html')) return undefined;
  return `${dir} exists and was not made by this build (it has no ${BUILD_MARKER} file), so it will not be replaced; choose a new or empty folder`;
}

/** A new, empty folder beside `dist` (same file system, so the final rename is atomic), unique to this build. */
export const newStagingDir = (dist: string, kind: 'staging' | 'retired') =>
  mkdtempSync(join(dirname(dist), `.${basename(dist)}-${kind}-`));

export function writeBuildMarker(dir: string) {
  writeFileSync(join(dir, BUILD_MARKER), 'Made by scripts/build.ts. A later build replaces this whole folder.\n');
}
