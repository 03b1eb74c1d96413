/**
 * No broken links: every internal href, src, srcset, <link href> and URL-valued <meta> (og:image and
 * friends, which are absolute with SITE_URL) in every built HTML page leads to a file in dist/, and
 * every #fragment to an element with that id on the target page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, type BrokenLink } from '../../src/lib/quality/links.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { DIST, distFiles, readDist } from './dist.ts';

const files = new Set(distFiles());

// TEMPORARY ALLOWANCE — delete when the map page is merged.
// The map page (/map/ and /embed/map/) is being built on another branch; until it lands, the nav
// link /map/ and the timeline's /map/#place-<id> links have no target here. Exactly those two paths
// are allowed to be missing (any fragment on them is then unchecked). The test below fails as soon as
// dist/map/index.html exists, so the allowance cannot outlive its reason.
const MAP_NOT_YET_BUILT = new Set(['/map/', '/embed/map/']);
const mapBuilt = existsSync(join(DIST, 'map', 'index.html'));
const allowMissing = (path: string) => MAP_NOT_YET_BUILT.has(path);

const describeBroken = (broken: BrokenLink[]) => broken.map((b) => `${b.page}: ${b.where}="${b.url}": ${b.reason}`).join('\n');

describe('internal links in dist/', () => {
  it('resolves every internal reference and fragment', () => {
    const broken = checkLinks({ files, read: readDist, siteOrigins: [SITE_URL], allowMissing });
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('checks absolute own-origin URLs (og:image, canonical) against dist/ too', () => {
    // A deliberately wrong absolute URL is caught, so SITE_URL references are really checked.
    const probe = new Set([...files, 'probe.html']);
    const read = (f: string) => (f === 'probe.html' ? `<meta property="og:image" content="${SITE_URL}/og/no-such.png">` : readDist(f));
    const broken = checkLinks({ files: probe, read, siteOrigins: [SITE_URL], allowMissing }).filter((b) => b.page === '/probe.html');
    expect(broken.map((b) => b.where)).toEqual(['meta[og:image]']);
  });

  it('allows missing map pages only while the map is not built (delete MAP_NOT_YET_BUILT once it is)', () => {
    expect(
      mapBuilt,
      'dist/map/index.html exists: delete the MAP_NOT_YET_BUILT allowance in tests/build/links.test.ts so links to the map are checked',
    ).toBe(false);
  });
});
