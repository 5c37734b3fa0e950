// End-to-end tests: the release build (dist/) served on 127.0.0.1 and driven in Chromium.
//
// Run with `node --test` from this folder after `trunk build --release` (scripts/test does
// both). Screenshots at 1280 and 390 px wide, light and dark, are written to out/ on every
// run; set UPDATE_SCREENSHOT=1 to also refresh docs/screenshot.png for the README.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, pasteHtml, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

/** How long a fact may take to appear: a release is read on every key, so this is generous. */
const WAIT_MS = 10_000;

describe('the built site', () => {
  let site;
  let browser;
  let page;
  const requests = [];
  const errors = [];
  const dialogs = [];

  before(async () => {
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    watch(page, { requests, errors, dialogs });
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
    const groups = await page.locator('#figures tbody[data-group]').evaluateAll((els) =>
      els.map((e) => e.dataset.group),
    );
    assert.deepEqual(groups, ['seized', 'outcome', 'activity']);
  });

  test('screenshots at 1280 and 390 px, light and dark', async () => {
    await mkdir(join(here, 'out'), { recursive: true });
    for (const [name, width] of [['wide', 1280], ['narrow', 390]]) {
      for (const scheme of ['light', 'dark']) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('#figures tbody tr').first().waitFor({ timeout: WAIT_MS });
        const shot = join(here, 'out', `${name}-${scheme}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px (${overflow} px over)`);
      }
    }
    if (process.env.UPDATE_SCREENSHOT) {
      await copyFile(join(here, 'out', 'wide-light.png'), join(repo, 'docs', 'screenshot.png'));
    }
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('every visible text meets WCAG AA contrast, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('#figures tbody tr').first().waitFor({ timeout: WAIT_MS });
      const failures = await page.evaluate(contrastFailures);
      assert.deepEqual(failures, [], `${scheme}: text below AA contrast`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
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
    assert.equal(await page.locator('.source-text').textContent(), release);
  });

  test('clicking a figure highlights its words in the source text', async () => {
    const row = figureRow(page, '27', 'knife');
    const key = await row.getAttribute('data-row');
    await row.locator('button').click();
    const mark = page.locator(`mark[data-fact="${key}"]`).first();
    await mark.and(page.locator('.selected')).waitFor({ timeout: WAIT_MS });
    assert.match(await mark.getAttribute('class'), /flash-/);
    assert.match(await mark.textContent(), /27/);
    const tip = await mark.getAttribute('data-tip');
    assert.match(tip, /read as a number/, 'the tooltip says in words why the fact was read');
    assert.doesNotMatch(tip, /rule:|<n>/);
    assert.equal(await mark.getAttribute('title'), null, 'one tooltip, not a title as well');
    await mark.evaluate((m) => new Promise((done) => setTimeout(done, 600)));
    const box = await mark.boundingBox();
    const source = await page.locator('.source-text').boundingBox();
    assert.ok(box && source && box.y >= source.y - 1 && box.y <= source.y + source.height,
      'the words are scrolled into view');
    // And back: words picked in the source select their panel row.
    const person = page.locator('.source-text mark.person').first();
    await person.click();
    await page.locator('#people .person.selected').waitFor({ timeout: WAIT_MS });
  });

  test('the pasted text and the date are still there after a reload', async () => {
    const release = await readFile(join(repo, 'tests', 'fixtures', 'canal_patrols.txt'), 'utf8');
    const date = page.getByLabel('Publication date');
    assert.equal(await date.inputValue(), '2026-02-04', 'read from the text');
    await date.fill('2026-02-06');
    await page.locator('#summary .published', { hasText: '6 February 2026' }).waitFor({ timeout: WAIT_MS });
    await page.reload();
    const box = page.getByLabel('Press release');
    await box.waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), release);
    assert.equal(await page.getByLabel('Publication date').inputValue(), '2026-02-06');
  });

  test('pasted markup shows as text and runs nothing', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const box = page.getByLabel('Press release');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(`Officers seized 3 knives. ${attack}`);
    await page.locator('.source-text', { hasText: attack }).waitFor({ timeout: WAIT_MS });
    assert.match(await box.inputValue(), /<img src=x onerror=alert\(1\)>/);
    // The same markup pasted as HTML (clipboard text/html) becomes its visible text.
    await pasteHtml(box, `<p>Two <b>vans</b> were seized &amp; searched.</p>${attack}<script>alert(2)</script>`);
    await page.locator('.source-text', { hasText: 'Two vans were seized & searched.' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), 'Two vans were seized & searched.');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('img').count(), 0, 'no img element was created');
    assert.equal(await page.locator('.source-text script').count(), 0);
    assert.deepEqual(dialogs, [], 'no dialog opened');
  });

  test('an opened .html file becomes its visible text', async () => {
    await page.locator('#release-file').setInputFiles({
      name: 'release.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>x</title><style>p{}</style></head><body><p>Officers in Bury arrested 5 people.</p><p>Call 101.</p></body></html>'),
    });
    const box = page.getByLabel('Press release');
    await page.locator('.source-text', { hasText: 'arrested 5 people' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), 'Officers in Bury arrested 5 people.\n\nCall 101.');
  });

  test('a saved web page gives its article, without menus and footers', async () => {
    await page.locator('#release-file').setInputFiles({
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><nav>Home | News | Contact</nav><article><h1>Arrests in Tilby</h1>' +
        '<p>Officers in Tilby arrested 4 people.</p></article><footer>Cookie policy</footer></body></html>'),
    });
    const box = page.getByLabel('Press release');
    await page.locator('.source-text', { hasText: 'arrested 4 people' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), 'Arrests in Tilby\n\nOfficers in Tilby arrested 4 people.');
  });

  test('a file dragged anywhere on the page shows a drop zone, and dropping it there opens it', async () => {
    const data = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Officers in Tilby seized 3 knives.'], 'dropped.txt', { type: 'text/plain' }));
      return dt;
    });
    // Over the facts, away from the editor: the browser must not open the file in place
    // of the page.
    await page.dispatchEvent('footer.colophon', 'dragover', { dataTransfer: data });
    await page.locator('.drop-zone').waitFor({ timeout: WAIT_MS });
    assert.match(await page.locator('.drop-zone').textContent(), /Drop the file/);
    await page.dispatchEvent('footer.colophon', 'drop', { dataTransfer: data });
    await page.locator('.source-text', { hasText: 'seized 3 knives' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await page.locator('.drop-zone').count(), 0, 'the zone goes once the file is dropped');
  });

  test('clearing the box shows the empty-text note, and undo brings the text back', async () => {
    const box = page.getByLabel('Press release');
    const before = await box.inputValue();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.locator('#diagnostics', { hasText: 'empty' }).waitFor({ timeout: WAIT_MS });
    assert.equal(await box.inputValue(), '');
    await page.getByRole('button', { name: 'Undo clear' }).click();
    assert.equal(await box.inputValue(), before);
  });

  test('the theme toggle is kept across a reload', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.reload();
    await page.locator('h1').waitFor({ timeout: WAIT_MS });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  });

  test('a multi-megabyte paste shows the facts of its first part, says so, and keeps taking input', async () => {
    const line = 'Officers in Wrexham seized 12 knives and arrested 3 people on Tuesday.\n';
    const huge = line.repeat(40_000);
    await page.evaluate((text) => {
      const box = document.querySelector('textarea');
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, huge);
    await page.getByText('facts shown are from its first').waitFor({ timeout: WAIT_MS });
    await figureRow(page, '12', 'knife').waitFor({ timeout: WAIT_MS });
    const box = page.getByLabel('Press release');
    await box.press('End');
    await box.type(' More.');
    assert.ok((await box.inputValue()).endsWith(' More.'), 'typing still reaches the box');
    // The box holds a part of the long text: Clear empties all of it.
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
  });

  test('a long paste is edited a part at a time, and typing in any part reaches the whole text', async () => {
    const lines = [
      'Officers in Carlisle seized 14 knives and arrested 6 people on Monday.\n',
      'Detective Sergeant Maya Quinn said: "Every one of these arrests matters."\n',
      'Burglaries in the district fell from 412 in 2022/23 to 365 in 2023/24 — “a real drop”.\n',
    ];
    let huge = '';
    for (let i = 0; huge.length < 3_000_000; i += 1) huge += lines[i % 3];
    const box = page.getByLabel('Press release');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await box.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, huge);
    const bar = page.locator('#release-part');
    await bar.waitFor({ timeout: WAIT_MS });
    const held = await box.inputValue();
    assert.ok(held.length > 50_000 && held.length <= 200_000, `the box holds ${held.length} characters`);
    assert.ok(huge.endsWith(held), 'the box shows the part where the paste ended');
    assert.ok(await bar.getByRole('button', { name: 'Later part' }).isDisabled());
    const kept = () => page.evaluate(() => JSON.parse(localStorage.getItem('blotter.work')).text);

    // Typing at the end of the last part lands at the end of the whole text.
    await box.press('Control+End');
    await box.type('Extra.');
    let expected = `${huge}Extra.`;
    await page.waitForFunction((n) => JSON.parse(localStorage.getItem('blotter.work')).text.length === n, expected.length, { timeout: WAIT_MS, polling: 250 });
    assert.equal(await kept(), expected);

    // The part before: typing at its start lands where the bar says it starts.
    await bar.getByRole('button', { name: 'Earlier part' }).click();
    const [first] = (await bar.locator('p').textContent()).match(/[\d,]+/).map((n) => Number(n.replaceAll(',', '')));
    assert.ok(expected.slice(first - 1).startsWith(await box.inputValue()), 'the box shows the part the bar names');
    await box.type('Inserted. ');
    expected = `${expected.slice(0, first - 1)}Inserted. ${expected.slice(first - 1)}`;
    await page.waitForFunction((n) => JSON.parse(localStorage.getItem('blotter.work')).text.length === n, expected.length, { timeout: WAIT_MS, polling: 250 });
    assert.equal(await kept(), expected);

    // Back to the last part: the text typed there is still in it.
    await bar.getByRole('button', { name: 'Later part' }).click();
    assert.ok((await box.inputValue()).endsWith('Extra.'));
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await bar.waitFor({ state: 'detached', timeout: WAIT_MS });
    assert.equal(await box.inputValue(), '');
  });

  test('asks nothing of any server but its own, and logs no errors', () => {
    const elsewhere = requests.filter((u) => !u.startsWith(site.url));
    assert.deepEqual(elsewhere, [], 'every request stays on the local site');
    assert.deepEqual(dialogs, []);
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

/**
 * Runs in the page: every element with its own visible text, its colour against the first
 * opaque background behind it, and the WCAG 2 ratio it needs (4.5, or 3 for large text).
 * Returns the elements that fall short. Charts (SVG with their own background) are skipped.
 */
function contrastFailures() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const over = (top, under) => ({
    r: top.r * top.a + under.r * (1 - top.a),
    g: top.g * top.a + under.g * (1 - top.a),
    b: top.b * top.a + under.b * (1 - top.a),
    a: 1,
  });
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) bg = over(layer, bg);
    return bg;
  };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg, textarea, input, script, style')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (!own || style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
    const fg = parse(style.color);
    if (!fg) continue;
    const bg = background(el);
    const text = over({ ...fg, a: fg.a * Number(style.opacity || 1) }, bg);
    const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) {
      out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)} < ${needed}`);
    }
  }
  return [...new Set(out)].slice(0, 20);
}
