// End-to-end tests of the collection view against the release build (dist/) served on
// 127.0.0.1: twenty releases of ../shared/corpus/more opened at once, listed, read in the
// worker, every figure in one table, the timeline drawn, kept across a reload in
// IndexedDB, the collection CSV equal byte for byte to `blotter extract --csv` of the
// same files, removal and undo; and a database refused or full: a notice, and nothing
// already kept lost.
//
// The releases are third-party text: they are read from ../shared at test time, never
// copied here, and the tests are skipped where that folder is not beside the clone.
// target/release/blotter must exist (scripts/test builds it before these tests). Waits
// use WAIT_MS, a guard against a page that stops answering, not a time requirement.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'more');
const CLI = join(repo, 'target', 'release', 'blotter');
const WAIT_MS = 60_000;

/** Twenty releases: the statistics and the weeks of action, which state figures by period. */
const FILES = ['stats', 'week'].flatMap((kind) =>
  Array.from({ length: 10 }, (_, i) => join(corpus, `${kind}-${String(i + 1).padStart(2, '0')}.txt`)),
);

const REFUSED = /will not keep the collection/;
const NOT_KEPT = /would not keep 2 releases/;

/** Reads a CSV (RFC 4180, CRLF, with a byte-order mark) into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('the collection', { skip: !existsSync(corpus) && 'needs ../shared/corpus/more' }, () => {
  let site;
  let browser;
  const errors = [];

  before(async () => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run cargo build --release --bin blotter`);
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    assert.deepEqual(errors, [], 'no page error');
  });

  async function newPage(context, init) {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    watch(page, { errors });
    if (init) await page.addInitScript(init);
    await page.goto(site.url);
    await page.locator('h1', { hasText: 'Blotter' }).waitFor();
    await page.locator('.views .view-collection').click();
    await page.locator('.collection').waitFor();
    return page;
  }

  /** Waits until the collection lists `n` releases, every one read. */
  async function allRead(page, n) {
    const done = new RegExp(`^${n} releases?, \\d+ figures$`);
    await page.locator('.collection .status', { hasText: done }).waitFor();
    assert.equal(await page.locator('table.releases tbody tr').count(), n);
    assert.equal(await page.locator('table.releases tbody tr.reading').count(), 0);
    // The table of every figure and then the timeline are drawn a task or two after.
    if (n > 0) await page.locator('.collection .timeline').waitFor();
  }

  async function pageCsv(page) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'blotter-collection.csv');
    return readFile(await download.path());
  }

  test('twenty releases opened at once: listed, every figure, a timeline, kept, the CLI CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const page = await newPage(context);
    await page.locator('#collection-files').setInputFiles(FILES);
    // Listed at once, before they are read.
    await page.locator('.views .view-collection', { hasText: 'Collection (20)' }).waitFor();
    await allRead(page, 20);

    const want = execFileSync(CLI, ['extract', '--csv', ...FILES]);
    const cli = parseCsv(want.toString('utf8'));
    const header = cli[0];
    const at = (name) => header.indexOf(name);

    // The table of releases: each release's figure count is the CLI's.
    const names = FILES.map((f) => basename(f));
    const listed = await page.locator('table.releases tbody tr th').allTextContents();
    assert.deepEqual(listed, names, 'in the order opened');
    const counts = await page.locator('table.releases tbody td[data-label="Figures"]').allTextContents();
    for (const [i, name] of names.entries()) {
      const rows = cli.slice(1).filter((r) => r[at('release')] === name).length;
      assert.equal(Number(counts[i]), rows, `figures of ${name}`);
    }

    // The table of every figure holds each release's figures: its items, release by
    // release (a figure two releases state is one row naming both).
    const cells = await page.locator('table.collection-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        release: tr.querySelector('td[data-label="Release"]').textContent.split('; '),
        item: tr.querySelector('td[data-label="Item"]').textContent,
      })),
    );
    assert.ok(cells.length > 0);
    for (const name of names) {
      const items = (rows) => rows.sort();
      const fromCli = items(cli.slice(1).filter((r) => r[at('release')] === name).map((r) => r[at('item')]));
      const fromPage = items(cells.filter((c) => c.release.includes(name)).map((c) => c.item));
      assert.deepEqual(fromPage, fromCli, `every figure of ${name}`);
    }

    // The timeline draws the statistics over their periods.
    const charts = page.locator('.timeline .chart svg');
    assert.ok((await charts.count()) >= 1, 'the timeline draws');

    // A filter narrows the table to one force; sorting by value orders it.
    const force = cli.slice(1).map((r) => r[at('force')]).find((f) => f);
    await page.locator('#filter-force').selectOption(force);
    const forces = await page.locator('table.collection-table td[data-label="Force"]').allTextContents();
    assert.ok(forces.length > 0 && forces.every((f) => f === force), 'one force');
    await page.locator('#filter-force').selectOption('');

    // The page's collection CSV is the command-line tool's, byte for byte.
    assert.ok((await pageCsv(page)).equals(want), 'the CSV equals blotter extract --csv');

    // Kept across a reload.
    await page.reload();
    await page.locator('.views .view-collection').click();
    await allRead(page, 20);
    assert.ok((await pageCsv(page)).equals(want), 'the same CSV after a reload');

    // Removing one, then undoing it.
    await page.getByRole('button', { name: 'Remove stats-03.txt' }).click();
    await allRead(page, 19);
    assert.ok(!(await page.locator('table.releases').textContent()).includes('stats-03.txt'));
    await page.getByRole('button', { name: 'Undo removing stats-03.txt' }).click();
    await allRead(page, 20);
    assert.ok((await pageCsv(page)).equals(want), 'back where it was');
    await page.reload();
    await page.locator('.views .view-collection').click();
    await allRead(page, 20);

    // A publication date set on one release reads it again with that date, as
    // `blotter extract --csv --published` does, and is kept across a reload.
    const dated = FILES[12];
    const date = '2024-03-05';
    const field = page.getByLabel(`Publication date of ${basename(dated)}`);
    await field.fill(date);
    await field.dispatchEvent('change');
    const rowsOf = (csv, name) => parseCsv(csv).filter((r) => r[0] === name).map((r) => r.join(','));
    const oneDated = execFileSync(CLI, ['extract', '--csv', '--published', date, dated]).toString('utf8');
    await page.waitForFunction(
      ([name, d]) => document.querySelector(`input[aria-label="Publication date of ${name}"]`)?.value === d,
      [basename(dated), date],
    );
    // Read again in the worker: listed as being read until its answer comes.
    await allRead(page, 20);
    let csv = (await pageCsv(page)).toString('utf8');
    assert.deepEqual(rowsOf(csv, basename(dated)), rowsOf(oneDated, basename(dated)));
    await page.reload();
    await page.locator('.views .view-collection').click();
    await allRead(page, 20);
    assert.equal(await page.getByLabel(`Publication date of ${basename(dated)}`).inputValue(), date);
    csv = (await pageCsv(page)).toString('utf8');
    assert.deepEqual(rowsOf(csv, basename(dated)), rowsOf(oneDated, basename(dated)));
    await page.getByLabel(`Publication date of ${basename(dated)}`).fill('');
    await page.getByLabel(`Publication date of ${basename(dated)}`).dispatchEvent('change');
    await allRead(page, 20);
    assert.ok((await pageCsv(page)).equals(want), 'the text\'s own date back');

    // Opening a release shows it in the single view.
    await page.getByRole('button', { name: 'Open week-02.txt in the release view' }).click();
    await page.locator('.collection').waitFor({ state: 'detached' });
    const text = await readFile(FILES[11], 'utf8');
    assert.equal(await page.getByLabel('Press release').inputValue(), text);

    // The JSON export: a list of facts/1 objects, each the CLI's for its file, with the
    // release's name first.
    await page.locator('.views .view-collection').click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    assert.equal(json.suggestedFilename(), 'blotter-collection.json');
    const list = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.equal(list.length, 20);
    for (const i of [0, 13]) {
      const { release, ...facts } = list[i];
      assert.equal(release, names[i]);
      assert.equal(Object.keys(list[i])[0], 'release');
      assert.deepEqual(facts, JSON.parse(execFileSync(CLI, ['extract', FILES[i]]).toString('utf8')));
    }

    // Dropping files on the view adds them too (the drop carries Files, as a drag from
    // the desktop does).
    const dropped = await page.evaluateHandle(
      ([a, b]) => {
        const data = new DataTransfer();
        data.items.add(new File([a], 'dropped-a.txt', { type: 'text/plain' }));
        data.items.add(new File([b], 'dropped-b.txt', { type: 'text/plain' }));
        return data;
      },
      [await readFile(FILES[0], 'utf8'), await readFile(FILES[10], 'utf8')],
    );
    await page.locator('main.collection').dispatchEvent('drop', { dataTransfer: dropped });
    await allRead(page, 22);
    await page.getByRole('button', { name: 'Remove dropped-a.txt' }).click();
    await page.getByRole('button', { name: 'Remove dropped-b.txt' }).click();
    await allRead(page, 20);

    // Removing all, and undoing that.
    await page.getByRole('button', { name: 'Remove all' }).click();
    await page.locator('.views .view-collection', { hasText: 'Collection (0)' }).waitFor();
    await page.getByRole('button', { name: 'Undo removing all 20' }).click();
    await allRead(page, 20);
    await context.close();
  });

  test('every figure of sixty releases is reachable: the table is paged, Previous and Next from the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const page = await newPage(context);
    const all = (await readdir(corpus)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(corpus, n));
    await page.locator('#collection-files').setInputFiles(all);
    await allRead(page, all.length);
    const cli = parseCsv(execFileSync(CLI, ['extract', '--csv', ...all]).toString('utf8'));
    const at = (name) => cli[0].indexOf(name);
    assert.ok(cli.length - 1 > 300, `more than one page of figures (${cli.length - 1})`);

    const pager = page.locator('.collection-figures nav.pager').first();
    const where = async () => {
      const m = (await pager.locator('.where').textContent()).match(/^Figures ([\d,]+)(?:\u2013([\d,]+))? of ([\d,]+)$/);
      assert.ok(m, 'the pager says which figures of how many');
      const n = (s) => Number(s.replace(/,/g, ''));
      return { from: n(m[1]), to: n(m[2] ?? m[1]), total: n(m[3]) };
    };
    const first = await where();
    assert.equal(first.from, 1);
    assert.equal(first.to, 300);
    assert.equal(await pager.getByRole('button', { name: 'Previous' }).getAttribute('aria-disabled'), 'true');

    // Every page in turn, from the keyboard: the rows shown add up to the total, and hold
    // each release's figures as the command-line tool's CSV lists them.
    const rowsShown = () =>
      page.locator('table.collection-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          release: tr.querySelector('td[data-label="Release"]').textContent.split('; '),
          item: tr.querySelector('td[data-label="Item"]').textContent,
        })),
      );
    const next = pager.getByRole('button', { name: 'Next' });
    let shown = await rowsShown();
    let seen = shown.length;
    const cells = [...shown];
    let now = first;
    while ((await next.getAttribute('aria-disabled')) === 'false') {
      const before = await pager.locator('.where').textContent();
      await next.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (was) => document.querySelector('.collection-figures .pager .where').textContent !== was,
        before,
      );
      now = await where();
      assert.equal(now.from, seen + 1, 'each page starts after the last');
      shown = await rowsShown();
      assert.equal(shown.length, now.to - now.from + 1);
      seen += shown.length;
      cells.push(...shown);
      assert.ok(await next.evaluate((b) => b === document.activeElement), 'Next keeps the focus');
    }
    assert.equal(now.to, now.total, 'the last page ends with the last figure');
    assert.equal(seen, first.total, 'the rows shown add up to the total');
    for (const name of all.map((f) => basename(f))) {
      const fromCli = cli.slice(1).filter((r) => r[at('release')] === name).map((r) => r[at('item')]).sort();
      const fromPage = cells.filter((c) => c.release.includes(name)).map((c) => c.item).sort();
      assert.deepEqual(fromPage, fromCli, `every figure of ${name}`);
    }

    // A sort goes back to the first page; so does a filter.
    await page.locator('table.collection-table th button.sort', { hasText: 'Value' }).click();
    assert.equal((await where()).from, 1);
    await pager.getByRole('button', { name: 'Next' }).click();
    assert.equal((await where()).from, 301);
    const category = cli.slice(1).map((r) => r[at('category')]).find((c) => c);
    await page.locator('#filter-category').selectOption(category);
    await page.locator('#filter-category').selectOption('');
    assert.equal((await where()).from, 1);
    await context.close();
  });

  test('a correction made to a release opened from the collection is kept in the collection', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const page = await newPage(context);
    // Two releases written for this test (not from ../shared).
    const files = [
      ['larch.txt', 'Published 3 March 2025 by Larchmoor Police\n\nOfficers seized 9 knives and arrested 4 people in Larchmoor.\n'],
      ['fenby.txt', 'Published 4 March 2025 by Fenby Police\n\nOfficers seized 5 knives in Fenby.\n'],
    ].map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) }));
    await page.locator('#collection-files').setInputFiles(files);
    await allRead(page, 2);
    const knivesRow = () => page.locator('.collection-figures tbody tr', { hasText: 'larch.txt' }).filter({ hasText: 'knives' });
    assert.equal(await knivesRow().count(), 1);

    // Open the release, reject its knives from the keyboard, and go back.
    await page.getByRole('button', { name: 'Open larch.txt in the release view' }).click();
    // The row of its knives, not a 9 of the text the release view showed before (the
    // sample executes 9 warrants), which can still be on show for a moment.
    await page.locator('tr[data-row]', { hasText: 'knives' }).locator('.fact-link', { hasText: /^9$/ }).press('Enter');
    await page.getByRole('button', { name: 'Reject this fact' }).press('Enter');
    await page.locator('#figures tr.rejected').waitFor();
    await page.locator('.views .view-collection').click();
    await page.locator('.collection').waitFor();
    await knivesRow().waitFor({ state: 'detached' });
    const csv = (await pageCsv(page)).toString('utf8');
    assert.doesNotMatch(csv, /larch\.txt[^\n]*knives/, 'the rejected figure leaves the collection CSV');
    assert.match(csv, /fenby\.txt[^\n]*knives/);

    // After a reload the collection keeps the correction, and the release opens with it.
    await page.waitForTimeout(500);
    await page.reload();
    await page.locator('.views .view-collection').click();
    await allRead(page, 2);
    assert.equal(await knivesRow().count(), 0);
    await page.getByRole('button', { name: 'Open larch.txt in the release view' }).click();
    await page.locator('#figures tr.rejected', { hasText: 'knives' }).waitFor();
    await context.close();
  });

  test('a refused or full database: a notice, and what was kept stays kept', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const first = await newPage(context);
    await first.locator('#collection-files').setInputFiles(FILES.slice(0, 3));
    await allRead(first, 3);
    // The records are written once they are listed; let the writes finish.
    await first.waitForTimeout(500);
    await first.close();

    // Refused: indexedDB.open throws, as it does where storage is turned off.
    const refused = await newPage(context, () => {
      indexedDB.open = () => {
        throw new DOMException('Access to storage is denied.', 'SecurityError');
      };
    });
    await refused.locator('.notice', { hasText: REFUSED }).waitFor();
    await refused.locator('#collection-files').setInputFiles(FILES.slice(3, 5));
    await allRead(refused, 2);
    await refused.close();

    // Full: every write fails as a full quota does.
    const full = await newPage(context, () => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await allRead(full, 3);
    await full.locator('#collection-files').setInputFiles(FILES.slice(5, 7));
    await full.locator('.notice', { hasText: NOT_KEPT }).waitFor();
    await allRead(full, 5);
    await full.close();

    // Nothing kept before was lost.
    const after = await newPage(context);
    await allRead(after, 3);
    const listed = await after.locator('table.releases tbody tr th').allTextContents();
    assert.deepEqual(listed, FILES.slice(0, 3).map((f) => basename(f)));
    await context.close();
  });
});
