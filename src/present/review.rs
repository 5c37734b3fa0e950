//! Review on the page: the numbers Blotter did not read (each with its reason in plain
//! words, from the core's named rejections, `extract::explain`), the reader's corrections
//! applied to the facts as read (`extract::review`), and the summary a checker works from:
//! "12 facts, 2 corrected, 1 added, 0 numbers left unread".
//!
//! [`Reviewed::new`] makes everything the page shows from the facts as read, the numbers
//! turned down and the corrections; the reducer (`state.rs`) calls it after every read
//! and every correction ([`Act`], handled by [`reduce`]).

use std::rc::Rc;

use crate::extract::decimal::Decimal;
use crate::extract::review::{apply, exported, Correction, Edit, FigureEdit, Origin, Target};
use crate::extract::{
    explain, sorting, Category, Extraction, Options, PlaceKind, Qualifier, Source, Span, Unit,
};

use super::highlight::{locate_facts, segments, FactId, FactKind, Located};
use super::input::input_notes;
use super::state::{source_part, Highlights, State};
use super::view::{category_words, format_value, Report};

/// A number in the text that is no fact, and why, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unread {
    /// Code points of the text.
    pub span: Span,
    pub text: String,
    /// The reason in a few words: "an age", "read as a date".
    pub reason: &'static str,
}

/// The few words the page shows for a rejection (named in `figure::reject`).
pub fn reason_words(rejection: &str) -> &'static str {
    match rejection {
        "date" => "read as a date",
        "year" => "read as a year",
        "time" => "read as a time of day",
        "duration" => "a length of time",
        "age" => "an age",
        "phone" => "a phone number",
        "contact" => "part of a web address or email",
        "reference" => "a reference number or postcode",
        "address" => "a house number",
        "name" => "part of a name",
        "calibre" => "a calibre or measurement",
        "speed" => "a speed",
        "measure" => "a measurement",
        "range" => "one end of a range",
        "describes" => "describes something, not a count",
        "manner" => "a manner of speaking",
        "not_counted" => "counts nothing Blotter lists",
        "not_plain" => "too long or too small for a count",
        _ => "not sure what this counts",
    }
}

/// Every number of `text` the core turned down, with its reason (`extract::explain`).
pub fn numbers_not_read(text: &str, options: &Options) -> Vec<Unread> {
    explain(text, options)
        .into_iter()
        .filter_map(|e| {
            let r = e.rejection?;
            Some(Unread {
                span: e.span,
                text: e.text,
                reason: reason_words(r.name),
            })
        })
        .filter(|u| !u.span.is_empty())
        .collect()
}

/// A correction as the page lists it, with its Undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionLine {
    /// "Rejected figure “14 knives”".
    pub label: String,
    /// Whether it still applies; else the page says it no longer matches the text.
    pub applies: bool,
}

/// What the review panel shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewView {
    /// "12 facts, 2 corrected, 1 added, 0 numbers left unread".
    pub line: String,
    /// The numbers not read, in the order of the text.
    pub unread: Vec<FactId>,
    pub corrections: Vec<CorrectionLine>,
    /// "1 correction no longer matches the text: its words changed." or "".
    pub stale_note: String,
    pub reviewed: bool,
}

/// Everything derived from the facts as read, the numbers turned down and corrections.
pub struct Reviewed {
    pub extraction: Rc<Extraction>,
    pub exported: Rc<Extraction>,
    pub report: Rc<Report>,
    pub highlights: Rc<Highlights>,
    pub review: Rc<ReviewView>,
}

/// What a picked fact's origin adds to its tooltip.
fn origin_note(o: Origin) -> &'static str {
    match o {
        Origin::Read => "",
        Origin::Corrected => " \u{b7} corrected by you",
        Origin::Added => " \u{b7} added by you",
        Origin::Rejected => " \u{b7} rejected by you",
    }
}

/// The source of fact `id` of `x`, if it has one.
pub fn source_of(x: &Extraction, id: FactId) -> Option<&Source> {
    match id.kind {
        FactKind::Operation => x.operations.get(id.index).map(|f| &f.source),
        FactKind::Figure => x.figures.get(id.index).map(|f| &f.source),
        FactKind::Person => x.people.get(id.index).map(|f| &f.source),
        FactKind::Place => x.places.get(id.index).map(|f| &f.source),
        FactKind::Organisation => x.organisations.get(id.index).map(|f| &f.source),
        FactKind::Contact => x.contacts.get(id.index).map(|f| &f.source),
        _ => None,
    }
}

/// The correction target of a fact kind, if such facts can be corrected.
pub fn target_of(kind: FactKind) -> Option<Target> {
    Some(match kind {
        FactKind::Operation => Target::Operation,
        FactKind::Figure => Target::Figure,
        FactKind::Person => Target::Person,
        FactKind::Place => Target::Place,
        FactKind::Organisation => Target::Organisation,
        FactKind::Contact => Target::Contact,
        _ => return None,
    })
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Reviewed {
    /// The page's facts: `base` (read from `live_part(text)`) with `corrections` applied,
    /// and the numbers of `numbers` that no fact covers marked in the source text.
    pub fn new(
        text: &str,
        base: &Extraction,
        numbers: &[Unread],
        corrections: &[Correction],
        reviewed: bool,
    ) -> Reviewed {
        let mut x = base.clone();
        let read = super::input::live_part(text);
        let applied = apply(&mut x, read, corrections);
        let mut report = Report::new(&x);
        report.diagnostics.extend(input_notes(text));
        let mut facts = locate_facts(&x);
        for f in &mut facts {
            let origin = source_of(&x, f.id).map_or(Origin::Read, |s| s.origin);
            if origin == Origin::Rejected {
                f.colour = "rejected";
            }
            f.tip.push_str(origin_note(origin));
        }
        let all = facts.len();
        let shown = source_part(text);
        let shown_chars = shown.chars().count();
        facts.retain(|f| f.span.end <= shown_chars);
        let limited = facts.len() < all;
        // The numbers no fact covers (a reader's added figure covers its number).
        let mut unread = Vec::new();
        let taken: Vec<Span> = facts.iter().map(|f| f.span).collect();
        for (i, u) in numbers.iter().enumerate() {
            if u.span.end > shown_chars || taken.iter().any(|s| s.overlaps(u.span)) {
                continue;
            }
            let id = FactId::new(FactKind::Unread, i);
            unread.push((u.span.start, id));
            let tip = format!("not read: {}", u.reason);
            facts.push(Located {
                id,
                span: u.span,
                colour: "unread",
                label: tip.clone(),
                rule: String::new(),
                tip,
                with: Vec::new(),
            });
        }
        sorting::sort(&mut unread);
        let highlights = Highlights {
            segments: segments(shown, &facts),
            cut: shown.len() < text.len(),
            limited,
            facts,
        };
        let count = |o: Origin| x.sources().filter(|s| s.origin == o).count();
        let kept = x.sources().count() - count(Origin::Rejected);
        let line = format!(
            "{}, {} corrected, {} added, {} left unread",
            plural(kept, "fact", "facts"),
            count(Origin::Corrected),
            count(Origin::Added),
            plural(unread.len(), "number", "numbers"),
        );
        let lines: Vec<CorrectionLine> = corrections
            .iter()
            .zip(&applied)
            .map(|(c, &applies)| CorrectionLine {
                label: correction_words(c),
                applies,
            })
            .collect();
        let stale = lines.iter().filter(|l| !l.applies).count();
        let stale_note = match stale {
            0 => String::new(),
            1 => "1 correction no longer matches the text: the words it points at changed."
                .to_string(),
            n => format!(
                "{n} corrections no longer match the text: the words they point at changed."
            ),
        };
        let mut out = exported(&x);
        out.corrections = corrections.to_vec();
        out.reviewed = reviewed;
        // The summary counts the facts kept, as the exports do.
        if count(Origin::Rejected) > 0 {
            report.summary = Report::new(&out).summary;
        }
        Reviewed {
            exported: Rc::new(out),
            extraction: Rc::new(x),
            report: Rc::new(report),
            highlights: Rc::new(highlights),
            review: Rc::new(ReviewView {
                line,
                unread: unread.into_iter().map(|(_, id)| id).collect(),
                corrections: lines,
                stale_note,
                reviewed,
            }),
        }
    }
}

/// A correction in words: `Rejected figure “14 knives”`.
pub fn correction_words(c: &Correction) -> String {
    let what = match c.edit {
        Edit::Reject => "Rejected",
        Edit::Change => "Changed",
        Edit::Add => "Added",
    };
    let detail = match (&c.edit, &c.figure) {
        (Edit::Reject, _) | (_, None) => String::new(),
        (_, Some(f)) => format!(
            " as {} {} ({})",
            format_value(f.value, f.unit),
            f.item,
            category_words(f.category)
        ),
    };
    format!(
        "{what} {} \u{201c}{}\u{201d}{detail}",
        c.kind.as_str(),
        c.text
    )
}

/// What the reader does in review.
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// A new correction (reject, change or add).
    Correct(Correction),
    /// Take back the correction at this index.
    Undo(usize),
    /// Mark the release reviewed, or not.
    SetReviewed(bool),
    /// Pick the next (`true`) or previous number left unread.
    Step(bool),
}

/// The state after `act`.
pub fn reduce(state: &State, act: Act) -> State {
    match act {
        Act::Correct(c) => {
            let mut list = state.corrections.to_vec();
            list.push(c);
            state.with_corrections(Rc::new(list), state.reviewed)
        }
        Act::Undo(i) if i < state.corrections.len() => {
            let mut list = state.corrections.to_vec();
            list.remove(i);
            state.with_corrections(Rc::new(list), state.reviewed)
        }
        Act::Undo(_) => state.clone(),
        Act::SetReviewed(on) => state.with_corrections(state.corrections.clone(), on),
        Act::Step(forward) => {
            let list = &state.review.unread;
            if list.is_empty() {
                return state.clone();
            }
            let at = state
                .selected
                .and_then(|s| list.iter().position(|&id| id == s.fact));
            let next = match (at, forward) {
                (None, true) => 0,
                (None, false) => list.len() - 1,
                (Some(i), true) => (i + 1) % list.len(),
                (Some(i), false) => (i + list.len() - 1) % list.len(),
            };
            state.picked(list[next])
        }
    }
}

/// Where a number left unread is among them: "Number 2 of 5: “34”, an age".
pub fn unread_position(state: &State) -> String {
    let Some(s) = state.selected.filter(|s| s.fact.kind == FactKind::Unread) else {
        return String::new();
    };
    let list = &state.review.unread;
    let Some(at) = list.iter().position(|&id| id == s.fact) else {
        return String::new();
    };
    match state.numbers.get(s.fact.index) {
        Some(u) => format!(
            "Number {} of {}: \u{201c}{}\u{201d}, {}",
            at + 1,
            list.len(),
            u.text,
            u.reason
        ),
        None => String::new(),
    }
}

/// The fact the reader picked, as the review panel offers it for correcting.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFact {
    pub id: FactId,
    /// "figure: 22 knives (knife)", the fact in words.
    pub label: String,
    pub target: Target,
    pub span: Span,
    pub text: String,
    /// Whether the reader rejected it (then the panel says so; Undo is in the list).
    pub rejected: bool,
    /// A figure's fields, for the edit form.
    pub figure: Option<FigureEdit>,
}

/// What the panel says about a fact the reader rejected.
pub const REJECTED_NOTE: &str =
    "You rejected this fact: it stays struck through here and is left out of the exports. \
     Undo it in the list of your corrections.";

/// What the add form says when "Use the words selected" finds no selection in the text.
pub const NO_SELECTION: &str = "Select words in the source text first, or type them.";
/// What the add form says when the typed words are not in the text.
pub const NOT_IN_TEXT: &str = "Those words are not in the text: type them as they are written.";
/// What the review panel says when no fact is picked.
pub const PICK_NOTE: &str = "Pick a fact in the text or a panel to reject or correct it.";

/// The picked fact, if it is one a reader can correct (not a quote, a claim or a number
/// left unread).
pub fn picked_fact(state: &State) -> Option<PickedFact> {
    let id = state.selected?.fact;
    let target = target_of(id.kind)?;
    let source = source_of(&state.extraction, id)?;
    let label = state
        .highlights
        .facts
        .iter()
        .find(|f| f.id == id)
        .map_or_else(|| source.text.clone(), |f| f.label.clone());
    Some(PickedFact {
        id,
        label,
        target,
        span: source.span,
        text: source.text.clone(),
        rejected: source.origin == Origin::Rejected,
        figure: match id.kind {
            FactKind::Figure => state.extraction.figures.get(id.index).map(FigureEdit::of),
            _ => None,
        },
    })
}

/// The number left unread that is picked, if one is: its words and where they start, so
/// the add form can take it as a figure.
pub fn picked_unread(state: &State) -> Option<(String, usize)> {
    let s = state.selected.filter(|s| s.fact.kind == FactKind::Unread)?;
    let u = state.numbers.get(s.fact.index)?;
    Some((u.text.clone(), u.span.start))
}

/// The label of the button that takes a picked number into the add form.
pub fn add_number_label(words: &str) -> String {
    format!("Add \u{201c}{words}\u{201d} as a figure")
}

/// The choices a form offers: (facts/1 name, words).
pub fn category_choices() -> Vec<(&'static str, &'static str)> {
    Category::ALL
        .iter()
        .map(|&c| (c.as_str(), category_words(c)))
        .collect()
}

pub fn unit_choices() -> Vec<(&'static str, &'static str)> {
    Unit::ALL
        .iter()
        .map(|&u| (u.as_str(), u.as_str()))
        .collect()
}

pub fn qualifier_choices() -> Vec<(&'static str, &'static str)> {
    Qualifier::ALL
        .iter()
        .map(|&q| match q {
            Qualifier::Exact => (q.as_str(), "exact"),
            q => (q.as_str(), super::view::qualifier_words(q)),
        })
        .collect()
}

pub fn place_kind_choices() -> Vec<(&'static str, &'static str)> {
    PlaceKind::ALL
        .iter()
        .map(|&k| (k.as_str(), k.as_str()))
        .collect()
}

pub fn target_choices() -> Vec<(&'static str, &'static str)> {
    Target::ADDABLE
        .iter()
        .map(|&t| (t.as_str(), t.as_str()))
        .collect()
}

/// A figure's fields as a form holds them, all text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FigureForm {
    pub category: String,
    pub value: String,
    pub unit: String,
    pub item: String,
    pub qualifier: String,
    pub period: String,
}

impl FigureForm {
    /// The form filled from a figure's fields.
    pub fn of(f: &FigureEdit) -> FigureForm {
        FigureForm {
            category: f.category.as_str().into(),
            value: crate::extract::decimal::write_short(f.value).unwrap_or_default(),
            unit: f.unit.as_str().into(),
            item: f.item.clone(),
            qualifier: f.qualifier.as_str().into(),
            period: f.period.clone().unwrap_or_default(),
        }
    }

    /// A new figure's form from words of the text: its first number, counted.
    pub fn from_words(words: &str) -> FigureForm {
        let value = words
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map(|w| w.replace(',', ""))
            .find(|w| Decimal::parse(w).is_some())
            .unwrap_or_default();
        let item = words
            .split_whitespace()
            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join(" ");
        FigureForm {
            category: Category::OtherItem.as_str().into(),
            value,
            unit: Unit::Count.as_str().into(),
            item,
            qualifier: Qualifier::Exact.as_str().into(),
            period: String::new(),
        }
    }

    /// The fields read, or what is wrong with them, in words.
    pub fn read(&self) -> Result<FigureEdit, &'static str> {
        // Read exactly by the core's `Decimal` (as the figures' own values are), which
        // also keeps the float parser of `core` and its tables out of the wasm.
        let value = Decimal::parse(&self.value.trim().replace(',', ""))
            .map(Decimal::value)
            .ok_or("The value must be a number, such as 12 or 2.5.")?;
        let period = self.period.trim();
        Ok(FigureEdit {
            category: pick(&Category::ALL, &self.category, Category::as_str)
                .ok_or("Pick a category.")?,
            value,
            unit: pick(&Unit::ALL, &self.unit, Unit::as_str).ok_or("Pick a unit.")?,
            item: self.item.trim().to_string(),
            qualifier: pick(&Qualifier::ALL, &self.qualifier, Qualifier::as_str)
                .ok_or("Pick a qualifier.")?,
            period: (!period.is_empty()).then(|| period.to_string()),
        })
    }
}

/// The value of `all` whose facts/1 name is `name`.
fn pick<T: Copy>(all: &[T], name: &str, as_str: fn(T) -> &'static str) -> Option<T> {
    all.iter().copied().find(|&v| as_str(v) == name)
}

/// The words of `text` a reader typed into the add form, found in the shown text: the
/// first place they occur at or after code point `from` (else the first of all).
pub fn find_words(text: &str, words: &str, from: usize) -> Option<Span> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let map = super::highlight::OffsetMap::new(text);
    let start_byte = map.byte(from);
    let byte = text
        .get(start_byte..)
        .and_then(|t| t.find(words))
        .map(|b| b + start_byte)
        .or_else(|| text.find(words))?;
    let start = text.get(..byte)?.chars().count();
    Some(Span::new(start, start + words.chars().count()))
}

/// The code point at UTF-16 offset `units` of `text` (a DOM selection's offset).
pub fn code_point_at(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.chars().enumerate() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.chars().count()
}

#[cfg(test)]
mod tests;
