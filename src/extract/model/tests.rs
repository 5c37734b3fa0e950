//! The facts/1 format as the model's serde derives give it: field order, fields left out
//! when empty, numbers and strings, and what the reader accepts and refuses.

use super::*;
use crate::extract::checks::{Claim, Kind as CheckKind, Verdict};
use crate::extract::{decimal, extract, Options};
use proptest::prelude::*;

fn source(span: (usize, usize), text: &str, mentions: &[(usize, usize)], rule: &str) -> Source {
    Source {
        span: Span::new(span.0, span.1),
        text: text.to_string(),
        mentions: mentions.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        rule: rule.to_string(),
        origin: Default::default(),
    }
}

/// An extraction with every field and every optional field set once and left out once.
fn every_field() -> Extraction {
    Extraction {
        format: FORMAT.to_string(),
        published: Some("2025-03-04".into()),
        published_certainty: Certainty::Inferred,
        operations: vec![Operation {
            name: "Operation Kestrel".into(),
            source: source(
                (0, 17),
                "Operation Kestrel",
                &[(90, 107)],
                "Operation <Name>",
            ),
        }],
        period: Some(Period {
            start: Some("2025-03-01".into()),
            end: None,
            certainty: Certainty::Stated,
            source: source((18, 26), "in March", &[], "in <month>"),
        }),
        figures: vec![
            Figure {
                category: Category::Cash,
                value: 1_150_000.0,
                unit: Unit::Gbp,
                item: "cash".into(),
                qualifier: Qualifier::MoreThan,
                period: Some("2025-03".into()),
                change: Some(Change::Increase),
                value_certainty: Certainty::Stated,
                period_certainty: Certainty::Inferred,
                source: source((30, 36), "£1.15m", &[], "<qty> <item> seized"),
            },
            Figure {
                category: Category::Rate,
                value: 0.25,
                unit: Unit::Percent,
                item: "burglary".into(),
                qualifier: Qualifier::Exact,
                period: None,
                change: None,
                value_certainty: Certainty::Stated,
                period_certainty: Certainty::Stated,
                source: source((40, 45), "0.25%", &[], "<n>%"),
            },
        ],
        people: vec![Person {
            name: "Ada Quill".into(),
            rank: Some("Sergeant".into()),
            role: None,
            quotes: vec![Quote {
                text: "We said \"stop\".".into(),
                span: Span::new(60, 75),
                rule: "<rank> <name> said".into(),
            }],
            source: source((46, 64), "Sergeant Ada Quill", &[], "<rank> <name>"),
        }],
        places: vec![Place {
            name: "Marlow Vale".into(),
            kind: PlaceKind::Neighbourhood,
            source: source((76, 87), "Marlow Vale", &[], "in <Place>"),
        }],
        organisations: vec![Organisation {
            name: "Vale Police".into(),
            source: source((110, 121), "Vale Police", &[], "<Name> Police"),
        }],
        contacts: vec![Contact {
            kind: ContactKind::Phone,
            value: "0100 555 0199".into(),
            source: source((122, 135), "0100 555 0199", &[], "<phone>"),
        }],
        checks: vec![Check {
            kind: CheckKind::Change,
            verdict: Verdict::Inconsistent,
            claim: Claim {
                span: Span::new(28, 45),
                text: "up \"140\" − 100".into(),
            },
            figures: vec![0, 1],
            working: "140 − 100 = +40, not −40".into(),
            rule: "<rise|fall> from <a> to <b>".into(),
        }],
        diagnostics: vec![
            Diagnostic {
                kind: DiagnosticKind::Skipped,
                message: "tab\there, back\\slash, bell\u{7}".into(),
                span: Some(Span::new(1, 2)),
            },
            Diagnostic {
                kind: DiagnosticKind::Truncated,
                message: "é \u{1F52A}".into(),
                span: None,
            },
        ],
        corrections: Vec::new(),
        reviewed: false,
    }
}

/// Keys in field order, a source's fields after its fact's own, `mentions`, `change` and
/// a diagnostic's `span` only when set, `null` for other absent values.
const EVERY_FIELD_LINE: &str = concat!(
    r#"{"format":"facts/1","published":"2025-03-04","published_certainty":"inferred","#,
    r#""operations":[{"name":"Operation Kestrel","span":[0,17],"text":"Operation Kestrel","#,
    r#""mentions":[[90,107]],"rule":"Operation <Name>"}],"#,
    r#""period":{"start":"2025-03-01","end":null,"certainty":"stated","span":[18,26],"#,
    r#""text":"in March","rule":"in <month>"},"#,
    r#""figures":[{"category":"cash","value":1150000.0,"unit":"gbp","item":"cash","#,
    r#""qualifier":"more_than","period":"2025-03","change":"increase","#,
    r#""value_certainty":"stated","period_certainty":"inferred","span":[30,36],"#,
    r#""text":"£1.15m","rule":"<qty> <item> seized"},"#,
    r#"{"category":"rate","value":0.25,"unit":"percent","item":"burglary","#,
    r#""qualifier":"exact","period":null,"value_certainty":"stated","#,
    r#""period_certainty":"stated","span":[40,45],"text":"0.25%","rule":"<n>%"}],"#,
    r#""people":[{"name":"Ada Quill","rank":"Sergeant","role":null,"#,
    r#""quotes":[{"text":"We said \"stop\".","span":[60,75],"rule":"<rank> <name> said"}],"#,
    r#""span":[46,64],"text":"Sergeant Ada Quill","rule":"<rank> <name>"}],"#,
    r#""places":[{"name":"Marlow Vale","kind":"neighbourhood","span":[76,87],"#,
    r#""text":"Marlow Vale","rule":"in <Place>"}],"#,
    r#""organisations":[{"name":"Vale Police","span":[110,121],"text":"Vale Police","#,
    r#""rule":"<Name> Police"}],"#,
    r#""contacts":[{"kind":"phone","value":"0100 555 0199","span":[122,135],"#,
    r#""text":"0100 555 0199","rule":"<phone>"}],"#,
    r#""checks":[{"kind":"change","verdict":"inconsistent","claim":{"span":[28,45],"#,
    r#""text":"up \"140\" − 100"},"figures":[0,1],"working":"140 − 100 = +40, not −40","#,
    r#""rule":"<rise|fall> from <a> to <b>"}],"#,
    r#""diagnostics":[{"kind":"skipped","message":"tab\there, back\\slash, bell\u0007","#,
    r#""span":[1,2]},{"kind":"truncated","message":"é 🔪"}]}"#,
);

#[test]
fn every_field_is_written_in_order_and_left_out_only_when_empty() {
    let x = every_field();
    assert_eq!(x.to_json_line(), EVERY_FIELD_LINE);
    assert_eq!(Extraction::from_json(EVERY_FIELD_LINE), Some(x.clone()));
    assert_eq!(Extraction::from_json(&x.to_json()), Some(x));
}

/// The pretty form, as the CLI writes it and the page exports it: two spaces a level,
/// each array element on its own line, empty arrays as `[]`.
#[test]
fn the_pretty_form_indents_two_spaces() {
    let x = Extraction {
        organisations: vec![Organisation {
            name: "Vale Police".into(),
            source: source((3, 14), "Vale Police", &[], "<Name> Police"),
        }],
        ..Extraction::default()
    };
    let want = r#"{
  "format": "facts/1",
  "published": null,
  "published_certainty": "stated",
  "operations": [],
  "period": null,
  "figures": [],
  "people": [],
  "places": [],
  "organisations": [
    {
      "name": "Vale Police",
      "span": [
        3,
        14
      ],
      "text": "Vale Police",
      "rule": "<Name> Police"
    }
  ],
  "contacts": [],
  "checks": [],
  "diagnostics": []
}"#;
    assert_eq!(x.to_json(), want);
}

/// `as_str` is what the CSV export writes, and serde what facts/1 JSON writes: the two
/// must name every value alike.
#[test]
fn as_str_names_every_value_as_serde_does() {
    fn check<T: Serialize + Copy>(values: &[T], name: fn(T) -> &'static str) {
        for &v in values {
            let json = serde_json::to_string(&v).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", name(v)));
        }
    }
    check(&Unit::ALL, Unit::as_str);
    check(&Qualifier::ALL, Qualifier::as_str);
    check(&PlaceKind::ALL, PlaceKind::as_str);
    check(&ContactKind::ALL, ContactKind::as_str);
    check(&DiagnosticKind::ALL, DiagnosticKind::as_str);
    check(&Category::ALL, Category::as_str);
    check(&[Certainty::Stated, Certainty::Inferred], Certainty::as_str);
    check(&[Change::Increase, Change::Decrease], Change::as_str);
    check(
        &[
            CheckKind::Change,
            CheckKind::PercentChange,
            CheckKind::PartOfTotal,
            CheckKind::Headline,
        ],
        CheckKind::as_str,
    );
    check(
        &[
            Verdict::Consistent,
            Verdict::Inconsistent,
            Verdict::Unverifiable,
        ],
        Verdict::as_str,
    );
}

#[test]
fn strings_are_written_with_json_escapes_only_where_needed() {
    let x = Extraction {
        published: Some("\"\\\u{8}\u{c}\n\r\t\u{0}\u{1f} \u{7f}é\u{2028}\u{1F52A}/".into()),
        ..Extraction::default()
    };
    let want = "\"published\":\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f \u{7f}é\u{2028}\u{1F52A}/\"";
    assert!(x.to_json_line().contains(want), "{}", x.to_json_line());
    assert_eq!(Extraction::from_json(&x.to_json_line()), Some(x));
}

/// What an older or other writer may leave out: every `Option` is `None`, certainties
/// are stated, a quote's rule empty, mentions and diagnostics none.
#[test]
fn absent_fields_read_as_none_or_their_default() {
    let json = concat!(
        r#"{"format":"facts/1","operations":[],"#,
        r#""figures":[{"category":"knife","value":3.0,"unit":"count","item":"knives","#,
        r#""qualifier":"exact","span":[0,1],"text":"x","rule":"r"}],"#,
        r#""people":[{"name":"Ned Orr","quotes":[{"text":"q","span":[2,3]}],"#,
        r#""span":[0,1],"text":"x","rule":"r"}],"#,
        r#""places":[],"organisations":[],"contacts":[]}"#,
    );
    let want = Extraction {
        figures: vec![Figure {
            category: Category::Knife,
            value: 3.0,
            unit: Unit::Count,
            item: "knives".into(),
            qualifier: Qualifier::Exact,
            period: None,
            change: None,
            value_certainty: Certainty::Stated,
            period_certainty: Certainty::Stated,
            source: source((0, 1), "x", &[], "r"),
        }],
        people: vec![Person {
            name: "Ned Orr".into(),
            rank: None,
            role: None,
            quotes: vec![Quote {
                text: "q".into(),
                span: Span::new(2, 3),
                rule: String::new(),
            }],
            source: source((0, 1), "x", &[], "r"),
        }],
        ..Extraction::default()
    };
    assert_eq!(Extraction::from_json(json), Some(want.clone()));
    // `null` where a value may be absent reads the same.
    let nulls = json
        .replace(r#""quotes""#, r#""rank":null,"role":null,"quotes""#)
        .replace(
            r#""qualifier""#,
            r#""change":null,"period":null,"qualifier""#,
        )
        .replace(
            r#""operations""#,
            r#""published":null,"period":null,"operations""#,
        );
    assert_eq!(Extraction::from_json(&nulls), Some(want));
}

#[test]
fn unknown_fields_are_ignored_at_every_level() {
    let x = every_field();
    let extra = r#""extra":{"list":[1,2.5,null,true],"text":"x"},"#;
    let json = x
        .to_json_line()
        .replacen("{\"format\"", &format!("{{{extra}\"format\""), 1)
        .replace("\"span\":[", &format!("{extra}\"span\":["))
        .replace("\"kind\":", &format!("{extra}\"kind\":"));
    assert!(json.matches("\"extra\"").count() > 10, "{json}");
    assert_eq!(Extraction::from_json(&json), Some(x));
}

#[test]
fn what_is_not_facts_1_is_refused() {
    let json = every_field().to_json();
    for field in [
        "\"format\"",
        "\"figures\"",
        "\"category\"",
        "\"span\"",
        "\"rule\"",
    ] {
        let broken = json.replacen(field, "\"other\"", 1);
        assert_eq!(Extraction::from_json(&broken), None, "without {field}");
    }
    let odd = [
        json.replacen("\"gbp\"", "\"bushels\"", 1),
        json.replacen("1150000.0", "\"1150000\"", 1),
        json.replacen("[\n        0,\n        17\n      ]", "[0, 17, 20]", 1),
        json.replacen("[\n        0,\n        17\n      ]", "[-1, 17]", 1),
        json.replacen("\"more_than\"", "null", 1),
        json.clone() + "x",
        json[..json.len() - 1].to_string(),
        String::new(),
    ];
    for broken in odd {
        assert_ne!(broken, json, "the case changes the JSON");
        assert_eq!(Extraction::from_json(&broken), None, "{broken}");
    }
}

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
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let is_text = path.extension().is_some_and(|e| e == "txt" || e == "bin");
            if let (true, Ok(bytes)) = (is_text, std::fs::read(&path)) {
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    texts
}

#[test]
fn the_corpus_reads_back_equal_from_both_forms() {
    let texts = corpus();
    assert!(texts.len() >= 40, "the corpus is found: {}", texts.len());
    let mut figures = 0;
    for text in &texts {
        for options in [Options::default(), Options::published("2024-02-29")] {
            let x = extract(text, &options);
            figures += x.figures.len();
            assert_eq!(Extraction::from_json(&x.to_json()).as_ref(), Some(&x));
            assert_eq!(Extraction::from_json(&x.to_json_line()).as_ref(), Some(&x));
        }
    }
    assert!(figures > 100, "the corpus gives figures: {figures}");
}

/// Plain values the way the core makes them (see `decimal`).
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u64..=1_000_000_000_000_000, 0i32..=15).prop_map(|(n, k)| n as f64 / 10f64.powi(k)),
        (0u64..100_000, 0i32..=10).prop_map(|(n, k)| n as f64 * 10f64.powi(k)),
        (0.0f64..1e9).prop_map(|x| (x * 100.0).round() / 100.0),
    ]
    .prop_filter("plain", |v| decimal::is_plain(*v))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// Every plain value a figure holds reads back to the same double, in both forms.
    #[test]
    fn numbers_read_back_equal(v in value()) {
        let mut x = every_field();
        x.figures[0].value = v;
        for json in [x.to_json(), x.to_json_line()] {
            let back = Extraction::from_json(&json).map(|b| b.figures[0].value.to_bits());
            prop_assert_eq!(back, Some(v.to_bits()), "{}", json);
        }
    }

    /// Any string, in any string field, reads back as it was.
    #[test]
    fn strings_read_back_equal(s in prop_oneof![
        any::<String>(),
        "[\"\\\\\u{0}-\u{1f}\u{7f}a é\u{2028}\u{1F52A}]{0,12}",
    ]) {
        let mut x = every_field();
        x.figures[1].item = s.clone();
        x.people[0].quotes[0].text = s.clone();
        x.diagnostics[1].message = s;
        prop_assert_eq!(Extraction::from_json(&x.to_json_line()), Some(x));
    }
}
