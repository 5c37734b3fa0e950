//! The review on the page, natively: numbers left unread and their reasons, corrections
//! through the reducer (panels, highlights, exports), after a re-read, kept and undone.

use std::rc::Rc;

use super::*;
use crate::extract::review::Correction;
use crate::extract::Category;
use crate::present::kept::Kept;
use crate::present::state::Action;

/// Written for these tests: a figure, an age, a phone number and a date.
const TEXT: &str = "Police in Wendlow arrested a man, 41, near the old quarry and seized \
                    22 knives. The van was seen at 6pm. There were 12. Anyone with \
                    information should call 0161 555 0199.";

fn state(text: &str) -> Rc<State> {
    Rc::new(State::new(text))
}

fn span_of(text: &str, words: &str) -> Span {
    find_words(text, words, 0).expect("words in the text")
}

fn unread_tips(s: &State) -> Vec<(String, String)> {
    s.highlights
        .facts
        .iter()
        .filter(|f| f.id.kind == FactKind::Unread)
        .map(|f| (s.numbers[f.id.index].text.clone(), f.tip.clone()))
        .collect()
}

#[test]
fn numbers_not_read_are_marked_with_their_reason_in_words() {
    let s = state(TEXT);
    let tips = unread_tips(&s);
    assert!(
        tips.contains(&("41".into(), "not read: an age".into())),
        "{tips:?}"
    );
    assert!(tips.contains(&("6".into(), "not read: read as a time of day".into())));
    assert!(tips.contains(&("12".into(), "not read: not sure what this counts".into())));
    // The phone number is a contact, a fact: its digits are not marked again.
    assert!(tips.iter().all(|(t, _)| !t.contains("0161")), "{tips:?}");
    // Marks are their own colour, never a fact's.
    let marks: Vec<_> = s
        .highlights
        .segments
        .iter()
        .filter_map(|g| g.fact.map(|i| &s.highlights.facts[i]))
        .filter(|f| f.id.kind == FactKind::Unread)
        .collect();
    assert!(marks.iter().all(|f| f.colour == "unread"));
    assert_eq!(s.review.unread.len(), tips.len());
    assert!(
        s.review
            .line
            .ends_with(&format!("{} numbers left unread", tips.len())),
        "{}",
        s.review.line
    );
}

#[test]
fn every_rejection_has_words_and_nothing_counted_is_unsure() {
    for r in crate::extract::facts::figure::reject::ALL {
        let words = reason_words(r.name);
        assert!(!words.is_empty());
        if r.name != "no_noun" {
            assert_ne!(words, "not sure what this counts", "{}", r.name);
        }
    }
    assert_eq!(reason_words("no_noun"), "not sure what this counts");
}

#[test]
fn stepping_goes_through_the_unread_numbers_and_says_where() {
    let s = state(TEXT);
    let n = s.review.unread.len();
    assert!(n >= 2);
    let first = s.clone().apply(Action::Review(Act::Step(true)));
    assert_eq!(first.selected.map(|x| x.fact), Some(s.review.unread[0]));
    assert!(unread_position(&first).starts_with(&format!("Number 1 of {n}: ")));
    // The picked number can go into the add form as a figure.
    let (words, at) = picked_unread(&first).expect("a number is picked");
    assert_eq!(find_words(TEXT, &words, at).map(|s| s.start), Some(at));
    assert_eq!(
        add_number_label(&words),
        format!("Add \u{201c}{words}\u{201d} as a figure")
    );
    assert_eq!(picked_unread(&s), None);
    let back = first.clone().apply(Action::Review(Act::Step(false)));
    assert_eq!(
        back.selected.map(|x| x.fact),
        s.review.unread.last().copied()
    );
    let second = first.apply(Action::Review(Act::Step(true)));
    assert_eq!(second.selected.map(|x| x.fact), Some(s.review.unread[1]));
}

#[test]
fn rejecting_strikes_the_fact_and_takes_it_out_of_exports_and_charts() {
    let s = state(TEXT);
    let knives = s
        .extraction
        .figures
        .iter()
        .position(|f| f.source.text == "22 knives")
        .expect("a knives figure");
    let source = s.extraction.figures[knives].source.clone();
    let c = Correction::reject(Target::Figure, source.span, &source.text);
    let r = s.clone().apply(Action::Review(Act::Correct(c)));
    assert_eq!(r.extraction.figures[knives].source.origin, Origin::Rejected);
    assert_eq!(r.report.figures[knives].origin, "rejected");
    assert!(r
        .exported
        .figures
        .iter()
        .all(|f| f.source.text != "22 knives"));
    let json = crate::present::export::json(&r.exported);
    assert!(!json.contains("\"22 knives\",\n      \"rule\""), "{json}");
    assert!(json.contains("\"corrections\""));
    let csv = crate::present::export::csv("r", &r.exported);
    assert!(!csv.contains("22 knives"), "{csv}");
    let mark = r
        .highlights
        .facts
        .iter()
        .find(|f| f.id == FactId::new(FactKind::Figure, knives))
        .expect("still marked");
    assert_eq!(mark.colour, "rejected");
    assert!(mark.tip.ends_with("rejected by you"));
    assert_eq!(
        r.review.corrections[0].label,
        "Rejected figure \u{201c}22 knives\u{201d}"
    );
    // The summary's tallies count the facts kept.
    let figures = |s: &State| {
        s.report
            .summary
            .iter()
            .find(|t| t.label.starts_with("figure"))
            .map_or(0, |t| t.count)
    };
    assert_eq!(figures(&r), figures(&s) - 1);
    // Undo brings it back.
    let u = r.apply(Action::Review(Act::Undo(0)));
    assert_eq!(u.exported.figures.len(), s.exported.figures.len());
    assert!(u.corrections.is_empty());
}

#[test]
fn editing_and_adding_change_the_panels_and_the_summary() {
    let s = state(TEXT);
    let f = s
        .extraction
        .figures
        .iter()
        .find(|f| f.source.text == "22 knives")
        .unwrap();
    let mut form = FigureForm::of(&FigureEdit::of(f));
    form.value = "23".into();
    form.category = "offensive_weapon".into();
    let change = Correction::change(f.source.span, &f.source.text, form.read().unwrap());
    let add = Correction::add(Target::Place, span_of(TEXT, "old quarry"), "old quarry");
    let r = s
        .clone()
        .apply(Action::Review(Act::Correct(change)))
        .apply(Action::Review(Act::Correct(add)));
    let row = r
        .report
        .figures
        .iter()
        .find(|row| row.value == "23")
        .expect("changed row");
    assert_eq!(
        (row.category.as_str(), row.origin),
        ("offensive weapon", "corrected")
    );
    assert!(r
        .report
        .places
        .iter()
        .any(|p| p.text == "old quarry" && p.origin == "added"));
    assert!(
        r.review.line.contains("1 corrected, 1 added"),
        "{}",
        r.review.line
    );
    let e = &r.exported;
    assert!(e
        .figures
        .iter()
        .any(|f| f.value == 23.0 && f.category == Category::OffensiveWeapon));
    assert!(e.places.iter().any(|p| p.name == "old quarry"));
}

#[test]
fn corrections_survive_a_reread_and_say_when_their_words_changed() {
    let s = state(TEXT);
    let f = s
        .extraction
        .figures
        .iter()
        .find(|f| f.source.text == "22 knives")
        .unwrap();
    let c = Correction::reject(Target::Figure, f.source.span, &f.source.text);
    let r = s.apply(Action::Review(Act::Correct(c)));
    // Typing elsewhere: the correction applies again after the read.
    let typed = r
        .clone()
        .apply(Action::Edit(format!("{TEXT} More later.")))
        .apply(Action::Analyse);
    assert!(typed.review.stale_note.is_empty());
    assert!(typed
        .exported
        .figures
        .iter()
        .all(|f| f.source.text != "22 knives"));
    // Typing over its words: it no longer matches, and the page says so.
    let changed = r
        .apply(Action::Edit(TEXT.replace("22 knives", "25 knives")))
        .apply(Action::Analyse);
    assert!(!changed.review.corrections[0].applies);
    assert!(changed
        .review
        .stale_note
        .starts_with("1 correction no longer matches"));
    assert!(changed
        .exported
        .figures
        .iter()
        .any(|f| f.source.text == "25 knives"));
}

#[test]
fn corrections_and_the_reviewed_mark_are_kept_across_a_reload() {
    let s = state(TEXT);
    let add = Correction::add(
        Target::Organisation,
        span_of(TEXT, "Police in Wendlow"),
        "Police in Wendlow",
    );
    let r = s
        .apply(Action::Review(Act::Correct(add)))
        .apply(Action::Review(Act::SetReviewed(true)));
    assert!(r.review.reviewed && r.exported.reviewed);
    let stored = r.kept().to_json();
    let back = Kept::parse(&stored).expect("reads back");
    let reloaded = Rc::new(State::from_kept(&back)).apply(Action::Analyse);
    assert!(reloaded.reviewed);
    assert_eq!(reloaded.corrections.len(), 1);
    assert!(reloaded
        .report
        .organisations
        .iter()
        .any(|o| o.text == "Police in Wendlow"));
    // A value kept without corrections is the form older builds wrote.
    let plain = Rc::new(State::new(TEXT)).kept().to_json();
    assert!(!plain.contains("corrections") && !plain.contains("reviewed"));
}

#[test]
fn clear_and_the_sample_start_without_corrections_and_undo_brings_them_back() {
    let s = state(TEXT);
    let add = Correction::add(Target::Place, span_of(TEXT, "old quarry"), "old quarry");
    let r = s.apply(Action::Review(Act::Correct(add)));
    let cleared = r.apply(Action::Clear);
    assert!(cleared.corrections.is_empty());
    let back = cleared.apply(Action::Undo).apply(Action::Analyse);
    assert_eq!(back.corrections.len(), 1);
    assert!(back.review.stale_note.is_empty());
    let sample = back.apply(Action::LoadSample);
    assert!(sample.corrections.is_empty());
}

#[test]
fn forms_read_their_fields_and_words_are_found_in_the_text() {
    let form = FigureForm::from_words("1,250 rounds");
    assert_eq!(
        (form.value.as_str(), form.item.as_str()),
        ("1250", "rounds")
    );
    let edit = form.read().expect("a figure");
    assert_eq!(edit.value, 1250.0);
    let bad = FigureForm {
        value: "lots".into(),
        ..form
    };
    assert!(bad.read().is_err());
    let text = "one 22 two 22 three";
    assert_eq!(find_words(text, "22", 0), Some(Span::new(4, 6)));
    assert_eq!(find_words(text, "22", 5), Some(Span::new(11, 13)));
    assert_eq!(find_words(text, "missing", 0), None);
    // A DOM offset in UTF-16 units: the pound sign is one unit, an emoji two.
    assert_eq!(code_point_at("\u{1F52A}ab", 2), 1);
    assert_eq!(code_point_at("\u{a3}5", 1), 1);
    assert_eq!(
        correction_words(&Correction::add(Target::Person, Span::new(0, 3), "Ann")),
        "Added person \u{201c}Ann\u{201d}"
    );
}
