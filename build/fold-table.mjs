// Generates src/search/fold/variants.bin, the table that folds simplified Chinese, traditional
// Chinese and Japanese shinjitai/kyūjitai forms of a character to one canonical character.
//
// Source: OpenCC's character tables as shipped by the npm package opencc-js (pinned in
// package.json; OpenCC and its data are Apache-2.0, see node_modules/opencc-js/LICENSE). Every
// one-character-to-one-character pair of the tables below says two characters are variants;
// the variant classes are the connected components of those pairs, and each class folds to its
// smallest code point (any fixed choice works: index and query are folded alike).
//
// Format (read by src/search/fold/mod.rs): the non-canonical characters in ascending order, one
// entry each: LEB128 varint of (code point − previous entry's code point), then LEB128 varint of
// zigzag(canonical − code point). A sorted delta table, not a map literal: 5,000 entries in
// about 18 KB raw.
//
// Usage: node build/fold-table.mjs   (rewrites the .bin; `cargo test` checks it against the
// same tables, so an out-of-date table fails the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dict = `${root}node_modules/opencc-js/dist/esm-lib/dict/`;
export const TABLES = [
  'STCharacters', 'TSCharacters', // simplified ↔ traditional
  'JPShinjitaiCharacters', 'JPShinjitaiCharactersRev', // Japanese shinjitai ↔ traditional
  'HKVariants', 'HKVariantsRev', 'TWVariants', 'TWVariantsRev', // regional traditional forms
];

/** The one-character pairs of an OpenCC table (`key value value…|…`). */
function pairs(name) {
  const body = readFileSync(`${dict}${name}.js`, 'utf8').match(/"(.*)"/s)[1];
  const out = [];
  for (const line of body.split('|')) {
    const [key, ...values] = line.split(' ');
    for (const value of values) {
      if ([...key].length === 1 && [...value].length === 1 && key !== value) out.push([key, value]);
    }
  }
  return out;
}

/** Each character of a variant class → the class's canonical character (its smallest code
 * point), for every character that has variants. Also the tests' reference (tests/e2e). */
export function canonicalMap() {
  const parent = new Map();
  const find = (x) => {
    while (parent.get(x) !== x) { parent.set(x, parent.get(parent.get(x))); x = parent.get(x); }
    return x;
  };
  for (const table of TABLES) {
    for (const [a, b] of pairs(table)) {
      for (const c of [a, b]) if (!parent.has(c)) parent.set(c, c);
      const ra = find(a); const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    }
  }
  const smallest = new Map();
  for (const c of parent.keys()) {
    const root = find(c); const cp = c.codePointAt(0);
    if (!smallest.has(root) || cp < smallest.get(root)) smallest.set(root, cp);
  }
  return new Map([...parent.keys()].map((c) => [c, String.fromCodePoint(smallest.get(find(c)))]));
}

function write() {
  const canonical = canonicalMap();
  const entries = [...canonical]
    .map(([c, to]) => [c.codePointAt(0), to.codePointAt(0)])
    .filter(([c, to]) => c !== to)
    .sort((x, y) => x[0] - y[0]);
  const bytes = [];
  const varint = (n) => { while (n >= 0x80) { bytes.push((n & 0x7f) | 0x80); n >>>= 7; } bytes.push(n); };
  let previous = 0;
  for (const [c, canonical] of entries) {
    varint(c - previous);
    const d = canonical - c;
    varint(d >= 0 ? d * 2 : -d * 2 - 1);
    previous = c;
  }
  const version = JSON.parse(readFileSync(`${root}node_modules/opencc-js/package.json`, 'utf8')).version;
  writeFileSync(`${root}src/search/fold/variants.bin`, Buffer.from(bytes));
  console.log(`opencc-js ${version}: ${canonical.size} characters in ${new Set(canonical.values()).size} classes, ${entries.length} folded, ${bytes.length} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) write();
