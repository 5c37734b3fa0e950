//! Numbers that are labels, not quantities: reference and log numbers and postcodes.
//! They are claimed so that the figure rules skip them; they are not contacts.

use super::lexicon::{NUMBER_OWNERS, REFERENCE_FILLERS, REFERENCE_WORDS};
use crate::extract::facts::place::names::is_any;
use crate::extract::model::Span;
use crate::extract::text::{Doc, TokenKind};

/// The spans of every reference number and postcode in the document.
pub(super) fn claims(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if doc.tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        if let Some(span) = reference_number(doc, i).or_else(|| postcode(doc, i)) {
            out.push(span);
            i = doc.token_at(span.end).max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// Whether token `i` can be part of a reference: digits, a slash or hyphen between
/// digits, or a word with digits in it ("MP23", "CAD1234").
fn reference_part(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let s = doc.tok(i);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            s.bytes().any(|b| b.is_ascii_digit())
                || (!t.space_before && i > 0 && doc.tokens[i - 1].kind == TokenKind::Number)
        }
        TokenKind::Punct => {
            matches!(s, "/" | "-")
                && !t.space_before
                && doc
                    .tokens
                    .get(i + 1)
                    .is_some_and(|u| !u.space_before && u.kind != TokenKind::Punct)
        }
    }
}

/// `reference number 1100 (12/5)`, `quoting 24/12345/23`, `CAD 1234 of 12/5`, `log 123`,
/// `crime number 4567/22`.
fn reference_number(doc: &Doc, i: usize) -> Option<Span> {
    let cue = is_any(doc, i, &REFERENCE_WORDS)
        || (is_any(doc, i, &["number", "no", "num"])
            && i > 0
            && is_any(doc, i - 1, &NUMBER_OWNERS));
    if !cue {
        return None;
    }
    let mut j = i + 1;
    let mut skipped = 0;
    while skipped < 4
        && j < doc.tokens.len()
        && (is_any(doc, j, &REFERENCE_FILLERS) || matches!(doc.tok(j), ":" | "." | "#"))
    {
        j += 1;
        skipped += 1;
    }
    if !reference_part(doc, j) || doc.tokens[j].kind == TokenKind::Punct {
        return None;
    }
    let start = doc.tokens[j].start;
    let mut end = j;
    loop {
        while reference_part(doc, end) {
            end += 1;
        }
        // "CAD 1234 of 12/5" and "1100 (12/5)" keep their date part.
        if doc.is(end, "of")
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            end += 1;
            continue;
        }
        if doc.tokens.get(end).is_some_and(|_| doc.tok(end) == "(") && reference_part(doc, end + 1)
        {
            let mut k = end + 1;
            while reference_part(doc, k) {
                k += 1;
            }
            if doc.tokens.get(k).is_some_and(|_| doc.tok(k) == ")") {
                end = k + 1;
                continue;
            }
        }
        break;
    }
    let last = doc.tokens.get(end.checked_sub(1)?)?;
    Some(Span::new(start, last.end))
}

/// A full postcode: `SW1A 2JL`, `B32 3AB`, `M1 1AE`.
fn postcode(doc: &Doc, i: usize) -> Option<Span> {
    let outward = doc.tokens.get(i)?;
    let s = doc.tok(i);
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let shape = (1..=2).contains(&letters)
        && (2..=4).contains(&b.len())
        && b.get(letters).is_some_and(u8::is_ascii_digit)
        && b[letters..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    if outward.kind != TokenKind::Word || !shape {
        return None;
    }
    let digit = doc.tokens.get(i + 1)?;
    let tail = doc.tokens.get(i + 2)?;
    let ok = digit.kind == TokenKind::Number
        && digit.space_before
        && doc.tok(i + 1).len() == 1
        && tail.kind == TokenKind::Word
        && !tail.space_before
        && doc.tok(i + 2).len() == 2
        && doc.tok(i + 2).bytes().all(|c| c.is_ascii_uppercase());
    ok.then(|| Span::new(outward.start, tail.end))
}
