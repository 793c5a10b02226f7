// The release build as a CDN serves it: hashed names with Subresource Integrity, a `.br` and
// a `.gz` sibling for every text and wasm file, and a run under a strict
// Content-Security-Policy whose only inline allowance is the hash of trunk's start-up script.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { APP_PATH, demoExhibits, Showcase, useBrowser } from './harness.mjs';
import { entryPoints } from '../bench/sizes.mjs';

const dist = process.env.SHOWCASE_DIST;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const sha = (alg, bytes) => createHash(alg).update(bytes).digest('base64');

// Computed here from the served page, independently of the build's own _headers.
const inlineHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${sha('sha256', m[1])}'`);
const STRICT = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.join(' ')}`,
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const env = useBrowser({ appHeaders: { 'content-security-policy': STRICT } });

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('release build on a CDN', () => {
  it('names app assets by content hash and keeps their integrity', () => {
    // The stylesheet by its link; the glue and the wasm by the start-up script, which asks
    // for them after the first paint.
    const refs = [
      ...html.matchAll(/(?:href|src)="\.\/([^"]+)"[^>]*?integrity="(sha384-[^"]+)"/g),
      ...html.matchAll(/href: '\.\/([^']+\.js)', integrity: '(sha384-[^']+)'/g),
      ...html.matchAll(/fetch\('\.\/([^']+_bg\.wasm)', \{ integrity: '(sha384-[^']+)' \}\)/g),
    ];
    const names = refs.map((m) => m[1]).sort();
    assert.equal(names.length, 3, names.join(', '));
    for (const [, name, integrity] of refs) {
      assert.match(name, /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/, `${name} is content-hashed`);
      assert.equal(integrity, `sha384-${sha('sha384', readFileSync(join(dist, name)))}`, name);
    }
    // The script embed's loader points at the same build, with the same care.
    const loader = readFileSync(join(dist, 'embed.js'), 'utf8');
    const wasm = names.find((n) => n.endsWith('.wasm'));
    assert.ok(loader.includes(`'${wasm}'`));
    assert.ok(loader.includes(`sha384-${sha('sha384', readFileSync(join(dist, wasm)))}`));
    const css = loader.match(/'(embed-[0-9a-f]+\.css)'/)[1];
    assert.ok(loader.includes(`sha384-${sha('sha384', readFileSync(join(dist, css)))}`));
  });

  it('ships a .br and a .gz sibling, byte-identical when decoded, for every text and wasm file', () => {
    const compressible = files(dist).filter((f) => ['.html', '.js', '.css', '.wasm', '.json'].includes(extname(f)));
    assert.ok(compressible.length >= 8, compressible.map((f) => relative(dist, f)).join(', '));
    for (const file of compressible) {
      const raw = readFileSync(file);
      assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), raw, `${relative(dist, file)}.br`);
      assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), raw, `${relative(dist, file)}.gz`);
    }
  });

  it('keeps the first visit within its byte ceiling', () => {
    // Issue #5's budget is 153,600 B brotli and is not met yet (`bash .ci/bench` reports the
    // figure). Until it is, this ceiling stops the bundle from growing unnoticed: lower it as
    // the bundle shrinks, never raise it without saying why in the commit. (Raised from
    // 209,000 for search across scripts, issue #12: the OpenCC folding table is 9.4 KB of it,
    // the vocabulary, CJK postings, thesaurus, typo matching, highlights and why-matched the
    // rest. Raised from 239,000 for format 1.1, issue #13: patents, inventors, media, logos and
    // the new event keys read, checked, searched and shown in the detail, and the footer's way
    // to the check page; the check page itself and the authors' texts ship in their own bundle.
    // Raised from 255,000 for following up, issue #14, whose allowance was 15 KB: Keep toggles,
    // the stored shortlist and its header link, the detail's QR code (3.9 KB of it) and related
    // exhibits, the print stylesheet; the shortlist, comparison and export pages and their
    // stylesheet ship in the second bundle. Raised from 269,000 for the venue and the phone,
    // issue #15, whose first-visit bytes are no longer on the critical path of the first paint
    // (index.html's static first screen paints with the HTML and CSS alone, 7 KB): the shell in
    // three languages (1.4 KB of HTML), the icon and manifest the browser fetches (0.7 KB),
    // and 15.5 KB of wasm: timeouts and Retry, the service worker's registration and update
    // notice, the offline notice, country names through Intl.DisplayNames, the staged start,
    // and the kiosk mode. The worker itself loads after the catalogues, in the background.
    // Raised from 289,000 for the programme and statistics pages, issue #16, which ship in the
    // second bundle: what stays is the header's two links, the two screens' names, and reading
    // an index's `about` and `organisers`, 2.5 KB of wasm. Raised from 291,500 for a slow
    // source that arrives after the app has shown its progress, issue #15 again: the
    // progress below the results, the title's line and the programme link kept while
    // loading, the start script that asks for the glue itself, 0.8 KB in all.)
    const CEILING = 292_000;
    const [page] = entryPoints(dist);
    assert.ok(page.total.brotli <= CEILING, `${page.total.brotli} B brotli > ${CEILING}`);
  });

  it('publishes the same script hash in its example headers', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    for (const hash of inlineHashes) assert.ok(headers.includes(hash), hash);
    assert.ok(headers.includes("'wasm-unsafe-eval'"));
    assert.doesNotMatch(headers, /unsafe-inline/);
  });
});

/** Records CSP violations in every frame of a page, from before any script runs. */
async function watchViolations(page) {
  const seen = [];
  await page.exposeFunction('reportViolation', (v) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

describe('strict Content-Security-Policy', () => {
  it('runs the app, its detail, an embed and the embed-code page without a violation', async () => {
    const showcase = await Showcase.open(env, '');
    const { page } = showcase;
    const violations = await watchViolations(page);
    const encodings = new Map();
    page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
    await page.reload();
    await showcase.loaded();
    assert.ok(await showcase.cards().count() > 0);
    const wasm = [...encodings.keys()].find((p) => p.endsWith('.wasm'));
    assert.equal(encodings.get(wasm), 'br', 'the .br sibling is what a CDN sends');

    await showcase.search().fill('rice');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'rice');
    await showcase.cards().first().locator('a').first().click();
    await showcase.dialog().waitFor();
    await page.keyboard.press('Escape');

    await page.goto(`${env.server.origin}${APP_PATH}?embed=1&theme=dark&accent=0b5cad&lock=field&field=tcm`);
    await showcase.loaded();
    assert.equal(await page.locator('.showcase').evaluate((r) => getComputedStyle(r).getPropertyValue('--sc-accent').trim()), '#0b5cad');

    await page.goto(`${env.server.origin}${APP_PATH}?page=embed`);
    const preview = await (await page.waitForSelector('[data-testid=embed-preview]')).contentFrame();
    await preview.waitForSelector('[data-testid=card]');

    // The follow-up pages: their adopted stylesheet, the QR codes' SVG, the share box.
    const ids = demoExhibits().slice(0, 2).map((e) => e.id).join(',');
    await page.goto(`${env.server.origin}${APP_PATH}?page=compare&keep=${ids}`);
    await page.getByTestId('compare-table').waitFor();
    assert.equal(await page.locator('.compare-scroll').evaluate((e) => getComputedStyle(e).overflowX), 'auto',
      'the pages\' stylesheet applies');
    await page.goto(`${env.server.origin}${APP_PATH}?page=shortlist&keep=${ids}`);
    await page.getByTestId('add-shared').click();
    await page.getByTestId('share-box').getByTestId('qr').waitFor();
    assert.deepEqual(violations, []);

    // The watcher can fail: an inline style attribute is exactly what the policy forbids.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page.waitForFunction(() => true);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(violations.some((v) => v.includes('style-src')), violations.join('\n'));
    await showcase.close();
  });
});
