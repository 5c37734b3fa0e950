//! The files the page exports: facts/1 JSON, byte for byte what the command-line tool
//! writes, and CSV with one row per fact that is safe to open in a spreadsheet.

use crate::extract::{Extraction, Source, Span};

/// The JSON export: [`Extraction::to_json`] and a newline, exactly as `blotter extract`
/// prints it and writes it into `--out` files.
pub fn json(x: &Extraction) -> String {
    x.to_json() + "\n"
}

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 10] = [
    "kind",
    "value",
    "category",
    "unit",
    "qualifier",
    "period",
    "rule",
    "text",
    "start",
    "end",
];

/// The CSV export: a header, then one row per fact in the order of facts/1 (the
/// publication date, operations, the period, figures, people and each of their quotes,
/// places, organisations, contacts, checks). `start` and `end` are code-point offsets, as in
/// facts/1. Rows end with CRLF and cells are quoted as RFC 4180 says; a cell that a
/// spreadsheet would run as a formula starts with `'` (see [`csv_cell`]).
///
/// What each column holds for a kind that is not a figure: a person's rank is their
/// `category` and their role their `qualifier`; a place's and a contact's kind is their
/// `category`; a quote's `value` is its speaker; the period's `value` is `start/end`; a
/// check's `value` is its working, its `category` its kind, its `qualifier` its verdict
/// and its `text` the claim's words.
pub fn csv(x: &Extraction) -> String {
    let mut rows: Vec<[String; 10]> = Vec::new();
    if let Some(date) = &x.published {
        rows.push(row("published", date, "", "", "", "", "", "", None));
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
        rows.push(row(
            "figure",
            &number(f.value),
            f.category.as_str(),
            f.unit.as_str(),
            f.qualifier.as_str(),
            f.period.as_deref().unwrap_or(""),
            &f.source.rule,
            &f.source.text,
            Some(f.source.span),
        ));
    }
    for p in &x.people {
        rows.push(row(
            "person",
            &p.name,
            p.rank.as_deref().unwrap_or(""),
            "",
            p.role.as_deref().unwrap_or(""),
            "",
            &p.source.rule,
            &p.source.text,
            Some(p.source.span),
        ));
        for q in &p.quotes {
            rows.push(row(
                "quote",
                &p.name,
                "",
                "",
                "",
                "",
                &q.rule,
                &q.text,
                Some(q.span),
            ));
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
        rows.push(row(
            "check",
            &c.working,
            c.kind.as_str(),
            "",
            c.verdict.as_str(),
            "",
            &c.rule,
            &c.claim.text,
            Some(c.claim.span),
        ));
    }

    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.iter().copied());
    for r in &rows {
        push_row(&mut out, r.iter().map(String::as_str));
    }
    out
}

fn fact(kind: &str, value: &str, category: &str, source: &Source) -> [String; 10] {
    row(
        kind,
        value,
        category,
        "",
        "",
        "",
        &source.rule,
        &source.text,
        Some(source.span),
    )
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
) -> [String; 10] {
    let (start, end) = match span {
        Some(s) => (s.start.to_string(), s.end.to_string()),
        None => (String::new(), String::new()),
    };
    [
        kind.to_string(),
        value.to_string(),
        category.to_string(),
        unit.to_string(),
        qualifier.to_string(),
        period.to_string(),
        rule.to_string(),
        text.to_string(),
        start,
        end,
    ]
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
