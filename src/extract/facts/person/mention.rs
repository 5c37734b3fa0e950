//! Mentions of people: each rule reads one shape ("<rank> <name>", "said <name>",
//! "<name>, <age>, of ...") and gives a mention with its rank and role; `group` then joins
//! the mentions of one person however named.

use crate::extract::lexicon::{words, WordList};
use crate::extract::sorting;

use super::lexicon::{
    opens_prefix, opens_rank, ranks_by_first_word, CUSTODY_VERBS, FIRST_NAME_HONORIFICS,
    NOT_ROLE_START, RANKS, RANK_PREFIXES, SPEECH_VERB_WORDS, TITLE_CASE_ABBREVIATIONS, WEAK_RANKS,
};
use super::name::{
    in_list, is_honorific, is_name_word, read_name, read_name_after_rank, skip_post_nominals, Name,
};
use std::collections::HashMap;

use crate::extract::facts::figure::number;
use crate::extract::model::{Person, Source, Span};
use crate::extract::text::{is_quote_mark, same_word, Doc, TokenKind};

/// One place where the text names a person.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Rank and name together, as the source of the fact.
    pub span: Span,
    pub name: Name,
    /// The byte span of the name (honorific included).
    pub name_span: Span,
    pub rank: Option<Span>,
    pub role: Option<Span>,
    /// Whether the mention makes the person someone who may speak (not a suspect).
    pub speaker: bool,
    pub rule: &'static str,
}

/// Whether token `i` is one of the speech verbs.
pub fn is_speech_verb(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && SPEECH_VERB_WORDS.has(doc.tok(i))
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

/// Whether token `i` may be written as the rank word `lex`: full words in any case after
/// the first, abbreviations in capitals or in the title case that the press uses ("Pc").
fn rank_word_ok(doc: &Doc, i: usize, lex: &str, first: bool) -> bool {
    let w = doc.tok(i);
    if lex == "and" || lex == "of" {
        return true;
    }
    if lex.len() <= 3 || in_list(&TITLE_CASE_ABBREVIATIONS, lex) {
        let caps = w.chars().all(char::is_uppercase);
        return caps || (starts_upper(w) && in_list(&TITLE_CASE_ABBREVIATIONS, w));
    }
    !first || starts_upper(w)
}

/// Matches the words of `rank` at token `i`; returns the token after the match. A full stop
/// may follow any word ("Lt.", "Det. Supt."), and "/" may follow a prefix ("T/DCI").
fn match_words(doc: &Doc, i: usize, rank: &str, first: bool) -> Option<usize> {
    let mut j = i;
    for (k, w) in rank.split(' ').enumerate() {
        if !is_word(doc, j)
            || !same_word(doc.tok(j), w)
            || !rank_word_ok(doc, j, w, first && k == 0)
        {
            return None;
        }
        if k > 0 && doc.tokens.get(j).is_some_and(|t| t.line_before) {
            return None;
        }
        j += 1;
        if doc.is(j, ".") && doc.tokens.get(j).is_some_and(|t| !t.space_before) {
            j += 1;
        }
        // "Attorney-General", "Lieutenant-Colonel": a hyphen may join the words of a rank.
        let more = k + 1 < rank.split(' ').count();
        if more
            && doc.is(j, "-")
            && doc.tokens.get(j).is_some_and(|t| !t.space_before)
            && doc.tokens.get(j + 1).is_some_and(|t| !t.space_before)
        {
            j += 1;
        }
    }
    Some(j)
}

/// A rank at token `i`: optional prefixes ("Acting", "T/", "Det") and the longest listed
/// rank. Returns the token after it and whether the rank is a weak one ("Chief", "Officer").
pub fn match_rank(doc: &Doc, i: usize) -> Option<(usize, bool)> {
    match_rank_case(doc, i, true)
}

/// `match_rank`, where `cap` says whether the first word must be capitalised.
fn match_rank_case(doc: &Doc, i: usize, cap: bool) -> Option<(usize, bool)> {
    if !is_word(doc, i) || !opens_rank(doc.tok(i)) {
        return None;
    }
    // Prefixes, greedily: "Acting", "Temporary", "T/", "A/", "Det", "Detective Acting".
    let mut j = i;
    for _ in 0..3 {
        if !is_word(doc, j) || !opens_prefix(doc.tok(j)) {
            break;
        }
        let hit = RANK_PREFIXES.iter().find_map(|p| {
            // The prefix's first word must be this token: most prefixes are turned away
            // here, before the words are split.
            if !doc.is(j, p.split_once(' ').map_or(p, |(head, _)| head)) {
                return None;
            }
            let after = match_words(doc, j, p, j == i && cap)?;
            let slash = doc.is(after, "/");
            match (p.len() == 1, slash) {
                (true, false) => None,
                (_, true) => Some(after + 1),
                (false, false) => Some(after),
            }
        });
        match hit {
            Some(h) => j = h,
            None => break,
        }
    }
    if j > i && rank_at(doc, j, false).is_none() {
        j = i;
    }
    let prefixed = j > i;
    let (end, weak) = match rank_at(doc, j, j == i && cap) {
        Some(x) => x,
        // "Detective John Smith" (US style): the prefix alone is the rank.
        None if !prefixed => {
            if !(doc.is(i, "detective") || doc.is(i, "det")) {
                return None;
            }
            let end = match_words(doc, i, "detective", cap)
                .or_else(|| match_words(doc, i, "det", cap))?;
            (end, true)
        }
        None => return None,
    };
    Some((end, weak && !prefixed))
}

fn rank_at(doc: &Doc, j: usize, first: bool) -> Option<(usize, bool)> {
    if !is_word(doc, j) || !opens_rank(doc.tok(j)) {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    // Only the ranks whose first word is this token can match, taken in list order.
    let w = doc.tok(j);
    for r in ranks_by_first_word()
        .positions(w)
        .iter()
        .filter_map(|&k| RANKS.get(k))
    {
        if let Some(end) = match_words(doc, j, r, first) {
            if best.is_none_or(|(e, _)| end > e) {
                best = Some((end, r));
            }
        }
    }
    best.map(|(end, r)| (end, in_list(&WEAK_RANKS, r)))
}

/// The byte span of tokens `a..b`.
fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    match (
        doc.tokens.get(a),
        b.checked_sub(1).and_then(|l| doc.tokens.get(l)),
    ) {
        (Some(x), Some(y)) if b > a => Span::new(x.start, y.end),
        _ => Span::default(),
    }
}

/// Whether the token before `i` is a speech verb ("said Charlie Doyle") or "according to".
fn speech_before(doc: &Doc, i: usize) -> bool {
    if i > 0 && is_speech_verb(doc, i - 1) {
        return true;
    }
    // "according to Kay Linden", "according to police spokeswoman Kay Linden": up to two
    // words in lower case that name the job may stand between.
    (0..=2).any(|skip| {
        i > skip + 1
            && doc.is(i - skip - 1, "to")
            && doc.is(i - skip - 2, "according")
            && (i - skip..i).all(|k| is_word(doc, k) && doc.tok(k).starts_with(char::is_lowercase))
            && (skip == 0 || in_list(&ROLE_NOUNS, doc.tok(i - 1)))
    })
}

/// Whether words follow the colon at `j` in its own paragraph: "Jo Hart: \"We ...\"" is
/// a speaker; a line "Checkpoint Results:" over a list is a heading.
fn words_follow_in_line(doc: &Doc, j: usize) -> bool {
    let (Some(colon), Some(next)) = (doc.tokens.get(j), doc.tokens.get(j + 1)) else {
        return false;
    };
    doc.paragraph_index(colon.start) == doc.paragraph_index(next.start)
}

/// Whether a speech verb (or a colon) follows at `i`, with at most an adverb between.
fn speech_after(doc: &Doc, i: usize) -> bool {
    let j = if doc.is(i, ",") { i + 1 } else { i };
    if is_speech_verb(doc, j) || doc.is(j, ":") && words_follow_in_line(doc, j) {
        return true;
    }
    // "Jane Smith also said", "John Smith has said".
    is_word(doc, j)
        && [
            "also",
            "has",
            "had",
            "then",
            "later",
            "further",
            "previously",
        ]
        .iter()
        .any(|w| doc.is(j, w))
        && is_speech_verb(doc, j + 1)
}

/// Role words that may open a sentence before a rank: "Investigating officer, DCI ...".
#[rustfmt::skip]
static ROLE_NOUNS: WordList = words![
    "officer", "lead", "head", "spokesperson", "spokesman", "spokeswoman", "manager",
    "director", "chair", "chairman", "chairwoman", "coordinator", "co-ordinator", "leader",
    "investigator", "commander", "secretary", "minister", "chief", "executive",
];

/// The words after a name that describe the job, as a token range: ", the Met's Violence Lead," / " of Operation Jemlock" /
/// ", who is leading the week," (the role is "leading the week").
fn role_after(doc: &Doc, i: usize, said_before: bool) -> Option<(usize, usize)> {
    let comma = doc.is(i, ",");
    let start = if comma { i + 1 } else { i };
    if !comma
        && !["of", "from", "at", "with"]
            .iter()
            .any(|w| doc.is(start, w))
    {
        return None;
    }
    if doc
        .tokens
        .get(start)
        .is_some_and(|t| t.kind == TokenKind::Number)
        || doc.is(start, "aged")
    {
        return None;
    }
    let mut a = start;
    if doc.is(a, "who") {
        a += 1;
        if ["is", "was", "are", "has", "had"]
            .iter()
            .any(|w| doc.is(a, w))
            && !doc.is(a + 1, "been")
        {
            a += 1;
        }
    }
    let mut j = a;
    while j < doc.tokens.len() && j < a + 16 {
        let t = doc.tokens[j];
        if j > a && t.line_before {
            break;
        }
        let w = doc.tok(j);
        if w == "," || w == ":" || w == ";" || is_speech_verb(doc, j) {
            break;
        }
        if w.chars().next().is_some_and(is_quote_mark) || w == "(" {
            return None;
        }
        if (w == "." || w == "!" || w == "?")
            && doc.tokens.get(j + 1).is_none_or(|n| n.space_before)
        {
            break;
        }
        j += 1;
    }
    if j == a || in_list(&NOT_ROLE_START, doc.tok(a)) {
        return None;
    }
    // "DS Paul Hill, DC Lucy Hart and PC Tom Wells were commended": another person's rank
    // and name, not a role.
    let next_is_name = doc
        .tokens
        .get(a + 1)
        .is_some_and(|_| starts_upper(doc.tok(a + 1)) && !opens_rank(doc.tok(a + 1)));
    if starts_upper(doc.tok(a)) && opens_rank(doc.tok(a)) && next_is_name {
        return None;
    }
    let closed_by_speech = speech_after(doc, j);
    let ends_sentence = j >= doc.tokens.len()
        || matches!(doc.tok(j), "." | "!" | "?")
        || doc.tokens.get(j).is_some_and(|t| t.line_before);
    // ", a department spokesman," names a job wherever the sentence goes next.
    let job = comma
        && doc.is(j, ",")
        && ["the", "a", "an"].iter().any(|w| doc.is(a, w))
        && j > a
        && in_list(&ROLE_NOUNS, doc.tok(j - 1));
    let ok = closed_by_speech || job || (said_before && (ends_sentence || doc.is(j, ",")));
    ok.then_some((a, j))
}

/// A role phrase that opens the sentence before the mention: "Investigating officer,".
fn role_before(doc: &Doc, first: usize) -> Option<Span> {
    if first < 2 || !doc.is(first - 1, ",") {
        return None;
    }
    let comma = first - 1;
    let sentence = doc.sentence_of(doc.tokens.get(comma)?.start)?;
    let a = doc.token_at(sentence.start);
    if comma <= a || comma - a > 12 {
        return None;
    }
    let all_words = (a..comma)
        .all(|k| is_word(doc, k) || doc.is(k, "-") || doc.is(k, "'") || doc.is(k, "\u{2019}"));
    // "Investigating officer," / "National Police Chiefs' Council lead for knife crime,".
    let job = (a..comma).any(|k| in_list(&ROLE_NOUNS, doc.tok(k)));
    let circumstance = in_list(&NOT_ROLE_START, doc.tok(a));
    (all_words && starts_upper(doc.tok(a)) && job && !circumstance).then(|| span_of(doc, a, comma))
}

/// Police words that end an organisation standing before a rank ("Metropolitan Police
/// Commissioner"); the organisation and rank together are the role.
#[rustfmt::skip]
static FORCE_WORDS: WordList = words![
    "police", "constabulary", "met", "psni", "garda", "service", "force", "county", "department",
];

fn force_before(doc: &Doc, first: usize) -> Option<usize> {
    if first == 0 || !is_word(doc, first - 1) || !in_list(&FORCE_WORDS, doc.tok(first - 1)) {
        return None;
    }
    let mut a = first - 1;
    while a > 0
        && first - a < 5
        && is_word(doc, a - 1)
        && starts_upper(doc.tok(a - 1))
        && !doc.is(a - 1, "the")
        && !doc.tokens.get(a).is_some_and(|t| t.line_before)
    {
        a -= 1;
    }
    starts_upper(doc.tok(a)).then_some(a)
}

/// Spans known to be something other than a person, sorted for lookups in logarithmic time.
pub struct Blocked {
    /// Spans by start.
    spans: Vec<Span>,
    /// For each `k`, the furthest end among the first `k + 1` spans.
    reach: Vec<usize>,
}

impl Blocked {
    pub fn new(mut spans: Vec<Span>) -> Blocked {
        sorting::sort(&mut spans);
        let mut far = 0;
        let reach = spans
            .iter()
            .map(|s| {
                far = far.max(s.end);
                far
            })
            .collect();
        Blocked { spans, reach }
    }

    /// Whether any blocked span shares a position with `span`.
    pub fn overlaps(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start < span.end);
        k > 0 && self.reach.get(k - 1).is_some_and(|&e| e > span.start)
    }
}

/// Finds every mention in the text, in order. `blocked` holds spans that are known to be
/// something else (organisations, places), which a name without a rank must not overlap.
pub fn find_mentions(doc: &Doc, blocked: &Blocked) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some((m, next)) = ranked(doc, i)
            .or_else(|| honorific(doc, i))
            .or_else(|| unranked(doc, i, blocked))
        {
            let suspect = !m.speaker;
            out.push(m);
            i = next.max(i + 1);
            // "officers arrested Sam Reid and Jo Hart": the names joined to a suspect's.
            if suspect {
                while let Some((m2, n2)) = joined_name(doc, i, blocked) {
                    out.push(m2);
                    i = n2.max(i + 1);
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Builds the mention from its parts, with the role that follows the name.
fn mention(
    doc: &Doc,
    first: usize,
    rank: Option<(usize, usize)>,
    name: Name,
    rule: &'static str,
    speaker: bool,
) -> (Mention, usize) {
    let after = skip_post_nominals(doc, name.end);
    let said_before = speech_before(doc, first);
    let mut role = role_after(doc, after, said_before).map(|(a, b)| span_of(doc, a, b));
    if role.is_none() {
        role = role_before(doc, first);
    }
    let name_span = span_of(doc, name.start, name.end);
    let span = span_of(doc, first, name.end);
    let m = Mention {
        span,
        name_span,
        rank: rank.map(|(a, b)| span_of(doc, a, b)),
        role,
        speaker,
        rule,
        name,
    };
    (m, after)
}

/// "<rank> <name>": "Detective Superintendent Nick Blackburn", "Insp Morriss",
/// "Metropolitan Police Commissioner Sir Bernard Hogan-Howe", "the Chief Constable, John Robins".
fn ranked(doc: &Doc, i: usize) -> Option<(Mention, usize)> {
    if !is_word(doc, i) {
        return None;
    }
    // A rank in lower case counts when it has two words or more and a full name follows:
    // "NPCC deputy assistant commissioner Graham Lowe said".
    let upper = starts_upper(doc.tok(i));
    // "Kent Police Commissioner Jo Hart": "Police" after a capitalised word ends the
    // force's name, and the rank starts after it.
    if doc.is(i, "police")
        && i > 0
        && is_word(doc, i - 1)
        && starts_upper(doc.tok(i - 1))
        && !doc.tokens.get(i).is_some_and(|t| t.line_before)
    {
        return None;
    }
    let (mut end, weak) = match_rank_case(doc, i, upper)?;
    // One word in lower case counts after a force's name: "Kent Police inspector Jo Hill".
    let after_force = !upper && !weak && force_before(doc, i).is_some();
    let weak = weak || (!upper && end - i < 2 && !after_force);
    if !upper && end - i < 2 && !after_force {
        return None;
    }
    let the = i > 0 && doc.is(i - 1, "the");
    // "the Mayor of London, Sadiq Khan": the office runs to the comma.
    if the && (doc.is(end, "of") || doc.is(end, "for")) {
        let mut k = end + 1;
        while k < end + 6 && is_word(doc, k) && (starts_upper(doc.tok(k)) || doc.is(k, "and")) {
            k += 1;
        }
        if k > end + 1 && doc.is(k, ",") {
            end = k;
        }
    }
    // "Chief Constable, Jane Marsh, said", "Assistant Commissioner of Serious Crime, Jo
    // Hart, said": a rank that opens its sentence may be set off by commas, the office it
    // heads ("of ...") between; the rank keeps its own words.
    let opens = doc.tokens.get(i).is_some_and(|t| {
        t.line_before || doc.sentence_of(t.start).is_some_and(|r| r.start == t.start)
    });
    let mut at = end;
    if opens && upper && !the && (doc.is(end, "of") || doc.is(end, "for")) {
        let mut k = end + 1;
        while k < end + 8 && is_word(doc, k) && (starts_upper(doc.tok(k)) || doc.is(k, "and")) {
            k += 1;
        }
        if k > end + 1 && doc.is(k, ",") {
            at = k;
        }
    }
    let mut comma = false;
    if doc.is(at, ",") && (the || opens && upper) {
        at += 1;
        comma = true;
    }
    // "Detective Sergeant (DS) Jane Doe": the abbreviation in brackets is skipped.
    if doc.is(at, "(") && is_word(doc, at + 1) && doc.is(at + 2, ")") {
        at += 3;
    }
    if doc.tokens.get(at).is_some_and(|t| t.line_before) {
        return None;
    }
    let (name, rank_end) = match read_name_after_rank(doc, at, |k| match_rank(doc, k).is_some()) {
        Some(name) => (name, end),
        None => titled_of(doc, at)?,
    };
    let full = name.len() >= 2 || (name.honorific.is_some() && name.len() >= 1);
    if (weak || comma || !upper) && !full {
        return None;
    }
    // Without "the", the name set off by commas is closed by a comma or a speech verb.
    if comma && !the {
        let after = skip_post_nominals(doc, name.end);
        if !(doc.is(after, ",") || speech_after(doc, after)) {
            return None;
        }
    }
    let force = force_before(doc, i);
    let (mut m, next) = mention(
        doc,
        i,
        Some((i, rank_end)),
        name,
        if comma {
            "the <rank>, <name>"
        } else {
            "<rank> <name>"
        },
        true,
    );
    if m.role.is_none() {
        if let Some(a) = force {
            m.role = Some(span_of(doc, a, rank_end));
        }
    }
    Some((m, next))
}

/// A title that names its office before the name: "Minister for Justice Helen Tully",
/// "Mayor of Westport Ann Doyle". `at` is the token after the title's first words; the name
/// is the last two capitalised words of the run, the rest belongs to the rank.
fn titled_of(doc: &Doc, at: usize) -> Option<(Name, usize)> {
    if !(doc.is(at, "for") || doc.is(at, "of")) {
        return None;
    }
    let mut j = at + 1;
    let mut run = Vec::new();
    while run.len() < 8 {
        let t = doc.tokens.get(j)?;
        if t.line_before {
            break;
        }
        let w = doc.tok(j);
        let acronym = w.chars().count() > 1 && w.chars().all(char::is_uppercase);
        if is_word(doc, j) && !acronym && (starts_upper(w) || w == "and") {
            run.push(j);
            j += 1;
        } else {
            break;
        }
    }
    let words: Vec<usize> = run
        .iter()
        .copied()
        .filter(|&k| starts_upper(doc.tok(k)))
        .collect();
    if words.len() < 3 {
        return None;
    }
    let first = *words.get(words.len() - 2)?;
    let name = read_name(doc, first)?;
    if name.len() != 2 || name.end != j {
        return None;
    }
    let office_end = run.iter().copied().filter(|&k| k < first).max()? + 1;
    Some((name, office_end))
}

/// "<honorific> <name>": "Sir Bernard", "Mrs Jane Doe", "Dr Amy Lee".
fn honorific(doc: &Doc, i: usize) -> Option<(Mention, usize)> {
    // Only a name read from an honorific counts; most tokens are none.
    if !is_honorific(doc, i) {
        return None;
    }
    let name = read_name(doc, i)?;
    name.honorific?;
    Some(mention(doc, i, None, name, "<honorific> <name>", true))
}

/// Names without a rank or honorific, where the context says they are a person:
/// "said Charlie Doyle", "Joe Traynor, from the ONS, said:", "John Smith, 34, of ...",
/// "named as John Smith".
fn unranked(doc: &Doc, i: usize, blocked: &Blocked) -> Option<(Mention, usize)> {
    if !is_name_word(doc, i) {
        return None;
    }
    let free = free_standing(doc, i);
    // After a preposition a name is more often a place ("to Mill Lane"), unless its
    // surname comes back as a defendant's ("matched to Dale Hartigan. Hartigan, 41,").
    let after_preposition = i > 0
        && ["to", "for", "from", "by", "on", "at", "of"]
            .iter()
            .any(|w| doc.is(i - 1, w));
    if !free && !after_preposition {
        return None;
    }
    let name = read_name(doc, i)?;
    if name.len() < 2 {
        return None;
    }
    let span = span_of(doc, name.start, name.end);
    if blocked.overlaps(span) || thing_of_age(doc, i) {
        return None;
    }
    if !free {
        return surname_in_court_later(doc, name.end)
            .then(|| mention(doc, i, None, name, "<name> ... <surname>, <age>,", false));
    }
    // A possessive name is an organisation's or a place's more often than a person's.
    if doc.tokens.get(name.end).is_some_and(|t| !t.space_before) && doc.is(name.end, "'") {
        return None;
    }
    let after = skip_post_nominals(doc, name.end);
    let said_before = speech_before(doc, i);
    let named_as = i >= 2
        && doc.is(i - 1, "as")
        && (doc.is(i - 2, "named") || doc.is(i - 2, "identified") || doc.is(i - 3, "named"));
    let role = role_after(doc, after, said_before);
    let said_after =
        speech_after(doc, after) || role.is_some_and(|(_, end)| speech_after(doc, end));
    // "Dean Moyle, who ran the group, ...": a relative clause that only a person takes.
    let who = doc.is(after, ",") && doc.is(after + 1, "who");
    let aged = suspect_age(doc, after) || age_before(doc, i);
    let pair = list_in_custody(doc, after);
    let custody =
        custody_after(doc, after) || custody_before(doc, i) || term_after(doc, after, i) || pair;
    // "Jo Hart, Chief Constable of Kent Police, said": a rank set off after the name.
    let rank_after = rank_after_name(doc, after);
    if let Some(r) = rank_after {
        return Some(mention(doc, i, Some(r), name, "<name>, <rank>", true));
    }
    let rule = if said_before {
        "said <name>"
    } else if said_after {
        "<name> said"
    } else if aged {
        "<name>, <age>,"
    } else if custody {
        "<name> was charged"
    } else if named_as {
        "named as <name>"
    } else if who {
        "<name>, who"
    } else if surname_in_court_later(doc, name.end) {
        "<name> ... <surname>, <age>,"
    } else {
        return None;
    };
    Some(mention(
        doc,
        i,
        None,
        name,
        rule,
        said_before || said_after || !(aged || custody),
    ))
}

/// "Jo Hart and Sam Reid were jailed", "Jo Hart, Sam Reid and Al Dunn were charged": the
/// names of a list that a plural verb of the courts closes. `after` is the token after the
/// first name; whether the names that follow it, then "and", a last name and "were" with
/// the verb, make such a list.
fn list_in_custody(doc: &Doc, after: usize) -> bool {
    let full = |n: &Name| n.len() >= 2 && n.honorific.is_none();
    let mut j = after;
    for _ in 0..6 {
        if !doc.is(j, ",") {
            break;
        }
        match read_name(doc, j + 1).filter(full) {
            Some(n) => j = n.end,
            None => return false,
        }
    }
    doc.is(j, "and")
        && read_name(doc, j + 1)
            .filter(full)
            .is_some_and(|n| doc.is(n.end, "were") && custody_after(doc, n.end))
}

/// A rank written after a name and a comma, in a sentence that goes on to a speech verb
/// or a colon: ", Chief Constable of Kent Police, said", ", T/Chief Constable, added".
/// Returns the rank's tokens.
fn rank_after_name(doc: &Doc, after: usize) -> Option<(usize, usize)> {
    if !doc.is(after, ",") || !is_word(doc, after + 1) || !starts_upper(doc.tok(after + 1)) {
        return None;
    }
    let (end, weak) = match_rank_case(doc, after + 1, true)?;
    if weak || read_name(doc, end).is_some() {
        return None;
    }
    let line = doc.tokens.get(after)?.start;
    let sentence = doc.sentence_of(line)?;
    let last = doc.token_at(sentence.end).min(end + 20);
    (end..last)
        .any(|k| is_speech_verb(doc, k) || doc.is(k, ":"))
        .then_some((after + 1, end))
}

/// How many tokens after a full name its surname may come back as a defendant's.
const SURNAME_REACH: usize = 400;

/// Whether the surname ending at token `end` (exclusive) comes back later opening a
/// sentence as a defendant's, with an age or a verb of the courts: "a match was found
/// with Dale Hartigan. ... Hartigan, 41, of Moss Lane, was jailed".
fn surname_in_court_later(doc: &Doc, end: usize) -> bool {
    let Some(last) = end.checked_sub(1) else {
        return false;
    };
    let surname = doc.tok(last);
    let limit = doc.tokens.len().min(end + SURNAME_REACH);
    (end..limit).any(|k| {
        doc.tok(k) == surname
            && doc.tokens[k].start > 0
            && doc
                .sentence_of(doc.tokens[k].start)
                .is_some_and(|r| r.start == doc.tokens[k].start)
            && !(is_word(doc, k + 1) && starts_upper(doc.tok(k + 1)))
            && (suspect_age(doc, k + 1) || custody_after(doc, k + 1))
    })
}

/// An age written before a name: "21-year-old Sam Reid".
fn age_before(doc: &Doc, i: usize) -> bool {
    i >= 4
        && doc.is(i - 1, "old")
        && doc.is(i - 2, "-")
        && (doc.is(i - 3, "year") || doc.is(i - 3, "years"))
        && doc.is(i - 4, "-")
        && !thing_of_age(doc, i)
}

/// Whether an age with an article stands before `i`: "a 10-year-old Ford Fiesta" is a
/// thing, whatever the sentence goes on to say ("was found").
fn thing_of_age(doc: &Doc, i: usize) -> bool {
    i >= 6
        && doc.is(i - 1, "old")
        && doc.is(i - 3, "year")
        && ["a", "an", "the"].iter().any(|w| doc.is(i - 6, w))
}

/// A full name joined by "and" (or by a comma, when "and" follows it) to the suspect
/// named just before: "arrested Sam Reid and Jo Hart", "Sam Reid, Jo Hart and Ali Dane
/// were charged".
fn joined_name(doc: &Doc, at: usize, blocked: &Blocked) -> Option<(Mention, usize)> {
    let comma = doc.is(at, ",");
    if !(doc.is(at, "and") || comma) {
        return None;
    }
    let i = at + 1;
    if !is_name_word(doc, i) {
        return None;
    }
    let name = read_name(doc, i)?;
    let span = span_of(doc, name.start, name.end);
    if name.len() < 2 || name.honorific.is_some() || blocked.overlaps(span) {
        return None;
    }
    if doc.tokens.get(name.end).is_some_and(|t| !t.space_before) && doc.is(name.end, "'") {
        return None;
    }
    if comma && !(doc.is(name.end, "and") || doc.is(name.end, ",")) {
        return None;
    }
    Some(mention(doc, i, None, name, "<name> and <name>", false))
}

/// A verb of arrest or the courts right before a name: "officers arrested Sam Reid",
/// "detectives charged Jo Hart".
fn custody_before(doc: &Doc, i: usize) -> bool {
    i > 0
        && [
            "arrested",
            "charged",
            "convicted",
            "sentenced",
            "jailed",
            "detained",
        ]
        .iter()
        .any(|w| doc.is(i - 1, w))
}

/// A verb of the courts after a name, with its auxiliary and adverbs: "was jailed", "has
/// been charged", "had previously been sentenced", "was yesterday refused bail", "pleaded
/// guilty".
fn custody_after(doc: &Doc, i: usize) -> bool {
    let mut j = i;
    for _ in 0..4 {
        let aux = [
            "was",
            "were",
            "is",
            "has",
            "had",
            "have",
            "been",
            "later",
            "also",
            "previously",
            "yesterday",
            "today",
            "subsequently",
            "since",
            "then",
        ];
        if aux.iter().any(|w| doc.is(j, w)) {
            j += 1;
        } else {
            break;
        }
    }
    // Without an auxiliary only the defendant's own acts count: "Dan Reeve pleaded guilty",
    // not "officers near Perry Barr detained a man".
    let own = ["pleaded", "admitted", "denied", "appeared", "died"];
    is_word(doc, j)
        && in_list(&CUSTODY_VERBS, doc.tok(j))
        && (j > i || own.iter().any(|w| doc.is(j, w)))
}

/// "... was given 12 years, Jo Hart 10 years and Sam Reid nine years": a name in a list
/// that its term follows, in a sentence of sentencing. `i` is after the name, `first` its
/// first token.
fn term_after(doc: &Doc, i: usize, first: usize) -> bool {
    let Some(q) = number::read(doc, i, doc.tokens.len()) else {
        return false;
    };
    let term = q.digits == i && ["years", "months"].iter().any(|w| doc.is(q.end, w));
    let listed = first > 0 && (doc.is(first - 1, ",") || doc.is(first - 1, "and"));
    let sentencing = (first.saturating_sub(30)..first)
        .rev()
        .take_while(|&k| !doc.is(k, "."))
        .any(|k| {
            [
                "sentenced",
                "jailed",
                "given",
                "received",
                "imprisoned",
                "locked",
            ]
            .iter()
            .any(|w| doc.is(k, w))
        });
    term && listed && sentencing
}

/// Whether a name at `i` stands on its own rather than inside a longer capitalised title
/// ("the Police Scrutiny Committee") or after an article or preposition ("of the Mill Lane").
fn free_standing(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if i == 0 || t.line_before || speech_before(doc, i) {
        return true;
    }
    let p = doc.tok(i - 1);
    // An acronym before a name is a title or an organisation ("Labour MP Jo Hart").
    let acronym = p.chars().count() > 1 && p.chars().all(char::is_uppercase);
    let capital_before = is_word(doc, i - 1) && starts_upper(p) && !acronym;
    let sentence_start = doc.sentence_of(t.start).is_some_and(|r| r.start == t.start);
    let article = [
        "the", "a", "an", "of", "for", "at", "in", "on", "from", "by", "to", "into", "near",
    ]
    .iter()
    .any(|w| doc.is(i - 1, w));
    sentence_start || !(capital_before || article)
}

/// An age written after a name: ", 34," / ", aged 34," / " (34)".
fn suspect_age(doc: &Doc, i: usize) -> bool {
    let number = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && doc.tok(k).len() <= 3
            && doc.tok(k).chars().all(|c| c.is_ascii_digit())
    };
    if doc.is(i, ",") {
        let k = if doc.is(i + 1, "aged") { i + 2 } else { i + 1 };
        return number(k)
            && (doc.is(k + 1, ",")
                || doc.is(k + 1, ".")
                || doc.is(k + 1, "of")
                || doc.is(k + 1, "from")
                || doc.is(k + 1, "and"));
    }
    doc.is(i, "(") && number(i + 1) && doc.is(i + 2, ")")
}

/// Whether a later mention may be the same person as `p` (lower-case name words): the
/// same surname, and first names that agree; or "Sir Bernard" for "Sir Bernard Hogan-Howe".
fn same_person(p: &[String], m: &Name, doc: &Doc) -> bool {
    let (Some(pl), Some(ml)) = (p.last(), m.words.last()) else {
        return false;
    };
    if m.words.len() == 1 && p.len() >= 2 {
        let knightly = m
            .honorific
            .is_some_and(|h| in_list(&FIRST_NAME_HONORIFICS, doc.tok(h)));
        if knightly && p.first() == Some(ml) {
            return true;
        }
        return pl == ml;
    }
    if p.len() == 1 && m.words.len() >= 2 {
        return pl == ml;
    }
    p == m.words.as_slice()
}

/// A person being assembled from mentions.
pub struct Group {
    pub words: Vec<String>,
    pub mentions: Vec<usize>,
    pub speaker: bool,
}

/// Joins mentions of one person. Returns the groups in order of first mention and, for each
/// mention, the index of its group.
pub fn group(doc: &Doc, mentions: &[Mention]) -> (Vec<Group>, Vec<usize>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut of = Vec::with_capacity(mentions.len());
    // Groups by the last and the first word of their name, so a long list of names is
    // joined in time linear in its length. Only looked up, never iterated.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        let mut candidates: Vec<usize> = Vec::new();
        if let Some(w) = m.name.words.last() {
            // The latest few people with that word are enough; a release names few people.
            candidates.extend(
                by_word
                    .get(w)
                    .into_iter()
                    .flat_map(|l| l.iter().rev().take(32))
                    .copied(),
            );
        }
        sorting::sort(&mut candidates);
        candidates.dedup();
        // The most recent person that matches, so two Smiths stay apart by proximity.
        let hit = candidates
            .iter()
            .copied()
            .filter(|&gi| {
                groups
                    .get(gi)
                    .is_some_and(|g| same_person(&g.words, &m.name, doc))
            })
            .max_by_key(|&gi| {
                groups
                    .get(gi)
                    .and_then(|g| g.mentions.last().copied())
                    .unwrap_or(0)
            });
        let gi = match hit {
            Some(gi) => gi,
            None => {
                groups.push(Group {
                    words: m.name.words.clone(),
                    mentions: Vec::new(),
                    speaker: false,
                });
                groups.len() - 1
            }
        };
        if let Some(g) = groups.get_mut(gi) {
            if m.name.words.len() > g.words.len() {
                g.words = m.name.words.clone();
            }
            for w in [g.words.first(), g.words.last()].into_iter().flatten() {
                let list = by_word.entry(w.clone()).or_default();
                if list.last() != Some(&gi) {
                    list.push(gi);
                }
            }
            g.mentions.push(k);
            g.speaker |= m.speaker;
        }
        of.push(gi);
    }
    (groups, of)
}

/// Finds later bare-surname mentions of known people ("Durham said"), which pronoun and
/// quote rules need.
pub fn surname_mentions(doc: &Doc, mentions: &mut Vec<Mention>) {
    let mut surnames: Vec<String> = mentions
        .iter()
        .filter(|m| m.name.words.len() >= 2 && m.speaker)
        .filter_map(|m| m.name.words.last().cloned())
        .filter(|w| !w.contains(' '))
        .collect();
    sorting::sort(&mut surnames);
    surnames.dedup();
    if surnames.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    let mut covered = mentions.iter().map(|m| m.span).collect::<Vec<_>>();
    sorting::sort(&mut covered);
    for i in 0..doc.tokens.len() {
        // A surname stands alone: not after another name word.
        if !is_name_word(doc, i) || (i > 0 && is_name_word(doc, i - 1)) {
            continue;
        }
        let Some(name) = read_name(doc, i) else {
            continue;
        };
        if name.words.len() != 1
            || name.honorific.is_some()
            || surnames.binary_search(&name.words[0]).is_err()
        {
            continue;
        }
        let span = span_of(doc, name.start, name.end);
        let k = covered.partition_point(|c| c.end <= span.start);
        if covered.get(k).is_some_and(|c| c.overlaps(span)) {
            continue;
        }
        if !(speech_before(doc, i) || speech_after(doc, name.end)) {
            continue;
        }
        extra.push(Mention {
            span,
            name_span: span,
            rank: None,
            role: None,
            speaker: true,
            rule: "<surname> said",
            name,
        });
    }
    mentions.extend(extra);
    sorting::sort_by_key(mentions, |m| m.span.start);
}

/// Finds "the <rank>" where a speech verb is next to it and one known person holds that
/// rank: "the Commissioner said" after "Commissioner Sir Arthur Penrose".
pub fn rank_mentions(doc: &Doc, mentions: &mut Vec<Mention>) {
    // (rank in lower case, index of the mention that holds it); ranks held by two names drop.
    let mut ranks: Vec<(String, usize)> = Vec::new();
    let mut shared: Vec<String> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let Some(r) = m.rank else { continue };
        let key = str::to_lowercase(doc.slice(r));
        match ranks.iter().find(|(x, _)| *x == key) {
            Some(&(_, j)) if mentions[j].name.words != m.name.words => shared.push(key),
            Some(_) => {}
            None => ranks.push((key, k)),
        }
    }
    ranks.retain(|(r, _)| !shared.contains(r));
    // Past a few hundred ranked names the text is no press release; skip the references.
    if ranks.is_empty() || ranks.len() > 200 {
        return;
    }
    let mut extra = Vec::new();
    for i in 1..doc.tokens.len() {
        if !doc.is(i - 1, "the") || !is_word(doc, i) || !starts_upper(doc.tok(i)) {
            continue;
        }
        let Some((end, _)) = match_rank(doc, i) else {
            continue;
        };
        let span = span_of(doc, i, end);
        let key = str::to_lowercase(doc.slice(span));
        let Some(&(_, k)) = ranks.iter().find(|(r, _)| *r == key) else {
            continue;
        };
        let near = mentions.partition_point(|m| m.span.end <= span.start);
        let covered = mentions.get(near).is_some_and(|m| m.span.overlaps(span));
        if read_name(doc, end).is_some() || covered {
            continue;
        }
        if !(speech_before(doc, i - 1) || speech_after(doc, end)) {
            continue;
        }
        extra.push(Mention {
            span,
            name_span: span,
            rank: None,
            role: None,
            speaker: true,
            rule: "the <rank>",
            name: mentions[k].name.clone(),
        });
    }
    mentions.extend(extra);
    sorting::sort_by_key(mentions, |m| m.span.start);
}

/// The person of a group: the fullest name, the fullest rank and the first role.
pub fn person(doc: &Doc, g: &Group, mentions: &[Mention]) -> Person {
    let ms: Vec<&Mention> = g.mentions.iter().filter_map(|&k| mentions.get(k)).collect();
    let words = |s: Span| doc.slice(s).split_whitespace().count();
    let best_name = ms.iter().copied().max_by_key(|m| {
        let own = m.rule != "the <rank>";
        (own, m.name.words.len(), std::cmp::Reverse(m.span.start))
    });
    let rank = ms
        .iter()
        .filter_map(|m| m.rank)
        .max_by_key(|&r| (words(r), r.len(), std::cmp::Reverse(r.start)));
    let role = ms.iter().find_map(|m| m.role);
    let Some(main) = best_name else {
        return Person::default();
    };
    let mut source = Source::new(main.span, main.rule);
    source.mentions = ms
        .iter()
        .filter(|m| m.span != main.span)
        .map(|m| m.span)
        .collect();
    Person {
        name: doc.slice(main.name_span).to_string(),
        rank: rank.map(|r| doc.slice(r).to_string()),
        role: role.map(|r| doc.slice(r).trim().to_string()),
        quotes: Vec::new(),
        source,
    }
}
