//! A reader's corrections to what Blotter read, as data: reject a fact, change a figure,
//! add a fact from words of the text. Each correction names the words it points at (kind,
//! span and text), so it is applied again after the text is read again while those words
//! are unchanged, and reported as no longer matching when they changed.
//!
//! Applying marks each fact it touches (`Source::origin`: corrected, added by the reader,
//! or rejected); [`exported`] leaves the rejected facts out. The facts/1 extension fields
//! (`origin` on a fact, `corrections` and `reviewed` on the document) are described in
//! `docs/FACTS.md`.
//!
//! ```
//! use blotter::extract::{extract, Options, Span};
//! use blotter::extract::review::{apply, exported, Correction, Target};
//! let text = "Officers seized 12 knives.";
//! let mut x = extract(text, &Options::default());
//! let knives = x.figures[0].source.span;
//! let reject = Correction::reject(Target::Figure, knives, "12 knives");
//! assert_eq!(apply(&mut x, text, &[reject]), vec![true]);
//! assert!(exported(&x).figures.is_empty());
//! ```

use serde::{Deserialize, Serialize};

use super::model::{
    Category, Certainty, Extraction, Figure, Operation, Organisation, Person, Place, PlaceKind,
    Qualifier, Source, Span, Unit,
};

/// Who a fact is from: read by Blotter (the default, never written), changed or added by
/// the reader, or rejected by the reader (kept on the page, left out of exports).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    #[default]
    Read,
    Corrected,
    Added,
    Rejected,
}

impl Origin {
    /// Whether the fact is as Blotter read it (then facts/1 leaves the field out).
    pub fn is_read(&self) -> bool {
        *self == Origin::Read
    }

    /// The name used in facts/1 and as the page's class: "" when read by Blotter.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Read => "",
            Origin::Corrected => "corrected",
            Origin::Added => "added",
            Origin::Rejected => "rejected",
        }
    }
}

/// The rule named by a fact the reader added.
pub const ADDED_RULE: &str = "added by the reader";

/// What a correction does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edit {
    /// The fact is wrong: keep it visible, leave it out of exports.
    Reject,
    /// The figure's category, value, unit, qualifier, item or period is changed.
    Change,
    /// A fact Blotter missed, from words of the text.
    Add,
}

/// The kinds of fact a correction can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Operation,
    Figure,
    Person,
    Place,
    Organisation,
    Contact,
}

impl Target {
    pub const ADDABLE: [Target; 4] = [
        Target::Figure,
        Target::Person,
        Target::Place,
        Target::Organisation,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Operation => "operation",
            Target::Figure => "figure",
            Target::Person => "person",
            Target::Place => "place",
            Target::Organisation => "organisation",
            Target::Contact => "contact",
        }
    }
}

/// A figure's fields as the reader set them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureEdit {
    pub category: Category,
    pub value: f64,
    pub unit: Unit,
    pub item: String,
    pub qualifier: Qualifier,
    pub period: Option<String>,
}

impl FigureEdit {
    /// The fields of `f` as they are.
    pub fn of(f: &Figure) -> FigureEdit {
        FigureEdit {
            category: f.category,
            value: f.value,
            unit: f.unit,
            item: f.item.clone(),
            qualifier: f.qualifier,
            period: f.period.clone(),
        }
    }
}

/// One correction: what it does to the fact of kind `kind` at `span`, whose words were
/// `text` when it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub edit: Edit,
    pub kind: Target,
    pub span: Span,
    pub text: String,
    /// A changed or added figure's fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<FigureEdit>,
    /// An added place's kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_kind: Option<PlaceKind>,
}

impl Correction {
    pub fn reject(kind: Target, span: Span, text: &str) -> Correction {
        Correction {
            edit: Edit::Reject,
            kind,
            span,
            text: text.to_string(),
            figure: None,
            place_kind: None,
        }
    }

    /// The figure at `span` gets the fields `figure`.
    pub fn change(span: Span, text: &str, figure: FigureEdit) -> Correction {
        Correction {
            edit: Edit::Change,
            figure: Some(figure),
            ..Correction::reject(Target::Figure, span, text)
        }
    }

    /// A new fact of kind `kind` from the words `text` at `span`; a figure needs its
    /// fields, a place may have a kind (else `other`).
    pub fn add(kind: Target, span: Span, text: &str) -> Correction {
        Correction {
            edit: Edit::Add,
            ..Correction::reject(kind, span, text)
        }
    }
}

/// The text's characters' byte offsets (and its length last), to slice by code points.
fn char_starts(text: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    starts.push(text.len());
    starts
}

/// Where the words `c.text` are now: at `c.span` if unchanged there, else where they
/// occur once in the whole text (the text before them changed); `None` when they are
/// gone or could be in several places.
fn locate(c: &Correction, text: &str, starts: &[usize]) -> Option<Span> {
    let at = |s: Span| text.get(*starts.get(s.start)?..*starts.get(s.end)?);
    if c.text.is_empty() {
        return None;
    }
    if at(c.span) == Some(c.text.as_str()) {
        return Some(c.span);
    }
    let mut found = text.match_indices(c.text.as_str());
    let (byte, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let start = starts.partition_point(|&b| b < byte);
    Some(Span::new(start, start + c.text.chars().count()))
}

/// The source of the fact of kind `kind` whose span is `span`, if there is one.
fn source_at(x: &mut Extraction, kind: Target, span: Span) -> Option<&mut Source> {
    let hit = |s: &&mut Source| s.span == span;
    match kind {
        Target::Operation => x.operations.iter_mut().map(|o| &mut o.source).find(hit),
        Target::Figure => x.figures.iter_mut().map(|o| &mut o.source).find(hit),
        Target::Person => x.people.iter_mut().map(|o| &mut o.source).find(hit),
        Target::Place => x.places.iter_mut().map(|o| &mut o.source).find(hit),
        Target::Organisation => x.organisations.iter_mut().map(|o| &mut o.source).find(hit),
        Target::Contact => x.contacts.iter_mut().map(|o| &mut o.source).find(hit),
    }
}

/// Applies `corrections` in order to `x`, the facts read from `text`; says for each
/// whether it applied (`false`: the words it points at changed, or no fact is there any
/// more). A correction that applies is re-based onto where its words are now.
pub fn apply(x: &mut Extraction, text: &str, corrections: &[Correction]) -> Vec<bool> {
    let starts = char_starts(text);
    corrections
        .iter()
        .map(|c| locate(c, text, &starts).is_some_and(|span| apply_one(x, c, span)))
        .collect()
}

fn apply_one(x: &mut Extraction, c: &Correction, span: Span) -> bool {
    match c.edit {
        Edit::Reject => match source_at(x, c.kind, span) {
            Some(s) => {
                s.origin = Origin::Rejected;
                true
            }
            None => false,
        },
        Edit::Change => {
            let (Target::Figure, Some(edit)) = (c.kind, &c.figure) else {
                return false;
            };
            let Some(f) = x.figures.iter_mut().find(|f| f.source.span == span) else {
                return false;
            };
            set_figure(f, edit);
            if f.source.origin == Origin::Read {
                f.source.origin = Origin::Corrected;
            }
            true
        }
        // Words already read as that kind of fact are not added twice.
        Edit::Add if c.kind != Target::Figure && source_at(x, c.kind, span).is_some() => true,
        Edit::Add => add(x, c, span),
    }
}

fn set_figure(f: &mut Figure, edit: &FigureEdit) {
    f.category = edit.category;
    f.value = edit.value;
    f.unit = edit.unit;
    f.item = edit.item.clone();
    f.qualifier = edit.qualifier;
    if f.period != edit.period {
        f.period = edit.period.clone();
        f.period_certainty = Certainty::Stated;
    }
}

fn add(x: &mut Extraction, c: &Correction, span: Span) -> bool {
    let source = Source {
        span,
        text: c.text.clone(),
        mentions: Vec::new(),
        rule: ADDED_RULE.to_string(),
        origin: Origin::Added,
    };
    let name = c.text.trim().to_string();
    match c.kind {
        Target::Figure => {
            let Some(edit) = &c.figure else {
                return false;
            };
            let mut f = Figure {
                category: edit.category,
                value: 0.0,
                unit: edit.unit,
                item: String::new(),
                qualifier: edit.qualifier,
                period: None,
                change: None,
                value_certainty: Certainty::Stated,
                period_certainty: Certainty::Stated,
                source,
            };
            set_figure(&mut f, edit);
            x.figures.push(f);
        }
        Target::Person => x.people.push(Person {
            name,
            rank: None,
            role: None,
            quotes: Vec::new(),
            source,
        }),
        Target::Place => x.places.push(Place {
            name,
            kind: c.place_kind.unwrap_or_default(),
            source,
        }),
        Target::Organisation => x.organisations.push(Organisation { name, source }),
        Target::Operation => x.operations.push(Operation { name, source }),
        Target::Contact => return false,
    }
    true
}

/// The facts as exported: without the facts the reader rejected (a check that used a
/// rejected figure goes too, and the others' figure indices follow the figures left).
pub fn exported(x: &Extraction) -> Extraction {
    let kept = |s: &Source| s.origin != Origin::Rejected;
    let mut out = x.clone();
    out.operations.retain(|o| kept(&o.source));
    out.people.retain(|o| kept(&o.source));
    out.places.retain(|o| kept(&o.source));
    out.organisations.retain(|o| kept(&o.source));
    out.contacts.retain(|o| kept(&o.source));
    // The new index of each figure left, `None` for a rejected one.
    let mut next = 0;
    let index: Vec<Option<usize>> = x
        .figures
        .iter()
        .map(|f| {
            kept(&f.source).then(|| {
                next += 1;
                next - 1
            })
        })
        .collect();
    out.figures.retain(|f| kept(&f.source));
    out.checks.retain(|c| {
        c.figures
            .iter()
            .all(|&i| index.get(i).copied().flatten().is_some())
    });
    for c in &mut out.checks {
        for i in &mut c.figures {
            *i = index.get(*i).copied().flatten().unwrap_or(*i);
        }
    }
    out
}

/// The facts of `text` (read into `x`) with a reader's `corrections` and reviewed mark
/// (a facts/1 document's `corrections` and `reviewed`) applied, as exported; and for
/// each correction whether it applied.
pub fn with_corrections(
    mut x: Extraction,
    text: &str,
    corrections: &[Correction],
    reviewed: bool,
) -> (Extraction, Vec<bool>) {
    let applied = apply(&mut x, text, corrections);
    x.corrections = corrections.to_vec();
    x.reviewed = reviewed;
    (exported(&x), applied)
}

#[cfg(test)]
mod tests;
