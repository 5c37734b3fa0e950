// Blotter's reader: runs the extraction core off the page's thread (see src/ui/reader.rs).
//
// It answers `{ id, text, published }` with `{ id, json }`, the facts/1 JSON of the text,
// or `{ id, error }`. It loads the same wasm as the page, through `glue.js` (written by
// scripts/post-build), and never fetches anything else.

import init, { extract_json } from './glue.js';

const ready = init();

self.addEventListener('message', async (event) => {
  const { id, text, published } = event.data ?? {};
  if (typeof id !== 'number' || typeof text !== 'string') return;
  try {
    await ready;
    self.postMessage({ id, json: extract_json(text, typeof published === 'string' ? published : undefined) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
});
