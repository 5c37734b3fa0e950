//! Core throughput, natively: MB/s over more than 1 MB of varied releases, and the time for
//! one release of about 5 KB. Run with `cargo bench --bench throughput`.
//!
//! The releases are the project's own golden releases (tests/golden), varied
//! deterministically (numbers changed, paragraphs rotated, releases joined) so that no two
//! documents are the same and the caches see realistic text.

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

fn golden_releases() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("golden release is UTF-8"))
        .collect()
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
