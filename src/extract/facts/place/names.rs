//! Token helpers shared by the name recognisers (places, organisations, operations):
//! capitalised words, hyphenated names, possessives and title-case headlines.

use crate::extract::model::Span;
use crate::extract::text::{fold_char, is_in, Doc, TokenKind};

/// Whether token `i` is a word that starts with a capital letter.
pub(crate) fn is_cap(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape.upper_first)
}

/// Whether token `i` is a word written wholly in capitals ("RICHMOND", "BTP").
pub(crate) fn is_all_caps(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape.all_caps)
}

/// Whether token `i` is one of `words` (ASCII case ignored).
pub(crate) fn is_any(doc: &Doc, i: usize, words: &'static [&'static str]) -> bool {
    i < doc.tokens.len() && is_in(doc.tok(i), words)
}

/// Whether token `i` is an apostrophe (straight or curly).
pub(crate) fn is_apostrophe(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct)
        && doc.tok(i).chars().next().map(fold_char) == Some('\'')
}

/// The number of tokens of a possessive ending at token `i`: 2 for `’s` glued to the
/// word before ("Met’s"), 1 for a bare `’` after a plural ("Chiefs’"), else 0.
pub(crate) fn possessive_len(doc: &Doc, i: usize) -> usize {
    if !is_apostrophe(doc, i) || !doc.glued(i) || i == 0 {
        return 0;
    }
    if doc.is(i + 1, "s") && doc.glued(i + 1) && !doc.glued(i + 2) {
        return 2;
    }
    let before = doc.tok(i - 1);
    if before.ends_with('s') && !doc.glued(i + 1) {
        return 1;
    }
    0
}

/// The end (exclusive) of the name word at `i`, joining hyphenated parts:
/// "Bromley-by-Bow", "Stoke-on-Trent", "Hogan-Howe".
pub(crate) fn word_end(doc: &Doc, i: usize) -> usize {
    let mut end = i + 1;
    while end + 1 < doc.tokens.len()
        && doc.glued(end)
        && matches!(doc.tok(end), "-" | "‑")
        && doc.glued(end + 1)
        && doc.tokens[end + 1].kind == TokenKind::Word
    {
        end += 2;
    }
    end
}

/// The byte span of tokens `a..b`.
pub(crate) fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    let start = doc.tokens.get(a).map_or(0, |t| t.start);
    let end = doc
        .tokens
        .get(b.saturating_sub(1))
        .map_or(start, |t| t.end)
        .max(start);
    Span::new(start, end)
}

/// Whether the line holding token `i` is written in title case, like a headline, where
/// capitals say nothing about names: a short line without a closing full stop whose
/// longer words are nearly all capitalised.
pub(crate) fn title_case_line(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let Some(p) = doc.paragraph_of(t.start) else {
        return false;
    };
    let range = doc.tokens_in(&p);
    if range.len() > 30 || doc.text.get(p.clone()).is_some_and(|s| s.ends_with('.')) {
        return false;
    }
    let (mut caps, mut words) = (0, 0);
    for k in range {
        if doc.tokens[k].kind == TokenKind::Word && doc.tok(k).len() > 3 {
            words += 1;
            caps += usize::from(is_cap(doc, k));
        }
    }
    words >= 4 && caps * 10 >= words * 8
}

/// The lower-cased words of a name, for comparing names: "Viper’s" and "viper" agree.
pub(crate) fn name_key(name: &str) -> String {
    let mut out = String::new();
    for w in name
        .split(|c: char| !char::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&str::to_lowercase(w));
    }
    out
}

/// Marks the tokens that overlap any of `spans`, in time linear in tokens plus spans.
pub(crate) fn mark_tokens(doc: &Doc, spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
    let mut marks = vec![false; doc.tokens.len()];
    for s in spans {
        let a = doc.tokens.partition_point(|t| t.end <= s.start);
        let mut k = a;
        while k < doc.tokens.len() && doc.tokens[k].start < s.end {
            marks[k] = true;
            k += 1;
        }
    }
    marks
}
