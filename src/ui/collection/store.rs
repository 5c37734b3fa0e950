//! The collection kept in the browser's database (IndexedDB, through the idb crate): one
//! object store of records (`present::collection::page::KeptRelease`, a line of JSON
//! each), keyed by the release's key, so they come back in the order they were added.
//!
//! The reducer stays pure: after every change of the collection this hook compares what
//! the database should hold (`Shelf::records`) with what it has written, and writes only
//! the difference, each new record in a transaction of its own. A database that cannot be
//! opened, or a write refused (storage full), is a notice; nothing is deleted but what the
//! reader removed, so what was kept before stays kept.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::{next_task, SLICE};
use crate::extract::review::Correction;
use crate::present::collection::page::{
    damaged_message, not_kept_message, KeptRelease, Shelf, ShelfAction, STORE_REFUSED,
};
use crate::ui::state::{Action, StateHandle};

/// The database's name, its version, and its one object store.
const DB_NAME: &str = "blotter";
const DB_VERSION: u32 = 1;
const STORE: &str = "releases";

/// What has been written, by key: the record's name and date, and its corrections and
/// reviewed mark as JSON (its text never changes).
type Written = HashMap<u32, (String, Option<String>, String)>;

/// The corrections and reviewed mark of a record, as compared with what was written.
fn review_key(corrections: &[Correction], reviewed: bool) -> String {
    if corrections.is_empty() && !reviewed {
        return String::new();
    }
    serde_json::to_string(&(corrections, reviewed)).unwrap_or_default()
}

/// The collection as a dependency: the same `Rc` is the same collection.
#[derive(Clone)]
struct Same(Rc<Shelf>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

async fn open() -> Result<Database, idb::Error> {
    let factory = Factory::new()?;
    let mut request = factory.open(DB_NAME, Some(DB_VERSION))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            if !db.store_names().iter().any(|n| n == STORE) {
                let _ = db.create_object_store(STORE, ObjectStoreParams::new());
            }
        }
    });
    request.await
}

/// Every record kept, in key order, and how many could not be read.
async fn read_all(db: &Database) -> Result<(Vec<KeptRelease>, usize), idb::Error> {
    let tx = db.transaction(&[STORE], TransactionMode::ReadOnly)?;
    let values = tx.object_store(STORE)?.get_all(None, None)?.await?;
    let mut kept = Vec::new();
    let mut damaged = 0;
    for v in values {
        match v.as_string().as_deref().and_then(KeptRelease::parse) {
            Some(k) => kept.push(k),
            None => damaged += 1,
        }
    }
    Ok((kept, damaged))
}

/// Starts writing one record in a transaction of its own, committed at once; the
/// transaction's outcome says whether it was written.
fn put(db: &Database, record: &KeptRelease) -> Result<idb::Transaction, idb::Error> {
    let tx = db.transaction(&[STORE], TransactionMode::ReadWrite)?;
    let key = JsValue::from(record.key);
    let _request = tx
        .object_store(STORE)?
        .put(&JsValue::from_str(&record.to_json()), Some(&key))?;
    tx.commit()
}

/// Deletes records by key, in one transaction.
async fn delete(db: &Database, keys: &[u32]) -> Result<(), idb::Error> {
    let tx = db.transaction(&[STORE], TransactionMode::ReadWrite)?;
    let store = tx.object_store(STORE)?;
    for &k in keys {
        let _request = store.delete(JsValue::from(k))?;
    }
    tx.commit()?.await.map(|_| ())
}

/// Reads the collection kept in the database once (or, with `persist` off, starts with
/// none), then keeps the database equal to the collection.
#[hook]
pub fn use_collection_store(state: &StateHandle, persist: bool) {
    let db = use_mut_ref(|| None::<Rc<Database>>);
    let written = use_mut_ref(Written::new);
    {
        let (db, written, dispatcher) = (db.clone(), written.clone(), state.dispatcher());
        use_effect_with((), move |_| {
            let loaded = move |(kept, notice): (Vec<KeptRelease>, Option<String>)| {
                if notice.is_some() {
                    dispatcher.dispatch(Action::Notice(notice));
                }
                dispatcher.dispatch(Action::Collection(ShelfAction::Loaded(kept)));
            };
            if !persist {
                loaded((Vec::new(), None));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let opened = match open().await {
                    Ok(d) => read_all(&d).await.map(|r| (d, r)),
                    Err(e) => Err(e),
                };
                match opened {
                    Ok((d, (kept, damaged))) => {
                        let mut w = written.borrow_mut();
                        for k in &kept {
                            let review = review_key(&k.corrections, k.reviewed);
                            w.insert(k.key, (k.name.clone(), k.date.clone(), review));
                        }
                        drop(w);
                        *db.borrow_mut() = Some(Rc::new(d));
                        let notice = (damaged > 0).then(|| damaged_message(damaged));
                        loaded((kept, notice));
                    }
                    Err(_) => loaded((Vec::new(), Some(STORE_REFUSED.to_string()))),
                }
            });
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(Same(state.collection.clone()), move |shelf| {
        let Some(d) = db.borrow().clone() else {
            return;
        };
        sync(&d, &shelf.0, &written, dispatcher);
    });
}

/// Writes what changed since the last write: records new or with a new name or date, and
/// deletes those the collection no longer has.
fn sync(
    db: &Rc<Database>,
    shelf: &Shelf,
    written: &Rc<RefCell<Written>>,
    dispatcher: UseReducerDispatcher<crate::ui::state::State>,
) {
    let records = shelf.records();
    let mut w = written.borrow_mut();
    let wanted: std::collections::HashSet<u32> = records.iter().map(|r| r.key).collect();
    let gone: Vec<u32> = w.keys().copied().filter(|k| !wanted.contains(k)).collect();
    let new: Vec<KeptRelease> = records
        .iter()
        .filter(|r| {
            w.get(&r.key).is_none_or(|(n, d, review)| {
                n != r.name
                    || d.as_deref() != r.date
                    || *review != review_key(r.corrections, r.reviewed)
            })
        })
        .map(|r| r.to_kept())
        .collect();
    for k in &gone {
        w.remove(k);
    }
    for r in &new {
        let review = review_key(&r.corrections, r.reviewed);
        w.insert(r.key, (r.name.clone(), r.date.clone(), review));
    }
    drop(w);
    if !gone.is_empty() {
        let d = db.clone();
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if delete(&d, &gone).await.is_err() {
                let message = "This browser would not remove the releases from its storage: \
                               they may come back after a reload.";
                dispatcher.dispatch(Action::Notice(Some(message.to_string())));
            }
        });
    }
    if new.is_empty() {
        return;
    }
    // The writes are started `SLICE` a task (each copies a release's text), then each
    // outcome is awaited (the database runs them in order).
    let written = written.clone();
    let db = db.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let mut started: Vec<(KeptRelease, Result<idb::Transaction, idb::Error>)> = Vec::new();
        for (i, r) in new.into_iter().enumerate() {
            if i > 0 && i % SLICE == 0 {
                next_task().await;
            }
            let tx = put(&db, &r);
            started.push((r, tx));
        }
        let mut refused = Vec::new();
        for (r, tx) in started {
            let done = match tx {
                Ok(tx) => matches!(tx.await, Ok(idb::TransactionResult::Committed)),
                Err(_) => false,
            };
            if !done {
                // Not written: forget it, so a later change tries again.
                written.borrow_mut().remove(&r.key);
                refused.push(r.name);
            }
        }
        if !refused.is_empty() {
            dispatcher.dispatch(Action::Notice(Some(not_kept_message(&refused))));
        }
    });
}
