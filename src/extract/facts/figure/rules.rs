//! The figure rules: each reads one quantity with the words around it and says what it
//! counts, or that it is no figure at all.
//!
//! Rules run sentence by sentence, left to right. A number with no noun of its own
//! ("compared with 480", "an increase of 107") is held back and takes the category of a
//! neighbouring figure once the sentence is read.

use super::lexicon::{self, NounClass, VerbClass};
use crate::extract::lexicon::countries::release_countries;
use crate::extract::lexicon::is_month;
use crate::extract::sorting;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::number::{self, Quantity, Written};
use super::number::{is, same_word};
use super::reject::{self, Rejection};
use crate::extract::model::{Category, Certainty, Change, Figure, Qualifier, Source, Span, Unit};
use crate::extract::pipeline::Context;
use crate::extract::text::{fold_char, is_in, Doc, FastHasher, TokenKind};

/// A figure as read, before periods are attached and repeats merged.
#[derive(Clone, Debug)]
pub struct Found {
    pub figure: Figure,
    /// The byte span of the number alone, which the period rules read around.
    pub number: Span,
    /// The index of the sentence it was read in.
    pub sentence: usize,
}

/// What the rules know about the sentence being read.
struct Sentence {
    start: usize,
    end: usize,
    /// The line sits under a header such as "Officers seized items including:".
    in_list: bool,
    /// The category and noun of a heading that names what its lines count ("House
    /// burglaries by district:"), for lines that only name an area ("Northtown: 35").
    heading: Option<(Category, String)>,
    /// The sentence speaks of seizing ("recovered", "seized", "recoveries include").
    seizure: std::cell::Cell<Option<bool>>,
    /// The verb of the last number read, with its token, for lists ("seized 3 guns and 4 knives").
    list_verb: Option<(VerbClass, usize)>,
}

impl Sentence {
    /// Whether the sentence speaks of seizing, worked out the first time it is asked.
    fn seizure(&self, doc: &Doc) -> bool {
        if let Some(v) = self.seizure.get() {
            return v;
        }
        let v = seizure_sentence(doc, self.start, self.end);
        self.seizure.set(Some(v));
        v
    }
}

/// A number with no noun, resolved once the sentence is read.
struct Bare {
    q: Quantity,
    qualifier: Qualifier,
    change: Option<Change>,
    /// The number stands right after a comparing word ("to 681", "compared with 480").
    may_use_previous_sentence: bool,
    /// The area an area's count names ("74 in Eastvale", "Westvale 8"), for its item.
    area: Option<String>,
}

enum Reading {
    Figure(Box<Figure>, usize),
    Bare(Bare),
    Skip,
}

fn word_in(w: &str, list: &'static [&'static str]) -> bool {
    is_in(w, list)
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

fn capitalised(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tok(i).chars().next().is_some_and(char::is_uppercase)
}

/// `w` in ASCII lower case, in `buf`; `None` when it is not ASCII or too long, and the
/// slower comparison of `same_word` must decide.
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = w.as_bytes();
    if bytes.len() > buf.len() || !w.is_ascii() {
        return None;
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// A hash map of the lexicon's words, with the core's fast hash.
type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<FastHasher>>;

/// The verbs of the lexicon by word, built once (a verb listed twice takes its last class).
fn verb_table() -> &'static WordMap<VerbClass> {
    static TABLE: OnceLock<WordMap<VerbClass>> = OnceLock::new();
    TABLE.get_or_init(|| lexicon::VERBS.iter().copied().collect())
}

/// The class of the verb `w`. A present participle takes its past's class when that is
/// police work ("checking 900 tickets", "seizing", "arresting"), never an injury
/// ("the stabbing", "a killing" are nouns more often than verbs).
fn verb_class(w: &str) -> Option<VerbClass> {
    let mut buf = [0u8; 32];
    match ascii_lower(w, &mut buf) {
        Some(l) => verb_table().get(l).copied().or_else(|| {
            let stem = l.strip_suffix("ing").filter(|s| s.len() > 2)?;
            class_with_ending(stem, "ed").filter(|v| *v != VerbClass::Injure)
        }),
        None => lexicon::VERBS
            .iter()
            .find(|(k, _)| same_word(k, w))
            .map(|&(_, v)| v),
    }
}

/// The class of the verb `stem` + `ending` ("seize" + "d"), joined on the stack: the
/// rules ask this of words in -ing and of headlines' present tense, on every read.
fn class_with_ending(stem: &str, ending: &str) -> Option<VerbClass> {
    let mut buf = [0u8; 40];
    let n = stem.len() + ending.len();
    let joined = buf.get_mut(..n)?;
    joined[..stem.len()].copy_from_slice(stem.as_bytes());
    joined[stem.len()..].copy_from_slice(ending.as_bytes());
    verb_class(std::str::from_utf8(joined).ok()?)
}

/// The nouns of the lexicon by their last word, built once.
fn noun_table() -> &'static WordMap<Vec<(&'static str, NounClass)>> {
    static TABLE: OnceLock<WordMap<Vec<(&'static str, NounClass)>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: WordMap<Vec<(&'static str, NounClass)>> = WordMap::default();
        for &(entry, class) in lexicon::NOUNS.iter() {
            let last = entry.rsplit(' ').next().unwrap_or(entry);
            map.entry(last).or_default().push((entry, class));
        }
        map
    })
}

/// The class of the verb at token `i`, read with the word after it: "handed out" is activity,
/// "handed in" a seizure, "found guilty" a conviction, "taken to hospital" nothing.
fn verb_at(doc: &Doc, i: usize) -> Option<VerbClass> {
    if i >= doc.tokens.len() {
        return None;
    }
    let w = doc.tok(i);
    let next = |k: usize, x: &str| is(doc, i + k, x);
    if same_word(w, "found") || same_word(w, "pleaded") {
        if next(1, "guilty") {
            return Some(VerbClass::Outcome(Category::Conviction));
        }
        if same_word(w, "pleaded") || next(1, "dead") || next(1, "unresponsive") {
            return None;
        }
    }
    if same_word(w, "handed")
        || same_word(w, "handing")
        || same_word(w, "gave")
        || same_word(w, "given")
    {
        return if next(1, "out") {
            Some(VerbClass::Activity)
        } else if (same_word(w, "handed") || same_word(w, "handing"))
            && (next(1, "in") || next(1, "over"))
        {
            Some(VerbClass::Seize)
        } else {
            None
        };
    }
    // "110 drivers failed a breath test", "16 blew over the limit": an offence found, which
    // counts as a crime (the class of verbs whose people are incidents).
    if same_word(w, "failed") {
        return (next(1, "a") || next(1, "the") || next(1, "breath") || next(1, "roadside"))
            .then_some(VerbClass::Injure);
    }
    // "41 tested positive", "82 motorists returned positive breath tests": an offence found.
    if (same_word(w, "tested") || same_word(w, "returned")) && next(1, "positive") {
        return Some(VerbClass::Injure);
    }
    if same_word(w, "blew") {
        return (next(1, "over") || next(1, "positive") || next(1, "excess"))
            .then_some(VerbClass::Injure);
    }
    // "24 drivers caught speeding", "caught 111 speeding drivers": a driving offence found,
    // like a failed breath test. Only drivers and their offences: "caught 3 burglars" says
    // nothing of an arrest or a crime by itself, and people "caught drink driving" are the
    // arrests the release counts already.
    if same_word(w, "caught") {
        const OFFENCE: &[&str] = &["speeding", "using", "without", "travelling", "doing"];
        const DRIVERS: &[&str] = &["drivers", "driver", "motorists", "motorist", "speeding"];
        let n = doc.tokens.len();
        let offence_after = i + 1 < n && word_in(doc.tok(i + 1), OFFENCE);
        let drivers_counted = number::read(doc, i + 1, n).is_some_and(|q| {
            q.unit == Unit::Count && q.end < n && word_in(doc.tok(q.end), DRIVERS)
        });
        return (offence_after || drivers_counted).then_some(VerbClass::Injure);
    }
    // "78 people have lost their lives on the roads": deaths, which count as crimes and
    // collisions do (the class of verbs whose people are incidents).
    if same_word(w, "lost") {
        return ((next(1, "their") && (next(2, "lives") || next(2, "life")))
            || ((next(1, "his") || next(1, "her")) && next(2, "life")))
        .then_some(VerbClass::Injure);
    }
    if same_word(w, "taken") && (next(1, "to") || next(1, "into")) {
        return None;
    }
    // "the unit, located in Leeds": where something is, not what police found.
    if same_word(w, "located")
        && (next(1, "in") || next(1, "at") || next(1, "on") || next(1, "near"))
    {
        return None;
    }
    // "2,000 passengers passed through the knife arch", "went through a metal detector".
    if (same_word(w, "passed") || same_word(w, "went")) && next(1, "through") {
        return Some(VerbClass::Activity);
    }
    if same_word(w, "reported") {
        return ((next(1, "for") && next(2, "summons"))
            || (next(1, "to") && next(3, "procurator")))
        .then_some(VerbClass::Outcome(Category::Charge));
    }
    // "held in custody", "detained under the Mental Health Act", "detained in hospital":
    // kept somewhere, not arrested. "Four suspects were detained in Ashby" is an arrest.
    // "Police seize £25,000", "Officers arrest nine": a headline's present tense, read
    // only after the police as its subject.
    if i > 0
        && verb_class(w).is_none()
        && word_in(
            doc.tok(i - 1),
            &[
                "police",
                "officers",
                "detectives",
                "gardaí",
                "gardai",
                "deputies",
                "troopers",
            ],
        )
    {
        if let Some(v) = class_with_ending(w, "d").or_else(|| class_with_ending(w, "ed")) {
            return Some(v);
        }
    }
    if (same_word(w, "held") && (next(1, "in") || next(1, "under")))
        || (same_word(w, "detained") && (next(1, "under") || next(1, "in") && next(2, "hospital")))
    {
        return None;
    }
    verb_class(w)
}

fn is_quote_char(w: &str) -> bool {
    matches!(w.chars().next().map(fold_char), Some('\'' | '"'))
}

/// The byte span of tokens `a..b`.
fn span(doc: &Doc, a: usize, b: usize) -> Span {
    match (doc.tokens.get(a), doc.tokens.get(b.saturating_sub(1))) {
        (Some(x), Some(y)) if b > a => Span::new(x.start, y.end),
        _ => Span::default(),
    }
}

/// Reads every figure in the document, in text order.
pub fn read_all(cx: &Context) -> Vec<Found> {
    read_traced(cx, None)
}

/// What became of one number in the text: the figure it was read as, or why not.
#[derive(Clone, Debug)]
pub struct Trace {
    /// The byte span of the quantity (the number with its unit or currency).
    pub quantity: Span,
    /// The byte span of the number alone, which the period rules read around.
    pub number: Span,
    pub outcome: Outcome,
}

#[derive(Clone, Debug)]
pub enum Outcome {
    Figure(Box<Figure>),
    Rejected(&'static Rejection),
}

/// Why a claimed number is no figure: the kind of thing that claimed it.
fn claim_kind(cx: &Context, at: Span) -> &'static Rejection {
    use crate::extract::facts::date::scan::When;
    let overlaps = |s: Span| s.overlaps(at);
    // Mentions are in text order and do not overlap: the one that may hold `at` is the
    // last that starts before its end.
    let ms = &cx.timeline.mentions;
    let k = ms.partition_point(|m| m.span.start < at.end);
    if let Some(m) = k
        .checked_sub(1)
        .and_then(|k| ms.get(k))
        .filter(|m| overlaps(m.span))
    {
        return match m.when {
            When::Clock => &reject::TIME,
            When::Year(_) | When::Years(..) | When::Financial(_) => &reject::YEAR,
            When::Duration => &reject::DURATION,
            _ => &reject::DATE,
        };
    }
    if let Some(c) = cx.out.contacts.iter().find(|c| overlaps(c.source.span)) {
        return if c.kind == crate::extract::model::ContactKind::Phone {
            &reject::PHONE
        } else {
            &reject::CONTACT
        };
    }
    if cx.out.operations.iter().any(|o| overlaps(o.source.span))
        || cx.out.organisations.iter().any(|o| overlaps(o.source.span))
        || cx.out.places.iter().any(|o| overlaps(o.source.span))
    {
        return &reject::NAME;
    }
    &reject::REFERENCE
}

/// Notes what became of the quantity at `at`; returns where the note stands.
fn note(trace: &mut Option<&mut Vec<Trace>>, at: (Span, Span), outcome: Outcome) -> Option<usize> {
    let t = trace.as_deref_mut()?;
    t.push(Trace {
        quantity: at.0,
        number: at.1,
        outcome,
    });
    Some(t.len() - 1)
}

/// Reads every figure; with `trace`, also says for every number what became of it.
pub fn read_traced(cx: &Context, mut trace: Option<&mut Vec<Trace>>) -> Vec<Found> {
    let doc = &cx.doc;
    let lists = list_paragraphs(doc);
    let headings = counted_headings(doc);
    let claims = cx.claims();
    let mut out: Vec<Found> = Vec::new();
    let mut previous_last: Option<Figure> = None;
    for (index, range) in doc.sentences.iter().enumerate() {
        let toks = doc.tokens_in(range);
        let in_list = doc
            .paragraph_index(range.start)
            .and_then(|p| lists.get(p).copied())
            .unwrap_or(false);
        // A bullet opens the line but is no part of the sentence ("- A machete").
        let mut first = toks.start;
        while first < toks.end
            && first < toks.start + 2
            && doc.tokens[first].kind == TokenKind::Punct
            && lexicon::BULLETS.contains(&doc.tok(first))
            && doc.tokens.get(first + 1).is_some_and(|t| t.space_before)
        {
            first += 1;
        }
        let heading = doc
            .paragraph_index(range.start)
            .and_then(|p| headings.get(p).cloned())
            .flatten();
        let mut st = Sentence {
            start: first,
            end: toks.end,
            in_list,
            heading,
            seizure: std::cell::Cell::new(in_list.then_some(true)),
            list_verb: None,
        };
        let mut local: Vec<Found> = Vec::new();
        let mut bare: Vec<Bare> = Vec::new();
        let mut i = st.start;
        // Where each bare number's trace stands, to fill in once it is resolved.
        let mut bare_notes: Vec<Option<usize>> = Vec::new();
        while i < toks.end {
            let Some(q) = number::read(doc, i, toks.end) else {
                // "9mm", "90mph": digits with a glued unit that no quantity takes.
                if trace.is_some() && doc.tokens[i].kind == TokenKind::Number {
                    let unit = doc
                        .tokens
                        .get(i + 1)
                        .filter(|t| !t.space_before && t.kind == TokenKind::Word)
                        .map(|_| doc.tok(i + 1));
                    let why = unit.map_or(&reject::REFERENCE, reject::for_glued_unit);
                    let at = (span(doc, i, i + 1), span(doc, i, i + 1));
                    let why = if claims.overlaps(at.0) {
                        claim_kind(cx, at.0)
                    } else {
                        why
                    };
                    note(&mut trace, at, Outcome::Rejected(why));
                }
                i += 1;
                continue;
            };
            let step = if q.written == Written::Article {
                i + 1
            } else {
                q.end.max(i + 1)
            };
            let digits = span(doc, q.digits, q.digits + 1);
            let at = (span(doc, q.first, q.end), digits);
            let words = q.written != Written::Article;
            if claims.overlaps(digits) {
                if words && trace.is_some() {
                    note(&mut trace, at, Outcome::Rejected(claim_kind(cx, digits)));
                }
                i = step;
                continue;
            }
            if let Some(why) = not_a_figure(doc, &q, &st) {
                if words {
                    note(&mut trace, at, Outcome::Rejected(why));
                }
                i = step;
                continue;
            }
            match read_one(doc, &mut st, &q) {
                Reading::Figure(f, next) => {
                    if trace.is_some() {
                        note(&mut trace, at, Outcome::Figure(f.clone()));
                    }
                    let charged = arrested_and_charged(doc, &f, q.end, toks.end);
                    local.push(Found {
                        number: span(doc, q.digits, q.digits + 1),
                        figure: *f,
                        sentence: index,
                    });
                    if let Some(c) = charged {
                        local.push(Found {
                            number: span(doc, q.digits, q.digits + 1),
                            figure: c,
                            sentence: index,
                        });
                    }
                    i = if q.written == Written::Article {
                        step
                    } else {
                        next.max(step)
                    };
                }
                Reading::Bare(b) => {
                    bare.push(b);
                    bare_notes.push(note(&mut trace, at, Outcome::Rejected(&reject::NO_NOUN)));
                    i = step;
                }
                Reading::Skip => {
                    if words {
                        let why = if q.unit == Unit::Percent {
                            &reject::MANNER
                        } else if q.value.fract() != 0.0 && q.unit == Unit::Count {
                            &reject::CALIBRE
                        } else {
                            &reject::NOT_COUNTED
                        };
                        note(&mut trace, at, Outcome::Rejected(why));
                    }
                    i = step;
                }
            }
        }
        // Figures a bare number may borrow from, by position; bare numbers come in text
        // order, so the last one resolved is the only other neighbour before.
        let anchors: Vec<(usize, Category, String)> = local
            .iter()
            .filter(|f| {
                f.figure.unit == Unit::Count
                    && f.figure.category != Category::Conviction
                    && f.figure.change.is_none()
            })
            .map(|f| (f.number.start, f.figure.category, f.figure.item.clone()))
            .collect();
        let mut last_resolved: Option<(usize, Category, String)> = None;
        for (b, slot) in bare.into_iter().zip(bare_notes) {
            let neighbours = Neighbours {
                anchors: &anchors,
                last_resolved: last_resolved.as_ref(),
            };
            if let Some(f) = resolve_bare(doc, &st, &b, &neighbours, previous_last.as_ref()) {
                if let Some(t) = slot.and_then(|k| trace.as_deref_mut()?.get_mut(k)) {
                    t.outcome = Outcome::Figure(Box::new(f.clone()));
                }
                let number = span(doc, b.q.digits, b.q.digits + 1);
                if f.change.is_none() {
                    // The next area's count borrows the noun, not this one's area.
                    let suffix = b.area.as_ref().map(|a| format!(" ({a})"));
                    let noun = suffix
                        .and_then(|x| f.item.strip_suffix(&x).map(str::to_string))
                        .unwrap_or_else(|| f.item.clone());
                    last_resolved = Some((number.start, f.category, noun));
                }
                local.push(Found {
                    number,
                    figure: f,
                    sentence: index,
                });
            }
        }
        bracketed_parts(doc, &st, index, &mut local, &mut trace);
        of_the_count(doc, &st, index, &mut local, &mut trace);
        if let Some(f) = listed_people_outcome(doc, &st) {
            local.push(Found {
                number: span(doc, st.start, st.start + 1),
                figure: f,
                sentence: index,
            });
        }
        if let Some(f) = both_outcome(doc, &st) {
            local.push(Found {
                number: span(doc, st.start, st.start + 1),
                figure: f,
                sentence: index,
            });
        }
        sorting::sort_by_key(&mut local, |f| f.number.start);
        if let Some(last) = local.last() {
            previous_last = Some(last.figure.clone());
        } else if !st_has_number(doc, &st) {
            // A sentence with no number between keeps the thread.
        } else {
            previous_last = None;
        }
        out.extend(local);
    }
    local_dollars(doc, &mut out);
    out
}

/// The parts of a count in brackets right after it, each a number and a word or two, that
/// add up to it: "charged 45 people (38 alcohol, 4 drug, 3 refusal)". Each part is a
/// figure of the count's category, named by its words and the count's item; whatever its
/// words alone were read as gives way. Parts that do not add up are left as they were.
fn bracketed_parts(
    doc: &Doc,
    st: &Sentence,
    sentence: usize,
    local: &mut Vec<Found>,
    trace: &mut Option<&mut Vec<Trace>>,
) {
    let mut added: Vec<Found> = Vec::new();
    for parent in local.iter() {
        let f = &parent.figure;
        if f.unit != Unit::Count || f.change.is_some() || f.value < 2.0 {
            continue;
        }
        // The bracket follows the count, or a few words that end its phrase ("charged 80
        // people with drink driving (...)").
        let mut open = doc.tokens.partition_point(|t| t.start < f.source.span.end);
        let limit = (open + 4).min(st.end);
        while open < limit && is_word(doc, open) {
            open += 1;
        }
        if !is(doc, open, "(") {
            continue;
        }
        // Parts: a number in digits, one to three words, then ",", "and" or ")".
        let mut parts: Vec<(usize, usize, f64)> = Vec::new();
        let mut k = open + 1;
        let closed = loop {
            let Some(q) = number::read(doc, k, st.end)
                .filter(|q| q.written == Written::Digits && q.unit == Unit::Count && q.first == k)
            else {
                break false;
            };
            let mut e = q.end;
            while e < st.end && e < q.end + 3 && is_word(doc, e) && !is(doc, e, "and") {
                e += 1;
            }
            if e == q.end {
                break false;
            }
            parts.push((k, e, q.value));
            if is(doc, e, ")") {
                break true;
            }
            if !(is(doc, e, ",") || is(doc, e, "and")) {
                break false;
            }
            k = e + 1;
            if is(doc, k, "and") {
                k += 1;
            }
        };
        let sum: f64 = parts.iter().map(|p| p.2).sum();
        if !closed || parts.len() < 2 || (sum - f.value).abs() > f64::EPSILON {
            continue;
        }
        for &(a, e, value) in &parts {
            let part = Part {
                value,
                words: text_of(doc, a + 1, e),
                at: span(doc, a, e),
                number: span(doc, a, a + 1),
                rule: "<total> (<parts>)",
            };
            added.push(part.found(f, sentence, trace));
        }
    }
    if added.is_empty() {
        return;
    }
    local.retain(|f| !added.iter().any(|a| a.number == f.number));
    local.extend(added);
}

/// A part of a count the sentence opens with: "Of the 820 charges laid, 96 were
/// drug-related" is a figure of the count's category, named by what the part was.
/// Only a smaller number in digits right after the clause's comma, before "were" or "was",
/// that nothing else has read.
fn of_the_count(
    doc: &Doc,
    st: &Sentence,
    sentence: usize,
    local: &mut Vec<Found>,
    trace: &mut Option<&mut Vec<Trace>>,
) {
    if !(is(doc, st.start, "of") && is(doc, st.start + 1, "the")) {
        return;
    }
    let Some(parent) = local
        .iter()
        .find(|f| f.number.start == doc.tokens[st.start + 2].start)
        .map(|f| f.figure.clone())
        .filter(|f| f.unit == Unit::Count && f.change.is_none())
    else {
        return;
    };
    let Some(comma) = (st.start + 3..st.end.min(st.start + 12)).find(|&k| is(doc, k, ",")) else {
        return;
    };
    let m = comma + 1;
    let Some(q) = number::read(doc, m, st.end).filter(|q| {
        q.first == m
            && q.written == Written::Digits
            && q.unit == Unit::Count
            && q.value < parent.value
    }) else {
        return;
    };
    let number = span(doc, m, m + 1);
    if local.iter().any(|f| f.number == number) || !word_in(doc.tok(q.end), &["were", "was"]) {
        return;
    }
    let mut e = q.end + 1;
    while e < st.end
        && e < q.end + 7
        && (is_word(doc, e) || (is(doc, e, "-") && doc.glued(e) && doc.glued(e + 1)))
    {
        e += 1;
    }
    if e == q.end + 1 {
        return;
    }
    let part = Part {
        value: q.value,
        words: text_of(doc, q.end + 1, e),
        at: span(doc, m, e),
        number,
        rule: "Of the <total>, <parts>",
    };
    local.push(part.found(&parent, sentence, trace));
}

/// A part of a count, read apart from it: its value, the words that name it, where it
/// stands and the rule that read it.
struct Part {
    value: f64,
    words: String,
    at: Span,
    number: Span,
    rule: &'static str,
}

impl Part {
    /// The part as a figure of its count's category, named "<count's item> (<words>)",
    /// with the trace of its number saying so.
    fn found(self, count: &Figure, sentence: usize, trace: &mut Option<&mut Vec<Trace>>) -> Found {
        let figure = Figure {
            value: self.value,
            item: format!("{} ({})", count.item, self.words),
            qualifier: Qualifier::Exact,
            source: Source::new(self.at, self.rule),
            ..count.clone()
        };
        if let Some(t) = trace
            .as_deref_mut()
            .and_then(|t| t.iter_mut().rev().find(|t| t.number == self.number))
        {
            t.outcome = Outcome::Figure(Box::new(figure.clone()));
        }
        Found {
            number: self.number,
            figure,
            sentence,
        }
    }
}

/// "A 31-year-old man, a 26-year-old man and a 44-year-old woman were arrested": people
/// listed one by one at the start of a sentence, then an outcome, count as many as listed.
fn listed_people_outcome(doc: &Doc, st: &Sentence) -> Option<Figure> {
    let mut k = st.start;
    let mut people = 0;
    let mut last = k;
    while k < st.end && people < 12 {
        let w = doc.tok(k);
        if !(same_word(w, "a") || same_word(w, "an")) {
            break;
        }
        // The person noun closes the item within a few words ("31-year-old man").
        let noun = (k + 1..(k + 8).min(st.end))
            .find(|&j| is_word(doc, j) && classify_words(doc, j, j) == Some(NounClass::Person))?;
        people += 1;
        last = noun + 1;
        k = last;
        if k < st.end && matches!(doc.tok(k), ",") {
            k += 1;
        }
        if k < st.end && same_word(doc.tok(k), "and") {
            k += 1;
        }
    }
    if people < 2 || k != last {
        return None;
    }
    let (VerbClass::Outcome(c), end) = verb_after(doc, last, st.end)? else {
        return None;
    };
    let q = Quantity {
        first: st.start,
        end: st.start + 1,
        digits: st.start,
        value: f64::from(people),
        unit: Unit::Count,
        written: Written::Words,
        certainty: Certainty::Stated,
    };
    match figure(
        doc,
        c,
        &q,
        Unit::Count,
        f64::from(people),
        text_of(doc, end - 1, end),
        Qualifier::Exact,
        None,
        end,
        "a <person>, a <person> and a <person> <outcome>",
    ) {
        Reading::Figure(mut f, _) => {
            f.source.span = span(doc, st.start, end);
            Some(*f)
        }
        _ => None,
    }
}

/// "Both have since been charged", "Both men were remanded in custody": a sentence that
/// opens with "Both" and an outcome counts two people.
fn both_outcome(doc: &Doc, st: &Sentence) -> Option<Figure> {
    let k = st.start;
    if k >= st.end || !same_word(doc.tok(k), "both") {
        return None;
    }
    let mut from = k + 1;
    if let Some(np) = noun_phrase(doc, from, st.end).filter(|n| n.first == from) {
        if np.class != Some(NounClass::Person) {
            return None;
        }
        from = np.end;
    }
    let (VerbClass::Outcome(c), end) = verb_after(doc, from, st.end)? else {
        return None;
    };
    let q = Quantity {
        first: k,
        end: k + 1,
        digits: k,
        value: 2.0,
        unit: Unit::Count,
        written: Written::Words,
        certainty: Certainty::Stated,
    };
    match figure(
        doc,
        c,
        &q,
        Unit::Count,
        2.0,
        text_of(doc, end - 1, end),
        Qualifier::Exact,
        None,
        end,
        "both <outcome>",
    ) {
        Reading::Figure(f, _) => Some(*f),
        _ => None,
    }
}

/// A plain "$" in a release from New Zealand or Australia is that country's dollar: "$38,000
/// in cash" in a Waikato Police release is NZD. The country shows by names that only it
/// uses (`lexicon::countries`); when several countries or none show, "$" stays USD.
fn local_dollars(doc: &Doc, found: &mut [Found]) {
    if !found.iter().any(|f| f.figure.unit == Unit::Usd) {
        return;
    }
    let unit = match release_countries(doc).home() {
        Some("nz") => Unit::Nzd,
        Some("au") => Unit::Aud,
        Some("ca") => Unit::Cad,
        _ => return,
    };
    for f in found.iter_mut() {
        let plain = doc.slice(f.figure.source.span).starts_with('$');
        if f.figure.unit == Unit::Usd && plain {
            f.figure.unit = unit;
        }
    }
}

/// The charge that rides on an arrest: "Two men were arrested and charged", "three people
/// were arrested and later charged with burglary". The same people are counted twice, once
/// as arrested and once as charged.
fn arrested_and_charged(doc: &Doc, f: &Figure, from: usize, limit: usize) -> Option<Figure> {
    if f.category != Category::Arrest || f.unit != Unit::Count {
        return None;
    }
    let end = (from + 12).min(limit);
    let at = (from..end).find(|&k| word_in(doc.tok(k), &["arrested", "detained"]))?;
    let mut k = at + 1;
    if !is(doc, k, "and") {
        return None;
    }
    k += 1;
    if k < limit && word_in(doc.tok(k), &["later", "subsequently", "then", "since"]) {
        k += 1;
    }
    if k >= limit || !word_in(doc.tok(k), &["charged", "summonsed"]) {
        return None;
    }
    let mut c = f.clone();
    c.category = Category::Charge;
    c.item = text_of(doc, k, k + 1);
    c.source = Source::new(
        Span {
            start: f.source.span.start,
            end: doc.tokens.get(k)?.end,
        },
        "<n> arrested and charged",
    );
    Some(c)
}

fn st_has_number(doc: &Doc, st: &Sentence) -> bool {
    (st.start..st.end).any(|i| doc.tokens[i].kind == TokenKind::Number)
}

/// Paragraphs that are items of a seizure list: the lines after a header that ends with a
/// colon and speaks of seizing, up to the first line that is a full sentence.
fn list_paragraphs(doc: &Doc) -> Vec<bool> {
    let mut out = vec![false; doc.paragraphs.len()];
    let mut open = 0usize;
    for (p, range) in doc.paragraphs.iter().enumerate() {
        let text = doc.slice(Span::new(range.start, range.end));
        if open > 0 {
            let bullet = lexicon::BULLETS.iter().any(|b| text.starts_with(b));
            if text.ends_with('.') && !bullet {
                open = 0;
            } else {
                if let Some(o) = out.get_mut(p) {
                    *o = true;
                }
                open -= 1;
            }
        }
        if text.ends_with(':') {
            let toks = doc.tokens_in(range);
            if seizure_sentence(doc, toks.start, toks.end) {
                open = 30;
            }
        }
    }
    out
}

/// How many lines a counting heading covers.
const HEADING_LINES: usize = 30;

/// Whether paragraph `p` heads a table: a short line with no number, over a row that is a
/// capitalised name and a number ("Region Knives handed in" over "Eastvale 1,204").
fn table_heading(doc: &Doc, p: usize) -> bool {
    let Some(range) = doc.paragraphs.get(p) else {
        return false;
    };
    let toks = doc.tokens_in(range);
    toks.len() <= 6
        && !toks
            .clone()
            .any(|i| doc.tokens[i].kind == TokenKind::Number)
        && !doc.slice(Span::new(range.start, range.end)).ends_with('.')
        && doc.paragraphs.get(p + 1).is_some_and(|next| {
            let r = doc.tokens_in(next);
            r.len() >= 2
                && r.len() <= 6
                && doc.tokens[r.start].shape.upper_first
                && doc.tokens[r.end - 1].kind == TokenKind::Number
        })
}

/// For each paragraph, the category and noun of the heading above it that says what its
/// lines count: a line ending in ":" whose words name a counted thing ("House burglaries
/// by district:", "Arrests in each area:"), over the short lines that follow it, up to a
/// line that ends a sentence.
fn counted_headings(doc: &Doc) -> Vec<Option<(Category, String)>> {
    let mut out = vec![None; doc.paragraphs.len()];
    let mut open: Option<((Category, String), usize)> = None;
    for (p, range) in doc.paragraphs.iter().enumerate() {
        let text = doc.slice(Span::new(range.start, range.end));
        if let Some((heading, left)) = open.take() {
            if !text.ends_with('.') && left > 0 {
                out[p] = Some(heading.clone());
                open = Some((heading, left - 1));
            }
        }
        if text.ends_with(':') || table_heading(doc, p) {
            let toks = doc.tokens_in(range);
            let named = (toks.start..toks.end).find_map(|i| {
                if !is_word(doc, i) {
                    return None;
                }
                match classify_words(doc, toks.start, i) {
                    Some(NounClass::Fixed(c)) if c != Category::OtherItem => {
                        let from = (toks.start..=i)
                            .rev()
                            .take_while(|&k| is_word(doc, k) && k + 2 > i)
                            .last()
                            .unwrap_or(i);
                        Some((c, text_of(doc, from, i + 1)))
                    }
                    _ => None,
                }
            });
            if let Some(named) = named {
                open = Some((named, HEADING_LINES));
            }
        }
    }
    out
}

/// Whether tokens `a..b` speak of seizing something.
fn seizure_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        let w = doc.tok(i);
        verb_at(doc, i) == Some(VerbClass::Seize) || word_in(w, &lexicon::SEIZURE_NOUNS)
    })
}

/// The sign written on a percentage, "(-14%)", "(+6 per cent)": a fall or a rise. Only
/// where the sign opens a bracket or stands apart, never between two numbers (a range).
fn sign_of(doc: &Doc, q: &Quantity, st: &Sentence) -> Option<Change> {
    if q.unit != Unit::Percent || q.first != q.digits || q.first <= st.start {
        return None;
    }
    let s = q.first - 1;
    if !doc.glued(q.first) {
        return None;
    }
    let opens = s == st.start || is(doc, s - 1, "(") || doc.tokens[s].space_before;
    if !opens
        || doc
            .tokens
            .get(s.wrapping_sub(1))
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return None;
    }
    match doc.tok(s) {
        "-" | "\u{2212}" | "\u{2013}" => Some(Change::Decrease),
        "+" => Some(Change::Increase),
        _ => None,
    }
}

/// Numbers that are dates, times, ages, calibres, phone numbers, addresses or parts of names.
fn not_a_figure(doc: &Doc, q: &Quantity, st: &Sentence) -> Option<&'static Rejection> {
    let d = q.digits;
    let text = doc.tok(d);
    let prev = d.checked_sub(1).filter(|&p| p >= st.start);
    if q.written == Written::Digits {
        let digits_glued_before = prev.is_some_and(|p| {
            doc.glued(d) && {
                let w = doc.tok(p);
                matches!(w, "/" | ":" | "." | "#" | "-")
            }
        });
        if digits_glued_before && q.first == d && sign_of(doc, q, st).is_none() {
            return Some(&reject::REFERENCE);
        }
        if doc
            .tokens
            .get(d + 1)
            .is_some_and(|t| !t.space_before && matches!(doc.tok(d + 1), "/" | ":"))
        {
            return Some(&reject::REFERENCE);
        }
        let bytes = text.as_bytes();
        if bytes.len() > 1 && bytes.first() == Some(&b'0') && bytes.get(1) != Some(&b'.') {
            return Some(&reject::REFERENCE);
        }
        // "Quarter 3 report", "in quarter 2": the number of a quarter, a period's name.
        if prev.is_some_and(|p| word_in(doc.tok(p), &["quarter", "q"])) && q.value <= 4.0 {
            return Some(&reject::DATE);
        }
        // "20-year-old", "12-month", "24-hour".
        if is(doc, d + 1, "-") && doc.glued(d + 1) && doc.glued(d + 2) {
            let w = if d + 2 < doc.tokens.len() {
                doc.tok(d + 2)
            } else {
                ""
            };
            if word_in(
                w,
                &[
                    "year", "month", "week", "day", "hour", "minute", "mile", "man", "strong",
                ],
            ) && !hyphened_sentence(doc, d + 3, st.end)
            {
                let old = is(doc, d + 3, "-") && is(doc, d + 4, "old");
                return Some(if old {
                    &reject::AGE
                } else {
                    &reject::DESCRIBES
                });
            }
        }
        // Years.
        if q.unit == Unit::Count
            && text.len() == 4
            && !text.contains([',', '.'])
            && (1900.0..=2100.0).contains(&q.value)
        {
            let before_is_prep = prev.is_some_and(|p| {
                word_in(
                    doc.tok(p),
                    &[
                        "in", "since", "of", "during", "from", "to", "until", "between", "by",
                        "and", "before", "after", "summer", "spring", "autumn", "winter", "early",
                        "late", "mid", "end", "year", "than",
                    ],
                ) || is_month(doc.tok(p))
            });
            let noun_after = noun_phrase(doc, q.end, st.end)
                .is_some_and(|np| matches!(np.class, Some(c) if c != NounClass::Never));
            if before_is_prep || !noun_after {
                return Some(&reject::YEAR);
            }
        }
        // Phone numbers: runs of plain digit groups.
        let plain = |i: usize| {
            doc.tokens
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Number)
                && doc.tok(i).len() >= 3
                && doc.tok(i).bytes().all(|b| b.is_ascii_digit())
        };
        if plain(d) && ((prev.is_some() && plain(d - 1)) || plain(d + 1)) {
            return Some(&reject::PHONE);
        }
        // Times.
        if d + 1 < st.end
            && word_in(doc.tok(d + 1), &["am", "pm", "hrs", "gmt", "bst", "a"])
            && (!is(doc, d + 1, "a") || (is(doc, d + 2, ".") && is(doc, d + 3, "m")))
        {
            return Some(&reject::TIME);
        }
    }
    // Names and references: "Operation 42", "Section 60", "Class A", "Phase Seven".
    if let Some(p) = prev {
        let w = doc.tok(p);
        if word_in(w, &lexicon::NAME_BEFORE)
            || (capitalised(doc, p) && word_in(w, &lexicon::NAME_BEFORE_CAPITALISED))
        {
            return Some(&reject::NAME);
        }
        // The second of two: "alert levels 3 and 4", "sections 18 or 20".
        if word_in(w, &["and", "or", "&"])
            && p >= st.start + 2
            && doc.tokens[p - 1].kind == TokenKind::Number
            && word_in(doc.tok(p - 2), &lexicon::NAME_BEFORE)
        {
            return Some(&reject::NAME);
        }
    }
    // Dates: "21 November", "June 25", "between 19 and 23 April".
    let month = |i: usize| i < st.end && is_word(doc, i) && is_month(doc.tok(i));
    let month_word_ok = |i: usize| {
        // "may" and "march" are verbs too: only capitalised ones are months.
        !(is(doc, i, "may") || is(doc, i, "march")) || capitalised(doc, i)
    };
    if q.written != Written::Article {
        if prev.is_some_and(|p| month(p) && month_word_ok(p)) {
            return Some(&reject::DATE);
        }
        if month(q.end) && month_word_ok(q.end) {
            return Some(&reject::DATE);
        }
        if word_in(
            doc.tok(q.end.min(doc.tokens.len() - 1)),
            &["and", "to", "-", "until"],
        ) && q.end + 2 < st.end
            && doc.tokens[q.end + 1].kind == TokenKind::Number
            && month(q.end + 2)
        {
            return Some(&reject::DATE);
        }
    }
    // The end of a range of days: "November 9 to 15".
    if q.first >= st.start + 3
        && word_in(doc.tok(q.first - 1), &["to", "-", "and", "until"])
        && doc.tokens[q.first - 2].kind == TokenKind::Number
        && month(q.first - 3)
    {
        return Some(&reject::DATE);
    }
    // Ranges: "between four and 11 years", "between 20 and 30 people".
    let range_start = is(doc, q.end, "and")
        && prev.is_some_and(|p| is(doc, p, "between"))
        && number::read(doc, q.end + 1, st.end).is_some_and(|m| m.written != Written::Article);
    let range_end = q.first >= st.start + 3
        && is(doc, q.first - 1, "and")
        && is(doc, q.first - 3, "between")
        && number::read(doc, q.first - 2, st.end).is_some_and(|m| m.written != Written::Article);
    if range_start || range_end {
        return Some(&reject::RANGE);
    }
    // Ages in apposition: "A man, 34, was arrested", "Jo Bell (19)".
    if q.written == Written::Digits
        && q.unit == Unit::Count
        && q.value < 120.0
        && prev.is_some_and(|p| {
            matches!(doc.tok(p), "," | "(")
                && p > st.start
                && is_word(doc, p - 1)
                && (capitalised(doc, p - 1)
                    || matches!(
                        classify_words(doc, p - 1, p - 1),
                        Some(NounClass::Person) | None
                    ))
        })
        && q.end < st.end
        && matches!(doc.tok(q.end), "," | ")")
    {
        return Some(&reject::AGE);
    }
    // Ages: "aged 25 and 44", "a 20-year-old", "25 years old".
    let mut k = d;
    let mut steps = 0;
    while k > st.start && steps < 5 {
        k -= 1;
        steps += 1;
        let w = doc.tok(k);
        if word_in(w, &["aged", "ages", "age"]) {
            return Some(&reject::AGE);
        }
        if !(doc.tokens[k].kind == TokenKind::Number
            || word_in(w, &[",", "and", "of", "between", "-", "&", "to", "from"]))
        {
            break;
        }
    }
    if q.end + 1 < st.end
        && word_in(doc.tok(q.end), &["years", "year", "yrs"])
        && (word_in(doc.tok(q.end + 1), &["old", "of"])
            || (is(doc, q.end + 1, "-") && is(doc, q.end + 2, "old")))
    {
        return Some(&reject::AGE);
    }
    // Ages compared: "juveniles younger than 19", "drivers older than 70", "children
    // under 16" (only after a word for people, so "under 30 arrests" stays a count).
    if q.written == Written::Digits && q.value < 120.0 {
        if let Some(p) = prev.filter(|&p| p > st.start) {
            let compared = is(doc, p, "than") && word_in(doc.tok(p - 1), &["younger", "older"]);
            let under_over = word_in(doc.tok(p), &["under", "over"])
                && is_word(doc, p - 1)
                && matches!(classify_words(doc, p - 1, p - 1), Some(NounClass::Person))
                && !(q.end < st.end && is_word(doc, q.end) && !is(doc, q.end, "and"));
            if compared || under_over {
                return Some(&reject::AGE);
            }
        }
    }
    // House numbers: "42 Hadley Road".
    if q.written == Written::Digits && capitalised(doc, q.end) {
        for j in q.end + 1..(q.end + 4).min(st.end) {
            if capitalised(doc, j) && word_in(doc.tok(j), &lexicon::STREET_WORDS) {
                return Some(&reject::ADDRESS);
            }
        }
    }
    None
}

/// A noun phrase after a number: its tokens, its last word and what that word counts.
#[derive(Clone, Copy, Debug)]
struct NounPhrase {
    first: usize,
    /// One past the last word of the phrase (and of any "of" phrase it takes).
    end: usize,
    class: Option<NounClass>,
}

fn is_stop(w: &str) -> bool {
    static TABLE: OnceLock<HashSet<&'static str, BuildHasherDefault<FastHasher>>> = OnceLock::new();
    let set = TABLE.get_or_init(|| lexicon::STOP.iter().copied().collect());
    let mut buf = [0u8; 32];
    match ascii_lower(w, &mut buf) {
        Some(l) => set.contains(l),
        None => word_in(w, &lexicon::STOP),
    }
}

/// Reads "knives", "other offensive weapons", "rounds of ammunition", "Gang Crime Command
/// officers": words up to a stop word, a verb or punctuation.
fn noun_phrase(doc: &Doc, start: usize, limit: usize) -> Option<NounPhrase> {
    let mut j = start;
    let mut words = 0;
    let mut last = None;
    while j < limit && words < 6 {
        let t = doc.tokens[j];
        let w = doc.tok(j);
        match t.kind {
            TokenKind::Word => {
                let class_letter = j > start
                    && is(doc, j - 1, "class")
                    && w.len() == 1
                    && w.chars().all(|c| c.is_ascii_uppercase());
                let compound = class_letter
                    || (j > start && is(doc, j - 1, "-") && !t.space_before)
                    || (same_word(w, "and")
                        && j > start
                        && is(doc, j - 1, "stop")
                        && (is(doc, j + 1, "search")
                            || is(doc, j + 1, "searches")
                            || is(doc, j + 1, "account")));
                if !compound {
                    if is_stop(w) {
                        break;
                    }
                    // "110 fewer shootings year-to-date": the period after the noun.
                    if words > 0
                        && same_word(w, "year")
                        && is(doc, j + 1, "-")
                        && is(doc, j + 2, "to")
                        && doc.glued(j + 1)
                    {
                        break;
                    }
                    // "940 guns citywide": an adverb of place ends the phrase.
                    if words > 0 && w.len() > 6 && w.to_ascii_lowercase().ends_with("wide") {
                        break;
                    }
                    // "33 seized guns": a participle before a counted noun describes it.
                    let adjective = word_in(w, &lexicon::ED_ADJECTIVES)
                        || (words == 0
                            && matches!(verb_class(w), Some(VerbClass::Seize))
                            && is_word(doc, j + 1)
                            && matches!(
                                classify_words(doc, j + 1, j + 1),
                                Some(NounClass::Fixed(_) | NounClass::Vehicles)
                            ));
                    if !adjective && verb_class(w).is_some() {
                        break;
                    }
                    if words > 0
                        && !adjective
                        && w.len() > 4
                        && w.to_ascii_lowercase().ends_with("ed")
                    {
                        break;
                    }
                    // "14 arrests made", "40 wraps taken": an irregular participle ends the
                    // phrase as one in -ed does.
                    if words > 0
                        && word_in(
                            w,
                            &[
                                "made", "taken", "seen", "brought", "led", "sent", "kept", "laid",
                                "found", "given", "caught", "held",
                            ],
                        )
                    {
                        break;
                    }
                    // "12 people carrying knives": a participle after a counted noun starts
                    // a new phrase ("test purchasing operations" has no noun before it).
                    // But an offence named by its -ing word stays whole: "40 drug driving
                    // detections", "12 drug dealing offences".
                    let offence = j + 1 < limit
                        && word_in(
                            doc.tok(j + 1),
                            &[
                                "detections",
                                "offences",
                                "offenders",
                                "arrests",
                                "charges",
                                "offenses",
                            ],
                        );
                    if words > 0
                        && !offence
                        && w.len() > 4
                        && w.to_ascii_lowercase().ends_with("ing")
                        && last.is_some_and(|l| classify_words(doc, start, l).is_some())
                    {
                        break;
                    }
                }
                words += 1;
                last = Some(j);
                j += 1;
            }
            TokenKind::Punct => {
                let joiner = (w == "-" || w == "/")
                    && !t.space_before
                    && is_word(doc, j + 1)
                    && doc.glued(j + 1)
                    && words > 0;
                let quote = is_quote_char(w) && (words == 0 || !t.space_before);
                if joiner || quote {
                    j += 1;
                } else if w == "."
                    && doc.glued(j + 1)
                    && doc
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.kind == TokenKind::Number)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            TokenKind::Number => {
                let with_unit = is_word(doc, j + 1) && doc.glued(j + 1);
                let hyphened = is(doc, j + 1, "-")
                    && doc.glued(j + 1)
                    && is_word(doc, j + 2)
                    && doc.glued(j + 2);
                if words > 0 && w.contains('.') {
                    j += 1;
                } else if with_unit {
                    // "9mm handgun".
                    j += 2;
                } else if hyphened {
                    // "12-bore shotgun".
                    j += 3;
                } else {
                    break;
                }
            }
        }
    }
    let last = last?;
    let mut np = NounPhrase {
        first: start,
        end: last + 1,
        class: classify_words(doc, start, last),
    };
    // "rounds of ammunition", "pieces of intelligence", "items of stolen property".
    if word_in(doc.tok(last), &lexicon::OF_NOUNS) && is(doc, last + 1, "of") {
        let mut k = last + 2;
        if is(doc, k, "the") {
            k += 1;
        }
        if let Some(inner) = noun_phrase(doc, k, limit).filter(|n| n.first == k) {
            np.end = inner.end;
            match inner.class {
                Some(NounClass::Never) | None => {}
                Some(c) => {
                    if !matches!(np.class, Some(NounClass::Fixed(Category::Ammunition))) {
                        np.class = Some(c);
                    }
                }
            }
        }
    }
    Some(np)
}

/// The class of the longest lexicon entry that ends the words `a..=last`.
fn classify_words(doc: &Doc, a: usize, last: usize) -> Option<NounClass> {
    // The last few words, last first; entries have at most three words.
    let mut words: [&str; 4] = [""; 4];
    let mut n = 0;
    let mut i = last + 1;
    while i > a && n < words.len() {
        i -= 1;
        if is_word(doc, i) {
            words[n] = doc.tok(i);
            n += 1;
        }
    }
    if n == 0 {
        return None;
    }
    let mut best: Option<(usize, NounClass)> = None;
    let mut buf = [0u8; 32];
    let candidates: &[(&str, NounClass)] = match ascii_lower(words[0], &mut buf) {
        Some(l) => noun_table().get(l).map_or(&[], |v| v.as_slice()),
        None => &lexicon::NOUNS,
    };
    for (entry, class) in candidates {
        let mut parts = entry.rsplit(' ');
        if !parts.next().is_some_and(|p| same_word(p, words[0])) {
            continue;
        }
        let mut len = 1;
        let mut ok = true;
        for p in parts {
            if len >= n || !same_word(p, words[len]) {
                ok = false;
                break;
            }
            len += 1;
        }
        if ok && best.is_none_or(|(b, _)| len > b) {
            best = Some((len, *class));
        }
    }
    best.map(|(_, c)| c)
}

/// The qualifier written before token `first`, and the token where it starts.
fn qualifier_before(doc: &Doc, first: usize, start: usize) -> (Qualifier, usize) {
    for (words, q) in lexicon::QUALIFIERS {
        let n = words.len();
        if first < start + n {
            continue;
        }
        let a = first - n;
        if words.iter().enumerate().all(|(k, w)| is(doc, a + k, w)) {
            // "handed over 3 firearms", "took over 2 premises": a particle, not a hedge.
            let particle = n == 1
                && words[0] == "over"
                && a > start
                && word_in(
                    doc.tok(a - 1),
                    &[
                        "handed", "hand", "hands", "turned", "took", "taken", "signed", "handing",
                    ],
                );
            if particle {
                return (Qualifier::Exact, first);
            }
            return (*q, a);
        }
    }
    (Qualifier::Exact, first)
}

/// Skips words that do not change a number ("a total of", "an additional", "the").
fn skip_leaders(doc: &Doc, mut first: usize, start: usize) -> usize {
    loop {
        let mut moved = false;
        for words in lexicon::LEADERS {
            let n = words.len();
            if first >= start + n
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| is(doc, first - n + k, w))
            {
                first -= n;
                moved = true;
                break;
            }
        }
        if !moved {
            return first;
        }
    }
}

/// The verb right before a number ("seized 54", "carried out 42", "spoken to more than 500"),
/// or the verb of the list the number continues ("recovered 3 guns and 4 knives").
fn verb_before(doc: &Doc, st: &Sentence, b: usize) -> (Option<VerbClass>, bool) {
    if b <= st.start {
        return (None, false);
    }
    let p = b - 1;
    let w = doc.tok(p);
    if let Some(v) = verb_at(doc, p) {
        return (Some(v), true);
    }
    if p > st.start && word_in(w, &["out", "in", "off", "up", "over"]) {
        if let Some(v) = verb_at(doc, p - 1) {
            return (Some(v), true);
        }
    }
    if p > st.start
        && word_in(w, &["to", "with"])
        && word_in(
            doc.tok(p - 1),
            &["spoken", "spoke", "talked", "engaged", "reached", "out"],
        )
    {
        return (Some(VerbClass::Activity), true);
    }
    // "the arrest of 12 people", "the seizure of 40 vehicles".
    if is(doc, p, "of") && p > st.start {
        let noun = doc.tok(p - 1);
        let v = if word_in(noun, &["arrest", "arrests", "arresting", "detention"]) {
            Some(VerbClass::Outcome(Category::Arrest))
        } else if word_in(noun, &["charging", "charge", "prosecution"]) {
            Some(VerbClass::Outcome(Category::Charge))
        } else if word_in(
            noun,
            &["conviction", "convictions", "jailing", "sentencing"],
        ) {
            Some(VerbClass::Outcome(Category::Conviction))
        } else if word_in(
            noun,
            &[
                "seizure",
                "seizing",
                "recovery",
                "recovering",
                "removal",
                "confiscation",
            ],
        ) {
            Some(VerbClass::Seize)
        } else if word_in(noun, &["screening", "searching", "stopping"]) {
            Some(VerbClass::Activity)
        } else {
            None
        };
        if v.is_some() {
            return (v, true);
        }
    }
    // "warrants were executed at 12 addresses", "raids at nine properties", "searches
    // were carried out at six homes".
    if word_in(w, &["at", "across"]) && p > st.start {
        let searches = (p.saturating_sub(14).max(st.start)..p)
            .rev()
            .take_while(|&k| {
                doc.tokens[k].kind != TokenKind::Number && !word_in(doc.tok(k), &[",", ";", ":"])
            })
            .any(|k| word_in(doc.tok(k), &["warrants", "raids", "searches", "visits"]));
        if verb_at(doc, p - 1) == Some(VerbClass::Activity) || searches {
            return (Some(VerbClass::Activity), true);
        }
    }
    if word_in(w, &["for", "to"]) {
        for k in p.saturating_sub(4).max(st.start)..p {
            if verb_at(doc, k) == Some(VerbClass::Activity) {
                return (Some(VerbClass::Activity), false);
            }
        }
    }
    if matches!(w, "," | ";" | "&") || word_in(w, &["and", "plus"]) {
        if let Some((v, at)) = st.list_verb {
            if b.saturating_sub(at) <= 14 {
                return (Some(v), false);
            }
        }
    }
    (None, false)
}

/// The verb right after a noun phrase: "17 people arrested", "443 firearms were recovered",
/// "the 300 people who walked", "15 suspects ... have all now been arrested".
fn verb_after(doc: &Doc, from: usize, limit: usize) -> Option<(VerbClass, usize)> {
    let mut j = from;
    let mut steps = 0;
    while j < limit && steps < 6 {
        let w = doc.tok(j);
        if steps == 0 && word_in(w, &["took", "spoke", "gave", "held", "stole", "made"]) {
            // Simple past tense: the counted thing did something ("10 districts took part").
            return None;
        }
        // "were breath-tested", "were stop-searched": the verb is the last part.
        if is(doc, j + 1, "-")
            && doc.glued(j + 1)
            && doc.glued(j + 2)
            && j + 2 < limit
            && verb_class(doc.tok(j + 2)).is_some()
        {
            return verb_at(doc, j + 2).map(|v| (v, j + 3));
        }
        // "have been breath tested", "were drug tested": the test's kind, then its verb.
        if word_in(w, &["breath", "drug"])
            && j + 1 < limit
            && verb_class(doc.tok(j + 1)) == Some(VerbClass::Activity)
        {
            return Some((VerbClass::Activity, j + 2));
        }
        if verb_class(w).is_some()
            || word_in(
                w,
                &[
                    "found", "pleaded", "reported", "handed", "given", "passed", "went", "failed",
                    "blew", "lost", "caught", "returned",
                ],
            )
        {
            let v = verb_at(doc, j)?;
            let particle = word_in(w, &["handed", "found", "pleaded"]) && j + 1 < limit;
            return Some((v, if particle { j + 2 } else { j + 1 }));
        }
        if !word_in(w, &lexicon::AUX) {
            return None;
        }
        j += 1;
        steps += 1;
    }
    None
}

/// The verb of a subject further on: "Two men, one aged in his 20s, were charged".
fn verb_ahead(doc: &Doc, from: usize, limit: usize) -> Option<(VerbClass, usize)> {
    let end = (from + 25).min(limit);
    let mut j = from;
    while j < end {
        if word_in(
            doc.tok(j),
            &["were", "was", "have", "has", "had", "are", "is", "being"],
        ) {
            return verb_after(doc, j, limit);
        }
        if doc.tokens[j].kind == TokenKind::Word && verb_at(doc, j).is_some() {
            return None;
        }
        // ", 41 people were arrested": a new count of people with its own verb (a list of
        // things goes on to the verb they share).
        if doc.tok(j) == ","
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && doc
                .tok(j + 1)
                .bytes()
                .all(|c| c.is_ascii_digit() || c == b',')
            && is_word(doc, j + 2)
            && matches!(classify_words(doc, j + 2, j + 2), Some(NounClass::Person))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Whether the words around a number make it a rise or a fall.
fn change_around(doc: &Doc, st: &Sentence, b: usize, end: usize) -> Option<Change> {
    let kind = |w: &str| {
        if word_in(w, &lexicon::RISE_WORDS) {
            Some(Change::Increase)
        } else if word_in(w, &lexicon::FALL_WORDS) {
            Some(Change::Decrease)
        } else {
            None
        }
    };
    // "a 14% decrease", "an 8 percent reduction".
    if end < st.end {
        let w = doc.tok(end);
        if !word_in(
            w,
            &["more", "fewer", "less", "up", "down", "higher", "lower"],
        ) {
            if let Some(c) = kind(w) {
                return Some(c);
            }
        } else if word_in(w, &["more", "fewer", "less"])
            && end + 1 < st.end
            && is_word(doc, end + 1)
        {
            // "107 more firearms than last year", "412 more than in 2022".
            return kind(w);
        }
    }
    if b <= st.start {
        return None;
    }
    let p = b - 1;
    let w = doc.tok(p);
    // "down 12.4 per cent", "rose 7%".
    if let Some(c) = kind(w) {
        if !word_in(w, &["more", "fewer", "less"]) {
            return Some(c);
        }
    }
    // "an increase of 107", "rose by 7%", "reduce knife crime by 12.4%".
    if word_in(w, &["of", "by"]) {
        let reach = if is(doc, p, "by") { 6 } else { 1 };
        let mut k = p;
        let mut n = 0;
        while k > st.start && n < reach {
            k -= 1;
            n += 1;
            if let Some(c) = kind(doc.tok(k)) {
                if !word_in(doc.tok(k), &["more", "fewer", "less", "up", "down"])
                    || is(doc, p, "by")
                {
                    return Some(c);
                }
            }
        }
    }
    None
}

fn text_of(doc: &Doc, a: usize, b: usize) -> String {
    doc.slice(span(doc, a, b)).to_string()
}

#[allow(clippy::too_many_arguments)]
fn figure(
    doc: &Doc,
    category: Category,
    q: &Quantity,
    unit: Unit,
    value: f64,
    item: String,
    qualifier: Qualifier,
    change: Option<Change>,
    end: usize,
    rule: &str,
) -> Reading {
    Reading::Figure(
        Box::new(Figure {
            category,
            value,
            unit,
            item,
            qualifier,
            period: None,
            change,
            value_certainty: q.certainty,
            period_certainty: Certainty::Stated,
            source: Source::new(span(doc, q.first, end.max(q.end)), rule),
        }),
        end.max(q.end),
    )
}

fn read_one(doc: &Doc, st: &mut Sentence, q: &Quantity) -> Reading {
    let (qualifier, qstart) = if q.written == Written::Article {
        (Qualifier::Exact, q.first)
    } else {
        qualifier_before(doc, q.first, st.start)
    };
    let b = skip_leaders(doc, qstart, st.start);
    // Remember the verb for the list this number may begin ("seized 3 guns, 4 knives").
    let (before, direct) = verb_before(doc, st, b);
    if direct {
        if let Some(v) = before {
            st.list_verb = Some((v, q.end));
        }
    } else if let Some((v, _)) = st.list_verb {
        if before.is_some() {
            st.list_verb = Some((v, q.end));
        }
    }
    match q.unit {
        Unit::Percent => percent(doc, st, q, qualifier, b),
        Unit::Gbp | Unit::Usd | Unit::Eur | Unit::Aud | Unit::Nzd | Unit::Cad => {
            money(doc, st, q, qualifier, b)
        }
        Unit::Kg | Unit::G => weight(doc, st, q, qualifier),
        Unit::Years => Reading::Skip,
        Unit::Count => {
            if q.written == Written::Article {
                return article(doc, st, q, b);
            }
            if let Some(r) = custodial(doc, st, q, qualifier, b) {
                return r;
            }
            count(doc, st, q, qualifier, b)
        }
    }
}

/// `"<n>% <change>"`, `"<change> by <n>%"`: "a 14% decrease in homicides", "rose by 7%".
fn percent(doc: &Doc, st: &Sentence, q: &Quantity, qualifier: Qualifier, b: usize) -> Reading {
    let signed = sign_of(doc, q, st);
    if let Some(sign) = signed {
        // "vehicle crime (-14%)": the words before the bracket name what changed.
        let open = q.first - 1;
        let close = open
            .checked_sub(1)
            .filter(|&k| is(doc, k, "("))
            .unwrap_or(open);
        let item = clause_subject(doc, st, close).unwrap_or_else(|| text_of(doc, q.end, q.end));
        let start = span(doc, open, q.end);
        return Reading::Figure(
            Box::new(Figure {
                category: Category::Rate,
                value: q.value,
                unit: Unit::Percent,
                item,
                qualifier,
                period: None,
                change: Some(sign),
                value_certainty: q.certainty,
                period_certainty: Certainty::Stated,
                source: Source::new(start, "(<sign><n>%)"),
            }),
            q.end,
        );
    }
    let change = change_around(doc, st, b, q.end);
    if (q.value - 100.0).abs() < 1e-9 && change.is_none() {
        // "100% anonymous": a manner of speaking, not a statistic.
        return Reading::Skip;
    }
    let mut e = q.end;
    let mut n = 0;
    while e < st.end
        && n < 6
        && !matches!(doc.tok(e), "," | ";" | "." | ":" | "(" | ")")
        && !is(doc, e, "and")
    {
        e += 1;
        n += 1;
    }
    let change_after = q.end < st.end
        && (word_in(doc.tok(q.end), &lexicon::RISE_WORDS)
            || word_in(doc.tok(q.end), &lexicon::FALL_WORDS));
    let item = match (change, change_after) {
        // "a 14% decrease in homicides".
        (Some(_), true) => text_of(doc, q.end, e),
        // "Robberies have fallen by 22 per cent": the subject of the verb.
        (Some(c), false) => {
            let word = if c == Change::Increase {
                "rise"
            } else {
                "fall"
            };
            match clause_subject(doc, st, b) {
                Some(subject) => format!("{word} in {subject}"),
                None => word.to_string(),
            }
        }
        (None, _) if e > q.end => text_of(doc, q.end, e),
        (None, _) => text_of(doc, b.saturating_sub(4).max(st.start), b),
    };
    figure(
        doc,
        Category::Rate,
        q,
        Unit::Percent,
        q.value,
        item,
        qualifier,
        change,
        q.end,
        "<n> per cent",
    )
}

/// What a change is in: "Robberies" in "Robberies have fallen by", "knife crime" in
/// "helped to reduce knife crime by".
fn clause_subject(doc: &Doc, st: &Sentence, b: usize) -> Option<String> {
    let change_word = |i: usize| {
        word_in(doc.tok(i), &lexicon::RISE_WORDS) || word_in(doc.tok(i), &lexicon::FALL_WORDS)
    };
    let mut end = b;
    if end > st.start && is(doc, end - 1, "by") {
        end -= 1;
    }
    if end > st.start && change_word(end - 1) {
        // The subject: back over the verb and its auxiliaries.
        while end > st.start && (change_word(end - 1) || word_in(doc.tok(end - 1), &lexicon::AUX)) {
            end -= 1;
        }
    }
    let mut start = end;
    let joined = |i: usize| {
        is(doc, i, "-") && doc.glued(i) && i > st.start && is_word(doc, i - 1) && doc.glued(i + 1)
    };
    while start > st.start
        && end - start < 7
        && (is_word(doc, start - 1) || joined(start - 1))
        && !change_word(start - 1)
        && !is_stop(doc.tok(start - 1))
        && !word_in(
            doc.tok(start - 1),
            &["while", "whilst", "but", "helped", "help"],
        )
    {
        start -= 1;
    }
    (start < end).then(|| text_of(doc, start, end))
}

fn seized_group(c: Category) -> bool {
    c.group() == crate::extract::model::Group::Seized
}

/// Money: `"£<n> of <item>"`, `"<item> worth £<n>"`, `"seized £<n>"`, `"£<n> in cash"`.
fn money(doc: &Doc, st: &Sentence, q: &Quantity, qualifier: Qualifier, b: usize) -> Reading {
    let mut k = q.end;
    if is(doc, k, "worth") {
        k += 1;
    }
    // "£28,000 sterling in cash".
    if is(doc, k, "sterling") && (is(doc, k + 1, "in") || is(doc, k + 1, "cash")) {
        k += 1;
    }
    if is(doc, k, "in") && is(doc, k + 1, "cash") || is(doc, k, "cash") {
        let e = if is(doc, k, "in") { k + 2 } else { k + 1 };
        return figure(
            doc,
            Category::Cash,
            q,
            q.unit,
            q.value,
            "cash".into(),
            qualifier,
            None,
            e,
            "<money> in cash",
        );
    }
    // "£5,000 of stolen goods", "$3M in illegal drugs": the value of what is named, which
    // after "in" must be a thing seized ("£400 in fines" is none).
    let of = is(doc, k, "of") || (is(doc, k, "in") && is(doc, k + 1, "stolen"));
    if of || is(doc, k, "in") {
        let mut s = k + 1;
        if is(doc, s, "the") {
            s += 1;
        }
        if let Some(np) = noun_phrase(doc, s, st.end).filter(|n| n.first == s) {
            let cat = match np.class {
                Some(NounClass::Fixed(c)) if seized_group(c) => Some(c),
                Some(NounClass::Vehicles) if of => Some(Category::Vehicle),
                None if of && st.seizure(doc) => Some(Category::OtherItem),
                _ => None,
            };
            if let Some(c) = cat {
                return figure(
                    doc,
                    c,
                    q,
                    q.unit,
                    q.value,
                    text_of(doc, s, np.end),
                    qualifier,
                    None,
                    np.end,
                    "<money> of <item>",
                );
            }
        }
    }
    // "a £1m cannabis haul", "£20,000 drugs seizure".
    if let Some(np) = noun_phrase(doc, k, st.end).filter(|n| n.first == k && k == q.end) {
        let seized = (np.first..np.end).find_map(|i| match classify_words(doc, i, i) {
            Some(NounClass::Fixed(c)) if seized_group(c) => Some(c),
            _ => None,
        });
        let haul = (np.first..np.end).any(|i| {
            word_in(
                doc.tok(i),
                &[
                    "haul",
                    "seizure",
                    "seized",
                    "recovered",
                    "find",
                    "stash",
                    "consignment",
                    "shipment",
                    "worth",
                ],
            )
        });
        if let (Some(c), true) = (seized, haul || st.seizure(doc)) {
            return figure(
                doc,
                c,
                q,
                q.unit,
                q.value,
                text_of(doc, np.first, np.end),
                qualifier,
                None,
                np.end,
                "<money> <item> haul",
            );
        }
    }
    // "skunk with an estimated value of £20,000", "cocaine worth £5,000".
    let valued = b > st.start
        && (word_in(
            doc.tok(b - 1),
            &["worth", "valued", "totalling", "totaling"],
        ) || (is(doc, b - 1, "of") && b >= st.start + 2 && is(doc, b - 2, "value"))
            || (is(doc, b - 1, "at") && b >= st.start + 2 && is(doc, b - 2, "valued")));
    if valued {
        let mut j = b - 1;
        let stop = b.saturating_sub(40).max(st.start);
        while j > stop {
            j -= 1;
            if let Some(NounClass::Fixed(c)) = classify_words(doc, j, j) {
                if seized_group(c) {
                    return figure(
                        doc,
                        c,
                        q,
                        q.unit,
                        q.value,
                        text_of(doc, j, j + 1),
                        qualifier,
                        None,
                        q.end,
                        "<item> worth <money>",
                    );
                }
            }
            if let Some(NounClass::Vehicles) = classify_words(doc, j, j) {
                return figure(
                    doc,
                    Category::Vehicle,
                    q,
                    q.unit,
                    q.value,
                    text_of(doc, j, j + 1),
                    qualifier,
                    None,
                    q.end,
                    "<item> worth <money>",
                );
            }
        }
        return Reading::Skip;
    }
    let (verb, _) = verb_before(doc, st, b);
    // "€30,000 held in accounts was restrained", "€9,000 and £2,000 in cash were found":
    // money that is the subject of a seizure verb a few words on.
    let seized_after = (q.end..(q.end + 9).min(st.end))
        .take_while(|&k| {
            !matches!(doc.tok(k), "." | ";" | ":" | ",")
                && !word_in(
                    doc.tok(k),
                    &[
                        "before", "after", "when", "while", "until", "because", "as", "since",
                        "but", "if", "that", "which", "who",
                    ],
                )
        })
        .any(|k| {
            word_in(doc.tok(k), &["was", "were"])
                && (k + 1..(k + 3).min(st.end)).any(|v| verb_at(doc, v) == Some(VerbClass::Seize))
        });
    if verb == Some(VerbClass::Seize) || seized_after || (st.in_list && b == st.start) {
        return figure(
            doc,
            Category::Cash,
            q,
            q.unit,
            q.value,
            "cash".into(),
            qualifier,
            None,
            q.end,
            "seized <money>",
        );
    }
    Reading::Skip
}

/// Weights: `"<n>kg of <drug>"`, `"<n>g cannabis"`.
fn weight(doc: &Doc, st: &Sentence, q: &Quantity, qualifier: Qualifier) -> Reading {
    let mut s = q.end;
    if is(doc, s, "of") {
        s += 1;
    }
    let np = noun_phrase(doc, s, st.end).filter(|n| n.first == s);
    if let Some(np) = np {
        if let Some(NounClass::Fixed(c)) = np.class {
            if seized_group(c) {
                return figure(
                    doc,
                    c,
                    q,
                    q.unit,
                    q.value,
                    text_of(doc, s, np.end),
                    qualifier,
                    None,
                    np.end,
                    "<weight> of <item>",
                );
            }
        }
    }
    let window = q.first.saturating_sub(40).max(st.start)..(q.end + 40).min(st.end);
    let drugs = window.into_iter().any(|i| {
        matches!(
            classify_words(doc, i, i),
            Some(NounClass::Fixed(Category::Drugs))
        )
    });
    if drugs {
        let (item, end) = match np {
            Some(np) if np.class.is_none() => (text_of(doc, s, np.end), np.end),
            _ => ("drugs".to_string(), q.end),
        };
        return figure(
            doc,
            Category::Drugs,
            q,
            q.unit,
            q.value,
            item,
            qualifier,
            None,
            end,
            "<weight> of drugs",
        );
    }
    Reading::Skip
}

/// Custodial sentences: "sentenced to 42 years' imprisonment", "jailed for 30 months".
fn custodial(
    doc: &Doc,
    st: &Sentence,
    q: &Quantity,
    qualifier: Qualifier,
    b: usize,
) -> Option<Reading> {
    let mut e = q.end;
    // "a five-year jail term", "a 30-month sentence".
    let hyphened = is(doc, e, "-") && doc.glued(e) && doc.glued(e + 1);
    if hyphened {
        if !hyphened_sentence(doc, e + 2, st.end) {
            return None;
        }
        e += 1;
    }
    // "three and a half years".
    let mut half = 0.0;
    if !hyphened && is(doc, e, "and") && is(doc, e + 1, "a") && is(doc, e + 2, "half") {
        half = 0.5;
        e += 3;
    }
    if e >= st.end {
        return None;
    }
    let per_year = if word_in(doc.tok(e), &["years", "year"]) {
        1.0
    } else if word_in(doc.tok(e), &["months", "month"]) {
        12.0
    } else if word_in(doc.tok(e), &["weeks", "week"]) {
        52.0
    } else {
        return None;
    };
    let mut value = (q.value + half) / per_year;
    let mut end = e + 1;
    if end < st.end && is_quote_char(doc.tok(end)) && doc.glued(end) {
        end += 1;
    }
    // "six years and eight months".
    if per_year == 1.0 && is(doc, end, "and") {
        if let Some(m) = number::read(doc, end + 1, st.end) {
            if m.unit == Unit::Count
                && word_in(
                    doc.tok(m.end.min(doc.tokens.len() - 1)),
                    &["months", "month"],
                )
            {
                value += m.value / 12.0;
                end = m.end + 1;
            }
        }
    }
    // "a two-year sentence suspended for 18 months", "disqualified from driving for three
    // years": the length of a suspension or a ban, not time in custody.
    let for_at = b
        .checked_sub(1)
        .filter(|&k| k > st.start && is(doc, k, "for"));
    if for_at.is_some_and(|k| {
        word_in(
            doc.tok(k - 1),
            &[
                "suspended",
                "disqualified",
                "banned",
                "driving",
                "order",
                "licence",
            ],
        )
    }) {
        return None;
    }
    // "a suspended sentence of 18 months", "a community order of 12 months".
    if (b.saturating_sub(4).max(st.start)..b)
        .any(|k| word_in(doc.tok(k), &["suspended", "community"]))
    {
        return None;
    }
    // "during the first 15 months of an operation", "over the past 18 months": a span of
    // time the sentence is about, not a term.
    if b > st.start + 1
        && word_in(
            doc.tok(b - 1),
            &["first", "last", "past", "previous", "next"],
        )
        && word_in(doc.tok(b - 2), &["the", "its", "their"])
    {
        return None;
    }
    let window = b.saturating_sub(10).max(st.start)..b;
    if qualifier == Qualifier::UpTo
        || window.clone().any(|k| {
            word_in(
                doc.tok(k),
                &[
                    "face", "faces", "facing", "maximum", "carries", "could", "can",
                ],
            ) || (is(doc, k, "up") && is(doc, k + 1, "to"))
        })
    {
        // "could face up to 14 years in prison": a possible sentence, not one passed.
        return None;
    }
    // "was given 18 months", "received four years": verbs of giving say custody only
    // right before the term.
    let before = window.into_iter().any(|k| {
        word_in(doc.tok(k), &lexicon::CUSTODY_BEFORE)
            && (!word_in(doc.tok(k), &lexicon::CUSTODY_GIVEN) || k + 1 == b)
    });
    let after = (end..(end + 3).min(st.end)).any(|k| word_in(doc.tok(k), &lexicon::CUSTODY_AFTER));
    if !(before || after || listed_after_term(doc, st, qualifier, b)) {
        return None;
    }
    let mut item_end = end;
    if item_end < st.end && word_in(doc.tok(item_end), &["imprisonment", "custody", "detention"]) {
        item_end += 1;
    }
    let value = (value * 100.0).round() / 100.0;
    Some(figure(
        doc,
        Category::Conviction,
        q,
        Unit::Years,
        value,
        text_of(doc, e, item_end),
        qualifier,
        None,
        item_end,
        "sentenced to <n> years",
    ))
}

/// Whether the term at `b` continues a list of sentences, one after each name, whose first
/// term its verb made custodial: "Ann Reed was given 12 years, Tom Hale 10 years and Sam
/// Vance nine years". The verb stands once, before the first term; each later term follows
/// a name and a comma or "and" after the term before it.
fn listed_after_term(doc: &Doc, st: &Sentence, qualifier: Qualifier, b: usize) -> bool {
    let capitalised = |k: usize| doc.tok(k).chars().next().is_some_and(char::is_uppercase);
    let mut k = b;
    while k > st.start && b - k < 4 && capitalised(k - 1) {
        k -= 1;
    }
    if k == b || k < st.start + 3 || !word_in(doc.tok(k - 1), &[",", "and"]) {
        return false;
    }
    let unit = k - 2;
    if !word_in(doc.tok(unit), &["years", "year", "months", "month"]) {
        return false;
    }
    (unit.saturating_sub(3).max(st.start)..unit).any(|from| {
        number::read(doc, from, st.end)
            .is_some_and(|q| q.end == unit && custodial(doc, st, &q, qualifier, from).is_some())
    })
}

/// Whether the words from `k` name a prison sentence ("jail term", "prison sentence"),
/// not a community order or a suspended sentence.
fn hyphened_sentence(doc: &Doc, k: usize, limit: usize) -> bool {
    let window = k..(k + 3).min(limit);
    window.clone().any(|i| {
        word_in(
            doc.tok(i),
            &[
                "sentence",
                "jail",
                "prison",
                "term",
                "custodial",
                "imprisonment",
                "stretch",
            ],
        )
    }) && !window.into_iter().any(|i| {
        word_in(
            doc.tok(i),
            &["suspended", "community", "order", "ban", "driving"],
        )
    })
}

/// Counts: `"<n> <item>"` with the category from the noun, or from the verb for people,
/// vehicles and unknown nouns ("arrested 25 people", "stopped 664 vehicles").
fn count(doc: &Doc, st: &mut Sentence, q: &Quantity, qualifier: Qualifier, b: usize) -> Reading {
    if let Some(r) = rate_per_base(doc, st, q, qualifier) {
        return r;
    }
    if q.value.fract() != 0.0 {
        // "2.2 Berringer pistol": a calibre, not a count.
        return Reading::Skip;
    }
    let one = q.value == 1.0;
    // "found in one property", "at one address": where something was, not a thing counted.
    if one
        && q.written == Written::Words
        && b > st.start
        && word_in(doc.tok(b - 1), &["in", "at", "from", "inside"])
    {
        return Reading::Skip;
    }
    // "[63] Vehicles sent to Secondary": a results line with its count in brackets.
    let bracketed = b == st.start + 1 && is(doc, b - 1, "[") && is(doc, q.end, "]");
    let q = &if bracketed {
        Quantity {
            end: q.end + 1,
            ..*q
        }
    } else {
        *q
    };
    let change = change_around(doc, st, b, q.end);
    let (before, direct) = verb_before(doc, st, b);
    // "43 fewer shootings than the year before".
    let np_start = if q.end + 1 < st.end
        && word_in(
            doc.tok(q.end),
            &[
                "more",
                "fewer",
                "less",
                "additional",
                "further",
                "extra",
                "new",
            ],
        )
        && !is(doc, q.end + 1, "than")
    {
        q.end + 1
    } else {
        q.end
    };
    let Some(np) = noun_phrase(doc, np_start, st.end).filter(|n| n.first == np_start) else {
        return bare(doc, st, q, qualifier, change, b, before);
    };
    let item = text_of(doc, q.end, np.end);
    let after = verb_after(doc, np.end, st.end);
    let cat = match np.class {
        Some(NounClass::Never) => return Reading::Skip,
        Some(NounClass::Fixed(c)) => {
            if one && !(st.in_list || before.is_some() || after.is_some()) {
                return Reading::Skip;
            }
            // "charged 23 people with 87 offences": the offences are charges.
            let charged_with = c == Category::Incident
                && b > st.start
                && is(doc, b - 1, "with")
                && (b.saturating_sub(8).max(st.start)..b)
                    .any(|k| word_in(doc.tok(k), &["charged", "summonsed"]));
            // Officers are a deployment ("50 officers"), unless hurt ("two officers were
            // injured"); one or two officers are people in a story, not a deployment.
            let staff = c == Category::Activity
                && (np.first..np.end).any(|i| word_in(doc.tok(i), &lexicon::STAFF));
            if staff {
                let v = after.map(|a| a.0).or(before);
                if v == Some(VerbClass::Injure) {
                    return figure(
                        doc,
                        Category::Incident,
                        q,
                        Unit::Count,
                        q.value,
                        item,
                        qualifier,
                        change,
                        np.end,
                        "<n> officers injured",
                    );
                }
                if q.value <= 2.0 && v != Some(VerbClass::Activity) {
                    return Reading::Skip;
                }
            }
            // "The group used 23 mobile phones": other items count only when seized.
            let seized = st.in_list
                || before == Some(VerbClass::Seize)
                || after.map(|a| a.0) == Some(VerbClass::Seize)
                || st.seizure(doc);
            if charged_with {
                Category::Charge
            } else if c == Category::OtherItem && !seized {
                return Reading::Skip;
            } else {
                c
            }
        }
        Some(NounClass::Person) => {
            // "Three men who carried out a robbery ... have been jailed": the people did
            // what a doer verb says, so it is no police activity; their outcome comes later.
            // "Twelve men were held": people held are detained; meetings held are activity.
            let held = after.is_some_and(|a| {
                a.1 > 1
                    && is(doc, a.1 - 1, "held")
                    && word_in(doc.tok(a.1 - 2), &["were", "was", "been", "being", "are"])
                    && !(a.1..(a.1 + 3).min(st.end))
                        .any(|k| word_in(doc.tok(k), &["hostage", "captive", "gunpoint"]))
            });
            let doer = after.filter(|a| {
                a.0 == VerbClass::Activity
                    && a.1 > np.end
                    && word_in(doc.tok(a.1 - 1), &lexicon::DOER_VERBS)
            });
            let after = if doer.is_some() { None } else { after };
            let ahead_from = doer.map_or(np.end, |a| a.1);
            let v = after
                .map(|a| a.0)
                .or(if doer.is_some() { None } else { before })
                .or(verb_ahead(doc, ahead_from, st.end).map(|a| a.0));
            // "Two wanted men handed themselves in": they gave themselves up, an arrest.
            let gave_up = (np.end..(np.end + 5).min(st.end)).any(|k| {
                word_in(doc.tok(k), &["handed", "gave"])
                    && word_in(doc.tok(k + 1), &["themselves", "himself", "herself"])
                    && word_in(doc.tok(k + 2), &["in", "up"])
            });
            // "forty drunk drivers stopped", "two disqualified drivers caught": drivers named
            // by their offence, found by police, are offences found, not police activity.
            let offending = (np.first..np.end).any(|k| {
                word_in(
                    doc.tok(k),
                    &[
                        "drunk",
                        "drink",
                        "drug",
                        "impaired",
                        "suspended",
                        "disqualified",
                        "unlicensed",
                        "uninsured",
                        "speeding",
                    ],
                )
            });
            match v {
                _ if gave_up || held => Category::Arrest,
                None if term_follows(doc, np.end, st.end) => Category::Conviction,
                Some(VerbClass::Outcome(c)) => c,
                Some(VerbClass::Activity) if offending => Category::Incident,
                Some(VerbClass::Activity) => Category::Activity,
                Some(VerbClass::Injure) => Category::Incident,
                _ => return Reading::Skip,
            }
        }
        Some(NounClass::Vehicles) => match after
            .map(|a| a.0)
            .or(before)
            .or_else(|| verb_ahead(doc, np.end, st.end).map(|a| a.0))
        {
            Some(VerbClass::Seize) => Category::Vehicle,
            Some(VerbClass::Activity) => Category::Activity,
            // "detected 286 vehicles travelling in excess of the limit": offences found.
            Some(VerbClass::Outcome(Category::Incident)) => Category::Incident,
            None if st.in_list => Category::Vehicle,
            _ => return Reading::Skip,
        },
        Some(NounClass::Premises) => match after.map(|a| a.0).or(before) {
            Some(VerbClass::Activity) => Category::Activity,
            _ => return Reading::Skip,
        },
        None => match after.map(|a| a.0).or(if direct { before } else { None }) {
            Some(VerbClass::Seize) => Category::OtherItem,
            Some(VerbClass::Activity) => Category::Activity,
            // "4,000 euro was detected": only people and vehicles are detected offending.
            Some(VerbClass::Outcome(Category::Incident)) => return Reading::Skip,
            Some(VerbClass::Outcome(c)) => c,
            Some(VerbClass::Injure) => Category::Incident,
            None if st.in_list && b == st.start => Category::OtherItem,
            None => return Reading::Skip,
        },
    };
    figure(
        doc,
        cat,
        q,
        Unit::Count,
        q.value,
        item,
        qualifier,
        change,
        np.end,
        "<n> <item>",
    )
}

/// Whether the people counted before `from` received a term after it: "13 associates
/// received a further 37 years", "four men were given 30 months each".
fn term_follows(doc: &Doc, from: usize, limit: usize) -> bool {
    let mut j = from;
    while j < limit && word_in(doc.tok(j), &lexicon::AUX) {
        j += 1;
    }
    if j >= limit || !word_in(doc.tok(j), &["received", "given", "got", "handed"]) {
        return false;
    }
    j += 1;
    while j < limit
        && word_in(
            doc.tok(j),
            &["a", "further", "total", "of", "combined", "down"],
        )
    {
        j += 1;
    }
    number::read(doc, j, limit).is_some_and(|q| {
        q.end < limit && word_in(doc.tok(q.end), &["years", "year", "months", "month"])
    })
}

/// Where "per 1,000" or "for every 100,000" (and the noun it takes) starts at token `k`,
/// one past its end: the base of a rate.
fn per_base(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let n = if is(doc, k, "per") {
        k + 1
    } else if is(doc, k, "for") && is(doc, k + 1, "every") {
        k + 2
    } else {
        return None;
    };
    let base = number::read(doc, n, limit)?;
    let round = base.unit == Unit::Count
        && base.written == Written::Digits
        && [100.0, 1000.0, 10000.0, 100_000.0, 1_000_000.0].contains(&base.value);
    if !round {
        return None;
    }
    let end = match noun_phrase(doc, base.end, limit) {
        Some(np) if np.first == base.end => np.end,
        _ => base.end,
    };
    Some(end)
}

/// `"<n> crimes per 1,000 people"`, `"5.4 for every 1,000 residents"`: a rate, counted
/// against a round base of people.
fn rate_per_base(doc: &Doc, st: &Sentence, q: &Quantity, qualifier: Qualifier) -> Option<Reading> {
    let np = noun_phrase(doc, q.end, st.end).filter(|n| n.first == q.end);
    let after = np.map_or(q.end, |n| n.end);
    let end = per_base(doc, after, st.end)?;
    let item = text_of(doc, q.end, end);
    Some(figure(
        doc,
        Category::Rate,
        q,
        Unit::Count,
        q.value,
        item,
        qualifier,
        None,
        end,
        "<n> per <base>",
    ))
}

/// A number with no noun after it: "12 were charged", "151 were handguns", "two arrested",
/// or one that borrows its noun from a neighbour ("compared with 480", "an increase of 107").
fn bare(
    doc: &Doc,
    st: &Sentence,
    q: &Quantity,
    qualifier: Qualifier,
    change: Option<Change>,
    b: usize,
    _before: Option<VerbClass>,
) -> Reading {
    let e = q.end;
    if let Some(r) = labelled(doc, st, q, qualifier, b) {
        return r;
    }
    // "knives (187), firearms (12)": the noun before the brackets.
    if b > st.start + 1 && is(doc, b - 1, "(") && is(doc, e, ")") {
        if let Some(NounClass::Fixed(c)) = classify_words(doc, b - 2, b - 2) {
            let item = text_of(doc, b - 2, b - 1);
            let mut f = figure(
                doc,
                c,
                q,
                Unit::Count,
                q.value,
                item,
                qualifier,
                change,
                e + 1,
                "<item> (<n>)",
            );
            if let Reading::Figure(fig, _) = &mut f {
                fig.source.span = span(doc, b - 2, e + 1);
            }
            return f;
        }
    }
    // "151 were handguns".
    if word_in(
        doc.tok(e.min(doc.tokens.len() - 1)),
        &["were", "was", "are"],
    ) && e < st.end
    {
        // Not "64 were drug tested": there the noun names the test of a verb after it.
        let item = noun_phrase(doc, e + 1, st.end)
            .filter(|n| n.first == e + 1)
            .filter(|n| n.end >= st.end || verb_class(doc.tok(n.end)).is_none());
        if let Some(np) = item {
            if let Some(NounClass::Fixed(c)) = np.class {
                return figure(
                    doc,
                    c,
                    q,
                    Unit::Count,
                    q.value,
                    text_of(doc, np.first, np.end),
                    qualifier,
                    change,
                    np.end,
                    "<n> were <item>",
                );
            }
        }
    }
    // "Fourteen of the suspects were charged".
    if is(doc, e, "of")
        && (is(doc, e + 1, "the") || is(doc, e + 1, "those") || is(doc, e + 1, "these"))
    {
        if let Some(np) = noun_phrase(doc, e + 2, st.end).filter(|n| n.first == e + 2) {
            // "four of the major crime categories": a part of something no rule counts.
            if np.class.is_none() {
                return Reading::Skip;
            }
            if np.class == Some(NounClass::Person) {
                // "Six of the nine people arrested have been charged": the participle right
                // after the people describes them; the outcome of the six comes later.
                let found = verb_after(doc, np.end, st.end).map(|(v, end)| {
                    if end == np.end + 1 {
                        verb_ahead(doc, end, st.end).unwrap_or((v, end))
                    } else {
                        (v, end)
                    }
                });
                if let Some((VerbClass::Outcome(c), end)) = found {
                    return figure(
                        doc,
                        c,
                        q,
                        Unit::Count,
                        q.value,
                        text_of(doc, np.first, end),
                        qualifier,
                        change,
                        end,
                        "<n> of the <people> <outcome>",
                    );
                }
            }
        }
    }
    // "arrested 12 men and charged 7 of them".
    if let Some(VerbClass::Outcome(c)) =
        _before.filter(|_| b > st.start && verb_at(doc, b - 1).is_some())
    {
        let of_them = is(doc, e, "of") && (is(doc, e + 1, "them") || is(doc, e + 1, "whom"));
        let closes = e >= st.end
            || matches!(doc.tok(e), "," | "." | ";")
            || word_in(
                doc.tok(e),
                &["with", "for", "in", "over", "after", "on", "and"],
            );
        if of_them || closes {
            let end = if of_them { e + 2 } else { e };
            return figure(
                doc,
                c,
                q,
                Unit::Count,
                q.value,
                text_of(doc, b - 1, b),
                qualifier,
                change,
                end,
                "<outcome> <n> of them",
            );
        }
    }
    // "Seven people were arrested, four of them for drugs offences": a part of the figure
    // before, of its category, unless an outcome of its own follows ("two of whom were
    // charged").
    if is(doc, e, "of") && (is(doc, e + 1, "them") || is(doc, e + 1, "whom")) {
        if let Some((VerbClass::Outcome(c), end)) = verb_after(doc, e + 2, st.end) {
            return figure(
                doc,
                c,
                q,
                Unit::Count,
                q.value,
                text_of(doc, end - 1, end),
                qualifier,
                change,
                end,
                "<n> of them <outcome>",
            );
        }
        if b > st.start && is(doc, b - 1, ",") {
            return Reading::Bare(Bare {
                q: *q,
                qualifier,
                change,
                may_use_previous_sentence: false,
                area: None,
            });
        }
    }
    if let Some((v, end)) = verb_after(doc, e, st.end) {
        // "compared to 1,301 breathalysed in 2009", "1,200 stopped and 300 searched": a
        // participle of police activity right after the number counts the people it names.
        // ("one tested positive" is a result, not a test done.)
        let tested = end >= e + 3 && word_in(doc.tok(end - 2), &["breath", "drug"]);
        let done_to = v == VerbClass::Activity
            && (end == e + 1 && doc.tok(e).ends_with("ed") || tested)
            && q.value > 1.0
            && !word_in(
                doc.tok(end.min(st.end.saturating_sub(1))),
                &["positive", "negative"],
            );
        let cat = match v {
            VerbClass::Outcome(c) => Some(c),
            VerbClass::Injure => Some(Category::Incident),
            VerbClass::Activity if done_to => Some(Category::Activity),
            _ => None,
        };
        if let Some(c) = cat {
            return figure(
                doc,
                c,
                q,
                Unit::Count,
                q.value,
                text_of(doc, end - 1, end),
                qualifier,
                change,
                end,
                "<n> were <outcome>",
            );
        }
    }
    if q.value == 1.0 && q.written == Written::Words {
        // "one of the busiest", "one too many".
        return Reading::Skip;
    }
    let compare = b > st.start && word_in(doc.tok(b - 1), &lexicon::COMPARE_BEFORE);
    // "113 burglaries in Northtown, 74 in Eastvale and 39 in Westvale": counts by area,
    // each like the figure before it.
    // "a decrease of 1,104 in anti-social behaviour incidents": the change's own noun.
    if let (Some(ch), true) = (change, is(doc, e, "in")) {
        let from = if is(doc, e + 1, "the") { e + 2 } else { e + 1 };
        if let Some(np) = noun_phrase(doc, from, st.end).filter(|n| n.first == from) {
            if let Some(NounClass::Fixed(c)) = np.class {
                let way = match ch {
                    Change::Increase => "increase",
                    Change::Decrease => "decrease",
                };
                return figure(
                    doc,
                    c,
                    q,
                    Unit::Count,
                    q.value,
                    format!("{way} in {}", text_of(doc, np.first, np.end)),
                    qualifier,
                    change,
                    np.end,
                    "<rise|fall> of <n> in <item>",
                );
            }
        }
    }
    // "This is made up of: 113 in Northtown, ...": the first area after a breakdown's colon
    // takes the count of the sentence before.
    let after_breakdown = b > st.start
        && (is(doc, b - 1, ":") && breakdown_before(doc, st, b - 1)
            || word_in(doc.tok(b - 1), &["included", "includes", "including"]));
    let by_area = b > st.start && (is(doc, b - 1, ",") || after_breakdown) && is(doc, e, "in") && {
        // "39 in the Stratford area".
        let name = if is(doc, e + 1, "the") { e + 2 } else { e + 1 };
        doc.tokens.get(name).is_some_and(|t| t.shape.upper_first)
    };
    // "Arrests by district were Eastvale 12, Westvale 8 and Northgate 5": an area's count
    // after its name, in a list.
    let named_area = q.written == Written::Digits
        && area_before(doc, st, b)
        && (e >= st.end || matches!(doc.tok(e), "," | "." | ";" | "and"));
    // "74 in Eastvale (82 last year)": the same count a year before, in brackets.
    let year_before = b > st.start
        && is(doc, b - 1, "(")
        && is(doc, e, "last")
        && is(doc, e + 1, "year")
        && is(doc, e + 2, ")");
    if change.is_some() || compare || by_area || year_before || named_area {
        // "31 were prohibited possessors": a predicate the rules cannot read.
        if word_in(
            doc.tok(e.min(doc.tokens.len() - 1)),
            &["were", "was", "are", "is", "have", "had", "has"],
        ) && e < st.end
        {
            return Reading::Skip;
        }
        let next_ok = e >= st.end
            || !is_word(doc, e)
            || is_stop(doc.tok(e))
            || word_in(doc.tok(e), &["so", "last", "this"]);
        if !next_ok {
            return Reading::Skip;
        }
        // "This year it is 122 so far": the noun is in the sentence before.
        // "This went down to 19 last week", "It rose to 45": the same count, moved.
        let moved_to = b > st.start + 2
            && b - st.start <= 5
            && is(doc, b - 1, "to")
            && word_in(doc.tok(st.start), &["it", "this", "that"])
            && (st.start + 1..b - 1).any(|k| {
                word_in(
                    doc.tok(k),
                    &[
                        "fell",
                        "dropped",
                        "rose",
                        "went",
                        "climbed",
                        "increased",
                        "decreased",
                    ],
                )
            });
        let may_use_previous_sentence = moved_to
            || after_breakdown
            || b > st.start + 1
                && word_in(doc.tok(b - 1), &["is", "was", "stands", "stood"])
                && word_in(
                    doc.tok(b - 2),
                    &["it", "this", "that", "figure", "total", "number"],
                );
        let area = if by_area {
            let from = if is(doc, e + 1, "the") { e + 2 } else { e + 1 };
            area_after(doc, from, st.end)
        } else if named_area {
            let from = capitalised_before(doc, st, b, 3);
            (from < b).then(|| text_of(doc, from, b))
        } else if year_before {
            // "74 in Eastvale (82 last year)": the area before the brackets.
            let to = b - 1;
            let from = capitalised_before(doc, st, to, 4);
            let opened = from > st.start + 1
                && (is(doc, from - 1, "in") || is(doc, from - 1, "the") && is(doc, from - 2, "in"));
            (from < to && opened).then(|| text_of(doc, from, to))
        } else {
            None
        };
        // A name wrapped over two lines reads as one.
        let area = area.map(|a| a.split_whitespace().collect::<Vec<_>>().join(" "));
        return Reading::Bare(Bare {
            q: *q,
            qualifier,
            change,
            may_use_previous_sentence,
            area,
        });
    }
    Reading::Skip
}

/// The area named from token `from`: capitalised words, "and" between two of them
/// ("Ashby and Dunton"). None when the name runs on into a list ("Ashby,
/// Kelby and ..."), where a part of it would name the wrong area.
fn area_after(doc: &Doc, from: usize, limit: usize) -> Option<String> {
    let word = |k: usize| k < limit && is_word(doc, k) && capitalised(doc, k);
    let mut to = from;
    while to < from + 6 && word(to) {
        to += 1;
        if is(doc, to, "and") && word(to + 1) {
            to += 1;
        }
    }
    let runs_on = is(doc, to, ",") && word(to + 1);
    (to > from && !runs_on).then(|| text_of(doc, from, to))
}

/// Whether one to three capitalised words stand right before token `b`, after a list's
/// opening or separator (":", ",", "and", "were"): "were Eastvale 12, Westvale 8".
fn area_before(doc: &Doc, st: &Sentence, b: usize) -> bool {
    let a = capitalised_before(doc, st, b, 3);
    a < b
        && a > st.start
        && word_in(doc.tok(a - 1), &[":", ",", "and", "were", "was"])
        && classify_words(doc, a, b - 1).is_none()
}

/// Where the run of at most `max` capitalised words ending before token `end` starts, in
/// the sentence; `end` when there is none.
fn capitalised_before(doc: &Doc, st: &Sentence, end: usize, max: usize) -> usize {
    let mut a = end;
    while a > st.start && end - a < max && is_word(doc, a - 1) && capitalised(doc, a - 1) {
        a -= 1;
    }
    a
}

/// Whether the words of the sentence before the colon at `colon` open a breakdown of a
/// count: "This is made up of:", "These were broken down as follows:", "comprising:".
fn breakdown_before(doc: &Doc, st: &Sentence, colon: usize) -> bool {
    let from = colon.saturating_sub(6).max(st.start);
    (from..colon).any(|i| {
        let w = doc.tok(i);
        (word_in(w, &["made", "broken", "split"])
            && word_in(doc.tok((i + 1).min(colon)), &["up", "down"]))
            || word_in(w, &["comprising", "comprises", "consists", "consisting"])
    })
}

/// A results line with a label: "Arrests: 45", "Knives seized - 12", "People charged: 9".
fn labelled(
    doc: &Doc,
    st: &Sentence,
    q: &Quantity,
    qualifier: Qualifier,
    b: usize,
) -> Option<Reading> {
    let e = q.end;
    let closes = e >= st.end || matches!(doc.tok(e), "." | ";" | ",") && e + 1 >= st.end;
    let separated = b > st.start && matches!(doc.tok(b - 1), ":" | "-" | "\u{2013}" | "\u{2014}");
    // A table's row under its heading needs no separator: "Eastvale 1,204".
    let row = st.heading.is_some() && b > st.start && is_word(doc, b - 1);
    if !closes || !(separated || row) || (!row && b <= st.start + 1) {
        return None;
    }
    let label_end = if separated { b - 1 } else { b };
    if label_end - st.start > 6 {
        return None;
    }
    let last = (st.start..label_end).rev().find(|&i| is_word(doc, i))?;
    // "Northtown: 35" under "House burglaries by district:": an area's count of what
    // the heading names.
    if let Some((category, noun)) = &st.heading {
        let area = (st.start..label_end)
            .all(|i| is_word(doc, i) && doc.tokens[i].shape.upper_first)
            && classify_words(doc, st.start, last).is_none()
            && verb_at(doc, last).is_none();
        if area {
            let item = format!("{noun} ({})", text_of(doc, st.start, label_end));
            let mut f = figure(
                doc,
                *category,
                q,
                q.unit,
                q.value,
                item,
                qualifier,
                None,
                e,
                if separated {
                    "<place>: <n>"
                } else {
                    "<place> <n>"
                },
            );
            if let Reading::Figure(fig, _) = &mut f {
                fig.source.span = span(doc, st.start, e);
            }
            return Some(f);
        }
    }
    let category = match classify_words(doc, st.start, last) {
        Some(NounClass::Fixed(c)) => c,
        Some(NounClass::Vehicles) => Category::Vehicle,
        _ => match verb_at(doc, last) {
            Some(VerbClass::Outcome(c)) => c,
            Some(VerbClass::Injure) => Category::Incident,
            Some(VerbClass::Activity) => Category::Activity,
            Some(VerbClass::Seize) => {
                // "Knives seized: 12": the noun before the verb says what.
                match (st.start..last)
                    .rev()
                    .find_map(|i| classify_words(doc, st.start, i))
                {
                    Some(NounClass::Fixed(c)) => c,
                    Some(NounClass::Vehicles) => Category::Vehicle,
                    _ => Category::OtherItem,
                }
            }
            None => return None,
        },
    };
    let seized_label = (st.start..label_end).any(|i| verb_at(doc, i) == Some(VerbClass::Seize));
    if category == Category::OtherItem && !(seized_label || st.in_list) {
        // "Phone: 101", "Item: 3": other items count only when the label says seized.
        return None;
    }
    let item = text_of(doc, st.start, label_end);
    let rule = "<label>: <n>";
    let mut f = figure(
        doc, category, q, q.unit, q.value, item, qualifier, None, e, rule,
    );
    if let Reading::Figure(fig, _) = &mut f {
        fig.source.span = span(doc, st.start, e);
    }
    Some(f)
}

/// Resolves a bare number from the figures around it.
/// The figures of a sentence that a bare number may take its noun from.
struct Neighbours<'a> {
    /// Counted figures read with their own noun, by position.
    anchors: &'a [(usize, Category, String)],
    /// The bare number resolved last, which lies before the one being resolved.
    last_resolved: Option<&'a (usize, Category, String)>,
}

fn resolve_bare(
    doc: &Doc,
    st: &Sentence,
    b: &Bare,
    near: &Neighbours,
    previous: Option<&Figure>,
) -> Option<Figure> {
    let at = doc.tokens.get(b.q.digits)?.start;
    let n = near.anchors.partition_point(|a| a.0 < at);
    let mut before = n.checked_sub(1).and_then(|i| near.anchors.get(i));
    if let Some(r) = near.last_resolved {
        if before.is_none_or(|a| a.0 < r.0) {
            before = Some(r);
        }
    }
    let after = near.anchors.get(n).filter(|a| a.0 > at);
    let (category, item) = if let Some(f) = before.or(after) {
        (f.1, f.2.clone())
    } else if let Some((c, item)) = subject_noun(doc, st, b.q.first) {
        (c, item)
    } else if let (true, Some(p)) = (b.may_use_previous_sentence && b.change.is_none(), previous) {
        if p.unit != Unit::Count || p.change.is_some() {
            return None;
        }
        (p.category, p.item.clone())
    } else {
        return None;
    };
    let item = match b.change {
        Some(Change::Increase) => format!("increase in {item}"),
        Some(Change::Decrease) => format!("decrease in {item}"),
        None => item,
    };
    // "house burglaries (Eastvale)": an area's count says its area, as a heading's lines do.
    let item = match &b.area {
        Some(area) => format!("{item} ({area})"),
        None => item,
    };
    Some(Figure {
        category,
        value: b.q.value,
        unit: Unit::Count,
        item,
        qualifier: b.qualifier,
        period: None,
        change: b.change,
        value_certainty: b.q.certainty,
        period_certainty: Certainty::Stated,
        source: Source::new(span(doc, b.q.first, b.q.end), "<n> like its neighbour"),
    })
}

/// The first counted noun of the sentence before token `before`: "offences ... rose to 44,076",
/// "Shootings: ... from 283 ... to 196".
fn subject_noun(doc: &Doc, st: &Sentence, before: usize) -> Option<(Category, String)> {
    for i in before.saturating_sub(60).max(st.start)..before {
        if !is_word(doc, i) {
            continue;
        }
        if let Some(NounClass::Fixed(c)) = classify_words(doc, i, i) {
            // "knife crime", "gun crime": the noun is a modifier when a noun follows.
            let next = if i + 1 < st.end { doc.tok(i + 1) } else { "" };
            let plural = doc.tok(i).to_ascii_lowercase().ends_with('s');
            let next_is_noun = is_word(doc, i + 1)
                && !is_stop(next)
                && verb_class(next).is_none()
                && !next.ends_with("ing")
                && !next.ends_with("ed");
            if !plural && next_is_noun {
                continue;
            }
            return Some((c, text_of(doc, i, i + 1)));
        }
    }
    None
}

/// `"a <item>"` in a seizure: "uncovered ... and a replica firearm", "a suspected handgun
/// was found", a list line "A live revolver".
fn article(doc: &Doc, st: &Sentence, q: &Quantity, b: usize) -> Reading {
    let Some(np) = noun_phrase(doc, q.end, st.end).filter(|n| n.first == q.end) else {
        return Reading::Skip;
    };
    let cat = match np.class {
        Some(NounClass::Fixed(c))
            if matches!(
                c,
                Category::Firearm
                    | Category::Knife
                    | Category::OffensiveWeapon
                    | Category::Drugs
                    | Category::Ammunition
            ) =>
        {
            c
        }
        Some(NounClass::Vehicles) => Category::Vehicle,
        _ => return Reading::Skip,
    };
    // Only countable singular nouns: "a knife", not "a quantity of cannabis".
    let head = np.end.saturating_sub(1);
    let mut last_word = head;
    while last_word > np.first && !is_word(doc, last_word) {
        last_word -= 1;
    }
    let hw = doc.tok(last_word).to_ascii_lowercase();
    let mass = [
        "cannabis",
        "skunk",
        "cocaine",
        "heroin",
        "crack",
        "ammunition",
        "mdma",
        "ecstasy",
        "ketamine",
        "amphetamine",
        "meth",
        "methamphetamine",
        "fentanyl",
        "drugs",
    ];
    if hw.ends_with('s') || mass.contains(&hw.as_str()) {
        return Reading::Skip;
    }
    let after = verb_after(doc, np.end, st.end).map(|a| a.0);
    let ok = if b > st.start {
        let w = doc.tok(b - 1);
        if word_in(
            w,
            &[
                "of",
                "with",
                "for",
                "carrying",
                "possessing",
                "possession",
                "using",
                "brandishing",
                "wielding",
                "holding",
                "buying",
                "buy",
                "sold",
                "selling",
                "sell",
                "had",
                "has",
                "have",
                "like",
                "into",
                "in",
                "from",
                "by",
                "on",
                "at",
                "to",
                "about",
                "what",
                "such",
                "as",
            ],
        ) {
            false
        } else if verb_at(doc, b - 1) == Some(VerbClass::Seize) || after == Some(VerbClass::Seize) {
            true
        } else {
            (matches!(w, "," | ";")
                || word_in(
                    w,
                    &[
                        "and",
                        "include",
                        "included",
                        "including",
                        "includes",
                        "plus",
                    ],
                ))
                && st.seizure(doc)
        }
    } else {
        // "A loaded revolver, a machete and a knife were found."
        let listed =
            np.end < st.end && (matches!(doc.tok(np.end), "," | ";") || is(doc, np.end, "and"));
        st.in_list || after == Some(VerbClass::Seize) || (st.seizure(doc) && listed)
    };
    if !ok {
        return Reading::Skip;
    }
    figure(
        doc,
        cat,
        q,
        Unit::Count,
        1.0,
        text_of(doc, np.first, np.end),
        Qualifier::Exact,
        None,
        np.end,
        "a <item> seized",
    )
}
