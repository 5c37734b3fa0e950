// Blotter's JavaScript API: the facts of a press release, without the page.
//
//   import { extract } from './blotter.js';
//   const facts = extract(text, { published: '2026-03-18' });
//
// `extract` returns the facts/1 object (plain JSON data, see FACTS.md), made by the same
// core and the same JSON writer as the page and the command-line tool. It runs in the
// caller's thread; for long texts, call it from a worker. Nothing is sent anywhere.

import init, { extract_json } from './glue.js';

await init();

/**
 * The facts of `text`.
 * @param {string} text the release's text
 * @param {{ published?: string }} [options] the publication date as YYYY-MM-DD, which
 *   overrides the date the text states and anchors words such as "yesterday"
 * @returns {object} facts/1
 */
export function extract(text, { published } = {}) {
  if (typeof text !== 'string') {
    throw new TypeError('extract(text): text must be a string');
  }
  if (published !== undefined && published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new TypeError('extract(text, { published }): published must be YYYY-MM-DD');
  }
  return JSON.parse(extract_json(text, published ?? undefined));
}
