//! The files the page and the command-line tool export: facts/1 JSON, CSV with one row
//! per fact of one release, and for a collection of releases CSV with one row per figure
//! of every release and JSON as a list of facts/1 objects. Every CSV starts with a UTF-8
//! byte-order mark and is safe to open in a spreadsheet.

use crate::extract::review::Origin;
use crate::extract::{Extraction, Source, Span};
use crate::present::view::force_of;

/// The UTF-8 byte-order mark every CSV export starts with: without it Excel reads a CSV
/// in the system's code page, and "£" comes out as "Â£".
pub const BOM: &str = "\u{feff}";

/// The JSON export: [`Extraction::to_json`] and a newline, exactly as `blotter extract`
/// prints it and writes it into `--out` files.
pub fn json(x: &Extraction) -> String {
    x.to_json() + "\n"
}

/// The columns of the one-release CSV, in order.
pub const CSV_HEADER: [&str; 14] = [
    "release",
    "kind",
    "value",
    "category",
    "item",
    "unit",
    "qualifier",
    "change",
    "period",
    "rule",
    "text",
    "start",
    "end",
    "origin",
];

/// The one-release CSV export: the byte-order mark, a header, then one row per fact in
/// the order of facts/1 (the publication date, operations, the period, figures, people
/// and each of their quotes, places, organisations, contacts), each naming the release
/// in its first column. `start` and `end` are code-point offsets, as in facts/1. Rows
/// end with CRLF and cells are quoted as RFC 4180 says; a cell that a spreadsheet would
/// run as a formula starts with `'` (see [`csv_cell`]).
///
/// It keeps a row for every kind of fact (the only table of people, quotes, places and
/// contacts the page gives), so what some columns hold depends on `kind`: a person's
/// rank is their `category` and their role their `qualifier`; a place's and a contact's
/// kind is their `category`; a quote's `value` is its speaker; the period's `value` is
/// `start/end`; a check's `value` is its working, its `category` its kind, its
/// `qualifier` its verdict and its `text` the claim's words. `origin` says who gave the
/// fact: `read` (Blotter), `corrected` or `added` (the reader; see docs/FACTS.md).
/// [`collection_csv`] is the figures alone, one meaning per column.
pub fn csv(release: &str, x: &Extraction) -> String {
    let mut rows: Vec<([String; 12], Origin)> = Vec::new();
    if let Some(date) = &x.published {
        rows.push((
            row("published", date, "", "", "", "", "", "", None),
            Origin::Read,
        ));
    }
    for o in &x.operations {
        rows.push(fact("operation", &o.name, "", &o.source));
    }
    if let Some(p) = &x.period {
        let value = format!(
            "{}/{}",
            p.start.as_deref().unwrap_or(""),
            p.end.as_deref().unwrap_or("")
        );
        rows.push(fact("period", &value, "", &p.source));
    }
    for f in &x.figures {
        let mut r = row(
            "figure",
            &number(f.value),
            f.category.as_str(),
            f.unit.as_str(),
            f.qualifier.as_str(),
            f.period.as_deref().unwrap_or(""),
            &f.source.rule,
            &f.source.text,
            Some(f.source.span),
        );
        r[ITEM] = f.item.clone();
        r[CHANGE] = f.change.map(|c| c.as_str()).unwrap_or("").to_string();
        rows.push((r, f.source.origin));
    }
    for p in &x.people {
        rows.push((
            row(
                "person",
                &p.name,
                p.rank.as_deref().unwrap_or(""),
                "",
                p.role.as_deref().unwrap_or(""),
                "",
                &p.source.rule,
                &p.source.text,
                Some(p.source.span),
            ),
            p.source.origin,
        ));
        for q in &p.quotes {
            let quote = row(
                "quote",
                &p.name,
                "",
                "",
                "",
                "",
                &q.rule,
                &q.text,
                Some(q.span),
            );
            rows.push((quote, Origin::Read));
        }
    }
    for p in &x.places {
        rows.push(fact("place", &p.name, p.kind.as_str(), &p.source));
    }
    for o in &x.organisations {
        rows.push(fact("organisation", &o.name, "", &o.source));
    }
    for c in &x.contacts {
        rows.push(fact("contact", &c.value, c.kind.as_str(), &c.source));
    }
    for c in &x.checks {
        let check = row(
            "check",
            &c.working,
            c.kind.as_str(),
            "",
            c.verdict.as_str(),
            "",
            &c.rule,
            &c.claim.text,
            Some(c.claim.span),
        );
        rows.push((check, Origin::Read));
    }

    let mut out = String::from(BOM);
    push_row(&mut out, CSV_HEADER.iter().copied());
    for (r, origin) in &rows {
        push_row(
            &mut out,
            std::iter::once(release)
                .chain(r.iter().map(String::as_str))
                .chain(std::iter::once(origin_cell(*origin))),
        );
    }
    out
}

/// The `origin` cell: who gave the fact.
fn origin_cell(origin: Origin) -> &'static str {
    match origin {
        Origin::Read => "read",
        other => other.name(),
    }
}

/// Where a row of [`csv`] (without its release) holds the figure's item and change.
const ITEM: usize = 3;
const CHANGE: usize = 6;

fn fact(kind: &str, value: &str, category: &str, source: &Source) -> ([String; 12], Origin) {
    let cells = row(
        kind,
        value,
        category,
        "",
        "",
        "",
        &source.rule,
        &source.text,
        Some(source.span),
    );
    (cells, source.origin)
}

#[allow(clippy::too_many_arguments)]
fn row(
    kind: &str,
    value: &str,
    category: &str,
    unit: &str,
    qualifier: &str,
    period: &str,
    rule: &str,
    text: &str,
    span: Option<Span>,
) -> [String; 12] {
    let (start, end) = match span {
        Some(s) => (s.start.to_string(), s.end.to_string()),
        None => (String::new(), String::new()),
    };
    [
        kind.to_string(),
        value.to_string(),
        category.to_string(),
        String::new(),
        unit.to_string(),
        qualifier.to_string(),
        String::new(),
        period.to_string(),
        rule.to_string(),
        text.to_string(),
        start,
        end,
    ]
}

/// The columns of the collection CSV, in order: one meaning each.
pub const COLLECTION_HEADER: [&str; 18] = [
    "release",
    "published",
    "force",
    "operation",
    "category",
    "item",
    "value",
    "unit",
    "qualifier",
    "change",
    "period",
    "value_certainty",
    "period_certainty",
    "rule",
    "text",
    "start",
    "end",
    "origin",
];

/// The start of the collection CSV: the byte-order mark and the header row.
pub fn collection_csv_header() -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, COLLECTION_HEADER.iter().copied());
    out
}

/// The collection CSV's rows for one release: one per figure, in the order of facts/1,
/// each with the release's name, its publication date, its force (`view::force_of`, as
/// the page's summary shows it: of the release's own country) and its
/// operations (joined with `; ` when there are several). A release with no figure has
/// no row. The command-line tool writes these release by release as each is read, so
/// its output is [`collection_csv`] byte for byte without holding every release.
pub fn collection_csv_rows(release: &str, x: &Extraction) -> String {
    let published = x.published.as_deref().unwrap_or("");
    let force = force_of(x).unwrap_or("");
    let operation = x
        .operations
        .iter()
        .map(|o| o.name.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let mut out = String::new();
    for f in &x.figures {
        let value = number(f.value);
        let start = f.source.span.start.to_string();
        let end = f.source.span.end.to_string();
        let cells: [&str; 18] = [
            release,
            published,
            force,
            &operation,
            f.category.as_str(),
            &f.item,
            &value,
            f.unit.as_str(),
            f.qualifier.as_str(),
            f.change.map_or("", |c| c.as_str()),
            f.period.as_deref().unwrap_or(""),
            f.value_certainty.as_str(),
            f.period_certainty.as_str(),
            &f.source.rule,
            &f.source.text,
            &start,
            &end,
            origin_cell(f.source.origin),
        ];
        push_row(&mut out, cells.into_iter());
    }
    out
}

/// The collection CSV: the header, then every figure of every release, releases in the
/// order given. Each release is its name and its facts (read with its date).
pub fn collection_csv<'a>(releases: impl IntoIterator<Item = (&'a str, &'a Extraction)>) -> String {
    let mut out = collection_csv_header();
    for (name, x) in releases {
        out.push_str(&collection_csv_rows(name, x));
    }
    out
}

/// One release as a line of JSON: its facts/1 object with the release's name as a first
/// field, `release`.
pub fn release_json_line(release: &str, x: &Extraction) -> String {
    let facts = x.to_json_line();
    let name = serde_json::to_string(release).unwrap_or_default();
    format!("{{\"release\":{name},{}", &facts[1..])
}

/// The collection JSON: a list of facts/1 objects, each with its release's name
/// (`release_json_line`), one to a line.
pub fn collection_json<'a>(
    releases: impl IntoIterator<Item = (&'a str, &'a Extraction)>,
) -> String {
    let lines: Vec<String> = releases
        .into_iter()
        .map(|(name, x)| release_json_line(name, x))
        .collect();
    if lines.is_empty() {
        return "[]\n".to_string();
    }
    format!("[\n{}\n]\n", lines.join(",\n"))
}

/// A name for a release that has none of its own (text pasted rather than a file): its
/// first operation, else its force, then its publication date; `release` when it has
/// none of them.
pub fn release_name(x: &Extraction) -> String {
    let what = x
        .operations
        .first()
        .map(|o| o.name.as_str())
        .or_else(|| force_of(x));
    let parts: Vec<&str> = what.into_iter().chain(x.published.as_deref()).collect();
    if parts.is_empty() {
        "release".to_string()
    } else {
        parts.join(" ")
    }
}

/// A download's file name from a release's or a collection's name: the name without a
/// file extension it already has (`.txt`, `.md`, `.html`, `.jsonl`), letters, digits,
/// `-` and `_` kept and every other run of characters made one `-`, at most 80
/// characters, then `.EXT`. A name with nothing left gives `blotter-facts.EXT`.
///
/// `Operation Kestrel 2025-03-12` and `csv` give `Operation-Kestrel-2025-03-12.csv`;
/// `canal_sweep.txt` gives `canal_sweep.csv`.
pub fn file_name(name: &str, ext: &str) -> String {
    let stem = [".txt", ".md", ".html", ".htm", ".jsonl"]
        .iter()
        .find_map(|e| {
            let cut = name.len().checked_sub(e.len())?;
            let tail = name.get(cut..)?;
            tail.eq_ignore_ascii_case(e).then(|| &name[..cut])
        })
        .unwrap_or(name);
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 80 {
            break;
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        format!("blotter-facts.{ext}")
    } else {
        format!("{out}.{ext}")
    }
}

fn push_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One CSV cell. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// what spreadsheets run as a formula, so it gets a leading `'` (OWASP's advice); then a
/// cell holding a comma, a quote or a line break is quoted, with quotes doubled.
///
/// `=1+2` is `'=1+2`; `say "hi", then go` is `"say ""hi"", then go"`.
pub fn csv_cell(value: &str) -> String {
    let runs = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let cell = if runs {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A number as digits, without a `.0` on whole numbers: `46`, `2.5`; empty for a value
/// that is not plain, which the core never makes.
fn number(value: f64) -> String {
    crate::extract::decimal::write_short(value).unwrap_or_default()
}

#[cfg(test)]
mod tests;
