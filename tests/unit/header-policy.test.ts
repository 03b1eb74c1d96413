/**
 * The header policy (src/lib/security/policy.ts) and the `_headers` file it writes: every page,
 * including one nobody has listed, gets its Content-Security-Policy at every address a host may
 * serve it at; embeds may be framed; SVGs, the host script and a configured tile host are handled.
 */
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { cspProblems, parseCsp } from '../../src/lib/quality/csp.ts';
import {
  RECOMMENDED_HSTS,
  SVG_CSP,
  headersFileFor,
  headersForPath,
  pageAliases,
  policyOptionsFromEnv,
  tileImageSource,
} from '../../src/lib/security/policy.ts';

/** A site as the build's file walk reports it (pagePathOf of every file). */
const SITE = [
  '/',
  '/404.html',
  '/troops/',
  '/map/',
  '/reports/',
  '/reports/a/',
  '/embed/map/',
  '/embed/troops/',
  '/embed.js',
  '/images/map.svg',
  '/images/map.png',
  '/map-base/0123456789ab.svg',
  '/_astro/x.js',
  '/rss.xml',
];
const fileFor = (paths: string[], options = {}) => parseHeadersFile(headersFileFor(paths, options));
const csp = (headers: Record<string, string>) => parseCsp(headers['Content-Security-Policy'] ?? '');

describe('_headers from the policy', () => {
  it('gives a page nobody listed its policy, with and without the trailing slash, without any edit', () => {
    const rules = fileFor([...SITE, '/new-section/', '/new-section/deeper/', '/reports/new-report/']);
    for (const path of [
      '/new-section/',
      '/new-section',
      '/new-section/deeper/',
      '/new-section/deeper',
      '/reports/new-report/',
      '/reports/new-report',
    ]) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy'], path).toBeTruthy();
      expect(cspProblems(csp(headers)), path).toEqual([]);
      expect(csp(headers).get('frame-ancestors'), path).toEqual(["'self'"]);
      expect(headers['X-Frame-Options'], path).toBe('SAMEORIGIN');
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
    }
  });

  it('says for every path exactly what the policy says (the file and the preview server cannot differ)', () => {
    const rules = fileFor(SITE);
    for (const path of SITE)
      for (const alias of pageAliases(path)) expect(headersFor(rules, alias), alias).toEqual(headersForPath(path));
  });

  it('lets any site frame an embed page, and sends it no X-Frame-Options or opener policy', () => {
    const headers = headersFor(fileFor(SITE), '/embed/troops/');
    expect(csp(headers).get('frame-ancestors')).toEqual(['*']);
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(headers['Cross-Origin-Opener-Policy']).toBeUndefined();
    expect(headers['X-Robots-Tag']).toBe('noindex');
  });

  it('gives SVG documents a policy that allows styles only, and the host script CORS for Subresource Integrity', () => {
    const rules = fileFor(SITE);
    expect(headersFor(rules, '/images/map.svg')['Content-Security-Policy']).toBe(SVG_CSP);
    expect(SVG_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(headersFor(rules, '/images/map.png')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor(rules, '/embed.js')['Access-Control-Allow-Origin']).toBe('*');
  });

  it('lets browsers keep the map’s hash-named base geometry for good, as an SVG document', () => {
    const headers = headersFor(fileFor(SITE), '/map-base/0123456789ab.svg');
    expect(headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headers['Content-Security-Policy']).toBe(SVG_CSP);
  });

  it('never sets one header in two rules that can match one path, and stays far under Cloudflare’s 100 rules', () => {
    const reports = Array.from({ length: 500 }, (_, i) => `/reports/r${i}/`);
    const text = headersFileFor([...SITE, ...reports]);
    const rules = parseHeadersFile(text);
    expect(rules.length).toBeLessThan(50);
    for (const path of [...SITE, ...reports]) {
      const seen = new Map<string, number>();
      for (const rule of rules) {
        if (Object.keys(headersFor([rule], path)).length === 0) continue;
        for (const name of Object.keys(rule.headers)) seen.set(name, (seen.get(name) ?? 0) + 1);
      }
      for (const [name, count] of seen) expect(count, `${path}: ${name}`).toBe(1);
    }
  });
});

describe('a configured tile host', () => {
  const env = { MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© Example' };

  it('is allowed in img-src of the map page and the map embed only', () => {
    const options = policyOptionsFromEnv(env);
    expect(options).toEqual({ tileSource: 'https://*.tiles.example.org' });
    const rules = fileFor(SITE, options);
    for (const path of ['/map/', '/map', '/embed/map/', '/embed/map'])
      expect(csp(headersFor(rules, path)).get('img-src'), path).toContain('https://*.tiles.example.org');
    for (const path of ['/troops/', '/embed/troops/', '/'])
      expect(csp(headersFor(rules, path)).get('img-src'), path).toEqual(["'self'", 'data:']);
  });

  it('fails the build when the template is not an http(s) URL', () => {
    expect(tileImageSource('http://127.0.0.1:47999/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:47999');
    expect(() => tileImageSource('tiles/{z}/{x}/{y}.png')).toThrow(
      'MAP_TILE_URL is not a URL: "tiles/{z}/{x}/{y}.png"',
    );
    expect(() => tileImageSource('javascript:alert(1)//{z}')).toThrow('MAP_TILE_URL must be http(s)');
    expect(policyOptionsFromEnv({})).toEqual({});
  });
});

describe('what the policy recommends but does not send', () => {
  it('is the HSTS value the README and the hosting notes tell a deployer to send', async () => {
    const { readFileSync } = await import('node:fs');
    for (const doc of ['README.md', 'docs/sharing-and-embedding.md'])
      expect(readFileSync(doc, 'utf8'), doc).toContain(`Strict-Transport-Security: ${RECOMMENDED_HSTS}`);
  });
});
