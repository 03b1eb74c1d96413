/**
 * No broken links: every internal href, src, srcset, <link href> and URL-valued <meta> (og:image and
 * friends, which are absolute with SITE_URL) in every built HTML page leads to a file in dist/, and
 * every #fragment to an element with that id on the target page.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, type BrokenLink } from '../../src/lib/quality/links.ts';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { distFiles, readDist } from './dist.ts';

const files = new Set(distFiles());

const describeBroken = (broken: BrokenLink[]) =>
  broken.map((b) => `${b.page}: ${b.where}="${b.url}": ${b.reason}`).join('\n');

describe('internal links in dist/', () => {
  it('resolves every internal reference and fragment', () => {
    const broken = checkLinks({ files, read: readDist, siteOrigins: [SITE_URL] });
    expect(broken, describeBroken(broken)).toEqual([]);
  });

  it('checks absolute own-origin URLs (og:image, canonical) against dist/ too', () => {
    // A deliberately wrong absolute URL is caught, so SITE_URL references are really checked.
    const probe = new Set([...files, 'probe.html']);
    const read = (f: string) =>
      f === 'probe.html' ? `<meta property="og:image" content="${SITE_URL}/og/no-such.png">` : readDist(f);
    const broken = checkLinks({ files: probe, read, siteOrigins: [SITE_URL] }).filter((b) => b.page === '/probe.html');
    expect(broken.map((b) => b.where)).toEqual(['meta[og:image]']);
  });
});
