//! Tests of the collection view's state: adding, reading in any order, the database's
//! records, removal with undo, dates, filters, the timeline and the exports.

use super::*;
use crate::extract::{extract, Options};
use crate::present::state::{Action, State};

/// Two statistics releases of one force, a year apart, written for these tests.
const NORTH_2023: &str = "Published 4 January 2024 by Wexmoor Police\n\n\
    Wexmoor Police recorded 412 burglaries in 2023, compared with 388 in 2022.\n\
    Officers made 97 arrests for knife possession in 2023, up from 81 in 2022.\n";
const NORTH_2024: &str = "Published 6 January 2025 by Wexmoor Police\n\n\
    Wexmoor Police recorded 371 burglaries in 2024, compared with 412 in 2023.\n\
    Officers made 104 arrests for knife possession in 2024, up from 97 in 2023.\n";
const WEEK: &str = "Published 12 May 2025 by Brackwater Police\n\n\
    During Operation Tidewater, officers seized 14 knives and arrested 6 people.\n";

fn new(name: &str, text: &str) -> NewRelease {
    NewRelease {
        name: name.to_string(),
        text: text.to_string(),
        date: None,
    }
}

fn step(shelf: &Shelf, action: ShelfAction) -> Shelf {
    shelf
        .apply(action)
        .expect("the action changes the collection")
}

/// The worker's answer for a record asked of it: the facts of its text and date.
fn answer(kept: &Rc<KeptRelease>) -> (Rc<KeptRelease>, Extraction) {
    let options = Options {
        published: kept.date.clone(),
    };
    (kept.clone(), extract(&kept.text, &options))
}

/// The worker's answer for every pending release, in the order given by `order`.
fn read_all(shelf: &Shelf, order: &[usize]) -> Shelf {
    let answers = order.iter().map(|&i| answer(&shelf.pending[i])).collect();
    step(shelf, ShelfAction::Read(answers))
}

/// The worker's answer for every release being read again with a new date.
fn read_again(shelf: &Shelf) -> Shelf {
    assert!(!shelf.rereading.is_empty(), "a release is being read again");
    let answers = shelf.rereading.iter().map(answer).collect();
    step(shelf, ShelfAction::Read(answers))
}

fn three() -> Shelf {
    let s = Shelf::default();
    let s = step(
        &s,
        ShelfAction::Add(vec![
            new("north-2023.txt", NORTH_2023),
            new("north-2024.txt", NORTH_2024),
            new("week.txt", WEEK),
        ]),
    );
    read_all(&s, &[2, 0, 1])
}

#[test]
fn added_releases_are_listed_at_once_and_read_in_the_order_added() {
    let s = Shelf::default();
    let s = step(
        &s,
        ShelfAction::Add(vec![new("a.txt", NORTH_2023), new("b.txt", WEEK)]),
    );
    assert_eq!(s.count(), 2);
    assert_eq!(s.tab_label(), "Collection (2)");
    let lines = s.release_lines();
    assert!(lines.iter().all(|l| l.reading));
    assert_eq!(
        s.status(),
        "2 releases, 0 figures; 2 being read (the table of every figure and the timeline \
         follow)"
    );
    // The answers come back in the other order; the collection keeps the order added.
    let s = read_all(&s, &[1, 0]);
    let names: Vec<&str> = s
        .collection
        .releases
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["a.txt", "b.txt"]);
    assert!(s.pending.is_empty());
    assert_eq!(s.keys, [0, 1]);
    assert!(!s.release_lines()[0].reading);
}

#[test]
fn an_answer_for_a_release_no_longer_pending_changes_nothing() {
    let s = Shelf::default();
    let s = step(&s, ShelfAction::Add(vec![new("a.txt", WEEK)]));
    let asked = s.pending[0].clone();
    let s = step(&s, ShelfAction::RemoveAll);
    let facts = extract(WEEK, &Options::default());
    assert_eq!(
        s.apply(ShelfAction::Read(vec![(asked.clone(), facts.clone())])),
        None
    );
    // Back after undo, the same pending release takes the answer.
    let s = step(&s, ShelfAction::Undo);
    let s = step(&s, ShelfAction::Read(vec![(asked, facts)]));
    assert_eq!(s.collection.releases.len(), 1);
}

#[test]
fn kept_records_come_first_and_releases_added_before_they_load_get_later_keys() {
    let s = step(
        &Shelf::default(),
        ShelfAction::Add(vec![new("early.txt", WEEK)]),
    );
    let kept = vec![
        KeptRelease {
            key: 7,
            name: "b.txt".into(),
            text: NORTH_2024.into(),
            date: None,
            corrections: Vec::new(),
            reviewed: false,
        },
        KeptRelease {
            key: 3,
            name: "a.txt".into(),
            text: NORTH_2023.into(),
            date: Some("2024-01-05".into()),
            corrections: Vec::new(),
            reviewed: false,
        },
    ];
    let s = step(&s, ShelfAction::Loaded(kept));
    let keys: Vec<u32> = s.pending.iter().map(|p| p.key).collect();
    assert_eq!(keys, [3, 7, 8]);
    assert_eq!(s.pending[2].name, "early.txt");
    assert_eq!(s.next_key, 9);
    assert_eq!(
        s.apply(ShelfAction::Loaded(Vec::new())),
        None,
        "loaded once"
    );
    let s = step(&s, ShelfAction::Add(vec![new("late.txt", WEEK)]));
    assert_eq!(s.pending[3].key, 9);
    let records = s.records();
    let first = records[0];
    assert_eq!(
        (first.key, first.name, first.text, first.date),
        (3, "a.txt", NORTH_2023, Some("2024-01-05"))
    );
}

#[test]
fn a_record_reads_back_as_it_was_written() {
    let r = KeptRelease {
        key: 12,
        name: "x \"y\".txt".into(),
        text: "£5 and\nmore".into(),
        date: None,
        corrections: Vec::new(),
        reviewed: false,
    };
    let json = r.to_json();
    assert!(!json.contains("date"), "no date is left out: {json}");
    assert_eq!(KeptRelease::parse(&json), Some(r));
    assert_eq!(KeptRelease::parse("{\"key\":1"), None);
}

#[test]
fn removing_one_or_all_comes_back_with_undo() {
    let s = three();
    let before = s.clone();
    let gone = step(&s, ShelfAction::Remove(1));
    assert_eq!(gone.count(), 2);
    assert_eq!(
        gone.undo_label().as_deref(),
        Some("Undo removing north-2024.txt")
    );
    assert_eq!(gone.records().len(), 2);
    let back = step(&gone, ShelfAction::Undo);
    assert_eq!(back.collection, before.collection);
    assert_eq!(back.keys, before.keys);
    assert_eq!(back.undo, None);
    let none = step(&s, ShelfAction::RemoveAll);
    assert_eq!(none.count(), 0);
    assert_eq!(none.undo_label().as_deref(), Some("Undo removing all 3"));
    let back = step(&none, ShelfAction::Undo);
    assert_eq!(back.records(), before.records());
    assert_eq!(s.apply(ShelfAction::Remove(40)), None);
}

#[test]
fn a_date_is_kept_at_once_and_the_release_read_again_in_the_worker() {
    let s = three();
    let s2 = step(&s, ShelfAction::SetDate(2, "2025-06-01".into()));
    // Not read here: the release keeps its facts, is listed as being read, and is asked
    // of the worker with its text and new date.
    assert_eq!(s2.collection, s.collection);
    let asked: Vec<_> = s2.to_read().collect();
    assert_eq!(asked.len(), 1);
    assert_eq!((asked[0].key, asked[0].text.as_str()), (2, WEEK));
    assert_eq!(asked[0].date.as_deref(), Some("2025-06-01"));
    let line = &s2.release_lines()[2];
    assert!(line.reading_again && !line.reading);
    assert_eq!(line.date, "2025-06-01");
    assert!(s2.status().ends_with("; 1 being read"), "{}", s2.status());
    // The database keeps the new date before the answer comes.
    assert_eq!(s2.records()[2].date, Some("2025-06-01"));
    assert_eq!(s2.apply(ShelfAction::SetDate(2, "2025-06-01".into())), None);
    let s3 = read_again(&s2);
    assert!(s3.rereading.is_empty());
    assert_eq!(s3.release(2).expect("read").published(), Some("2025-06-01"));
    assert!(!s3.release_lines()[2].reading_again);
    assert_eq!(s3.status(), s.status());
    let s4 = read_again(&step(&s3, ShelfAction::SetDate(2, String::new())));
    assert_eq!(s4.release(2).expect("read").published(), Some("2025-05-12"));
    assert_eq!(s4.collection, s.collection, "the text's own date back");
}

#[test]
fn a_release_s_date_can_be_given_and_taken_back() {
    let text = "Officers from Wexmoor Police seized 9 knives last month.";
    let s = read_all(
        &step(
            &Shelf::default(),
            ShelfAction::Add(vec![new("w.txt", text)]),
        ),
        &[0],
    );
    assert_eq!(s.release(0).expect("read").published(), None);
    let dated = read_again(&step(&s, ShelfAction::SetDate(0, "2024-03-05".into())));
    let r = dated.release(0).expect("read");
    assert_eq!(r.published(), Some("2024-03-05"));
    assert_eq!(r.facts, extract(text, &Options::published("2024-03-05")));
    assert_eq!(r.name, "w.txt");
    let back = read_again(&step(&dated, ShelfAction::SetDate(0, String::new())));
    assert_eq!(
        back.release(0).expect("read").facts,
        extract(text, &Options::default())
    );
    // Given and taken back before the worker answers: nothing is left to read, and the
    // answer for the date given is dropped.
    let given = step(&s, ShelfAction::SetDate(0, "2024-03-05".into()));
    let asked = given.rereading[0].clone();
    let taken = step(&given, ShelfAction::SetDate(0, String::new()));
    assert!(taken.rereading.is_empty());
    assert_eq!(taken.apply(ShelfAction::Read(vec![answer(&asked)])), None);
    assert_eq!(s.apply(ShelfAction::SetDate(3, "2024-03-05".into())), None);
}

#[test]
fn an_answer_for_a_date_changed_again_since_is_dropped() {
    let s = three();
    let first = step(&s, ShelfAction::SetDate(2, "2025-06-01".into()));
    let stale = answer(&first.rereading[0]);
    let second = step(&first, ShelfAction::SetDate(2, "2025-07-01".into()));
    assert_eq!(second.rereading.len(), 1, "one reading a release");
    assert_eq!(second.records()[2].date, Some("2025-07-01"));
    // The first date's answer comes first: it changes nothing.
    assert_eq!(second.apply(ShelfAction::Read(vec![stale.clone()])), None);
    let fresh = answer(&second.rereading[0]);
    let done = step(&second, ShelfAction::Read(vec![stale, fresh]));
    let r = done.release(2).expect("read");
    assert_eq!(r.published(), Some("2025-07-01"));
    assert_eq!(r.date.as_deref(), Some("2025-07-01"));
    assert!(done.rereading.is_empty());
    // Removed while being read again: the answer is dropped, and undo asks again.
    let asked = step(&s, ShelfAction::SetDate(1, "2025-02-01".into()));
    let pending = answer(&asked.rereading[0]);
    let gone = step(&asked, ShelfAction::Remove(1));
    assert!(gone.rereading.is_empty());
    assert_eq!(gone.apply(ShelfAction::Read(vec![pending])), None);
    let back = step(&gone, ShelfAction::Undo);
    assert_eq!(back.rereading.len(), 1);
    assert_eq!(back.records()[1].date, Some("2025-02-01"));
    let all = step(&step(&asked, ShelfAction::RemoveAll), ShelfAction::Undo);
    let read = read_again(&all);
    assert_eq!(
        read.release(1).expect("read").published(),
        Some("2025-02-01")
    );
}

#[test]
fn the_table_of_figures_is_paged_and_goes_back_to_the_first_page() {
    // Enough releases for several pages: each states a few figures of its own.
    let texts: Vec<String> = (0..220)
        .map(|i| {
            format!(
                "Published 3 March 2025 by Wexmoor Police\n\n\
                 Officers seized {} knives, {} firearms and arrested {} people.\n",
                i + 10,
                i + 200,
                i + 500
            )
        })
        .collect();
    let added: Vec<NewRelease> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| new(&format!("r{i}.txt"), t))
        .collect();
    let s = step(&Shelf::default(), ShelfAction::Add(added));
    let order: Vec<usize> = (0..220).collect();
    let s = read_all(&s, &order);
    let total: usize = s.collection.figure_rows(&s.filter, None).len();
    assert!(total > 2 * FIGURE_LIMIT, "{total} figures");
    let (first, page) = s.figure_lines();
    assert_eq!(
        (first.len(), page.index, page.total),
        (FIGURE_LIMIT, 0, total)
    );
    // Every page in turn: the rows shown add up to every figure, none twice.
    let mut seen = first.len();
    let mut at = s.clone();
    while let Some(next) = at.figure_lines().1.next() {
        at = step(&at, ShelfAction::FigurePage(next));
        let (lines, page) = at.figure_lines();
        assert_eq!(page.index, next);
        seen += lines.len();
    }
    assert_eq!(seen, total);
    let last = at.figure_lines().1;
    assert_eq!(
        last.label("Figures"),
        format!("Figures {}\u{2013}{} of {}", last.start + 1, total, total)
    );
    // A sort or a filter goes back to the first page.
    let sorted = step(&at, ShelfAction::Sort(Column::Value));
    assert_eq!((sorted.figure_page, sorted.figure_lines().1.index), (0, 0));
    let filtered = step(
        &at,
        ShelfAction::Filter(FilterField::Category, "knife".into()),
    );
    assert_eq!(filtered.figure_lines().1.index, 0);
    // Rows that shrink under the page shown: the last page there is.
    let fewer = (0..80).fold(at.clone(), |s, key| step(&s, ShelfAction::Remove(key)));
    let (lines, page) = fewer.figure_lines();
    assert_eq!(page.index, page.count - 1);
    assert!(!lines.is_empty());
    assert_eq!(at.apply(ShelfAction::FigurePage(at.figure_page)), None);
}

#[test]
fn the_table_of_releases_says_force_counts_and_checks() {
    let s = three();
    let lines = s.release_lines();
    assert_eq!(lines.len(), 3);
    let north = &lines[0];
    assert_eq!(north.name, "north-2023.txt");
    assert_eq!(north.date, "2024-01-04");
    assert_eq!(north.force, "Wexmoor Police");
    let n = s.collection.releases[0].facts.figures.len();
    assert_eq!(north.figures, n.to_string());
    let checks = &s.collection.releases[0].facts.checks;
    if !checks.is_empty() {
        assert!(north.checks.ends_with(&format!("of {} hold", checks.len())));
    }
    assert_eq!(lines[2].operation, "Operation Tidewater");
    assert_eq!(lines[2].remove_label, "Remove week.txt");
}

#[test]
fn the_figures_table_merges_a_figure_two_releases_state_and_filters_and_sorts() {
    let s = three();
    let (lines, page) = s.figure_lines();
    assert_eq!(lines.len(), page.total);
    assert!(!page.is_paged());
    // Both Wexmoor releases state the 2023 burglaries: one row naming both.
    let merged: Vec<&FigureLine> = lines.iter().filter(|l| l.merged).collect();
    assert!(!merged.is_empty(), "{lines:#?}");
    assert!(merged
        .iter()
        .any(|l| l.release == "north-2023.txt; north-2024.txt" && l.value == "412"));
    let s2 = step(
        &s,
        ShelfAction::Filter(FilterField::Force, "Brackwater Police".into()),
    );
    let (only, _) = s2.figure_lines();
    assert!(!only.is_empty());
    assert!(only.iter().all(|l| l.force == "Brackwater Police"));
    assert_eq!(s2.filter_value(FilterField::Force), "Brackwater Police");
    let s3 = step(
        &s2,
        ShelfAction::Filter(FilterField::Category, "knife".into()),
    );
    assert!(s3.figure_lines().0.iter().all(|l| l.category == "knife"));
    let s4 = step(&s, ShelfAction::Sort(Column::Value));
    let s5 = step(&s4, ShelfAction::Sort(Column::Value));
    assert!(s5.sort.unwrap().descending);
    assert_eq!(aria_sort(s5.sort, Column::Value), "descending");
    let first = &s5.figure_lines().0[0];
    assert_eq!(first.value, "412");
    let choices = s.filter_choices(FilterField::Force);
    assert_eq!(choices[0], (String::new(), "All".to_string()));
    assert!(choices.iter().any(|(v, _)| v == "Wexmoor Police"));
    let periods = s.filter_choices(FilterField::Period);
    assert!(periods.iter().any(|(v, l)| v == "2023" && l == "2023"));
}

#[test]
fn the_timeline_draws_each_forces_statistics_over_the_years() {
    let s = three();
    let facts = s.timeline_facts();
    assert!(facts
        .figures
        .iter()
        .any(|f| f.item.ends_with(": Wexmoor Police")));
    let drawn = s.timeline();
    assert!(!drawn.is_empty(), "{:#?}", facts.figures);
    assert!(drawn.iter().all(|(_, svg)| svg.starts_with("<svg")));
    assert!(drawn
        .iter()
        .any(|(_, svg)| svg.contains("Wexmoor Police") && svg.contains("2022")));
    // A release with no statistics over periods draws nothing.
    let week = step(
        &s,
        ShelfAction::Filter(FilterField::Force, "Brackwater Police".into()),
    );
    assert!(week.timeline().is_empty());
}

#[test]
fn the_exports_are_the_collections() {
    let s = three();
    let csv = s.csv();
    let by_hand = export::collection_csv(
        s.collection
            .releases
            .iter()
            .map(|r| (r.name.as_str(), &r.facts)),
    );
    assert_eq!(csv, by_hand);
    assert!(csv.contains("north-2024.txt,2025-01-06,Wexmoor Police"));
    assert!(s.json().starts_with("[\n{\"release\":\"north-2023.txt\","));
    assert_eq!(export_name("csv"), "blotter-collection.csv");
}

#[test]
fn a_jsonl_file_gives_a_release_a_line_and_names_bad_lines() {
    let file =
        "{\"id\":\"n1\",\"text\":\"Officers seized 3 knives.\",\"published\":\"2025-02-01\"}\n\
                not json\n\
                {\"id\":5,\"text\":\"Two arrests.\"}\n";
    let (releases, problems) = releases_in_file("batch.jsonl", file.to_string(), true);
    assert_eq!(releases.len(), 2);
    assert_eq!(releases[0].name, "n1");
    assert_eq!(releases[0].date.as_deref(), Some("2025-02-01"));
    assert_eq!(releases[1].name, "5");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("batch.jsonl, line 2"));
    let (one, none) = releases_in_file("a.txt", "text".into(), false);
    assert_eq!((one.len(), none.len()), (1, 0));
    assert_eq!(one[0].name, "a.txt");
}

#[test]
fn opening_a_release_shows_it_in_the_single_view() {
    let state = Rc::new(State {
        collection: Rc::new(Shelf {
            shown: true,
            ..three()
        }),
        ..State::new("")
    });
    let opened = state
        .clone()
        .apply(Action::Collection(ShelfAction::Open(1)));
    assert!(!opened.collection.shown);
    assert_eq!(&*opened.text, NORTH_2024);
    assert!(opened.stale && opened.urgent, "read at once");
    // The collection stays as it was while the single view reads its text.
    let read = opened.clone().apply(Action::Analyse);
    assert_eq!(read.collection.count(), 3);
    assert_eq!(
        state
            .apply(Action::Collection(ShelfAction::Open(99)))
            .text
            .len(),
        0,
        "no such release: nothing opens"
    );
}

#[test]
fn messages_name_what_was_not_kept() {
    let m = not_kept_message(&["a.txt".into(), "b.txt".into()]);
    assert!(m.contains("2 releases (a.txt, b.txt)"));
    assert!(m.contains("every release kept before is still kept"));
    assert_eq!(Shelf::more_releases(400), "Show 400 more releases");
    assert_eq!(Shelf::more_releases(1), "Show 1 more release");
}

#[test]
fn the_timeline_sums_what_releases_announce_by_month_of_publication() {
    let april = "Published 9 April 2025\n\n\
        During Operation Tidewater, Brackwater Police seized 5 knives and arrested 11 people.\n";
    let s = step(&three(), ShelfAction::Add(vec![new("april.txt", april)]));
    let s = read_all(&s, &[0]);
    let facts = s.timeline_facts();
    let arrests: Vec<(&str, Option<&str>, f64)> = facts
        .figures
        .iter()
        .filter(|f| f.category == Category::Arrest)
        .map(|f| (f.item.as_str(), f.period.as_deref(), f.value))
        .collect();
    assert!(arrests.contains(&("arrests announced", Some("2025-05"), 6.0)));
    assert!(arrests.contains(&("arrests announced", Some("2025-04"), 11.0)));
    let force = (
        "arrests announced: Brackwater Police",
        Some("2025-04"),
        11.0,
    );
    assert!(arrests.contains(&force), "{arrests:?}");
    // And for the operation the release names, so operations can be followed over time.
    let operation = (
        "arrests announced: Operation Tidewater",
        Some("2025-04"),
        11.0,
    );
    assert!(arrests.contains(&operation), "{arrests:?}");
    // Counted once each for all releases, for the force and for each operation: never
    // twice in one series.
    let announced: Vec<_> = arrests
        .iter()
        .filter(|a| a.0.contains("announced"))
        .collect();
    let mut series: Vec<_> = announced.iter().map(|a| (a.0, a.1)).collect();
    series.sort();
    series.dedup();
    assert_eq!(series.len(), announced.len(), "{arrests:?}");
    assert!(announced.len() >= 5, "{arrests:?}");
    let drawn = s.timeline();
    assert!(
        drawn
            .iter()
            .any(|(_, svg)| svg.contains("arrests announced (by month)")),
        "{drawn:?}"
    );
    // A force filter keeps that force's counts only.
    let other = step(
        &s,
        ShelfAction::Filter(FilterField::Force, "Wexmoor Police".into()),
    );
    assert!(other
        .timeline_facts()
        .figures
        .iter()
        .all(|f| !f.item.contains("announced")));
}

#[test]
fn corrections_made_in_the_release_view_go_back_to_the_collection_and_are_kept() {
    use crate::extract::review::{Correction, Target};
    use crate::present::review::Act;
    let state = Rc::new(State {
        collection: Rc::new(three()),
        ..State::new("")
    });
    // Open the week of action (the third release added, key 2) and read it.
    let state = state.apply(Action::Collection(ShelfAction::Open(2)));
    assert_eq!(&*state.text, WEEK);
    assert_eq!(state.shown_release, Some(2));
    let state = state.apply(Action::Analyse);
    let knives = state
        .extraction
        .figures
        .iter()
        .find(|f| f.value == 14.0)
        .expect("14 knives")
        .source
        .clone();
    let reject = Correction::reject(Target::Figure, knives.span, &knives.text);
    let state = state.apply(Action::Review(Act::Correct(reject)));
    // The collection's release now holds the corrected facts: its table and exports
    // leave the rejected figure out, and its record keeps the correction.
    let release = state.collection.release(2).expect("the release");
    assert!(release.facts.figures.iter().all(|f| f.value != 14.0));
    assert_eq!(release.facts.corrections.len(), 1);
    let records = state.collection.records();
    let kept = records
        .iter()
        .find(|r| r.key == 2)
        .expect("its record")
        .to_kept();
    assert_eq!(kept.corrections.len(), 1);
    let back = KeptRelease::parse(&kept.to_json()).expect("the record reads back");
    assert_eq!(back, kept);
    // Records without corrections are written as before.
    let plain = records
        .iter()
        .find(|r| r.key == 0)
        .expect("a record")
        .to_kept();
    assert!(!plain.to_json().contains("corrections"));
    // After a reload the facts are read again and the correction applied again.
    let reloaded = step(
        &Shelf::default(),
        ShelfAction::Loaded(records.iter().map(|r| r.to_kept()).collect()),
    );
    let reloaded = read_all(&reloaded, &[0, 1, 2]);
    let release = reloaded.release(2).expect("the release");
    assert!(release.facts.figures.iter().all(|f| f.value != 14.0));
    // A new date keeps it too.
    let dated = read_again(&step(
        &reloaded,
        ShelfAction::SetDate(2, "2025-05-13".into()),
    ));
    assert!(dated
        .release(2)
        .expect("the release")
        .facts
        .figures
        .iter()
        .all(|f| f.value != 14.0));
    // Opening the release again brings its corrections into the release view.
    let again = Rc::new(State {
        collection: Rc::new(reloaded),
        ..State::new("")
    })
    .apply(Action::Collection(ShelfAction::Open(2)));
    assert_eq!(again.corrections.len(), 1);
    // A text of its own (a file) is no release of the collection: nothing goes back.
    let other = again.apply(Action::Replace("Officers seized 3 knives.".into()));
    assert_eq!(other.shown_release, None);
}
