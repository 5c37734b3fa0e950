//! Properties that hold for any text: no panic, every span holds its text, the output is
//! deterministic, and the JSON round-trips.

use blotter::extract::{extract, Extraction, Options};
use proptest::prelude::*;

/// Fragments that look like press releases, so the rules are exercised and not just skipped.
const FRAGMENTS: &[&str] = &[
    "Operation Sceptre",
    "Op Orochi's ",
    "187 knives",
    "1,002 arrests",
    "more than 240 ",
    "£1.2m",
    "£410k ",
    "2.5kg",
    "20 per cent",
    "4%",
    "42 years' imprisonment",
    "26 weeks",
    "an increase of 107",
    "from 283 in 2019/20 to 196 in 2021/22",
    "in the first six months of 2021",
    "Detective Superintendent Jo Bloggs said: \u{201C}",
    "\u{201D}",
    "\"",
    " said Insp Jones.",
    "he added",
    "Hackney",
    "east London",
    "Hadley Road",
    "British Transport Police (BTP)",
    "0800 555 111",
    "101",
    "999",
    "@MetCC",
    "https://example.org/a?b",
    "x@y.uk",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "\u{2022} ",
    "Fourteen",
    "twenty-seven",
    "a dozen",
    "one hundred and twelve",
    " date 2020-11-19 ",
    "ran from Monday 16 September to Sunday 22 September",
    "last year",
    "\u{0301}",
    "\u{200B}",
    "\u{202E}",
    "\u{1F52A}",
    "\u{0000}",
    "\u{FFFD}",
    "عربي",
    "日本語",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "9mm",
    ".38",
    "aged 25",
    "in his 20s",
    "Class A",
];

fn release_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => any::<String>(),
            1 => "[0-9 ,.]{1,12}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.join(" "))
}

fn check_spans(text: &str, facts: &Extraction) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: blotter::extract::Span| -> Option<String> {
        (s.start <= s.end && s.end <= chars.len()).then(|| chars[s.start..s.end].iter().collect())
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
        prop_assert_eq!(slice(s.span), Some(s.text.clone()));
        for m in &s.mentions {
            prop_assert!(slice(*m).is_some(), "mention {:?} out of range", m);
        }
    }
    for p in &facts.people {
        for q in &p.quotes {
            prop_assert_eq!(slice(q.span), Some(q.text.clone()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_valid_deterministic_facts(text in release_like()) {
        let a = extract(&text, &Options::default());
        check_spans(&text, &a)?;
        let b = extract(&text, &Options::default());
        prop_assert_eq!(&a, &b);
        let back: Extraction = serde_json::from_str(&a.to_json()).expect("facts/1 JSON parses");
        prop_assert_eq!(&back, &a);
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let a = extract(&text, &Options::published("2024-01-31"));
        check_spans(&text, &a)?;
    }
}
