//! The publication date, only where the text states it as one: a leading
//! `date 2022-11-30` marker, a line that is a date ("Published 13th Nov 2023",
//! "24 November 2023", "Thu 30th, Mar"), a dateline ("LONDON, Nov. 13, 2023 —"), a
//! relative day that the opening paragraphs date ("yesterday (Wednesday 20 March 2024)"),
//! or failing those an "Updated ..." line. A date in the body is never the publication date.

use crate::extract::lexicon::{words, WordList};

use super::calendar::Ymd;
use super::lexicon::{in_list, PUBLISHED_WORDS, UPDATED_WORDS};
use super::scan::{Mention, When};
use crate::extract::model::{Certainty, Span};
use crate::extract::text::{Doc, TokenKind};

/// How many paragraphs from the top a bare date line may stand and still be the heading.
const HEADING_PARAGRAPHS: usize = 6;

/// Longest date line, in tokens.
const LINE_TOKENS: usize = 24;

/// Words that may stand on a date line besides the date: "on", "at", time zones.
static LINE_WORDS: WordList = words![
    "on", "at", "last", "gmt", "bst", "utc", "cet", "ist", "et", "est", "edt", "pt", "pst", "pdt",
    "aest", "aedt", "nzst", "nzdt", "hrs", "time", "news", "press", "media", "of", "uk",
];

/// The publication date found in the text, the certainty, and the span it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub date: Ymd,
    pub certainty: Certainty,
    pub span: Span,
    /// Whether the date is the day of the events ("yesterday (20 March)"), which may still
    /// be the release's period, rather than a line that only dates the release.
    pub event: bool,
}

/// Reads the publication date from the text, by the rules in order of trust.
pub fn find(doc: &Doc, ms: &[Mention]) -> Option<Found> {
    date_marker(doc, ms)
        .or_else(|| date_line(doc, ms, LineKind::Published))
        .or_else(|| date_line(doc, ms, LineKind::Bare))
        .or_else(|| dateline(doc, ms))
        .or_else(|| relative_day(doc, ms))
        .or_else(|| {
            // A publication line whose date cannot be read ("Published: 08/09/2017") is
            // still the publication date: a later "Updated" date must not stand in for it.
            if ambiguous_published_line(doc, ms) {
                None
            } else {
                date_line(doc, ms, LineKind::Updated)
            }
        })
}

/// Whether a short line starts with a publication word and holds a date that cannot be
/// read ("Published: 08/09/2017").
fn ambiguous_published_line(doc: &Doc, ms: &[Mention]) -> bool {
    doc.paragraphs.iter().any(|para| {
        let toks = doc.tokens_in(para);
        toks.len() <= LINE_TOKENS
            && doc.tokens.get(toks.start).is_some_and(|t| {
                t.kind == TokenKind::Word && in_list(doc.slice(t.span()), &PUBLISHED_WORDS)
            })
            && {
                let lo = ms.partition_point(|m| m.first < toks.start);
                let hi = ms.partition_point(|m| m.first < toks.end);
                ms.get(lo..hi)
                    .is_some_and(|x| x.iter().any(|m| m.when == When::Other))
            }
    })
}

/// `date 2022-11-30` at the very start of the text.
fn date_marker(doc: &Doc, ms: &[Mention]) -> Option<Found> {
    if !doc.is(0, "date") {
        return None;
    }
    let at = if doc
        .tokens
        .get(1)
        .is_some_and(|t| doc.slice(t.span()) == ":")
    {
        2
    } else {
        1
    };
    let m = ms.iter().find(|m| m.first == at)?;
    match m.when {
        When::Day(d, _) if d.y != 0 => Some(Found {
            date: d,
            certainty: Certainty::Stated,
            span: m.span,
            event: false,
        }),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// "Published 13th Nov 2023", "Posted on Thursday 30 March 2023 at 10:15".
    Published,
    /// A heading line that is only a date: "24 November 2023", "Thu 30th, Mar".
    Bare,
    /// "Updated 14 November 2023", "Last updated: 14/11/2023".
    Updated,
}

/// A short paragraph made of a day, optional lead words and optional times.
fn date_line(doc: &Doc, ms: &[Mention], kind: LineKind) -> Option<Found> {
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        if kind == LineKind::Bare && pi >= HEADING_PARAGRAPHS {
            break;
        }
        let toks = doc.tokens_in(para);
        if toks.is_empty() || toks.len() > LINE_TOKENS {
            continue;
        }
        let lo = ms.partition_point(|m| m.first < toks.start);
        let hi = ms.partition_point(|m| m.first < toks.end);
        let inside = ms.get(lo..hi).unwrap_or(&[]);
        let Some(day) = inside.iter().find(|m| matches!(m.when, When::Day(..))) else {
            continue;
        };
        let mut published = false;
        let mut updated = false;
        let mut clean = true;
        // Capitalised words of a byline before the date: "Harwick Newsdesk 9th Mar, 2023".
        let mut byline = 0;
        // A separator splits a line into parts: "By Jo Bell | 12 March 2024 | 3 min read".
        let sep = |k: &usize| matches!(doc.tok(*k), "|" | "\u{2022}" | "\u{00B7}");
        let seg_start = (toks.start..day.first)
            .rev()
            .find(sep)
            .map_or(toks.start, |k| k + 1);
        let seg_end = (day.end..toks.end).find(sep).unwrap_or(toks.end);
        let mut k = seg_start;
        while k < seg_end {
            if let Some(m) = inside.iter().find(|m| m.first == k) {
                let fits = m.first == day.first
                    || matches!(m.when, When::Clock | When::Weekday(_) | When::Year(_));
                if !fits {
                    clean = false;
                    break;
                }
                k = m.end.max(k + 1);
                continue;
            }
            let t = doc.tokens[k];
            let w = doc.slice(t.span());
            match t.kind {
                TokenKind::Word if in_list(w, &PUBLISHED_WORDS) => published = true,
                TokenKind::Word if in_list(w, &UPDATED_WORDS) => updated = true,
                TokenKind::Word if in_list(w, &LINE_WORDS) => {}
                TokenKind::Punct => {}
                // "Published 13 November 2023 by the press office": a byline ends the line.
                TokenKind::Word if published && w.eq_ignore_ascii_case("by") => break,
                TokenKind::Word
                    if kind == LineKind::Bare
                        && k < day.first
                        && (t.shape.upper_first || w.eq_ignore_ascii_case("by")) =>
                {
                    byline += 1;
                }
                _ => {
                    clean = false;
                    break;
                }
            }
            k += 1;
        }
        let wanted = match kind {
            LineKind::Published => published && !updated,
            LineKind::Bare => !published && !updated,
            LineKind::Updated => updated,
        };
        // A byline counts only before a full date that ends the line.
        let ends_line = (day.end..seg_end).all(|k| doc.tokens[k].kind == TokenKind::Punct);
        let year_written = doc
            .slice(day.span)
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        if byline > 0 && (byline > 4 || !ends_line || !year_written) {
            clean = false;
        }
        if !clean || !wanted {
            continue;
        }
        // "First published" with a later "updated" on the same line counts as published.
        if let When::Day(date, _) = day.when {
            return Some(Found {
                date,
                certainty: if kind == LineKind::Updated {
                    Certainty::Inferred
                } else {
                    Certainty::Stated
                },
                span: day.span,
                event: false,
            });
        }
    }
    None
}

/// A dateline at the top of the first paragraphs: "LONDON, Nov. 13, 2023 — Police ...",
/// "13 November 2023: Officers ...".
fn dateline(doc: &Doc, ms: &[Mention]) -> Option<Found> {
    for para in doc.paragraphs.iter().take(3) {
        let toks = doc.tokens_in(para);
        let Some(m) = ms
            .get(ms.partition_point(|m| m.first < toks.start))
            .filter(|m| m.first < toks.end)
        else {
            continue;
        };
        let When::Day(date, _) = m.when else { continue };
        if date.y == 0 || m.first > toks.start + 6 {
            continue;
        }
        let lead_ok = (toks.start..m.first).all(|k| {
            let w = doc.tok(k);
            match doc.tokens[k].kind {
                TokenKind::Word => w.chars().next().is_some_and(char::is_uppercase),
                TokenKind::Punct => matches!(w, "," | "." | "(" | ")"),
                TokenKind::Number => false,
            }
        });
        // "DAYTON, Ohio (April 3, 2024) — ...": the date may stand in brackets.
        let bracketed = doc
            .tokens
            .get(m.end)
            .is_some_and(|t| doc.slice(t.span()) == ")")
            && m.first > toks.start
            && doc.tok(m.first - 1) == "(";
        // "[28 JUN 00] COUNTY NEWS": an archive's date in square brackets opens the text.
        let squared = m.first == toks.start + 1
            && doc.tok(toks.start) == "["
            && doc
                .tokens
                .get(m.end)
                .is_some_and(|t| doc.slice(t.span()) == "]");
        let after_at = if bracketed { m.end + 1 } else { m.end };
        let after = doc.tokens.get(after_at).map(|t| doc.slice(t.span()));
        let dash = matches!(after, Some("-" | "\u{2013}" | "\u{2014}" | ":" | "|"));
        if squared || (lead_ok && dash) {
            return Some(Found {
                date,
                certainty: Certainty::Stated,
                span: m.span,
                event: false,
            });
        }
    }
    None
}

/// How many paragraphs from the top a dated "yesterday" or "today" may stand.
const RELATIVE_PARAGRAPHS: usize = 4;

/// A relative day that the text dates in the opening paragraphs: "yesterday (Wednesday 20
/// March 2024)" was published the day after, "today (Tuesday 5 March 2024)" and "this
/// morning, Tuesday 5 March 2024" on the day.
fn relative_day(doc: &Doc, ms: &[Mention]) -> Option<Found> {
    let para = doc
        .paragraphs
        .get(..RELATIVE_PARAGRAPHS.min(doc.paragraphs.len()))?;
    let end = doc.tokens_in(para.last()?).end;
    for m in ms.iter().take_while(|m| m.first < end) {
        let When::Day(date, _) = m.when else { continue };
        // The scan keeps the relative word at the start of the joined mention.
        let word = |k: usize| doc.tokens.get(k).map_or("", |t| doc.slice(t.span()));
        let (w, next) = (word(m.first), word(m.first + 1));
        let lower = |s: &str| s.to_ascii_lowercase();
        let back = match (lower(w).as_str(), lower(next).as_str()) {
            ("today" | "tonight", _) | ("this", "morning" | "afternoon" | "evening") => 0,
            ("yesterday", _) | ("last", "night") => 1,
            _ => continue,
        };
        // "today (July 26)": without a year the text does not say when it was published.
        if date.y == 0 {
            return None;
        }
        return Some(Found {
            date: date.plus_days(back),
            certainty: Certainty::Inferred,
            span: m.span,
            event: true,
        });
    }
    None
}
