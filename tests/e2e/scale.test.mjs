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
    await app.clickSettled('page-next');
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('p') === '2');
    const n = await elements(app);
    assert.ok(n <= BUDGET, `${n} elements on page 2`);
    // A long facet lists its busiest options, a few more on request, and finds any other by
    // name, in any language the catalogue gives: the page stays small all along.
    const universities = new Set(catalogue.exhibits.map((e) => e.institution)).size;
    assert.ok(universities > 100);
    const institution = app.facet('institution');
    const boxes = institution.locator('input[type=checkbox]');
    assert.equal(await boxes.count(), 10);
    await institution.locator('.facet-more').click();
    assert.equal(await boxes.count(), 50);
    assert.match(await institution.locator('.facet-note').textContent(), /^\d+ more: type a name/);
    assert.ok(await elements(app) <= BUDGET, `${await elements(app)} elements with a facet expanded`);
    // The rarest university among the agricultural exhibits, found by its Chinese name
    // while the interface is in English.
    const perInstitution = new Map();
    for (const e of catalogue.exhibits.filter((x) => x.fields.includes('agriculture'))) {
      perInstitution.set(e.institution, (perInstitution.get(e.institution) ?? 0) + 1);
    }
    const [rare, expected] = [...perInstitution].sort((a, b) => a[1] - b[1])[0];
    const name = catalogue.institutions.find((i) => i.id === rare).name.zh;
    await institution.getByTestId('facet-filter').fill(name);
    await app.option('institution', rare).check();
    await app.page.waitForFunction((n) => document.querySelector('[data-testid=count]').textContent.replace(/,/g, '').startsWith(String(n)), expected);
    assert.deepEqual((await app.counts())[0], expected);
    await institution.getByTestId('facet-filter').fill('no such university');
    assert.equal(await boxes.count(), 0);
    assert.equal(await institution.locator('.facet-note').textContent(), 'No option matches');
    assert.ok(await elements(app) <= BUDGET);
  });
});
