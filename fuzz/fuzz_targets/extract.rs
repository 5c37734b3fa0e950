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

use blotter::extract::{extract, Extraction, Options, Span};
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
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: Span| -> String {
        assert!(
            s.start <= s.end && s.end <= chars.len(),
            "span {s:?} outside a text of {} code points",
            chars.len()
        );
        chars[s.start..s.end].iter().collect()
    };
    let mut sources = Vec::new();
    sources.extend(facts.operations.iter().map(|o| &o.source));
    sources.extend(facts.period.iter().map(|p| &p.source));
    sources.extend(facts.figures.iter().map(|f| &f.source));
    sources.extend(facts.people.iter().map(|p| &p.source));
    sources.extend(facts.places.iter().map(|p| &p.source));
    sources.extend(facts.organisations.iter().map(|o| &o.source));
    sources.extend(facts.contacts.iter().map(|c| &c.source));
    for s in sources {
        assert_eq!(slice(s.span), s.text, "source text differs from its span");
        for m in &s.mentions {
            slice(*m);
        }
    }
    for q in facts.people.iter().flat_map(|p| &p.quotes) {
        assert_eq!(slice(q.span), q.text, "quote text differs from its span");
    }
    for d in &facts.diagnostics {
        if let Some(s) = d.span {
            slice(s);
        }
    }
    let json = facts.to_json();
    let back: Extraction = serde_json::from_str(&json).expect("facts/1 JSON parses back");
    assert!(back == *facts, "JSON round trip changed the facts:\n{json}");
}
