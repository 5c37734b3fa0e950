//! The app's one state and the actions that change it, as a pure reducer.
//!
//! Typing only records the text and marks the facts stale; the facts are read again on
//! [`Action::Analyse`] (or [`Action::Read`], from the worker), which the UI sends after
//! every key for a release-sized text and once typing pauses for a long one (the timers
//! live in the UI). Actions that replace the whole text (a file, the sample, undo) and a
//! new publication date analyse at once.

use std::rc::Rc;

use crate::extract::{extract, Correction, Extraction, Options};

use super::highlight::{FactId, Located, Segment, HIGHLIGHT_LIMIT};
use super::input::{cut_near, is_iso_date, live_part};
use super::kept::Kept;
use super::review::{numbers_not_read, Act, ReviewView, Reviewed, Unread};
use super::table::{Column, Sort};
use super::view::Report;
use super::SAMPLE_RELEASE;
use crate::present::collection::page::{Shelf, ShelfAction};

/// Everything the page shows, derived from the text in the box.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The text in the box, exactly as typed or pasted.
    pub text: Rc<str>,
    /// The publication date the reader typed (`YYYY-MM-DD`), which overrides the text's.
    pub date: Option<String>,
    /// The facts of the text as it was when last analysed, with the reader's corrections
    /// applied (a rejected fact is still here, marked, for the page to strike through).
    pub extraction: Rc<Extraction>,
    /// The facts as read, before any correction.
    pub base: Rc<Extraction>,
    /// What the exports and charts hold: `extraction` without the rejected facts, with
    /// the corrections and the reviewed mark (`review::Reviewed`).
    pub exported: Rc<Extraction>,
    /// Every number of the shown text the core turned down, with its reason.
    pub numbers: Rc<Vec<Unread>>,
    /// The reader's corrections, in the order made.
    pub corrections: Rc<Vec<Correction>>,
    /// Whether the reader marked the release reviewed.
    pub reviewed: bool,
    /// The review panel's lines.
    pub review: Rc<ReviewView>,
    /// The rows and lines the panels show, made from `extraction`.
    pub report: Rc<Report>,
    /// The source text cut into highlighted segments, made from `extraction`.
    pub highlights: Rc<Highlights>,
    /// Whether `text` changed since the facts were read, so the results are out of date.
    pub stale: bool,
    /// How many times the text was replaced from outside the box (a file, the sample,
    /// Clear, Undo, a host's message). The box writes the text into itself only when this
    /// changes, never after typing, so keys typed before a render are never undone.
    pub rewrites: u32,
    /// Whether the stale text should be read at once rather than when typing pauses: it
    /// was replaced whole (a file, Undo, a host's message) or its date changed.
    pub urgent: bool,
    /// The fact the reader picked, in a panel or in the source text.
    pub selected: Option<Selection>,
    /// How the figures table is sorted; `None` keeps the order of the text.
    pub sort: Option<Sort>,
    /// The page of each group of the figures table asked for (`table::figure_groups`),
    /// back to the first on a new sort.
    pub figure_pages: [usize; 4],
    /// What Clear or the sample replaced, until the reader types again or undoes it.
    pub undo: Option<Kept>,
    /// What Undo brings back from: "Undo clear" or "Undo sample", the button's label.
    pub undo_label: &'static str,
    /// A message about the page itself (storage, files), shown until dismissed.
    pub notice: Option<String>,
    /// The colour theme the reader chose.
    pub theme: Theme,
    /// The collection of releases and its view (`present::collection::page`).
    pub collection: Rc<Shelf>,
    /// The key of the collection's release this view shows, when it was opened from the
    /// collection: the reader's corrections go back to it.
    pub shown_release: Option<u32>,
}

/// The facts located in the source text, and the text cut at their edges.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    pub facts: Vec<Located>,
    pub segments: Vec<Segment>,
    /// Whether facts were read beyond the part of the text the segments hold.
    pub limited: bool,
    /// Whether the segments hold only the start of the text (`source_part`).
    pub cut: bool,
}

/// The part of `text` the source view shows: all of it, or about its first
/// `HIGHLIGHT_LIMIT` bytes, cut at a paragraph (never more than was read, `live_part`).
pub fn source_part(text: &str) -> &str {
    let read = live_part(text);
    &read[..cut_near(read, HIGHLIGHT_LIMIT, HIGHLIGHT_LIMIT / 2)]
}

/// A picked fact, where it was picked, and a count that changes with every pick so the
/// page can flash the same words again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub fact: FactId,
    /// `true` when picked in the source text (the page then scrolls to the panel row).
    pub in_source: bool,
    pub nonce: u32,
}

/// The colour theme: the system's, or one the reader chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The stored name (`light`, `dark`) read back; anything else is the system's.
    pub fn from_name(name: &str) -> Theme {
        match name {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The name stored and set on the page's `data-theme`; "" for the system's.
    pub fn name(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme after the toggle, given whether the system currently prefers dark.
    pub fn toggled(self, system_dark: bool) -> Theme {
        let dark_now = match self {
            Theme::System => system_dark,
            Theme::Light => false,
            Theme::Dark => true,
        };
        if dark_now {
            Theme::Light
        } else {
            Theme::Dark
        }
    }
}

/// Facts read away from the reducer (by the page's worker) for one text and date.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub text: Rc<str>,
    pub date: Option<String>,
    pub extraction: Extraction,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text in the box changed (a key, a paste, a cut).
    Edit(String),
    /// The whole text was replaced (a file was opened): read it at once.
    Replace(String),
    /// Typing paused: read the facts of the current text here and now.
    Analyse,
    /// The worker read the facts of a text; they apply if that is still the text.
    Read(Box<Read>),
    /// The reader typed a publication date (`YYYY-MM-DD`), or emptied the field ("").
    SetDate(String),
    /// Empty the box and the date, keeping them for Undo.
    Clear,
    /// Bring back what Clear removed.
    Undo,
    /// Put the sample release in the box, keeping what it replaced for Undo.
    LoadSample,
    /// What Clear removed in an earlier visit, kept in storage: Undo brings it back.
    KeptUndo(Kept),
    /// Escape: nothing picked any more.
    Unselect,
    /// A fact was picked in a panel: show its words in the source text.
    Select(FactId),
    /// Highlighted words were picked in the source text: show the fact in its panel.
    SelectWords(FactId),
    /// A figures table heading was clicked.
    Sort(Column),
    /// Show this page (the second number) of a group of the figures table (the first,
    /// its place in `table::figure_groups`' order).
    FigurePage(usize, usize),
    /// Show a message about the page, or hide it (`None`).
    Notice(Option<String>),
    /// The reader chose a theme.
    SetTheme(Theme),
    /// A correction, its undo, the reviewed mark, or a step between unread numbers
    /// (`review::reduce`).
    Review(Act),
    /// Something happened to the collection; `ShelfAction::Open` also shows a release
    /// of it in the single view.
    Collection(ShelfAction),
}

impl State {
    /// A state whose facts are already read from `text`.
    pub fn new(text: &str) -> State {
        State::with_date(text, None)
    }

    /// A state whose facts are read from `text` with the publication date `date`.
    pub fn with_date(text: &str, date: Option<String>) -> State {
        let date = date.filter(|d| is_iso_date(d));
        let extraction = extract(live_part(text), &options_for(&date));
        State::with_extraction(text, date, extraction)
    }

    /// A state showing `extraction`, the facts read from `live_part(text)` with `date`.
    pub fn with_extraction(text: &str, date: Option<String>, extraction: Extraction) -> State {
        let numbers = numbers_not_read(source_part(text), &options_for(&date));
        let r = Reviewed::new(text, &extraction, &numbers, &[], false);
        State {
            text: Rc::from(text),
            date,
            report: r.report,
            highlights: r.highlights,
            extraction: r.extraction,
            exported: r.exported,
            review: r.review,
            base: Rc::new(extraction),
            numbers: Rc::new(numbers),
            corrections: Rc::default(),
            reviewed: false,
            stale: false,
            urgent: false,
            rewrites: 0,
            selected: None,
            sort: None,
            figure_pages: [0; 4],
            undo: None,
            undo_label: UNDO_CLEAR,
            notice: None,
            theme: Theme::System,
            collection: Rc::default(),
            shown_release: None,
        }
    }

    /// The same facts with `corrections` applied and the reviewed mark `reviewed`.
    pub fn with_corrections(&self, corrections: Rc<Vec<Correction>>, reviewed: bool) -> State {
        let r = Reviewed::new(
            &self.text,
            &self.base,
            &self.numbers,
            &corrections,
            reviewed,
        );
        State {
            report: r.report,
            highlights: r.highlights,
            extraction: r.extraction,
            exported: r.exported,
            review: r.review,
            corrections,
            reviewed,
            ..self.clone()
        }
    }

    /// The state of a first visit: the sample release, analysed.
    pub fn with_sample() -> State {
        State::new(SAMPLE_RELEASE)
    }

    /// The state of kept work from an earlier visit, to be read at once by the page's
    /// reader, so a long kept text does not hold up the page's start.
    pub fn from_kept(kept: &Kept) -> State {
        let date = kept.date.clone().filter(|d| is_iso_date(d));
        State {
            corrections: Rc::new(kept.corrections.clone()),
            reviewed: kept.reviewed,
            ..State::new("").replaced(&kept.text, date)
        }
    }

    /// What a reload should bring back.
    pub fn kept(&self) -> Kept {
        Kept {
            text: self.text.to_string(),
            date: self.date.clone(),
            corrections: self.corrections.to_vec(),
            reviewed: self.reviewed,
        }
    }

    /// The date field's value: the reader's date, or else the one the text states (only a
    /// full `YYYY-MM-DD` date fits the field), or "".
    pub fn date_field(&self) -> String {
        self.date
            .clone()
            .or_else(|| self.extraction.published.clone())
            .filter(|d| is_iso_date(d))
            .unwrap_or_default()
    }

    /// The same page with freshly read facts, keeping what is not about the facts.
    fn reread(&self, text: &str, date: Option<String>) -> State {
        self.keeping(State::with_date(text, date))
    }

    /// `fresh`, keeping what is not about the facts from this state.
    /// The reader's corrections are applied again to the fresh facts.
    fn keeping(&self, fresh: State) -> State {
        let fresh = if self.corrections.is_empty() && !self.reviewed {
            fresh
        } else {
            fresh.with_corrections(self.corrections.clone(), self.reviewed)
        };
        State {
            rewrites: self.rewrites,
            sort: self.sort,
            figure_pages: self.figure_pages,
            notice: self.notice.clone(),
            theme: self.theme,
            collection: self.collection.clone(),
            shown_release: self.shown_release,
            ..fresh
        }
    }

    /// A text of its own (Clear, the sample): no corrections from the one it replaced.
    fn unreviewed(self) -> State {
        if self.corrections.is_empty() && !self.reviewed {
            self
        } else {
            self.with_corrections(Rc::default(), false)
        }
    }

    /// This state with its corrections written back to the collection's release it
    /// shows, when it shows that release's whole text, as read (the shelf checks the
    /// text and date are the release's).
    fn written_back(self) -> State {
        let Some(key) = self.shown_release else {
            return self;
        };
        // Facts of part of a long text, or of an older text, are not the release's facts.
        let whole = live_part(&self.text).len() == self.text.len();
        if self.stale || !whole {
            return self;
        }
        let action = ShelfAction::Reviewed(
            key,
            self.text.clone(),
            self.date.clone(),
            self.exported.clone(),
        );
        match self.collection.apply(action) {
            Some(shelf) => State {
                collection: Rc::new(shelf),
                ..self
            },
            None => self,
        }
    }

    /// A new text (and date) to be read at once: the old facts stay on show, marked out of
    /// date, until they are read (see [`Action::Read`] and [`Action::Analyse`]).
    fn replaced(&self, text: &str, date: Option<String>) -> State {
        State {
            shown_release: None,
            rewrites: self.rewrites.wrapping_add(1),
            text: Rc::from(text),
            date,
            stale: true,
            urgent: true,
            selected: None,
            undo: None,
            ..self.clone()
        }
    }

    /// What the reader (the page's worker) should read for this state: the live part of
    /// the text and the options, or `None` when the facts on show are up to date.
    pub fn to_read(&self) -> Option<(&str, Options)> {
        self.stale
            .then(|| (live_part(&self.text), options_for(&self.date)))
    }

    /// The state after `action`. Returns the same `Rc` when nothing changes, so the UI
    /// can skip a render.
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<State> {
        match action {
            Action::Edit(text) if *text == *self.text => self,
            // Typing past the part of a long text that is read changes no fact and no
            // note (they come from `live_part` alone): the facts stay, and nothing is read.
            Action::Edit(text)
                if !self.stale
                    && live_part(&text).len() < text.len()
                    && live_part(&self.text).len() < self.text.len()
                    && live_part(&text) == live_part(&self.text) =>
            {
                Rc::new(State {
                    text: Rc::from(text),
                    undo: None,
                    ..(*self).clone()
                })
            }
            Action::Edit(text) => Rc::new(State {
                undo: if text.is_empty() {
                    self.undo.clone()
                } else {
                    None
                },
                text: Rc::from(text),
                stale: true,
                urgent: false,
                ..(*self).clone()
            }),
            Action::Replace(text) => Rc::new(self.replaced(&text, self.date.clone())),
            Action::Analyse if !self.stale => self,
            Action::Analyse => Rc::new(State {
                undo: self.undo.clone(),
                undo_label: self.undo_label,
                ..self.reread(&self.text, self.date.clone())
            }),
            Action::Read(read)
                if !self.stale || read.text != self.text || read.date != self.date =>
            {
                self
            }
            Action::Read(read) => {
                let Read {
                    text,
                    date,
                    extraction,
                } = *read;
                Rc::new(State {
                    undo: self.undo.clone(),
                    undo_label: self.undo_label,
                    ..self.keeping(State::with_extraction(&text, date, extraction))
                })
            }
            Action::SetDate(date) => {
                let date = Some(date).filter(|d| is_iso_date(d));
                if date == self.date && !self.stale {
                    return self;
                }
                Rc::new(State {
                    undo: self.undo.clone(),
                    undo_label: self.undo_label,
                    selected: self.selected,
                    rewrites: self.rewrites,
                    ..self.replaced(&self.text, date)
                })
            }
            Action::Clear if self.text.is_empty() && self.date.is_none() => self,
            Action::Clear => Rc::new(State {
                undo: Some(self.kept()),
                undo_label: UNDO_CLEAR,
                rewrites: self.rewrites.wrapping_add(1),
                ..self.reread("", None).unreviewed()
            }),
            Action::Undo => match &self.undo {
                Some(kept) => Rc::new(State {
                    corrections: Rc::new(kept.corrections.clone()),
                    reviewed: kept.reviewed,
                    ..self.replaced(&kept.text, kept.date.clone())
                }),
                None => self,
            },
            Action::LoadSample if *self.text == *SAMPLE_RELEASE && self.date.is_none() => self,
            Action::LoadSample => Rc::new(State {
                // An empty box has nothing to lose; otherwise its text stays for Undo.
                undo: if self.text.trim().is_empty() {
                    self.undo.clone()
                } else {
                    Some(self.kept())
                },
                undo_label: if self.text.trim().is_empty() {
                    self.undo_label
                } else {
                    UNDO_SAMPLE
                },
                rewrites: self.rewrites.wrapping_add(1),
                ..self.reread(SAMPLE_RELEASE, None).unreviewed()
            }),
            // Kept only while the box is still as Clear left it (empty).
            Action::KeptUndo(kept) if self.text.is_empty() && self.undo.is_none() => {
                Rc::new(State {
                    undo: Some(kept),
                    undo_label: UNDO_CLEAR,
                    ..(*self).clone()
                })
            }
            Action::KeptUndo(_) => self,
            Action::Unselect if self.selected.is_none() => self,
            Action::Unselect => Rc::new(State {
                selected: None,
                ..(*self).clone()
            }),
            Action::Select(fact) => Rc::new(self.select(fact, false)),
            Action::SelectWords(fact) => Rc::new(self.select(fact, true)),
            Action::FigurePage(group, page) => {
                let mut pages = self.figure_pages;
                match pages.get_mut(group) {
                    Some(p) if *p != page => *p = page,
                    _ => return self,
                }
                Rc::new(State {
                    figure_pages: pages,
                    ..(*self).clone()
                })
            }
            Action::Sort(column) => Rc::new(State {
                figure_pages: [0; 4],
                sort: Some(Sort::after_click(self.sort, column)),
                ..(*self).clone()
            }),
            Action::Notice(notice) if notice == self.notice => self,
            Action::Notice(notice) => Rc::new(State {
                notice,
                ..(*self).clone()
            }),
            Action::SetTheme(theme) if theme == self.theme => self,
            Action::SetTheme(theme) => Rc::new(State {
                theme,
                ..(*self).clone()
            }),
            Action::Review(act) => Rc::new(super::review::reduce(&self, act).written_back()),
            Action::Collection(action) => {
                let key_opened = match &action {
                    ShelfAction::Open(key) => *key,
                    _ => 0,
                };
                let open = match &action {
                    ShelfAction::Open(key) => self.collection.release(*key).cloned(),
                    _ => None,
                };
                let Some(collection) = self.collection.apply(action) else {
                    return self;
                };
                let collection = Rc::new(collection);
                Rc::new(match open {
                    Some(r) => {
                        let (corrections, reviewed) = collection.review_of(key_opened);
                        State {
                            collection,
                            shown_release: Some(key_opened),
                            corrections: Rc::new(corrections),
                            reviewed,
                            ..self.replaced(&r.text, r.date.clone())
                        }
                    }
                    None => State {
                        collection,
                        ..(*self).clone()
                    },
                })
            }
        }
    }

    /// The state with `fact` picked, as from a panel.
    pub fn picked(&self, fact: FactId) -> State {
        self.select(fact, false)
    }

    fn select(&self, fact: FactId, in_source: bool) -> State {
        let nonce = self.selected.map_or(0, |s| s.nonce.wrapping_add(1));
        State {
            selected: Some(Selection {
                fact,
                in_source,
                nonce,
            }),
            ..self.clone()
        }
    }

    /// Whether `fact` (or, for a person, one of their quotes) is the picked one.
    pub fn is_selected(&self, fact: FactId) -> bool {
        self.selected
            .is_some_and(|s| s.fact == fact || s.fact.owner() == fact)
    }
}

/// The Undo button's label after Clear.
pub const UNDO_CLEAR: &str = "Undo clear";
/// The Undo button's label after the sample replaced a text.
pub const UNDO_SAMPLE: &str = "Undo sample";

/// The core's options for a publication date the reader typed.
fn options_for(date: &Option<String>) -> Options {
    match date {
        Some(d) => Options::published(d),
        None => Options::default(),
    }
}

impl Default for State {
    fn default() -> State {
        State::with_sample()
    }
}
