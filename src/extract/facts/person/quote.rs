//! Quoted passages and who says them: `<name> said: "..."`, `"...," said <name>.`,
//! `"..." <name> added.`, quotes split around their attribution, quotes that run over
//! paragraphs, pronouns ("he added") that stand for the last person spoken of, and a quote
//! inside a sentence whose subject is one ranked person ("DCI Jo Hart condemned the “...”").

use super::lexicon::{DESCRIBED_SPEAKERS, PRONOUNS, REPORTING_VERB_WORDS, SPEECH_VERB_WORDS};
use super::mention::{is_speech_verb, Mention};
use super::name::in_list;
use crate::extract::model::{Quote, Span};
use crate::extract::text::{has_quote_mark, is_quote_mark, Doc, TokenKind};

/// One stretch of quoted words inside a paragraph.
#[derive(Clone, Debug)]
pub struct Segment {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The words inside the marks.
    pub inner: Span,
    /// Byte offset just after the closing mark, or the paragraph's end.
    pub close: usize,
    pub paragraph: usize,
    /// Whether the paragraph opens with this quote.
    pub opens_paragraph: bool,
}

/// Finds the quoted stretches of every paragraph. A double mark toggles in and out of a
/// quote; a quote left open runs to the paragraph's end (the next paragraph may go on).
/// Paragraphs with no double marks are read for single marks, more strictly.
pub fn segments(doc: &Doc) -> Vec<Segment> {
    let mut out = Vec::new();
    // Whether the last paragraph left a double mark open: the paragraphs after it with no
    // marks go on with the quote ("We acted. / We will go on." over two paragraphs).
    let mut carried = false;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let Some(text) = doc.text.get(para.clone()) else {
            continue;
        };
        if !has_quote_mark(text) {
            if carried && continues_speech(text) {
                let inner = trim(doc.text, Span::new(para.start, para.end));
                if !inner.is_empty() {
                    out.push(Segment {
                        open: para.start,
                        inner,
                        close: para.end,
                        paragraph: pi,
                        opens_paragraph: true,
                    });
                }
                continue;
            }
            carried = false;
            single_quotes(&mut out, doc, text, pi, para.start);
            continue;
        }
        let mut open: Option<usize> = None;
        for (k, c) in text.char_indices() {
            if !is_quote_mark(c) {
                continue;
            }
            let at = para.start + k;
            match open {
                None => open = Some(at),
                Some(o) => {
                    push(&mut out, doc, o, at, at + c.len_utf8(), pi, para.start);
                    open = None;
                }
            }
        }
        carried = open.is_some() && text.trim_end().ends_with(['.', '!', '?']);
        if let Some(o) = open {
            push(&mut out, doc, o, para.end, para.end, pi, para.start);
        }
    }
    out
}

/// Whether a paragraph with no marks, after a quote left open, reads as more of the
/// speech: whole sentences, and no contact details or notes that end a release.
fn continues_speech(text: &str) -> bool {
    let t = text.trim();
    let ends = [
        "Anyone",
        "Notes",
        "ENDS",
        "Ends",
        "Contact",
        "For more",
        "Read more",
    ];
    // Narrative that names its speaker ("Sgt Lee said the road was shut.") ends the quote.
    let narrative = t
        .split(|c: char| !char::is_alphabetic(c))
        .any(|w| REPORTING_VERB_WORDS.has(w));
    t.ends_with(['.', '!', '?'])
        && !narrative
        && !ends.iter().any(|e| t.starts_with(e))
        && !t.contains("http")
        && !t.contains("www.")
        && !t.contains('@')
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}')
}

/// Single-quoted speech: `Insp Lee said: 'We acted.'`. A mark opens at the paragraph's
/// start or after a colon, full stop or comma, before a capital; it closes after
/// punctuation ("acted.'") or at the paragraph's end, so apostrophes ("the boy's",
/// "officers' work") are left alone.
fn single_quotes(out: &mut Vec<Segment>, doc: &Doc, text: &str, pi: usize, base: usize) {
    // Only a straight mark or U+2018 opens a quote; most paragraphs have neither.
    if !(text.as_bytes().contains(&b'\'') || text.contains('\u{2018}')) {
        return;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // The index of the last visible character, after which a mark closes whatever it follows.
    let last_visible = chars
        .iter()
        .rposition(|(_, c)| !c.is_whitespace())
        .unwrap_or(0);
    let mut prev: Option<char> = None;
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if k > 0 {
            if let Some(&(_, p)) = chars.get(k - 1) {
                if !p.is_whitespace() {
                    prev = Some(p);
                }
            }
        }
        let spaced = k == 0 || chars.get(k - 1).is_some_and(|(_, p)| p.is_whitespace());
        let next_upper = chars
            .get(k + 1)
            .is_some_and(|(_, n)| char::is_uppercase(*n) || n.is_ascii_digit());
        let opens = is_single(c)
            && c != '\u{2019}'
            && spaced
            && next_upper
            && prev.is_none_or(|p| {
                matches!(
                    p,
                    ':' | '.' | ',' | '!' | '?' | '-' | '\u{2014}' | '\u{2013}'
                )
            });
        if !opens {
            k += 1;
            continue;
        }
        let mut close = None;
        let mut m = k + 1;
        while m < chars.len() {
            let (_, d) = chars[m];
            let before = chars.get(m - 1).map(|&(_, p)| p);
            let after = chars.get(m + 1).map(|&(_, n)| n);
            let last = m == last_visible;
            // A closing mark right before a speech verb: "'We will act' says police chief".
            let verb_next = || {
                let from = chars.get(m + 1).map_or(text.len(), |&(x, _)| x);
                let rest = text.get(from..).unwrap_or("").trim_start();
                let end = rest
                    .find(|c: char| !char::is_alphabetic(c))
                    .unwrap_or(rest.len());
                after.is_some_and(char::is_whitespace) && SPEECH_VERB_WORDS.has(&rest[..end])
            };
            if is_single(d)
                && d != '\u{2018}'
                && (last
                    || (before.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?'))
                        && after.is_none_or(|n| !char::is_alphanumeric(n)))
                    || verb_next())
            {
                close = Some(m);
                break;
            }
            m += 1;
        }
        match close {
            Some(m) => {
                let (ca, cc) = chars[m];
                push(
                    out,
                    doc,
                    base + at,
                    base + ca,
                    base + ca + cc.len_utf8(),
                    pi,
                    base,
                );
                prev = Some(cc);
                k = m + 1;
            }
            None => {
                push(
                    out,
                    doc,
                    base + at,
                    base + text.len(),
                    base + text.len(),
                    pi,
                    base,
                );
                break;
            }
        }
    }
}

fn push(
    out: &mut Vec<Segment>,
    doc: &Doc,
    open: usize,
    end: usize,
    close: usize,
    pi: usize,
    para_start: usize,
) {
    let mark_len = doc
        .text
        .get(open..)
        .and_then(|s| s.chars().next())
        .map_or(1, |c| c.len_utf8());
    let inner = trim(doc.text, Span::new(open + mark_len, end));
    if inner.is_empty() {
        return;
    }
    out.push(Segment {
        open,
        inner,
        close,
        paragraph: pi,
        opens_paragraph: open == para_start,
    });
}

/// Trims white space and a trailing comma from a span.
fn trim(text: &str, mut s: Span) -> Span {
    let Some(t) = text.get(s.start..s.end) else {
        return s;
    };
    let lead = t.len() - t.trim_start().len();
    s.start += lead;
    let t = t.trim_start().trim_end();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    s.end = s.start + t.len();
    s
}

/// Who speaks in a stretch of narrative between quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Speaker {
    /// A known person (index of the group).
    Person(usize),
    /// Someone unnamed: "a spokesperson said", "The force stated".
    Unnamed,
}

/// What the rules know about mentions while they read quotes.
struct Speakers<'m> {
    mentions: &'m [Mention],
    /// The group of each mention.
    of: &'m [usize],
    /// For each `k`, the group of the last mention of someone who may speak among the first
    /// `k` mentions.
    last_speaker: Vec<Option<usize>>,
}

impl Speakers<'_> {
    /// The person a pronoun at byte `pos` stands for: the last one named who may speak.
    fn recent(&self, pos: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.span.end <= pos);
        self.last_speaker.get(k).copied().flatten()
    }

    /// The mentions that end or start inside `[a, b)`; a rank cut off by a sentence break
    /// ("Cpl.") still counts, and so does a name that an initial's full stop cuts off
    /// ("said Commissioner William J. Bratton").
    fn within(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        let x = self.mentions.partition_point(|m| m.span.end <= a);
        let y = self.mentions.partition_point(|m| m.span.start < b);
        x..y.max(x)
    }
}

/// The speaker of a frame of narrative text `[a, b)`, if it holds a speech verb (or ends with
/// a colon after a name): the mention nearest the verb, a pronoun, or someone unnamed.
fn frame_speaker(
    doc: &Doc,
    a: usize,
    b: usize,
    sp: &Speakers,
    before_quote: bool,
) -> Option<Speaker> {
    if b <= a {
        return None;
    }
    let toks = doc.tokens_in(&(a..b));
    // The speech verb nearest the quote.
    let verb = if before_quote {
        toks.clone().rev().find(|&i| is_speech_verb(doc, i))
    } else {
        toks.clone().find(|&i| is_speech_verb(doc, i))
    };
    let in_frame = sp.within(a, b);
    let colon = before_quote && toks.clone().last().is_some_and(|i| doc.is(i, ":"));
    let Some(v) = verb else {
        // "Chief Inspector Jane Doe: \u{201C}...\u{201D}".
        if colon && !in_frame.is_empty() {
            return sp.of.get(in_frame.end - 1).map(|&g| Speaker::Person(g));
        }
        return None;
    };
    let vpos = doc.tokens.get(v).map_or(0, |t| t.start);
    // "the family of Kyle Evans said", "Kyle Evans' mother said": someone else speaks.
    let spoken_of = |k: usize| {
        let Some(m) = sp.mentions.get(k) else {
            return true;
        };
        let first = doc.token_at(m.span.start);
        let last = doc.token_at(m.span.end);
        let according = first > 1 && doc.is(first - 2, "according");
        let object = first > 0
            && !according
            && ["of", "for", "to", "with", "about", "against"]
                .iter()
                .any(|w| doc.is(first - 1, w));
        let possessive = doc.tokens.get(last).is_some_and(|t| !t.space_before)
            && (doc.is(last, "'") || doc.is(last, "\u{2019}"));
        object || possessive
    };
    let near = in_frame
        .clone()
        .filter(|&k| !spoken_of(k))
        .min_by_key(|&k| {
            let m = &sp.mentions[k];
            if m.span.end <= vpos {
                vpos - m.span.end
            } else {
                m.span.start.saturating_sub(vpos)
            }
        });
    if let Some(k) = near {
        return sp.of.get(k).map(|&g| Speaker::Person(g));
    }
    // A pronoun next to the verb: "he said", "said she", "he pointed out".
    let pronoun = [v.wrapping_sub(1), v.wrapping_sub(2), v + 1]
        .iter()
        .any(|&i| toks.contains(&i) && in_list(&PRONOUNS, doc.tok(i)));
    // "The senior officer added:", "the detective said": the last person named, as a
    // pronoun would be.
    let described = (1..=3).any(|back| {
        v > back
            && toks.contains(&(v - back - 1))
            && doc.is(v - back - 1, "the")
            && (v - back..v).all(|k| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
            && in_list(&DESCRIBED_SPEAKERS, doc.tok(v - 1))
    });
    if pronoun || described {
        return sp
            .recent(vpos)
            .map(Speaker::Person)
            .or(Some(Speaker::Unnamed));
    }
    Some(Speaker::Unnamed)
}

/// Sentences outside quotes that report a named person's words ("Insp Lee said the town
/// was calm."), by the byte offset of their end: a quote paragraph that follows is theirs.
fn reported_speech(doc: &Doc, sp: &Speakers) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for r in &doc.sentences {
        let Some(text) = doc.text.get(r.clone()) else {
            continue;
        };
        if has_quote_mark(text) {
            continue;
        }
        let toks = doc.tokens_in(r);
        let Some(v) = toks.clone().find(|&i| REPORTING_VERB_WORDS.has(doc.tok(i))) else {
            continue;
        };
        let Some(Speaker::Person(g)) = frame_speaker(doc, r.start, r.end, sp, false) else {
            continue;
        };
        // The speaker is the subject ("Insp Lee said") or follows an inverted "said"
        // ("said Insp Lee"); "officers told John Smith to stop" is no speech of his.
        let vpos = doc.tokens.get(v).map_or(0, |t| t.start);
        let next = doc.tokens.get(v + 1).map_or(usize::MAX, |t| t.start);
        let inverted = ["said", "says", "added"].iter().any(|w| doc.is(v, w));
        let subject = sp.within(r.start, r.end).any(|k| {
            sp.of.get(k) == Some(&g)
                && sp
                    .mentions
                    .get(k)
                    .is_some_and(|m| m.span.end <= vpos || (inverted && m.span.start == next))
        });
        if subject || pronoun_subject(doc, v) {
            out.push((r.end, g));
        }
    }
    out
}

/// Whether a pronoun stands just before the verb ("he said", "she also said").
fn pronoun_subject(doc: &Doc, v: usize) -> bool {
    [v.wrapping_sub(1), v.wrapping_sub(2)]
        .iter()
        .any(|&i| i < doc.tokens.len() && in_list(&PRONOUNS, doc.tok(i)))
}

/// Whether a quote looks like a subheading ("Offer reassurance") rather than speech: a few
/// words with no closing punctuation.
fn looks_like_heading(doc: &Doc, s: &Segment) -> bool {
    let text = doc.slice(s.inner);
    let words = text.split_whitespace().count();
    words < 6 && !text.trim_end().ends_with(['.', '!', '?', ','])
}

/// Ties each quoted stretch to a person. Returns, per group, its quotes in order.
pub fn attach(doc: &Doc, mentions: &[Mention], of: &[usize], groups: usize) -> Vec<Vec<Quote>> {
    let mut out = vec![Vec::new(); groups];
    let segs = segments(doc);
    let mut last_speaker = Vec::with_capacity(mentions.len() + 1);
    let mut cur = None;
    last_speaker.push(None);
    // A name inside a quote ("I thank PC Jo Bell") is not who "he said" stands for.
    let quoted = |pos: usize| {
        let i = segs.partition_point(|s| s.open <= pos);
        i > 0 && segs.get(i - 1).is_some_and(|s| pos < s.close)
    };
    for (k, m) in mentions.iter().enumerate() {
        if m.speaker && !quoted(m.span.start) {
            cur = of.get(k).copied();
        }
        last_speaker.push(cur);
    }
    let sp = Speakers {
        mentions,
        of,
        last_speaker,
    };
    let events = reported_speech(doc, &sp);
    let mut ev = 0;
    let mut last: Option<Speaker> = None;
    for (si, s) in segs.iter().enumerate() {
        while let Some(&(pos, g)) = events.get(ev) {
            if pos > s.open {
                break;
            }
            last = Some(Speaker::Person(g));
            ev += 1;
        }
        let para = doc.paragraphs.get(s.paragraph).cloned().unwrap_or(0..0);
        let prev_end = segs
            .get(si.wrapping_sub(1))
            .filter(|p| si > 0 && p.paragraph == s.paragraph)
            .map_or(para.start, |p| p.close);
        let next_open = segs
            .get(si + 1)
            .filter(|n| n.paragraph == s.paragraph)
            .map_or(para.end, |n| n.open);
        // The narrative before the quote, within its sentence.
        let sent_start = doc.sentence_of(s.open).map_or(para.start, |r| r.start);
        let before = (prev_end.max(sent_start), s.open);
        // The narrative after the quote, up to the end of the sentence it starts.
        let after_end = doc
            .tokens
            .get(doc.token_at(s.close))
            .and_then(|t| doc.sentence_of(t.start))
            .map_or(next_open, |r| r.end.min(next_open));
        let after = (s.close, after_end.max(s.close));
        let ends_lead = doc
            .tokens_in(&(before.0..before.1))
            .last()
            .is_some_and(|i| doc.is(i, ":") || doc.is(i, ","));
        let b = frame_speaker(doc, before.0, before.1, &sp, true);
        let tail = after_frame(doc, after.0, after.1, &sp);
        let a = if tail {
            frame_speaker(doc, after.0, after.1, &sp, false)
        } else {
            None
        };
        let continues = s.opens_paragraph || prev_end > para.start;
        // "Chief Inspector Jo Hart slammed the \u{201C}...\u{201D}": the ranked subject of the
        // sentence the quote sits in.
        let inside = b.is_none() && a.is_none() && prev_end <= sent_start && sent_start < s.open;
        let subject = if inside {
            ranked_subject(doc, sent_start, s.open, &sp)
        } else {
            None
        };
        let (speaker, rule) = match (b, a) {
            (Some(b), _) if ends_lead => (Some(b), "<name> said: \"...\""),
            (_, Some(a)) => (Some(a), "\"...,\" said <name>"),
            (Some(b), None) => (Some(b), "<name> said. \"...\""),
            (None, None) if subject.is_some() => (subject, "<rank> <name> ... \"...\""),
            (None, None) if continues && !looks_like_heading(doc, s) => {
                (last, "\"...\" (same speaker)")
            }
            (None, None) => (None, ""),
        };
        if let Some(sp) = speaker {
            last = Some(sp);
        }
        if let Some(Speaker::Person(g)) = speaker {
            if let Some(list) = out.get_mut(g) {
                list.push(Quote {
                    text: String::new(),
                    span: s.inner,
                    rule: rule.to_string(),
                });
            }
        }
    }
    out
}

/// The ranked person who is the subject of the sentence from `a` to a quote opening at
/// `open`: "Chief Inspector Jo Hart slammed the “...”", "Kelby police Superintendent Jo Hart
/// called it “...”", "In a statement, Commander Jo Hart expressed ...". The one person
/// named before the quote, with a rank, with only a force's name or "In a statement,"
/// before them.
fn ranked_subject(doc: &Doc, a: usize, open: usize, sp: &Speakers) -> Option<Speaker> {
    let range = sp.within(a, open);
    if range.len() != 1 {
        return None;
    }
    let m = sp.mentions.get(range.start)?;
    if m.rank.is_none() || !m.speaker || m.span.start < a || m.span.end > open {
        return None;
    }
    let lead = doc.tokens_in(&(a..m.span.start));
    let lead_ok = lead.len() <= 5
        && lead.clone().all(|i| {
            let w = doc.tok(i);
            w.chars().next().is_some_and(char::is_uppercase)
                || ["police", "a", "statement", ","].contains(&w)
        });
    if !lead_ok {
        return None;
    }
    sp.of.get(range.start).map(|&g| Speaker::Person(g))
}

/// Whether the narrative after a quote reads as its attribution: it opens (after a comma or
/// dash) with a speech verb, a pronoun or a name followed by one, with at most a few other
/// words before the verb ("the force's spokesperson said"); names do not count.
fn after_frame(doc: &Doc, a: usize, b: usize, sp: &Speakers) -> bool {
    let toks = doc.tokens_in(&(a..b));
    if doc.tokens.get(toks.start).is_none_or(|t| t.line_before) || toks.is_empty() {
        return false;
    }
    let named = sp.within(a, b);
    let mut other = 0;
    for i in toks {
        if is_speech_verb(doc, i) {
            return true;
        }
        let pos = doc.tokens[i].start;
        let in_name = named.clone().any(|k| {
            sp.mentions
                .get(k)
                .is_some_and(|m| m.span.start <= pos && pos < m.span.end)
        });
        if !in_name {
            other += 1;
            if other > 6 {
                return false;
            }
        }
    }
    false
}
