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
 * Times the tools, interleaved so that a busy machine slows each of them alike: a
 * warm-up pass over `texts` each, then `rounds` rounds in which each tool in turn reads
 * whole passes of `texts` (until `minBytes / rounds` bytes, for MB/s) and then every ~5 KB
 * document once, each run timed alone (median and p95 over all rounds).
 */
async function timeTools(tools, texts, docs5k, { minBytes, rounds }) {
  const size = texts.map(bytes).reduce((a, b) => a + b, 0);
  const acc = new Map(tools.map(([name]) => [name, { read: 0, ms: 0, passes: 0, times: [], rounds: [], passMs: [] }]));
  for (const [name, fn] of tools) {
    status.textContent = `warming up ${name}`;
    for (const t of texts) keep(fn(t));
    await pause();
  }
  for (let r = 0; r < rounds; r += 1) {
    for (const [name, fn] of tools) {
      status.textContent = `round ${r + 1} of ${rounds}: ${name}`;
      const a = acc.get(name);
      const goal = (minBytes * (r + 1)) / rounds;
      const [read0, ms0] = [a.read, a.ms];
      while (a.read < goal) {
        const t0 = performance.now();
        for (const t of texts) keep(fn(t));
        const spent = performance.now() - t0;
        a.ms += spent;
        a.passMs.push(spent);
        a.read += size;
        a.passes += 1;
        await pause();
      }
      a.rounds.push((a.read - read0) / 1e6 / ((a.ms - ms0) / 1e3));
      for (const d of docs5k) {
        const t0 = performance.now();
        keep(fn(d));
        a.times.push(performance.now() - t0);
      }
      await pause();
    }
  }
  return tools.map(([name, fn]) => {
    const a = acc.get(name);
    return {
      tool: name,
      passes: a.passes,
      bytes: a.read,
      ms: a.ms,
      mbPerS: a.read / 1e6 / (a.ms / 1e3),
      mbPerSByRound: a.rounds,
      // Steadier on a busy machine: the rate of the median pass.
      mbPerSMedianPass: size / 1e6 / (stats(a.passMs).median / 1e3),
      fiveKb: stats(a.times),
      found: found(name, fn, docs5k[0]),
    };
  });
}

window.bench = {
  ready: true,
  blotter: blotter.extract ? { loadMs: blotter.loadMs } : { error: blotter.error },
  crossOriginIsolated: self.crossOriginIsolated,
  /** Times every available tool; returns one result per tool. */
  async run({ texts, docs5k, minBytes = 1e6, rounds = 5 }) {
    const tools = Object.entries(TOOLS).filter(([, fn]) => fn);
    const out = await timeTools(tools, texts, docs5k, { minBytes, rounds });
    status.textContent = `done (${sink} results kept)`;
    return out;
  },
};
status.textContent = 'ready';
