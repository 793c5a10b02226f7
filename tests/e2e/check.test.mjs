// The check page for catalogue authors (?page=check): reached from the footer, it reads a
// dropped, picked, pasted or published catalogue exactly as the app and showcase-cli do,
// points at every problem in the text, offers the corrected catalogue, and previews it in
// the visitor's language. Nothing leaves the browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_PATH, Showcase, useBrowser } from './harness.mjs';
import { FIXTURES } from './server.mjs';

const env = useBrowser();

// The CLI the e2e run checks the page against: the one `cargo test` just built.
const CLI = process.env.SHOWCASE_CLI
  ?? resolve(process.env.CARGO_TARGET_DIR ?? `${process.env.HOME}/.cache/showcase/target`, 'debug/showcase-cli');

/** A catalogue with one problem of each kind on known lines. */
const BAD = `{
  "format": "showcase/1.1", "id": "my-uni", "title": {"en": "My University", "ja": "わが大学", "zh": "我的大学"},
  "updated": "2026-11-30",
  "institutions": [{"id": "u", "name": {"en": "My University", "ja": "わが大学", "zh": "我的大学"}, "country": "JP"}],
  "exhibits": [
    {"id": "rice", "title": {"en": "Rice sensor", "ja": "稲センサー", "zh": "水稻传感器"}, "summary": {"en": "A sensor.", "ja": "センサー", "zh": "传感器"},
     "institution": "u", "trl": 12, "contact": {"email": "tto@example.org"}, "updated": "2026-11-30",
     "patents": [{"number": "JP2021-000001", "status": "maybe"}]},
    {"id": "blank", "title": " ", "summary": "", "institution": "u"}
  ]
}
`;

async function openCheck(lang = 'en') {
  const app = await Showcase.open(env, `?lang=${lang}&page=check`);
  await app.page.getByTestId('check-page').waitFor();
  return app;
}

async function dropFile(app, name, text) {
  await app.page.getByTestId('check-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await checked(app, name);
}

/** The status line tells what was found in `name` (not that it is reading or checking it). */
async function checked(app, name) {
  await app.page.waitForFunction((n) => {
    const status = document.querySelector('[data-testid=check-status]')?.textContent ?? '';
    return status.includes(n) && !status.endsWith('…') && !status.includes('%');
  }, name);
}

/** What the page lists: [place, message] per finding, in its order. */
async function findings(app) {
  return app.page.getByTestId('check-finding').evaluateAll((items) => items.map((li) => [
    li.querySelector('[data-testid=finding-place]').textContent,
    li.querySelector('[data-testid=finding-message]').textContent,
  ]));
}

function cli(args) {
  assert.ok(existsSync(CLI), `showcase-cli is built (${CLI}); run cargo test or cargo build --bin showcase-cli first`);
  try {
    return { code: 0, out: execFileSync(CLI, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    return { code: e.status, out: e.stdout };
  }
}

describe('the check page', () => {
  it('is one click from the footer and says that nothing is uploaded', async () => {
    const app = await Showcase.open(env, '?lang=ja&field=agriculture');
    await app.loaded();
    const requests = [];
    app.page.on('request', (r) => requests.push(r.method()));
    await app.page.getByTestId('add-catalogue').click();
    await app.page.getByTestId('check-page').waitFor();
    assert.match(app.page.url(), /[?&]page=check/);
    assert.match(app.page.url(), /lang=ja/);
    assert.doesNotMatch(app.page.url(), /field=/, 'the page checks the author’s catalogue, not the current view');
    assert.match(await app.page.getByTestId('check-private').textContent(), /アップロードされません/);
    await dropFile(app, 'mine.json', BAD);
    assert.deepEqual(requests.filter((m) => m !== 'GET'), [], 'nothing is sent anywhere');
    await app.close();
  });

  it('locates every problem and selects its place in the text', async () => {
    const app = await openCheck();
    await dropFile(app, 'mine.json', BAD);
    const found = await findings(app);
    assert.deepEqual(found.filter(([place]) => place.startsWith('$.exhibits')), [
      ['$.exhibits[0].trl', '12 is outside the TRL scale 1–9; ignored'],
      ['$.exhibits[0].patents[0].status', 'unknown patent status "maybe"; ignored'],
      ['$.exhibits[1].title', 'the title is empty; entry skipped'],
    ]);
    assert.match(await app.page.getByTestId('check-status').textContent(), /mine\.json: 3 problems/);
    const trl = app.page.getByTestId('check-finding').filter({ hasText: '$.exhibits[0].trl' });
    assert.match(await trl.textContent(), /line 7, column \d+/);
    await trl.locator('button').click();
    const selected = await app.page.getByTestId('check-text').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.match(selected, /^12, "contact"/, 'the selection starts at the bad value');
    assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), 'check-text');
    await app.close();
  });

  it('offers the corrected catalogue, which reads without a problem', async () => {
    const app = await openCheck();
    await dropFile(app, 'mine.json', BAD);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('check-download').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'mine.checked.json');
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const path = join(dir, 'fixed.json');
    await download.saveAs(path);
    const fixed = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(fixed.exhibits.map((e) => e.id), ['rice']);
    assert.equal(fixed.exhibits[0].trl, undefined);
    assert.equal(fixed.exhibits[0].patents[0].status, undefined);
    // Checked again, the corrected catalogue has no problem left.
    await dropFile(app, 'fixed.json', readFileSync(path, 'utf8'));
    assert.deepEqual((await findings(app)).filter(([place]) => place.startsWith('$.exhibits[')), []);
    assert.equal(cli(['check', path]).code, 0, 'and the CLI agrees');
    await app.close();
  });

  it('previews the catalogue in the visitor’s language', async () => {
    const app = await openCheck('en');
    await dropFile(app, 'mine.json', BAD);
    const preview = app.page.getByTestId('check-preview');
    await preview.getByTestId('card').first().waitFor();
    assert.equal(await preview.getByTestId('card').count(), 1);
    assert.equal(await preview.locator('.card-title').textContent(), 'Rice sensor');
    for (const [lang, title, institution] of [['ja', '稲センサー', 'わが大学'], ['zh', '水稻传感器', '我的大学']]) {
      await app.page.getByTestId('lang').first().selectOption(lang);
      await preview.locator('.card-title').filter({ hasText: title }).waitFor();
      assert.match(await preview.locator('.institution').textContent(), new RegExp(institution));
      assert.match(await app.page.getByTestId('check-status').textContent(), lang === 'ja' ? /問題/ : /问题/);
    }
    await app.close();
  });

  it('says the same as showcase-cli about every bad document the suite uses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(dir, 'bad.json'), BAD);
    const documents = [join(dir, 'bad.json'), ...['hostile.json', 'broken-format.json', 'future-format.json', 'not-json.json', 'partner-extra.json']
      .map((f) => join(FIXTURES, f))];
    for (const path of documents) {
      const name = path.split('/').pop();
      const report = JSON.parse(cli(['check', '--format', 'json', path]).out);
      const document = report.documents[0];
      const expected = [
        ...(document.error ? [document.error.message] : []),
        ...document.problems.map((p) => `${p.path}: ${p.message}`),
      ];
      const app = await openCheck();
      await dropFile(app, name, readFileSync(path, 'utf8'));
      const shown = await findings(app);
      const page = [
        ...(document.error ? [(await app.page.getByTestId('check-status').textContent()).replace(`${name} could not be read: `, '')] : []),
        ...shown.filter(([place]) => place !== '$' || !document.error).map(([place, message]) => `${place}: ${message}`),
      ];
      assert.deepEqual(page.sort(), expected.sort(), name);
      await app.close();
    }
  });

  it('imports a spreadsheet’s CSV files, and points at the row of each problem', async () => {
    const templates = resolve(process.env.SHOWCASE_DIST, 'templates');
    const sheets = ['template.csv', 'template.catalogue.csv', 'template.institutions.csv', 'template.fields.csv',
      'template.events.csv', 'template.patents.csv', 'template.inventors.csv', 'template.media.csv'];
    const app = await openCheck('ja');
    await app.page.getByTestId('check-file').setInputFiles(sheets.map((name) => ({
      name, mimeType: 'text/csv', buffer: readFileSync(join(templates, name)),
    })));
    await app.page.getByTestId('check-preview').getByTestId('card').first().waitFor();
    assert.equal(await app.page.getByTestId('check-preview').getByTestId('card').count(), 2, 'the template’s two example rows');
    assert.deepEqual((await findings(app)).filter(([, m]) => !/提案/.test(m)).map(([place]) => place).filter((p) => !p.startsWith('$')), []);

    // The same sheet with a TRL in words and a row without an id.
    const rows = readFileSync(join(templates, 'template.csv'), 'utf8').split('\n');
    const header = rows[0].replace(/^\uFEFF/, '').split(',');
    const trl = header.indexOf('trl');
    const cells = rows[1].split(',');
    cells[trl] = 'twelve';
    const bad = [rows[0], cells.join(','), `,No id here${',x'.repeat(3)}`, rows[2]].join('\n');
    await app.page.getByTestId('check-file').setInputFiles([
      { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) },
      ...sheets.slice(1).map((name) => ({ name: name.replace('template', 'mine'), mimeType: 'text/csv', buffer: readFileSync(join(templates, name)) })),
    ]);
    const column = String.fromCharCode(65 + trl);
    const finding = app.page.getByTestId('check-finding').filter({ hasText: `exhibits!${column}2` });
    await finding.waitFor();
    assert.match(await finding.textContent(), /"twelve" は TRL（1～9 の整数）ではありません/);
    await finding.locator('button').click();
    const selected = await app.page.getByTestId('check-text').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
    assert.ok(selected.startsWith('example-salt-tolerant-rice,'), 'the whole row is selected');
    assert.equal(await app.page.getByTestId('check-finding').filter({ hasText: 'exhibits!3' }).count() + await app.page.getByTestId('check-finding').filter({ hasText: 'exhibits!A3' }).count(), 1, 'the row without an id');
    assert.equal(await app.page.getByTestId('check-preview').getByTestId('card').count(), 2, 'the bad row is left out, the TRL dropped');
    await app.close();
  });

  it('lists the first 500 findings of a large catalogue and counts the rest', async () => {
    const exhibits = Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`, title: `Exhibit ${i}`, summary: 's', institution: 'u', trl: 10 + i, contact: { email: 'a@b.example' },
    }));
    const big = JSON.stringify({ format: 'showcase/1', id: 'big', title: 'Big', updated: '2026-11-30',
      institutions: [{ id: 'u', name: 'U', country: 'JP' }], exhibits }, null, 1);
    const app = await openCheck();
    await dropFile(app, 'big.json', big);
    assert.match(await app.page.getByTestId('check-status').textContent(), /big\.json: 600 problems/);
    assert.equal(await app.page.getByTestId('check-finding').count(), 500);
    assert.match(await app.page.locator('.check-findings').textContent(), /100 more findings are not listed here/);
    await app.page.getByTestId('check-preview').locator('[data-testid=cards]:not([aria-busy])').waitFor();
    assert.equal(await app.page.getByTestId('check-preview').getByTestId('card').count(), 48, 'the preview pages as the showcase does');
    await app.close();
  });

  it('checks a published catalogue by its address, and an index’s catalogues one by one', async () => {
    const app = await openCheck();
    await app.page.getByTestId('check-url').fill(`${env.server.origin}${APP_PATH}catalogues/index.json`);
    await app.page.getByTestId('check-url-button').click();
    const listed = app.page.locator('.check-listed button');
    await listed.first().waitFor();
    assert.equal(await listed.count(), 2);
    await listed.first().click();
    await app.page.getByTestId('check-preview').getByTestId('card').first().waitFor();
    assert.match(await app.page.getByTestId('check-status').textContent(), /forum-2022-china\.json/);
    await app.page.getByTestId('check-url').fill(`${env.server.origin}${APP_PATH}catalogues/nowhere.json`);
    await app.page.getByTestId('check-url-button').click();
    await app.page.getByTestId('check-status').filter({ hasText: 'could not be read: the server answered HTTP 404' }).waitFor();
    await app.close();
  });
});
