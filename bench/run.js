// The browser bench: serves dist/, bench/www/ and bench/node_modules/ on 127.0.0.1
// (bench/serve.js), drives Debian's Chromium with the end-to-end tests' launcher, and
// prints the figures as markdown tables (BENCHMARKS.md explains each one). Raw figures go
// to bench/out/browser.json. Run by scripts/bench after `trunk build --release`.
//
//   node bench/run.js [--quick] [--only compare,load,keys,longtasks]
//
// Texts: the dev releases in ../shared/corpus/dev beside the repository (read here at run
// time, never copied into it; BLOTTER_DEV overrides the folder) and tests/heldout/*.txt.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium.js';
import { serveBench } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : null;
const wants = (part) => !only || only.has(part);

const WAIT_MS = 120_000;
// The built site; BLOTTER_DIST measures another build (say, one made with other flags).
const distDir = process.env.BLOTTER_DIST ?? join(repo, 'dist');

// ---------------------------------------------------------------------------------------
// Texts

async function releases(dir) {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `s` that ends at a space or newline and is at most `max` bytes. */
function cutAt(s, max) {
  let end = Math.min(s.length, max);
  while (end > 0 && utf8(s.slice(0, end)) > max) end -= 1;
  const space = Math.max(s.lastIndexOf(' ', end - 1), s.lastIndexOf('\n', end - 1));
  return s.slice(0, space > max / 2 ? space : end).trimEnd();
}

/** Releases joined (from `start`, wrapping round) until `size` bytes, cut at a word. */
function joined(texts, start, size) {
  let doc = '';
  for (let i = start; utf8(doc) < size; i += 1) {
    doc += (doc ? '\n\n' : '') + texts[i % texts.length].trim();
  }
  return cutAt(doc, size);
}

// ---------------------------------------------------------------------------------------
// Small helpers

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const fmt = (x, digits = 1) => (x === undefined || x === null ? 'n/a' : x.toFixed(digits));
const log = (...m) => console.error('bench:', ...m);

/** Installed in every app page before its own scripts: marks and long tasks. */
function pageProbe() {
  // How long after a key with no read the probe gives up waiting for one (ms).
  const NO_READ_MS = 3000;
  const probe = { marks: {}, longtasks: [] };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.longtasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    probe.noLongtask = true;
  }
  const check = () => {
    const box = document.querySelector('textarea');
    if (box && !box.disabled && probe.marks.textarea === undefined) {
      probe.marks.textarea = performance.now();
    }
    const results = document.querySelector('#results');
    if (
      results &&
      results.getAttribute('aria-busy') === 'false' &&
      results.querySelector('#figures tbody tr') &&
      probe.marks.results === undefined
    ) {
      probe.marks.results = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.marks.painted = performance.now();
        }),
      );
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });

  /**
   * Resolves with the times from the next key press (its event's time stamp) to the facts
   * being read again: `#results` turns busy (the edit rendered), then not busy (the new
   * facts rendered, in the same DOM update as the panels), then the next frame.
   * `start()` instead of a key press marks the start now (for a paste done in the page).
   */
  probe.armResults = () => {
    const results = document.querySelector('#results');
    let t0 = null;
    let busyAt = null;
    let resolve;
    let mo;
    const done = new Promise((r) => {
      resolve = r;
      mo = new MutationObserver(() => {
        if (t0 === null) return;
        const busy = results.getAttribute('aria-busy');
        if (busy === 'true' && busyAt === null) busyAt = performance.now();
        if (busy === 'false' && busyAt !== null) {
          const at = performance.now();
          mo.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() =>
              resolve({ busy: busyAt - t0, results: at - t0, frame: performance.now() - t0, t0 }),
            ),
          );
        }
      });
      mo.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const onKey = (e) => {
      t0 = e.timeStamp;
      // A key that changes no fact (typing past the part of a long text that is read)
      // starts no read: say so rather than wait for ever.
      setTimeout(() => {
        if (busyAt === null) {
          mo.disconnect();
          resolve({ noRead: true, t0 });
        }
      }, NO_READ_MS);
    };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
    probe.pending = done;
    probe.start = () => {
      document.removeEventListener('keydown', onKey, { capture: true });
      t0 = performance.now();
    };
  };
}

/** Opens the app in a fresh context (no cache, no service worker, no storage). */
async function openApp(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(pageProbe);
  await page.goto(url);
  await page.waitForFunction(() => window.__probe?.marks.painted !== undefined, null, {
    timeout: WAIT_MS,
  });
  return { context, page, errors };
}

/**
 * Pastes `text` over the whole box and waits for its facts. The paste event goes to the
 * page first (a long text is taken into the whole text there, and the box shows a part
 * of it); if the page lets it through, the text goes into the box as the browser would.
 */
async function paste(page, text) {
  return page.evaluate(async (t) => {
    const box = document.querySelector('textarea');
    window.__probe.armResults();
    box.focus();
    box.select();
    window.__probe.start();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (box.dispatchEvent(event)) {
      box.value = t;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const r = await window.__probe.pending;
    box.setSelectionRange(box.value.length, box.value.length);
    return r;
  }, text);
}

/**
 * A long text's box holds one part at a time: goes back part by part to the first one
 * (these clicks are not timed), where the part that is read starts.
 */
async function toFirstPart(page) {
  const earlier = page.locator('#release-part .earlier');
  while ((await earlier.count()) > 0 && !(await earlier.isDisabled())) {
    await earlier.click();
  }
}

/** Types one character at the start or the end of the box; resolves with its times. */
async function keystroke(page, ch, atStart) {
  await page.evaluate((start) => {
    const box = document.querySelector('textarea');
    box.focus();
    const at = start ? 0 : box.value.length;
    box.setSelectionRange(at, at);
    window.__probe.armResults();
  }, atStart);
  await page.keyboard.type(ch);
  return page.evaluate(() => window.__probe.pending);
}

const longtasksSince = (page, t) =>
  page.evaluate((since) => window.__probe.longtasks.filter((e) => e.start >= since), t);
const now = (page) => page.evaluate(() => performance.now());

// ---------------------------------------------------------------------------------------
// The parts

async function compare(browser, url, texts, docs5k) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => log('bench page error:', String(e)));
  await page.goto(`${url}bench/`);
  await page.waitForFunction(() => window.bench?.ready, null, { timeout: WAIT_MS });
  const info = await page.evaluate(() => ({
    blotter: window.bench.blotter,
    isolated: window.bench.crossOriginIsolated,
  }));
  if (info.blotter.error) log('blotter.js did not load:', info.blotter.error);
  const tools = await page.evaluate((a) => window.bench.run(a), {
    texts,
    docs5k,
    minBytes: quick ? 2e5 : 1e6,
    rounds: quick ? 1 : 5,
  });
  await context.close();
  return { ...info, tools };
}

async function coldLoad(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const { context, page, errors } = await openApp(browser, url);
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        ...window.__probe.marks,
        fcp: fcp?.startTime,
        wasm: performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('.wasm'))?.responseEnd,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        load: nav?.loadEventEnd,
        transferred: performance
          .getEntriesByType('resource')
          .reduce((a, e) => a + e.transferSize, nav?.transferSize ?? 0),
      };
    });
    // The box really takes a key: type one, see it arrive.
    const box = page.locator('textarea');
    const before = (await box.inputValue()).length;
    await box.press('End');
    await page.keyboard.type('x');
    t.typed = (await box.inputValue()).length === before + 1;
    if (errors.length) t.errors = errors;
    out.push(t);
    await context.close();
  }
  return out;
}

async function keys(browser, url, text, count, { atStart = false } = {}) {
  const { context, page } = await openApp(browser, url);
  const pasted = await paste(page, text);
  if (atStart) await toFirstPart(page);
  const times = [];
  for (let i = 0; i < count; i += 1) {
    await page.waitForTimeout(300);
    times.push(await keystroke(page, 'abcdefghij'[i % 10], atStart));
  }
  const workers = page.workers().length;
  await context.close();
  return { bytes: utf8(text), pasted, times, workers };
}

async function typingLongtasks(browser, url, text, typed, { atStart = false } = {}) {
  const { context, page } = await openApp(browser, url);
  const t0 = await now(page);
  const pasted = await paste(page, text);
  const duringPaste = await longtasksSince(page, t0);
  if (atStart) {
    // Type at the start of the first part, inside the part that is read.
    await toFirstPart(page);
    await page.evaluate(() => {
      const box = document.querySelector('textarea');
      box.focus();
      box.setSelectionRange(0, 0);
    });
  }
  await page.waitForTimeout(500);
  const t1 = await now(page);
  await page.evaluate(() => window.__probe.armResults());
  await page.keyboard.type(typed, { delay: 80 });
  const after = await page.evaluate(() => window.__probe.pending);
  // A key slower than the pause can let a read start before the last key: wait until the
  // last one's facts are in too, so their render is counted.
  await page.waitForTimeout(300);
  await page.waitForFunction(
    () => document.querySelector('#results')?.getAttribute('aria-busy') === 'false',
    null,
    { timeout: WAIT_MS },
  );
  await page.waitForTimeout(300);
  const duringTyping = await longtasksSince(page, t1);
  await context.close();
  return { bytes: utf8(text), pasted, duringPaste, typed: typed.length, after, duringTyping };
}

/**
 * The browser's own floor, for comparison: the same typing into a bare textarea (no app)
 * holding the same text, in the same browser, with the same long-task observer.
 */
async function bareTextareaLongtasks(browser, url, text, typed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}bench/textarea.html`);
  await page.evaluate((t) => {
    const box = document.querySelector('textarea');
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask' });
    box.value = t;
    box.focus();
    box.setSelectionRange(t.length, t.length);
  }, text);
  await page.waitForTimeout(1500);
  const t1 = await now(page);
  await page.keyboard.type(typed, { delay: 80 });
  await page.waitForTimeout(500);
  const duringTyping = await page.evaluate(
    (since) => window.__longtasks.filter((e) => e.start >= since),
    t1,
  );
  await context.close();
  return { bytes: utf8(text), typed: typed.length, duringTyping };
}

/** Each file of dist/: its kind (extension), its size, and its size after `gzip -9`. */
function gzipSizes() {
  const dist = distDir;
  const out = {};
  for (const name of readdirSync(dist)) {
    const file = join(dist, name);
    out[name] = {
      kind: name.split('.').pop(),
      raw: statSync(file).size,
      gz: execFileSync('gzip', ['-9', '-c', file]).length,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reporting

/** What the figures were measured on. */
function machine() {
  const run = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m);
  return {
    nproc: run('nproc', []),
    cpu: cpu ? cpu[1] : 'unknown',
    memory: run('sh', ['-c', "free -g | awk '/Mem:/ {print $2 \" GiB\"}'"]),
    chromium: run('chromium', ['--version']),
    rustc: run('rustc', ['--version']),
    node: process.version,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

function report(r) {
  const lines = [];
  const say = (s = '') => lines.push(s);
  const m0 = r.machine;
  say(`Measured ${r.when} on ${m0.nproc} cores (${m0.cpu}, ${m0.memory}), ${m0.chromium}, ${m0.rustc}, Node ${m0.node}.`);
  say(`Load average (1, 5, 15 min) at the start: ${m0.load}; at the end: ${r.loadAtEnd}.`);
  say();
  if (r.compare) {
    const c = r.compare;
    say(`### In Chromium, same texts (${c.corpus})`);
    say();
    say('| tool | what it does | MB/s (all passes) | MB/s (median pass) | ms per ~5 KB, median | p95 | Blotter/them, MB/s (median pass) | Blotter/them, per 5 KB (median) | what it found in the first ~5 KB document |');
    say('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    const b = c.tools.find((t) => t.tool === 'blotter');
    const what = {
      blotter: 'all facts (facts/1)',
      'chrono-node': 'dates only',
      compromise: 'parse + dates + numbers',
    };
    for (const t of c.tools) {
      const ratio = b && t !== b ? `${fmt(b.mbPerSMedianPass / t.mbPerSMedianPass, 2)}×` : '';
      const ratio5 = b && t !== b ? `${fmt(t.fiveKb.median / b.fiveKb.median, 2)}×` : '';
      say(
        `| ${t.tool} | ${what[t.tool]} | ${fmt(t.mbPerS, 2)} | ${fmt(t.mbPerSMedianPass, 2)} | ${fmt(t.fiveKb.median, 2)} | ${fmt(t.fiveKb.p95, 2)} | ${ratio} | ${ratio5} | ${Object.entries(t.found).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ')} |`,
      );
    }
    say();
    say('Blotter/them above 1× means Blotter is faster (their time over Blotter\'s).');
    if (!b) say(`\nBlotter's ES module was not in dist/ (${c.blotter.error}).`);
    say();
    say(
      `Throughput: whole passes over the texts until ≥ ${fmt(c.minBytes / 1e6, 1)} MB. ` +
        `~5 KB: ${c.docs5k} documents of ${c.docBytes} bytes on average, ${c.tools[0]?.fiveKb.runs} timed runs each tool. ` +
        `Cross-origin isolated timers: ${c.isolated}.`,
    );
    say();
  }
  if (r.load) {
    const m = (k) => median(r.load.map((x) => x[k]).filter((x) => x !== undefined));
    say(`### Cold load on 127.0.0.1 (${r.load.length} fresh contexts, median ms from navigation start)`);
    say();
    say('| load event | wasm downloaded | text box in the DOM | first facts in the DOM | next frame after them | first contentful paint | a typed key arrives |');
    say('| ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    say(
      `| ${fmt(m('load'), 0)} | ${fmt(m('wasm'), 0)} | ${fmt(m('textarea'), 0)} | ${fmt(m('results'), 0)} | ${fmt(m('painted'), 0)} | ${fmt(m('fcp'), 0)} | ${r.load.every((x) => x.typed) ? 'yes, every run' : 'NO'} |`,
    );
    say();
  }
  if (r.sizes) {
    const sum = (k) =>
      Object.values(r.sizes).filter((s) => s.kind === k).reduce((a, s) => a + s.gz, 0);
    const raw = (k) =>
      Object.values(r.sizes).filter((s) => s.kind === k).reduce((a, s) => a + s.raw, 0);
    const total = sum('wasm') + sum('js') + sum('css');
    say('### Download (dist/, each file `gzip -9`)');
    say();
    say('| wasm | JS | CSS | wasm + JS + CSS | (HTML) |');
    say('| ---: | ---: | ---: | ---: | ---: |');
    say(
      `| ${sum('wasm')} B (${raw('wasm')} raw) | ${sum('js')} B (${raw('js')} raw) | ${sum('css')} B | **${total} B** (${fmt(total / 1024, 1)} KiB) | ${sum('html')} B |`,
    );
    say();
  }
  if (r.keys) {
    say('### Keystroke to updated facts (ms from the key event)');
    say();
    say('| text | pause before reading | keystrokes | facts rendered, median | p95 | next frame, median | p95 | minus the pause, median |');
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const k of r.keys) {
      const read = k.times.filter((t) => !t.noRead);
      const res = read.map((t) => t.results);
      const fr = read.map((t) => t.frame);
      const unread = k.times.length - read.length;
      say(
        `| ${k.label} (${k.bytes} B) | ${k.debounce}${k.workers ? ' (worker)' : ' (no worker)'} | ${k.times.length}${unread ? ` (${unread} read nothing)` : ''} | ${fmt(median(res))} | ${fmt(quantile(res, 0.95))} | ${fmt(median(fr))} | ${fmt(quantile(fr, 0.95))} | ${fmt(median(res) - k.debounce)} |`,
      );
    }
    say();
    say('(A key typed past the part of a long text that is read changes no fact, so nothing is read.)');
    say();
  }
  if (r.longtasks) {
    say('### Longest main-thread task (PerformanceObserver "longtask", ms)');
    say();
    say('| text | paste to facts | longest task in paste | typing | longest task while typing and reading | long tasks while typing |');
    say('| --- | ---: | ---: | --- | ---: | ---: |');
    const max = (xs) => (xs.length ? Math.max(...xs.map((x) => x.duration)) : 0);
    for (const l of r.longtasks) {
      say(
        `| ${l.label} (${l.bytes} B) | ${fmt(l.pasted.results)} | ${fmt(max(l.duringPaste))} | ${l.typed} keys, 80 ms apart | ${fmt(max(l.duringTyping))} | ${l.duringTyping.length} |`,
      );
    }
    if (r.bareTextarea) {
      const b = r.bareTextarea;
      say(
        `| control: a bare textarea, no app (${b.bytes} B) | | | ${b.typed} keys, 80 ms apart | ${fmt(max(b.duringTyping))} | ${b.duringTyping.length} |`,
      );
    }
    say('\n(0 means no task over 50 ms.)\n');
  }
  if (r.native) {
    say('### Native (`cargo bench --bench throughput`)');
    say();
    say('```');
    say(r.native.trim());
    say('```');
    say();
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------

const devDir = process.env.BLOTTER_DEV ?? join(repo, '..', 'shared', 'corpus', 'dev');
const dev = await releases(devDir);
const heldout = await releases(join(repo, 'tests', 'heldout'));
const texts = [...dev, ...heldout];
if (texts.length === 0) throw new Error('no texts: neither the dev corpus nor tests/heldout');
log(`${dev.length} dev releases (${devDir}), ${heldout.length} held-out releases`);
const docs5k = texts.map((_, i) => joined(texts, i, 5000));
const text5k = docs5k[0];
const text20k = joined(texts, 0, 19_900);
const text500k = joined(texts, 0, 500_000);
const text3m = joined(texts, 0, 3_000_000);

// The page's pause after the last key before it reads (src/ui/hooks.rs
// `use_debounced_analysis`, src/present/input.rs `debounce_ms`): none for a text up to
// 20,000 bytes (read on every key); above that the base 150 ms (src/ui/app.rs) when the
// reader worker runs, and only without a worker 1 ms more per 2 KB, at most 2 s.
// BLOTTER_PAUSE=150 measures a build from before texts were read on every key.
const everyKey = process.env.BLOTTER_PAUSE ? 0 : 20_000;
const debounce = (bytes, worker) =>
  bytes <= everyKey ? 0 : worker ? 150 : Math.min(150 + Math.floor(bytes / 2000), 2000);

const site = await serveBench({
  dist: distDir,
  www: join(here, 'www'),
  modules: join(here, 'node_modules'),
});
const browser = await launchChromium();
const r = { when: new Date().toISOString(), machine: machine() };
try {
  if (wants('compare')) {
    log('timing the tools side by side');
    r.compare = await compare(browser, site.url, texts, docs5k);
    r.compare.corpus = `${dev.length} dev releases + ${heldout.length} held-out, ${texts.reduce((a, t) => a + utf8(t), 0)} bytes`;
    r.compare.docs5k = docs5k.length;
    r.compare.docBytes = Math.round(docs5k.reduce((a, d) => a + utf8(d), 0) / docs5k.length);
    r.compare.minBytes = quick ? 2e5 : 1e6;
  }
  if (wants('load')) {
    log('cold loads');
    r.load = await coldLoad(browser, site.url, quick ? 3 : 10);
    r.sizes = gzipSizes();
  }
  if (wants('keys')) {
    log('keystrokes');
    const n = quick ? 5 : 20;
    r.keys = [];
    for (const [label, text, count, atStart] of [
      ['5 KB release', text5k, n, false],
      ['20 KB text', text20k, n, false],
      // Typed at its start, in the part that is read: typing past that part reads nothing.
      ['500 KB paste, typing at its start', text500k, Math.ceil(n / 2), true],
    ]) {
      const k = await keys(browser, site.url, text, count, { atStart });
      r.keys.push({ label, debounce: debounce(utf8(text) + 1, k.workers > 0), ...k });
    }
  }
  if (wants('longtasks')) {
    log('long tasks');
    r.longtasks = [
      { label: '5 KB release', ...(await typingLongtasks(browser, site.url, text5k, 'a quick note')) },
      { label: '3 MB paste, typing at its end', ...(await typingLongtasks(browser, site.url, text3m, 'more words')) },
      {
        label: '3 MB paste, typing at its start (in the part that is read)',
        ...(await typingLongtasks(browser, site.url, text3m, 'more words', { atStart: true })),
      },
    ];
    r.bareTextarea = await bareTextareaLongtasks(browser, site.url, text3m, 'more words');
  }
} finally {
  await browser.close();
  await site.close();
}
r.loadAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const nativeFile = join(here, 'out', 'native.txt');
if (existsSync(nativeFile)) r.native = await readFile(nativeFile, 'utf8');
await mkdir(join(here, 'out'), { recursive: true });
await writeFile(join(here, 'out', 'browser.json'), JSON.stringify(r, null, 1));
console.log(report(r));
