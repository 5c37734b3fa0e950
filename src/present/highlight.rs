//! The source text cut into segments, each plain or one highlighted fact.
//!
//! facts/1 spans count Unicode code points; Rust slices strings by bytes, and the DOM
//! (a textarea's selection, `String.length` in JavaScript) counts UTF-16 units. Segments
//! carry their text (sliced by bytes here) and their UTF-16 range, so the page never
//! has to convert offsets itself.
//!
//! Facts may overlap: a quote holds a figure, a person's span holds a place. The rule is
//! the innermost fact wins: the text is cut at every fact's start and end, and each piece
//! belongs to the shortest fact that covers it (ties go to the lower `FactId`). So a
//! figure inside a quote stays a figure, and the quote's other words stay the quote's.

use crate::extract::sorting;
use crate::extract::{Extraction, Group, Source, Span};

/// The source view shows only about this many bytes of a long text (the start of it, cut
/// at a paragraph), with their facts marked: laying out and marking more took the browser
/// longer than a frame after each read. Every fact read is still listed in its panel.
pub const HIGHLIGHT_LIMIT: usize = 30_000;

/// What the source view says when it shows only the start of a long text.
pub const SOURCE_CUT_NOTE: &str = "This text is long: the source view shows its start, with \
     the facts in it marked. The panels list every fact that was read.";

/// The kinds of fact the page can highlight and select, in the order of their panels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    #[default]
    Operation,
    Period,
    Figure,
    Person,
    /// A quote, numbered within its speaker: `FactId { kind: Quote, index, part }`.
    Quote,
    Place,
    Organisation,
    Contact,
    /// A claim the release makes about its figures (`extract::checks`). Last, so where a
    /// claim's words are exactly a figure's, the figure keeps them.
    Check,
    /// A number no fact covers, with the reason it was turned down (`review::Unread`);
    /// its index is into `State::numbers`.
    Unread,
}

impl FactKind {
    /// The name used in element ids, classes and data attributes.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Operation => "operation",
            FactKind::Period => "period",
            FactKind::Figure => "figure",
            FactKind::Person => "person",
            FactKind::Quote => "quote",
            FactKind::Place => "place",
            FactKind::Organisation => "organisation",
            FactKind::Contact => "contact",
            FactKind::Check => "check",
            FactKind::Unread => "unread",
        }
    }
}

/// One fact of an extraction: its kind, its index in that kind's list and, for a quote,
/// its index within the speaker's quotes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactId {
    pub kind: FactKind,
    pub index: usize,
    pub part: usize,
}

impl FactId {
    pub fn new(kind: FactKind, index: usize) -> FactId {
        FactId {
            kind,
            index,
            part: 0,
        }
    }

    /// The id a page element carries for this fact: `figure-3`, `quote-1-0`.
    pub fn key(self) -> String {
        match self.kind {
            FactKind::Quote => format!("quote-{}-{}", self.index, self.part),
            kind => format!("{}-{}", kind.name(), self.index),
        }
    }

    /// The fact whose panel row shows this one: a quote is shown in its speaker's card.
    pub fn owner(self) -> FactId {
        match self.kind {
            FactKind::Quote => FactId::new(FactKind::Person, self.index),
            _ => self,
        }
    }
}

/// A fact with its span (code points) and what the page says about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub id: FactId,
    pub span: Span,
    /// The colour class: the kind, or for a figure its group (`seized`, `outcome`...).
    pub colour: &'static str,
    /// What the fact is, in words: `figure: 46 knife (seized)`.
    pub label: String,
    /// The rule that found it.
    pub rule: String,
    /// The tooltip: the fact and why it was read, in words (`present::reason`):
    /// `figure: 46 knives (knife) · read as a number, then an item`.
    pub tip: String,
    /// The checks that used this fact (a figure), so picking a check marks it too.
    pub with: Vec<FactId>,
}

/// One piece of the source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// The fact highlighted here, if any (index into the `Located` list).
    pub fact: Option<usize>,
    /// The piece's range in UTF-16 units, as the DOM counts.
    pub utf16: (usize, usize),
}

/// A highlight's tooltip: the fact, and why it was read in words (never the rule's name).
fn tip(label: &str, rule: &str) -> String {
    let why = super::reason::reason(rule);
    if why.is_empty() {
        label.to_string()
    } else {
        format!("{label} \u{b7} read as {why}")
    }
}

/// Every fact of `x` with a span, in a fixed order (kind, then index), once for its span
/// and once for each further mention, so the same fact may be located several times.
/// A check is located at its claim's words, and each figure it used lists it in `with`.
pub fn locate_facts(x: &Extraction) -> Vec<Located> {
    let mut out = Vec::new();
    // The checks that used each figure.
    let mut used_by: Vec<Vec<FactId>> = vec![Vec::new(); x.figures.len()];
    for (i, c) in x.checks.iter().enumerate() {
        for &f in &c.figures {
            if let Some(list) = used_by.get_mut(f) {
                list.push(FactId::new(FactKind::Check, i));
            }
        }
    }
    // A fact is highlighted at its span and at every further mention of it.
    let mut push =
        |id: FactId, spans: Vec<Span>, colour: &'static str, label: String, rule: &str| {
            let tip = tip(&label, rule);
            let with = match id.kind {
                FactKind::Figure => used_by.get(id.index).cloned().unwrap_or_default(),
                _ => Vec::new(),
            };
            for span in spans.into_iter().filter(|s| s.end > s.start) {
                out.push(Located {
                    id,
                    span,
                    colour,
                    tip: tip.clone(),
                    label: label.clone(),
                    rule: rule.to_string(),
                    with: with.clone(),
                });
            }
        };
    for (i, o) in x.operations.iter().enumerate() {
        let id = FactId::new(FactKind::Operation, i);
        push(
            id,
            spans(&o.source),
            "operation",
            format!("operation: {}", o.name),
            &o.source.rule,
        );
    }
    if let Some(p) = &x.period {
        let id = FactId::new(FactKind::Period, 0);
        let words = super::view::describe_range(p.start.as_deref(), p.end.as_deref());
        push(
            id,
            spans(&p.source),
            "period",
            format!("period: {words}"),
            &p.source.rule,
        );
    }
    for (i, f) in x.figures.iter().enumerate() {
        let id = FactId::new(FactKind::Figure, i);
        let value = super::view::format_value(f.value, f.unit);
        let category = super::view::category_words(f.category);
        push(
            id,
            spans(&f.source),
            group_colour(f.category.group()),
            format!("figure: {value} {} ({category})", f.item),
            &f.source.rule,
        );
    }
    for (i, p) in x.people.iter().enumerate() {
        let id = FactId::new(FactKind::Person, i);
        let name = match p.rank.as_deref().filter(|r| !r.is_empty()) {
            Some(rank) => format!("{rank} {}", p.name),
            None => p.name.clone(),
        };
        push(
            id,
            spans(&p.source),
            "person",
            format!("person: {name}"),
            &p.source.rule,
        );
        for (j, q) in p.quotes.iter().enumerate() {
            let id = FactId {
                kind: FactKind::Quote,
                index: i,
                part: j,
            };
            push(
                id,
                vec![q.span],
                "quote",
                format!("quote by {}", p.name),
                &q.rule,
            );
        }
    }
    for (i, p) in x.places.iter().enumerate() {
        let id = FactId::new(FactKind::Place, i);
        push(
            id,
            spans(&p.source),
            "place",
            format!("place: {}", p.name),
            &p.source.rule,
        );
    }
    for (i, o) in x.organisations.iter().enumerate() {
        let id = FactId::new(FactKind::Organisation, i);
        push(
            id,
            spans(&o.source),
            "organisation",
            format!("organisation: {}", o.name),
            &o.source.rule,
        );
    }
    for (i, c) in x.contacts.iter().enumerate() {
        let id = FactId::new(FactKind::Contact, i);
        push(
            id,
            spans(&c.source),
            "contact",
            format!("contact: {}", c.value),
            &c.source.rule,
        );
    }
    for (i, c) in x.checks.iter().enumerate() {
        let id = FactId::new(FactKind::Check, i);
        let (_, _, verdict) = super::checks::verdict_words(c.verdict);
        let kind = super::checks::kind_words(c.kind);
        push(
            id,
            vec![c.claim.span],
            "check",
            format!("claim: {kind}, {verdict} ({})", c.working),
            &c.rule,
        );
    }
    out
}

/// A source's span and its further mentions, in that order.
fn spans(source: &Source) -> Vec<Span> {
    std::iter::once(source.span)
        .chain(source.mentions.iter().copied())
        .collect()
}

/// Whether the mark of `fact` belongs to the picked fact: it is that fact, or a figure
/// the picked check used.
pub fn picked_with(fact: &Located, picked: FactId) -> bool {
    fact.id == picked || fact.with.contains(&picked)
}

/// The colour class of a figure's group.
pub fn group_colour(g: Group) -> &'static str {
    match g {
        Group::Seized => "seized",
        Group::Outcome => "outcome",
        Group::Activity => "activity",
        Group::Crime => "crime",
    }
}

/// `text` cut into segments: plain text and facts, never overlapping, in order, together
/// exactly `text`. Spans beyond the text are cut at its end; empty ones are skipped.
///
/// Runs in O((n + f) log f) for a text of n characters and f facts.
pub fn segments(text: &str, facts: &[Located]) -> Vec<Segment> {
    let total = text.chars().count();
    // Cut points: each fact's start and end, within the text.
    let mut cuts: Vec<usize> = vec![0, total];
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for (i, f) in facts.iter().enumerate() {
        let (s, e) = (f.span.start.min(total), f.span.end.min(total));
        if s < e {
            cuts.push(s);
            cuts.push(e);
            starts.push((s, i));
        }
    }
    sorting::sort(&mut starts);
    sorting::sort(&mut cuts);
    cuts.dedup();
    let map = OffsetMap::new(text);
    // Active facts, ascending and each once, so the first is the innermost:
    // (length, id, end, index).
    let mut active: Vec<(usize, FactId, usize, usize)> = Vec::new();
    let mut next_start = 0;
    let mut pieces: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for pair in cuts.windows(2) {
        let &[a, b] = pair else { continue };
        while let Some(&(s, i)) = starts.get(next_start) {
            if s > a {
                break;
            }
            if let Some(f) = facts.get(i) {
                let e = f.span.end.min(total);
                let entry = (e - s, f.id, e, i);
                if let Err(at) = active.binary_search(&entry) {
                    active.insert(at, entry);
                }
            }
            next_start += 1;
        }
        active.retain(|&(_, _, e, _)| e > a);
        let owner = active.first().map(|&(_, _, _, i)| i);
        match pieces.last_mut() {
            Some(last) if last.2 == owner && last.1 == a => last.1 = b,
            _ => pieces.push((a, b, owner)),
        }
    }
    pieces
        .into_iter()
        .filter(|(a, b, _)| b > a)
        .map(|(a, b, fact)| Segment {
            text: map.slice(text, a, b).to_string(),
            fact,
            utf16: (map.utf16(a), map.utf16(b)),
        })
        .collect()
}

/// Byte and UTF-16 offsets of every code point of a text, for converting spans.
pub struct OffsetMap {
    /// For code point i: (byte offset, UTF-16 offset); one extra entry for the end.
    at: Vec<(usize, usize)>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut at = Vec::with_capacity(text.len() + 1);
        let mut units = 0;
        for (byte, c) in text.char_indices() {
            at.push((byte, units));
            units += c.len_utf16();
        }
        at.push((text.len(), units));
        OffsetMap { at }
    }

    /// The UTF-16 offset of code point `cp` (clamped to the end of the text).
    pub fn utf16(&self, cp: usize) -> usize {
        self.entry(cp).1
    }

    /// The byte offset of code point `cp` (clamped to the end of the text).
    pub fn byte(&self, cp: usize) -> usize {
        self.entry(cp).0
    }

    fn entry(&self, cp: usize) -> (usize, usize) {
        self.at
            .get(cp)
            .or_else(|| self.at.last())
            .copied()
            .unwrap_or((0, 0))
    }

    /// The text between two code-point offsets.
    pub fn slice<'a>(&self, text: &'a str, start: usize, end: usize) -> &'a str {
        text.get(self.byte(start)..self.byte(end))
            .unwrap_or_default()
    }
}

/// Code-point span to UTF-16 range, for one-off conversions.
pub fn utf16_range(text: &str, span: Span) -> (usize, usize) {
    let map = OffsetMap::new(text);
    (map.utf16(span.start), map.utf16(span.end))
}
