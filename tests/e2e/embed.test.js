// End-to-end tests of embedding: the example third-party page (examples/host/), served
// from one origin on 127.0.0.1, embeds Blotter's widget and imports its JavaScript API
// from the release build (dist/) served from another, as a newsroom's page would.
//
// The API's facts are compared with the command-line tool's, so target/release/blotter
// must exist (scripts/test builds it before these tests).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CLI = join(repo, 'target', 'release', 'blotter');
const WAIT_MS = 15_000;

/** The facts the command-line tool gives for `text` published on `date`, parsed. */
function cliFacts(text, date) {
  const file = join(mkdtempSync(join(tmpdir(), 'blotter-embed-')), 'release.txt');
  writeFileSync(file, text);
  return JSON.parse(execFileSync(CLI, ['extract', '--published', date, file]).toString('utf8'));
}

/** The computed look of the host's own elements and its style sheets. */
function hostLook(page) {
  return page.evaluate(() => {
    const props = ['color', 'background-color', 'font-family', 'font-size', 'line-height', 'margin-top', 'padding-top', 'border-top-width', 'width'];
    const look = {};
    for (const selector of ['body', '.mast', '.mast h1', '.kicker', 'article', 'h2', '.lede', '#release', 'pre', '.note']) {
      const style = getComputedStyle(document.querySelector(selector));
      look[selector] = props.map((p) => style.getPropertyValue(p)).join('|');
    }
    look.sheets = [...document.styleSheets].map((s) => s.href ?? 'inline').join(' ');
    look.styleElements = document.querySelectorAll('style, link[rel=stylesheet]').length;
    return look;
  });
}

describe('embedding on a third-party page', () => {
  let blotter;
  let host;
  let browser;
  let page;
  const requests = [];
  const errors = [];

  before(async () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run cargo build --release --bin blotter`);
    blotter = await serveDist(join(repo, 'dist'), { cors: true });
    host = await serveDist(join(repo, 'examples', 'host'));
    assert.notEqual(new URL(blotter.url).origin, new URL(host.url).origin);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    watch(page, { requests, errors });
    await page.goto(`${host.url}index.html?blotter=${encodeURIComponent(blotter.url)}`);
    await page.waitForFunction(() => window.received?.length > 0 && window.apiFacts, null, { timeout: WAIT_MS });
    assert.equal(await page.evaluate(() => window.received.length), 1, 'one facts message for the host\'s text');
  });

  after(async () => {
    await browser?.close();
    await blotter?.close();
    await host?.close();
  });

  test('the widget renders the facts of its element\'s text', async () => {
    const frame = page.frameLocator('#release iframe');
    await frame.locator('.figures td', { hasText: 'knives' }).first().waitFor({ timeout: WAIT_MS });
    const figures = await frame.locator('.figures').innerText();
    assert.match(figures, /64/);
    assert.match(figures, /arrests?/i);
    const people = await frame.locator('.people').innerText();
    assert.match(people, /Ruth Okafor/);
    const chrome = await frame.locator('.masthead, .colophon').count();
    assert.equal(chrome, 0, 'the widget has no page chrome');
    // The compact view (the default): the highlighted text, read only, and no editor.
    const source = await frame.locator('.source-text').innerText();
    assert.equal(source.trim(), await page.evaluate(() => window.apiText), 'the host\'s text is shown');
    assert.equal(await frame.locator('textarea, button.sample, button.clear, .export').count(), 0, 'no editor');
    assert.equal(await frame.locator('h1').innerText(), 'Facts in this release');
    const places = await frame.locator('#places').innerText();
    assert.match(places, /Hexley/, 'the host\'s towns are found');
    assert.match(places, /Marrowgate/);
    // Sized to its content: the frame is as tall as the widget's page, and far shorter
    // than the whole editor.
    // Sized to its content: the frame is as tall as the widget's page (nothing cut off,
    // no empty space below it), and far shorter than the whole editor.
    const content = await frame.locator('.page').evaluate((e) => e.getBoundingClientRect().height);
    await page.waitForFunction(
      (h) => {
        const frameHeight = document.querySelector('#release iframe').getBoundingClientRect().height;
        return frameHeight >= h && frameHeight <= h + 40;
      },
      content,
      { timeout: WAIT_MS },
    );
    assert.ok(content > 200 && content < 2400, `the widget is ${content} px tall`);
  });

  test('data-blotter-mode="edit" gives the host the whole editor', async () => {
    const edit = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await edit.goto(`${host.url}index.html?edit&blotter=${encodeURIComponent(blotter.url)}`);
    await edit.waitForFunction(() => window.received?.length > 0, null, { timeout: WAIT_MS });
    const frame = edit.frameLocator('#release iframe');
    assert.equal(await frame.locator('textarea').inputValue(), await edit.evaluate(() => window.apiText));
    assert.equal(await frame.locator('button.sample').count(), 1);
    assert.equal(new URL(edit.frames().find((f) => f.url().includes('embed')).url()).searchParams.get('mode'), 'edit');
    await edit.close();
  });

  test('the host receives the facts message, from Blotter\'s origin, in the documented shape', async () => {
    const message = await page.evaluate(() => window.received.at(-1));
    assert.equal(message.type, 'blotter:facts');
    assert.equal(message.version, 1);
    assert.equal(message.widget, 'amnesty');
    assert.equal(message.facts.format, 'facts/1');
    const text = await page.evaluate(() => window.apiText);
    assert.deepEqual(message.facts, cliFacts(text, '2026-02-06'));
  });

  test('extract() from the module API returns what the command-line tool returns', async () => {
    const [facts, text] = await page.evaluate(() => [window.apiFacts, window.apiText]);
    assert.ok(facts.figures.length >= 3, JSON.stringify(facts.figures));
    assert.deepEqual(facts, cliFacts(text, '2026-02-06'));
    const bad = await page.evaluate(async (base) => {
      const { extract } = await import(new URL('blotter.js', base).href);
      const errors = [];
      for (const call of [() => extract(42), () => extract('x', { published: 'Tuesday' })]) {
        try {
          call();
        } catch (e) {
          errors.push(e.name);
        }
      }
      return { errors, empty: extract('').figures.length };
    }, blotter.url);
    assert.deepEqual(bad, { errors: ['TypeError', 'TypeError'], empty: 0 });
  });

  test('the host\'s own styles are untouched by the widget', async () => {
    const plain = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await plain.goto(`${host.url}index.html?nowidget&blotter=${encodeURIComponent(blotter.url)}`);
    await plain.waitForFunction(() => window.apiFacts, null, { timeout: WAIT_MS });
    const without = await hostLook(plain);
    await plain.close();
    const withWidget = await hostLook(page);
    // The element that holds the widget grows to fit it; nothing else may change.
    assert.deepEqual(withWidget, without);
    const added = await page.evaluate(() => [...document.querySelectorAll('#release > *')].map((e) => e.tagName));
    assert.deepEqual(added, ['IFRAME'], 'the loader adds only the frame');
  });

  test('new text from the host is read, and messages not its own are ignored', async () => {
    const before = await page.evaluate(() => window.received.length);
    // Not the widget's messages: the wrong type, the wrong widget name, no text, and the
    // right shape from a window that is not the widget's parent.
    await page.evaluate((origin) => {
      const frame = document.querySelector('#release iframe').contentWindow;
      frame.postMessage({ type: 'blotter:texts', text: 'Officers seized 900 knives.' }, origin);
      frame.postMessage({ type: 'blotter:text', widget: 'other', text: 'Officers seized 901 knives.' }, origin);
      frame.postMessage({ type: 'blotter:text', widget: 'amnesty' }, origin);
      frame.postMessage('blotter:text Officers seized 902 knives.', origin);
      const stranger = document.createElement('iframe');
      stranger.srcdoc = '<p>another frame</p>';
      document.body.append(stranger);
      stranger.contentWindow.eval(`parent.document.querySelector('#release iframe').contentWindow.postMessage({ type: 'blotter:text', widget: 'amnesty', text: 'Officers seized 903 knives.' }, '*')`);
    }, new URL(blotter.url).origin);
    const frame = page.frameLocator('#release iframe');
    await page.waitForTimeout(500);
    assert.doesNotMatch(await frame.locator('.source-text').innerText(), /90[0-3] knives/);
    assert.equal(await page.evaluate(() => window.received.length), before, 'no new facts');

    await page.evaluate(() =>
      document.getElementById('release').blotter.setText('Officers in Hexley seized 27 knives on Tuesday.', '2026-03-05'),
    );
    await page.waitForFunction((n) => window.received.length > n, before, { timeout: WAIT_MS });
    const latest = await page.evaluate(() => window.received.at(-1).facts);
    assert.deepEqual(latest, cliFacts('Officers in Hexley seized 27 knives on Tuesday.', '2026-03-05'));
    assert.equal((await frame.locator('.source-text').innerText()).trim(), 'Officers in Hexley seized 27 knives on Tuesday.');
  });

  test('the widget follows the host\'s dark or light colours', async () => {
    const dark = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await dark.goto(`${host.url}index.html?dark&blotter=${encodeURIComponent(blotter.url)}`);
    await dark.waitForFunction(() => window.received?.length > 0, null, { timeout: WAIT_MS });
    const frame = dark.frames().find((f) => f.url().includes('embed'));
    assert.equal(new URL(frame.url()).searchParams.get('theme'), 'dark');
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const light = await page.frames().find((f) => f.url().includes('embed')).evaluate(() => document.documentElement.dataset.theme ?? '');
    assert.equal(light, '', 'a host that declares no colours leaves the reader\'s system theme');
    await dark.close();
  });

  test('a host serving Blotter\'s files itself, under a path of its own, gets the same', async () => {
    // One origin: the example page at /, Blotter's build at /tools/blotter/ (no CORS).
    const site = await serveDist(join(repo, 'examples', 'host'), { mounts: { '/tools/blotter/': join(repo, 'dist') } });
    try {
      const own = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await own.goto(`${site.url}index.html?blotter=${encodeURIComponent(`${site.url}tools/blotter/`)}`);
      await own.waitForFunction(() => window.received?.length > 0 && window.apiFacts, null, { timeout: WAIT_MS });
      assert.ok(await own.evaluate(() => window.received.every((m) => m.facts.figures.length > 0)), 'no facts of the empty start');
      const text = await own.evaluate(() => window.apiText);
      assert.deepEqual(await own.evaluate(() => window.apiFacts), cliFacts(text, '2026-02-06'));
      assert.deepEqual(await own.evaluate(() => window.received.at(-1).facts), cliFacts(text, '2026-02-06'));
      // The app itself, opened at that path, works too.
      await own.goto(`${site.url}tools/blotter/`);
      await own.locator('#figures tbody tr').first().waitFor({ timeout: WAIT_MS });
      await own.close();
    } finally {
      await site.close();
    }
  });

  test('asks nothing of any server but the host\'s and Blotter\'s, and logs no errors', () => {
    const allowed = [new URL(blotter.url).origin, new URL(host.url).origin];
    const elsewhere = requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:') && !allowed.includes(new URL(u).origin));
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(errors, []);
  });
});
