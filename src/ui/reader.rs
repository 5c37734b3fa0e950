//! The page's reader: the extraction core in a module worker (`static/worker.js`), so that
//! reading a long text never holds up typing or scrolling.
//!
//! The page posts `{ id, text, published }`; the worker answers `{ id, json }` with the
//! facts/1 JSON of `crate::api::extract_json`, or `{ id, error }`. Only the answer to the
//! latest request is used: an answer for a text the reader has since changed is dropped
//! (and the reducer checks again, see `Action::Read`). When the worker cannot start or load
//! its script, the page reads inline instead, as it does when mounted with
//! `worker: false` (the browser tests, which serve no `worker.js`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use super::state::{Action, State};
use crate::extract::Extraction;
use crate::present::state::Read;

/// The worker's script, beside the page (relative, so the site can live under any path).
const WORKER_URL: &str = "worker.js";

/// What a worker that failed mid-read leaves on the page.
pub const READ_FAILED: &str = "Blotter could not read this text: the reader stopped. \
    Your text is still in the box; edit it or reload the page to try again.";

/// A request sent and not yet answered.
struct Pending {
    id: u32,
    text: Rc<str>,
    date: Option<String>,
}

pub struct Reader {
    worker: Worker,
    latest: Rc<RefCell<Option<Pending>>>,
    broken: Rc<Cell<bool>>,
    next: Cell<u32>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl PartialEq for Reader {
    fn eq(&self, other: &Reader) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reader {
    /// Starts the worker; `None` when the browser refuses it outright.
    pub fn start(dispatcher: UseReducerDispatcher<State>) -> Option<Reader> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(WORKER_URL, &options).ok()?;
        let latest: Rc<RefCell<Option<Pending>>> = Rc::default();
        let broken = Rc::new(Cell::new(false));
        let on_message = {
            let (latest, broken, dispatcher) = (latest.clone(), broken.clone(), dispatcher.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
                let id = field("id").and_then(|v| v.as_f64());
                let mut latest = latest.borrow_mut();
                let Some(pending) = latest.take_if(|p| id == Some(f64::from(p.id))) else {
                    return;
                };
                drop(latest);
                let json = field("json").and_then(|v| v.as_string());
                match json.and_then(|j| Extraction::from_json(&j)) {
                    Some(extraction) => dispatcher.dispatch(Action::Read(Box::new(Read {
                        text: pending.text,
                        date: pending.date,
                        extraction,
                    }))),
                    None => {
                        // The core failed on this text; reading it inline would fail the
                        // same way and take the page down with it, so only say so.
                        broken.set(true);
                        dispatcher.dispatch(Action::Notice(Some(READ_FAILED.to_string())));
                    }
                }
            })
        };
        let on_error = {
            let (latest, broken) = (latest.clone(), broken.clone());
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
                // The script could not load or start: read inline from now on.
                broken.set(true);
                if latest.borrow_mut().take().is_some() {
                    dispatcher.dispatch(Action::Analyse);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Reader {
            worker,
            latest,
            broken,
            next: Cell::new(0),
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Whether the worker is working; when not, the page reads inline.
    pub fn works(&self) -> bool {
        !self.broken.get()
    }

    /// Asks the worker for the facts of `state`'s text; `false` when it cannot be asked.
    pub fn read(&self, state: &State) -> bool {
        let Some((live, options)) = state.to_read() else {
            return true;
        };
        if !self.works() {
            return false;
        }
        let id = self.next.get().wrapping_add(1);
        self.next.set(id);
        let message = js_sys::Object::new();
        let set = |name: &str, value: JsValue| {
            Reflect::set(&message, &JsValue::from_str(name), &value).is_ok()
        };
        let published = options
            .published
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        let built = set("id", JsValue::from(id))
            && set("text", JsValue::from_str(live))
            && set("published", published);
        if !built || self.worker.post_message(&message).is_err() {
            self.broken.set(true);
            return false;
        }
        *self.latest.borrow_mut() = Some(Pending {
            id,
            text: state.text.clone(),
            date: state.date.clone(),
        });
        true
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
