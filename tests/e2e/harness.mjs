// Shared set-up for the end-to-end tests: one static server and one headless Chromium per
// file, a fresh page per test, and a page object that speaks in the user's terms.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, APP_PATH } from './server.mjs';

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

/**
 * Ids of demo exhibits that mention `text` anywhere a visitor's search looks: their own
 * text, or the names of their institution and fields. Only for queries that need no
 * normalisation.
 */
export function demoMentioning(text) {
  const catalogues = demoCatalogues();
  const names = (list, id) => JSON.stringify(list.find((x) => x.id === id)?.name ?? '');
  return catalogues.flatMap((c) => c.exhibits.filter((e) => {
    const own = JSON.stringify([e.title, e.summary, e.keywords ?? []]);
    const linked = [names(c.institutions, e.institution), ...e.fields.map((f) => names(c.fields, f))];
    return [own, ...linked].some((s) => s.includes(text));
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

  static async open(env, query = '', viewport = { width: 1280, height: 900 }) {
    const context = await env.browser.newContext({ viewport, locale: 'en-US' });
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

  /** Every source has settled: the results area is no longer busy and shows a count. */
  async loaded() {
    await this.page.waitForFunction(() => {
      const area = document.querySelector('.results-area');
      const count = document.querySelector('[data-testid=count]')?.textContent ?? '';
      return area && area.getAttribute('aria-busy') !== 'true' && /\d/.test(count);
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
