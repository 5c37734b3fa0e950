// The side-by-side timing, inside the page: Blotter's core (dist/blotter.js, the same wasm
// the app runs), compromise with compromise-dates and compromise-numbers, and chrono-node,
// each run on the same texts, which bench/run.js hands to `window.bench.run`.
//
// What each tool does per text (the work is not the same, and BENCHMARKS.md says so):
// - blotter: `extract(text, { published })`, every fact of facts/1 as a JS object.
// - compromise: `nlp(text)` (tokenise, tag), then `.dates({ today }).json()` and
//   `.numbers().json()`.
// - chrono-node: `chrono.parse(text, reference)`, dates only.

import nlp from '/bench/node_modules/compromise/builds/three/compromise-three.mjs';
import dates from '/bench/node_modules/compromise-dates/builds/compromise-dates.mjs';
import numbers from '/bench/node_modules/compromise-numbers/builds/compromise-numbers.mjs';
import * as chrono from '/bench/node_modules/chrono-node/dist/esm/index.js';

// compromise-numbers 1.4.0 is a compromise 13 plugin (a function); compromise 14 ignores
// it, since `.numbers()` moved into compromise's own core. It is applied as people do.
nlp.plugin(numbers);
nlp.plugin(dates);

const status = document.getElementById('status');
const PUBLISHED = '2024-05-01';

/** Blotter's ES module, when the build ships it; `null` (and why) when it does not. */
async function loadBlotter() {
  try {
    const t0 = performance.now();
    const mod = await import('/blotter.js');
    return { extract: mod.extract, loadMs: performance.now() - t0 };
  } catch (e) {
    return { extract: null, error: String(e) };
  }
}

const blotter = await loadBlotter();

/** The tools, each a function from a text to its (fully built) result. */
const TOOLS = {
  blotter: blotter.extract && ((text) => blotter.extract(text, { published: PUBLISHED })),
  'chrono-node': (text) => chrono.parse(text, new Date(`${PUBLISHED}T12:00:00Z`)),
  compromise: (text) => {
    const doc = nlp(text);
    return [doc.dates({ today: PUBLISHED }).json(), doc.numbers().json()];
  },
};

const encoder = new TextEncoder();
const bytes = (s) => encoder.encode(s).length;
let sink = 0;
/** Keeps each result alive, so no engine can skip the work. */
const keep = (r) => {
  sink += Array.isArray(r) ? r.length : r && typeof r === 'object' ? 1 : 0;
};
const pause = () => new Promise((r) => setTimeout(r, 0));

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { runs: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

/** A sample of how much each tool finds, so a reader can see what was compared. */
function found(name, fn, text) {
  const r = fn(text);
  if (name === 'blotter') {
    return Object.fromEntries(
      Object.entries(r).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, v.length]),
    );
  }
  if (name === 'compromise') return { dates: r[0].length, numbers: r[1].length };
  return { dates: r.length };
}

/**
 * Times one tool: a warm-up pass over `texts`, then whole passes until at least
 * `minBytes` were read (MB/s), then `rounds` passes over the ~5 KB documents, each timed
 * alone (median and p95).
 */
async function timeTool(name, fn, texts, docs5k, { minBytes, rounds }) {
  status.textContent = `timing ${name}`;
  for (const t of texts) keep(fn(t));
  await pause();
  const sizes = texts.map(bytes);
  let read = 0;
  let passes = 0;
  let ms = 0;
  while (read < minBytes) {
    const t0 = performance.now();
    for (const t of texts) keep(fn(t));
    ms += performance.now() - t0;
    read += sizes.reduce((a, b) => a + b, 0);
    passes += 1;
    await pause();
  }
  const times = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const d of docs5k) {
      const t0 = performance.now();
      keep(fn(d));
      times.push(performance.now() - t0);
    }
    await pause();
  }
  return {
    tool: name,
    passes,
    bytes: read,
    ms,
    mbPerS: read / 1e6 / (ms / 1e3),
    fiveKb: stats(times),
    found: found(name, fn, docs5k[0]),
  };
}

window.bench = {
  ready: true,
  blotter: blotter.extract ? { loadMs: blotter.loadMs } : { error: blotter.error },
  crossOriginIsolated: self.crossOriginIsolated,
  /** Runs every available tool in turn; returns one result per tool. */
  async run({ texts, docs5k, minBytes = 1e6, rounds = 5 }) {
    const out = [];
    for (const [name, fn] of Object.entries(TOOLS)) {
      if (!fn) continue;
      out.push(await timeTool(name, fn, texts, docs5k, { minBytes, rounds }));
    }
    status.textContent = `done (${sink} results kept)`;
    return out;
  },
};
status.textContent = 'ready';
