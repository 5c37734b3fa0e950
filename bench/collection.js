// The collection bench (issue 15): N releases (500 by default) opened at once in the
// collection view of the release build (dist/), in headless Chromium on 127.0.0.1.
// Measured, never asserted; BENCHMARKS.md ("Collection") has the method and figures.
//
//   node bench/collection.js [N]
//
// The releases are made at run time by repeating ../shared/corpus/more/*.txt (read from
// beside the repository, never copied into it) into a temporary folder, each copy with a
// name of its own. Prints: the time until the collection lists all N (the files read and
// the tab counting them), until every release is read (both from the harness handing the
// files to the browser, and in the page from the input's change event) (facts from the worker, the tables
// and the timeline drawn), the longest main-thread task meanwhile (PerformanceObserver
// `longtask`, 50 ms and over) and how many there were, the IndexedDB usage
// (navigator.storage.estimate), and the same times after a reload with N kept.

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium.js';
import { serveDist } from '../tests/e2e/serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'more');
const N = Number(process.argv[2] ?? 500);
const WAIT_MS = 600_000;

/** Collects long tasks from the page's start, for `longest()` to read. */
function observeLongTasks() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function main() {
  const names = (await readdir(corpus)).filter((n) => n.endsWith('.txt')).sort();
  const texts = await Promise.all(names.map((n) => readFile(join(corpus, n), 'utf8')));
  const dir = await mkdtemp(join(tmpdir(), 'blotter-collection-'));
  const files = [];
  let bytes = 0;
  for (let i = 0; i < N; i++) {
    const f = join(dir, `r${String(i).padStart(4, '0')}-${names[i % names.length]}`);
    await writeFile(f, texts[i % texts.length]);
    bytes += Buffer.byteLength(texts[i % texts.length]);
    files.push(f);
  }
  const site = await serveDist(join(repo, 'dist'));
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.addInitScript(observeLongTasks);
  await page.goto(site.url);
  await page.locator('h1', { hasText: 'Blotter' }).waitFor();
  await page.locator('.views .view-collection').click();
  await page.locator('.collection').waitFor();
  await page.evaluate(() => { window.__longtasks = []; });

  const listed = page.locator('.views .view-collection', { hasText: `Collection (${N})` });
  const read = page.locator('.collection .status', { hasText: new RegExp(`^${N} releases, \\d+ figures$`) });
  // Read, and drawn: the timeline is drawn last, a task or two after the last answers.
  const drawn = page.locator('.collection .timeline');
  // In-page times, from the input's change event (so the harness's sending the files to
  // the browser is not counted) to the tab counting N, and to the status saying every
  // release is read.
  await page.evaluate((n) => {
    const marks = (window.__marks = {});
    document.addEventListener('change', () => { marks.change ??= performance.now(); }, true);
    const done = new RegExp(`^${n} releases, \\d+ figures$`);
    new MutationObserver(() => {
      const now = performance.now();
      if (!marks.listed && document.querySelector('.views .view-collection')?.textContent.includes(`(${n})`)) marks.listed = now;
      if (!marks.read && done.test(document.querySelector('.collection .status')?.textContent ?? '') && document.querySelector('.collection .timeline')) marks.read = now;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, N);
  const t0 = Date.now();
  await page.locator('#collection-files').setInputFiles(files);
  await listed.waitFor();
  const tListed = Date.now() - t0;
  await read.waitFor();
  await drawn.waitFor();
  const tRead = Date.now() - t0;
  // Let the last writes to the database finish before measuring it.
  await page.waitForTimeout(2_000);
  const tasks = await page.evaluate(() => window.__longtasks);
  const estimate = await page.evaluate(async () => {
    const e = await navigator.storage.estimate();
    return { usage: e.usage, indexedDB: e.usageDetails?.indexedDB ?? null };
  });
  const status = await read.textContent();
  const marks = await page.evaluate(() => window.__marks);

  const r0 = Date.now();
  await page.reload();
  await page.locator('h1', { hasText: 'Blotter' }).waitFor();
  await page.locator('.views .view-collection', { hasText: `Collection (${N})` }).waitFor();
  const rListed = Date.now() - r0;
  await page.locator('.views .view-collection').click();
  await read.waitFor();
  await drawn.waitFor();
  const rRead = Date.now() - r0;
  const reloadTasks = await page.evaluate(() => window.__longtasks);

  const longest = (t) => (t.length ? Math.round(Math.max(...t.map((e) => e.duration))) : 0);
  // Each long task after the change event: when it started and how long it took, so the
  // longest can be told apart (reading the files, listing, a batch, the last drawing).
  // The task the change event is dispatched in (the page's handler runs in it) counts
  // as after it too.
  const after = tasks.filter((e) => e.start + e.duration >= marks.change);
  const timeline = after
    .map((e) => `${Math.round(e.start - marks.change)}+${Math.round(e.duration)}`);
  const out = {
    releases: N,
    input_bytes: bytes,
    status,
    listed_ms: tListed,
    all_read_ms: tRead,
    in_page_listed_ms: Math.round(marks.listed - marks.change),
    in_page_all_read_ms: Math.round(marks.read - marks.change),
    longtasks: tasks.length,
    longest_task_ms: longest(tasks),
    longtasks_from_change: after.length,
    longest_task_from_change_ms: longest(after),
    longtasks_total_ms: Math.round(tasks.reduce((a, b) => a + b.duration, 0)),
    longtasks_at_ms: timeline.join(' '),
    storage_usage_bytes: estimate.usage,
    indexeddb_bytes: estimate.indexedDB,
    reload_listed_ms: rListed,
    reload_all_read_ms: rRead,
    reload_longtasks: reloadTasks.length,
    reload_longest_task_ms: longest(reloadTasks),
  };
  console.log(JSON.stringify(out, null, 2));
  await browser.close();
  await site.close();
  await rm(dir, { recursive: true, force: true });
}

await main();
