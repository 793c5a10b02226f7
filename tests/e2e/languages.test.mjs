// The main flow in each interface language: switch, search in that language, filter, open a
// detail, and check that labels and counts read as the translation files say they should.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoExhibits, demoMentioning, demoTitle, Showcase, useBrowser } from './harness.mjs';

const env = useBrowser();
const DEMO = demoExhibits();
const messages = (lang) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/i18n/${lang}.json`, import.meta.url)), 'utf8'));
const fill = (template, args) => template.replace(/\{(\w+)\}/g, (_, k) => String(args[k]));
const grouped = (n) => n.toLocaleString('en-US');
// A message with plural forms, picked by CLDR's rules as the browser knows them (an oracle
// independent of the app's own table of rules).
const plural = (m, lang, key, n) => m[`${key}.${new Intl.PluralRules(lang).select(n)}`] ?? m[`${key}.other`];

const FLOWS = [
  { lang: 'en', from: 'ja', query: 'sensor' },
  { lang: 'zh', from: 'en', query: '低碳' },
  { lang: 'ja', from: 'zh', query: '農業' },
];

describe('the main flow in every language', () => {
  for (const { lang, from, query } of FLOWS) {
    it(`works in ${lang}`, async () => {
      const m = messages(lang);
      const app = await Showcase.open(env, `?lang=${from}`);
      await app.loaded();
      await app.page.getByTestId('lang').selectOption(lang);
      await app.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      assert.equal(await app.page.title(), demoTitle(lang));
      assert.equal((await app.page.locator('h1').textContent()).trim(), demoTitle(lang));
      assert.equal((await app.page.locator('.brand').textContent()).trim(), m['app.title']);
      assert.equal(await app.search().getAttribute('placeholder'), m['search.placeholder']);
      assert.equal((await app.page.locator('label[for=showcase-q]').textContent()).trim(), m['search.label']);
      assert.equal(await app.count().textContent(), fill(plural(m, lang, 'results.count', DEMO.length), { shown: grouped(DEMO.length), count: grouped(DEMO.length) }));

      const expected = demoMentioning(query);
      assert.ok(expected.length > 0, `the demo mentions ${query}`);
      await app.search().fill(query);
      await app.page.waitForFunction((q) => new URL(location).searchParams.get('q') === q, query);
      assert.equal(await app.count().textContent(), fill(plural(m, lang, 'results.count', DEMO.length), { shown: grouped(expected.length), count: grouped(DEMO.length) }));

      // Filter by a country, named in this language.
      const japan = app.facet('country').locator('label', { hasText: m['country.JP'] });
      const before = await app.cards().count();
      if (await japan.count()) {
        await japan.locator('input').check();
        await app.page.waitForFunction(() => new URL(location).searchParams.get('country') === 'JP');
        assert.ok((await app.cards().count()) <= before);
      }
      assert.equal((await app.facet('country').locator('legend').textContent()).trim(), m['facet.country']);

      await app.cards().first().locator('.card-title a').click();
      await app.dialog().waitFor({ state: 'visible' });
      const terms = await app.dialog().locator('dt').allTextContents();
      assert.ok(terms.includes(m['detail.institution']), `${terms}`);
      assert.equal((await app.dialog().getByTestId('detail-close').textContent()).trim(), m['detail.close']);
      assert.equal(app.params().get('lang'), lang);
      await app.close();
    });
  }

  it('marks text that fell back to another language', async () => {
    const onlyZh = DEMO.find((e) => typeof e.title === 'object' && Object.keys(e.title).join() === 'zh');
    assert.ok(onlyZh, 'the demo has an exhibit titled only in Chinese');
    const app = await Showcase.open(env, `?lang=en&exhibit=${onlyZh.id}`);
    await app.loaded();
    await app.dialog().waitFor({ state: 'visible' });
    const note = fill(messages('en')['card.fell_back'], { lang: '中文' });
    assert.match(await app.dialog().locator('.fallback').textContent(), new RegExp(`${note} \\(zh\\)`));
    assert.equal(await app.dialog().locator('h2').getAttribute('lang'), 'zh');
    await app.close();
  });

  it('follows the browser language when the URL names none', async () => {
    const context = await env.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/cdn/showcase/`);
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    // The page title names the exhibition only once its catalogue has arrived.
    const expected = demoTitle('ja');
    await page
      .waitForFunction((title) => document.title === title, expected, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.title(), expected);
    await context.close();
  });

  it('sorts titles in the language collation', async () => {
    const app = await Showcase.open(env, '?lang=en&sort=title');
    await app.loaded();
    const titles = (await app.page.locator('.card-title').allTextContents()).map((t) => t.trim());
    const collator = new Intl.Collator('en');
    assert.deepEqual(titles, [...titles].sort(collator.compare));
    await app.close();
  });
});
