// Following up, walked like a company scout: keep exhibits, come back, open the shortlist,
// share it with a colleague (whose own list gains them, never loses any), compare two,
// export CSV and JSON and read them back, print a detail to PDF, scan its QR code, and
// write to the universities — one prefilled e-mail per institution.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { APP_PATH, demoCatalogues, demoExhibits, Showcase, useBrowser } from './harness.mjs';

const env = useBrowser({ cors: true });
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const schema = new Ajv2020({ strict: false, allErrors: true }).compile(
  JSON.parse(readFileSync(resolve(root, 'public/schema/catalogue-v1.schema.json'), 'utf8')),
);

const exhibits = demoExhibits();
const institutions = demoCatalogues().flatMap((c) => c.institutions);
const byId = (id) => exhibits.find((e) => e.id === id);
const text = (t, lang = 'en') => (typeof t === 'string' ? t : t[lang] ?? t.en ?? Object.values(t)[0]);
const countryOf = (e) => institutions.find((i) => i.id === e.institution).country;

// Three exhibits of three institutions, a Chinese and a Japanese one among them, all on the
// first page of results; and a second exhibit of the first institution, for the letters.
const first = (pred) => exhibits.find(pred);
const A = first((e) => countryOf(e) === 'CN' && e.contact?.email);
const B = first((e) => countryOf(e) === 'CN' && e.institution !== A.institution && e.contact?.email);
const C = first((e) => countryOf(e) === 'JP' && e.contact?.email && exhibits.indexOf(e) < 48);
const A2 = exhibits.find((e) => e !== A && e.institution === A.institution);
const KEPT = [A, B, C].map((e) => e.id);

const card = (app, id) => app.page.locator('[data-testid=card]', {
  has: app.page.locator(`a[href$="exhibit=${id}"], a[href*="exhibit=${id}&"]`),
});

async function keep(app, id) {
  const button = card(app, id).getByTestId('keep');
  await button.click();
  await assert.doesNotReject(button.and(app.page.locator('[aria-pressed=true]')).waitFor());
}

/** The shortlist page, reached from the header link (it loads the second bundle). */
async function openShortlist(app) {
  await app.page.getByTestId('shortlist-link').click();
  await app.page.getByTestId('shortlist-page').waitFor();
  await app.page.getByTestId('kept-list').or(app.page.getByTestId('shortlist-empty')).first().waitFor();
}

const keptIds = (app) => app.page.getByTestId('kept').evaluateAll((li) => li.map((x) => x.dataset.id));

/** Reads the QR code drawn in `locator` (an element holding the SVG) from a screenshot. */
async function scan(locator) {
  const png = PNG.sync.read(await locator.locator('svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

function parseCsv(textIn) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textIn.length; i += 1) {
    const c = textIn[i];
    if (quoted) {
      if (c === '"' && textIn[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function download(app, testid) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(testid).click()]);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('shortlist', () => {
  it('keeps exhibits across a reload, lists them, and shares them with a colleague', async () => {
    const app = await Showcase.open(env, '?lang=en');
    await app.loaded();
    for (const id of KEPT) await keep(app, id);
    assert.equal(await app.page.getByTestId('shortlist-count').textContent(), '3');
    await app.page.reload();
    await app.loaded();
    assert.equal(await app.page.getByTestId('shortlist-count').textContent(), '3');
    assert.equal(await card(app, A.id).getByTestId('keep').getAttribute('aria-pressed'), 'true');
    // Kept exhibits stay listed whatever today's filters: filter them all away first.
    await app.search().fill('zzzz-nothing-matches');
    await openShortlist(app);
    assert.deepEqual(await keptIds(app), KEPT);
    assert.equal(app.params().get('page'), 'shortlist');
    const shared = await app.page.getByTestId('share-link').inputValue();
    assert.match(shared, new RegExp(`^${env.server.origin}${APP_PATH}\\?page=shortlist&keep=`));
    assert.equal(await scan(app.page.getByTestId('share-box')), shared, 'the list QR code carries the link');

    // A colleague who already keeps A2 opens the link in a browser of their own.
    const other = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await other.addInitScript(([key, id, title]) => {
      if (!localStorage.getItem('seeded')) {
        localStorage.setItem(key, `showcase-shortlist 1\n${id}\t\t${title}`);
        localStorage.setItem('seeded', '1');
      }
    }, [`showcase.shortlist.v1 ${env.server.origin}${APP_PATH}`, A2.id, text(A2.title)]);
    const page = await other.newPage();
    const colleague = new Showcase(page, env.server.origin);
    await page.goto(shared);
    const offer = page.getByTestId('shared-offer');
    await offer.waitFor();
    assert.match(await offer.locator('h3').textContent(), /3 exhibits/);
    assert.deepEqual(await keptIds(colleague), [A2.id], 'nothing added before the colleague agrees');
    await page.getByTestId('add-shared').click();
    await page.getByTestId('shared-added').waitFor();
    assert.deepEqual(await keptIds(colleague), [A2.id, ...KEPT]);
    assert.equal(new URL(page.url()).searchParams.get('keep'), null, 'the page is their own list now');
    await page.reload();
    await page.getByTestId('kept-list').waitFor();
    assert.deepEqual(await keptIds(colleague), [A2.id, ...KEPT], 'and it is stored');
    await colleague.close();
    await app.close();
  });

  it('lists an exhibit no catalogue offers any more under its saved title', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    await context.addInitScript((key) => {
      localStorage.setItem(key, `showcase-shortlist 1\nwithdrawn-invention\ten\tA withdrawn invention\tja\t取り下げられた発明`);
    }, `showcase.shortlist.v1 ${env.server.origin}${APP_PATH}`);
    const page = await context.newPage();
    const app = new Showcase(page, env.server.origin);
    await page.goto(`${env.server.origin}${APP_PATH}?page=shortlist&lang=ja`);
    await page.getByTestId('kept-list').waitFor();
    const item = page.getByTestId('kept');
    assert.match(await item.textContent(), /取り下げられた発明/);
    assert.equal(await item.getByTestId('gone').textContent(), '現在は提供されていません');
    await item.getByTestId('remove').click();
    await page.getByTestId('shortlist-empty').waitFor();
    await app.close();
  });

  it('still works for the visit when the browser refuses to store it, and says so', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const page = await context.newPage();
    const app = new Showcase(page, env.server.origin);
    await page.goto(`${env.server.origin}${APP_PATH}`);
    await app.loaded();
    await keep(app, A.id);
    await keep(app, C.id);
    assert.equal(await page.getByTestId('shortlist-count').textContent(), '2');
    assert.equal(await page.getByTestId('unsaved-mark').textContent(), 'kept for this visit only');
    // The link that loads the second bundle carries the list the browser would not store.
    await openShortlist(app);
    await page.getByTestId('unsaved').waitFor();
    assert.match(await page.getByTestId('unsaved').textContent(), /this visit only/);
    assert.deepEqual(await keptIds(app), [A.id, C.id]);
    assert.equal(await page.getByTestId('shared-offer').count(), 0, 'it is theirs, not a shared list');
    assert.equal(app.params().get('keep'), null);
    await app.close();
  });

  it('is reached and used by keyboard alone', async () => {
    const app = await Showcase.open(env, '?lang=en');
    await app.loaded();
    const button = card(app, A.id).getByTestId('keep');
    await button.focus();
    await app.page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await button.getAttribute('aria-label'), `Keep “${text(A.title)}”`);
    await app.page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await app.page.keyboard.press('Enter');
    await keep(app, B.id);
    await app.page.getByTestId('shortlist-link').focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('kept-list').waitFor();
    const boxes = app.page.getByTestId('choose');
    for (let i = 0; i < 2; i += 1) {
      await boxes.nth(i).focus();
      await app.page.keyboard.press('Space');
    }
    await app.page.getByTestId('compare-link').focus();
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('compare-table').waitFor();
    await app.close();
  });
});

describe('compare', () => {
  it('puts two kept exhibits side by side in a real table and marks the rows that differ', async () => {
    const app = await Showcase.open(env, '?lang=zh');
    await app.loaded();
    await keep(app, A.id);
    await keep(app, C.id);
    await openShortlist(app);
    assert.equal(await app.page.getByTestId('compare-hint').count(), 1, 'nothing chosen yet');
    const boxes = app.page.getByTestId('choose');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await app.page.getByTestId('compare-link').click();
    const table = app.page.getByTestId('compare-table');
    await table.waitFor();
    assert.equal(app.params().get('page'), 'compare');
    assert.equal(app.params().get('keep'), `${A.id},${C.id}`);
    const heads = await table.locator('thead th[scope=col]').allTextContents();
    assert.deepEqual(heads, [text(A.title, 'zh'), text(C.title, 'zh')]);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      head: tr.querySelector('th[scope=row]').firstChild.textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      differs: tr.classList.contains('differs'),
    })));
    const country = rows.find((r) => r.head === '国家/地区' || r.head === '国家');
    assert.ok(country, JSON.stringify(rows.map((r) => r.head)));
    assert.deepEqual(country.cells, ['中国', '日本']);
    assert.equal(country.differs, true);
    const trl = rows.find((r) => r.head.includes('TRL'));
    const level = (e) => (e.trl ? `TRL ${e.trl}` : '未提供');
    assert.deepEqual(trl.cells, [level(A), level(C)]);
    assert.equal(trl.differs, level(A) !== level(C));
    // Marked in words too, not by colour alone.
    assert.equal(await table.locator('tr.differs .differs-mark').first().textContent(), '有差异');
    await app.close();
  });

  it('shows one exhibit per swipe on a phone, the facts column staying in view', async () => {
    const app = await Showcase.open(env, `?page=compare&keep=${A.id},${B.id},${C.id}`, { width: 390, height: 844 });
    const table = app.page.getByTestId('compare-table');
    await table.waitFor();
    const sizes = await app.page.evaluate(() => {
      const box = document.querySelector('.compare-scroll');
      const cell = document.querySelector('.compare tbody td');
      const head = document.querySelector('.compare tbody th');
      return { box: box.clientWidth, scroll: box.scrollWidth, cell: cell.getBoundingClientRect().width,
        head: head.getBoundingClientRect().width, page: document.documentElement.scrollWidth };
    });
    assert.ok(sizes.scroll > sizes.box, 'the table scrolls inside its box');
    assert.ok(sizes.page <= 390, `the page itself does not scroll sideways (${sizes.page})`);
    assert.ok(sizes.cell + sizes.head <= sizes.box + 2, `a column and the facts fit the screen (${JSON.stringify(sizes)})`);
    await app.close();
  });
});

describe('follow-up', () => {
  it('writes one prefilled e-mail per university, listing its kept exhibits with their links', async () => {
    const app = await Showcase.open(env, '?lang=en');
    await app.loaded();
    for (const id of [A.id, B.id, A2.id]) await keep(app, id);
    await openShortlist(app);
    const items = app.page.getByTestId('letter-item');
    assert.equal(await items.count(), 2, 'two institutions');
    const first = await items.nth(0).getByTestId('letter').getAttribute('href');
    const url = new URL(first);
    assert.equal(url.protocol, 'mailto:');
    const to = decodeURIComponent(url.pathname).split(',');
    assert.ok(to.includes(A.contact.email), to.join());
    const body = url.searchParams.get('body');
    for (const e of [A, A2]) {
      assert.ok(body.includes(text(e.title)), `${e.id} is in the letter`);
      assert.ok(body.includes(`${env.server.origin}${APP_PATH}?exhibit=${e.id}`), `${e.id}'s link is in the letter`);
    }
    assert.ok(!body.includes(text(B.title)), 'another university’s exhibit is not');
    assert.match(url.searchParams.get('subject'), /2 inventions/);
    if (!A2.contact?.email) assert.equal(await items.nth(0).getByTestId('no-address').count(), 1);
    await app.close();
  });

  it('exports the shortlist as CSV that Excel reads in Chinese and Japanese, and as a valid catalogue', async () => {
    const app = await Showcase.open(env, '?lang=ja');
    await app.loaded();
    for (const id of KEPT) await keep(app, id);
    await openShortlist(app);
    await app.page.getByTestId('export-link').click();
    await app.page.getByTestId('export-page').waitFor();
    await app.page.getByTestId('export-count').waitFor();
    const csv = await download(app, 'export-csv');
    assert.match(csv.name, /-shortlist-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    const head = rows[0];
    assert.equal(head[0], 'id');
    const body = rows.slice(1).filter((r) => r.length > 1);
    assert.deepEqual(body.map((r) => r[0]), KEPT);
    const titleZh = head.indexOf('title.zh');
    const titleJa = head.indexOf('title.ja');
    assert.ok(titleZh > 0 || titleJa > 0, head.join());
    for (const [i, e] of [A, B, C].entries()) {
      for (const [col, lang] of [[titleZh, 'zh'], [titleJa, 'ja']]) {
        if (col > 0 && typeof e.title === 'object' && e.title[lang]) assert.equal(body[i][col], e.title[lang]);
      }
      assert.equal(body[i][head.indexOf('link')], `${env.server.origin}${APP_PATH}?exhibit=${e.id}`);
    }
    const json = await download(app, 'export-json');
    assert.match(json.name, /\.json$/);
    const doc = JSON.parse(json.bytes.toString('utf8'));
    assert.ok(schema(doc), JSON.stringify(schema.errors));
    assert.deepEqual(doc.exhibits.map((e) => e.id), KEPT);
    assert.deepEqual(new Set(doc.institutions.map((i) => i.id)), new Set([A, B, C].map((e) => e.institution)));
    assert.equal(doc.sample, true, 'sample data stays marked as such');
    await app.close();
  });

  it('exports the current filtered results', async () => {
    const app = await Showcase.open(env, '?country=JP&lang=en');
    await app.loaded();
    const [shown] = await app.counts();
    await app.page.getByTestId('export-link').click();
    await app.page.getByTestId('export-count').waitFor();
    assert.match(await app.page.getByTestId('export-count').textContent(), new RegExp(`^${shown} exhibits`));
    const json = JSON.parse((await download(app, 'export-json')).bytes.toString('utf8'));
    const expected = exhibits.filter((e) => countryOf(e) === 'JP').map((e) => e.id).sort();
    assert.deepEqual(json.exhibits.map((e) => e.id).sort(), expected);
    await app.close();
  });
});

describe('detail', () => {
  it('shows a QR code that scans to the exhibit’s permanent link, and related exhibits', async () => {
    const app = await Showcase.open(env, `?exhibit=${C.id}&lang=ja&q=sensor`);
    const dialog = app.dialog();
    await dialog.getByTestId('qr').waitFor();
    const link = `${env.server.origin}${APP_PATH}?exhibit=${C.id}`;
    assert.equal(await scan(dialog.getByTestId('qr')), link);
    const related = dialog.getByTestId('related').locator('a');
    const n = await related.count();
    assert.ok(n >= 1 && n <= 6, `${n} related`);
    const ids = await related.evaluateAll((as) => as.map((a) => new URL(a.href).searchParams.get('exhibit')));
    assert.ok(!ids.includes(C.id));
    // Each shares a field, a keyword (in any language), the institution or a session with it.
    const words = (e) => new Set((e.keywords ?? []).flatMap((k) => (typeof k === 'string' ? [k] : Object.values(k)))
      .map((w) => w.normalize('NFKC').toLowerCase()));
    for (const id of ids) {
      const e = byId(id);
      const shares = e.institution === C.institution || e.fields.some((f) => C.fields.includes(f))
        || (e.events ?? []).some((v) => (C.events ?? []).includes(v))
        || [...words(e)].some((w) => words(C).has(w));
      assert.ok(shares, `${id} shares nothing with ${C.id}`);
    }
    await related.first().click();
    await app.page.waitForFunction((id) => new URL(location.href).searchParams.get('exhibit') === id, ids[0]);
    await app.close();
  });

  it('prints as one sheet: the facts, the contact and the QR code, no buttons', async () => {
    const app = await Showcase.open(env, `?exhibit=${A.id}&lang=zh`);
    await app.dialog().getByTestId('qr').waitFor();
    await app.page.emulateMedia({ media: 'print' });
    const shown = await app.page.evaluate(() => {
      const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0
        && getComputedStyle(el).visibility !== 'hidden');
      return {
        title: visible('#showcase-detail-title'), facts: visible('.detail .facts'), qr: visible('.detail .qr svg'),
        printed: visible('.detail .printed'), buttons: visible('.showcase button'), filters: visible('.filters'),
        cards: visible('.cards'),
      };
    });
    assert.deepEqual(shown, { title: true, facts: true, qr: true, printed: true, buttons: false, filters: false, cards: false });
    assert.match(await app.page.locator('.detail .printed').textContent(), /打印自.*\d{4}年/);
    const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, 'one sheet');
    await app.close();
  });
});

describe('in embeds', () => {
  it('a script embed keeps its own list under its own key and opens it through the second bundle', async () => {
    env.other.page('/host/keep.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>Partner</h1><div id="a" data-showcase data-lock="country lang" data-country="JP" data-lang="en"></div>
<script type="module" src="${env.server.origin}${APP_PATH}embed.js"></script></body></html>`);
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
    await page.goto(`${env.other.origin}/host/keep.html`);
    await page.evaluate(() => localStorage.setItem('partner-own', 'untouched'));
    const embed = page.locator('#a');
    await embed.locator('[data-testid=card]').first().waitFor();
    await embed.locator('[data-testid=keep]').first().click();
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.equal(keys.length, 2, keys.join());
    assert.ok(keys.includes('partner-own'));
    const ours = keys.find((k) => k !== 'partner-own');
    assert.ok(ours.startsWith('showcase.shortlist.v1 ') && ours.includes(' embed') && ours.includes('lock=country'), ours);
    const historyBefore = await page.evaluate(() => history.length);
    assert.ok(!wasm.includes('builder_bg.wasm'));
    await embed.getByTestId('shortlist-link').click();
    await embed.getByTestId('kept-list').waitFor();
    assert.ok(wasm.includes('builder_bg.wasm'), 'the second bundle came when asked for');
    assert.equal(await embed.getByTestId('kept').count(), 1);
    assert.equal(await page.evaluate(() => history.length), historyBefore, 'the partner page did not navigate');
    assert.equal(await page.evaluate(() => localStorage.getItem('partner-own')), 'untouched');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a locked embed offers from a shared list only what its lock allows', async () => {
    const app = await Showcase.open(env, `?embed=1&lock=country&country=JP&page=shortlist&keep=${A.id},${C.id}`);
    const offer = app.page.getByTestId('shared-offer');
    await offer.waitFor();
    assert.deepEqual(await offer.locator('li').allTextContents(), [text(C.title)]);
    await app.page.getByTestId('add-shared').click();
    await app.page.getByTestId('kept-list').waitFor();
    assert.deepEqual(await keptIds(app), [C.id]);
    await app.page.goto(`${env.server.origin}${APP_PATH}?embed=1&lock=country&country=JP&page=export&keep=${A.id},${C.id}`);
    await app.page.getByTestId('export-count').waitFor();
    const json = JSON.parse((await download(app, 'export-json')).bytes.toString('utf8'));
    assert.deepEqual(json.exhibits.map((e) => e.id), [C.id]);
    await app.close();
  });
});
