// Shared set-up for the end-to-end tests: one static server and one headless Chromium per
// file, a fresh page per test, and a page object that speaks in the user's terms.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, APP_PATH } from './server.mjs';
import { canonicalMap } from '../../build/fold-table.mjs';

export { APP_PATH };

const dist = process.env.SHOWCASE_DIST;
if (!dist) throw new Error('SHOWCASE_DIST must name the release build (see .ci/test)');

/** The bundled demo catalogues, read from the files the build ships. */
export function demoCatalogues() {
  const dir = resolve(dist, 'catalogues');
  const index = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8'));
  return index.catalogues.map((c) => JSON.parse(readFileSync(resolve(dir, c), 'utf8')));
}

/** The demo exhibition's name in `lang`, from the bundled index. */
export function demoTitle(lang) {
  const index = JSON.parse(readFileSync(resolve(dist, 'catalogues', 'index.json'), 'utf8'));
  return index.title[lang];
}

export function demoExhibits() {
  return demoCatalogues().flatMap((c) => c.exhibits);
}

// The search's definition, written independently of the engine, for counting what a query
// should find in the demo: NFKC width and case, OpenCC's variant classes (the table the app's
// is generated from), words matched whole (the last one also as the start of a word, as it is
// while being typed), CJK runs as substrings, and the catalogues' multilingual texts as a
// thesaurus. Typos are not modelled: use it with queries no misspelling reaches.
const CANONICAL = canonicalMap();
const fold = (s) => [...String(s).normalize('NFKC').toLowerCase()].map((c) => CANONICAL.get(c) ?? c).join('');
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー々';
const RUNS = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}])+`, 'gu');
const isCjk = (run) => new RegExp(`^[${CJK}]`, 'u').test(run);
const strings = (t) => (t == null ? [] : typeof t === 'string' ? [t] : Object.values(t));

/** What format 1.1 adds to an exhibit's searched text: patents, inventors, media captions. */
const format11Texts = (e) => [
  ...(e.patents ?? []).flatMap((p) => [p.number, p.title]),
  ...(e.inventors ?? []).map((i) => i.name),
  ...(e.media ?? []).map((m) => m.caption),
].filter((t) => t != null);

/** Ids of demo exhibits that the search for `query` finds. */
export function demoMentioning(query) {
  const catalogues = demoCatalogues();
  const multilingual = catalogues.flatMap((c) => [
    ...c.institutions.map((i) => i.name), ...c.fields.map((f) => f.name),
    ...c.exhibits.flatMap((e) => [e.title, ...(e.keywords ?? []), ...format11Texts(e)]),
  ]).map((t) => [...new Set(strings(t).map(fold))]).filter((parts) => parts.length > 1);
  const thesaurus = (s) => [...new Set(multilingual.filter((parts) => parts.includes(s)).flat())].filter((p) => p !== s);
  const pieces = fold(query).match(RUNS) ?? [];
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const has = (texts, piece, prefix) => (isCjk(piece)
    ? texts.some((t) => t.includes(piece))
    : texts.some((t) => (t.match(RUNS) ?? []).some((w) => w === piece || (prefix && w.startsWith(piece)))));
  const all = (texts, ps, prefixLast) => ps.every((p, i) => has(texts, p, prefixLast && i === ps.length - 1 && !isCjk(p)));
  const whole = pieces.length > 1 ? thesaurus(pieces.join(' ')) : [];
  const clauses = whole.length > 0
    ? [{ own: pieces, others: whole }]
    : pieces.map((p, i) => ({ own: [p], last: typing && i === pieces.length - 1, others: thesaurus(p) }));
  return catalogues.flatMap((c) => c.exhibits.filter((e) => {
    const names = [c.institutions.find((i) => i.id === e.institution)?.name, ...e.fields.map((f) => c.fields.find((x) => x.id === f)?.name)];
    const texts = [e.title, e.summary, ...(e.keywords ?? []), ...format11Texts(e), ...names].flatMap(strings).map(fold);
    return clauses.every(({ own, last, others }) => all(texts, own, last)
      || others.some((o) => all(texts, o.match(RUNS) ?? [], false)));
  }).map((e) => e.id));
}

/**
 * One app server, one other-origin server (CORS on: fixtures and host pages), one browser.
 * `app` options go to the app's server (`cors`, `appHeaders`).
 */
export function useBrowser(app = {}) {
  const env = {};
  before(async () => {
    env.server = await startServer({ dist, ...app });
    env.other = await startServer({ cors: true });
    env.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
        '--disable-background-networking', '--disable-component-update'],
    });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
    await env.other?.close();
  });
  return env;
}

export class Showcase {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  /**
   * A fresh context with the app at `query`. Service workers are blocked unless `workers` (the
   * offline tests): a worker would answer later loads of a test from its caches.
   */
  static async open(env, query = '', viewport = { width: 1280, height: 900 }, { workers = false, locale = 'en-US', timezoneId } = {}) {
    const context = await env.browser.newContext({ viewport, locale, timezoneId, serviceWorkers: workers ? 'allow' : 'block' });
    const page = await context.newPage();
    const app = new Showcase(page, env.server.origin);
    await page.goto(`${env.server.origin}${APP_PATH}${query}`);
    return app;
  }

  async close() {
    assert.deepEqual(this.errors, [], 'the page threw');
    await this.page.context().close();
  }

  cards() { return this.page.getByTestId('card'); }
  count() { return this.page.getByTestId('count'); }
  search() { return this.page.getByTestId('search'); }
  dialog() { return this.page.getByTestId('detail'); }
  facet(name) { return this.page.locator(`[data-facet=${name}]`); }
  option(facet, value) { return this.facet(facet).locator(`input[value="${value}"]`); }

  /** Every source has settled: the results area is no longer busy and shows a count, and the
   * page of cards has filled in (it is built a few cards a frame). */
  async loaded() {
    await this.page.waitForFunction(() => {
      const area = document.querySelector('#results');
      const count = document.querySelector('[data-testid=count]')?.textContent ?? '';
      const filling = document.querySelector('#results [data-testid=cards][aria-busy=true]');
      return area && area.getAttribute('aria-busy') !== 'true' && /\d/.test(count) && !filling;
    });
  }

  /** The shown and total numbers of the result count (digits only, any language). */
  async counts() {
    const text = await this.count().textContent();
    const numbers = text.match(/[\d,]+/g).map((n) => Number(n.replaceAll(',', '')));
    return numbers;
  }

  async optionCount(facet, value) {
    const label = this.facet(facet).locator('label', { has: this.page.locator(`input[value="${value}"]`) });
    return Number((await label.locator('.count').textContent()).replaceAll(',', ''));
  }

  /**
   * Clicks the control with `testid` once it has stopped moving. Cards out of sight are laid out
   * only as they come into view (`content-visibility: auto`), so the rows above a control at the
   * foot of the page grow while it scrolls into view, and a click aimed before that lands on
   * whatever moved under the pointer.
   */
  async clickSettled(testid) {
    const target = this.page.getByTestId(testid);
    await target.scrollIntoViewIfNeeded();
    await this.page.waitForFunction((id) => new Promise((settled) => {
      let last = null;
      let still = 0;
      const tick = () => {
        const top = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect().top;
        still = top === last ? still + 1 : 0;
        last = top;
        if (still >= 5) settled(true);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), testid);
    await target.click();
  }

  params() {
    return new URL(this.page.url()).searchParams;
  }
}
