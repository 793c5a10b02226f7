// A static file server for the end-to-end tests, behaving like a plain CDN: files as they are,
// no rewrites, and a pre-compressed `.br`/`.gz` sibling when the browser accepts it (the way
// a CDN serves the build's own siblings). It mounts the release build under a sub-path, the
// test fixtures beside it, host pages a test registers, and a few routes that misbehave on
// purpose (HTTP 500, a slow stream for the progress display, /hang/… never answers).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const FIXTURES = resolve(here, '../fixtures');
export const APP_PATH = '/cdn/showcase/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A catalogue of `n` generated exhibits, for the progress display; `events`: with a
 * session; `sample`: marked as sample data (the notice). */
export function generatedCatalogue(n, { events = false, sample = true } = {}) {
  const exhibits = Array.from({ length: n }, (_, i) => ({
    id: `gen-${i}`,
    title: { en: `Generated exhibit ${i}`, ja: `生成された出展 ${i}` },
    summary: { en: 'Padding text so that the file is large enough to arrive in many chunks. '.repeat(3) },
    institution: 'gen-u',
    fields: ['gen-field'],
    trl: (i % 9) + 1,
    ...(events ? { events: ['gen-session'] } : {}),
  }));
  return JSON.stringify({
    format: 'showcase/1', id: 'generated', title: 'Generated', sample,
    institutions: [{ id: 'gen-u', name: 'Generated University', country: 'JP' }],
    fields: [{ id: 'gen-field', name: 'Generated field' }],
    ...(events ? { events: [{ id: 'gen-session', name: 'Generated session' }] } : {}),
    exhibits,
  });
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The encoded sibling to send for `path`, if the request accepts one and it exists. */
async function sibling(path, accept) {
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accept.includes(encoding) && await isFile(path + ext)) return { encoding, file: path + ext };
  }
  return null;
}

async function sendFile(res, path, headers, accept = '') {
  try {
    if (!await isFile(path)) throw new Error('not a file');
    const encoded = await sibling(path, accept);
    const body = await readFile(encoded?.file ?? path);
    const encoding = encoded ? { 'content-encoding': encoded.encoding, vary: 'accept-encoding' } : {};
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...encoding, ...headers });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers });
    res.end('not found');
  }
}

function inside(root, rel) {
  const path = normalize(join(root, decodeURIComponent(rel)));
  return path.startsWith(root) ? path : null;
}

/**
 * Starts a server on an ephemeral port of 127.0.0.1.
 * `dist`: the release build, served under APP_PATH. `cors`: send Access-Control-Allow-Origin.
 * `appHeaders`: extra headers for the build's files (a Content-Security-Policy, say).
 * `dataDir`: files served under /data/ (the benchmark's generated catalogues).
 * The returned `page(path, html)` serves `html` at `path`, for host pages.
 */
export async function startServer({ dist, cors = false, appHeaders = {}, dataDir } = {}) {
  const headers = cors ? { 'access-control-allow-origin': '*' } : {};
  const pages = new Map();
  const hung = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = url.pathname;
    if (pages.has(p)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      return res.end(pages.get(p));
    }
    // A source that never answers (until a test registers a page at its path).
    if (p.startsWith('/hang/')) {
      hung.add(res);
      return undefined;
    }
    if (p === '/status/500') {
      res.writeHead(500, headers);
      return res.end('boom');
    }
    if (p === '/slow/catalogue.json') {
      const body = Buffer.from(generatedCatalogue(Number(url.searchParams.get('n') ?? 2000), {
        events: url.searchParams.has('events'),
        sample: url.searchParams.get('sample') !== '0',
      }));
      res.writeHead(200, { 'content-type': TYPES['.json'], 'content-length': body.length, ...headers });
      const chunk = Math.ceil(body.length / 20);
      for (let at = 0; at < body.length; at += chunk) {
        res.write(body.subarray(at, at + chunk));
        await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 100)));
      }
      return res.end();
    }
    if (dataDir && p.startsWith('/data/')) {
      const file = inside(resolve(dataDir), p.slice('/data/'.length));
      return sendFile(res, file ?? '/nonexistent', headers);
    }
    if (p.startsWith('/fixtures/')) {
      const file = inside(FIXTURES, p.slice('/fixtures/'.length));
      return file ? sendFile(res, file, headers) : sendFile(res, '/nonexistent', headers);
    }
    if (dist && p.startsWith(APP_PATH)) {
      let rel = p.slice(APP_PATH.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = inside(resolve(dist), rel);
      const all = { ...headers, ...appHeaders };
      return sendFile(res, file ?? '/nonexistent', all, req.headers['accept-encoding'] ?? '');
    }
    res.writeHead(404, headers);
    res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => pages.set(path, html),
    close: () => {
      for (const res of hung) res.destroy();
      server.closeAllConnections?.();
      return new Promise((r) => server.close(r));
    },
  };
}
