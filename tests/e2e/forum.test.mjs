// The forum itself: the programme page (sessions by day, their universities and exhibits, the
// forum's own story) and the statistics page (totals and charts of the current view, every bar
// a link), in three languages, in an embed, and checked against the demo data counted here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoCatalogues, Showcase, useBrowser } from './harness.mjs';

const env = useBrowser();
const catalogues = demoCatalogues();
const index = JSON.parse(readFileSync(resolve(process.env.SHOWCASE_DIST, 'catalogues', 'index.json'), 'utf8'));
const exhibits = catalogues.flatMap((c) => c.exhibits);
const institutions = new Map(catalogues.flatMap((c) => c.institutions).map((i) => [i.id, i]));
const text = (t, lang) => (typeof t === 'string' ? t : t[lang] ?? t.en ?? Object.values(t)[0]);

/** The demo's events merged by id: participants are the union of every catalogue's. */
function demoEvents() {
  const events = new Map();
  for (const c of catalogues) {
    for (const e of c.events ?? []) {
      const seen = events.get(e.id);
      if (seen) for (const i of e.institutions ?? []) { if (!seen.institutions.includes(i)) seen.institutions.push(i); }
      else events.set(e.id, { ...e, institutions: [...(e.institutions ?? [])] });
    }
  }
  return [...events.values()];
}

/** How many results the view shows ("7 of 73" in any language's order). */
const shownCount = async (app) => Math.min(...await app.counts());

async function programme(query, options) {
  const app = await Showcase.open(env, `?page=programme${query}`, undefined, options);
  await app.page.getByTestId('programme-page').waitFor();
  await app.page.getByTestId('session').first().waitFor();
  return app;
}

describe('the programme page', () => {
  for (const lang of ['en', 'zh', 'ja']) {
    it(`lists every session of the demo with its universities and the forum's story (${lang})`, async () => {
      const app = await programme(`&lang=${lang}`);
      const events = demoEvents();
      const sessions = app.page.getByTestId('session');
      assert.equal(await sessions.count(), events.length);
      for (const event of events) {
        const session = app.page.locator(`[data-event="${event.id}"]`);
        assert.equal((await session.locator('h4').textContent()).trim(), text(event.name, lang));
        const universities = await session.getByTestId('session-university').allTextContents();
        assert.deepEqual(universities.map((u) => u.trim()),
          event.institutions.map((id) => text(institutions.get(id).name, lang)), event.id);
      }
      // The demo's days: 28–29 November 2022, in the visitor's language.
      const day = await app.page.getByTestId('programme-day').first().locator('h3').textContent();
      assert.match(day, lang === 'en' ? /November 28, 2022/ : /2022年11月28日/);
      const about = app.page.getByTestId('about-forum');
      assert.match(await about.textContent(), /2010/);
      assert.ok((await about.textContent()).includes(text(index.organisers[0].name, lang)));
      assert.equal(await app.page.getByTestId('organisers').locator('li').count(), index.organisers.length);
      await app.close();
    });
  }

  it("leads from a session to its exhibits and from a university to its exhibits", async () => {
    const app = await programme('&q=rice&country=CN');
    const expected = exhibits.filter((e) => (e.events ?? []).includes('seminar-tcm')).length;
    assert.ok(expected > 0);
    const link = app.page.locator('[data-event="seminar-tcm"]').getByTestId('session-exhibits');
    assert.match(await link.textContent(), new RegExp(`\\b${expected} exhibits? from this session`));
    await link.click();
    await app.loaded();
    // A question of its own: the session, nothing of the search it came from.
    assert.equal(app.params().get('event'), 'seminar-tcm');
    assert.equal(app.params().get('page'), null);
    assert.equal(app.params().get('q'), null);
    assert.equal(await shownCount(app), expected);
    await app.page.goBack();
    const university = app.page.locator('[data-event="sub-forum-2"]').getByTestId('session-university').first();
    const id = demoEvents().find((e) => e.id === 'sub-forum-2').institutions[0];
    await university.click();
    await app.loaded();
    assert.equal(app.params().get('institution'), id);
    assert.equal(await shownCount(app), exhibits.filter((e) => e.institution === id).length);
    await app.close();
  });

  it("shows a session's time on its clock and on the visitor's, and its text as text", async () => {
    const app = await programme(`&catalogue=${encodeURIComponent(`${env.server.origin}/fixtures/timed-programme.json`)}`,
      { timezoneId: 'Asia/Tokyo' });
    const days = app.page.getByTestId('programme-day');
    assert.equal(await days.count(), 2);
    // Whole-day first, then by moment; 10:00 in Tokyo is the next day's.
    assert.deepEqual(await days.nth(0).getByTestId('session').evaluateAll((s) => s.map((e) => e.dataset.event)), ['poster', 'opening']);
    const opening = app.page.locator('[data-event="opening"]');
    assert.deepEqual(await opening.getByTestId('session-time').locator('span').allTextContents(),
      ['09:30–11:00 UTC+08:00', '10:30–12:00 your time (UTC+09:00)']);
    const tokyo = app.page.locator('[data-event="tokyo-talk"]');
    assert.equal((await tokyo.getByTestId('session-time').textContent()).trim(), '10:00 UTC+09:00');
    assert.equal(await opening.locator('.session-description').count(), 2);
    assert.equal(await opening.locator('b').count(), 0);
    assert.match(await opening.textContent(), /<b>not markup<\/b>/);
    assert.match(await opening.getByTestId('session-exhibits').textContent(), /2 exhibits from this session/);
    assert.match(await tokyo.getByTestId('session-exhibits').textContent(), /1 exhibit from this session/);
    await app.close();
  });

  it('works inside an embed and prints without its controls', async () => {
    const app = await programme('&embed=1&lang=ja');
    assert.equal(await app.page.locator('.site-header').count(), 0);
    assert.equal(await app.page.getByTestId('session').count(), demoEvents().length);
    await app.page.emulateMedia({ media: 'print' });
    assert.equal(await app.page.getByTestId('programme-print').isVisible(), false);
    assert.equal(await app.page.getByTestId('back').isVisible(), false);
    assert.ok(await app.page.locator('[data-event="main-forum"]').isVisible());
    await app.close();
  });

  it('is reached from the header', async () => {
    const app = await Showcase.open(env, '?lang=zh');
    await app.loaded();
    await app.page.getByTestId('programme-link').click();
    await app.page.getByTestId('session').first().waitFor();
    assert.equal(app.params().get('page'), 'programme');
    await app.close();
  });
});

/** What the demo says for exhibits passing `keep`, counted here from the files. */
function expectedStats(keep) {
  const shown = exhibits.filter(keep);
  const country = (e) => institutions.get(e.institution).country;
  const tally = (values) => {
    const m = new Map();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  return {
    total: shown.length,
    universities: new Set(shown.map((e) => e.institution)).size,
    countries: new Set(shown.map(country)).size,
    sessions: new Set(shown.flatMap((e) => e.events ?? [])).size,
    fields: tally(shown.flatMap((e) => e.fields ?? [])),
    trl: tally(shown.filter((e) => e.trl).map((e) => e.trl)),
    institutions: tally(shown.map((e) => e.institution)),
  };
}

async function tableOf(app, chart) {
  const rows = await app.page.getByTestId(`chart-${chart}`).locator('[data-testid=chart-table] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').textContent, Number(tr.querySelector('td').textContent.replaceAll(',', ''))]));
  return rows;
}

describe('the statistics page', () => {
  it('counts the current view, and a bar shows exactly its exhibits', async () => {
    const app = await Showcase.open(env, '?page=stats&country=JP&coop=licensing');
    await app.page.getByTestId('chart-field').waitFor();
    const keep = (e) => institutions.get(e.institution).country === 'JP' && (e.cooperation ?? []).includes('licensing');
    const want = expectedStats(keep);
    assert.ok(want.total > 2, 'a view with something to count');
    const total = async (id) => Number((await app.page.getByTestId(`total-${id}`).textContent()).replaceAll(',', ''));
    assert.equal(await total('exhibits'), want.total);
    assert.equal(await total('universities'), want.universities);
    assert.equal(await total('countries'), want.countries);
    assert.equal(await total('sessions'), want.sessions);
    const fieldNames = new Map(catalogues.flatMap((c) => c.fields).map((f) => [text(f.name, 'en'), f.id]));
    const fields = await tableOf(app, 'field');
    assert.deepEqual(new Map(fields.map(([name, n]) => [fieldNames.get(name), n])), want.fields);
    const counts = fields.map(([, n]) => n);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most first');
    const trl = await tableOf(app, 'trl');
    assert.equal(trl.length, 9);
    trl.forEach(([, n], i) => assert.equal(n, want.trl.get(i + 1) ?? 0, `TRL ${i + 1}`));
    const top = await tableOf(app, 'institution');
    assert.ok(top.length <= 20);
    assert.equal(top.reduce((s, [, n]) => s + n, 0), Math.min(want.total, top.reduce((s, [, n]) => s + n, 0)));
    // The field chart's first bar, activated with the keyboard.
    const [name, count] = fields[0];
    const bar = app.page.getByTestId('chart-field').getByTestId('chart-bar').first();
    assert.match((await bar.textContent()).trim(), new RegExp(`^${name}\\s*${count} exhibits? — show`));
    await bar.focus();
    await app.page.keyboard.press('Enter');
    await app.loaded();
    assert.equal(app.params().get('page'), null);
    assert.equal(app.params().get('field'), fieldNames.get(name));
    assert.equal(app.params().get('country'), 'JP');
    assert.equal(await shownCount(app), count);
    await app.close();
  });

  it('follows the search, draws a TRL bar as a filter, and downloads a chart and its numbers', async () => {
    const app = await Showcase.open(env, '?page=stats&lang=zh');
    await app.page.getByTestId('chart-trl').waitFor();
    const want = expectedStats(() => true);
    assert.equal(Number((await app.page.getByTestId('total-exhibits').textContent()).replaceAll(',', '')), want.total);
    const level = [...want.trl.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const bars = app.page.getByTestId('chart-trl').getByTestId('chart-bar');
    const labels = await bars.allTextContents();
    const at = labels.findIndex((l) => l.trim().startsWith(`TRL ${level}`));
    assert.ok(at >= 0, labels.join(' | '));
    const [svg] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('chart-trl').getByTestId('chart-svg').click()]);
    assert.match(svg.suggestedFilename(), /-stats-trl-\d{4}-\d{2}-\d{2}\.svg$/);
    const drawing = readFileSync(await svg.path(), 'utf8');
    assert.match(drawing, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(drawing, /<title>按技术成熟度（TRL）<\/title>/);
    const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('chart-trl').getByTestId('chart-csv').click()]);
    const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(lines.length, 10);
    assert.equal(lines[level], `TRL ${level},${want.trl.get(level)}`);
    await bars.nth(at).click();
    await app.loaded();
    assert.equal(app.params().get('trl'), String(level));
    assert.equal(await shownCount(app), want.trl.get(level));
    // Back on the statistics with a search: the totals follow it.
    await app.page.goBack();
    await app.page.getByTestId('chart-trl').waitFor();
    await app.search().fill('水稻');
    await app.page.waitForFunction((n) => document.querySelector('[data-testid=total-exhibits]')?.textContent !== String(n), want.total);
    const shown = Number((await app.page.getByTestId('total-exhibits').textContent()).replaceAll(',', ''));
    assert.ok(shown > 0 && shown < want.total, `${shown}`);
    await app.close();
  });

  it('works inside an embed', async () => {
    const app = await Showcase.open(env, '?embed=1&page=stats&lang=ja');
    await app.page.getByTestId('chart-country').waitFor();
    assert.equal(await app.page.locator('.site-header').count(), 0);
    const countries = await tableOf(app, 'country');
    assert.deepEqual(countries.map(([c]) => c).sort(), ['中国', '日本']);
    await app.close();
  });
});

