//! The widget's side of the messages with its host page (`index.html?embed`): it says it
//! is ready, posts its facts and its height whenever they change, and takes text from the
//! host. Messages go only to, and are taken only from, the host's origin
//! (`EmbedConfig::host`) and the parent window; anything else is ignored.

use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Window};
use yew::prelude::*;

use super::panels::Shared;
use super::state::{Action, StateHandle};
use crate::present::embed::{EmbedConfig, MESSAGE_PREFIX, MESSAGE_VERSION};

/// The widget configuration of this page's URL, or `None` when it is not embedded.
pub fn from_location() -> Option<EmbedConfig> {
    let window = web_sys::window()?;
    let query = window.location().search().ok()?;
    let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
    EmbedConfig::from_query(&query, &referrer)
}

/// The host page's window, when the page is in a frame.
fn parent() -> Option<Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{ type: "blotter:<kind>", version, widget, ...fields }` to the host.
fn post(config: &EmbedConfig, kind: &str, fields: &[(&str, JsValue)]) {
    let (Some(host), Some(parent)) = (config.host.as_deref(), parent()) else {
        return;
    };
    let message = Object::new();
    let r#type = format!("{MESSAGE_PREFIX}{kind}");
    let mut entries = vec![
        ("type", JsValue::from_str(&r#type)),
        ("version", JsValue::from(MESSAGE_VERSION)),
        ("widget", JsValue::from_str(&config.widget)),
    ];
    entries.extend(fields.iter().cloned());
    for (name, value) in entries {
        let _ = Reflect::set(&message, &JsValue::from_str(name), &value);
    }
    let _ = parent.post_message(&message, host);
}

/// What a host's `blotter:text` message asks: the text, and a publication date if any.
fn text_message(event: &MessageEvent, config: &EmbedConfig) -> Option<(String, Option<String>)> {
    let from_parent = match (event.source(), parent()) {
        (Some(source), Some(parent)) => Object::is(&source, &parent),
        _ => false,
    };
    if !from_parent || config.host.as_deref() != Some(event.origin().as_str()) {
        return None;
    }
    let data = event.data();
    let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
    let kind = field("type")?.as_string()?;
    if kind != format!("{MESSAGE_PREFIX}text") {
        return None;
    }
    if let Some(widget) = field("widget").and_then(|w| w.as_string()) {
        if widget != config.widget {
            return None;
        }
    }
    let text = field("text")?.as_string()?;
    let published = field("published").and_then(|p| p.as_string());
    Some((text, published))
}

/// Connects the widget to its host; does nothing when `config` is `None`.
#[hook]
pub fn use_embed(state: &StateHandle, config: Option<EmbedConfig>) {
    {
        let config = config.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let ready = config.clone();
            let listener = config.map(|config| {
                let on_message =
                    Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                        if let Some((text, published)) = text_message(&event, &config) {
                            dispatcher.dispatch(Action::Replace(text));
                            if let Some(date) = published {
                                dispatcher.dispatch(Action::SetDate(date));
                            }
                        }
                    });
                if let Some(window) = web_sys::window() {
                    let _ = window.add_event_listener_with_callback(
                        "message",
                        on_message.as_ref().unchecked_ref(),
                    );
                }
                on_message
            });
            if let Some(config) = ready {
                post(&config, "ready", &[]);
            }
            move || {
                if let (Some(listener), Some(window)) = (listener, web_sys::window()) {
                    let _ = window.remove_event_listener_with_callback(
                        "message",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    {
        // Facts after every read, except the empty start before the host's text arrives.
        let config = config.clone();
        let posted = use_mut_ref(|| false);
        // The facts by pointer (`Shared`): a new reading is a new `Rc`.
        let facts = (
            Shared(state.extraction.clone()),
            state.stale,
            state.text.is_empty(),
        );
        use_effect_with(facts, move |(extraction, stale, empty)| {
            let waiting = *empty && !*posted.borrow();
            if let (Some(config), false, false) = (config, *stale, waiting) {
                let facts = JSON::parse(&extraction.to_json()).unwrap_or(JsValue::NULL);
                post(&config, "facts", &[("facts", facts)]);
                *posted.borrow_mut() = true;
            }
        });
    }
    // The widget's height after every render, so the host can size its frame. Only a
    // widget asks: reading a height makes the browser lay the page out at once.
    let last_height = use_mut_ref(|| 0);
    use_effect(move || {
        let Some(config) = config else {
            return;
        };
        let height = gloo::utils::document()
            .get_element_by_id(super::ROOT_ID)
            .map_or(0, |e| e.scroll_height());
        if height != *last_height.borrow() {
            *last_height.borrow_mut() = height;
            post(&config, "size", &[("height", JsValue::from(height))]);
        }
    });
}
