// End-to-end tests of review (issue 16) against the release build (dist/): numbers left
// unread marked with their reason, rejecting, correcting and adding facts from the
// keyboard, the panels, highlights, charts and both exports changed, the JSON export
// equal to `blotter extract --corrections` on the same text, corrections kept across a
// reload, and a correction whose words were edited said to no longer match. Screenshots
// of the review, light, dark and 390 px wide, go to out/review-*.png.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CLI = join(repo, 'target', 'release', 'blotter');
const WAIT_MS = 10_000;

// Written for this test: two seizures and an arrest figure, an age, a time, a number
// that counts nothing named, a place Blotter does not know and a phone number.
const RELEASE =
  'Officers from Wendlow Police arrested a man, 41, near the old quarry on Tuesday and ' +
  'seized 22 knives and 4 firearms during Operation Bramblegate.\n' +
  'Another 6 people were arrested. A van was seen at 6pm. There were 12 in the yard.\n' +
  'Anyone with information should call 0161 555 0199.\n';

describe('review and corrections', () => {
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
    const box = page.getByLabel('Press release');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(RELEASE);
    await page.locator('.results:not(.stale)', { hasText: 'Bramblegate' }).waitFor({ timeout: WAIT_MS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('numbers left unread are marked with their reason, counted, and stepped through', async () => {
    const age = page.locator('mark.hl.unread', { hasText: '41' });
    await age.waitFor({ timeout: WAIT_MS });
    assert.equal(await age.getAttribute('data-tip'), 'not read: an age');
    assert.equal(await age.getAttribute('aria-label'), 'not read: an age');
    const unsure = page.locator('mark.hl.unread', { hasText: '12' });
    assert.equal(await unsure.getAttribute('data-tip'), 'not read: not sure what this counts');
    assert.equal(await page.locator('mark.hl.unread', { hasText: /^6$/ }).getAttribute('data-tip'), 'not read: read as a time of day');
    // The phone number is a contact: its digits are not marked as unread.
    assert.equal(await page.locator('mark.hl.unread', { hasText: '0161' }).count(), 0);
    // The popover shows on keyboard focus (CSS from data-tip).
    await age.focus();
    const tip = await age.evaluate((m) => getComputedStyle(m, '::after').content);
    assert.equal(tip, '"not read: an age"');
    const line = page.locator('.review-line');
    assert.match(await line.textContent(), /^\d+ facts, 0 corrected, 0 added, 3 numbers left unread/);
    await page.getByRole('button', { name: 'Next number left unread' }).press('Enter');
    await page.locator('.unread-at', { hasText: 'Number 1 of 3: \u201c41\u201d, an age' }).waitFor({ timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Next number left unread' }).press('Enter');
    await page.locator('.unread-at', { hasText: 'Number 2 of 3' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('mark.hl.unread.selected').textContent(), '6');
  });

  test('reject, correct and add from the keyboard change panels, highlights, charts and exports', async () => {
    const chartText = () => page.locator('#charts').textContent();
    assert.match(await chartText(), /knives/);
    // Reject the knives: pick the row's value from the keyboard, then Reject.
    await page.locator('tr[data-row] .fact-link', { hasText: /^22$/ }).press('Enter');
    await page.locator('.picked-label', { hasText: '22' }).waitFor({ timeout: WAIT_MS });
    await page.getByRole('button', { name: 'Reject this fact' }).press('Enter');
    const rejected = page.locator('#figures tr.rejected');
    await rejected.waitFor({ timeout: WAIT_MS });
    assert.match(await rejected.textContent(), /knives/);
    assert.equal(await page.locator('mark.hl.rejected', { hasText: '22 knives' }).count(), 1);
    assert.doesNotMatch(await chartText(), /knives/, 'the chart leaves the rejected knives out');

    // Correct the arrests: 6 becomes 7, from the labelled fields.
    await page.locator('tr[data-row] .fact-link', { hasText: /^6$/ }).press('Enter');
    const value = page.locator('#edit-value');
    await value.waitFor({ timeout: WAIT_MS });
    await value.fill('7');
    await page.locator('#edit-category').selectOption('charge');
    await value.press('Enter');
    const corrected = page.locator('#figures tr.corrected');
    await corrected.waitFor({ timeout: WAIT_MS });
    assert.match(await corrected.textContent(), /7.*charge/);

    // Add a place Blotter missed, typing its words (the form opens from its summary).
    await page.locator('summary', { hasText: 'Add a fact Blotter missed' }).press('Enter');
    await page.locator('#add-words').fill('old quarry');
    await page.locator('#add-kind').selectOption('place');
    await page.locator('#add-place-kind').selectOption('neighbourhood');
    await page.getByRole('button', { name: 'Add the fact' }).press('Enter');
    await page.locator('#places li.added', { hasText: 'old quarry' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('mark.hl.place', { hasText: 'old quarry' }).count(), 1);
    assert.match(await page.locator('.review-line').textContent(), /facts, 1 corrected, 1 added, 3 numbers left unread/);
    await page.getByRole('button', { name: 'Mark reviewed' }).press('Enter');
    assert.equal(await page.getByRole('button', { name: 'Mark reviewed' }).getAttribute('aria-pressed'), 'true');

    // The JSON export: no knives, the corrected and added facts marked, and the same
    // bytes as the command-line tool applying the export's corrections to the text.
    const json = await readFile(await (await download('Download JSON')).path(), 'utf8');
    const facts = JSON.parse(json);
    assert.ok(facts.figures.every((f) => f.text !== '22 knives'));
    assert.equal(facts.figures.find((f) => f.text === '6 people').origin, 'corrected');
    assert.equal(facts.places.find((p) => p.name === 'old quarry').origin, 'added');
    assert.equal(facts.corrections.length, 3);
    assert.equal(facts.reviewed, true);
    const dir = await mkdtemp(join(tmpdir(), 'blotter-review-'));
    await writeFile(join(dir, 'release.txt'), RELEASE);
    await writeFile(join(dir, 'facts.json'), json);
    const cli = execFileSync(CLI, ['extract', '--corrections', join(dir, 'facts.json'), join(dir, 'release.txt')]);
    assert.equal(json, cli.toString('utf8'));
    // The CSV: no knives, the charge, the place.
    const csv = await readFile(await (await download('Download CSV')).path(), 'utf8');
    assert.doesNotMatch(csv, /22 knives/);
    assert.match(csv, /,figure,7,charge,/);
    assert.match(csv, /old quarry/);
  });

  test('words selected in the source text become a fact at that place', async () => {
    await page.locator('.add-fact[open]').waitFor({ timeout: WAIT_MS });
    // Select "a van" in the source text, as a mouse or Shift+arrows would.
    await page.locator('.source-text').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('A van');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'A van'.length);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          return;
        }
      }
      throw new Error('no "A van" in the source text');
    });
    await page.getByRole('button', { name: 'Use the words selected in the source text' }).press('Enter');
    assert.equal(await page.locator('#add-words').inputValue(), 'A van');
    await page.locator('#add-kind').selectOption('figure');
    assert.equal(await page.locator('#add-value').inputValue(), '');
    await page.locator('#add-value').fill('1');
    await page.locator('#add-category').selectOption('vehicle');
    assert.equal(await page.locator('#add-unit').inputValue(), 'count', 'the form shows its own unit');
    await page.getByRole('button', { name: 'Add the fact' }).press('Enter');
    const added = page.locator('#figures tr.added');
    await added.waitFor({ timeout: WAIT_MS });
    assert.match(await added.textContent(), /1.*van.*vehicle/);
    assert.equal(await page.locator('mark.hl.seized', { hasText: 'A van' }).count(), 1);
    // Undo it: the list's last correction.
    await page.locator('.corrections li').last().locator('.undo-correction').press('Enter');
    await added.waitFor({ state: 'detached', timeout: WAIT_MS });
  });

  test('a reload keeps every correction and the reviewed mark', async () => {
    await page.reload();
    await page.locator('.results:not(.stale)', { hasText: 'Bramblegate' }).waitFor({ timeout: WAIT_MS });
    await page.locator('#figures tr.rejected').waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('.corrections li').count(), 3);
    assert.equal(await page.locator('#figures tr.corrected').count(), 1);
    assert.equal(await page.locator('#places li.added').count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Mark reviewed' }).getAttribute('aria-pressed'), 'true');
  });

  test('screenshots of the review, light, dark and 390 px wide', async () => {
    await mkdir(join(here, 'out'), { recursive: true });
    for (const [name, width, scheme] of [['light', 1280, 'light'], ['dark', 1280, 'dark'], ['narrow', 390, 'light']]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('mark.hl.unread', { hasText: '41' }).focus();
      await page.screenshot({ path: join(here, 'out', `review-${name}.png`), fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px over)`);
    }
    // The README's picture: the review and the source text, light, 1280 px wide.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('mark.hl.unread', { hasText: '41' }).focus();
    const pageY = (selector, edge) =>
      page.locator(selector).evaluate((e, side) => e.getBoundingClientRect()[side] + scrollY, edge);
    const top = (await pageY('#review', 'top')) - 12;
    const bottom = (await pageY('.columns', 'bottom')) + 12;
    const shot = join(here, 'out', 'review-readme.png');
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: top, width: 1280, height: bottom - top } });
    if (process.env.UPDATE_SCREENSHOT) {
      await copyFile(shot, join(repo, 'docs', 'review.png'));
    }
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  test('editing the words under a correction says it no longer matches', async () => {
    const box = page.getByLabel('Press release');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(RELEASE.replace('22 knives', '25 knives'));
    await page.locator('.results:not(.stale)', { hasText: '25 knives' }).waitFor({ timeout: WAIT_MS });
    const note = page.locator('.stale-note');
    await note.waitFor({ timeout: WAIT_MS });
    assert.match(await note.textContent(), /1 correction no longer matches the text/);
    assert.match(await page.locator('.corrections li.stale').textContent(), /22 knives.*no longer matches the text/);
    // The others still apply, and the knives are back in the table.
    assert.equal(await page.locator('#figures tr.rejected').count(), 0);
    assert.equal(await page.locator('#places li.added').count(), 1);
    // Undo takes the stale correction away.
    await page.locator('.corrections li.stale .undo-correction').press('Enter');
    await page.locator('.stale-note').waitFor({ state: 'detached', timeout: WAIT_MS });
    assert.deepEqual(errors, []);
    assert.ok(requests.every((u) => u.startsWith(site.url)), 'no request leaves the page');
  });

  test('a number left unread, stepped to, is added as a figure from the keyboard', async () => {
    const before = await page.locator('mark.hl.unread').count();
    const next = page.getByRole('button', { name: 'Next number left unread' });
    for (let i = 0; i < before; i++) {
      await next.press('Enter');
      if ((await page.locator('mark.hl.unread.selected').textContent()) === '12') break;
    }
    await page.getByRole('button', { name: 'Add \u201c12\u201d as a figure' }).press('Enter');
    await page.locator('.add-fact[open]').waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('#add-words').inputValue(), '12');
    assert.equal(await page.locator('#add-value').inputValue(), '12');
    await page.locator('#add-item').fill('people in the yard');
    await page.locator('#add-category').selectOption('incident');
    await page.getByRole('button', { name: 'Add the fact' }).press('Enter');
    await page.locator('#figures tr.added', { hasText: 'people in the yard' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('mark.hl.unread').count(), before - 1);
  });

  /** Clicks the export button `name` and returns its download. */
  async function download(name) {
    const [d] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT_MS }),
      page.getByRole('button', { name }).click(),
    ]);
    return d;
  }
});
