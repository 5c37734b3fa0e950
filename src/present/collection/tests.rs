//! Tests of the collection model: releases, the table of figures with its filters,
//! sorting and merged statements, undoable removal and the exports.

use super::*;
use crate::extract::{Operation, Organisation, Qualifier, Source, Span, Unit};

fn source(text: &str) -> Source {
    Source {
        span: Span::new(0, text.chars().count()),
        text: text.to_string(),
        mentions: Vec::new(),
        rule: "test".to_string(),
        origin: Default::default(),
    }
}

fn figure(category: Category, value: f64, item: &str, period: Option<&str>) -> Figure {
    Figure {
        category,
        value,
        unit: Unit::Count,
        item: item.to_string(),
        qualifier: Qualifier::Exact,
        period: period.map(str::to_string),
        change: None,
        value_certainty: Default::default(),
        period_certainty: Default::default(),
        source: source(item),
    }
}

fn facts(published: &str, force: Option<&str>, ops: &[&str], figures: Vec<Figure>) -> Extraction {
    Extraction {
        published: Some(published.to_string()),
        operations: ops
            .iter()
            .map(|n| Operation {
                name: n.to_string(),
                source: source(n),
            })
            .collect(),
        organisations: force
            .map(|f| Organisation {
                name: f.to_string(),
                source: source(f),
            })
            .into_iter()
            .collect(),
        figures,
        ..Extraction::default()
    }
}

fn release(name: &str, facts: Extraction) -> Release {
    Release {
        name: name.to_string(),
        text: String::new(),
        date: None,
        facts,
    }
}

/// Three releases: two from one force that both state its 2023 burglary count, and one
/// from another force.
fn three() -> Collection {
    let mut c = Collection::default();
    c.add(release(
        "north-march.txt",
        facts(
            "2024-03-02",
            Some("Wexmoor Police"),
            &["Operation Larkspur"],
            vec![
                figure(Category::Knife, 14.0, "knives", Some("2024-02")),
                figure(Category::Incident, 812.0, "burglaries", Some("2023")),
                figure(Category::Arrest, 3.0, "people", None),
            ],
        ),
    ));
    c.add(release(
        "north-april.txt",
        facts(
            "2024-04-11",
            Some("Wexmoor Police"),
            &["Operation Millrace", "Operation Larkspur"],
            vec![
                figure(Category::Incident, 812.0, "Burglaries", Some("2023")),
                figure(Category::Arrest, 3.0, "people", None),
                figure(Category::Incident, 640.0, "burglaries", Some("FY2022/23")),
            ],
        ),
    ));
    c.add(release(
        "south.txt",
        facts(
            "2024-01-20",
            Some("Saltmarsh Constabulary"),
            &[],
            vec![
                figure(Category::Incident, 812.0, "burglaries", Some("2023")),
                figure(Category::Cash, 2500.0, "cash", Some("2024-01")),
            ],
        ),
    ));
    c
}

#[test]
fn the_same_figure_in_two_releases_is_one_row_with_both_sources() {
    let c = three();
    let rows = c.figure_rows(&Filter::default(), None);
    let items: Vec<(&str, f64, &[usize])> = rows
        .iter()
        .map(|r| (r.figure.item.as_str(), r.figure.value, r.sources.as_slice()))
        .collect();
    assert_eq!(
        items,
        vec![
            ("knives", 14.0, &[0][..]),
            ("burglaries", 812.0, &[0, 1][..]),
            ("people", 3.0, &[0][..]),
            ("people", 3.0, &[1][..]),
            ("burglaries", 640.0, &[1][..]),
            ("burglaries", 812.0, &[2][..]),
            ("cash", 2500.0, &[2][..]),
        ],
        "merged: same force, category, item (any case), value and period; not merged: \
         no period, or another force"
    );
    assert!(same_figure(
        Some("Wexmoor Police"),
        &rows[1].figure,
        Some("Wexmoor Police"),
        &figure(Category::Incident, 812.0, " BURGLARIES", Some("2023")),
    ));
    assert!(!same_figure(None, &rows[1].figure, None, &rows[1].figure));
}

#[test]
fn filters_keep_a_category_force_operation_or_period() {
    let c = three();
    let count = |f: Filter| c.figure_rows(&f, None).len();
    assert_eq!(count(Filter::default()), 7);
    let incidents = Filter {
        category: Some(Category::Incident),
        ..Filter::default()
    };
    assert_eq!(count(incidents.clone()), 3);
    assert_eq!(
        count(Filter {
            force: Some("Wexmoor Police".into()),
            ..incidents.clone()
        }),
        2
    );
    let millrace = Filter {
        operation: Some("Operation Millrace".into()),
        ..Filter::default()
    };
    let rows = c.figure_rows(&millrace, None);
    assert_eq!(
        rows.len(),
        3,
        "every figure of the one release that names it"
    );
    assert!(rows.iter().all(|r| r.sources.contains(&1)));
    let larkspur = Filter {
        operation: Some("Operation Larkspur".into()),
        ..Filter::default()
    };
    assert_eq!(count(larkspur), 5, "both releases name it");
    let year = Filter {
        period: Some("2023".into()),
        ..Filter::default()
    };
    assert_eq!(count(year), 2);
    let nothing = Filter {
        force: Some("Nowhere Police".into()),
        ..Filter::default()
    };
    assert_eq!(count(nothing), 0);
}

#[test]
fn the_table_sorts_by_any_column_and_ties_keep_collection_order() {
    let c = three();
    let by = |column: Column, descending: bool| -> Vec<(String, f64)> {
        c.figure_rows(&Filter::default(), Some(Sort { column, descending }))
            .iter()
            .map(|r| (c.releases[r.sources[0]].name.clone(), r.figure.value))
            .collect()
    };
    let values = |v: Vec<(String, f64)>| v.into_iter().map(|(_, x)| x).collect::<Vec<_>>();
    assert_eq!(
        values(by(Column::Value, false)),
        [3.0, 3.0, 14.0, 640.0, 812.0, 812.0, 2500.0]
    );
    assert_eq!(
        values(by(Column::Value, true)),
        [2500.0, 812.0, 812.0, 640.0, 14.0, 3.0, 3.0]
    );
    assert_eq!(
        values(by(Column::Period, false)),
        [640.0, 812.0, 812.0, 2500.0, 14.0, 3.0, 3.0],
        "by time: FY2022/23 starts in April 2022, before 2023; then January and February \
         2024; no period last"
    );
    let names = |v: Vec<(String, f64)>| v.into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    assert_eq!(
        names(by(Column::Published, false)),
        [
            "south.txt",
            "south.txt",
            "north-march.txt",
            "north-march.txt",
            "north-march.txt",
            "north-april.txt",
            "north-april.txt"
        ]
    );
    assert_eq!(names(by(Column::Release, true))[0], "south.txt");
    assert_eq!(names(by(Column::Force, false))[0], "south.txt");
    assert_eq!(
        names(by(Column::Operation, false))[0],
        "south.txt",
        "no operation sorts first"
    );
    let items: Vec<String> = c
        .figure_rows(
            &Filter::default(),
            Some(Sort {
                column: Column::Item,
                descending: false,
            }),
        )
        .iter()
        .map(|r| r.figure.item.clone())
        .collect();
    assert_eq!(
        items,
        [
            "burglaries",
            "burglaries",
            "burglaries",
            "cash",
            "knives",
            "people",
            "people"
        ]
    );
    let categories: Vec<Category> = c
        .figure_rows(
            &Filter::default(),
            Some(Sort {
                column: Column::Category,
                descending: false,
            }),
        )
        .iter()
        .map(|r| r.figure.category)
        .collect();
    assert!(
        categories.windows(2).all(|w| w[0] <= w[1]),
        "{categories:?}"
    );
}

#[test]
fn the_table_of_releases_has_date_force_operations_period_and_counts() {
    let mut c = three();
    c.add(Release::read(
        "pasted",
        "Harrowdale Constabulary said officers arrested 6 people between 1 and 7 June \
         2024 during Operation Cobblestone.",
        Some("2024-06-09".to_string()),
    ));
    let rows = c.release_rows();
    assert_eq!(rows.len(), 4);
    assert_eq!(
        rows[1],
        ReleaseRow {
            name: "north-april.txt".into(),
            published: "2024-04-11".into(),
            force: "Wexmoor Police".into(),
            operation: "Operation Millrace; Operation Larkspur".into(),
            period: String::new(),
            figures: 3,
            people: 0,
            places: 0,
        }
    );
    let pasted = &rows[3];
    assert_eq!(pasted.published, "2024-06-09");
    assert_eq!(pasted.force, "Harrowdale Constabulary");
    assert_eq!(pasted.operation, "Operation Cobblestone");
    assert_eq!(pasted.period, "2024-06-01/2024-06-07");
    assert_eq!(pasted.figures, c.releases[3].facts.figures.len());
    assert!(pasted.figures >= 1);
}

#[test]
fn a_removed_release_comes_back_where_it_was() {
    let mut c = three();
    let before = c.clone();
    let gone = c.remove(1).expect("there is a second release");
    assert_eq!(gone.name, "north-april.txt");
    assert_eq!(c.releases.len(), 2);
    let rows = c.figure_rows(&Filter::default(), None);
    assert!(
        rows.iter().all(|r| r.sources.len() == 1),
        "the merged burglary count has one source left"
    );
    assert_eq!(c.remove(5), None);
    c.restore(1, gone);
    assert_eq!(c, before);
    let all: Vec<Rc<Release>> = c.releases.clone();
    for _ in 0..3 {
        c.remove(0);
    }
    assert!(c.figure_rows(&Filter::default(), None).is_empty());
    for (i, r) in all.into_iter().enumerate() {
        c.restore(i, r);
    }
    assert_eq!(
        c, before,
        "removing all and undoing each gives the collection back"
    );
}

#[test]
fn the_filters_offer_what_the_collection_holds() {
    let c = three();
    assert_eq!(c.forces(), ["Saltmarsh Constabulary", "Wexmoor Police"]);
    assert_eq!(c.operations(), ["Operation Larkspur", "Operation Millrace"]);
    assert_eq!(c.periods(), ["FY2022/23", "2023", "2024-01", "2024-02"]);
    assert_eq!(
        c.categories(),
        [
            Category::Knife,
            Category::Cash,
            Category::Arrest,
            Category::Incident
        ]
    );
}

#[test]
fn the_exports_hold_every_figure_as_each_release_states_it() {
    let c = three();
    let csv = c.csv();
    assert_eq!(
        csv,
        export::collection_csv(c.releases.iter().map(|r| (r.name.as_str(), &r.facts)))
    );
    assert_eq!(
        csv.matches("\r\n").count(),
        1 + 8,
        "the header and 8 stated figures"
    );
    assert!(csv.contains("\r\nnorth-april.txt,2024-04-11,Wexmoor Police,Operation Millrace; Operation Larkspur,incident,Burglaries,812,"));
    let list: Vec<serde_json::Value> = serde_json::from_str(&c.json()).expect("JSON list");
    let names: Vec<&str> = list.iter().filter_map(|v| v["release"].as_str()).collect();
    assert_eq!(names, ["north-march.txt", "north-april.txt", "south.txt"]);
}

#[test]
fn a_jsonl_file_gives_its_releases_and_names_its_bad_lines() {
    let file = "{\"id\": \"east-1\", \"text\": \"Police seized 4 knives.\"}\n\
                \n\
                not json\n\
                {\"id\": 22, \"text\": \"Officers made 2 arrests.\", \"published\": \"2024-08-01\"}\n\
                {\"id\": 23, \"text\": \"x\", \"published\": \"1 Aug\"}\n\
                {\"id\": {\"p\": 1}, \"text\": \"\"}\n";
    let (releases, problems) = jsonl_releases(file);
    let got: Vec<(&str, &str, Option<&str>)> = releases
        .iter()
        .map(|r| (r.name.as_str(), r.text.as_str(), r.published.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("east-1", "Police seized 4 knives.", None),
            ("22", "Officers made 2 arrests.", Some("2024-08-01")),
            ("{\"p\":1}", "", None),
        ]
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("line 3: "), "{problems:?}");
    assert_eq!(problems[1], "line 5: `published` is not YYYY-MM-DD");
}

#[test]
fn periods_sort_in_a_total_order_placed_ones_first() {
    // Mixed shapes: periods on the time axis and days, ranges and running totals that are
    // not. Every pair must agree with every third, or sorting panics.
    let periods = [
        "2019-02",
        "2009-12-17",
        "2003",
        "FY2019/20",
        "2016-06",
        "2023-04",
        "2024-YTD",
        "2021-H1",
        "--11-09",
        "2020-01-01/2020-03-31",
        "2019",
        "2022",
    ];
    let mut sorted: Vec<&str> = periods.to_vec();
    sorted.sort_by(|a, b| period_order(Some(a), Some(b)));
    for a in periods {
        for b in periods {
            for c in periods {
                let (ab, bc, ac) = (
                    period_order(Some(a), Some(b)),
                    period_order(Some(b), Some(c)),
                    period_order(Some(a), Some(c)),
                );
                if ab == Ordering::Less && bc == Ordering::Less {
                    assert_eq!(ac, Ordering::Less, "{a} < {b} < {c}");
                }
            }
            assert_eq!(
                period_order(Some(a), Some(b)),
                period_order(Some(b), Some(a)).reverse()
            );
        }
    }
    let placed = sorted
        .iter()
        .take_while(|p| period_place(p).is_some())
        .count();
    assert!(sorted[placed..].iter().all(|p| period_place(p).is_none()));
    assert_eq!(sorted[0], "2003");
}

#[test]
fn a_release_s_force_is_of_its_own_country_in_the_table_and_the_csv() {
    // A New Zealand release that thanks an Australian force first.
    let text = "The Australian Federal Police passed on a tip. Waikato Police searched a \
                house in Hamilton and seized 12 firearms. Waikato Police thanked residents \
                of Tauranga.";
    let x = extract(text, &Options::default());
    let r = release("tip", x.clone());
    assert_eq!(r.force(), Some("Waikato Police"));
    let rows = crate::present::export::collection_csv_rows("tip", &x);
    assert!(rows.contains(",Waikato Police,"), "{rows}");
    assert!(!rows.contains("Australian"), "{rows}");
}
