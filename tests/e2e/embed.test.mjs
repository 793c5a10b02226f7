// Embedding on partner sites: the iframe embed (pre-filter, locks, theme, height messages)
// and the script embed (shadow root, several on one busy page), both on host pages of
// another origin; and the embed-code page, whose snippets are pasted into such pages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { APP_PATH, demoCatalogues, demoExhibits, Showcase, useBrowser } from './harness.mjs';

// The app's files are served with CORS, as README "Deploy" asks for the script embed.
const env = useBrowser({ cors: true });
const app = () => `${env.server.origin}${APP_PATH}`;

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const messageSchema = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(resolve(root, 'public/schema/embed-message-v1.schema.json'), 'utf8')),
);

const byInstitution = (id) => demoExhibits().filter((e) => e.institution === id);
const byField = (id) => demoExhibits().filter((e) => e.fields.includes(id));
/** The institution with the most demo exhibits, and a field it does not cover entirely. */
function partner() {
  const counts = new Map();
  for (const e of demoExhibits()) counts.set(e.institution, (counts.get(e.institution) ?? 0) + 1);
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return id;
}
const institutionName = (id, lang) => {
  const inst = demoCatalogues().flatMap((c) => c.institutions).find((i) => i.id === id);
  return typeof inst.name === 'string' ? inst.name : inst.name[lang] ?? inst.name.en;
};

/** A host page on the other origin: its own title, language, styles and links. */
function hostPage(path, body, { title = 'Partner university — technology transfer' } = {}) {
  env.other.page(path, `<!doctype html>
<html lang="fr-CA">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <style>
    html { font-size: 10px; }
    body { font: 1.4rem Georgia, serif; letter-spacing: 2px; text-transform: uppercase; text-align: center; }
    * { box-sizing: content-box; }
    div { padding: 7px; }
    a { color: rgb(255, 0, 255); }
    button, select, input { background: rgb(255, 0, 0); font-size: 30px; }
    h2, h3, p { font-size: 30px; margin: 40px; }
    .card, article { display: none !important; }
  </style>
  <script>
    window.heights = [];
    addEventListener('message', (e) => window.heights.push(e.data));
  </script>
</head>
<body>
  <header><a id="host-home" href="/host/home.html">Partner home</a></header>
  <h2 id="host-heading">Our inventions</h2>
  ${body}
  <p id="host-footer"><a id="host-contact" href="/host/contact.html">Contact us</a></p>
</body>
</html>`);
  env.other.page('/host/contact.html', '<!doctype html><title>Contact</title><h1>Contact page</h1>');
  return `${env.other.origin}${path}`;
}

async function hostContext(viewport = { width: 1100, height: 900 }) {
  const context = await env.browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: async () => { assert.deepEqual(errors, [], 'a page threw'); await context.close(); } };
}

/** What a script embed must leave alone on the host page. */
function hostState(page) {
  return page.evaluate(() => ({
    history: history.length,
    title: document.title,
    lang: document.documentElement.lang,
    heading: getComputedStyle(document.getElementById('host-heading')).fontSize,
    link: getComputedStyle(document.getElementById('host-contact')).color,
    sheets: document.styleSheets.length,
    head: document.head.children.length,
  }));
}

async function frameOf(page) {
  const handle = await page.waitForSelector('iframe[data-showcase-frame]');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.querySelector('[data-testid=loading]') === null
    && /\d/.test(document.querySelector('[data-testid=count]')?.textContent ?? '')
    && !document.querySelector('[data-testid=cards][aria-busy=true]'));
  return frame;
}

const counts = async (scope) => (await scope.locator('[data-testid=count]').first().textContent())
  .match(/[\d,]+/g).map((n) => Number(n.replaceAll(',', '')));

describe('iframe embed', () => {
  it('pre-filters, locks and translates on a page of another origin, and reports its height', async () => {
    const inst = partner();
    const expected = byInstitution(inst);
    const url = hostPage('/host/iframe.html', `
      <iframe src="${app()}?embed=1&institution=${inst}&lock=institution&lang=ja" title="Showcase"
        width="100%" height="300" data-showcase-frame></iframe>
      <script src="${app()}embed-frame.js" async></script>`);
    const host = await hostContext();
    await host.page.goto(url);
    const frame = await frameOf(host.page);
    const entries = await host.page.evaluate(() => history.length);

    assert.equal(await frame.locator('.site-header').count(), 0, 'no site header');
    assert.equal(await frame.locator('html').getAttribute('lang'), 'ja');
    assert.equal(await frame.locator('[data-testid=card]').count(), expected.length);
    for (const name of await frame.locator('[data-testid=card] .institution span:first-child').allTextContents()) {
      assert.equal(name, institutionName(inst, 'ja'));
    }
    // Compact filters: folded behind their toggle; the locked facet is not offered at all.
    assert.equal(await frame.locator('[data-facet=field]').isVisible(), false);
    await frame.getByTestId('filters-toggle').click();
    assert.equal(await frame.locator('[data-facet=institution]').count(), 0);
    const field = expected[0].fields[0];
    await frame.locator(`[data-facet=field] input[value="${field}"]`).check();
    await frame.waitForFunction((n) => document.querySelectorAll('[data-testid=card]').length === n,
      expected.filter((e) => e.fields.includes(field)).length);
    // The locked filter has no chip, and "clear all" cannot remove it.
    assert.equal(await frame.locator('.chip').count(), 1);
    await frame.getByTestId('clear-all').click();
    await frame.waitForFunction((n) => document.querySelectorAll('[data-testid=card]').length === n, expected.length);
    assert.equal(new URL(frame.url()).searchParams.get('institution'), inst);

    // Height: every message matches the published schema; the helper sizes the frame to it.
    await host.page.waitForFunction(() => window.heights.length > 0);
    const messages = await host.page.evaluate(() => window.heights);
    for (const m of messages) assert.ok(messageSchema(m), JSON.stringify(m));
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('.showcase').getBoundingClientRect().height));
    await host.page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, content);
    assert.ok(content > 300, `content taller than the initial frame (${content})`);

    // Typing narrows the list; the frame shrinks with it and a new height is posted.
    await frame.getByTestId('search').fill('zzzz-nothing');
    await frame.getByTestId('empty').waitFor();
    await host.page.waitForFunction((h) => window.heights.at(-1).height < h, content);
    const shrunk = await host.page.evaluate(() => window.heights.at(-1).height);
    await host.page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height === h, shrunk);
    // The empty state offers loosening the search, never the locked institution.
    const offers = await frame.locator('[data-testid=empty] button').allTextContents();
    assert.ok(offers.length >= 1);
    assert.ok(offers.every((o) => !o.includes(institutionName(inst, 'ja'))), offers.join(' | '));

    // The host page's address and history are its own.
    assert.equal(host.page.url(), url);
    assert.equal(await host.page.evaluate(() => history.length), entries, 'no history entries added');
    await host.close();
  });

  it('opens exhibits in place, sends leaving links to a new tab, and links to the full showcase', async () => {
    const url = hostPage('/host/iframe-links.html', `
      <iframe src="${app()}?embed=1" title="Showcase" width="100%" height="700" data-showcase-frame></iframe>`);
    const host = await hostContext();
    await host.page.goto(url);
    const frame = await frameOf(host.page);
    const link = frame.locator('[data-testid=card] .card-title a').first();
    // A card's own link leads to the full showcase (for a new tab), without embed parameters.
    const href = new URL(await link.getAttribute('href'), frame.url());
    assert.equal(href.searchParams.get('embed'), null);
    assert.ok(href.searchParams.get('exhibit'));
    await link.click();
    const dialog = frame.getByTestId('detail');
    await dialog.waitFor();
    const outbound = dialog.locator('.links a');
    assert.ok(await outbound.count() > 0);
    for (const a of await outbound.all()) {
      assert.equal(await a.getAttribute('target'), '_blank');
      assert.equal(await a.getAttribute('rel'), 'noopener');
    }
    // The dialog opens where the visitor is, not in the middle of a tall frame.
    const box = await dialog.boundingBox();
    assert.ok(box.y < 900, `dialog top at ${box.y}`);
    await frame.getByTestId('detail-close').click();
    const full = frame.getByTestId('open-full');
    assert.equal(await full.getAttribute('target'), '_blank');
    const [tab] = await Promise.all([host.page.context().waitForEvent('page'), full.click()]);
    await tab.waitForLoadState();
    assert.equal(new URL(tab.url()).searchParams.get('embed'), null);
    await tab.locator('.showcase:not(.shell) .site-header').waitFor();
    assert.equal(host.page.url(), url);
    await host.close();
  });

  it('grows the frame to show a detail taller than a short list (on a phone)', async () => {
    const only = demoExhibits().find((e) => e.links?.length && typeof e.title === 'object');
    const url = hostPage('/host/iframe-short.html', `
      <iframe src="${app()}?embed=1&q=${encodeURIComponent(only.title.en)}" title="Showcase"
        width="100%" height="200" data-showcase-frame></iframe>
      <script src="${app()}embed-frame.js" async></script>`);
    const host = await hostContext({ width: 380, height: 800 });
    await host.page.goto(url);
    const frame = await frameOf(host.page);
    assert.equal(await frame.locator('[data-testid=card]').count(), 1);
    await frame.locator('[data-testid=card] .card-title a').click();
    await frame.getByTestId('detail').waitFor();
    // The whole dialog fits in the frame once the frame has followed the new height.
    await frame.waitForFunction(() => {
      const dialog = document.querySelector('dialog[open]');
      const d = dialog.getBoundingClientRect();
      return d.top >= 0 && d.bottom <= window.innerHeight && dialog.scrollHeight <= dialog.clientHeight;
    }, null, { timeout: 5000 });
    assert.ok(await host.page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height > 200));
    const closeButton = frame.getByTestId('detail-close');
    assert.ok(await closeButton.isVisible());
    await host.close();
  });

  it('takes its theme and accent from the URL, with readable text on the accent', async () => {
    const showcase = await Showcase.open(env, '?embed=1&theme=dark&accent=ffd400');
    await showcase.loaded();
    const root = showcase.page.locator('.showcase');
    assert.equal(await root.getAttribute('data-theme'), 'dark');
    const badge = showcase.page.locator('.badge.trl').first();
    assert.equal(await badge.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(255, 212, 0)');
    assert.equal(await badge.evaluate((b) => getComputedStyle(b).color), 'rgb(0, 0, 0)');
    assert.equal(await root.evaluate((r) => getComputedStyle(r).backgroundColor), 'rgb(21, 23, 26)');
    // Nonsense never reaches CSS.
    await showcase.page.goto(`${app()}?embed=1&accent=red;background:url(x)`);
    await showcase.loaded();
    assert.equal(await showcase.page.locator('.showcase').evaluate((r) => r.style.getPropertyValue('--sc-accent')), '');
    await showcase.close();
  });
});

describe('script embed', () => {
  it('mounts two showcases on a busy page without touching it', async () => {
    const inst = partner();
    const field = 'tcm';
    const url = hostPage('/host/script.html', `
      <section><div id="one" data-showcase data-institution="${inst}" data-lang="ja" data-lock="institution"></div></section>
      <div id="two" data-showcase data-field="${field}" data-theme="dark"></div>
      <script type="module" src="${app()}embed.js"></script>`);
    const host = await hostContext();
    await host.page.goto(url);
    const before = await hostState(host.page);
    const one = host.page.locator('#one');
    const two = host.page.locator('#two');
    await one.locator('[data-testid=count]').waitFor();
    await two.locator('[data-testid=count]').waitFor();
    await host.page.waitForFunction(() => ['one', 'two'].every((id) =>
      /\d/.test(document.getElementById(id).shadowRoot?.querySelector('[data-testid=count]')?.textContent ?? '')));

    assert.equal(await one.locator('[data-testid=card]').count(), byInstitution(inst).length);
    assert.equal(await two.locator('[data-testid=card]').count(), byField(field).length);
    assert.equal(await one.locator('.showcase').getAttribute('lang'), 'ja');
    assert.equal(await two.locator('.showcase').getAttribute('data-theme'), 'dark');

    // The host's styles do not reach in: not its link colour, button colour or 10px rem.
    const title = one.locator('.card-title a').first();
    assert.notEqual(await title.evaluate((a) => getComputedStyle(a).color), 'rgb(255, 0, 255)');
    assert.ok(await title.isVisible(), 'the host hides .card and article, but not ours');
    const size = await title.evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
    assert.ok(size >= 15, `card titles at ${size}px despite the host's 10px root`);
    assert.equal(await one.locator('.showcase').evaluate((r) => getComputedStyle(r).textTransform), 'none');
    assert.notEqual(await two.locator('[data-testid=search]').evaluate((i) => getComputedStyle(i).backgroundColor), 'rgb(255, 0, 0)');

    // Each showcase keeps its own state; using one changes nothing else.
    const [shownTwo] = await counts(two);
    await one.locator('[data-testid=search]').fill('zzzz-nothing');
    await one.locator('[data-testid=empty]').waitFor();
    assert.equal((await counts(two))[0], shownTwo);
    await one.locator('[data-testid=search]').fill('');
    await two.locator('[data-testid=card] .card-title a').first().click();
    await two.locator('[data-testid=detail]').waitFor();
    await two.locator('[data-testid=detail-close]').click();
    await two.locator('[data-testid=detail]').waitFor({ state: 'hidden' });

    // Nothing of the host changed: address, history, title, language, styles, its <head>.
    assert.equal(host.page.url(), url);
    const after = await hostState(host.page);
    assert.deepEqual(after, before);
    // The host's own links still navigate normally.
    await host.page.locator('#host-contact').click();
    await host.page.waitForURL(`${env.other.origin}/host/contact.html`);
    assert.equal(await host.page.locator('h1').textContent(), 'Contact page');
    await host.close();
  });
});

describe('embed-code page', () => {
  it('comes in its own bundle, only when asked for, and survives leaving and coming back', async () => {
    const showcase = await Showcase.open(env, '?lang=en');
    await showcase.loaded();
    const { page } = showcase;
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop()));
    assert.deepEqual((await fetched()).filter((f) => f.startsWith('builder')), [], 'a visit does not load it');
    await page.getByTestId('page-switch').click();
    await page.getByTestId('embed-code').waitFor();
    assert.ok((await fetched()).includes('builder_bg.wasm'), 'the page loads its bundle');
    await page.getByTestId('page-switch').click();
    await showcase.cards().first().waitFor();
    // Past the preview's pause: its timer outlived the page once and crashed the app.
    await page.waitForTimeout(600);
    await page.goBack();
    await page.getByTestId('embed-code').waitFor();
    assert.equal(showcase.params().get('page'), 'embed');
    await showcase.close();
  });

  it('builds snippets that work when pasted into a host page', async () => {
    const inst = partner();
    const showcase = await Showcase.open(env, `?institution=${inst}`);
    await showcase.loaded();
    const { page } = showcase;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await page.getByTestId('page-switch').click();
    await page.getByTestId('embed-code').waitFor();
    assert.equal(showcase.params().get('page'), 'embed');
    assert.equal(showcase.params().get('institution'), inst, 'starts from the current view');
    await page.locator('[data-testid=embed-locks] input[value=institution]').check();
    await page.locator('[data-testid=embed-theme] input[value=dark]').check();
    await page.getByTestId('embed-lang').selectOption('zh');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'zh');

    // The live preview shows the embed as chosen.
    const preview = await (await page.waitForSelector('[data-testid=embed-preview]')).contentFrame();
    await preview.waitForFunction(() => document.querySelector('.showcase')?.getAttribute('data-theme') === 'dark'
      && document.querySelectorAll('[data-testid=card]').length > 0);
    assert.equal(await preview.locator('[data-testid=card]').count(), byInstitution(inst).length);

    const iframeCode = await page.getByTestId('iframe-snippet').inputValue();
    const scriptCode = await page.getByTestId('script-snippet').inputValue();
    await page.getByTestId('iframe-snippet-copy').click();
    await page.locator('.copy-status', { hasText: /\S/ }).first().waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframeCode);
    await showcase.close();

    // Pasted as is into partner pages on another origin.
    const host = await hostContext();
    await host.page.goto(hostPage('/host/pasted-iframe.html', iframeCode));
    const frame = await frameOf(host.page);
    assert.equal(await frame.locator('[data-testid=card]').count(), byInstitution(inst).length);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'zh');
    assert.equal(await frame.locator('.showcase').getAttribute('data-theme'), 'dark');
    await frame.getByTestId('filters-toggle').click();
    assert.equal(await frame.locator('[data-facet=institution]').count(), 0, 'locked');
    await host.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 720);

    await host.page.goto(hostPage('/host/pasted-script.html', scriptCode));
    const mounted = host.page.locator('[data-showcase]');
    await mounted.locator('[data-testid=card]').first().waitFor();
    assert.equal(await mounted.locator('[data-testid=card]').count(), byInstitution(inst).length);
    assert.equal(await mounted.locator('.showcase').getAttribute('lang'), 'zh');
    await mounted.getByTestId('filters-toggle').click();
    assert.equal(await mounted.locator('[data-facet=institution]').count(), 0, 'locked');
    await host.close();
  });

  it('picks one catalogue of the exhibition, or a partner’s own, for the snippets', async () => {
    const showcase = await Showcase.open(env, '?page=embed');
    const { page } = showcase;
    const radios = page.locator('[data-testid=embed-catalogue] input[type=radio]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=embed-catalogue] input[type=radio]').length === 3);
    const japan = demoCatalogues().find((c) => c.exhibits.some((e) => e.id.startsWith('hokkaido')));
    const japanUrl = `${app()}catalogues/${(await radios.evaluateAll((rs) => rs.map((r) => r.value)))
      .find((v) => v.includes('japan')).split('/catalogues/')[1]}`;
    await page.locator(`[data-testid=embed-catalogue] input[value="${japanUrl}"]`).check();
    await page.waitForFunction((u) => new URL(location.href).searchParams.get('catalogue') === u, japanUrl);
    // The page's own view follows: its filters are now those of the Japanese catalogue.
    await page.locator('[data-facet=country] input[value=CN]').waitFor({ state: 'detached' });
    assert.equal(await showcase.optionCount('country', 'JP'), japan.exhibits.length);
    assert.equal(await radios.count(), 3, 'the other catalogues stay on offer');
    const scriptCode = await page.getByTestId('script-snippet').inputValue();
    assert.ok(scriptCode.includes(`data-catalogue="${japanUrl}"`), scriptCode);
    assert.ok((await page.getByTestId('iframe-snippet').inputValue()).includes(encodeURIComponent(japanUrl)));

    const fixture = `${env.other.origin}/fixtures/partner-extra.json`;
    await page.getByTestId('embed-catalogue-url').fill(fixture);
    await page.getByTestId('embed-catalogue-url').press('Enter');
    await page.waitForFunction((u) => new URL(location.href).searchParams.get('catalogue') === u, fixture);
    await showcase.close();

    const host = await hostContext();
    await host.page.goto(hostPage('/host/pasted-catalogue.html', scriptCode));
    const mounted = host.page.locator('[data-showcase]');
    await mounted.locator('[data-testid=card]').first().waitFor();
    assert.equal((await counts(mounted))[1], japan.exhibits.length);
    await host.close();
  });
});
