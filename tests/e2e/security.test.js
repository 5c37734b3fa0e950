// End-to-end tests of the page's Content-Security-Policy and of where its requests go,
// against the release build (dist/) served on 127.0.0.1 and driven in Chromium.
//
// The policy lives in index.html (a <meta>, so it travels with the files wherever they
// are served): scripts only from the page's own origin, wasm compiled by the browser
// ('wasm-unsafe-eval') and no other eval, requests only to the page's own origin.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, watch } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const WAIT_MS = 15_000;

/** The policy's directives, by name. */
function directives(policy) {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('a strict page', () => {
  let site;
  let browser;
  let page;
  const requests = [];
  const errors = [];

  before(async () => {
    site = await serveDist(join(repo, 'dist'));
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    // Every request the page or its worker makes, wherever it goes.
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    watch(page, { errors });
    await page.goto(site.url);
    await page.locator('#figures tbody tr').first().waitFor({ timeout: WAIT_MS });
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the page ships a policy that allows only its own scripts and wasm', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const d = directives(policy);
    assert.deepEqual(d['default-src'], ["'self'"]);
    assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"], 'no unsafe-inline, no unsafe-eval, no hosts');
    assert.deepEqual(d['connect-src'], ["'self'"]);
    assert.deepEqual(d['worker-src'], ["'self'"]);
    assert.deepEqual(d['object-src'], ["'none'"]);
    assert.ok(!policy.includes('http'), 'no third-party source named');
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    assert.equal(inline, 0, 'the built page has no inline script for the policy to allow');
  });

  test('a pasted release is read in the worker with no policy violation', async () => {
    const release = await readFile(join(repo, 'tests', 'fixtures', 'canal_patrols.txt'), 'utf8');
    const box = page.getByLabel('Press release');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(release);
    await page.locator('#people').getByText('Ravi Okonjo').waitFor({ timeout: WAIT_MS });
    const workers = page.workers().map((w) => new URL(w.url()).pathname);
    assert.ok(workers.some((p) => p.endsWith('/worker.js')), `the reader runs in a worker: ${workers}`);
    assert.deepEqual(await page.evaluate(() => window.violations), []);
  });

  test('an injected inline script and string eval are refused', async () => {
    // DevTools' own evaluation is exempt from the policy, so the test plants code the
    // way an attack would: an inline <script>, and a string handed to setTimeout (eval).
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.pwned = "inline";';
      document.head.append(s);
      setTimeout('window.pwned = "eval";', 0);
    });
    await page.waitForFunction(() => window.violations.length >= 2, null, { timeout: WAIT_MS });
    assert.equal(await page.evaluate(() => window.pwned ?? null), null, 'neither ran');
    const seen = await page.evaluate(() => window.violations);
    assert.ok(seen.some((v) => /^script-src(-elem)? inline/.test(v)), `inline refused: ${seen}`);
    assert.ok(seen.some((v) => /^script-src eval/.test(v)), `eval refused: ${seen}`);
  });

  test('no request leaves the page\'s origin', () => {
    const origin = new URL(site.url).origin;
    const elsewhere = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    assert.deepEqual(elsewhere, []);
    assert.ok(requests.some((u) => u.endsWith('/worker.js')), 'the worker\'s own requests are seen too');
    // The refusals above are the only errors the page logs.
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  });
});
