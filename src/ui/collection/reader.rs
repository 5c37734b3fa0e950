//! The collection's reader: pending releases read in a worker of their own (the same
//! `static/worker.js` as the single view's), many at once, so the page stays free while
//! hundreds are read.
//!
//! Each pending release (or release given a new date) is posted once (`{ id, text,
//! published }`), `SLICE` a task; the answers are gathered for `FLUSH_MS` and handed to
//! the reducer `SLICE` at a time, one `ShelfAction::Read` a task, so the collection view
//! is drawn again a few times a second, and no task takes in hundreds of releases at
//! once. Without a worker (the browser tests, or a worker that cannot start) each
//! release is read inline, one per task.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use super::{next_frame, next_task, SLICE};
use crate::extract::{extract, Extraction, Options};
use crate::present::collection::page::{KeptRelease, Shelf, ShelfAction};
use crate::ui::state::{Action, State, StateHandle};

/// How long answers are gathered before the page takes them in.
const FLUSH_MS: u32 = 60;

/// A record's identity while it is asked for: its address (the reader holds the `Rc`
/// until its answer is handed on, so the address is not given to another meanwhile).
fn id_of(kept: &Rc<KeptRelease>) -> usize {
    Rc::as_ptr(kept) as usize
}

/// Takes `kept` out of the records asked for (kept sorted).
fn forget(known: &mut Vec<usize>, kept: &Rc<KeptRelease>) {
    if let Ok(at) = known.binary_search(&id_of(kept)) {
        known.remove(at);
    }
}

/// Answers gathered and not yet handed to the reducer.
#[derive(Default)]
struct Gathered {
    answers: Vec<(Rc<KeptRelease>, Extraction)>,
    /// Whether a flush is due (a timer set, or slices still being handed on).
    flushing: bool,
}

/// The reader's state, shared by its callbacks.
struct Inner {
    /// Releases posted and not answered, by message id.
    asked: RefCell<HashMap<u32, Rc<KeptRelease>>>,
    /// Every record asked for (queued, posted, or answered and not yet handed on), so a
    /// change of the collection meanwhile does not ask for it again.
    known: RefCell<Vec<usize>>,
    /// Records waiting to be posted, `SLICE` a task.
    queue: RefCell<Vec<Rc<KeptRelease>>>,
    posting: Cell<bool>,
    gathered: RefCell<Gathered>,
    next: Cell<u32>,
    broken: Cell<bool>,
    worker: Option<Worker>,
    dispatcher: UseReducerDispatcher<State>,
}

impl Inner {
    /// Keeps an answer, handing the gathered ones on after `FLUSH_MS`.
    fn answer(self: &Rc<Self>, kept: Rc<KeptRelease>, facts: Extraction) {
        let mut g = self.gathered.borrow_mut();
        g.answers.push((kept, facts));
        if !g.flushing {
            g.flushing = true;
            let me = self.clone();
            Timeout::new(FLUSH_MS, move || {
                wasm_bindgen_futures::spawn_local(me.flush())
            })
            .forget();
        }
    }

    /// Hands the gathered answers to the reducer, `SLICE` a frame: each slice is taken in
    /// and laid out in a frame of its own, so no task takes in (or lays out the rows of)
    /// hundreds of releases at once.
    async fn flush(self: Rc<Self>) {
        loop {
            let slice: Vec<_> = {
                let mut g = self.gathered.borrow_mut();
                let n = g.answers.len().min(SLICE);
                if n == 0 {
                    g.flushing = false;
                    return;
                }
                g.answers.drain(..n).collect()
            };
            {
                let mut known = self.known.borrow_mut();
                for (kept, _) in &slice {
                    forget(&mut known, kept);
                }
            }
            self.dispatcher
                .dispatch(Action::Collection(ShelfAction::Read(slice)));
            next_frame().await;
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

    /// Posts the queued records, `SLICE` a task (each post copies a release's text).
    fn post_queued(self: &Rc<Self>) {
        if self.posting.replace(true) {
            return;
        }
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let slice: Vec<_> = {
                    let mut q = me.queue.borrow_mut();
                    let n = q.len().min(SLICE);
                    q.drain(..n).collect()
                };
                if slice.is_empty() {
                    break;
                }
                for kept in slice {
                    let id = me.next.get().wrapping_add(1);
                    me.next.set(id);
                    me.asked.borrow_mut().insert(id, kept.clone());
                    if !me.post(id, &kept) {
                        me.asked.borrow_mut().remove(&id);
                        me.read_inline(kept);
                    }
                }
                next_task().await;
            }
            me.posting.set(false);
        });
    }

    fn post(&self, id: u32, kept: &KeptRelease) -> bool {
        let Some(worker) = self.worker.as_ref().filter(|_| !self.broken.get()) else {
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

/// The worker and its callbacks, kept for the page's life.
struct Reader {
    inner: Rc<Inner>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    _on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Reader {
    fn start(dispatcher: UseReducerDispatcher<State>, use_worker: bool) -> Reader {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = use_worker
            .then(|| Worker::new_with_options("worker.js", &options).ok())
            .flatten();
        let inner = Rc::new(Inner {
            asked: RefCell::default(),
            known: RefCell::default(),
            queue: RefCell::default(),
            posting: Cell::new(false),
            gathered: RefCell::default(),
            next: Cell::new(0),
            broken: Cell::new(worker.is_none()),
            worker,
            dispatcher,
        });
        let Some(worker) = inner.worker.as_ref() else {
            return Reader {
                inner,
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
                        forget(&mut inner.known.borrow_mut(), &kept);
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
            _on_message: Some(on_message),
            _on_error: Some(on_error),
        }
    }

    /// Asks for the facts of every pending release (and every release given a new date)
    /// not yet asked for.
    fn read(&self, shelf: &Shelf) {
        let mut known = self.inner.known.borrow_mut();
        let mut queue = self.inner.queue.borrow_mut();
        for kept in shelf.to_read() {
            if let Err(at) = known.binary_search(&id_of(kept)) {
                known.insert(at, id_of(kept));
                queue.push(kept.clone());
            }
        }
        let queued = !queue.is_empty();
        drop((known, queue));
        if queued {
            self.inner.post_queued();
        }
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        if let Some(w) = &self.inner.worker {
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
