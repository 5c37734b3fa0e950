//! Phone numbers, read over the tokens: full numbers by their shape, short service
//! numbers (999, 101, 111) only when a word around them says they are to be called.

use super::lexicon::{AFTER_PHONE_WORDS, CALL_WORDS, SERVICE_NUMBERS};
use super::Found;
use crate::extract::facts::place::names::mark_tokens;
use crate::extract::model::{ContactKind, Span};
use crate::extract::text::{same_word, Doc, TokenKind};

/// Every phone number in the document, skipping spans already `taken` by addresses.
pub(super) fn find(doc: &Doc, taken: &[Span]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = doc.tokens.len();
    let taken = mark_tokens(doc, taken.iter().copied());
    while i < n {
        let t = doc.tokens[i];
        if taken[i] || t.kind == TokenKind::Word {
            i += 1;
            continue;
        }
        let hit = international(doc, i)
            .or_else(|| bracketed_area_code(doc, i))
            .or_else(|| trunk_number(doc, i))
            .or_else(|| dashed_number(doc, i))
            .or_else(|| service_number(doc, i));
        match hit {
            Some((end, rule)) => {
                let span = Span::new(t.start, doc.tokens[end - 1].end);
                out.push(Found {
                    span,
                    kind: ContactKind::Phone,
                    rule,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether token `i` is a plain run of digits, with no comma or decimal point.
fn digits<'a>(doc: &Doc<'a>, i: usize) -> Option<&'a str> {
    let t = doc.tokens.get(i)?;
    let s = doc.tok(i);
    (t.kind == TokenKind::Number && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
}

/// Whether token `i` is the punctuation `p`.
fn punct(doc: &Doc, i: usize, p: &str) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct && doc.tok(i) == p)
}

/// Whether the token after a number ends it cleanly: no digit or letter glued to it.
fn clean_end(doc: &Doc, end: usize) -> bool {
    match doc.tokens.get(end) {
        None => true,
        Some(t) => {
            t.space_before
                || (t.kind == TokenKind::Punct && !matches!(doc.tok(end), "/" | "-" | "." | ":"))
                || (t.kind == TokenKind::Punct
                    && punct(doc, end, ".")
                    && digits(doc, end + 1).is_none())
        }
    }
}

/// Reads groups of digits from token `i` on, separated by single spaces, hyphens or
/// brackets on one line, while the total stays within `max` digits.
/// Returns the end token and the number of digits.
fn digit_groups(doc: &Doc, mut i: usize, max: usize) -> (usize, usize) {
    let mut count = 0;
    let mut end = i;
    while let Some(d) = digits(doc, i) {
        if count + d.len() > max {
            break;
        }
        count += d.len();
        end = i + 1;
        let next = i + 1;
        let Some(t) = doc.tokens.get(next) else { break };
        if t.line_before {
            break;
        }
        if digits(doc, next).is_some() && t.space_before {
            i = next;
        } else if (punct(doc, next, "-") || punct(doc, next, "."))
            && digits(doc, next + 1).is_some()
            && !doc.tokens.get(next + 1).is_some_and(|u| u.line_before)
        {
            i = next + 1;
        } else {
            break;
        }
    }
    (end, count)
}

/// `+44 (0)20 7230 1212`, `+1 804 646 5100`, `+353 1 666 3333`.
fn international(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    if !punct(doc, i, "+") {
        return None;
    }
    let code = digits(doc, i + 1)?;
    if code.len() > 3 || doc.tokens.get(i + 1).is_some_and(|t| t.space_before) {
        return None;
    }
    let mut j = i + 2;
    let mut count = code.len();
    if punct(doc, j, "(") && digits(doc, j + 1).is_some() && punct(doc, j + 2, ")") {
        count += digits(doc, j + 1).map_or(0, str::len);
        j += 3;
    }
    if punct(doc, j, "-") {
        j += 1;
    }
    let (end, n) = digit_groups(doc, j, 15 - count.min(15));
    (end > j && count + n >= 10 && clean_end(doc, end)).then_some((end, "+<country> <number>"))
}

/// `(804) 646-5100`, `(01234) 567890`, `(02) 9876 5432`.
fn bracketed_area_code(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    if !punct(doc, i, "(") {
        return None;
    }
    let area = digits(doc, i + 1)?;
    if !punct(doc, i + 2, ")") || !(2..=5).contains(&area.len()) {
        return None;
    }
    let (end, n) = digit_groups(doc, i + 3, 11 - area.len());
    let total = area.len() + n;
    let us = area.len() == 3 && total == 10 && !area.starts_with('0');
    let trunk = area.starts_with('0') && (9..=11).contains(&total);
    (end > i + 3 && (us || trunk) && clean_end(doc, end)).then_some((end, "(<area>) <number>"))
}

/// `0800 555 111`, `020 7230 1212`, `01234 567890`, `1800 333 000`, `13 14 44`.
fn trunk_number(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    let first = digits(doc, i)?;
    if preceded_by_digit_glue(doc, i) {
        return None;
    }
    let (end, count) = digit_groups(doc, i, 11);
    if !clean_end(doc, end) {
        return None;
    }
    let national = first.starts_with('0') && first.len() >= 2 && (10..=11).contains(&count)
        // Irish numbers may have nine digits: "061 212400".
        || first.starts_with('0') && (2..=3).contains(&first.len()) && count == 9 && end > i + 1;
    // "18001 101": the text relay prefix before a number.
    let relay = first == "18001" && end > i + 1;
    // "131 444": the Australian police assistance line, after a call word.
    let australian = first == "131" && count == 6 && end == i + 2 && call_word_before(doc, i);
    let freephone =
        (first.starts_with("1800") || first.starts_with("1300") || first.starts_with("0800"))
            && count == 10;
    let grouped = end > i + 1;
    (grouped || first.len() >= 10)
        .then_some(())
        .filter(|_| national || freephone || relay || australian)
        .map(|_| (end, "0<area> <number>"))
}

/// `804-646-5100`, `804.646.5100`, `1-800-222-1222`: North American numbers.
fn dashed_number(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    if preceded_by_digit_glue(doc, i) {
        return None;
    }
    // One token with dots: "804.646.5100".
    let t = doc.tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let s = doc.tok(i);
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() == 3
            && parts[0].len() == 3
            && parts[1].len() == 3
            && parts[2].len() == 4
            && clean_end(doc, i + 1)
        {
            return Some((i + 1, "<3>.<3>.<4>"));
        }
    }
    let mut j = i;
    if digits(doc, j) == Some("1") && punct(doc, j + 1, "-") {
        j += 2;
    }
    let a = digits(doc, j)?;
    let b = digits(doc, j + 2)?;
    let c = digits(doc, j + 4)?;
    let sep = |k: usize| punct(doc, k, "-") && !doc.tokens.get(k).is_some_and(|t| t.space_before);
    let shape = a.len() == 3 && b.len() == 3 && c.len() == 4 && sep(j + 1) && sep(j + 3);
    (shape && clean_end(doc, j + 5)).then_some((j + 5, "<3>-<3>-<4>"))
}

/// Whether the number at `i` continues a slash or dash expression ("24/12345").
fn preceded_by_digit_glue(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    i > 0
        && !t.space_before
        && matches!(
            doc.tok(i - 1),
            "/" | "-" | "." | ":" | "£" | "$" | "€" | "#"
        )
}

/// `call 101`, `via 999`, `dial 999 in an emergency`, `on 101 or`, but not `101 arrests`.
fn service_number(doc: &Doc, i: usize) -> Option<(usize, &'static str)> {
    let number = digits(doc, i)?;
    if !SERVICE_NUMBERS.contains(&number) || preceded_by_digit_glue(doc, i) {
        return None;
    }
    let mut k = i;
    // Skip a bracket or a quote mark: "call (101)".
    while k > 0
        && k + 2 > i
        && doc.tokens.get(k - 1).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(doc.tok(k - 1), "(" | "\"" | "“" | "‘" | "'" | ":")
        })
    {
        k -= 1;
    }
    let cue = k > 0 && CALL_WORDS.iter().any(|w| same_word(doc.tok(k - 1), w));
    if !cue {
        return None;
    }
    let after_ok = match doc.tokens.get(i + 1) {
        None => true,
        Some(t) if t.kind == TokenKind::Punct => !matches!(doc.tok(i + 1), "%" | "/"),
        Some(t) if t.kind == TokenKind::Word => {
            let w = doc.tok(i + 1);
            w.chars().next().is_some_and(char::is_uppercase)
                || AFTER_PHONE_WORDS.iter().any(|a| same_word(w, a))
        }
        Some(_) => false,
    };
    after_ok.then_some((i + 1, "call <service number>"))
}

/// Whether a word that asks to call stands right before token `i`: "call 131 444".
fn call_word_before(doc: &Doc, i: usize) -> bool {
    i > 0 && CALL_WORDS.iter().any(|w| same_word(doc.tok(i - 1), w))
}
