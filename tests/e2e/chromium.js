// How every end-to-end test starts Debian's Chromium: headless, as root (no sandbox), and
// with the background services off, so that the only requests are the page's own.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the browser the tests drive. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * Records what a page does into the arrays given: `requests` (every URL it asks for),
 * `errors` (uncaught errors and console errors) and `dialogs` (alert, confirm and prompt
 * messages, each dismissed). Leave an array out to not record that.
 */
export function watch(page, { requests, errors, dialogs } = {}) {
  if (requests) page.on('request', (r) => requests.push(r.url()));
  if (errors) {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  }
  if (dialogs) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
  }
}

/** Pastes `html` over everything in the text box `box`, as a copy from a web page would. */
export function pasteHtml(box, html) {
  return box.evaluate((el, markup) => {
    el.setSelectionRange(0, el.value.length);
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'plain fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
