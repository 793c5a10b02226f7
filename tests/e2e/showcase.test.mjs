// End-to-end: the release build, served like a CDN serves it, used like a visitor uses it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoExhibits, demoMentioning, demoTitle, Showcase, useBrowser } from './harness.mjs';

const env = useBrowser();
const DEMO = demoExhibits();

describe('the demo exhibition', () => {
  it('loads from a sub-path and shows every bundled exhibit as a card', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    assert.deepEqual(await app.counts(), [DEMO.length, DEMO.length]);
    // Pages of 48 cards; the page is in the URL, and focus lands where the new page begins.
    assert.equal(await app.cards().count(), Math.min(48, DEMO.length));
    if (DEMO.length > 48) {
      const first = await app.cards().first().locator('.card-title a').textContent();
      await app.clickSettled('page-next');
      await app.page.waitForFunction(() => new URL(location.href).searchParams.get('p') === '2');
      assert.equal(await app.cards().count(), DEMO.length - 48);
      assert.equal(await app.page.evaluate(() => document.activeElement.id), 'showcase-results-heading');
      assert.match(await app.page.getByTestId('page-of').textContent(), /2\D+2/);
      await app.page.goBack();
      await app.page.waitForFunction((t) => document.querySelector('[data-testid=card] .card-title a')?.textContent === t, first);
      // A new question starts on page one.
      await app.clickSettled('page-next');
      await app.search().fill('a');
      await app.page.waitForFunction(() => !new URL(location.href).searchParams.has('p'));
    }
    // The header and the page are named after the exhibition the index describes.
    assert.equal(await app.page.title(), demoTitle('en'));
    assert.equal((await app.page.locator('h1').textContent()).trim(), demoTitle('en'));
    await app.page.getByTestId('sample-notice').waitFor();
    await app.close();
  });

  it('narrows as the visitor types, including two-character CJK queries', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    const expected = demoMentioning('農業');
    assert.ok(expected.length > 0 && expected.length < DEMO.length, 'the demo mentions 農業 in some exhibits');
    await app.search().pressSequentially('農業');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('q') === '農業');
    assert.deepEqual(await app.counts(), [expected.length, DEMO.length]);
    assert.equal(await app.cards().count(), expected.length);
    // The same for a Chinese query.
    await app.search().fill('低碳');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('q') === '低碳');
    assert.deepEqual(await app.counts(), [demoMentioning('低碳').length, DEMO.length]);
    // Full-width letters find the same exhibits as half-width ones.
    await app.search().fill('AI');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('q') === 'AI');
    const half = await app.counts();
    await app.search().fill('ＡＩ');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('q') === 'ＡＩ');
    assert.deepEqual(await app.counts(), half);
    await app.close();
  });

  it('filters with counts that predict the result and add up', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    const cn = await app.optionCount('country', 'CN');
    const jp = await app.optionCount('country', 'JP');
    assert.equal(cn + jp, DEMO.length);
    const agriculture = await app.optionCount('field', 'agriculture');
    await app.option('field', 'agriculture').check();
    await app.page.waitForFunction(() => new URL(location).searchParams.get('field') === 'agriculture');
    assert.deepEqual(await app.counts(), [agriculture, DEMO.length]);
    assert.equal(await app.cards().count(), agriculture);
    // Country counts now count agricultural exhibits only, and still add up.
    const cnAgri = await app.optionCount('country', 'CN');
    const jpAgri = await app.optionCount('country', 'JP');
    assert.equal(cnAgri + jpAgri, agriculture);
    await app.option('country', 'JP').check();
    await app.page.waitForFunction(() => new URL(location).searchParams.get('country') === 'JP');
    assert.deepEqual(await app.counts(), [jpAgri, DEMO.length]);
    // OR within a facet: adding a second field widens.
    const tcmCount = await app.optionCount('field', 'ict');
    await app.option('field', 'ict').check();
    const [widened] = await app.counts();
    assert.ok(widened >= jpAgri && widened <= jpAgri + tcmCount, `${widened}`);
    // A chip removes its filter; "clear all" removes everything.
    await app.page.getByRole('button', { name: /Remove filter: Country: Japan/ }).click();
    await app.page.waitForFunction(() => !new URL(location).searchParams.has('country'));
    await app.page.getByTestId('clear-all').click();
    await app.page.waitForFunction(() => location.search === '');
    assert.deepEqual(await app.counts(), [DEMO.length, DEMO.length]);
    await app.close();
  });

  it('restricts the TRL range and sorts', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    await app.page.getByTestId('trl-min').selectOption('7');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('trl') === '7-9');
    const expected = DEMO.filter((e) => e.trl >= 7).length;
    assert.deepEqual(await app.counts(), [expected, DEMO.length]);
    await app.page.getByTestId('sort').selectOption('trl');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('sort') === 'trl');
    const badges = await app.page.locator('[data-testid=card] .badge.trl').allTextContents();
    const levels = badges.map((b) => Number(b.replace(/\D/g, '')));
    assert.equal(levels.length, expected);
    assert.deepEqual(levels, [...levels].sort((a, b) => b - a));
    assert.equal(app.params().get('sort'), 'trl');
    await app.close();
  });

  it('says which filters to loosen when nothing matches', async () => {
    const app = await Showcase.open(env, '?q=rice&field=tcm&lang=en');
    await app.loaded();
    await app.page.getByTestId('empty').waitFor();
    assert.equal(await app.cards().count(), 0);
    const loosen = app.page.getByTestId('empty').getByRole('button');
    assert.ok((await loosen.count()) >= 2);
    await loosen.filter({ hasText: 'Field' }).click();
    await app.page.waitForFunction(() => !new URL(location).searchParams.has('field'));
    assert.ok((await app.cards().count()) > 0);
    await app.close();
  });

  it('opens a detail from a card, closes it with Escape, and back reopens it', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    const first = app.cards().first().locator('.card-title a');
    const title = (await first.textContent()).trim();
    await first.click();
    await app.dialog().waitFor({ state: 'visible' });
    await app.page.waitForFunction(() => new URL(location).searchParams.has('exhibit'));
    const id = app.params().get('exhibit');
    const exhibit = DEMO.find((e) => e.id === id);
    assert.ok(exhibit, `exhibit=${id} is a demo exhibit`);
    assert.equal((await app.dialog().locator('h2').textContent()).trim(), title);
    if (exhibit.contact?.email) {
      const href = await app.dialog().getByTestId('mailto').getAttribute('href');
      assert.ok(href.startsWith(`mailto:${exhibit.contact.email}?subject=`), href);
      assert.ok(decodeURIComponent(href.split('subject=')[1]).includes(title), href);
    }
    await app.page.keyboard.press('Escape');
    await app.dialog().waitFor({ state: 'hidden' });
    await app.page.waitForFunction(() => !new URL(location).searchParams.has('exhibit'));
    // Focus returns to the link that opened the dialog.
    assert.equal(await app.page.evaluate(() => document.activeElement?.closest('[data-testid=card]') !== null), true);
    await app.page.goBack();
    await app.dialog().waitFor({ state: 'visible' });
    assert.equal(app.params().get('exhibit'), id);
    assert.equal((await app.dialog().locator('h2').textContent()).trim(), title);
    await app.page.goBack();
    await app.dialog().waitFor({ state: 'hidden' });
    await app.close();
  });

  it('restores filters with back and forward, and from a copied link', async () => {
    const app = await Showcase.open(env);
    await app.loaded();
    await app.option('country', 'CN').check();
    await app.page.waitForFunction(() => location.search.includes('country=CN'));
    await app.option('ip', 'granted').check();
    await app.page.waitForFunction(() => location.search.includes('ip=granted'));
    const narrowed = await app.counts();
    const link = app.page.url();
    await app.page.goBack();
    await app.page.waitForFunction(() => !location.search.includes('ip='));
    assert.equal(await app.option('ip', 'granted').isChecked(), false);
    assert.equal(await app.option('country', 'CN').isChecked(), true);
    await app.page.goForward();
    await app.page.waitForFunction(() => location.search.includes('ip=granted'));
    assert.deepEqual(await app.counts(), narrowed);
    // Typing replaces the history entry instead of adding one per keystroke.
    const before = await app.page.evaluate(() => history.length);
    await app.search().pressSequentially('sensor');
    assert.equal(await app.page.evaluate(() => history.length), before);
    await app.close();

    const copy = await Showcase.open(env, new URL(link).search);
    await copy.loaded();
    assert.deepEqual(await copy.counts(), narrowed);
    assert.equal(await copy.option('ip', 'granted').isChecked(), true);
    await copy.close();
  });

  it('keeps what was typed in the history entry a step leaves, even before typing pauses', async () => {
    const app = await Showcase.open(env, '?lang=en');
    await app.loaded();
    const search = app.search();
    await search.pressSequentially('rice');
    // A step straight after typing, before the address bar has followed the typing.
    await app.option('country', 'CN').check();
    await app.page.waitForFunction(() => location.search.includes('country=CN'));
    assert.equal(app.params().get('q'), 'rice');
    await app.page.goBack();
    await app.page.waitForFunction(() => !location.search.includes('country='));
    assert.equal(app.params().get('q'), 'rice', 'the entry left behind has the query typed in it');
    assert.equal(await search.inputValue(), 'rice');
    // Typing on, the address bar follows once typing pauses.
    await search.press('End');
    await search.pressSequentially(' paddy');
    await app.page.waitForFunction(() => new URL(location).searchParams.get('q') === 'rice paddy');
    await app.close();
  });

  it('switches language and keeps every filter', async () => {
    const app = await Showcase.open(env, '?field=agriculture');
    await app.loaded();
    const [shown] = await app.counts();
    await app.page.getByTestId('lang').selectOption('ja');
    await app.page.waitForFunction(() => document.documentElement.lang === 'ja' && location.search.includes('lang=ja'));
    assert.equal(app.params().get('field'), 'agriculture');
    assert.equal(await app.page.title(), demoTitle('ja'));
    assert.match(await app.count().textContent(), new RegExp(`${shown}件`));
    await app.close();
  });
});

describe('more than one catalogue', () => {
  it('loads a second catalogue named in ?catalogue= alongside the demo', async () => {
    const query = `?catalogue=catalogues/index.json&catalogue=${env.server.origin}/fixtures/partner-extra.json`;
    const app = await Showcase.open(env, query);
    await app.loaded();
    const [, total] = await app.counts();
    assert.equal(total, DEMO.length + 3);
    await app.search().fill('Photonic');
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid=card]').length === 1);
    assert.match(await app.cards().first().textContent(), /Example Institute of Technology/);
    await app.close();
  });

  it('loads a catalogue from another origin that allows it (CORS)', async () => {
    const app = await Showcase.open(env, `?catalogue=${env.other.origin}/fixtures/partner-extra.json&lang=en`);
    await app.loaded();
    assert.deepEqual(await app.counts(), [3, 3]);
    // A single catalogue names the exhibition itself.
    const { title } = JSON.parse(readFileSync(new URL('../fixtures/partner-extra.json', import.meta.url), 'utf8'));
    assert.equal((await app.page.locator('h1').textContent()).trim(), title.en ?? title);
    await app.close();
  });

  it('reports each broken source by name and shows everything else', async () => {
    const broken = [
      `${env.server.origin}/fixtures/not-json.json`,
      `${env.server.origin}/fixtures/future-format.json`,
      `${env.server.origin}/fixtures/missing.json`,
      `${env.server.origin}/status/500`,
      `${env.server.origin}/fixtures/broken-format.json`,
    ];
    const query = '?' + ['catalogues/index.json', ...broken].map((c) => `catalogue=${encodeURIComponent(c)}`).join('&');
    const app = await Showcase.open(env, query);
    await app.loaded();
    const errors = app.page.getByTestId('source-errors');
    await errors.waitFor();
    const text = await errors.textContent();
    assert.match(text, /not-json\.json.*not valid JSON \(line \d+, column \d+\)/s);
    assert.match(text, /future-format\.json.*unsupported format "showcase\/2"/s);
    assert.match(text, /missing\.json.*HTTP 404/s);
    assert.match(text, /status\/500.*HTTP 500/s);
    // The format error inside broken-format.json costs only that exhibit, located by path.
    await app.page.getByTestId('source-problems').locator('summary').click();
    assert.match(await app.page.getByTestId('source-problems').textContent(), /broken-format\.json.*\$\.exhibits\[1\]\.trl/s);
    const [, total] = await app.counts();
    assert.ok(total > DEMO.length, 'the valid exhibit of broken-format.json still shows');
    await app.close();
  });

  it('reports a catalogue on another origin without CORS as a fetch failure', async () => {
    const noCors = await (await import('./server.mjs')).startServer({ cors: false });
    try {
      const app = await Showcase.open(env, `?catalogue=catalogues/index.json&catalogue=${noCors.origin}/fixtures/partner-extra.json`);
      await app.loaded();
      const text = await app.page.getByTestId('source-errors').textContent();
      assert.match(text, /partner-extra\.json.*could not be fetched/s);
      assert.deepEqual(await app.counts(), [DEMO.length, DEMO.length]);
      app.errors = [];
      await app.close();
    } finally {
      await noCors.close();
    }
  });

  it('shows progress while a large catalogue streams in', async () => {
    // Five seconds of streaming: the first 1.5 s are the static first screen's.
    const app = await Showcase.open(env, `?catalogue=${encodeURIComponent(`${env.server.origin}/slow/catalogue.json?n=2000&ms=250`)}`);
    const loading = app.page.getByTestId('loading');
    // The static first screen stands for the first moments; then the progress shows.
    await loading.waitFor();
    await app.page.waitForFunction(() => /KB/.test(document.querySelector('[data-testid=loading]')?.textContent ?? ''));
    const first = await loading.locator('progress').getAttribute('value');
    await app.page.waitForTimeout(400);
    const later = await loading.locator('progress').getAttribute('value');
    assert.ok(Number(later) > Number(first), `progress moved from ${first} to ${later}`);
    // Assistive technology is told the results are not final yet.
    assert.equal(await app.page.locator('#results').getAttribute('aria-busy'), 'true');
    assert.equal((await app.count().textContent()).trim(), '', 'no "0 of 0" while nothing has arrived');
    await app.loaded();
    assert.equal(await app.page.locator('#results').getAttribute('aria-busy'), null);
    assert.deepEqual(await app.counts(), [2000, 2000]);
    await app.close();
  });

  it('stops downloading a catalogue the visitor has moved away from', async () => {
    // On the embed-code page a visitor can point the view at another catalogue while one is
    // still streaming in: the first download is aborted, not left to finish unseen.
    // Eight seconds of streaming: the embed-code page's second bundle may take a few to arrive.
    const slow = `${env.server.origin}/slow/catalogue.json?n=2000&ms=400`;
    const app = await Showcase.open(env, `?page=embed&catalogue=${encodeURIComponent(slow)}`);
    const aborted = [];
    app.page.on('requestfailed', (r) => aborted.push([r.url(), r.failure()?.errorText]));
    // The page is up and still loading it.
    await app.page.getByTestId('embed-catalogue-url').waitFor();
    assert.equal(await app.page.locator('#results').getAttribute('aria-busy'), 'true');
    const other = `${env.server.origin}/fixtures/partner-extra.json`;
    await app.page.getByTestId('embed-catalogue-url').fill(other);
    await app.page.getByTestId('embed-catalogue-url').press('Enter');
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('catalogue')?.endsWith('partner-extra.json'));
    await app.page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') !== 'true');
    await app.page.waitForTimeout(100);
    assert.deepEqual(aborted, [[slow, 'net::ERR_ABORTED']]);
    const { exhibits } = JSON.parse(readFileSync(new URL('../fixtures/partner-extra.json', import.meta.url), 'utf8'));
    const offered = await app.page.getByTestId('embed-catalogue').textContent();
    assert.match(offered, new RegExp(`\\b${exhibits.length}\\b`), offered);
    assert.doesNotMatch(offered, /2,000/, 'the aborted catalogue never arrived');
    await app.close();
  });

  it('renders hostile catalogue text as text and drops script links', async () => {
    const app = await Showcase.open(env, `?catalogue=${env.server.origin}/fixtures/hostile.json&exhibit=xss`);
    await app.loaded();
    await app.dialog().waitFor({ state: 'visible' });
    const dialog = app.dialog();
    assert.match(await dialog.textContent(), /<img src=x onerror=/);
    assert.equal(await dialog.locator('.detail-body img').count(), 0);
    const hrefs = await dialog.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) assert.match(href, /^(https?:|mailto:|\?)/, href);
    assert.equal(await app.page.evaluate(() => window.__pwned ?? false), false);
    await app.close();
  });
});
