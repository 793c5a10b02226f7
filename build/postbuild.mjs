// trunk post-build hook (see Trunk.toml): finishes the release directory for static hosting.
//
// 1. embed.js, the script-embed loader, pointing at this build's hashed files.
// 2. embed-<hash>.css: the stylesheet for the embed's shadow root, every `rem` turned into
//    `var(--sc-rem)` (on a partner's page `rem` is their root size, not the visitor's).
// 3. _headers: cache and Content-Security-Policy headers (Netlify / Cloudflare Pages syntax,
//    and the reference for any other host), with the hash of the one inline script.
// 4. .br and .gz siblings of every text and wasm file, for hosts that serve them as they are.
// 0. (first) index.html's static first screen in three languages, its script, the meta
//    description and Open Graph tags; 5. the icons as PNG and the web app manifest;
//    6. (release) the service worker, by Workbox (build/worker.mjs).
//
// Usage: run by trunk with TRUNK_STAGING_DIR set, or `node build/postbuild.mjs <dir>`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { finishPage, writeIcons } from './page.mjs';
import { writeWorker } from './worker.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node build/postbuild.mjs <dist dir> (or run it as a trunk hook)');

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest']);

const digest = (algorithm, bytes, encoding) => createHash(algorithm).update(bytes).digest(encoding);
const sri = (bytes) => `sha384-${digest('sha384', bytes, 'base64')}`;

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function only(pattern) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${found}`);
  return found[0];
}

const release = process.env.TRUNK_PROFILE !== 'debug';
// 0. Before anything reads index.html: the CSP hashes and the worker's manifest cover the result.
const html = finishPage(dir);
writeFileSync(join(dir, 'index.html'), html);
// 5.
writeIcons(dir);
const js = only(/^showcase-[0-9a-f]+\.js$/);
const wasm = only(/^showcase-[0-9a-f]+_bg\.wasm$/);
const css = only(/^main-[0-9a-f]+\.css$/);

// 2. The shadow-root stylesheet. Query preludes (@media, @container) cannot use var(). The
// rewrite goes line by line, so it relies on the stylesheet being unminified, each at-rule
// prelude on a line of its own: fail loudly rather than ship a half-rewritten stylesheet.
const mainCss = readFileSync(join(dir, css), 'utf8');
const atRules = mainCss.split('\n').filter((line) => line.trimStart().startsWith('@'));
const oneRulePerLine = mainCss.split('\n').every((line) => (line.match(/[{}]/g) ?? []).length <= 2);
if (!oneRulePerLine || atRules.some((line) => !/[{;]\s*$/.test(line))) {
  throw new Error(`${css} is not laid out one rule per line; the rem rewrite needs it unminified`);
}
const embedCss = mainCss
  .split('\n')
  .map((line) => (line.trimStart().startsWith('@')
    ? line
    : line.replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--sc-rem, 16px))')))
  .join('\n');
const embedCssName = `embed-${digest('sha256', embedCss, 'hex').slice(0, 16)}.css`;
writeFileSync(join(dir, embedCssName), embedCss);

// 1. The loader.
const loader = readFileSync(join(here, 'embed.template.js'), 'utf8')
  .replaceAll('@@JS@@', js)
  .replaceAll('@@WASM@@', wasm)
  .replaceAll('@@WASM_SRI@@', sri(readFileSync(join(dir, wasm))))
  .replaceAll('@@CSS@@', embedCssName)
  .replaceAll('@@CSS_SRI@@', sri(Buffer.from(embedCss)));
if (/@@[A-Z_]+@@/.test(loader)) throw new Error('embed.template.js has an unknown placeholder');
writeFileSync(join(dir, 'embed.js'), loader);

// 3. Headers. The inline script is trunk's start-up module; its hash is its only allowance.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${digest('sha256', body, 'base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' https: data:",
  // Catalogues may live on any https origin; narrow this to yours.
  "connect-src 'self' https:",
  "frame-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');
const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'public, max-age=0, must-revalidate';
// Hosts join the values of every rule that matches a path, so each path gets one
// Cache-Control from exactly one rule: hashed files are immutable, everything else revalidates.
const hashed = [js, wasm, css, embedCssName];
// The embed-code page's bundle keeps fixed names (trunk does not hash a second app), so it
// revalidates like the pages.
const stable = ['/', '/index.html', '/embed.js', '/embed-frame.js', '/builder-start.js', '/builder.js',
  '/builder_bg.wasm', '/catalogues/*', '/schema/*', '/icons/*', '/manifest.webmanifest', '/sw-extra.js'];
writeFileSync(join(dir, '_headers'), [
  '# Generated by build/postbuild.mjs. Netlify / Cloudflare Pages syntax; see README "Deploy".',
  '# Paths are relative to where the build is served; prefix them when it lives in a sub-path.',
  '/*',
  `  Content-Security-Policy: ${csp}`,
  '  X-Content-Type-Options: nosniff',
  // The script embed loads these files from partners' pages, which needs CORS.
  '  Access-Control-Allow-Origin: *',
  ...hashed.flatMap((f) => [`/${f}`, `  Cache-Control: ${immutable}`]),
  ...stable.flatMap((p) => [p, `  Cache-Control: ${revalidate}`]),
  // The service worker: the browser compares it byte for byte on each visit to find a new build.
  '/sw.js',
  '  Cache-Control: no-cache',
  '',
].join('\n'));
writeFileSync(join(dir, 'csp.txt'), `${csp}\n`);

// 6. The service worker, release builds only (under `trunk serve` it would cache what is being
// edited). It precaches this build's files, so it comes after every file above.
if (release) await writeWorker(dir, { hashed: [js, wasm, css], build: js.match(/-([0-9a-f]+)\.js$/)[1] });

// 4. Pre-compressed siblings, last, so they cover everything above. Release builds only:
// brotli at quality 11 takes long on a debug wasm, and `trunk serve` compresses on the fly.
let count = 0;
for (const path of release ? files(dir) : []) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  }));
  count += 1;
}
console.log(`postbuild: embed.js, ${embedCssName}, _headers, csp.txt; .br + .gz for ${count} files in ${relative(process.cwd(), dir) || '.'}`);
