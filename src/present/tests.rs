//! Native tests of the reducer and the view models: what the page would say, without a page.

use std::rc::Rc;

use proptest::strategy::Strategy;

use super::view::{describe_period, describe_range, format_number, format_value};
use super::{Action, Report, State, SAMPLE_RELEASE};
use crate::extract::{
    Category, Change, Contact, ContactKind, Extraction, Figure, Person, Place, PlaceKind,
    Qualifier, Quote, Source, Span, Unit,
};

fn source(text: &str, rule: &str) -> Source {
    Source {
        span: Span::new(0, text.chars().count()),
        text: text.to_string(),
        mentions: Vec::new(),
        rule: rule.to_string(),
        origin: Default::default(),
    }
}

fn figure(category: Category, value: f64, unit: Unit, item: &str) -> Figure {
    Figure {
        category,
        value,
        unit,
        item: item.to_string(),
        qualifier: Qualifier::Exact,
        period: None,
        change: None,
        value_certainty: Default::default(),
        period_certainty: Default::default(),
        source: source(item, "<qty> <item> seized"),
    }
}

#[test]
fn typing_marks_the_facts_stale_until_analysed() {
    let start = Rc::new(State::new("Nothing here yet."));
    let typed = start
        .clone()
        .apply(Action::Edit("Officers seized 14 knives in Luton.".into()));
    assert_eq!(&*typed.text, "Officers seized 14 knives in Luton.");
    assert!(typed.stale);
    assert!(
        Rc::ptr_eq(&typed.extraction, &start.extraction),
        "typing alone must not re-read the text"
    );
    let analysed = typed.apply(Action::Analyse);
    assert!(!analysed.stale);
    assert_eq!(*analysed, State::new("Officers seized 14 knives in Luton."));
}

#[test]
fn actions_that_change_nothing_keep_the_same_state() {
    let start = Rc::new(State::new("Three arrests were made in Hull."));
    let same_text = start.clone().apply(Action::Edit(start.text.to_string()));
    assert!(Rc::ptr_eq(&start, &same_text));
    let fresh = start.clone().apply(Action::Analyse);
    assert!(
        Rc::ptr_eq(&start, &fresh),
        "analysing fresh facts is a no-op"
    );
}

#[test]
fn clear_empties_the_box_and_says_so() {
    let cleared = Rc::new(State::with_sample()).apply(Action::Clear);
    assert_eq!(&*cleared.text, "");
    assert!(!cleared.stale);
    let notes = &cleared.report.diagnostics;
    assert_eq!(
        notes.len(),
        1,
        "an empty box gives one diagnostic: {notes:?}"
    );
    assert!(notes[0].text.contains("empty"), "{:?}", notes[0]);
    assert_eq!(notes[0].detail.as_deref(), Some("empty text"));
}

#[test]
fn load_sample_brings_back_the_sample_release() {
    let back = Rc::new(State::new("")).apply(Action::LoadSample);
    assert_eq!(&*back.text, SAMPLE_RELEASE);
    assert_eq!(back.rewrites, 1, "the box is given the sample");
    assert_eq!(
        State {
            rewrites: 0,
            ..(*back).clone()
        },
        State::default()
    );
}

#[test]
fn the_sample_release_states_the_facts_the_page_tests_look_for() {
    // The browser and end-to-end tests assert on these; keep them in the sample.
    for words in [
        "Operation Harbourlight",
        "46 knives",
        "\u{a3}12,500 in cash",
        "arrested 23 people",
        "Detective Chief Inspector Helen Marsh",
        "Crimestoppers anonymously on 0800 555 111",
        "Thames Valley Police",
    ] {
        assert!(SAMPLE_RELEASE.contains(words), "sample lost {words:?}");
    }
}

#[test]
fn values_are_written_as_a_reader_writes_them() {
    let table = [
        (46.0, Unit::Count, "46"),
        (1002.0, Unit::Count, "1,002"),
        (12500.0, Unit::Gbp, "\u{a3}12,500"),
        (1_200_000.0, Unit::Gbp, "\u{a3}1,200,000"),
        (2.5, Unit::Years, "2.5 years"),
        (1.0, Unit::Years, "1 year"),
        (0.5, Unit::Years, "0.5 years"),
        (38.0, Unit::Percent, "38%"),
        (12.25, Unit::Percent, "12.25%"),
        (3.2, Unit::Kg, "3.2 kg"),
        (28.0, Unit::G, "28 g"),
        (900.0, Unit::Usd, "$900"),
        (15000.0, Unit::Eur, "\u{20ac}15,000"),
        (250.0, Unit::Aud, "A$250"),
        (70.0, Unit::Nzd, "NZ$70"),
    ];
    for (value, unit, want) in table {
        assert_eq!(format_value(value, unit), want, "{value} {unit:?}");
    }
}

#[test]
fn numbers_never_panic_on_odd_values() {
    assert_eq!(format_number(0.0), "0");
    assert_eq!(format_number(-1500.0), "-1,500");
    assert_eq!(format_number(0.004), "0");
    assert_eq!(format_number(999.999), "1,000");
    assert_eq!(format_number(f64::NAN), "NaN");
    assert_eq!(format_number(f64::INFINITY), "inf");
    // Past 10^17 the digits are worked out by division, so the count may be one short.
    let huge = format_number(1e300);
    let digits = huge.chars().filter(char::is_ascii_digit).count();
    assert!((300..=301).contains(&digits), "{huge}");
}

/// What `format_number` was before it did without float formatting: the reference.
fn format_number_with_fmt(value: f64) -> String {
    let rounded = (value.abs() * 100.0).round() / 100.0;
    let fixed = format!("{rounded:.2}");
    let (whole, fraction) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let mut out = String::new();
    if value < 0.0 && rounded > 0.0 {
        out.push('-');
    }
    let digits = whole.len();
    for (i, d) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    let fraction = fraction.trim_end_matches('0');
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 20_000, ..Default::default() })]

    /// Below 4.5 × 10^13 (where a double's error stays under half a hundredth), the
    /// integer formatting writes what `{:.2}` wrote.
    #[test]
    fn format_number_equals_fixed_point_formatting(
        v in proptest::prop_oneof![-4.5e13f64..4.5e13, -1e4f64..1e4, (0u64..100_000_000).prop_map(|n| n as f64 / 100.0)]
    ) {
        proptest::prop_assert_eq!(format_number(v), format_number_with_fmt(v));
    }
}

#[test]
fn periods_are_described_in_words() {
    let table = [
        ("2020", "2020"),
        ("FY2021/22", "financial year 2021/22"),
        ("2021-H1", "first half of 2021"),
        ("2021-H2", "second half of 2021"),
        ("2021-07", "July 2021"),
        ("2016-YTD", "2016 to date"),
        ("2020-11-09", "9 November 2020"),
        ("--11-09", "9 November"),
        ("2026-03-09/2026-03-15", "9 March to 15 March 2026"),
        (
            "2025-12-29/2026-01-04",
            "29 December 2025 to 4 January 2026",
        ),
        ("2010-04-01/2010-09-30", "1 April to 30 September 2010"),
        ("--03-09/--03-15", "9 March to 15 March"),
    ];
    for (period, want) in table {
        assert_eq!(describe_period(period), want, "{period}");
    }
}

#[test]
fn malformed_periods_are_shown_as_written() {
    for odd in [
        "",
        "soon",
        "2021-13",
        "2021-02-40",
        "20-01-01",
        "--1-1",
        "a/b",
        "ü-ü",
    ] {
        let got = describe_period(odd);
        assert!(!got.is_empty() || odd.is_empty(), "{odd:?} gave nothing");
    }
    assert_eq!(describe_range(None, None), "");
    assert_eq!(
        describe_range(Some("2026-03-09"), None),
        "from 9 March 2026"
    );
    assert_eq!(
        describe_range(None, Some("2026-03-15")),
        "until 15 March 2026"
    );
}

#[test]
fn the_summary_counts_each_kind_and_agrees_in_number() {
    let mut x = Extraction::default();
    x.figures
        .push(figure(Category::Knife, 46.0, Unit::Count, "knives"));
    x.figures
        .push(figure(Category::Cash, 12500.0, Unit::Gbp, "cash"));
    x.people.push(Person {
        name: "Helen Marsh".into(),
        ..Default::default()
    });
    x.contacts.push(Contact {
        kind: ContactKind::Phone,
        value: "101".into(),
        source: source("101", "call <number>"),
    });
    let report = Report::new(&x);
    assert_eq!(
        report.summary_line(),
        "Found 2 figures, 1 person and 1 contact."
    );
    assert_eq!(
        Report::new(&Extraction::default()).summary_line(),
        "No facts found yet."
    );
}

#[test]
fn figure_rows_carry_words_not_codes() {
    let mut f = figure(Category::OffensiveWeapon, 3.0, Unit::Count, "stun guns");
    f.qualifier = Qualifier::MoreThan;
    f.change = Some(Change::Increase);
    f.period = Some("2026-03-09/2026-03-15".into());
    let x = Extraction {
        figures: vec![f],
        ..Default::default()
    };
    let row = &Report::new(&x).figures[0];
    assert_eq!(row.value, "3");
    assert_eq!(row.qualifier, "more than");
    assert_eq!(row.change, "increase");
    assert!(!row.inferred);
    assert_eq!(row.item, "stun guns");
    assert_eq!(row.category, "offensive weapon");
    assert_eq!(row.group, "seized");
    assert_eq!(row.period, "9 March to 15 March 2026");
    assert_eq!(
        row.hint,
        "\u{201C}stun guns\u{201D}, read as a number, then an item, then \u{201C}seized\u{201D}"
    );
}

#[test]
fn people_places_and_contacts_keep_their_details() {
    let x = Extraction {
        people: vec![Person {
            name: "Helen Marsh".into(),
            rank: Some("Detective Chief Inspector".into()),
            role: Some(String::new()),
            quotes: vec![Quote {
                text: " Every knife counts. ".into(),
                span: Span::new(0, 20),
                rule: String::new(),
            }],
            source: source(
                "Detective Chief Inspector Helen Marsh",
                "<rank> <name> said",
            ),
        }],
        places: vec![Place {
            name: "Slough".into(),
            kind: PlaceKind::Other,
            source: source("Slough", "place list"),
        }],
        contacts: vec![Contact {
            kind: ContactKind::Url,
            value: "example.org/report".into(),
            source: source("example.org/report", ""),
        }],
        ..Default::default()
    };
    let report = Report::new(&x);
    let person = &report.people[0];
    assert_eq!(person.rank.as_deref(), Some("Detective Chief Inspector"));
    assert_eq!(person.role, None, "an empty role is no role");
    assert_eq!(person.quotes, ["Every knife counts."]);
    assert_eq!(report.places[0].detail.as_deref(), Some("place"));
    assert_eq!(report.contacts[0].detail.as_deref(), Some("web"));
    assert_eq!(
        report.contacts[0].hint,
        "\u{201C}example.org/report\u{201D}"
    );
}

#[test]
fn long_hints_are_cut_at_a_character_boundary() {
    let long = "é".repeat(400);
    let x = Extraction {
        operations: vec![crate::extract::Operation {
            name: "Operation Long".into(),
            source: source(&long, "operation <Name>"),
        }],
        ..Default::default()
    };
    let hint = &Report::new(&x).operations[0].hint;
    assert!(hint.contains("...\u{201D}"), "{hint}");
    assert!(hint.chars().count() < 200);
}

#[test]
fn a_card_lists_its_first_quotes_and_counts_the_rest() {
    use super::view::MAX_QUOTES;
    for (quotes, shown, more) in [
        (0, 0, 0),
        (3, 3, 0),
        (MAX_QUOTES, MAX_QUOTES, 0),
        (MAX_QUOTES + 14, MAX_QUOTES, 14),
    ] {
        let person = Person {
            name: "Ruth Calder".into(),
            quotes: (0..quotes)
                .map(|i| Quote {
                    text: format!("Patrol number {i} went well."),
                    span: Span::new(i * 30, i * 30 + 26),
                    rule: String::new(),
                })
                .collect(),
            ..Default::default()
        };
        let x = Extraction {
            people: vec![person],
            ..Default::default()
        };
        let card = &Report::new(&x).people[0];
        assert_eq!(
            (card.quotes.len(), card.more_quotes),
            (shown, more),
            "{quotes} quotes"
        );
        if shown > 0 {
            assert_eq!(
                card.quotes[0], "Patrol number 0 went well.",
                "the first come first"
            );
        }
    }
}
