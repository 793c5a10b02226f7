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

  it('accept the format 1.1 keys, and reject a patent status or an event time the app refuses', () => {
    const doc = (exhibit = {}, event = {}) => ({
      format: 'showcase/1.1',
      id: 'v1-1',
      title: 'Format 1.1',
      institutions: [{ id: 'u', name: 'U', country: 'JP', logo: 'logo.png' }],
      fields: [{ id: 'f', name: 'F' }],
      events: [{
        id: 'e', name: 'E', kind: 'sub-forum', description: { en: 'About E' },
        start: '2022-11-28T09:30+09:00', end: '2022-11-29', institutions: ['u'], ...event,
      }],
      exhibits: [{
        id: 'x', title: 'X', summary: 'S', institution: 'u', fields: ['f'], events: ['e'],
        patents: [{ number: 'JP-SAMPLE-0001', office: 'JP', status: 'granted', url: 'https://example.org/p', title: 'P' }],
        inventors: [{ name: { en: 'Team' }, url: 'mailto:team@example.org' }],
        media: [{ kind: 'image', url: 'x.png', caption: 'X' }, { kind: 'document', url: 'https://example.org/x.pdf' }],
        ...exhibit,
      }],
    });
    assert.ok(catalogue(doc()), ajv.errorsText(catalogue.errors));
    assert.equal(catalogue(doc({ patents: [{ number: 'JP-SAMPLE-0001', status: 'maybe' }] })), false);
    assert.ok(catalogue.errors.some((e) => e.instancePath === '/exhibits/0/patents/0/status'), ajv.errorsText(catalogue.errors));
    assert.equal(catalogue(doc({}, { start: '2022-11-28T09:30' })), false);
    assert.ok(catalogue.errors.some((e) => e.instancePath === '/events/0/start'), ajv.errorsText(catalogue.errors));
  });
});
