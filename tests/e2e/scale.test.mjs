// The DOM-node budget at scale (issue #5): whatever matches, the page holds at most 1,500
// elements, while counts stay exact. Uses the benchmark's deterministic generator, so the
// catalogue is the same on every machine. (Speed is measured by `bash .ci/bench`, not here.)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../bench/generate.mjs';
import { Showcase, useBrowser } from './harness.mjs';

const BUDGET = 1500;
const SIZE = 10000;
const dataDir = mkdtempSync(join(tmpdir(), 'showcase-scale-'));
const text = generate(SIZE);
writeFileSync(join(dataDir, `bench-${SIZE}.json`), text);
const catalogue = JSON.parse(text);
after(() => rmSync(dataDir, { recursive: true, force: true }));

const env = useBrowser({ dataDir });
const elements = (app) => app.page.evaluate(() => document.getElementsByTagName('*').length);

describe(`${SIZE.toLocaleString('en')} exhibits`, () => {
  let app;
  before(async () => {
    app = await Showcase.open(env, `?catalogue=${encodeURIComponent(`${env.server.origin}/data/bench-${SIZE}.json`)}`);
    await app.loaded();
  });
  after(() => app.close());

  it('stay within the DOM budget on load, with an exact count', async () => {
    assert.deepEqual(await app.counts(), [SIZE, SIZE]);
    const n = await elements(app);
    assert.ok(n <= BUDGET, `${n} elements`);
  });

  it('stay within it while searching, filtering and paging, with exact facet counts', async () => {
    await app.search().fill('sensor');
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'sensor');
    assert.ok(await elements(app) <= BUDGET);
    await app.search().fill('');
    const agriculture = catalogue.exhibits.filter((e) => e.fields.includes('agriculture')).length;
    assert.equal(await app.optionCount('field', 'agriculture'), agriculture);
    await app.option('field', 'agriculture').check();
    await app.page.waitForFunction((n) => /\d/.test(document.querySelector('[data-testid=count]').textContent)
      && document.querySelector('[data-testid=count]').textContent.replace(/,/g, '').startsWith(String(n)), agriculture);
    await app.page.getByTestId('page-next').click();
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('p') === '2');
    const n = await elements(app);
    assert.ok(n <= BUDGET, `${n} elements on page 2`);
    // A long facet shows its top options; every university is one click away.
    const universities = new Set(catalogue.exhibits.map((e) => e.institution)).size;
    assert.ok(universities > 100);
    assert.ok(await app.facet('institution').locator('input').count() <= 11);
    await app.facet('institution').locator('.facet-more').click();
    assert.equal(await app.facet('institution').locator('input').count(),
      new Set(catalogue.exhibits.filter((e) => e.fields.includes('agriculture')).map((e) => e.institution)).size);
  });
});
