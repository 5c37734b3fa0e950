//! `extract` on arbitrary bytes: no panic, no hang, and the output keeps the core's
//! invariants (ARCHITECTURE.md): every span lies within the text, every `text` beside a
//! span is that slice of the input, and the facts/1 JSON parses back to the same value.
//!
//! The input is read as UTF-8, lossily (invalid bytes become U+FFFD, as the page's text
//! box and wasm-bindgen's string conversion would give). An input whose first byte is
//! below 0x04 also carries a publication date: the next four bytes give a
//! `YYYY-MM-DD` of any digits (the CLI checks only the shape, so `2023-19-45` gets
//! through too), and the text is what follows.
#![no_main]

use blotter::extract::{extract, Extraction, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (options, bytes) = match data {
        [mode, a, b, c, d, rest @ ..] if *mode < 4 => {
            let year = u16::from_le_bytes([*a, *b]) % 10_000;
            let date = format!("{year:04}-{:02}-{:02}", c % 100, d % 100);
            (Options::published(&date), rest)
        }
        _ => (Options::default(), data),
    };
    let text = String::from_utf8_lossy(bytes);
    let facts = extract(&text, &options);
    check(&text, &facts);
});

/// Panics (a finding) when an invariant does not hold.
fn check(text: &str, facts: &Extraction) {
    let problems = facts.span_problems(text);
    assert!(problems.is_empty(), "{problems:?}");
    let json = facts.to_json();
    let back = Extraction::from_json(&json).expect("facts/1 JSON reads back");
    assert!(back == *facts, "JSON round trip changed the facts:\n{json}");
}
