//! Tests of the exports: the JSON the CLI writes, and CSV that no spreadsheet runs.

use super::*;
use crate::extract::{
    extract, Category, Figure, Operation, Options, Qualifier, Source, Span, Unit,
};

#[test]
fn json_is_the_cli_output_with_its_newline() {
    let x = extract(
        "Police in Leeds seized 12 knives on 3 May 2024.",
        &Options::published("2024-05-04"),
    );
    let out = json(&x);
    assert_eq!(out, x.to_json() + "\n");
    assert!(out.starts_with("{\n  \"format\": \"facts/1\""), "{out}");
}

#[test]
fn formula_cells_get_a_leading_quote() {
    let cases = [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tTAB", "'\tTAB"),
        ("\r=1", "\"'\r=1\""),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
    ];
    for (cell, want) in cases {
        assert_eq!(csv_cell(cell), want, "{cell:?}");
    }
}

#[test]
fn ordinary_cells_are_quoted_only_when_they_must_be() {
    let cases = [
        ("knives", "knives"),
        ("", ""),
        ("12", "12"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("a = b", "a = b"),
        ("£1,200", "\"£1,200\""),
    ];
    for (cell, want) in cases {
        assert_eq!(csv_cell(cell), want, "{cell:?}");
    }
}

fn source(start: usize, end: usize, text: &str, rule: &str) -> Source {
    Source {
        span: Span::new(start, end),
        text: text.to_string(),
        mentions: Vec::new(),
        rule: rule.to_string(),
        origin: Default::default(),
    }
}

#[test]
fn one_row_per_fact_with_offsets_and_rule() {
    let x = Extraction {
        published: Some("2024-05-04".to_string()),
        operations: vec![Operation {
            name: "=1+1".to_string(),
            source: source(0, 14, "Operation =1+1", "Operation <Name>"),
        }],
        figures: vec![Figure {
            category: Category::Knife,
            value: 12.0,
            unit: Unit::Count,
            item: "knives".to_string(),
            qualifier: Qualifier::MoreThan,
            period: Some("2024".to_string()),
            change: None,
            value_certainty: Default::default(),
            period_certainty: Default::default(),
            source: source(20, 36, "more than 12 knives", "<qty> <item> seized"),
        }],
        ..Extraction::default()
    };
    let out = csv("tarn_raid.txt", &x);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}release,kind,value,category,item,unit,qualifier,change,period,rule,text,start,end,origin"
    );
    assert_eq!(
        lines[1],
        "tarn_raid.txt,published,2024-05-04,,,,,,,,,,,read"
    );
    assert_eq!(
        lines[2],
        "tarn_raid.txt,operation,'=1+1,,,,,,,Operation <Name>,Operation =1+1,0,14,read"
    );
    assert_eq!(
        lines[3],
        "tarn_raid.txt,figure,12,knife,knives,count,more_than,,2024,<qty> <item> seized,more than 12 knives,20,36,read"
    );
    assert_eq!(lines[4], "", "the last row ends with CRLF");
    assert_eq!(lines.len(), 5);
}

#[test]
fn a_release_exports_every_fact_and_escapes_its_formulas() {
    let text = include_str!("../../../tests/fixtures/formula_quotes.txt");
    let out = csv("ledger", &extract(text, &Options::default()));
    assert!(out.contains("\r\nledger,figure,7,knife,"), "{out}");
    assert!(
        out.contains("\r\nledger,operation,Operation Ledger,"),
        "{out}"
    );
    assert!(
        out.contains(",\"'=cmd|' /C calc'!A0 was written on the wall of the flat, and we"),
        "the quote starts with a quote mark, and is quoted for its comma: {out}"
    );
    assert!(out.contains(",'+1 is what we owe everyone"), "{out}");
    for cell in out
        .trim_start_matches(BOM)
        .split(['\r', '\n', ','])
        .map(|c| c.trim_start_matches('"'))
    {
        assert!(
            !cell.starts_with(['=', '+', '@']),
            "no cell starts a formula: {cell}"
        );
    }
}

#[test]
fn a_row_per_check_with_its_verdict_and_working() {
    let text = "Burglaries fell from 652 to 731 in the year.\nRobberies rose from 96 to 131.";
    let x = extract(text, &Options::default());
    let out = csv("claims", &x);
    let rows: Vec<&str> = out
        .split("\r\n")
        .filter(|r| r.starts_with("claims,check,"))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    // release, kind, value (the working), category (the check's kind), item, unit,
    // qualifier (the verdict), change, ...
    assert!(
        rows[0].starts_with(
            "claims,check,\"731 − 652 = +79, a rise, not a fall\",change,,,inconsistent,,"
        ),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains(",change,,,consistent,"), "{}", rows[1]);
    assert!(rows[1].contains("rose from 96 to 131"), "{}", rows[1]);
}

#[test]
fn an_empty_extraction_is_just_the_header() {
    assert_eq!(
        csv("empty", &Extraction::default()),
        "\u{feff}release,kind,value,category,item,unit,qualifier,change,period,rule,text,start,end,origin\r\n"
    );
}

fn figure(category: Category, value: f64, item: &str, period: &str, text: &str) -> Figure {
    Figure {
        category,
        value,
        unit: Unit::Count,
        item: item.to_string(),
        qualifier: Qualifier::Exact,
        period: Some(period.to_string()),
        change: None,
        value_certainty: Default::default(),
        period_certainty: Default::default(),
        source: source(0, text.chars().count(), text, "<qty> <item>"),
    }
}

fn release_of(published: &str, operation: &str, force: &str, figures: Vec<Figure>) -> Extraction {
    Extraction {
        published: Some(published.to_string()),
        operations: vec![Operation {
            name: operation.to_string(),
            source: source(0, 1, "O", "Operation <Name>"),
        }],
        organisations: vec![
            crate::extract::Organisation {
                name: "Crimestoppers".to_string(),
                source: source(0, 1, "C", "organisation list"),
            },
            crate::extract::Organisation {
                name: force.to_string(),
                source: source(0, 1, "F", "organisation list"),
            },
        ],
        figures,
        ..Extraction::default()
    }
}

#[test]
fn the_collection_has_one_row_per_figure_of_every_release_in_order() {
    let mut up = figure(
        Category::Incident,
        14.5,
        "burglaries",
        "2023",
        "up 14.5% on burglaries",
    );
    up.change = Some(crate::extract::Change::Increase);
    up.unit = Unit::Percent;
    let a = release_of(
        "2024-02-01",
        "Operation Heron",
        "Wessex Police",
        vec![
            figure(Category::Knife, 9.0, "knives", "2024-01", "9 knives"),
            figure(
                Category::Cash,
                1200.0,
                "£1,200 in cash",
                "2024-01",
                "£1,200 in cash",
            ),
        ],
    );
    let b = release_of(
        "2024-03-09",
        "Operation Teal",
        "Fenland Constabulary",
        vec![up],
    );
    let empty = Extraction::default();
    let out = collection_csv([("heron.txt", &a), ("nothing.txt", &empty), ("teal.txt", &b)]);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}release,published,force,operation,category,item,value,unit,qualifier,change,\
         period,value_certainty,period_certainty,rule,text,start,end,origin"
    );
    assert_eq!(
        lines[1],
        "heron.txt,2024-02-01,Wessex Police,Operation Heron,knife,knives,9,count,exact,,2024-01,\
         stated,stated,<qty> <item>,9 knives,0,8,read"
    );
    assert_eq!(
        lines[2],
        "heron.txt,2024-02-01,Wessex Police,Operation Heron,cash,\"£1,200 in cash\",1200,count,\
         exact,,2024-01,stated,stated,<qty> <item>,\"£1,200 in cash\",0,14,read"
    );
    assert_eq!(
        lines[3],
        "teal.txt,2024-03-09,Fenland Constabulary,Operation Teal,incident,burglaries,14.5,\
         percent,exact,increase,2023,stated,stated,<qty> <item>,up 14.5% on burglaries,0,22,read"
    );
    assert_eq!(lines[4], "", "the last row ends with CRLF");
    assert_eq!(lines.len(), 5, "a release without figures has no row");
    assert!(out.as_bytes().starts_with(&[0xef, 0xbb, 0xbf]), "UTF-8 BOM");
}

#[test]
fn the_collection_csv_is_its_header_then_each_release_s_rows() {
    let text = include_str!("../../../tests/fixtures/canal_patrols.txt");
    let x = extract(text, &Options::published("2025-06-02"));
    let y = extract(
        "Officers in Corby arrested 4 people and seized 2 firearms on 1 June 2025.",
        &Options::default(),
    );
    let whole = collection_csv([("canal", &x), ("corby", &y)]);
    let parts = collection_csv_header()
        + &collection_csv_rows("canal", &x)
        + &collection_csv_rows("corby", &y);
    assert_eq!(whole, parts, "the CLI writes it in these parts");
    let rows = whole.matches("\r\n").count() - 1;
    assert_eq!(rows, x.figures.len() + y.figures.len());
    assert!(!y.figures.is_empty() && !x.figures.is_empty());
}

#[test]
fn several_operations_share_one_cell_and_formulas_are_escaped_in_every_column() {
    let mut x = release_of(
        "2024-05-05",
        "Operation Alder",
        "Mercia Police",
        vec![figure(Category::Drugs, 3.0, "=wraps", "2024", "@3 wraps")],
    );
    x.operations.push(Operation {
        name: "Operation Birch".to_string(),
        source: source(0, 1, "O", "Operation <Name>"),
    });
    let out = collection_csv([("-x.txt", &x)]);
    let row = out.split("\r\n").nth(1).expect("one row");
    assert!(
        row.starts_with(
            "'-x.txt,2024-05-05,Mercia Police,Operation Alder; Operation Birch,drugs,'=wraps,3,"
        ),
        "{row}"
    );
    assert!(row.contains(",'@3 wraps,"), "{row}");
}

#[test]
fn the_collection_json_is_a_list_of_facts_objects_with_their_release() {
    let a = extract(
        "Police seized 5 knives in Ely on 2 May 2024.",
        &Options::default(),
    );
    let b = extract(
        "Officers arrested 2 men.",
        &Options::published("2024-06-01"),
    );
    let out = collection_json([("ely \"one\".txt", &a), ("two", &b)]);
    let list: Vec<serde_json::Value> = serde_json::from_str(&out).expect("a JSON list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["release"], "ely \"one\".txt");
    assert_eq!(list[1]["release"], "two");
    assert_eq!(list[1]["published"], "2024-06-01");
    for (v, x) in list.iter().zip([&a, &b]) {
        assert_eq!(v["format"], "facts/1");
        let back = Extraction::from_json(&v.to_string()).expect("reads back as facts/1");
        assert_eq!(&back, x, "the release field is ignored on reading");
    }
    assert!(out.ends_with("}\n]\n"), "{out}");
    assert_eq!(collection_json(std::iter::empty()), "[]\n");
}

#[test]
fn file_names_come_from_the_release_or_collection_name() {
    let cases = [
        ("canal_sweep.txt", "canal_sweep.csv"),
        (
            "Operation Kestrel 2025-03-12",
            "Operation-Kestrel-2025-03-12.csv",
        ),
        ("notes.MD", "notes.csv"),
        ("../../etc/passwd", "etc-passwd.csv"),
        ("Garda Síochána", "Garda-S-och-na.csv"),
        ("", "blotter-facts.csv"),
        ("£££", "blotter-facts.csv"),
    ];
    for (name, want) in cases {
        assert_eq!(file_name(name, "csv"), want, "{name:?}");
    }
    assert_eq!(
        file_name(&"a".repeat(500), "json").len(),
        80 + ".json".len()
    );
}

#[test]
fn a_pasted_release_is_named_by_its_operation_or_force_and_date() {
    let x = release_of("2024-05-05", "Operation Alder", "Mercia Police", Vec::new());
    assert_eq!(release_name(&x), "Operation Alder 2024-05-05");
    let mut y = x.clone();
    y.operations.clear();
    assert_eq!(release_name(&y), "Mercia Police 2024-05-05");
    assert_eq!(release_name(&Extraction::default()), "release");
}

#[test]
fn both_csvs_say_who_gave_each_figure() {
    let mut corrected = figure(Category::Knife, 11.0, "knives", "2024", "11 knives");
    corrected.source.origin = Origin::Corrected;
    let mut added = figure(Category::Arrest, 3.0, "arrests", "2024", "3 arrests");
    added.source.origin = Origin::Added;
    let read = figure(Category::Charge, 2.0, "charges", "2024", "2 charges");
    let x = Extraction {
        figures: vec![corrected, added, read],
        ..Extraction::default()
    };
    let one = csv("moss.txt", &x);
    let ends: Vec<&str> = one
        .split("\r\n")
        .filter(|l| l.contains(",figure,"))
        .map(|l| l.rsplit(',').next().unwrap_or_default())
        .collect();
    assert_eq!(ends, ["corrected", "added", "read"]);
    let all = collection_csv([("moss.txt", &x)]);
    let ends: Vec<&str> = all
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.rsplit(',').next().unwrap_or_default())
        .collect();
    assert_eq!(ends, ["corrected", "added", "read"]);
}
