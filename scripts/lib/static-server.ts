/**
 * A static file server for a built site that sends the headers of the site's header policy
 * (src/lib/security/policy.ts), the same policy the build writes into `_headers`. Used by
 * preview, tests and the benchmark. It behaves as static hosts do where that matters to tests:
 * `/troops` redirects to `/troops/`, an unknown path gets the 404 page with the 404 page's
 * headers, `_headers` itself is not served, and a malformed request gets 400 instead of a crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersForPath, type PolicyOptions } from '../../src/lib/security/policy.ts';
import { builtSitePolicy } from './site-policy.ts';

export interface StaticServerOptions {
  /**
   * Gzip text responses for clients that accept it, as static hosts do. Off by default (tests read
   * plain bodies); the benchmark turns it on so Lighthouse's transfer sizes match a real host.
   */
  gzip?: boolean;
  /**
   * Options of the header policy; by default what the build's headers step uses: the environment
   * and the inline hashes of the pages in `dir`, read once when the server is made.
   */
  policy?: PolicyOptions;
  /**
   * The response headers for a path, instead of the site's policy: the benchmark serves its peer
   * pages (TimelineJS, Chart.js, Leaflet) with this server and gzip but without our CSP, which
   * their inline scripts and styles would break and which a newsroom page would not have.
   */
  headers?: (path: string) => Record<string, string>;
  /**
   * Send only the first `bytes` of each gzipped HTML page and hold the rest until `release` is
   * called: the page as a reader has it after the first round trip of a new connection (issue 16).
   * Used by the first-window check (scripts/lib/first-window.ts); needs `gzip`.
   */
  holdHtml?: { bytes: number; held: (path: string, release: () => void) => void };
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The request's path, decoded, or undefined when the URL or its percent-encoding is malformed. */
function requestPath(req: IncomingMessage): { raw: string; decoded: string; search: string } | undefined {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    return { raw: url.pathname, decoded: decodeURIComponent(url.pathname), search: url.search };
  } catch {
    return undefined;
  }
}

function setHeaders(res: ServerResponse, headers: Record<string, string>) {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

export function createStaticServer(dir: string, options: StaticServerOptions = {}): Server {
  const root = resolve(dir);
  const policy = options.headers ? undefined : (options.policy ?? builtSitePolicy(root));
  const headersFor = options.headers ?? ((path: string) => headersForPath(path, policy));
  const notFound = join(root, '404.html');
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const gzipped = new Map<string, Buffer>();

  /** The file or folder inside the root a decoded path names, or undefined when it escapes the root. */
  const inRoot = (decoded: string) => {
    const file = resolve(root, `.${decoded}`);
    return file.startsWith(root + sep) || file === root ? file : undefined;
  };
  const isDir = (file: string | undefined) => !!file && existsSync(file) && statSync(file).isDirectory();

  /** The file a GET for `path` would serve, when it is a text file worth compressing. */
  const textFile = (decoded: string) => {
    let file = inRoot(decoded);
    if (!file) return undefined;
    if (isDir(file)) file = join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() && TEXT_TYPES[extname(file)] ? file : undefined;
  };

  const sendNotFound = (res: ServerResponse) => {
    setHeaders(res, headersFor('/404.html'));
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  };

  return createServer((req, res) => {
    const path = requestPath(req);
    if (!path) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Bad request: malformed URL');
      return;
    }
    // Real hosts never serve their header file.
    if (path.decoded === '/_headers') return sendNotFound(res);
    // A folder asked for without its trailing slash: redirect, as static hosts do, so relative
    // links resolve and the page is only ever served (and given its headers) at one address.
    if (
      !path.raw.endsWith('/') &&
      isDir(inRoot(path.decoded)) &&
      existsSync(join(inRoot(path.decoded)!, 'index.html'))
    ) {
      setHeaders(res, headersFor(`${path.raw}/`));
      res.statusCode = 301;
      res.setHeader('Location', `${path.raw}/${path.search}`);
      res.end();
      return;
    }
    setHeaders(res, headersFor(path.raw));
    if (options.gzip && req.method === 'GET' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const file = textFile(path.decoded);
      if (file) {
        let body = gzipped.get(file);
        if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
        res.setHeader('Content-Type', TEXT_TYPES[extname(file)]!);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', body.length);
        const hold = options.holdHtml;
        if (!hold || extname(file) !== '.html' || body.length <= hold.bytes) return void res.end(body);
        const rest = body.subarray(hold.bytes);
        res.write(body.subarray(0, hold.bytes), () => hold.held(path.raw, () => void res.end(rest)));
        return;
      }
    }
    files(req, res, () => sendNotFound(res));
  });
}

export interface LocalSite {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

/** Starts `server` on a free port of 127.0.0.1; `close` also ends kept-alive and held connections. */
export async function listenLocally(server: Server): Promise<LocalSite> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
