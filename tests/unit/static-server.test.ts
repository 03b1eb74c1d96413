/**
 * The preview server (scripts/lib/static-server.ts) over a small made-up site: malformed requests
 * sent as raw bytes get 400 and the server lives on; a folder without its slash redirects; every
 * response carries the header policy’s headers (or, with the `headers` option, the given ones);
 * `_headers` is not served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { headersForPath } from '../../src/lib/security/policy.ts';

let dir: string;
const servers: { plain?: Server; gzip?: Server } = {};
const port = (server: Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nk-static-'));
  mkdirSync(join(dir, 'troops'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, 'troops', 'index.html'), '<!doctype html><title>troops</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dir, '_headers'), '/*\n  X-Test: 1\n');
  writeFileSync(join(dir, 'base.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
  for (const [key, gzip] of [
    ['plain', false],
    ['gzip', true],
  ] as const) {
    const server = createStaticServer(dir, { gzip, policy: {} });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    servers[key] = server;
  }
});

afterAll(async () => {
  for (const server of Object.values(servers)) await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

/** Sends bytes as they are (fetch would refuse or fix these URLs) and returns the status line. */
function raw(server: Server, request: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port(server), '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => done(text.split('\r\n')[0] ?? ''));
    socket.on('error', fail);
    socket.end(request);
  });
}

describe('malformed requests', () => {
  it.each([
    ['an absolute-form URL that does not parse', 'GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['bad percent-encoding', 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    [
      'bad percent-encoding, gzip accepted',
      'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n',
    ],
  ])('%s: 400, and the server still answers', async (_what, request) => {
    for (const server of [servers.plain!, servers.gzip!]) {
      expect(await raw(server, request)).toBe('HTTP/1.1 400 Bad Request');
      const after = await fetch(`http://127.0.0.1:${port(server)}/`);
      expect(after.status).toBe(200);
    }
  });
});

describe('paths', () => {
  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const response = await fetch(`http://127.0.0.1:${port(servers.plain!)}/troops?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/troops/?x=1');
    expect(response.headers.get('content-security-policy')).toBe(headersForPath('/troops/')['Content-Security-Policy']);
  });

  it('sends the policy’s headers for a page, read from the policy (not from a _headers file)', async () => {
    for (const server of [servers.plain!, servers.gzip!]) {
      const response = await fetch(`http://127.0.0.1:${port(server)}/troops/`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(headersForPath('/troops/')))
        expect(response.headers.get(name), name).toBe(value);
      expect(response.headers.get('x-test')).toBeNull();
    }
  });

  it('compresses GeoJSON like the other text types (the interactive map’s base layer is one)', async () => {
    const response = await fetch(`http://127.0.0.1:${port(servers.gzip!)}/base.geojson`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(await response.json()).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('answers an unknown path, and _headers, with the 404 page and the 404 page’s headers', async () => {
    for (const path of ['/nowhere/', '/_headers']) {
      const response = await fetch(`http://127.0.0.1:${port(servers.plain!)}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('not found');
      expect(response.headers.get('content-security-policy')).toBe(
        headersForPath('/404.html')['Content-Security-Policy'],
      );
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });
});

describe('headers option', () => {
  it('sends the given headers instead of the policy’s, on pages, redirects and the 404 page', async () => {
    const server = createStaticServer(dir, { gzip: true, headers: (path) => ({ 'X-Path': path }) });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const page = await fetch(`http://127.0.0.1:${port(server)}/troops/`);
      expect(page.headers.get('x-path')).toBe('/troops/');
      expect(page.headers.get('content-security-policy')).toBeNull();
      const redirect = await fetch(`http://127.0.0.1:${port(server)}/troops`, { redirect: 'manual' });
      expect(redirect.headers.get('x-path')).toBe('/troops/');
      const missing = await fetch(`http://127.0.0.1:${port(server)}/nowhere/`);
      expect([missing.status, missing.headers.get('x-path')]).toEqual([404, '/404.html']);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
