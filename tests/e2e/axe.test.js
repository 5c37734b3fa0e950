// Accessibility checks with axe-core (pinned in package.json, installed from the lockfile):
// the app with a fact picked, the collection view with releases, the compact widget on the example host page, and that page
// itself, each in the light and the dark theme. No serious or critical violation may stay.
//
// axe is injected into each page and frame. The page's Content-Security-Policy refuses
// injected scripts (security.test.js checks that), so these contexts bypass it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { serveDist } from './serve-dist.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const WAIT_MS = 15_000;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical violations axe finds in `target` (a page or a frame). */
async function violations(target) {
  await target.evaluate(axeSource);
  const found = await target.evaluate(async () => {
    // Frames are checked one by one (a cross-origin frame gets its own axe).
    const result = await window.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('axe-core finds no serious or critical violation', () => {
  let site;
  let host;
  let browser;

  before(async () => {
    site = await serveDist(join(repo, 'dist'), { cors: true });
    host = await serveDist(join(repo, 'examples', 'host'));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  for (const scheme of ['light', 'dark']) {
    test(`the app, ${scheme}, with a fact picked`, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url);
      const row = page.locator('#figures tbody tr[data-row]').first();
      await row.waitFor({ timeout: WAIT_MS });
      await row.locator('button').click();
      // The picked words flash for 1.4 s; axe checks the colours they keep.
      await page.waitForTimeout(1600);
      assert.equal(await page.locator('mark.selected').count() > 0, true, 'a highlight is picked');
      assert.deepEqual(await violations(page), []);
      await context.close();
    });

    test(`the collection, ${scheme}, with releases, at a desktop's and a phone's width`, async () => {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(site.url);
        await page.locator('.views .view-collection').click();
        const fixtures = ['county_statistics.txt', 'moorland_sweep.txt', 'canal_patrols.txt'];
        await page.locator('#collection-files').setInputFiles(fixtures.map((f) => join(repo, 'tests', 'fixtures', f)));
        await page.locator('.collection .status', { hasText: /^3 releases, \d+ figures$/ }).waitFor({ timeout: WAIT_MS });
        await page.locator('.collection .timeline').waitFor({ timeout: WAIT_MS });
        assert.deepEqual(await violations(page), []);
        await context.close();
      }
    });

    test(`the compact widget and the example host page, ${scheme}`, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      const dark = scheme === 'dark' ? '&dark' : '';
      await page.goto(`${host.url}index.html?blotter=${encodeURIComponent(site.url)}${dark}`);
      await page.waitForFunction(() => window.received?.length > 0 && window.apiFacts, null, { timeout: WAIT_MS });
      const frame = page.frames().find((f) => f.url().includes('embed'));
      await frame.locator('#figures tbody tr').first().waitFor({ timeout: WAIT_MS });
      assert.equal(await frame.locator('h1').count(), 1, 'the widget has a level-one heading');
      assert.deepEqual(await violations(frame), [], 'the widget');
      assert.deepEqual(await violations(page), [], 'the host page');
      await context.close();
    });
  }
});
