//! The app's one state and the actions that change it, as a pure reducer.
//!
//! Typing only records the text and marks the facts stale; the facts are read again on
//! [`Action::Analyse`], which the UI sends once typing pauses (the debounce lives in the
//! UI, because only it has timers). Buttons that replace the whole text analyse at once.

use std::rc::Rc;

use crate::extract::{extract, Extraction, Options};

use super::view::Report;
use super::SAMPLE_RELEASE;

/// Everything the page shows, derived from the text in the box.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The text in the box, exactly as typed or pasted.
    pub text: Rc<str>,
    /// The facts of the text as it was when last analysed.
    pub extraction: Rc<Extraction>,
    /// The rows and lines the panels show, made from `extraction`.
    pub report: Rc<Report>,
    /// Whether `text` changed since the facts were read, so the results are out of date.
    pub stale: bool,
}

/// What can happen to the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The text in the box changed (a key, a paste, a cut).
    Edit(String),
    /// Typing paused: read the facts of the current text.
    Analyse,
    /// Empty the box.
    Clear,
    /// Put the sample release back in the box.
    LoadSample,
}

impl State {
    /// A state whose facts are already read from `text`.
    pub fn new(text: &str) -> State {
        let extraction = extract(text, &Options::default());
        State {
            text: Rc::from(text),
            report: Rc::new(Report::new(&extraction)),
            extraction: Rc::new(extraction),
            stale: false,
        }
    }

    /// The state of a first visit: the sample release, analysed.
    pub fn with_sample() -> State {
        State::new(SAMPLE_RELEASE)
    }

    /// The state after `action`. Returns the same `Rc` when nothing changes, so the UI
    /// can skip a render.
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<State> {
        match action {
            Action::Edit(text) if *text == *self.text => self,
            Action::Edit(text) => Rc::new(State {
                text: Rc::from(text),
                stale: true,
                ..(*self).clone()
            }),
            Action::Analyse if !self.stale => self,
            Action::Analyse => Rc::new(State::new(&self.text)),
            Action::Clear => Rc::new(State::new("")),
            Action::LoadSample => Rc::new(State::with_sample()),
        }
    }
}

impl Default for State {
    fn default() -> State {
        State::with_sample()
    }
}
