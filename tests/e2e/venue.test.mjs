// At the venue and on a phone: the static first screen (nothing moves, in the visitor's
// language), the installable app (manifest, icons, link previews), offline after one visit
// and the new-version notice (the service worker), sources that hang or loop, country names
// beyond our tables, and the kiosk mode of a booth screen.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { APP_PATH, demoCatalogues, demoTitle, Showcase, useBrowser } from './harness.mjs';
import { startServer } from './server.mjs';

// CORS on: the script-embed test loads the app from a partner's origin.
const env = useBrowser({ cors: true });
const dist = process.env.SHOWCASE_DIST;
const PHONE = { width: 412, height: 823 };
const demoFile = (name) => `${APP_PATH}catalogues/${name}`;
const [china, japan] = demoCatalogues();

/** Sums the layout shifts of the page so far, as CLS counts them (not after input). */
const layoutShift = (page) => page.evaluate(() => new Promise((done) => {
  new PerformanceObserver((list) => done(list.getEntries()
    .filter((e) => !e.hadRecentInput)
    .reduce((sum, e) => sum + e.value, 0))).observe({ type: 'layout-shift', buffered: true });
  // No entry at all: the observer never calls back.
  setTimeout(() => done(0), 500);
}));

describe('the first screen', () => {
  for (const [query, locale] of [['', 'en-US'], ['?embed=1', 'en-US'], ['?lang=ja', 'en-US'], ['', 'zh-CN']]) {
    it(`is painted before the wasm and nothing on it moves (${query || 'no parameters'}, ${locale})`, async () => {
      const app = await Showcase.open(env, query, PHONE, { locale });
      // The shell is the server's HTML, shown in the visitor's language from the first paint.
      const expected = query.includes('ja') ? 'ja' : locale.slice(0, 2);
      const shellLang = await app.page.evaluate(() => document.documentElement.dataset.shellLang);
      assert.equal(shellLang, expected);
      await app.loaded();
      await app.cards().first().waitFor();
      assert.equal(await app.page.locator('#showcase-shell').count(), 0, 'the app replaced the shell');
      // The app speaks the language the shell chose.
      assert.equal(await app.page.locator('.showcase').getAttribute('lang'), expected);
      if (!query.includes('embed')) {
        assert.equal((await app.page.locator('h1').textContent()).trim(), demoTitle(expected));
      }
      const shift = await layoutShift(app.page);
      assert.ok(shift < 0.01, `layout shift ${shift} on ${query || '/'}`);
      await app.close();
    });
  }

  it('moves nothing when a slow catalogue arrives after the app has shown its progress', async () => {
    // An index (fast: its title, three sample exhibits, no sessions) and a catalogue that
    // streams for four seconds and brings the only session: the app shows its progress after
    // 1.5 s, with the index's exhibits, and everything on screen then stays where it is.
    const slow = `${env.server.origin}/slow/catalogue.json?n=1000&ms=200&events=1&sample=0`;
    const query = `?catalogue=${encodeURIComponent(`${env.server.origin}/fixtures/titled-index.json`)}&catalogue=${encodeURIComponent(slow)}`;
    const app = await Showcase.open(env, query, PHONE);
    await app.page.getByTestId('loading').waitFor();
    await app.cards().first().waitFor();
    const where = () => app.page.evaluate(() => ['programme-link', 'stats-link', 'shortlist-link', 'sort', 'cards']
      .map((id) => document.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect())
      .map((r) => r && [Math.round(r.x), Math.round(r.y)]));
    const before = await where();
    assert.ok(before.every(Boolean), `the programme link keeps its place while loading: ${JSON.stringify(before)}`);
    await app.loaded();
    assert.deepEqual(await where(), before);
    assert.deepEqual(await app.counts(), [1003, 1003]);
    assert.equal((await app.page.locator('h1').textContent()).trim(), 'Partner exhibition (test fixture)');
    const shift = await layoutShift(app.page);
    assert.ok(shift < 0.01, `layout shift ${shift}`);
    await app.close();
  });

  it('starts the bundled catalogues with the page, and not when the URL names others', async () => {
    const app = await Showcase.open(env, '', PHONE);
    // Asked for two frames after the first paint (with the app's code), so read once it is up.
    await app.loaded();
    const preloads = await app.page.evaluate(() => [...document.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => new URL(l.href).pathname));
    assert.deepEqual(preloads, ['index.json', ...JSON.parse(readFileSync(join(dist, 'catalogues/index.json'))).catalogues].map(demoFile));
    // Each preload was used by the app's own fetch: one request per file.
    const requests = await app.page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/catalogues/')).length);
    assert.equal(requests, preloads.length);
    await app.close();
    const other = await Showcase.open(env, `?catalogue=${encodeURIComponent(demoFile('forum-2022-japan.json'))}`, PHONE);
    assert.equal(await other.page.locator('link[rel=preload][as=fetch]').count(), 0);
    await other.loaded();
    assert.equal((await other.counts())[1], japan.exhibits.length);
    await other.close();
  });

  it('describes itself to link previews and installs as an app, with icons of the sizes it names', async () => {
    const app = await Showcase.open(env);
    const meta = (selector) => app.page.locator(selector).getAttribute('content');
    assert.match(await meta('meta[name=description]'), /universities/);
    assert.equal(await meta('meta[property="og:title"]'), demoTitle('en'));
    assert.match(await meta('meta[property="og:image"]'), /og-image\.png$/);
    const manifestHref = await app.page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = JSON.parse(readFileSync(join(dist, manifestHref), 'utf8'));
    assert.ok(manifest.name && manifest.short_name && manifest.translations.ja.short_name);
    assert.equal(manifest.scope, './');
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const png = PNG.sync.read(readFileSync(join(dist, icon.src)));
      assert.equal(`${png.width}x${png.height}`, icon.sizes, icon.src);
    }
    for (const href of await app.page.locator('link[rel~=icon], link[rel=apple-touch-icon]').evaluateAll((ls) => ls.map((l) => l.href))) {
      assert.equal((await app.page.request.get(href)).status(), 200, href);
    }
    await app.loaded();
    await app.close();
  });
});

/** Waits until the service worker controls the page and holds the catalogues it loaded. */
async function workerReady(page) {
  // (waitForFunction does not await a predicate's promise: poll by hand.)
  for (const started = Date.now(); Date.now() - started < 30000;) {
    const ready = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!navigator.serviceWorker.controller || registration?.active?.state !== 'activated') return false;
      const cache = await caches.open('showcase-catalogues');
      return (await cache.keys()).length >= 3;
    });
    if (ready) return;
    await page.waitForTimeout(250);
  }
  throw new Error('the service worker did not take control with the catalogues saved');
}

describe('offline after one visit', () => {
  it('opens, searches and shows a detail with no network, and says so', async () => {
    const app = await Showcase.open(env, '', PHONE, { workers: true });
    await app.loaded();
    await workerReady(app.page);
    await app.page.context().setOffline(true);
    await app.page.reload();
    await app.loaded();
    assert.equal((await app.counts())[1], china.exhibits.length + japan.exhibits.length);
    assert.match(await app.page.getByTestId('offline').textContent(), /^Offline — catalogues saved on .*\d/);
    const title = china.exhibits[0].title.en;
    await app.search().fill(title);
    await app.cards().filter({ hasText: title }).first().getByRole('link').click();
    await app.dialog().waitFor();
    assert.equal((await app.dialog().locator('h2').first().textContent()).trim(), title);
    await app.page.context().setOffline(false);
    await app.page.getByTestId('offline').waitFor({ state: 'detached' });
    await app.close();
  });

  it('offers a new build, and reloads into it when asked', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'showcase-build-'));
    cpSync(dist, copy, { recursive: true });
    const server = await startServer({ dist: copy });
    const context = await env.browser.newContext({ viewport: PHONE, serviceWorkers: 'allow' });
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${APP_PATH}`);
      await workerReady(page);
      // A new deploy: the worker differs by a byte, as a new build's manifest does.
      const worker = join(copy, 'sw.js');
      writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// the next build\n`);
      rmSync(`${worker}.br`);
      rmSync(`${worker}.gz`);
      await page.reload();
      const notice = page.getByTestId('update');
      await notice.waitFor({ timeout: 30000 });
      assert.match(await notice.textContent(), /A new version is available/);
      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await page.getByTestId('count').waitFor();
      assert.equal(await page.getByTestId('update').count(), 0);
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return { waiting: registration.waiting, controlled: Boolean(navigator.serviceWorker.controller) };
      });
      assert.deepEqual(state, { waiting: null, controlled: true }, 'the new build is the one in control');
    } finally {
      await context.close();
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('registers nothing from a script embed on a partner page', async () => {
    env.other.page('/partner/embed.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><div data-showcase data-lang="en"></div><script type="module" src="${env.server.origin}${APP_PATH}embed.js"></script></body></html>`);
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${env.other.origin}/partner/embed.html`);
    const host = page.locator('[data-showcase]');
    await page.waitForFunction(() => document.querySelector('[data-showcase]').shadowRoot?.querySelector('[data-testid=card]'));
    // The element kept the space reserved for its first screen.
    assert.ok((await host.boundingBox()).height >= 400);
    await page.waitForTimeout(1000);
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await context.close();
  });
});

describe('sources that hang or loop', () => {
  it('reports a source that does not answer, shows the others, and Retry loads it once it answers', async () => {
    const hanging = `/hang/${Date.now()}.json`;
    const app = await Showcase.open(env, `?catalogue=${encodeURIComponent(demoFile('forum-2022-china.json'))}&catalogue=${encodeURIComponent(`${env.server.origin}${hanging}`)}&timeout=2`);
    const errors = app.page.getByTestId('source-errors');
    await errors.waitFor({ timeout: 10000 });
    assert.match(await errors.textContent(), /did not answer within 2 s/);
    assert.equal((await app.counts())[1], china.exhibits.length, 'the source that answered is shown');
    // The source comes back: Retry loads it, and the report goes.
    env.server.page(hanging, readFileSync(join(dist, 'catalogues/forum-2022-japan.json'), 'utf8'));
    await errors.getByRole('button', { name: /^Retry / }).click();
    await errors.waitFor({ state: 'detached' });
    await app.loaded();
    assert.equal((await app.counts())[1], china.exhibits.length + japan.exhibits.length);
    await app.close();
  });

  it('reports an index that lists itself and a cycle of indexes, loading each once', async () => {
    const at = (name) => `${env.other.origin}/loop/${name}`;
    env.other.page('/loop/self.json', JSON.stringify({ format: 'showcase-index/1', catalogues: ['self.json', 'other.json'] }));
    env.other.page('/loop/other.json', JSON.stringify({ format: 'showcase-index/1', catalogues: ['self.json', `${env.server.origin}${demoFile('forum-2022-japan.json')}`] }));
    const app = await Showcase.open(env, `?catalogue=${encodeURIComponent(at('self.json'))}`);
    await app.loaded();
    assert.equal((await app.counts())[1], japan.exhibits.length);
    const problems = app.page.getByTestId('source-problems');
    assert.match(await problems.locator('summary').textContent(), /^2 problems in the catalogues/);
    await problems.locator('summary').click();
    const text = await problems.textContent();
    assert.match(text, /self\.json — \$\.catalogues\[0\]: the index lists itself/);
    assert.match(text, /other\.json — \$\.catalogues\[0\]: lists .*self\.json, an index that leads to this one/);
    await app.close();
  });
});

describe('country names', () => {
  it('names any ISO 3166-1 country in the visitor language, not by its code', async () => {
    env.other.page('/kr/catalogue.json', JSON.stringify({
      format: 'showcase/1', id: 'kr', title: 'Korean sample', sample: true,
      institutions: [{ id: 'kaist', name: 'KAIST', country: 'KR' }],
      exhibits: [{ id: 'kr-1', title: 'Sample exhibit', summary: 'A sample.', institution: 'kaist' }],
    }));
    for (const [lang, name] of [['en', 'South Korea'], ['zh', '韩国'], ['ja', '韓国']]) {
      const app = await Showcase.open(env, `?catalogue=${encodeURIComponent(`${env.other.origin}/kr/catalogue.json`)}&lang=${lang}`);
      await app.loaded();
      assert.equal((await app.facet('country').locator('.label').textContent()).trim(), name);
      assert.match(await app.cards().first().textContent(), new RegExp(name));
      await app.close();
    }
  });
});

describe('a long facet', () => {
  it('lists its folded options whole, with "Show more" below the last (zh, 1280 px)', async () => {
    const app = await Showcase.open(env, '?lang=zh', { width: 1280, height: 900 });
    await app.loaded();
    const facet = app.facet('institution');
    const geometry = await facet.evaluate((f) => {
      const list = f.querySelector('.options');
      const last = [...list.querySelectorAll('label')].pop().getBoundingClientRect();
      return { clipped: list.scrollHeight > list.clientHeight, last: last.bottom, more: f.querySelector('.facet-more').getBoundingClientRect().top };
    });
    assert.equal(geometry.clipped, false, 'the folded list does not scroll');
    assert.ok(geometry.more >= geometry.last, `"Show more" at ${geometry.more} covers the last option ending at ${geometry.last}`);
    await app.close();
  });
});

describe('kiosk mode', () => {
  it('is large, keeps visitors in the showcase, offers searches as buttons, and returns to its start when idle', async () => {
    const app = await Showcase.open(env, '?kiosk=1&idle=5', { width: 1280, height: 1024 });
    await app.loaded();
    assert.equal(await app.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px');
    for (const personal of ['keep', 'shortlist-link', 'page-switch', 'add-catalogue', 'export-link']) {
      const shown = await app.page.getByTestId(personal).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shown, 0, `${personal} is not on a booth screen`);
    }
    const suggested = app.page.getByTestId('suggested').getByRole('button');
    assert.ok(await suggested.count() >= 3);
    const word = (await suggested.first().textContent()).trim();
    await suggested.first().click();
    await app.page.waitForFunction((w) => new URL(location.href).searchParams.get('q') === w, word);
    const [shown] = await app.counts();
    assert.ok(shown > 0);
    // A detail: no link out of the showcase, and a large code to continue on a phone.
    await app.cards().first().getByRole('link').click();
    await app.dialog().waitFor();
    const outbound = await app.dialog().locator('a[href]').evaluateAll((links) => links.map((a) => a.href).filter((h) => !h.startsWith(location.origin)));
    assert.deepEqual(outbound, []);
    const qr = app.dialog().getByTestId('qr');
    assert.match(await qr.textContent(), /Continue on your phone/);
    assert.ok((await qr.locator('svg').boundingBox()).width >= 250);
    const link = await qr.locator('svg').getAttribute('data-link');
    assert.ok(!link.includes('kiosk'), 'the phone opens the exhibit, not a kiosk');
    // Untouched for the idle time: back to the start, detail closed.
    await app.page.waitForFunction(() => !new URL(location.href).searchParams.has('q'), null, { timeout: 12000 });
    await app.dialog().waitFor({ state: 'hidden' });
    assert.equal(await app.search().inputValue(), '');
    assert.equal(app.params().get('kiosk'), '1');
    await app.close();
  });
});
