// What each entry point of a release build makes the browser download, in bytes: raw,
// gzip -9 and brotli (quality 11). Shared by `.ci/bundle-size` and the benchmark.
// Usage: node tests/bench/sizes.mjs <dist>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measureFile(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The groups of files a visitor downloads, read from the build itself. */
export function entryPoints(dist) {
  const text = (f) => readFileSync(join(dist, f), 'utf8');
  // The stylesheet (href="./…"), the bundle the start-up script imports and starts ('./…'),
  // and what Chromium fetches for the page itself: its SVG icon and the manifest.
  const html = text('index.html');
  const pageAssets = [
    ...[...html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/'\.\/([^']+\.(?:js|wasm))'/g)].map((m) => m[1]),
    ...[...html.matchAll(/href="((?:icons\/icon\.svg)|manifest\.webmanifest)"/g)].map((m) => m[1]),
  ];
  const page = ['index.html', ...new Set(pageAssets)];
  const js = page.find((f) => f.endsWith('.js'));
  const wasm = page.find((f) => f.endsWith('.wasm'));
  const embedCss = text('embed.js').match(/'(embed-[0-9a-f]+\.css)'/)[1];
  const index = JSON.parse(text('catalogues/index.json'));
  return [
    { title: 'first visit: the app page', files: page },
    { title: 'script embed: embed.js and what it loads', files: ['embed.js', js, wasm, embedCss] },
    { title: 'the second bundle: authors\' and follow-up pages, loaded only when one is opened',
      files: ['builder-start.js', 'builder.js', 'builder_bg.wasm'] },
    { title: 'demo catalogues (data, fetched at run time)',
      files: ['catalogues/index.json', ...index.catalogues.map((c) => `catalogues/${c}`)] },
  ].map((group) => {
    const rows = group.files.map((f) => measureFile(dist, f));
    const total = (k) => rows.reduce((t, r) => t + r[k], 0);
    return { ...group, rows, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
  });
}

export function printSizes(groups) {
  const n = (v) => v.toLocaleString('en').padStart(10);
  console.log(`${'bytes'.padEnd(46)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const g of groups) {
    console.log(`\n${g.title}`);
    for (const r of g.rows) console.log(`  ${r.file.padEnd(44)} ${n(r.raw)} ${n(r.gzip)} ${n(r.brotli)}`);
    console.log(`  ${'total'.padEnd(44)} ${n(g.total.raw)} ${n(g.total.gzip)} ${n(g.total.brotli)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printSizes(entryPoints(process.argv[2]));
}
