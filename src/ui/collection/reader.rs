//! The collection's reader: pending releases read in a worker of their own (the same
//! `static/worker.js` as the single view's), many at once, so the page stays free while
//! hundreds are read.
//!
//! Each pending release is posted once (`{ id, text, published }`); the answers are
//! gathered and handed to the reducer together every `FLUSH_MS`, as one
//! `ShelfAction::Read`, so the collection view is drawn again a few times a second at
//! most, not once per release. Without a worker (the browser tests, or a worker that
//! cannot start) each release is read inline, one per task.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::extract::{extract, Extraction, Options};
use crate::present::collection::page::{KeptRelease, Shelf, ShelfAction};
use crate::ui::state::{Action, State, StateHandle};

/// How long answers are gathered before the page takes them in.
const FLUSH_MS: u32 = 60;

/// Answers gathered and not yet handed to the reducer.
#[derive(Default)]
struct Gathered {
    answers: Vec<(Rc<KeptRelease>, Extraction)>,
    flush: Option<Timeout>,
}

/// The reader's state, shared by its callbacks.
struct Inner {
    /// Releases posted and not answered, by message id.
    asked: RefCell<HashMap<u32, Rc<KeptRelease>>>,
    gathered: RefCell<Gathered>,
    next: Cell<u32>,
    broken: Cell<bool>,
    dispatcher: UseReducerDispatcher<State>,
}

impl Inner {
    /// Keeps an answer, handing the gathered ones on after `FLUSH_MS`.
    fn answer(self: &Rc<Self>, kept: Rc<KeptRelease>, facts: Extraction) {
        let mut g = self.gathered.borrow_mut();
        g.answers.push((kept, facts));
        if g.flush.is_none() {
            let me = self.clone();
            g.flush = Some(Timeout::new(FLUSH_MS, move || {
                let answers = {
                    let mut g = me.gathered.borrow_mut();
                    g.flush = None;
                    std::mem::take(&mut g.answers)
                };
                me.dispatcher
                    .dispatch(Action::Collection(ShelfAction::Read(answers)));
            }));
        }
    }

    /// Reads a release here, in a task of its own.
    fn read_inline(self: &Rc<Self>, kept: Rc<KeptRelease>) {
        let me = self.clone();
        Timeout::new(0, move || {
            let options = Options {
                published: kept.date.clone(),
            };
            let facts = extract(&kept.text, &options);
            me.answer(kept, facts);
        })
        .forget();
    }

    /// Whether `kept` has been asked for and not answered.
    fn is_asked(&self, kept: &Rc<KeptRelease>) -> bool {
        self.asked.borrow().values().any(|k| Rc::ptr_eq(k, kept))
    }
}

/// The worker and its callbacks, kept for the page's life.
struct Reader {
    inner: Rc<Inner>,
    worker: Option<Worker>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    _on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Reader {
    fn start(dispatcher: UseReducerDispatcher<State>, use_worker: bool) -> Reader {
        let inner = Rc::new(Inner {
            asked: RefCell::default(),
            gathered: RefCell::default(),
            next: Cell::new(0),
            broken: Cell::new(!use_worker),
            dispatcher,
        });
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = use_worker
            .then(|| Worker::new_with_options("worker.js", &options).ok())
            .flatten();
        let Some(worker) = worker else {
            inner.broken.set(true);
            return Reader {
                inner,
                worker: None,
                _on_message: None,
                _on_error: None,
            };
        };
        let on_message = {
            let inner = inner.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
                let Some(id) = field("id").and_then(|v| v.as_f64()) else {
                    return;
                };
                let Some(kept) = inner.asked.borrow_mut().remove(&(id as u32)) else {
                    return;
                };
                let json = field("json").and_then(|v| v.as_string());
                match json.and_then(|j| Extraction::from_json(&j)) {
                    Some(facts) => inner.answer(kept, facts),
                    None => {
                        let message = format!("Blotter could not read {}.", kept.name);
                        inner.dispatcher.dispatch(Action::Notice(Some(message)));
                    }
                }
            })
        };
        let on_error = {
            let inner = inner.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
                // The script could not load or start: what it was asked is read here.
                inner.broken.set(true);
                let asked: Vec<_> = inner.asked.borrow_mut().drain().map(|(_, k)| k).collect();
                for kept in asked {
                    inner.read_inline(kept);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Reader {
            inner,
            worker: Some(worker),
            _on_message: Some(on_message),
            _on_error: Some(on_error),
        }
    }

    /// Asks for the facts of every pending release (and every release given a new date)
    /// not yet asked for.
    fn read(&self, shelf: &Shelf) {
        for kept in shelf.to_read() {
            if self.inner.is_asked(kept) {
                continue;
            }
            let id = self.inner.next.get().wrapping_add(1);
            self.inner.next.set(id);
            self.inner.asked.borrow_mut().insert(id, kept.clone());
            if !self.post(id, kept) {
                self.inner.asked.borrow_mut().remove(&id);
                self.inner.read_inline(kept.clone());
            }
        }
    }

    fn post(&self, id: u32, kept: &KeptRelease) -> bool {
        let Some(worker) = self.worker.as_ref().filter(|_| !self.inner.broken.get()) else {
            return false;
        };
        let message = js_sys::Object::new();
        let set = |name: &str, value: JsValue| {
            Reflect::set(&message, &JsValue::from_str(name), &value).is_ok()
        };
        let published = kept
            .date
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str);
        set("id", JsValue::from(id))
            && set("text", JsValue::from_str(&kept.text))
            && set("published", published)
            && worker.post_message(&message).is_ok()
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
    }
}

/// The collection as a dependency: the same `Rc` is the same collection.
#[derive(Clone)]
struct Same(Rc<Shelf>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Reads every pending release of the collection, in the worker when `use_worker`. The
/// worker starts with the first release to read, so a page that never uses the
/// collection starts no second worker.
#[hook]
pub fn use_collection_reader(state: &StateHandle, use_worker: bool) {
    let dispatcher = state.dispatcher();
    let reader = use_mut_ref(|| None::<Reader>);
    use_effect_with(Same(state.collection.clone()), move |shelf| {
        if shelf.0.to_read().next().is_some() {
            reader
                .borrow_mut()
                .get_or_insert_with(|| Reader::start(dispatcher, use_worker))
                .read(&shelf.0);
        }
    });
}
