// Hostile input in the page, against the release build (dist/) served on 127.0.0.1:
// ten megabytes of text, one line of a megabyte, binary-looking text, markup and script,
// spreadsheet formula payloads (then the JSON and CSV exports), and two hundred thousand
// numbers. Each time the page must show facts or a clear note, it must still hold every
// character given to it (a long text's box holds one part at a time: the test walks them
// all), and the page must still answer: a round trip into the page, and one more typed
// character that shows up in the box.
//
// These tests look only at what a reader sees (the text box, the result panels, the
// notes), not at how or where the page runs the extraction. No time is asserted: waits
// use HANG_GUARD_MS, a guard that fails a page that never answers, far above what any of
// these takes.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, pasteHtml, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const CLI = join(repo, 'target', 'release', 'blotter');

/** A hang guard: a wait that lasts this long means the page stopped answering. */
const HANG_GUARD_MS = 120_000;

/** A small deterministic generator (xorshift32), so each run pastes the same text. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const TOWNS = ['Wrexham', 'Bury', 'Hull', 'Dunmore', 'Ashford', 'Kettering'];
const NAMES = ['Ana Ruiz', 'Lee Cobb', 'Mia Dorn', 'Jo Hale', 'Sam Okafor'];

/** Release-like paragraphs with varied numbers up to `size` characters, joined by `sep`. */
function releaseText(size, sep, seed) {
  const r = rng(seed);
  const parts = [];
  let length = 0;
  while (length < size) {
    const town = TOWNS[r(TOWNS.length)];
    const p = [
      `Officers in ${town} seized ${r(900) + 2} knives and arrested ${r(90) + 2} people on Tuesday.`,
      `Inspector ${NAMES[r(NAMES.length)]} said: \u201CWe recovered \u00A3${r(900) + 1},${String(r(1000)).padStart(3, '0')} in cash in ${town}.\u201D`,
      `Burglary fell by ${r(40) + 1} per cent, from ${r(2000) + 500} in 2022/23 to ${r(400) + 50} in 2023/24.`,
      'Call 101 or 0800 555 111 quoting Operation Fernhill.',
    ][r(4)];
    parts.push(p);
    length += p.length + sep.length;
  }
  return parts.join(sep);
}

/**
 * Text that looks like a binary file: control characters, NULs, U+FFFD, private-use and
 * lone surrogates (which wasm-bindgen turns into U+FFFD), between a few words. Carriage
 * returns are left out because a text box reports every line break as "\n".
 */
function binaryLooking(size, seed) {
  const r = rng(seed);
  let out = '';
  while (out.length < size) {
    const pick = r(10);
    if (pick < 5) {
      const c = r(32);
      out += String.fromCharCode(c === 13 ? 0 : c);
    }
    else if (pick < 7) out += String.fromCharCode(0xfffd);
    else if (pick === 7) out += String.fromCharCode(0xd800 + r(0x800));
    else if (pick === 8) out += String.fromCharCode(0xe000 + r(0x1900));
    else out += ' 12 knives ';
  }
  return out;
}

/** `count` numbers in several shapes, twenty to a line. */
function manyNumbers(count, seed) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const n = r(1_000_000);
    out.push([`${n}`, `${Math.floor(n / 1000) + 1},${String(n % 1000).padStart(3, '0')},`, `${n / 100}`, `${n} knives.`][i % 4]);
    if (i % 20 === 19) out.push('\n');
  }
  return out.join(' ');
}

describe('hostile input in the page', () => {
  let site;
  let browser;
  let context;
  let page;
  const errors = [];
  const dialogs = [];

  before(async () => {
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(HANG_GUARD_MS);
    watch(page, { errors, dialogs });
    await page.goto(site.url);
    await page.locator('h1', { hasText: 'Blotter' }).waitFor();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('ten megabytes of text: facts of its first part, a note, and every character kept', async () => {
    const text = releaseText(10_000_000, '\n', 7);
    await replaceText(page, text);
    await page.getByText('facts shown are from its first').waitFor();
    await page.locator('#figures tbody tr').first().waitFor();
    await stillAnswers(page, text);
  });

  test('one line of a megabyte: facts, and every character kept', async () => {
    const text = releaseText(1 << 20, ' ', 11);
    assert.ok(!text.includes('\n'));
    await replaceText(page, text);
    await page.locator('#figures tbody tr').first().waitFor();
    await stillAnswers(page, text);
  });

  test('binary-looking text: a note says so, and every character is kept', async () => {
    const text = binaryLooking(300_000, 3);
    await replaceText(page, text);
    await page.locator('#diagnostics', { hasText: 'binary data' }).waitFor();
    await stillAnswers(page, text);
  });

  test('markup and script are shown as text and never run, typed or pasted as HTML', async () => {
    await page.evaluate(() => {
      window.__ran = [];
    });
    const attack = [
      '<script>window.__ran.push("script")</script>',
      '<img src=x onerror="window.__ran.push(\'img\')">',
      '<svg onload="window.__ran.push(\'svg\')"></svg>',
      '<iframe srcdoc="<script>parent.__ran.push(\'iframe\')</script>"></iframe>',
      '<a href="javascript:window.__ran.push(\'link\')">Call 101</a>',
      '</textarea><script>window.__ran.push("escape")</script>',
      '{{ constructor.constructor("window.__ran.push(\'template\')")() }}',
    ].join('\n');
    const text = `Officers in Hull seized 4 knives.\n${attack}\n`;
    await replaceText(page, text);
    await page.locator('.source-text', { hasText: '</textarea><script>' }).waitFor();
    await page.locator('#figures tbody tr', { hasText: 'knife' }).first().waitFor();
    await stillAnswers(page, text);
    // The same markup pasted from a web page (clipboard text/html) becomes its visible text.
    const box = page.getByLabel('Press release');
    await pasteHtml(box, `<p>Officers in Bury seized <b>9</b> knives.</p>${attack}`);
    await page.locator('.source-text', { hasText: 'Officers in Bury seized 9 knives.' }).waitFor();
    await page.locator('#figures tbody tr', { hasText: '9' }).first().waitFor();
    // Give any handler a moment to fire, had one been created (not a timing assertion).
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__ran), [], 'no script, handler or link ran');
    assert.equal(await page.locator('main img, main iframe, main svg[onload], .source-text script').count(), 0);
    assert.deepEqual(dialogs, [], 'no dialog opened');
  });

  test('formula payloads are shown as text and exported safely as JSON and CSV', async () => {
    const payloads = ["=cmd|' /C calc'!A0", '+1+cmd|\' /C calc\'!A0', "-2+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0'];
    const text = [
      'Operation Ledger: officers in Hull seized 7 knives and arrested 3 men on Friday.',
      ...payloads.map((p, i) => `Sergeant ${NAMES[i]} said: "${p} was written on the wall of the flat in ${TOWNS[i]}."`),
      ...payloads.map((p) => `"${p}", said Inspector Mia Dorn.`),
      `Contact ${payloads[3]} or call 101.`,
    ].join('\n\n');
    await replaceText(page, text);
    await page.locator('#people', { hasText: 'Lee Cobb' }).waitFor();
    await stillAnswers(page, text);
    await page.locator('#results', { hasText: 'Lee Cobb' }).waitFor();

    const csv = await (await readDownload(page, 'Download CSV')).toString('utf8');
    const cells = csvCells(csv);
    const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    assert.deepEqual(risky, [], 'no CSV cell starts as a formula');
    for (const p of payloads) {
      assert.ok(cells.some((c) => c.startsWith(`'${p}`)), `the quote starting ${p} is there, prefixed`);
    }

    const json = await readDownload(page, 'Download JSON');
    const facts = JSON.parse(json.toString('utf8'));
    assert.equal(facts.format, 'facts/1');
    const quotes = facts.people.flatMap((p) => p.quotes.map((q) => q.text));
    for (const p of payloads) {
      assert.ok(quotes.some((q) => q.includes(p)), `the JSON keeps ${p} as written`);
    }
    if (existsSync(CLI)) {
      const dir = await mkdtemp(join(tmpdir(), 'blotter-hostile-'));
      const file = join(dir, 'formulas.txt');
      await writeFile(file, text);
      const args = ['extract', ...(facts.published ? ['--published', facts.published] : []), file];
      assert.equal(json.toString('utf8'), execFileSync(CLI, args).toString('utf8'), 'the CLI gives the same bytes');
    }
  });

  test('two hundred thousand numbers: facts or a note, and every character kept', async () => {
    const text = manyNumbers(200_000, 5);
    await replaceText(page, text);
    await page.getByText('facts shown are from its first').waitFor();
    await page.locator('#figures tbody tr').first().waitFor();
    await stillAnswers(page, text);
  });

  test('logs no errors', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });
});

/**
 * Puts `text` in the box as a paste leaves it, in place of all the text there was: Clear,
 * then the box's value replaced and an `input` event, which is what the browser does
 * after a plain-text paste. (Typing a megabyte key by key through the test driver would
 * take far longer than a reader's paste.)
 */
async function replaceText(page, text) {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  const box = page.getByLabel('Press release');
  await box.focus();
  await box.evaluate((el, value) => {
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/**
 * All of the page's text: the box's, or for a long text (whose box holds one part at a
 * time), every part in turn, from the first to the last. Leaves the last part in the box.
 */
async function wholeText(page) {
  const box = page.getByLabel('Press release');
  const bar = page.locator('#release-part');
  if ((await bar.count()) === 0) return box.inputValue();
  const earlier = bar.locator('.earlier');
  const later = bar.locator('.later');
  while (!(await earlier.isDisabled())) await earlier.click();
  const parts = [await box.inputValue()];
  while (!(await later.isDisabled())) {
    await later.click();
    parts.push(await box.inputValue());
  }
  return parts.join('');
}

/**
 * The page has finished with `text` and still works: it holds every character (walked
 * part by part for a long text), the results are no longer marked busy, a round trip into
 * the page answers, and a typed character lands at the end of the box.
 */
async function stillAnswers(page, text) {
  const box = page.getByLabel('Press release');
  await page.locator('#results:not([aria-busy="true"])').waitFor();
  const whole = await wholeText(page);
  assert.equal(whole.length, text.length, 'the page holds every character');
  // A text box gives each line break as LF (HTML's value normalisation), so a lone CR
  // comes back as LF, and a lone surrogate (half a character, which UTF-8 cannot hold)
  // may come back as U+FFFD; every other character is as given.
  const given = text.replace(/\r\n?/g, '\n').toWellFormed();
  assert.ok(whole.toWellFormed() === given, 'the page holds the text as given');
  assert.equal(await page.evaluate(() => 6 * 7), 42, 'the page answers');
  const before = await box.evaluate((el) => el.value.length);
  await box.focus();
  await box.evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
  await page.keyboard.type('Z');
  await page.waitForFunction(
    (n) => {
      const el = document.querySelector('textarea');
      return el.value.length === n + 1 && el.value.endsWith('Z');
    },
    before,
    { timeout: HANG_GUARD_MS },
  );
}

/** Clicks the button named `name` and returns the bytes of the download it starts. */
async function readDownload(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFile(await download.path());
}

/** The cells of a CSV file, split as a spreadsheet does (RFC 4180). */
function csvCells(csv) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  cells.push(cell);
  return cells;
}
