// End-to-end tests: the release build (dist/) served on 127.0.0.1 and driven in Chromium.
//
// Run with `node --test` from this folder after `trunk build --release` (scripts/test does
// both). The page's screenshot is written to out/screenshot.png on every run; set
// UPDATE_SCREENSHOT=1 to also refresh docs/screenshot.png for the README.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a fact may take to appear: the debounce is 150 ms, so this is generous. */
const WAIT_MS = 10_000;

describe('the built site', () => {
  let site;
  let browser;
  let page;
  const requests = [];
  const errors = [];

  before(async () => {
    site = await serveDist(join(repo, 'dist'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.url);
    await page.locator('h1', { hasText: 'Blotter' }).waitFor({ timeout: WAIT_MS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('opens with the sample release and says nothing leaves the browser', async () => {
    assert.equal(await page.locator('h1').textContent(), 'Blotter');
    assert.match(await page.locator('.privacy').textContent(), /Nothing leaves your browser/);
    const box = page.getByLabel('Press release');
    assert.match(await box.inputValue(), /^Operation Harbourlight/);
  });

  test('shows the sample release\'s knives in the figures table', async () => {
    await figureRow(page, '46', 'knife').waitFor({ timeout: WAIT_MS });
    await mkdir(join(here, 'out'), { recursive: true });
    const shot = join(here, 'out', 'screenshot.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.UPDATE_SCREENSHOT) {
      await copyFile(shot, join(repo, 'docs', 'screenshot.png'));
    }
  });

  test('a pasted release shows its figures, people and contacts', async () => {
    const release = await readFile(join(repo, 'tests', 'fixtures', 'canal_patrols.txt'), 'utf8');
    const box = page.getByLabel('Press release');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(release);
    assert.equal(await box.inputValue(), release);
    await figureRow(page, '27', 'knife').waitFor({ timeout: WAIT_MS });
    const people = page.locator('#people');
    await people.getByText('Ravi Okonjo').waitFor({ timeout: WAIT_MS });
    assert.match(await people.textContent(), /Superintendent/);
    assert.match(await page.locator('#contacts').textContent(), /0800 555 111/);
  });

  test('the pasted text is still there after a reload', async () => {
    const release = await readFile(join(repo, 'tests', 'fixtures', 'canal_patrols.txt'), 'utf8');
    await page.reload();
    const box = page.getByLabel('Press release');
    await box.waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), release);
  });

  test('clearing the box shows the empty-text note', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('#diagnostics', { hasText: 'empty' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.getByLabel('Press release').inputValue(), '');
  });

  test('asks nothing of any server but its own, and logs no errors', () => {
    const elsewhere = requests.filter((u) => !u.startsWith(site.url));
    assert.deepEqual(elsewhere, [], 'every request stays on the local site');
    assert.deepEqual(errors, []);
  });
});

/** The figures-table row whose text holds both `value` and `category`. */
function figureRow(page, value, category) {
  return page
    .locator('#figures tbody tr')
    .filter({ hasText: value })
    .filter({ hasText: category })
    .first();
}
