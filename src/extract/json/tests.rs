//! The hand-written facts/1 writer against serde_json (the reference, through the model's
//! test-only serde derives), and the reader against the writer.

use super::*;
use crate::extract::{extract, Options};
use proptest::prelude::*;

/// The texts the tool is run on: the dev corpus (when `../shared` is beside the clone),
/// the held-out and golden releases, and the fuzz seeds.
fn corpus() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let dirs = [
        format!("{root}/../shared/corpus/dev"),
        format!("{root}/tests/heldout"),
        format!("{root}/tests/golden"),
        format!("{root}/fuzz/seeds/extract"),
    ];
    let mut texts = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let is_text = path.extension().is_some_and(|e| e == "txt" || e == "bin");
            if let (true, Ok(bytes)) = (is_text, std::fs::read(&path)) {
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    texts
}

fn check_against_serde(x: &Extraction) -> Result<(), TestCaseError> {
    let pretty = serde_json::to_string_pretty(x).unwrap_or_default();
    prop_assert_eq!(x.to_json(), pretty);
    let line = serde_json::to_string(x).unwrap_or_default();
    prop_assert_eq!(x.to_json_line(), line);
    let back = Extraction::from_json(&x.to_json());
    prop_assert_eq!(back.as_ref(), Some(x));
    let back = Extraction::from_json(&x.to_json_line());
    prop_assert_eq!(back.as_ref(), Some(x));
    Ok(())
}

#[test]
fn the_writer_equals_serde_json_over_the_corpus() {
    let texts = corpus();
    assert!(
        texts.len() >= 40,
        "the corpus is found: {} texts",
        texts.len()
    );
    let mut figures = 0;
    for text in &texts {
        for options in [Options::default(), Options::published("2024-02-29")] {
            let x = extract(text, &options);
            figures += x.figures.len();
            if let Err(e) = check_against_serde(&x) {
                panic!("{e}\n{}", text.chars().take(200).collect::<String>());
            }
        }
    }
    assert!(
        figures > 100,
        "the corpus gives figures to write: {figures}"
    );
}

/// Strings with what JSON must escape: quotes, backslashes, every control character,
/// DEL, non-ASCII and astral characters.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"\\\\\u{0}-\u{1f}\u{7f}a é\u{2028}\u{1F52A}]{0,12}",
    ]
}

fn span() -> impl Strategy<Value = Span> {
    (0usize..1 << 40, 0usize..1000).prop_map(|(a, n)| Span::new(a, a + n))
}

fn source() -> impl Strategy<Value = Source> {
    (span(), text(), prop::collection::vec(span(), 0..3), text()).prop_map(
        |(span, text, mentions, rule)| Source {
            span,
            text,
            mentions,
            rule,
        },
    )
}

fn certainty() -> impl Strategy<Value = Certainty> {
    prop_oneof![Just(Certainty::Stated), Just(Certainty::Inferred)]
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

/// Plain values, the only ones the core makes (see `decimal`).
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..=1_000_000_000_000_000, 0usize..=15)
            .prop_map(|(n, k)| n as f64 / 10f64.powi(k as i32)),
        (0u64..100_000).prop_map(|n| n as f64),
        (0u64..100_000, 0usize..=3).prop_map(|(n, k)| n as f64 / 10f64.powi(k as i32)),
    ]
    .prop_filter("plain", |v| decimal::is_plain(*v))
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        (
            one_of(&Category::ALL),
            value(),
            one_of(&Unit::ALL),
            text(),
            one_of(&Qualifier::ALL),
        ),
        (
            prop::option::of(text()),
            prop::option::of(prop_oneof![Just(Change::Increase), Just(Change::Decrease)]),
            certainty(),
            certainty(),
            source(),
        ),
    )
        .prop_map(
            |((category, value, unit, item, qualifier), (period, change, vc, pc, source))| Figure {
                category,
                value,
                unit,
                item,
                qualifier,
                period,
                change,
                value_certainty: vc,
                period_certainty: pc,
                source,
            },
        )
}

fn person() -> impl Strategy<Value = Person> {
    let quote = (text(), span(), text()).prop_map(|(text, span, rule)| Quote { text, span, rule });
    (
        text(),
        prop::option::of(text()),
        prop::option::of(text()),
        prop::collection::vec(quote, 0..3),
        source(),
    )
        .prop_map(|(name, rank, role, quotes, source)| Person {
            name,
            rank,
            role,
            quotes,
            source,
        })
}

fn extraction() -> impl Strategy<Value = Extraction> {
    let operation = (text(), source()).prop_map(|(name, source)| Operation { name, source });
    let period = (
        prop::option::of(text()),
        prop::option::of(text()),
        certainty(),
        source(),
    )
        .prop_map(|(start, end, certainty, source)| Period {
            start,
            end,
            certainty,
            source,
        });
    let place = (text(), one_of(&PlaceKind::ALL), source())
        .prop_map(|(name, kind, source)| Place { name, kind, source });
    let organisation = (text(), source()).prop_map(|(name, source)| Organisation { name, source });
    let contact =
        (one_of(&ContactKind::ALL), text(), source()).prop_map(|(kind, value, source)| Contact {
            kind,
            value,
            source,
        });
    let diagnostic = (
        one_of(&DiagnosticKind::ALL),
        text(),
        prop::option::of(span()),
    )
        .prop_map(|(kind, message, span)| Diagnostic {
            kind,
            message,
            span,
        });
    let list = |n| 0..n;
    (
        (
            text(),
            prop::option::of(text()),
            certainty(),
            prop::collection::vec(operation, list(3)),
            prop::option::of(period),
            prop::collection::vec(figure(), list(5)),
        ),
        (
            prop::collection::vec(person(), list(3)),
            prop::collection::vec(place, list(3)),
            prop::collection::vec(organisation, list(3)),
            prop::collection::vec(contact, list(3)),
            prop::collection::vec(diagnostic, list(3)),
        ),
    )
        .prop_map(
            |(
                (format, published, published_certainty, operations, period, figures),
                (people, places, organisations, contacts, diagnostics),
            )| Extraction {
                format,
                published,
                published_certainty,
                operations,
                period,
                figures,
                people,
                places,
                organisations,
                contacts,
                diagnostics,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// Every field, every enum value, every escape: the writer is serde_json's output,
    /// and the reader reads it back equal.
    #[test]
    fn the_writer_equals_serde_json_and_the_reader_reads_it_back(x in extraction()) {
        check_against_serde(&x)?;
    }

    /// Whatever serde_json writes for a string, the reader reads back.
    #[test]
    fn strings_read_back_as_serde_json_wrote_them(s in text()) {
        let json = serde_json::to_string(&s).unwrap_or_default();
        prop_assert_eq!(Value::parse(&json), Some(Value::String(s)));
    }

    /// On arbitrary text the reader never panics, and accepts nothing serde_json refuses
    /// (serde_json may accept more: numbers that are not plain, repeated keys).
    #[test]
    fn the_reader_accepts_only_json(s in prop_oneof![
        any::<String>(),
        "[\\[\\]{}\",:0-9.eE+\\- \\\\ntrufalsu]{0,30}",
    ]) {
        if Value::parse(&s).is_some() {
            prop_assert!(serde_json::from_str::<serde_json::Value>(&s).is_ok(), "{:?}", s);
        }
    }
}

#[test]
fn the_reader_refuses_what_is_not_json() {
    let cases: &[(&str, bool)] = &[
        ("{}", true),
        (" [1, 2.5, -0.25, 1e3, 2E-2, true, false, null] ", true),
        (r#"{"a": "\ud83d\udd2a \u00e9 \n \/"}"#, true),
        ("", false),
        ("{", false),
        ("[1,]", false),
        ("{\"a\" 1}", false),
        ("01", false),
        ("1.", false),
        (".5", false),
        ("+1", false),
        ("[1] x", false),
        ("\"\\ud800\"", false),
        ("\"\\udc00\"", false),
        ("\"a\u{1}b\"", false),
        ("\"\\x\"", false),
        ("nul", false),
        // Numbers no figure holds: more than 15 significant digits, past 10^15.
        ("12345678901234567", false),
        ("1e16", false),
    ];
    for &(text, ok) in cases {
        assert_eq!(Value::parse(text).is_some(), ok, "{text:?}");
    }
}

/// A stored value nested thousands deep must not exhaust the page's stack.
#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(Value::parse(&deep), None);
    let fine = "[".repeat(100) + &"]".repeat(100);
    assert!(Value::parse(&fine).is_some());
}

#[test]
fn facts_missing_a_required_field_are_refused() {
    let x = extract("Officers seized 12 knives in Leeds.", &Options::default());
    let json = x.to_json();
    assert_eq!(Extraction::from_json(&json).as_ref(), Some(&x));
    for field in ["\"format\"", "\"figures\"", "\"category\"", "\"span\""] {
        let broken = json.replacen(field, "\"other\"", 1);
        assert_eq!(Extraction::from_json(&broken), None, "without {field}");
    }
    let odd_unit = json.replacen("\"count\"", "\"bushels\"", 1);
    assert_eq!(Extraction::from_json(&odd_unit), None);
}
