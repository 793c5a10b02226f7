// The parts of the build that describe the page to browsers and link previews, written from
// the same texts the app speaks (src/i18n) and the bundled index, so they never drift:
// index.html's static first screen and meta tags, the icons as PNG and the web app manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const LANGS = ['en', 'zh', 'ja'];
const texts = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(join(root, 'src/i18n', `${l}.json`), 'utf8'))]));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The bundled index (catalogues/index.json) and whether all it lists are samples. */
function defaultExhibition(dir) {
  const index = JSON.parse(readFileSync(join(dir, 'catalogues/index.json'), 'utf8'));
  const listed = index.catalogues.map((c) => posix.join('catalogues', c));
  const sample = listed.every((path) => JSON.parse(readFileSync(join(dir, path), 'utf8')).sample === true);
  const title = typeof index.title === 'string' ? Object.fromEntries(LANGS.map((l) => [l, index.title])) : index.title;
  return { title, sample, sources: ['catalogues/index.json', ...listed] };
}

/** Text of `key` in every language: the i18n keys, and `index.title` for the bundled index. */
function textOf(key, exhibition) {
  const table = key === 'index.title' ? exhibition.title : Object.fromEntries(LANGS.map((l) => [l, texts[l][key]]));
  const en = table.en ?? Object.values(table)[0];
  if (typeof en !== 'string') throw new Error(`index.html names the text ${key}, which the i18n files do not have`);
  return Object.fromEntries(LANGS.map((l) => [l, table[l] ?? en]));
}

/** When the first screen's script and the start-up script ask for what the app needs: two
 * frames after the first paint, or at once in a tab opened in the background, which paints
 * no frame until it is shown. */
const AFTER_FIRST_FRAME = "(work) => (document.visibilityState === 'hidden' ? work() : requestAnimationFrame(() => requestAnimationFrame(work)))";

/** index.html with its shell written out, its script inlined and its meta tags filled. */
export function finishPage(dir) {
  const exhibition = defaultExhibition(dir);
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  // Each text in all three languages, one span each; the shell's CSS shows the visitor's.
  html = html.replace(/<(\w+)([^>]*?) data-i18n="([^"]+)"([^>]*)><\/\1>/g, (_, tag, before, key, after) => {
    const t = textOf(key, exhibition);
    const keep = !/data-if-sample/.test(before + after) || exhibition.sample;
    const spans = LANGS.map((l) => `<span lang="${l}">${escape(t[l])}</span>`).join('');
    return keep ? `<${tag}${before}${after}>${spans}</${tag}>` : '';
  });
  const script = readFileSync(join(here, 'shell.js'), 'utf8')
    .replace(/^\/\/.*\n/gm, '')
    .replace('@@DEFAULT_SOURCES@@', JSON.stringify(exhibition.sources))
    .replace('@@AFTER_FIRST_FRAME@@', AFTER_FIRST_FRAME)
    .trim();
  // The static first screen is painted before the app's code is even asked for. trunk's
  // start-up module imports the glue and awaits the wasm at its top level (Chromium holds the
  // first paint for that) and preloads both; started after the first frame instead, neither
  // shares the bandwidth with the stylesheet the first paint waits for, while the catalogues
  // (preloaded by the shell's script at the same moment) arrive meanwhile. Glue and wasm are
  // fetched in parallel and keep their Subresource Integrity: the glue through a
  // modulepreload link carrying trunk's hash, which the import then uses; the wasm by a fetch
  // with the hash trunk's preload carried.
  const preload = /<link rel="preload" href="(\.\/showcase-[0-9a-f]+_bg\.wasm)"[^>]*integrity="(sha384-[^"]+)"[^>]*>/;
  const modulePreload = /<link rel="modulepreload" href="(\.\/showcase-[0-9a-f]+\.js)"[^>]*integrity="(sha384-[^"]+)"[^>]*>/;
  const staticImport = /import init, \* as bindings from '([^']+)';\n/;
  const start = /const wasm = await init\(\{ module_or_path: '([^']+)' \}\);([\s\S]*?)(dispatchEvent\([^;]*;)/;
  const [link, wasm, integrity] = html.match(preload) ?? [];
  const [glueLink, glue, glueIntegrity] = html.match(modulePreload) ?? [];
  const [importLine, imported] = html.match(staticImport) ?? [];
  if (!link || !glueLink || !importLine || !start.test(html)) throw new Error("trunk's start-up script changed; see build/page.mjs");
  if (imported !== glue) throw new Error(`trunk imports ${imported} but preloads ${glue}`);
  html = html.replace(link, '').replace(glueLink, '').replace(importLine, '').replace(start, (_, path, between, event) => {
    if (path !== wasm) throw new Error(`trunk starts ${path} but preloads ${wasm}`);
    return [
      'const start = () => {',
      "  const glue = document.createElement('link');",
      `  Object.assign(glue, { rel: 'modulepreload', href: '${glue}', integrity: '${glueIntegrity}', crossOrigin: 'anonymous' });`,
      '  document.head.append(glue);',
      `  const module_or_path = fetch('${path}', { integrity: '${integrity}' });`,
      `  import('${glue}').then((bindings) => bindings.default({ module_or_path }).then((wasm) => {${between}${event}\n  }));`,
      '};',
      `(${AFTER_FIRST_FRAME})(start);`,
    ].join('\n');
  });
  const description = texts.en['app.tagline'];
  html = html
    .replace('@@SHELL_SCRIPT@@', () => script)
    .replaceAll('@@DESCRIPTION@@', escape(description))
    .replaceAll('@@OG_TITLE@@', escape(exhibition.title.en ?? texts.en['app.title']))
    // Link previews need an absolute address: SHOWCASE_PUBLIC_URL is where the build will live.
    // Without it the address stays relative, which some previewers resolve and others ignore.
    .replaceAll('@@OG_IMAGE@@', escape(process.env.SHOWCASE_PUBLIC_URL
      ? new URL('icons/og-image.png', process.env.SHOWCASE_PUBLIC_URL).href
      : 'icons/og-image.png'));
  if (/@@[A-Z_]+@@|data-i18n=/.test(html)) throw new Error('index.html has a placeholder postbuild does not know');
  return html;
}

const PNGS = [
  ['icons/icon.svg', 'icons/icon-32.png', 32],
  ['icons/icon.svg', 'icons/icon-192.png', 192],
  ['icons/icon.svg', 'icons/icon-512.png', 512],
  ['icons/icon.svg', 'icons/apple-touch-icon.png', 180],
  ['icons/icon-maskable.svg', 'icons/icon-maskable-512.png', 512],
];

/** The icons as PNG (from the SVGs in public/icons), the link-preview picture, the manifest. */
export function writeIcons(dir) {
  const render = (svg, width) => new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
  for (const [from, to, size] of PNGS) writeFileSync(join(dir, to), render(readFileSync(join(dir, from)), size));
  writeFileSync(join(dir, 'icons/og-image.png'), render(readFileSync(join(here, 'og-image.svg')), 1200));
  const names = textOf('app.title', {});
  const short = textOf('app.short_name', {});
  const manifest = {
    name: names.en,
    short_name: short.en,
    description: texts.en['app.tagline'],
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f7f7f5',
    theme_color: '#a4262c',
    icons: [
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // The manifest format has one language; `translations` is the proposal Chromium reads.
    translations: Object.fromEntries(['zh', 'ja'].map((l) => [l, { name: names[l], short_name: short[l], description: texts[l]['app.tagline'] }])),
  };
  writeFileSync(join(dir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
