// Search across scripts, languages and spellings, as a visitor types it: every exhibit of the
// fixture is written in one script only (as real catalogues are), and the queries are in
// another. Run in each interface language: the engine must not depend on it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Showcase, useBrowser } from './harness.mjs';

const env = useBrowser();
const fixture = () => `${env.other.origin}/fixtures/scripts.json`;

async function open(lang) {
  const app = await Showcase.open(env, `?catalogue=${encodeURIComponent(fixture())}&lang=${lang}`);
  await app.loaded();
  return app;
}

/** Ids of the cards shown, in order (from their links). */
async function shown(app) {
  const hrefs = await app.cards().locator('.card-title a').evaluateAll((links) => links.map((a) => a.href));
  return hrefs.map((h) => new URL(h).searchParams.get('exhibit'));
}

/** Types `query` into the search box and waits for the results to follow. */
async function search(app, query) {
  await app.search().fill(query);
  await app.page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q.trim() || document.querySelector('[data-testid=empty]'), query);
  await app.page.waitForTimeout(50);
}

const CASES = [
  // Japanese, simplified and traditional forms of the same characters.
  ['稻作', ['rice-ja']],
  ['发电', ['power-ja']],
  ['鐵鋼', ['scrap-tw', 'steel-ja']],
  ['鉄鋼', ['steel-ja', 'scrap-tw']],
  ['気象', ['weather-zh']],
  // Typos in alphabetic words.
  ['batery', ['battery-en']],
  ['sensr', ['markup-en', 'battery-en']],
  // Another language's word, from a keyword the catalogue gives in two.
  ['ドローン', ['sprayer-ja', 'drone-zh']],
];

for (const lang of ['en', 'zh', 'ja']) {
  describe(`search across scripts (${lang})`, () => {
    it('finds each exhibit from a query in another script, language or spelling', async () => {
      const app = await open(lang);
      for (const [query, expected] of CASES) {
        await search(app, query);
        assert.deepEqual(await shown(app), expected, `“${query}”`);
      }
      await app.close();
    });

    it('marks what matched, and says when it matched through another language', async () => {
      const app = await open(lang);
      await search(app, '发电');
      const title = app.cards().first().locator('.card-title');
      assert.deepEqual(await title.locator('mark').allTextContents(), ['発電']);
      await search(app, 'ドローン');
      const drone = app.cards().nth(1);
      assert.deepEqual(await drone.locator('.card-title mark').allTextContents(), ['无人机']);
      const why = await drone.getByTestId('why').textContent();
      assert.ok(why.includes('无人机') && why.includes('ドローン'), why);
      // The first card matched by its own keyword: nothing to explain.
      assert.equal(await app.cards().first().getByTestId('why').count(), 0);
      // The detail marks its title too and says why.
      await drone.locator('.card-title a').click();
      await app.dialog().waitFor({ state: 'visible' });
      assert.deepEqual(await app.dialog().locator('h2 mark').allTextContents(), ['无人机']);
      assert.ok((await app.dialog().getByTestId('why').textContent()).includes('ドローン'));
      await app.close();
    });
  });
}

describe('highlights and suggestions', () => {
  it('never turns catalogue text into markup', async () => {
    const app = await open('en');
    await search(app, 'sensor');
    const card = app.cards().first();
    const title = card.locator('.card-title');
    assert.equal(await title.textContent(), '<mark>x</mark> sensor');
    // One mark element: the matched word; the title's own "<mark>" is characters.
    assert.deepEqual(await title.locator('mark').allTextContents(), ['sensor']);
    assert.equal(await card.locator('b').count(), 0);
    await app.close();
  });

  it('shows a long summary from near its first match', async () => {
    const app = await open('en');
    await search(app, 'perovskite');
    const summary = app.cards().first().locator('.summary');
    assert.deepEqual(await summary.locator('mark').allTextContents(), ['perovskite']);
    const text = await summary.textContent();
    assert.ok(text.startsWith('…') && text.length < 150, text);
    // The match is within the lines the card shows, not clipped away.
    const [box, mark] = await Promise.all([summary.boundingBox(), summary.locator('mark').boundingBox()]);
    assert.ok(mark.y + mark.height <= box.y + box.height + 1, JSON.stringify({ box, mark }));
    // The detail shows the whole summary.
    await app.cards().first().locator('.card-title a').click();
    await app.dialog().waitFor({ state: 'visible' });
    assert.ok((await app.dialog().locator('.summary').textContent()).startsWith('The module'));
    await app.close();
  });

  it('suggests the nearest spelling that has results, and searches it on a click', async () => {
    const app = await open('en');
    await search(app, 'bttry');
    await app.page.getByTestId('empty').waitFor();
    const suggestion = app.page.getByTestId('suggestion');
    assert.match(await suggestion.textContent(), /Did you mean battery\?/);
    await suggestion.getByRole('button').click();
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'battery');
    assert.deepEqual(await shown(app), ['battery-en']);
    assert.equal(await app.search().inputValue(), 'battery');
    await app.close();
  });
});
