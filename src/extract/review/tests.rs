//! Corrections: applied, re-applied after a re-read, refused when their words changed,
//! and written into facts/1 only when there are some.

use super::*;
use crate::extract::{extract, Options};

const TEXT: &str = "Officers near the old mill seized 14 knives and arrested 6 people \
                    during Operation Larkspur. Inspector Dana Wilde thanked the Harbour Trust \
                    and the canal volunteers.";

fn read(text: &str) -> Extraction {
    extract(text, &Options::default())
}

fn span_of(text: &str, words: &str) -> Span {
    let byte = text.find(words).expect("words in the text");
    let start = text[..byte].chars().count();
    Span::new(start, start + words.chars().count())
}

fn figure_at<'a>(x: &'a Extraction, text: &str, words: &str) -> &'a Figure {
    let span = span_of(text, words);
    x.figures
        .iter()
        .find(|f| f.source.span == span)
        .expect("a figure at the words")
}

#[test]
fn a_rejected_figure_is_marked_and_left_out_of_the_export() {
    let mut x = read(TEXT);
    let knives = figure_at(&x, TEXT, "14 knives").source.clone();
    let before = x.figures.len();
    let c = Correction::reject(Target::Figure, knives.span, &knives.text);
    assert_eq!(apply(&mut x, TEXT, &[c]), vec![true]);
    assert_eq!(
        figure_at(&x, TEXT, "14 knives").source.origin,
        Origin::Rejected
    );
    let out = exported(&x);
    assert_eq!(out.figures.len(), before - 1);
    assert!(out.figures.iter().all(|f| f.source.text != "14 knives"));
    assert!(out.span_problems(TEXT).is_empty());
}

#[test]
fn a_changed_figure_takes_the_readers_fields_and_is_marked_corrected() {
    let mut x = read(TEXT);
    let f = figure_at(&x, TEXT, "6 people").clone();
    let mut edit = FigureEdit::of(&f);
    edit.category = Category::Charge;
    edit.value = 7.0;
    edit.qualifier = Qualifier::AtLeast;
    edit.period = Some("2025-06".into());
    let c = Correction::change(f.source.span, &f.source.text, edit);
    assert_eq!(apply(&mut x, TEXT, &[c]), vec![true]);
    let g = figure_at(&x, TEXT, "6 people");
    assert_eq!(
        (g.category, g.value, g.qualifier, g.period.as_deref()),
        (Category::Charge, 7.0, Qualifier::AtLeast, Some("2025-06"))
    );
    assert_eq!(g.source.origin, Origin::Corrected);
    let json = x.to_json();
    assert!(json.contains("\"origin\": \"corrected\""), "{json}");
}

#[test]
fn added_facts_come_from_their_words() {
    let mut x = read(TEXT);
    let people = x.people.len();
    let orgs = x.organisations.len();
    let span = span_of(TEXT, "canal volunteers");
    let mut place = Correction::add(Target::Place, span_of(TEXT, "old mill"), "old mill");
    place.place_kind = Some(PlaceKind::City);
    let org = Correction::add(Target::Organisation, span, "canal volunteers");
    let person = Correction::add(Target::Person, span_of(TEXT, "Dana Wilde"), "Dana Wilde");
    let mut figure = Correction::add(Target::Figure, span_of(TEXT, "Officers"), "Officers");
    figure.figure = Some(FigureEdit {
        category: Category::Activity,
        value: 2.0,
        unit: Unit::Count,
        item: "officers".into(),
        qualifier: Qualifier::Exact,
        period: None,
    });
    let applied = apply(&mut x, TEXT, &[place, org, person, figure]);
    assert_eq!(applied, vec![true; 4]);
    assert_eq!(x.people.len(), people + 1);
    let added = x.organisations.last().unwrap().clone();
    assert_eq!(
        (added.name.as_str(), added.source.origin),
        ("canal volunteers", Origin::Added)
    );
    // Words already read as that kind of fact are not added twice.
    let known = x.organisations.first().unwrap().source.clone();
    let again = Correction::add(Target::Organisation, known.span, &known.text);
    assert_eq!(apply(&mut x, TEXT, &[again]), vec![true]);
    assert_eq!(x.organisations.len(), orgs + 1);
    assert_eq!(added.source.rule, ADDED_RULE);
    assert_eq!(x.places.last().unwrap().kind, PlaceKind::City);
    assert_eq!(x.figures.last().unwrap().value, 2.0);
    assert!(x.span_problems(TEXT).is_empty());
    // An added figure needs its fields.
    let bare = Correction::add(Target::Figure, span_of(TEXT, "Officers"), "Officers");
    assert_eq!(apply(&mut x, TEXT, &[bare]), vec![false]);
}

#[test]
fn corrections_follow_their_words_after_a_reread_and_say_when_they_changed() {
    let x = read(TEXT);
    let knives = figure_at(&x, TEXT, "14 knives").source.clone();
    let reject = Correction::reject(Target::Figure, knives.span, &knives.text);
    let add = Correction::add(
        Target::Organisation,
        span_of(TEXT, "Harbour Trust"),
        "Harbour Trust",
    );
    let both = [reject, add];

    // Words written before them move them; they still apply, at their new place.
    let moved = format!("Update. {TEXT}");
    let mut y = read(&moved);
    assert_eq!(apply(&mut y, &moved, &both), vec![true, true]);
    assert_eq!(
        figure_at(&y, &moved, "14 knives").source.origin,
        Origin::Rejected
    );
    assert!(y.span_problems(&moved).is_empty());

    // The words under the first changed: it no longer matches, the other still does.
    let changed = TEXT.replace("14 knives", "15 knives");
    let mut z = read(&changed);
    assert_eq!(apply(&mut z, &changed, &both), vec![false, true]);
    assert!(z
        .figures
        .iter()
        .all(|f| f.source.origin != Origin::Rejected));
}

#[test]
fn words_found_twice_are_not_guessed_between() {
    let text = "Officers seized 3 knives. Later they seized 3 knives again.";
    let mut x = read(text);
    let first = span_of(text, "3 knives");
    let c = Correction::reject(Target::Figure, first, "3 knives");
    // The span no longer holds the words, and they occur twice: no match.
    let shifted = format!("A {text}");
    let mut y = read(&shifted);
    assert_eq!(
        apply(&mut y, &shifted, std::slice::from_ref(&c)),
        vec![false]
    );
    assert_eq!(apply(&mut x, text, &[c]), vec![true]);
}

#[test]
fn exports_keep_checks_pointing_at_the_figures_left() {
    let text = "Arrests rose from 40 in 2023 to 50 in 2024. Officers also seized 9 knives.";
    let mut x = read(text);
    assert!(!x.checks.is_empty(), "{:?}", x.checks);
    let knives = figure_at(&x, text, "9 knives").source.clone();
    let first = x
        .figures
        .iter()
        .position(|f| f.source.span == knives.span)
        .unwrap();
    let c = Correction::reject(Target::Figure, knives.span, &knives.text);
    apply(&mut x, text, &[c]);
    let out = exported(&x);
    assert!(
        out.span_problems(text).is_empty(),
        "{:?}",
        out.span_problems(text)
    );
    assert_eq!(out.figures.len(), x.figures.len() - 1);
    assert!(first < x.figures.len());
    assert_eq!(out.checks.len(), x.checks.len());
}

#[test]
fn facts_1_carries_corrections_only_when_there_are_some() {
    let x = read(TEXT);
    let plain = x.to_json();
    assert!(!plain.contains("origin") && !plain.contains("corrections"));
    assert!(!plain.contains("reviewed"));
    let mut y = x.clone();
    let knives = figure_at(&y, TEXT, "14 knives").source.clone();
    y.corrections = vec![Correction::reject(
        Target::Figure,
        knives.span,
        &knives.text,
    )];
    y.reviewed = true;
    let (out, applied) = with_corrections(read(TEXT), TEXT, &y.corrections, y.reviewed);
    assert_eq!(applied, vec![true]);
    let json = out.to_json();
    assert!(json.contains("\"corrections\": ["), "{json}");
    assert!(json.contains("\"reviewed\": true"), "{json}");
    // It reads back equal, corrections and all.
    assert_eq!(Extraction::from_json(&json), Some(out));
}
