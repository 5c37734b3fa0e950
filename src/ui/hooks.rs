//! The app's hooks: the text that survives a reload, and the pause before facts are read.

use gloo::storage::{LocalStorage, Storage};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::state::{Action, State, StateHandle};

/// Where the text in the box is kept between visits.
pub const STORAGE_KEY: &str = "blotter.release";

/// The app's state, starting from the text of the last visit when `persist` is on (or
/// from the sample release), and saving the text each time its facts are read.
#[hook]
pub fn use_persisted_state(persist: bool) -> StateHandle {
    let state = use_reducer(move || {
        let saved = persist
            .then(|| LocalStorage::get::<String>(STORAGE_KEY).ok())
            .flatten();
        match saved {
            Some(text) => State::new(&text),
            None => State::with_sample(),
        }
    });
    let text = state.text.clone();
    let stale = state.stale;
    use_effect_with((text, stale), move |(text, stale)| {
        if persist && !stale {
            // A text beyond the browser's quota is not saved; the page works on regardless.
            let _ = LocalStorage::set(STORAGE_KEY, &**text);
        }
    });
    state
}

/// Reads the facts again once the text has not changed for `delay_ms`. A new edit drops
/// the pending timer (the effect's cleanup), so fast typing reads the text only once.
/// With a delay of zero the facts are read as soon as the edit renders.
#[hook]
pub fn use_debounced_analysis(state: &StateHandle, delay_ms: u32) {
    let dispatcher = state.dispatcher();
    use_effect_with((state.text.clone(), state.stale), move |(_, stale)| {
        let mut timer = None;
        if *stale {
            if delay_ms == 0 {
                dispatcher.dispatch(Action::Analyse);
            } else {
                timer = Some(Timeout::new(delay_ms, move || {
                    dispatcher.dispatch(Action::Analyse)
                }));
            }
        }
        move || drop(timer)
    });
}
