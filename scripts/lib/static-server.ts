/** A static file server for dist/ that applies Netlify-style `_headers` rules. Used by preview, tests and the benchmark. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { parseHeadersFile, headersFor } from '../../src/lib/headers-file.ts';

export interface StaticServerOptions {
  /**
   * Gzip text responses for clients that accept it, as static hosts do. Off by default (tests read
   * plain bodies); the benchmark turns it on so Lighthouse's transfer sizes match a real host.
   */
  gzip?: boolean;
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function createStaticServer(dir: string, options: StaticServerOptions = {}): Server {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFound = join(root, '404.html');
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const gzipped = new Map<string, Buffer>();

  /** The file a GET for `path` would serve, when it is a text file worth compressing. */
  const textFile = (path: string) => {
    let file = resolve(root, `.${decodeURIComponent(path)}`);
    if (!file.startsWith(root + sep) && file !== root) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) && statSync(file).isFile() && TEXT_TYPES[extname(file)] ? file : undefined;
  };

  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    if (options.gzip && req.method === 'GET' && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const file = textFile(path);
      if (file) {
        let body = gzipped.get(file);
        if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
        res.setHeader('Content-Type', TEXT_TYPES[extname(file)]!);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', body.length);
        res.end(body);
        return;
      }
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
}
