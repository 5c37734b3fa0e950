// End-to-end tests of the exports, the charts and working offline, against the release
// build (dist/) served on 127.0.0.1 and driven in Chromium.
//
// The JSON export is compared byte for byte with the command-line tool's output, so
// target/release/blotter must exist (scripts/test builds it before these tests).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const fixtures = join(repo, 'tests', 'fixtures');
const CLI = join(repo, 'target', 'release', 'blotter');
const WAIT_MS = 10_000;

describe('exports, charts and offline use', () => {
  let site;
  let browser;
  let context;
  let page;
  const requests = [];
  const errors = [];

  before(async () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run cargo build --release --bin blotter`);
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    watch(page, { requests, errors });
    await page.goto(site.url);
    await page.locator('h1', { hasText: 'Blotter' }).waitFor({ timeout: WAIT_MS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('Download JSON gives the bytes the command-line tool prints', async () => {
    const file = join(fixtures, 'moorland_sweep.txt');
    const published = await paste(page, file, 'Priya Castellane', '2025-03-12');
    const download = await downloadFrom(page, 'Download JSON');
    // Named from the release: its operation and publication date.
    assert.equal(download.suggestedFilename(), 'Operation-Moorgate-2025-03-12.json');
    const got = await readFile(await download.path());
    const args = ['extract', ...(published ? ['--published', published] : []), file];
    const want = execFileSync(CLI, args);
    assert.equal(got.toString('utf8'), want.toString('utf8'));
    assert.ok(got.equals(want), 'the same bytes, trailing newline included');
  });

  test('Download CSV escapes a quote that a spreadsheet would run as a formula', async () => {
    await paste(page, join(fixtures, 'formula_quotes.txt'), 'Lee Cobb');
    const download = await downloadFrom(page, 'Download CSV');
    // Named from the release: its operation and publication date (the text's, or the one
    // an earlier test typed into the date field).
    assert.match(download.suggestedFilename(), /^Operation-Ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
    const csv = bytes.toString('utf8').slice(1);
    assert.ok(csv.startsWith('release,kind,value,category,item,unit,qualifier,change,period,rule,text,start,end,origin\r\n'), csv);
    assert.match(csv, /\r\nOperation Ledger \d{4}-\d{2}-\d{2},figure,/);
    assert.match(csv, /,"'=cmd\|' \/C calc'!A0 was written/);
    assert.match(csv, /,'\+1 is what we owe/);
    assert.doesNotMatch(csv, /(^|,|")[=+@]/m, 'no cell starts with a formula');
  });

  test('Copy JSON puts the facts on the clipboard, or says it could not', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    const status = page.locator('.export-status');
    await status.filter({ hasText: /Copied|Could not copy/ }).waitFor({ timeout: WAIT_MS });
    if (/Copied/.test(await status.textContent())) {
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^\{\n {2}"format": "facts\/1"/);
      assert.ok(copied.endsWith('}\n'), 'with the newline the CLI prints');
    }
  });

  test('a release with seizures shows a bar chart that can be downloaded', async () => {
    await paste(page, join(fixtures, 'moorland_sweep.txt'), 'Priya Castellane');
    const chart = page.locator('#charts figure', { hasText: 'Weapons seized' });
    await chart.locator('svg').waitFor({ timeout: WAIT_MS });
    assert.match(await chart.locator('svg').textContent(), /knives/);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT_MS }),
      chart.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'blotter-weapons-seized.svg');
    const svg = await readFile(await download.path(), 'utf8');
    assert.match(svg, /^<svg /);
    assert.match(svg, />\s*knives\s*</);
    assert.match(svg, />\s*Source: /, 'the file names its source');
  });

  test('a release with financial years shows a chart over its periods', async () => {
    await paste(page, join(fixtures, 'county_statistics.txt'), 'Dara Whitlock');
    const chart = page.locator('#charts figure', { hasText: 'by financial year' });
    await chart.locator('svg').waitFor({ timeout: WAIT_MS });
    const text = await chart.locator('svg').textContent();
    for (const period of ['FY2021/22', 'FY2022/23', 'FY2023/24']) {
      assert.ok(text.includes(period), `${period} on the axis`);
    }
  });

  test('a release with nothing to draw shows no charts panel', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('#diagnostics', { hasText: 'empty' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('#charts').count(), 0);
  });

  test('once loaded, the page opens and works with the network and the site gone', async () => {
    // The service worker has cached the site and controls the page.
    const controlled = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      }
      return Boolean(navigator.serviceWorker.controller);
    });
    assert.ok(controlled, 'a service worker controls the page');
    // One reload online first: the worker fetches the page and forgets files it no
    // longer names, which must not include the current build's own.
    await page.reload();
    await page.locator('h1', { hasText: 'Blotter' }).waitFor({ timeout: WAIT_MS });
    const kept = await page.evaluate(async () => {
      const cache = await caches.open('blotter-2');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const ext of ['.wasm', '.js', '.css']) {
      assert.ok(kept.some((p) => p.endsWith(ext)), `a ${ext} file is cached: ${kept}`);
    }
    for (const fixed of ['/start.js', '/glue.js', '/worker.js']) {
      assert.ok(kept.includes(fixed), `${fixed} is cached, so the reader works offline: ${kept}`);
    }
    await context.setOffline(true);
    await site.close();
    const before = site.served();
    await page.reload();
    await page.locator('h1', { hasText: 'Blotter' }).waitFor({ timeout: WAIT_MS });
    await paste(page, join(fixtures, 'moorland_sweep.txt'), 'Priya Castellane');
    await page.locator('#figures tbody tr', { hasText: 'knife' }).first().waitFor({ timeout: WAIT_MS });
    assert.equal(site.served(), before, 'the site served nothing more');
    await context.setOffline(false);
  });

  test('asks nothing of any server but its own, and logs no errors', () => {
    const elsewhere = requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('blob:'));
    assert.deepEqual(elsewhere, [], 'every request stays on the local site');
    // Going offline makes Chromium log the failed page fetch the worker answered.
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  });
});

/**
 * Replaces the text in the box with the file's, sets the publication date when the page
 * has a date field, and waits until the facts are read and show `marker` (a name in the
 * release). Returns the date it set, if any.
 */
async function paste(page, file, marker, date) {
  const release = await readFile(file, 'utf8');
  const box = page.getByLabel('Press release');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(release);
  assert.equal(await box.inputValue(), release);
  let published;
  const dateField = page.locator('input[type=date]');
  if (date && (await dateField.count()) > 0) {
    await dateField.first().fill(date);
    published = date;
  }
  await page.locator('.results:not(.stale)', { hasText: marker }).waitFor({ timeout: WAIT_MS });
  return published;
}

/** Clicks the button named `name` and returns the download it starts. */
async function downloadFrom(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: WAIT_MS }),
    page.getByRole('button', { name }).click(),
  ]);
  return download;
}
