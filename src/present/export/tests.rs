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
    let out = csv(&x);
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "kind,value,category,unit,qualifier,period,rule,text,start,end"
    );
    assert_eq!(lines[1], "published,2024-05-04,,,,,,,,");
    assert_eq!(
        lines[2],
        "operation,'=1+1,,,,,Operation <Name>,Operation =1+1,0,14"
    );
    assert_eq!(
        lines[3],
        "figure,12,knife,count,more_than,2024,<qty> <item> seized,more than 12 knives,20,36"
    );
    assert_eq!(lines[4], "", "the last row ends with CRLF");
    assert_eq!(lines.len(), 5);
}

#[test]
fn a_release_exports_every_fact_and_escapes_its_formulas() {
    let text = include_str!("../../../tests/fixtures/formula_quotes.txt");
    let out = csv(&extract(text, &Options::default()));
    assert!(out.contains("\r\nfigure,7,knife,count,exact,"), "{out}");
    assert!(out.contains("\r\noperation,Operation Ledger,"), "{out}");
    assert!(
        out.contains(",\"'=cmd|' /C calc'!A0 was written on the wall of the flat, and we"),
        "the quote starts with a quote mark, and is quoted for its comma: {out}"
    );
    assert!(out.contains(",'+1 is what we owe everyone"), "{out}");
    for cell in out
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
    let out = csv(&x);
    let rows: Vec<&str> = out
        .split("\r\n")
        .filter(|r| r.starts_with("check,"))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(
        rows[0].starts_with("check,\"731 − 652 = +79, a rise, not a fall\",change,,inconsistent,,"),
        "{}",
        rows[0]
    );
    assert!(rows[1].contains(",change,,consistent,"), "{}", rows[1]);
    assert!(rows[1].contains("rose from 96 to 131"), "{}", rows[1]);
}

#[test]
fn an_empty_extraction_is_just_the_header() {
    assert_eq!(
        csv(&Extraction::default()),
        "kind,value,category,unit,qualifier,period,rule,text,start,end\r\n"
    );
}
