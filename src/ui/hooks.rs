//! The app's hooks: the work that survives a reload, the theme, the pause before facts
//! are read, and scrolling to what was picked.
//!
//! Storage is reached through `web_sys` directly rather than gloo's `LocalStorage`, whose
//! accessor panics when storage is turned off: here a missing, full or damaged store only
//! produces a message (`Action::Notice`), and the page keeps working.

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Storage};
use yew::prelude::*;

use std::rc::Rc;

use gloo::timers::callback::Timeout;

use super::reader::Reader;
use super::state::{Action, State, StateHandle};
use crate::present::embed::EmbedConfig;
use crate::present::input::{debounce_ms, LONG_BOX};
use crate::present::kept::{not_kept_message, Kept, KEPT_KEY, THEME_KEY};
use crate::present::state::{Selection, Theme, UNDO_CLEAR};

/// How long typing in a long text must pause before the text is kept in storage.
const KEEP_PAUSE_MS: u32 = 1_000;

/// Where an earlier version kept the text alone (a JSON string); read once if present.
pub const OLD_TEXT_KEY: &str = "blotter.release";

/// The page's local storage, or `None` when the browser has it turned off.
pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The first state: kept work from the last visit (or the sample), the stored theme, and
/// a message when the kept work could not be read.
fn first_state(persist: bool, embed: Option<&EmbedConfig>) -> State {
    if let Some(config) = embed {
        // A widget starts empty: its text comes from the host page or the reader.
        let theme = config
            .theme
            .as_deref()
            .map_or(Theme::System, Theme::from_name);
        return State {
            theme,
            ..State::new("")
        };
    }
    if !persist {
        return State::with_sample();
    }
    let Some(store) = storage() else {
        return State {
            notice: Some(not_kept_message(0)),
            ..State::with_sample()
        };
    };
    let theme = store
        .get_item(THEME_KEY)
        .ok()
        .flatten()
        .map_or(Theme::System, |name| Theme::from_name(&name));
    let kept = store.get_item(KEPT_KEY).ok().flatten();
    let old = || {
        let raw = store.get_item(OLD_TEXT_KEY).ok().flatten()?;
        serde_json::from_str::<String>(&raw).ok()
    };
    let state = match (kept, old()) {
        (Some(raw), _) => match Kept::parse(&raw) {
            Ok(kept) => State::from_kept(&kept),
            Err(message) => State {
                notice: Some(message),
                ..State::with_sample()
            },
        },
        (None, Some(text)) => State::from_kept(&Kept {
            text,
            ..Kept::default()
        }),
        (None, None) => State::with_sample(),
    };
    State { theme, ..state }
}

/// The app's state, starting from the work of the last visit when `persist` is on, and
/// saving the text and date each time its facts are read.
#[hook]
pub fn use_persisted_state(persist: bool, embed: Option<EmbedConfig>) -> StateHandle {
    let state = use_reducer(move || first_state(persist, embed.as_ref()));
    let kept = (
        state.text.clone(),
        state.date.clone(),
        state.corrections.clone(),
        state.reviewed,
    );
    let stale = state.stale;
    let dispatcher = state.dispatcher();
    // Saving a long text takes tens of milliseconds, so it never shares a task with a
    // render, and is split in two: the value is made in one task, handed to storage in
    // the next. A long text is saved once typing pauses (`KEEP_PAUSE_MS`), since typing
    // past the part that is read changes the text without a read; a newer text cancels a
    // save not yet made.
    let saving = use_mut_ref(|| None::<Timeout>);
    let writing = use_mut_ref(|| None::<Timeout>);
    use_effect_with(
        (kept, stale),
        move |((text, date, corrections, reviewed), stale)| {
            if persist && !stale {
                let (text, date) = (text.clone(), date.clone());
                let (corrections, reviewed) = (corrections.to_vec(), *reviewed);
                let pause = if text.len() > LONG_BOX {
                    KEEP_PAUSE_MS
                } else {
                    0
                };
                let later = writing.clone();
                let save = move || {
                    let value = Kept {
                        text: text.to_string(),
                        date,
                        corrections,
                        reviewed,
                    }
                    .to_json();
                    let write = move || {
                        let saved = storage().is_some_and(|s| s.set_item(KEPT_KEY, &value).is_ok());
                        if !saved {
                            // The text stays in the box and in the state; only a reload loses it.
                            let message = not_kept_message(text.chars().count());
                            dispatcher.dispatch(Action::Notice(Some(message)));
                        }
                    };
                    *later.borrow_mut() = Some(Timeout::new(0, write));
                };
                writing.borrow_mut().take();
                *saving.borrow_mut() = Some(Timeout::new(pause, save));
            }
        },
    );
    let theme = state.theme;
    use_effect_with(theme, move |theme| {
        if let Some(root) = gloo::utils::document().document_element() {
            match theme {
                Theme::System => {
                    let _ = root.remove_attribute("data-theme");
                }
                chosen => {
                    let _ = root.set_attribute("data-theme", chosen.name());
                }
            }
        }
        if persist {
            if let Some(s) = storage() {
                let _ = match theme {
                    Theme::System => s.remove_item(THEME_KEY),
                    chosen => s.set_item(THEME_KEY, chosen.name()),
                };
            }
        }
    });
    state
}

/// Whether the system prefers a dark theme now.
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Reads the facts again after an edit: at once for a text up to
/// `present::input::READ_EVERY_KEY` bytes (so the facts follow every key) and for a text
/// replaced whole (`State::urgent`), else once the text has not changed for `delay_ms`. A
/// new edit drops the pending timer (the effect's cleanup), so fast typing in a long text
/// reads it only once; an answer for an older text is dropped (`Reader`, `Action::Read`).
///
/// The worker (`reader`) reads off the page's thread, so the pause stays short however
/// long the text; without it the page reads inline and waits longer for long texts
/// (`present::input::debounce_ms`) so typing stays responsive.
#[hook]
pub fn use_debounced_analysis(state: &StateHandle, delay_ms: u32, reader: Rc<Option<Reader>>) {
    let handle = state.clone();
    let deps = (
        state.text.clone(),
        state.date.clone(),
        state.stale,
        state.urgent,
    );
    use_effect_with(deps, move |(text, _, stale, urgent)| {
        let mut timer = None;
        if *stale {
            let in_worker = reader.as_ref().as_ref().is_some_and(Reader::works);
            let delay = if *urgent {
                0
            } else {
                debounce_ms(delay_ms, text.len(), in_worker)
            };
            let read = move || {
                let asked = match reader.as_ref() {
                    Some(r) => r.read(&handle),
                    None => false,
                };
                if !asked {
                    handle.dispatch(Action::Analyse);
                }
            };
            if delay == 0 {
                read();
            } else {
                timer = Some(Timeout::new(delay, read));
            }
        }
        move || drop(timer)
    });
}

/// Scrolls to what was picked: a fact picked in a panel brings its words in the source
/// text into view; words picked in the source bring the fact's panel row into view.
#[hook]
pub fn use_scroll_to_selection(selected: Option<Selection>) {
    use_effect_with(selected, |selected| {
        let Some(s) = selected else {
            return;
        };
        let document = gloo::utils::document();
        let selectors = if s.in_source {
            vec![
                format!("[data-row=\"{}\"]", s.fact.key()),
                format!("[data-row=\"{}\"]", s.fact.owner().key()),
            ]
        } else {
            vec![format!("mark[data-fact=\"{}\"]", s.fact.key())]
        };
        let target = selectors
            .iter()
            .find_map(|sel| document.query_selector(sel).ok().flatten());
        if let Some(element) = target {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            options.set_behavior(ScrollBehavior::Smooth);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// Where Clear's undo is kept, so a reload after Clear can still bring the text back.
pub const UNDO_KEY: &str = "blotter.undo";

/// Keeps Clear's undo in storage while there is one (and removes it once it is gone), and
/// brings it back on a reload (`Action::KeptUndo`, which applies only to an empty box).
#[hook]
pub fn use_kept_undo(state: &StateHandle, persist: bool) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let kept = persist
            .then(storage)
            .flatten()
            .and_then(|s| s.get_item(UNDO_KEY).ok().flatten())
            .and_then(|raw| Kept::parse(&raw).ok());
        if let Some(kept) = kept {
            dispatcher.dispatch(Action::KeptUndo(kept));
        }
    });
    // The first render has no undo yet: it must not remove the kept one before it is read.
    let first = use_mut_ref(|| true);
    let undo = (state.undo.clone(), state.undo_label);
    use_effect_with(undo, move |(undo, label)| {
        if std::mem::take(&mut *first.borrow_mut()) || !persist {
            return;
        }
        if let Some(s) = storage() {
            let _ = match undo {
                Some(kept) if *label == UNDO_CLEAR => s.set_item(UNDO_KEY, &kept.to_json()),
                _ => s.remove_item(UNDO_KEY),
            };
        }
    });
}
