//! Operations: named police operations ("Operation Sceptre", "Op Orochi", "#OpSceptre")
//! and named campaigns, weeks of action and initiatives ("Knife Crime Awareness Week",
//! "Fugitives and Firearms Initiative").
//!
//! One entry per operation; later mentions (and a defined acronym) go to `mentions`.
//! Every span is claimed, so "Operation 42" never becomes a figure.

mod lexicon;
#[cfg(test)]
mod tests;

use lexicon::{CAMPAIGN_HEADS, CONNECTORS, NAME_STOPS, NOT_CAMPAIGN_STARTS};

use crate::extract::facts::place::names::{
    is_all_caps, is_any, is_cap, mark_tokens, name_key, possessive_len, span_of, word_end,
};
use crate::extract::model::{Operation, Source, Span};
use crate::extract::pipeline::Context;
use crate::extract::text::{Doc, TokenKind};

/// One operation found at a span, with its name.
struct Found {
    span: Span,
    name: String,
    rule: &'static str,
    /// An acronym defined for it in brackets: "(FFI)".
    acronym: Option<String>,
}

pub fn find(cx: &mut Context) {
    let doc = &cx.doc;
    let mut found = Vec::new();
    let n = doc.tokens.len();
    // Where the next campaign head word ("Week", "Initiative") stands, so the campaign
    // rule only reads names that can end in one.
    let mut next_head = vec![usize::MAX; n + 1];
    for k in (0..n).rev() {
        let here = doc.tokens[k].kind == TokenKind::Word && is_any(doc, k, &CAMPAIGN_HEADS);
        next_head[k] = if here { k } else { next_head[k + 1] };
    }
    let mut i = 0;
    while i < n {
        let near_head = next_head[i].saturating_sub(i) < 16;
        let hit = operation_name(doc, i)
            .or_else(|| hashtag(doc, i))
            .or_else(|| codenamed(doc, i))
            .or_else(|| near_head.then(|| campaign(doc, i)).flatten());
        match hit {
            Some((end, f)) => {
                found.push(f);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    let mut acronyms: Vec<(String, usize)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for f in found {
        cx.claim(f.span);
        let key = operation_key(&f.name);
        let at = keys.iter().position(|k| *k == key);
        let index = match at {
            Some(k) => {
                cx.out.operations[k].source.mentions.push(f.span);
                k
            }
            None => {
                keys.push(key);
                cx.out.operations.push(Operation {
                    name: f.name.clone(),
                    source: Source::new(f.span, f.rule),
                });
                cx.out.operations.len() - 1
            }
        };
        if let Some(a) = f.acronym {
            acronyms.push((a, index));
        } else if let Some(a) = initials(&f.name) {
            acronyms.push((a, index));
        }
    }
    acronym_mentions(cx, &acronyms);
    bare_name_mentions(cx);
}

/// Later uses of a one-word code name alone are mentions: "Operation Jemlock" then
/// "Jemlock officers".
fn bare_name_mentions(cx: &mut Context) {
    let names: Vec<(usize, String)> = cx
        .out
        .operations
        .iter()
        .enumerate()
        .take(20)
        .filter_map(|(k, o)| {
            let mut words = o.name.split_whitespace();
            let first = words.next()?;
            let code = words.next()?;
            let one = words.next().is_none() && matches!(first, "Operation" | "Op" | "Op.");
            let capitalised = code.chars().next().is_some_and(char::is_uppercase);
            (one && capitalised && code.len() > 3).then(|| (k, code.to_string()))
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let taken = mark_tokens(&cx.doc, cx.claimed.iter().copied());
    let mut hits = Vec::new();
    for (i, taken) in taken.iter().enumerate() {
        if *taken || cx.doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let word = cx.doc.tok(i);
        if let Some((k, _)) = names.iter().find(|(_, n)| n == word) {
            hits.push((*k, cx.doc.tokens[i].span()));
        }
    }
    for (k, span) in hits {
        if let Some(o) = cx.out.operations.get_mut(k) {
            o.source.mentions.push(span);
        }
        cx.claim(span);
    }
}

/// The key the scorer compares: lower-cased words without "operation" or "op".
fn operation_key(name: &str) -> String {
    name_key(name)
        .split(' ')
        .filter(|w| !matches!(*w, "operation" | "op" | "the"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the name words from `i`: capitalised words (or one number) up to three, stopping
/// at a possessive, a stop word or punctuation. Returns the end token.
fn name_words(doc: &Doc, i: usize) -> Option<usize> {
    let first_ok = (is_cap(doc, i) && !is_any(doc, i, &NAME_STOPS))
        || doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number && doc.tok(i).len() <= 4);
    if !first_ok || doc.tokens.get(i).is_some_and(|t| t.line_before) {
        return None;
    }
    if let Some(end) = dotted_initials_end(doc, i) {
        return Some(end);
    }
    let mut end = name_word_end(doc, i);
    let mut count = 1;
    while count < 3
        && possessive_len(doc, end) == 0
        && is_cap(doc, end)
        && !doc.glued(end)
        && !doc.tokens[end].line_before
        && !is_any(doc, end, &NAME_STOPS)
        && !is_all_caps(doc, end)
    {
        end = name_word_end(doc, end);
        count += 1;
    }
    Some(end)
}

/// The end of a name written as dotted initials, "S.H.I.E.L.D." (two letters at least, the
/// last dot kept), or `None` when the word at `i` is not one.
fn dotted_initials_end(doc: &Doc, i: usize) -> Option<usize> {
    let letter = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.tok(j).len() == 1
            && doc.tok(j).chars().all(|c| c.is_ascii_uppercase())
    };
    let dot = |j: usize| doc.tokens.get(j).is_some() && doc.tok(j) == "." && doc.glued(j);
    if !letter(i) {
        return None;
    }
    let mut end = i + 1;
    let mut letters = 1;
    while dot(end) && letter(end + 1) && doc.glued(end + 1) {
        end += 2;
        letters += 1;
    }
    if letters < 2 {
        return None;
    }
    Some(if dot(end) { end + 1 } else { end })
}

/// The end of one word of a name, hyphened parts included ("Tar-Mac") but not a lower-case
/// tail that describes the name: "Operation Venetic-linked arrests", "a Sceptre-led week".
fn name_word_end(doc: &Doc, i: usize) -> usize {
    let mut end = word_end(doc, i);
    while end >= i + 3
        && doc
            .tok(end - 1)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        end -= 2;
    }
    end
}

/// `Operation Sceptre`, `Op Orochi`, `Op. Venetic`, `OPERATION VIPER`, `Operation Viper’s`
/// (named without the possessive), `‘Operation Detroit’`.
fn operation_name(doc: &Doc, i: usize) -> Option<(usize, Found)> {
    let word = doc.tok(i);
    let is_operation = matches!(word, "Operation" | "OPERATION" | "Op" | "OP" | "Opération");
    if !is_operation || doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let mut j = i + 1;
    if matches!(word, "Op" | "OP")
        && doc.tokens.get(j).is_some_and(|_| doc.tok(j) == ".")
        && doc.glued(j)
    {
        j += 1;
    }
    if doc.glued(j) {
        return None;
    }
    let end = name_words(doc, j)?;
    // "Easter Operation 2026": a year names no operation by itself; the season or holiday
    // before "Operation" does, with the year.
    let year_only = end == j + 1
        && doc.tokens[j].kind == TokenKind::Number
        && doc.tok(j).len() == 4
        && doc.tok(j).starts_with("20");
    let (start, rule) = if year_only {
        let season = i > 0
            && is_cap(doc, i - 1)
            && !is_any(doc, i - 1, &NAME_STOPS)
            && !doc.tokens[i].line_before
            && !doc.glued(i);
        if !season {
            return None;
        }
        (i - 1, "<Season> Operation <year>")
    } else {
        (i, "Operation <Name>")
    };
    let span = span_of(doc, start, end);
    let found = Found {
        span,
        name: doc.slice(span).to_string(),
        rule,
        acronym: None,
    };
    Some((end, found))
}

/// `#OpSceptre` (named "Op Sceptre"), `#OperationSceptre` (named "Operation Sceptre").
fn hashtag(doc: &Doc, i: usize) -> Option<(usize, Found)> {
    if doc.tok(i) != "#" || !doc.glued(i + 1) || i + 1 >= doc.tokens.len() {
        return None;
    }
    let tag = doc.tok(i + 1);
    let (prefix, rest) = if let Some(r) = tag.strip_prefix("Operation") {
        ("Operation", r)
    } else if let Some(r) = tag.strip_prefix("Op") {
        ("Op", r)
    } else {
        return None;
    };
    if !rest.chars().next().is_some_and(char::is_uppercase) || rest.len() < 3 {
        return None;
    }
    let span = span_of(doc, i, i + 2);
    let found = Found {
        span,
        name: format!("{prefix} {rest}"),
        rule: "#Op<Name>",
        acronym: None,
    };
    Some((i + 2, found))
}

/// `codenamed Trident`, `code-named Viper`: a bare code name.
fn codenamed(doc: &Doc, i: usize) -> Option<(usize, Found)> {
    let mut j = if is_any(doc, i, &["codenamed", "codename", "dubbed"]) {
        i + 1
    } else if doc.is(i, "code") && doc.tok(i + 1) == "-" && doc.is(i + 2, "named") {
        i + 3
    } else {
        return None;
    };
    if doc
        .tokens
        .get(j)
        .is_some_and(|_| matches!(doc.tok(j), "‘" | "'" | "\"" | "“"))
    {
        j += 1;
    }
    if is_any(doc, j, &["Operation", "Op"]) || doc.is(i, "dubbed") {
        return None;
    }
    let end = name_words(doc, j)?;
    let span = span_of(doc, j, end);
    let found = Found {
        span,
        name: doc.slice(span).to_string(),
        rule: "codenamed <Name>",
        acronym: None,
    };
    Some((end, found))
}

/// A capitalised name that ends in Week, Week of Action, Initiative or Campaign:
/// `Knife Crime Awareness Week`, `Fugitives and Firearms Initiative (FFI)`.
fn campaign(doc: &Doc, i: usize) -> Option<(usize, Found)> {
    let after_name = i > 0
        && is_cap(doc, i - 1)
        && !doc.tokens[i].line_before
        && !is_any(doc, i - 1, &NOT_CAMPAIGN_STARTS);
    if !is_cap(doc, i) || is_any(doc, i, &NOT_CAMPAIGN_STARTS) || after_name {
        return None;
    }
    let mut words = 0;
    let mut j = i;
    let mut last_word_end = i;
    while j < doc.tokens.len() && words < 7 {
        if is_cap(doc, j) && !(j > i && doc.tokens[j].line_before) {
            let end = word_end(doc, j);
            words += 1;
            last_word_end = end;
            if is_any(doc, j, &CAMPAIGN_HEADS) {
                break;
            }
            if possessive_len(doc, end) > 0 {
                return None;
            }
            j = end;
        } else if is_any(doc, j, &CONNECTORS) && is_cap(doc, j + 1) && j > i {
            j += 1;
        } else {
            return None;
        }
    }
    let head = last_word_end.checked_sub(1)?;
    if !is_any(doc, head, &CAMPAIGN_HEADS) || words < 3 {
        return None;
    }
    let mut end = last_word_end;
    // "Week of Action" and "Week of Intensification" keep their tail.
    if doc.is(head, "Week") && doc.is(end, "of") && is_cap(doc, end + 1) {
        end = word_end(doc, end + 1);
    }
    let span = span_of(doc, i, end);
    let acronym = bracketed_acronym(doc, end);
    let found = Found {
        span,
        name: doc.slice(span).to_string(),
        rule: "<Capitalised Name> Week|Initiative|Campaign",
        acronym,
    };
    Some((end, found))
}

/// An acronym in brackets right after a name: `(FFI)`.
fn bracketed_acronym(doc: &Doc, end: usize) -> Option<String> {
    let ok = doc.tokens.get(end + 2).is_some()
        && doc.tok(end) == "("
        && is_all_caps(doc, end + 1)
        && doc.tok(end + 2) == ")";
    ok.then(|| doc.tok(end + 1).to_string())
}

/// The initials of a name of three or more capitalised words: "Fugitives and Firearms
/// Initiative" gives "FFI".
fn initials(name: &str) -> Option<String> {
    let caps: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| char::is_uppercase(*c)))
        .collect();
    (caps.chars().count() >= 3 && !name.starts_with("Op")).then_some(caps)
}

/// Later uses of an operation's acronym are mentions of it: "FFI makes a difference".
fn acronym_mentions(cx: &mut Context, acronyms: &[(String, usize)]) {
    if acronyms.is_empty() {
        return;
    }
    let mut hits = Vec::new();
    // One sorted snapshot: asking the claims for every use was quadratic on a text that
    // repeats an acronym many times. Nothing is claimed until the loop ends.
    let claims = cx.claims();
    for i in 0..cx.doc.tokens.len() {
        if !is_all_caps(&cx.doc, i) {
            continue;
        }
        let span = cx.doc.tokens[i].span();
        let word = cx.doc.tok(i);
        if let Some((_, k)) = acronyms.iter().find(|(a, _)| a == word) {
            if !claims.overlaps(span) {
                hits.push((*k, span));
            }
        }
    }
    for (k, span) in hits {
        if let Some(o) = cx.out.operations.get_mut(k) {
            o.source.mentions.push(span);
        }
        cx.claim(span);
    }
}
