// Storage faults in the page, against the release build (dist/) served on 127.0.0.1: a
// full quota (every write throws QuotaExceededError), damaged kept work (garbage under the
// page's key before it loads), and storage turned off (reading localStorage throws). Each
// time the page must say so in a notice, keep reading facts, and never drop the text the
// reader has in the box.
//
// Each case runs in its own browser context, so its storage starts empty. Waits use
// HANG_GUARD_MS, a guard against a page that stops answering, not a time requirement.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const HANG_GUARD_MS = 60_000;

/** The key the page keeps its work under (`present::kept::KEPT_KEY`). */
const KEPT_KEY = 'blotter.work';

const NOT_KEPT = /would not keep the text/;
const DAMAGED = /could not be read/;

/** Run in the page before its own scripts: every storage write fails as a full quota does. */
function fullQuota() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Run in the page before its own scripts: storage is turned off, as some privacy settings do. */
function storageOff() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

describe('storage faults', () => {
  let site;
  let browser;
  const errors = [];

  before(async () => {
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A fresh context and page (empty storage), with `init` run before the page's scripts. */
  async function open(init) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(HANG_GUARD_MS);
    page.on('pageerror', (e) => errors.push(String(e)));
    if (init) await page.addInitScript(init);
    await page.goto(site.url);
    await page.locator('h1', { hasText: 'Blotter' }).waitFor();
    return { context, page };
  }

  test('a full quota: a notice, facts still read, and the text stays in the box', async () => {
    const { context, page } = await open(fullQuota);
    const text = 'Officers in Hull seized 14 knives and arrested 6 people on Friday.';
    await typeText(page, text);
    await page.locator('.notice', { hasText: NOT_KEPT }).waitFor();
    await figure(page, '14', 'knife').waitFor();
    assert.equal(await page.getByLabel('Press release').inputValue(), text);
    // Still working: more text is read, and the box keeps it.
    await page.keyboard.type(' Police in Bury seized 3 firearms.');
    await figure(page, '3', 'firearm').waitFor();
    assert.equal(await page.getByLabel('Press release').inputValue(), `${text} Police in Bury seized 3 firearms.`);
    await context.close();
  });

  test('a quota that fills after work was kept: the kept text loads, new text stays in the box', async () => {
    const { context, page } = await open();
    const kept = 'Officers in Ashford seized 21 knives on Monday.';
    await typeText(page, kept);
    await figure(page, '21', 'knife').waitFor();
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Ashford'), KEPT_KEY);
    await page.addInitScript(fullQuota);
    await page.reload();
    const box = page.getByLabel('Press release');
    await box.waitFor();
    assert.equal(await box.inputValue(), kept, 'reading still works, so the kept text is back');
    const text = 'Police in Dunmore arrested 8 people and seized 2 vehicles.';
    await typeText(page, text);
    await page.locator('.notice', { hasText: NOT_KEPT }).waitFor();
    await figure(page, '8', 'arrest').waitFor();
    assert.equal(await box.inputValue(), text);
    await context.close();
  });

  const damaged = [
    ['not JSON', '{"text": "Officers seized'],
    ['JSON of the wrong shape', '{"text": 5}'],
    ['a bare string', '"Officers seized 3 knives."'],
    ['null', 'null'],
    ['an array', '[1, 2, 3]'],
    ['a lone surrogate', '{"text": "\\ud800 knives"}'],
    ['binary', '\u0000\u0001\ufffd\u0089PNG'],
  ];
  for (const [what, garbage] of damaged) {
    test(`damaged kept work (${what}): a notice, the sample, and the page keeps working`, async () => {
      const { context, page } = await open();
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEPT_KEY, garbage]);
      await page.reload();
      await page.locator('.notice', { hasText: DAMAGED }).waitFor();
      const box = page.getByLabel('Press release');
      assert.ok((await box.inputValue()).length > 0, 'the sample is shown instead');
      await page.locator('#figures tbody tr').first().waitFor();
      // The reader's own text is read and kept, which repairs the store.
      const text = 'Officers in Kettering seized 17 knives on Sunday.';
      await typeText(page, text);
      await figure(page, '17', 'knife').waitFor();
      assert.equal(await box.inputValue(), text);
      await page.waitForFunction((key) => localStorage.getItem(key)?.includes('Kettering'), KEPT_KEY);
      await page.reload();
      await box.waitFor();
      assert.equal(await box.inputValue(), text, 'the repaired store brings the text back');
      await context.close();
    });
  }

  test('kept work with a damaged date keeps its text and drops the date', async () => {
    const { context, page } = await open();
    const text = 'Officers in Bury seized 5 knives.';
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [KEPT_KEY, JSON.stringify({ text, date: '<script>alert(1)</script>' })],
    );
    await page.reload();
    const box = page.getByLabel('Press release');
    await figure(page, '5', 'knife').waitFor();
    assert.equal(await box.inputValue(), text);
    assert.equal(await page.getByLabel('Publication date').inputValue(), '');
    assert.equal(await page.locator('.notice').count(), 0, 'nothing to explain');
    await context.close();
  });

  test('storage turned off: a notice, facts still read, and the text stays in the box', async () => {
    const { context, page } = await open(storageOff);
    await page.locator('.notice', { hasText: NOT_KEPT }).waitFor();
    const text = 'Officers in Wrexham arrested 11 people and seized 4 knives.';
    await typeText(page, text);
    await figure(page, '11', 'arrest').waitFor();
    assert.equal(await page.getByLabel('Press release').inputValue(), text);
    await page.locator('.notice', { hasText: NOT_KEPT }).waitFor();
    // The theme still switches, though it cannot be kept.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.getByLabel('Press release').inputValue(), text);
    await context.close();
  });

  test('no fault above threw an uncaught error in the page', () => {
    assert.deepEqual(errors, []);
  });
});

/** Replaces the box's text by typing it, as a reader would. */
async function typeText(page, text) {
  const box = page.getByLabel('Press release');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** The figures-table row whose text holds both `value` and `category`. */
function figure(page, value, category) {
  return page.locator('#figures tbody tr').filter({ hasText: value }).filter({ hasText: category }).first();
}
