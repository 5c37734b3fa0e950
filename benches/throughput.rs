//! Core throughput, natively: MB/s over more than 1 MB of varied releases, and the time for
//! one release of about 5 KB. Run with `cargo bench --bench throughput`.
//!
//! The releases are the project's own golden releases (tests/golden), varied
//! deterministically (numbers changed, paragraphs rotated, releases joined) so that no two
//! documents are the same and the caches see realistic text.
//!
//! Then the same texts as the browser bench (bench/run.js, BENCHMARKS.md): the dev releases
//! beside the repository (`../shared/corpus/dev`, or `BLOTTER_DEV`), read at run time, and
//! tests/heldout, timed the same way, so native and wasm figures compare directly.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use blotter::extract::{extract, Options};

/// A small deterministic generator, so every run measures the same bytes.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// The `.txt` files of a folder, sorted by name; none when the folder is absent.
fn releases_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn golden_releases() -> Vec<String> {
    let base = releases_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden"));
    assert!(!base.is_empty(), "tests/golden has releases");
    base
}

/// One variation of a release: each digit run changed, paragraphs rotated.
fn vary(text: &str, rng: &mut Lcg) -> String {
    let mut paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            p.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if rng.next() % 3 == 0 => {
                        char::from_digit((d + 1 + (rng.next() % 8) as u32) % 10, 10).unwrap_or(c)
                    }
                    _ => c,
                })
                .collect()
        })
        .collect();
    let k = (rng.next() as usize) % paragraphs.len().max(1);
    paragraphs[1.min(k)..].rotate_left(k.saturating_sub(1));
    paragraphs.join("\n\n")
}

fn corpus(min_bytes: usize) -> Vec<String> {
    let base = golden_releases();
    let mut rng = Lcg(0x5eed);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        let a = &base[(rng.next() as usize) % base.len()];
        let doc = vary(a, &mut rng);
        total += doc.len();
        docs.push(doc);
    }
    docs
}

/// A release of about 5 KB: several varied releases joined as one long one.
fn five_kb(rng: &mut Lcg) -> String {
    let base = golden_releases();
    let mut doc = String::new();
    while doc.len() < 5000 {
        doc.push_str(&vary(&base[(rng.next() as usize) % base.len()], rng));
        doc.push_str("\n\n");
    }
    doc
}

fn best_of<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The longest prefix of `s` ending at a space or newline within `max` bytes (as
/// bench/run.js cuts its ~5 KB documents).
fn cut_at(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let head = &s[..end];
    let space = [head.rfind(' '), head.rfind('\n')]
        .into_iter()
        .flatten()
        .max()
        .filter(|&at| at > max / 2)
        .unwrap_or(end);
    s[..space].trim_end()
}

/// Releases joined from `start` (wrapping round) until `size` bytes, cut at a word.
fn joined(texts: &[String], start: usize, size: usize) -> String {
    let mut doc = String::new();
    let mut i = start;
    while doc.len() < size {
        if !doc.is_empty() {
            doc.push_str("\n\n");
        }
        doc.push_str(texts[i % texts.len()].trim());
        i += 1;
    }
    cut_at(&doc, size).to_string()
}

/// Median and 95th percentile of some durations, in milliseconds.
fn median_p95(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let at = |q: f64| {
        let i = ((q * times.len() as f64) as usize).min(times.len().saturating_sub(1));
        times.get(i).map_or(0.0, |d| d.as_secs_f64() * 1e3)
    };
    (at(0.5), at(0.95))
}

/// The browser bench's texts, timed as bench/www/compare.js times them: passes until at
/// least 1 MB (MB/s), then five rounds over the ~5 KB documents, each run timed alone.
fn same_texts_as_browser(options: &Options) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev_dir = std::env::var_os("BLOTTER_DEV")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/dev"));
    let dev = releases_in(&dev_dir);
    let heldout = releases_in(&root.join("tests/heldout"));
    let texts: Vec<String> = dev.iter().chain(&heldout).cloned().collect();
    if texts.is_empty() {
        println!("same texts as the browser bench: none found, skipped");
        return;
    }
    let size: usize = texts.iter().map(String::len).sum();
    texts.iter().for_each(|t| {
        black_box(extract(t, options));
    });
    let (mut read, mut passes) = (0, Vec::new());
    while read < 1_000_000 {
        let t = Instant::now();
        for text in &texts {
            black_box(extract(black_box(text), options));
        }
        passes.push(t.elapsed());
        read += size;
    }
    let spent: Duration = passes.iter().sum();
    let (median_pass, _) = median_p95(passes);
    let docs: Vec<String> = (0..texts.len()).map(|i| joined(&texts, i, 5000)).collect();
    let average = docs.iter().map(String::len).sum::<usize>() / docs.len();
    let mut times = Vec::new();
    for _ in 0..5 {
        for doc in &docs {
            let t = Instant::now();
            black_box(extract(black_box(doc), options));
            times.push(t.elapsed());
        }
    }
    let runs = times.len();
    let (median, p95) = median_p95(times);
    println!(
        "same texts as the browser bench ({} dev + {} held-out, {} bytes): {:.1} MB/s \
         (all passes), {:.1} MB/s (median pass); ~5 KB ({} documents of {} bytes on \
         average, {} runs): median {:.3} ms, p95 {:.3} ms",
        dev.len(),
        heldout.len(),
        size,
        read as f64 / 1e6 / spent.as_secs_f64(),
        size as f64 / 1e6 / (median_pass / 1e3),
        docs.len(),
        average,
        runs,
        median,
        p95
    );
}

fn main() {
    let options = Options::default();
    let docs = corpus(1 << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    // Warm up once, then take the best of five passes.
    docs.iter().for_each(|d| {
        black_box(extract(d, &options));
    });
    let pass = best_of(5, || {
        for d in &docs {
            black_box(extract(black_box(d), &options));
        }
    });
    let mb = bytes as f64 / 1e6;
    println!(
        "throughput: {} releases, {:.2} MB in {:.1} ms: {:.1} MB/s",
        docs.len(),
        mb,
        pass.as_secs_f64() * 1e3,
        mb / pass.as_secs_f64()
    );

    let mut rng = Lcg(7);
    let doc = five_kb(&mut rng);
    let one = best_of(200, || {
        black_box(extract(black_box(&doc), &options));
    });
    println!(
        "one release of {} bytes: {:.3} ms",
        doc.len(),
        one.as_secs_f64() * 1e3
    );

    // What every call costs whatever its length: a one-line text.
    let line = "Officers seized 12 knives in Leeds on Monday.";
    let short = best_of(2000, || {
        black_box(extract(black_box(line), &options));
    });
    println!(
        "one line of {} bytes: {:.1} µs",
        line.len(),
        short.as_secs_f64() * 1e6
    );

    same_texts_as_browser(&options);

    let big: String = docs.concat();
    let whole = best_of(3, || {
        black_box(extract(black_box(&big), &options));
    });
    println!(
        "one paste of {:.2} MB: {:.1} ms",
        big.len() as f64 / 1e6,
        whole.as_secs_f64() * 1e3
    );
}
