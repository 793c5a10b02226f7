// Accessibility: axe-core finds no WCAG 2.2 A/AA or best-practice violation in any view,
// language or colour scheme; the whole flow works from the keyboard alone; the result count
// is announced through a polite live region; small screens and 200 % zoom keep everything.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { demoExhibits, Showcase, useBrowser } from './harness.mjs';

// CORS on the app's files: the script embed loads them from a host page of another origin.
const env = useBrowser({ cors: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const rulesChecked = new Set();

after(() => {
  console.log(`# axe rules that applied and passed (${rulesChecked.size}): ${[...rulesChecked].sort().join(', ')}`);
});

async function axe(app, label) {
  await app.page.addScriptTag({ path: AXE });
  const result = await app.page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] }),
    TAGS,
  );
  for (const r of result.passes) rulesChecked.add(r.id);
  const report = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary}`).join('\n')}`);
  assert.deepEqual(report, [], `axe violations in ${label}`);
}

async function open(query, { scheme = 'light', viewport } = {}) {
  const app = await Showcase.open(env, query, viewport);
  await app.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  return app;
}

describe('axe-core finds no violations', () => {
  for (const lang of ['en', 'zh', 'ja']) {
    for (const scheme of ['light', 'dark']) {
      it(`in the list view (${lang}, ${scheme})`, async () => {
        const app = await open(`?lang=${lang}&field=agriculture`, { scheme });
        await app.loaded();
        await axe(app, `list ${lang} ${scheme}`);
        await app.close();
      });
    }
    it(`in a detail view (${lang})`, async () => {
      const app = await open(`?lang=${lang}`);
      await app.loaded();
      await app.cards().first().locator('.card-title a').click();
      await app.dialog().waitFor({ state: 'visible' });
      await axe(app, `detail ${lang}`);
      await app.close();
    });
  }

  for (const lang of ['en', 'zh', 'ja']) {
    it(`with highlights, a why line and a spelling suggestion (${lang}, light and dark)`, async () => {
      const catalogue = encodeURIComponent(`${env.other.origin}/fixtures/scripts.json`);
      for (const scheme of ['light', 'dark']) {
        const app = await open(`?lang=${lang}&catalogue=${catalogue}&q=${encodeURIComponent('ドローン')}`, { scheme });
        await app.loaded();
        assert.ok(await app.page.locator('mark').count() > 0);
        assert.equal(await app.page.getByTestId('why').count(), 1);
        await axe(app, `highlights ${lang} ${scheme}`);
        await app.cards().nth(1).locator('.card-title a').click();
        await app.dialog().waitFor({ state: 'visible' });
        await axe(app, `highlighted detail ${lang} ${scheme}`);
        await app.close();
        const empty = await open(`?lang=${lang}&catalogue=${catalogue}&q=bttry`, { scheme });
        await empty.page.getByTestId('suggestion').waitFor();
        await axe(empty, `suggestion ${lang} ${scheme}`);
        await empty.close();
      }
    });
  }

  for (const lang of ['en', 'zh', 'ja']) {
    it(`in kiosk mode, with a failed source and the offline notice (${lang}, light and dark)`, async () => {
      const missing = encodeURIComponent(`${env.other.origin}/fixtures/missing.json`);
      for (const scheme of ['light', 'dark']) {
        const app = await open(`?lang=${lang}&kiosk=1&catalogue=catalogues/index.json&catalogue=${missing}`, { scheme });
        await app.loaded();
        await app.page.getByTestId('retry').waitFor();
        await app.page.getByTestId('suggested').waitFor();
        await app.page.context().setOffline(true);
        await app.page.getByTestId('offline').waitFor();
        await axe(app, `kiosk ${lang} ${scheme}`);
        await app.cards().first().locator('.card-title a').click();
        await app.dialog().waitFor({ state: 'visible' });
        await axe(app, `kiosk detail ${lang} ${scheme}`);
        await app.page.context().setOffline(false);
        await app.close();
      }
    });
  }

  for (const lang of ['en', 'zh', 'ja']) {
    it(`on the shortlist, compare and export pages (${lang}, light and dark)`, async () => {
      const ids = demoExhibits().slice(0, 3).map((e) => e.id);
      for (const scheme of ['light', 'dark']) {
        // A shared list offered, then the visitor's own list with all its sections.
        const app = await open(`?lang=${lang}&page=shortlist&keep=${ids.join(',')},withdrawn-one`, { scheme });
        await app.page.getByTestId('shared-offer').waitFor();
        await axe(app, `shared list ${lang} ${scheme}`);
        await app.page.getByTestId('add-shared').click();
        await app.page.getByTestId('letters').waitFor();
        await app.page.getByTestId('choose').first().check();
        await axe(app, `shortlist ${lang} ${scheme}`);
        await app.page.goto(app.page.url().replace(/\?.*$/, `?lang=${lang}&page=compare&keep=${ids.join(',')}`));
        await app.page.getByTestId('compare-table').waitFor();
        await axe(app, `compare ${lang} ${scheme}`);
        await app.page.goto(app.page.url().replace(/\?.*$/, `?lang=${lang}&page=export&keep=${ids.join(',')}`));
        await app.page.getByTestId('export-count').waitFor();
        await axe(app, `export ${lang} ${scheme}`);
        await app.close();
      }
    });
  }

  for (const lang of ['en', 'zh', 'ja']) {
    it(`on the programme and statistics pages (${lang}, light and dark)`, async () => {
      for (const scheme of ['light', 'dark']) {
        const app = await open(`?lang=${lang}&page=programme`, { scheme });
        await app.page.getByTestId('session').first().waitFor();
        await app.page.getByTestId('about-forum').waitFor();
        await axe(app, `programme ${lang} ${scheme}`);
        await app.page.goto(app.page.url().replace(/\?.*$/, `?lang=${lang}&page=stats&country=CN`));
        await app.page.getByTestId('chart-institution').waitFor();
        await axe(app, `statistics ${lang} ${scheme}`);
        await app.page.goto(app.page.url().replace(/\?.*$/, `?lang=${lang}&page=stats&embed=1`));
        await app.page.getByTestId('chart-field').waitFor();
        await axe(app, `embedded statistics ${lang} ${scheme}`);
        await app.close();
      }
    });
  }

  for (const lang of ['en', 'zh', 'ja']) {
    it(`on the check page with findings and a preview (${lang}, light and dark)`, async () => {
      const bad = readFileSync(new URL('../fixtures/hostile.json', import.meta.url), 'utf8');
      for (const scheme of ['light', 'dark']) {
        const app = await open(`?lang=${lang}&page=check`, { scheme });
        await app.page.getByTestId('check-page').waitFor();
        await axe(app, `empty check page ${lang} ${scheme}`);
        await app.page.getByTestId('check-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
        await app.page.getByTestId('check-preview').getByTestId('card').first().waitFor();
        await axe(app, `check page ${lang} ${scheme}`);
        await app.close();
      }
    });
  }

  it('in the empty state (light and dark)', async () => {
    for (const scheme of ['light', 'dark']) {
      const app = await open('?q=zzzzqqq&field=tcm', { scheme });
      await app.loaded();
      await app.page.getByTestId('empty').waitFor();
      await axe(app, `empty ${scheme}`);
      await app.close();
    }
  });

  it('in an embed (themes, locks, accent) and on the embed-code page', async () => {
    for (const query of ['?embed=1&theme=dark&lock=institution&institution=hzau',
      '?embed=1&theme=light&accent=ffd400&field=tcm&lang=ja']) {
      const app = await open(query);
      await app.loaded();
      await app.page.getByTestId('filters-toggle').click();
      await axe(app, `embed ${query}`);
      await app.close();
    }
    // The script embed, on a plain partner page with its own landmarks.
    const origin = `${env.server.origin}/cdn/showcase/`;
    env.other.page('/host/a11y.html', `<!doctype html><html lang="en"><head><title>Partner</title></head>
      <body><header><a href="/">Partner university</a></header><main><h1>Our inventions</h1>
      <div data-showcase data-field="agriculture" data-lang="zh"></div></main>
      <script type="module" src="${origin}embed.js"></script></body></html>`);
    const host = new Showcase(await (await env.browser.newContext()).newPage(), env.other.origin);
    await host.page.goto(`${env.other.origin}/host/a11y.html`);
    await host.page.locator('[data-showcase] [data-testid=card]').first().waitFor();
    await host.page.locator('[data-showcase] [data-testid=filters-toggle]').click();
    await axe(host, 'script embed on a partner page');
    await host.close();

    const app = await open('?page=embed&field=agriculture&lock=field&theme=dark');
    await app.page.getByTestId('embed-code').waitFor();
    await app.page.waitForSelector('[data-testid=embed-preview]');
    await axe(app, 'embed-code page');
    await app.close();
  });

  it('in an error state', async () => {
    const app = await open(`?catalogue=catalogues/index.json&catalogue=${encodeURIComponent(`${env.server.origin}/fixtures/not-json.json`)}&catalogue=${encodeURIComponent(`${env.server.origin}/fixtures/broken-format.json`)}`);
    await app.loaded();
    await app.page.getByTestId('source-errors').waitFor();
    await app.page.getByTestId('source-problems').locator('summary').click();
    await axe(app, 'error state');
    await app.close();
  });

  it('on a phone-sized screen with the filter panel open', async () => {
    const app = await open('', { viewport: { width: 320, height: 700 } });
    await app.loaded();
    await app.page.getByTestId('filters-toggle').click();
    await axe(app, 'small screen');
    await app.close();
  });
});

/** Presses Tab (or Shift+Tab) until `selector` has focus; fails after `limit` presses. */
async function tabTo(page, selector, { back = false, limit = 200 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`${selector} never received focus`);
}

describe('keyboard only', () => {
  it('searches, filters, opens and closes a detail, and clears everything', async () => {
    const app = await open('?lang=en');
    await app.loaded();
    const page = app.page;
    const [, total] = await app.counts();

    await tabTo(page, '[data-testid=search]');
    await page.keyboard.type('sensor');
    await page.waitForFunction(() => new URL(location).searchParams.get('q') === 'sensor');
    const afterSearch = await app.counts();
    assert.ok(afterSearch[0] < total);

    await tabTo(page, '[data-facet=country] input[value=JP]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location).searchParams.get('country') === 'JP');
    assert.ok((await app.counts())[0] <= afterSearch[0]);

    // Focus order follows the page: filters come before the results.
    await tabTo(page, '[data-testid=card] .card-title a');
    const title = await page.evaluate(() => document.activeElement.textContent.trim());
    await page.keyboard.press('Enter');
    await app.dialog().waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true, 'focus moved into the dialog');
    assert.equal((await app.dialog().locator('h2').textContent()).trim(), title);
    await page.keyboard.press('Escape');
    await app.dialog().waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), title, 'focus returned to the card');

    await tabTo(page, '[data-testid=clear-all]', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?lang=en');
    assert.deepEqual(await app.counts(), [total, total]);
    await app.close();
  });

  it('opens the filter panel on a small screen and leaves it with Escape', async () => {
    const app = await open('?lang=en', { viewport: { width: 360, height: 740 } });
    await app.loaded();
    const page = app.page;
    const toggle = page.getByTestId('filters-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await app.option('country', 'CN').isVisible(), false);
    await tabTo(page, '[data-testid=filters-toggle]');
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.filter-groups') !== null), true);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location).searchParams.has('country'));
    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'filters-toggle');
    // Not a trap: focus moves on past the folded panel.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.filter-groups')), null);
    await app.close();
  });
});

describe('announcements and layout', () => {
  it('announces the new result count politely without moving focus', async () => {
    const app = await open('?lang=en');
    await app.loaded();
    const live = app.page.locator('[role=status][aria-live=polite]');
    assert.equal(await live.count(), 1);
    const before = await live.textContent();
    await app.search().fill('battery');
    await app.page.waitForFunction((b) => document.querySelector('[role=status]').textContent !== b, before);
    assert.notEqual(await live.textContent(), before);
    assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), 'search');
    await app.close();
  });

  for (const [label, viewport] of [['320 px wide', { width: 320, height: 640 }], ['200 % zoom of 1280 px', { width: 640, height: 450 }]]) {
    it(`needs no horizontal scrolling at ${label}`, async () => {
      const app = await open('?lang=en', { viewport });
      await app.loaded();
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${overflow}px of horizontal overflow`);
      await app.cards().first().locator('.card-title a').click();
      await app.dialog().waitFor({ state: 'visible' });
      const dialogOverflow = await app.dialog().evaluate((d) => d.scrollWidth - d.clientWidth);
      assert.ok(dialogOverflow <= 0, `dialog overflows by ${dialogOverflow}px`);
      await app.close();
    });
  }
});
