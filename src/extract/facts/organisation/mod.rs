//! Organisations: police forces, units and commands, agencies and charities.
//!
//! Three rules: a capitalised name that ends in a head word ("Gang Crime Command",
//! "Firearms Forensic Unit", "Richmond Police Department", "Swansea Crown Court" after a
//! word for a court's kind, "Kelby Court of Justice", "Kelby RCMP"), a word list of forces
//! and agencies with the names they go by ("the Met", "BTP", "Crimestoppers"), which wins
//! where its name runs on past a head-word reading ("Bureau of Alcohol, Tobacco, Firearms
//! and Explosives"), and a listed city with "police" in lower case when the force acts or a
//! rank follows ("Toronto police say"). An acronym defined in brackets is an alias of its
//! name; two forces under one "Police" are two ("South Wales and Dyfed-Powys Police"), and
//! "Police Forces" in the plural are none; a force written as police and as constabulary is
//! one; where one RCMP detachment is named, the bare "RCMP" is it. One entry per
//! organisation.

mod lexicon;
#[cfg(test)]
mod tests;

use crate::extract::sorting;
use std::sync::OnceLock;

use lexicon::{
    CITY_POLICE_VERBS, CONNECTORS, COURT_KINDS, GENERIC, HEADS, KNOWN, LEADING_DROPS, NOT_BODIES,
    VENUE_BEFORE_CENTRE,
};

use crate::extract::facts::place::gazetteer::Gazetteer;
use crate::extract::facts::place::names::{
    is_all_caps, is_any, is_cap, mark_tokens, name_key, possessive_len, span_of, title_case_line,
    word_end,
};
use crate::extract::facts::place::unambiguous_city_at;
use crate::extract::lexicon::ranks::is_title_word;
use crate::extract::model::{Organisation, Source, Span};
use crate::extract::pipeline::Context;
use crate::extract::text::{Doc, TokenKind};

/// One organisation found at a span.
struct Found {
    span: Span,
    name: String,
    rule: &'static str,
    acronym: Option<String>,
}

fn known() -> &'static Gazetteer {
    static KNOWN_NAMES: OnceLock<Gazetteer> = OnceLock::new();
    KNOWN_NAMES.get_or_init(|| Gazetteer::new(KNOWN.iter().map(|(w, c)| (*w, *c, 0))))
}

pub fn find(cx: &mut Context) {
    let doc = &cx.doc;
    let blocked = mark_tokens(doc, cx.claimed.iter().copied());
    let mut found = named_by_head(doc, &blocked);
    let mut covered = vec![false; doc.tokens.len()];
    for f in &found {
        let r = doc.tokens_in(&(f.span.start..f.span.end));
        for c in covered.get_mut(r).into_iter().flatten() {
            *c = true;
        }
    }
    found.extend(known_names(doc, &blocked, &covered));
    let mut split = Vec::new();
    for f in &mut found {
        if let Some((first, and)) = two_forces(doc, f) {
            let start = doc.token_at(f.span.start);
            split.push(Found {
                span: span_of(doc, start, and),
                name: first.to_string(),
                rule: "<Name> and <Name> Police",
                acronym: None,
            });
            f.span = Span::new(doc.tokens[and + 1].start, f.span.end);
            f.name = canonical(doc.slice(f.span));
        }
    }
    found.extend(split);
    sorting::sort_by_key(&mut found, |f| (f.span.start, f.span.end));
    one_detachment(&mut found);

    let mut acronyms: Vec<(String, usize)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for f in found {
        let key = name_key(&f.name);
        let at = keys.iter().position(|k| same_force(k, &key)).or_else(|| {
            // A known acronym written alone is a mention of the name it stands for.
            acronyms
                .iter()
                .find(|(a, _)| name_key(a) == key)
                .map(|(_, k)| *k)
        });
        let index = match at {
            Some(k) => {
                cx.out.organisations[k].source.mentions.push(f.span);
                k
            }
            None => {
                keys.push(key);
                cx.out.organisations.push(Organisation {
                    name: f.name,
                    source: Source::new(f.span, f.rule),
                });
                cx.out.organisations.len() - 1
            }
        };
        if let Some(a) = f.acronym {
            acronyms.push((a, index));
        }
    }
    acronym_mentions(cx, &acronyms, &blocked);
}

/// "Kelby RCMP say ... the RCMP seized": where a release names one detachment of the
/// Mounties, "RCMP" alone is that detachment. (Where it names several, it is the force.)
fn one_detachment(found: &mut [Found]) {
    let mut detachments: Vec<String> = found
        .iter()
        .filter(|f| f.name.ends_with(" RCMP"))
        .map(|f| f.name.clone())
        .collect();
    sorting::sort(&mut detachments);
    detachments.dedup_by(|a, b| name_key(a) == name_key(b));
    let [only] = detachments.as_slice() else {
        return;
    };
    for f in found.iter_mut() {
        // Only the word list's entry, not a name read by its head word.
        if f.name == "Royal Canadian Mounted Police" && f.rule == "known force or agency" {
            f.name = only.clone();
        }
    }
}

/// Whether two name keys are one body: equal, or one force written with and without its
/// last word ("Dayton Police" and "Dayton Police Department"), or as police and as
/// constabulary ("Lancashire Police", "Lancashire Constabulary").
fn same_force(a: &str, b: &str) -> bool {
    fn base(k: &str) -> &str {
        let k = ["department", "service", "force"]
            .iter()
            .find_map(|w| {
                k.strip_suffix(w)
                    .and_then(|r| r.strip_suffix(' '))
                    .filter(|r| r.ends_with(" police"))
            })
            .unwrap_or(k);
        // "Lancashire Police" and "Lancashire Constabulary" are one force.
        [" police", " constabulary"]
            .iter()
            .find_map(|w| k.strip_suffix(w))
            .unwrap_or(k)
    }
    a == b || base(a) == base(b)
}

/// The name a written form stands for when it is in the word list ("Metropolitan Police
/// Service" is "Metropolitan Police"), else the written form.
fn canonical(written: &str) -> String {
    known_as(written).map_or_else(|| written.to_string(), str::to_string)
}

/// The name of a body in the word list written as `written`, if it is there.
fn known_as(written: &str) -> Option<&'static str> {
    static KEYS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        KNOWN
            .iter()
            .map(|(w, c)| (name_key(w), if c.is_empty() { *w } else { *c }))
            .collect()
    });
    let key = name_key(written);
    keys.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
}

/// "South Wales and Dyfed-Powys Police": two forces named with one "Police", each in the
/// word list, and the whole not. Returns the first force's name and where its words end.
fn two_forces(doc: &Doc, f: &Found) -> Option<(&'static str, usize)> {
    let r = doc.tokens_in(&(f.span.start..f.span.end));
    let last = r.end.checked_sub(1)?;
    let head = doc.tok(last);
    if !(head == "Police" || head == "Constabulary") || known_as(&f.name).is_some() {
        return None;
    }
    let and = r.clone().find(|&k| doc.is(k, "and") || doc.is(k, "&"))?;
    let first = known_as(&format!("{} {head}", doc.slice(span_of(doc, r.start, and))))?;
    known_as(&format!(
        "{} {head}",
        doc.slice(span_of(doc, and + 1, last))
    ))?;
    Some((first, and))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Word,
    Connector,
    Possessive,
}

/// Reads the run of capitalised words (with connectors and possessives) from token `i`.
/// Returns the items as (kind, start token, end token) and the end of the run.
fn read_run(doc: &Doc, blocked: &[bool], i: usize) -> (Vec<(Item, usize, usize)>, usize) {
    let mut items = Vec::new();
    let mut j = i;
    let is_free = |k: usize| !blocked.get(k).copied().unwrap_or(true);
    while j < doc.tokens.len() && items.len() < 16 {
        let line_break = j > i && doc.tokens[j].line_before;
        if line_break || !is_free(j) {
            break;
        }
        if is_cap(doc, j) {
            let mut end = word_end(doc, j);
            // "St. Joseph Police": the saint's full stop stays inside the name.
            if doc.is(j, "St") && doc.is(end, ".") && doc.glued(end) && is_cap(doc, end + 1) {
                end += 1;
            }
            items.push((Item::Word, j, end));
            j = end;
            let p = possessive_len(doc, j);
            if p > 0 {
                items.push((Item::Possessive, j, j + p));
                j += p;
            }
        } else if j > i
            && is_any(doc, j, &CONNECTORS)
            && is_cap(doc, j + 1)
            && is_free(j + 1)
            && !doc.tokens[j + 1].line_before
            && items.last().is_some_and(|x| x.0 == Item::Word)
        {
            items.push((Item::Connector, j, j + 1));
            j += 1;
        } else {
            break;
        }
    }
    while items.last().is_some_and(|x| x.0 != Item::Word) {
        items.pop();
    }
    (items, j.max(i + 1))
}

fn is_head(doc: &Doc, item: (Item, usize, usize)) -> bool {
    item.0 == Item::Word
        && item.2 == item.1 + 1
        && is_any(doc, item.1, &HEADS)
        && !in_crime_commissioner(doc, item.1)
}

/// Whether token `k` is inside the title "Police and Crime Commissioner" (or its slip
/// "Commission"), an office held by a person, not a body: "Cumbria’s Police and Crime
/// Commissioner", "Police and Crime Commission Jo Hart".
fn in_crime_commissioner(doc: &Doc, k: usize) -> bool {
    let at = |a: usize| {
        doc.is(a, "Police")
            && doc.is(a + 1, "and")
            && doc.is(a + 2, "Crime")
            && (doc.is(a + 3, "Commissioner") || doc.is(a + 3, "Commission"))
    };
    (k.saturating_sub(3)..=k).any(at)
}

/// `Gang Crime Command`, `the Met’s Specialist Crime Command`, `Firearms Forensic Unit
/// (FFU)`, `Joint Unit for Waste Crime`, `Serious Violence Taskforce and Roads Policing
/// Unit` (two bodies), `Dayton Police Department`.
fn named_by_head(doc: &Doc, blocked: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !is_cap(doc, i) || blocked.get(i).copied().unwrap_or(true) {
            i += 1;
            continue;
        }
        let (items, end) = read_run(doc, blocked, i);
        if items.iter().any(|x| is_head(doc, *x)) && !title_case_line(doc, i) {
            for seg in segments(doc, &items) {
                if let Some(f) = body_in(doc, &items[seg.0..seg.1]) {
                    // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a listed name
                    // that runs on past the name's end is read whole from the list.
                    let a = doc.token_at(f.span.start);
                    let b = doc.tokens_in(&(f.span.start..f.span.end)).end;
                    if known().longest_at(doc, a).is_some_and(|h| h.end > b) {
                        continue;
                    }
                    out.push(f);
                }
            }
        }
        i = end;
    }
    out
}

/// Splits a run into the stretches that may each hold one name: at a possessive (unless a
/// head follows it, as in "Chiefs’ Council"), and at a connector between two names
/// ("Taskforce and Roads and Transport Policing").
fn segments(doc: &Doc, items: &[(Item, usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let heads: Vec<bool> = items.iter().map(|x| is_head(doc, *x)).collect();
    for k in 0..items.len() {
        let item = items[k];
        let after_head = k > 0 && heads[k - 1];
        let split = match item.0 {
            Item::Possessive => !heads.get(k + 1).copied().unwrap_or(false),
            Item::Connector => {
                let of = doc.is(item.1, "of");
                // "Chief Constable of Devon & Cornwall Police": a title runs to "of".
                let titled = of
                    && items[start..k]
                        .iter()
                        .any(|x| x.0 == Item::Word && is_title_word(doc.tok(x.1)));
                k > 0 && is_all_caps(doc, items[k - 1].1) && is_any(doc, item.1, &["and", "&"])
                    || after_head && !of && heads[k + 1..].iter().any(|h| *h)
                    || after_head && of && ends_with_force(doc, &items[k + 1..])
                    || titled && heads[k + 1..].iter().any(|h| *h)
            }
            Item::Word => false,
        };
        if split {
            if k > start {
                out.push((start, k));
            }
            start = k + 1;
        }
    }
    if start < items.len() {
        out.push((start, items.len()));
    }
    out
}

/// Whether the items end in a force's name: "... of Leicestershire Police".
fn ends_with_force(doc: &Doc, items: &[(Item, usize, usize)]) -> bool {
    items
        .last()
        .is_some_and(|x| is_any(doc, x.1, &["Police", "Constabulary"]))
}

/// Whether the token before `i` is a word in lower case: "by the Police Dog Unit" names
/// the unit whole, while "Police Dog Unit officers" opening a sentence may be "police".
fn after_lower_word(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc
            .tok(i - 1)
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
}

/// The body named in one segment: from its first meaningful word to its last head, with a
/// trailing "of ..." or "for ..." kept ("Office for National Statistics").
fn body_in(doc: &Doc, seg: &[(Item, usize, usize)]) -> Option<Found> {
    let mut a = 0;
    // A leading "Police" stays when a head follows it: "the Police Service of Northern
    // Ireland's", "Police Department".
    while a < seg.len()
        && (seg[a].0 != Item::Word
            || is_any(doc, seg[a].1, &LEADING_DROPS)
                && !(doc.is(seg[a].1, "Police")
                    && (seg.get(a + 1).is_some_and(|x| is_head(doc, *x))
                        || after_lower_word(doc, seg[a].1))))
    {
        a += 1;
    }
    let last_head = seg.iter().rposition(|x| is_head(doc, *x))?;
    if last_head < a {
        return None;
    }
    // "Both Westshire Police Forces reported a rise": forces in the plural are no one body.
    if seg.get(last_head + 1).is_some_and(|x| {
        x.0 == Item::Word
            && is_any(
                doc,
                x.1,
                &["Forces", "Services", "Departments", "Constabularies"],
            )
    }) {
        return None;
    }
    let mut b = last_head + 1;
    if seg
        .get(b)
        .is_some_and(|x| x.0 == Item::Connector && is_any(doc, x.1, &["of", "for"]))
    {
        b = seg.len();
    }
    // "Strike Force Raptor", "Task Force Viper": a code name after the force.
    if b == last_head + 1
        && is_any(doc, seg[last_head].1, &["Force", "Taskforce"])
        && seg.len() == b + 1
        && seg[b].0 == Item::Word
    {
        b += 1;
    }
    let body = &seg[a..b];
    let words: Vec<&(Item, usize, usize)> = body.iter().filter(|x| x.0 == Item::Word).collect();
    let meaningful = words
        .iter()
        .filter(|x| !is_any(doc, x.1, &GENERIC) && !is_head(doc, ***x))
        .count();
    if words.len() < 2 || meaningful == 0 {
        return None;
    }
    // A person's name with a rank in front is not a body: "Inspector Jo Hill Team".
    if words.iter().any(|x| is_title_word(doc.tok(x.1))) {
        return None;
    }
    let head = seg[last_head].1;
    // A court is a court of law only after the word for its kind: "Swansea Crown Court".
    if doc.is(head, "Court") || doc.is(head, "Courts") {
        let kind = seg[..last_head]
            .iter()
            .rev()
            .find(|x| x.0 != Item::Possessive)
            .filter(|x| x.0 == Item::Word);
        // "the Ontario Court of Justice", "the Court of Appeal": the court's kind after it.
        let kind_after = seg.get(last_head + 1).is_some_and(|x| doc.is(x.1, "of"))
            && seg
                .get(last_head + 2)
                .is_some_and(|x| is_any(doc, x.1, &["Justice", "Appeal", "Appeals"]));
        if !kind.is_some_and(|x| is_any(doc, x.1, &COURT_KINDS)) && !kind_after {
            return None;
        }
    }
    if doc.is(head, "Centre") || doc.is(head, "Center") {
        let before = seg[..last_head].iter().rev().find(|x| x.0 == Item::Word);
        if before.is_some_and(|x| is_any(doc, x.1, &VENUE_BEFORE_CENTRE)) {
            return None;
        }
    }
    let first = body.first()?;
    let last = body.last()?;
    let key = name_key(doc.slice(span_of(doc, first.1, last.2)));
    if NOT_BODIES.iter().any(|b| key.ends_with(b)) {
        return None;
    }
    // "Salisbury Police Station" is a building, not a body.
    if is_any(doc, last.2, &["station", "stations", "HQ", "headquarters"]) {
        return None;
    }
    // "U.S. Attorney’s Office", "U.S. Drug Enforcement Administration": the country's
    // dotted initials before a federal body's name belong to it.
    let from = first.1;
    let dotted_us = from >= 4
        && doc.is(from - 4, "U")
        && doc.is(from - 3, ".")
        && doc.is(from - 2, "S")
        && doc.is(from - 1, ".")
        && (from - 3..from).all(|k| doc.glued(k))
        && doc.tok(from - 4) == "U"
        && !doc.tokens[from - 3..from].iter().any(|t| t.line_before);
    // "31 Division Major Crime Unit": a division numbered, as Canadian forces name them.
    let numbered = from >= 1
        && doc.is(from, "Division")
        && doc.tokens[from - 1].kind == TokenKind::Number
        && !doc.tokens[from].line_before
        && doc.tok(from - 1).len() <= 3
        && doc.tok(from - 1).bytes().all(|b| b.is_ascii_digit());
    let from = if dotted_us {
        from - 4
    } else if numbered {
        from - 1
    } else {
        from
    };
    let span = span_of(doc, from, last.2);
    let after = last.2 + possessive_len(doc, last.2);
    // A listed body keeps its listed name ("U.S. Drug Enforcement Administration" is the
    // DEA, as its later "DEA" is).
    let bare = span_of(doc, first.1, last.2);
    let name = known_as(doc.slice(bare)).map_or_else(|| canonical(doc.slice(span)), str::to_string);
    Some(Found {
        span,
        name,
        rule: "<Capitalised Name> Command|Unit|Team|Police|...",
        acronym: bracketed_acronym(doc, after),
    })
}

/// An acronym in brackets right after a name: `(FFU)`, `(NPCC)`.
fn bracketed_acronym(doc: &Doc, end: usize) -> Option<String> {
    let ok = doc.tokens.get(end + 2).is_some()
        && doc.tok(end) == "("
        && is_all_caps(doc, end + 1)
        && doc.tok(end + 1).chars().count() >= 2
        && doc.tok(end + 2) == ")";
    ok.then(|| doc.tok(end + 1).to_string())
}

/// Forces and agencies from the word list: `the Met`, `BTP`, `Crimestoppers`.
fn known_names(doc: &Doc, blocked: &[bool], covered: &[bool]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if blocked.get(i).copied().unwrap_or(true) || covered.get(i).copied().unwrap_or(true) {
            i += 1;
            continue;
        }
        // "the Metropolitan police", "Kent police said": a known force written with
        // "police" in lower case, as news pages write it.
        if let Some((end, name)) = force_in_lower_case(doc, i, covered) {
            out.push(Found {
                span: span_of(doc, i, end),
                name: name.to_string(),
                rule: "known force or agency",
                acronym: None,
            });
            i = end;
            continue;
        }
        if let Some(end) = city_police(doc, i, covered) {
            out.push(Found {
                span: span_of(doc, i, end),
                name: doc.slice(span_of(doc, i, end)).to_string(),
                rule: "<city> police",
                acronym: None,
            });
            i = end;
            continue;
        }
        let Some(hit) = known().longest_at(doc, i) else {
            i += 1;
            continue;
        };
        let inside = (i..hit.end).any(|k| covered.get(k).copied().unwrap_or(true));
        let glued_word = doc.glued(i) && i > 0 && doc.tokens[i - 1].kind == TokenKind::Word;
        let weather = doc.is(i, "Met") && (doc.is(hit.end, "Office") || doc.is(hit.end, "Éireann"));
        if inside || glued_word || weather {
            i += 1;
            continue;
        }
        let span = span_of(doc, i, hit.end);
        let after = hit.end + possessive_len(doc, hit.end);
        out.push(Found {
            span,
            name: hit.canonical.to_string(),
            rule: "known force or agency",
            acronym: bracketed_acronym(doc, after),
        });
        i = hit.end;
    }
    out
}

/// A force of the word list written with "police" in lower case at token `i`: one to
/// three capitalised words, then "police". Returns the end and the force's name.
fn force_in_lower_case(doc: &Doc, i: usize, covered: &[bool]) -> Option<(usize, &'static str)> {
    (1..=3).rev().find_map(|n| {
        let end = i + n;
        let words = (i..end).all(|k| {
            is_cap(doc, k)
                && !covered.get(k).copied().unwrap_or(true)
                && (k == i || !doc.tokens[k].line_before)
        });
        let police = doc
            .tokens
            .get(end)
            .is_some_and(|t| !t.line_before && t.kind == TokenKind::Word)
            && doc.tok(end) == "police";
        if !words || !police {
            return None;
        }
        let name = known_as(&format!("{} Police", doc.slice(span_of(doc, i, end))))?;
        Some((end + 1, name))
    })
}

/// "Toronto police said", "Halton police Superintendent Jo Hart": a city of the word lists
/// and "police" in lower case, as news pages name a city's force. Not after a capitalised
/// word, which would make the city part of a longer name. Returns the end.
fn city_police(doc: &Doc, i: usize, covered: &[bool]) -> Option<usize> {
    let end = unambiguous_city_at(doc, i)?;
    let police = doc
        .tokens
        .get(end)
        .is_some_and(|t| !t.line_before && t.space_before && t.kind == TokenKind::Word)
        && doc.tok(end) == "police";
    let free = (i..=end).all(|k| !covered.get(k).copied().unwrap_or(true));
    let before_cap = i > 0 && !doc.tokens[i].line_before && is_cap(doc, i - 1) && {
        // A sentence's first word is no part of the name: "Yesterday Toronto police".
        !is_any(doc, i - 1, &LEADING_DROPS)
    };
    let glued_before = i > 0 && doc.glued(i);
    // The force acts or speaks, or a rank of it follows: "Toronto police say", "Toronto
    // police Superintendent". ("London police, and staff" or "our Exeter police enquiry
    // office" name no force.)
    let next = end + 1;
    let acts = doc.tokens.get(next).is_some_and(|t| !t.line_before)
        && (is_any(doc, next, &CITY_POLICE_VERBS)
            || is_cap(doc, next) && is_title_word(doc.tok(next)));
    (police && free && acts && !before_cap && !glued_before).then_some(end + 1)
}

/// Later uses of an acronym defined in brackets are mentions: "(DST)" then "Antrim DST".
fn acronym_mentions(cx: &mut Context, acronyms: &[(String, usize)], blocked: &[bool]) {
    if acronyms.is_empty() {
        return;
    }
    let spans: Vec<Span> = cx
        .out
        .organisations
        .iter()
        .flat_map(|o| std::iter::once(o.source.span).chain(o.source.mentions.iter().copied()))
        .collect();
    let mut hits = Vec::new();
    for i in 0..cx.doc.tokens.len() {
        if !is_all_caps(&cx.doc, i) || blocked.get(i).copied().unwrap_or(true) {
            continue;
        }
        let span = cx.doc.tokens[i].span();
        let word = cx.doc.tok(i);
        if let Some((_, k)) = acronyms.iter().find(|(a, _)| a == word) {
            if !spans.iter().any(|s| s.overlaps(span)) {
                hits.push((*k, span));
            }
        }
    }
    for (k, span) in hits {
        if let Some(o) = cx.out.organisations.get_mut(k) {
            o.source.mentions.push(span);
        }
    }
}
