// The published JSON Schemas accept the bundled demo and the good fixtures, and reject the
// broken fixture at the same place the app reports it. Keeps schema and parser honest.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const read = (...p) => JSON.parse(readFileSync(resolve(root, ...p), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
const catalogue = ajv.compile(read('public/schema/catalogue-v1.schema.json'));
const index = ajv.compile(read('public/schema/index-v1.schema.json'));

describe('JSON Schemas', () => {
  it('accept every bundled demo catalogue and the index', () => {
    const dir = 'public/catalogues';
    for (const file of readdirSync(resolve(root, dir))) {
      const doc = read(dir, file);
      const validate = doc.format.startsWith('showcase-index/') ? index : catalogue;
      assert.ok(validate(doc), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('accept the good fixtures', () => {
    assert.ok(catalogue(read('tests/fixtures/partner-extra.json')), ajv.errorsText(catalogue.errors));
  });

  it('reject a wrong type where the app reports it, and a future major version', () => {
    assert.equal(catalogue(read('tests/fixtures/broken-format.json')), false);
    assert.ok(catalogue.errors.some((e) => e.instancePath === '/exhibits/1/trl'), ajv.errorsText(catalogue.errors));
    assert.equal(catalogue(read('tests/fixtures/future-format.json')), false);
    assert.ok(catalogue({ format: 'showcase/1.4', id: 'minor', title: 'Minor versions only add keys' }));
  });
});
