//! Quoted passages and who says them: `<name> said: "..."`, `"...," said <name>.`,
//! `"..." <name> added.`, quotes split around their attribution, quotes that run over
//! paragraphs, and pronouns ("he added") that stand for the last person spoken of.

use super::lexicon::PRONOUNS;
use super::mention::{is_speech_verb, Mention};
use super::name::in_list;
use crate::extract::model::{Quote, Span};
use crate::extract::text::{is_quote_mark, Doc};

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

/// Finds the double-quoted stretches of every paragraph. A mark toggles in and out of a
/// quote; a quote left open runs to the paragraph's end (the next paragraph may go on).
pub fn segments(doc: &Doc) -> Vec<Segment> {
    let mut out = Vec::new();
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let Some(text) = doc.text.get(para.clone()) else {
            continue;
        };
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
        if let Some(o) = open {
            push(&mut out, doc, o, para.end, para.end, pi, para.start);
        }
    }
    out
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

/// The speaker of a frame of narrative text `[a, b)`, if it holds a speech verb (or ends with
/// a colon after a name): the mention nearest the verb, a pronoun, or someone unnamed.
fn frame_speaker(
    doc: &Doc,
    a: usize,
    b: usize,
    mentions: &[Mention],
    of: &[usize],
    recent: impl Fn(usize) -> Option<usize>,
    before_quote: bool,
) -> Option<Speaker> {
    if b <= a {
        return None;
    }
    let toks = doc.tokens_in(&(a..b));
    // The speech verb nearest the quote.
    let verbs: Vec<usize> = toks.clone().filter(|&i| is_speech_verb(doc, i)).collect();
    let verb = if before_quote {
        verbs.last().copied()
    } else {
        verbs.first().copied()
    };
    let in_frame: Vec<usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.span.start >= a && m.span.end <= b)
        .map(|(k, _)| k)
        .collect();
    let colon = before_quote && toks.clone().last().is_some_and(|i| doc.is(i, ":"));
    let Some(v) = verb else {
        // "Chief Inspector Jane Doe: “...”".
        if colon {
            if let Some(&k) = in_frame.last() {
                return of.get(k).map(|&g| Speaker::Person(g));
            }
        }
        return None;
    };
    let vpos = doc.tokens.get(v).map_or(0, |t| t.start);
    let near = in_frame.iter().min_by_key(|&&k| {
        let m = &mentions[k];
        if m.span.end <= vpos {
            vpos - m.span.end
        } else {
            m.span.start - vpos
        }
    });
    if let Some(&k) = near {
        return of.get(k).map(|&g| Speaker::Person(g));
    }
    // A pronoun next to the verb: "he said", "said she", "he pointed out".
    let pronoun = [v.wrapping_sub(1), v.wrapping_sub(2), v + 1]
        .iter()
        .any(|&i| toks.contains(&i) && in_list(PRONOUNS, doc.tok(i)));
    if pronoun {
        return recent(vpos).map(Speaker::Person).or(Some(Speaker::Unnamed));
    }
    Some(Speaker::Unnamed)
}

/// Ties each quoted stretch to a person. Returns, per group, its quotes in order.
pub fn attach(doc: &Doc, mentions: &[Mention], of: &[usize], groups: usize) -> Vec<Vec<Quote>> {
    let mut out = vec![Vec::new(); groups];
    let segs = segments(doc);
    // The most recent speaker-capable mention that ends before a byte offset.
    let recent = |pos: usize| {
        let k = mentions.partition_point(|m| m.span.end <= pos);
        (0..k)
            .rev()
            .find(|&j| mentions[j].speaker)
            .and_then(|j| of.get(j).copied())
    };
    let mut last: Option<Speaker> = None;
    for (si, s) in segs.iter().enumerate() {
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
        let b = frame_speaker(doc, before.0, before.1, mentions, of, recent, true);
        let tail = after_frame(doc, after.0, after.1);
        let a = if tail {
            frame_speaker(doc, after.0, after.1, mentions, of, recent, false)
        } else {
            None
        };
        let (speaker, rule) = match (b, a) {
            (Some(b), _) if ends_lead => (Some(b), "<name> said: \"...\""),
            (_, Some(a)) => (Some(a), "\"...,\" said <name>"),
            (Some(b), None) => (Some(b), "<name> said. \"...\""),
            (None, None) if s.opens_paragraph || prev_end > para.start => {
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

/// Whether the narrative after a quote reads as its attribution: it opens (after a comma or
/// dash) with a speech verb, a pronoun or a name followed by one, within a few words.
fn after_frame(doc: &Doc, a: usize, b: usize) -> bool {
    let toks: Vec<usize> = doc.tokens_in(&(a..b)).collect();
    toks.iter().take(8).any(|&i| is_speech_verb(doc, i))
        && !toks.first().is_some_and(|&i| doc.tokens[i].line_before)
}
