//! `ReleaseInput`: the labelled box that holds the release, its publication date, and the
//! buttons to open a file, load the sample, clear and undo.
//!
//! Pasted HTML (the clipboard's `text/html`) and dropped or picked `.html` files become
//! their visible text through `present::html::html_to_text`; the page never parses them
//! into its document, so markup in a paste shows as nothing or as text, and runs nothing.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::action_button;
use crate::present::html::html_to_text;
use crate::present::input::{
    file_kind, splice_utf16, unreadable_file_message, utf16_to_byte, BoxPart, FileKind, BOX_LIMIT,
    LONG_BOX, LONG_BOX_PAUSE_MS,
};
use crate::present::view::format_number;
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ReleaseInputProps {
    pub text: Rc<str>,
    /// Changes when the text was replaced from outside the box (`State::rewrites`).
    pub rewrites: u32,
    /// The date field's value, `YYYY-MM-DD` or "".
    pub date: String,
    /// Whether Clear or the sample can be undone.
    pub can_undo: bool,
    /// The Undo button's label ("Undo clear", "Undo sample").
    pub undo_label: &'static str,
    /// The box's new text after typing or pasting.
    pub on_edit: Callback<String>,
    /// A whole new text, from a file.
    pub on_replace: Callback<String>,
    pub on_date: Callback<String>,
    pub on_clear: Callback<MouseEvent>,
    pub on_undo: Callback<MouseEvent>,
    pub on_sample: Callback<MouseEvent>,
    /// A message for the reader (a file the page cannot read).
    pub on_notice: Callback<Option<String>>,
}

/// Where an opened file's text goes, and where a message about it goes.
type FileCallbacks = (Callback<String>, Callback<Option<String>>);

/// Whether a drag carries files (rather than text or a link).
fn has_files(e: &DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

/// The page's own drag listeners: while a file is dragged over the window `dragging` is
/// set, and a file dropped anywhere that no element took (the box takes its own drops)
/// is opened. Dropping the returned listeners removes them.
fn page_drop_listeners(
    dragging: UseStateSetter<bool>,
    latest: Rc<RefCell<FileCallbacks>>,
) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let options = EventListenerOptions::enable_prevent_default();
    let over = {
        let dragging = dragging.clone();
        EventListener::new_with_options(&window, "dragover", options, move |e| {
            let e: &DragEvent = e.unchecked_ref();
            if has_files(e) {
                e.prevent_default();
                dragging.set(true);
            }
        })
    };
    let leave = {
        let dragging = dragging.clone();
        // A drag that leaves the window has no element it goes to.
        EventListener::new(&window, "dragleave", move |e| {
            let e: &DragEvent = e.unchecked_ref();
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let dropped = EventListener::new_with_options(&window, "drop", options, move |e| {
        let e: &DragEvent = e.unchecked_ref();
        dragging.set(false);
        if e.default_prevented() || !has_files(e) {
            return;
        }
        e.prevent_default();
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            let (on_replace, on_notice) = latest.borrow().clone();
            open_file(file, on_replace, on_notice);
        }
    });
    vec![over, leave, dropped]
}

/// Reads a file the reader dropped or picked, and hands its text on.
fn open_file(file: File, on_replace: Callback<String>, on_notice: Callback<Option<String>>) {
    let name = file.name();
    let Some(kind) = file_kind(&name, &file.type_()) else {
        on_notice.emit(Some(unreadable_file_message(&name)));
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(value) => {
                let raw = value.as_string().unwrap_or_default();
                let text = match kind {
                    FileKind::Html => html_to_text(&raw),
                    FileKind::Text => raw,
                };
                on_notice.emit(None);
                on_replace.emit(text);
            }
            Err(_) => on_notice.emit(Some(format!("{name} could not be read."))),
        }
    });
}

/// What the box holds: all of the text, or one part of a long one (`BoxPart`), with the
/// `rewrites` count of the text it was chosen for: a part chosen for a text since
/// replaced is no part of the new one.
type Part = UseStateHandle<Option<(u32, BoxPart)>>;

/// The whole text as last read, the part of it the box holds, and which text it is.
#[derive(Clone)]
struct Held {
    text: Rc<str>,
    shown: Option<BoxPart>,
    rewrites: u32,
}

/// Hands on the whole text after the box changed to `boxed`, with the caret at the UTF-16
/// offset `caret` in it. When the box has grown past `BOX_LIMIT` (a long paste), it is
/// given the part of the whole text around the caret instead, so typing stays quick.
fn take_box(
    area: &HtmlTextAreaElement,
    boxed: String,
    caret: usize,
    held: &Held,
    part: &Part,
    on_edit: &Callback<String>,
) {
    let grown = boxed.len() > BOX_LIMIT;
    let caret = utf16_to_byte(&boxed, caret) + held.shown.map_or(0, |p| p.range(&held.text).start);
    let whole = match held.shown {
        Some(p) => p.join(&held.text, &boxed),
        None => boxed,
    };
    if grown {
        let chosen = BoxPart::around(&whole, caret);
        show_part(area, &whole, chosen, caret, part, held.rewrites);
    }
    on_edit.emit(whole);
}

/// Puts the part `chosen` of `whole` in the box, with the caret at byte `caret` of `whole`
/// (or at the part's start if the caret is outside it).
fn show_part(
    area: &HtmlTextAreaElement,
    whole: &str,
    chosen: BoxPart,
    caret: usize,
    part: &Part,
    generation: u32,
) {
    let range = chosen.range(whole);
    let shown = chosen.shown(whole);
    area.set_value(shown);
    let at = if range.contains(&caret) || caret == range.end {
        shown
            .get(..caret - range.start)
            .map_or(0, |s| s.encode_utf16().count()) as u32
    } else {
        0
    };
    let _ = area.set_selection_range(at, at);
    part.set(Some((generation, chosen)));
}

/// Puts `insert` where the box's selection is, as a paste would, and hands the text on.
fn insert_at_caret(
    area: &HtmlTextAreaElement,
    insert: &str,
    held: &Held,
    part: &Part,
    on_edit: &Callback<String>,
) {
    let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
    let (boxed, caret) = splice_utf16(&area.value(), start, end, insert);
    if boxed.len() <= BOX_LIMIT {
        area.set_value(&boxed);
        let _ = area.set_selection_range(caret as u32, caret as u32);
    }
    take_box(area, boxed, caret, held, part, on_edit);
}

#[component]
pub fn ReleaseInput(props: &ReleaseInputProps) -> Html {
    let size = Report::describe_size(&props.text);
    let part: Part = use_state(|| None);
    let rewrites = props.rewrites;
    let shown = part.and_then(|(g, p)| (g == rewrites).then_some(p));
    let held = Held {
        text: props.text.clone(),
        shown,
        rewrites,
    };
    // The box is not bound to `text` through `value`: setting a textarea's value lays out
    // all of its text again, which for a long paste took longer than a frame on every
    // key, and a render that came after keys typed since would undo them. The text is
    // written in only when it was replaced from outside the box (`State::rewrites`): all
    // of it, or its first part if it is long (`BOX_LIMIT`).
    let area_ref = use_node_ref();
    {
        let (area_ref, text, part) = (area_ref.clone(), props.text.clone(), part.clone());
        use_effect_with(props.rewrites, move |_| {
            let chosen = (text.len() > BOX_LIMIT).then(|| BoxPart::around(&text, 0));
            let shown = chosen.map_or(&*text, |p| p.shown(&text));
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                if area.value() != shown {
                    area.set_value(shown);
                }
            }
            part.set(chosen.map(|p| (rewrites, p)));
        });
    }
    // A long box is read once typing pauses (see `LONG_BOX`); a short one on every key.
    // Whether it is long is known from the text last read, since asking the box (even for
    // its length) costs as much as reading it.
    let pending = use_mut_ref(|| None::<Timeout>);
    let long = shown.map_or(props.text.len(), |p| p.range(&props.text).len()) > LONG_BOX;
    let on_input = {
        let (on_edit, pending) = (props.on_edit.clone(), pending.clone());
        let (held, part) = (held.clone(), part.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let (on_edit, held, part) = (on_edit.clone(), held.clone(), part.clone());
            let read = move || {
                let caret = area.selection_start().ok().flatten().unwrap_or(0) as usize;
                take_box(&area, area.value(), caret, &held, &part, &on_edit);
            };
            if long {
                *pending.borrow_mut() = Some(Timeout::new(LONG_BOX_PAUSE_MS, read));
            } else {
                pending.borrow_mut().take();
                read();
            }
        })
    };
    let on_paste = {
        let on_edit = props.on_edit.clone();
        let (held, part) = (held.clone(), part.clone());
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<ClipboardEvent>() else {
                return;
            };
            let data = e.clipboard_data();
            let html = data
                .as_ref()
                .and_then(|d| d.get_data("text/html").ok())
                .unwrap_or_default();
            let insert = if html.trim().is_empty() {
                // Plain text: the browser pastes it and `input` follows, unless it is long
                // enough to slow the box; then it goes into the whole text here.
                let plain = data
                    .and_then(|d| d.get_data("text/plain").ok())
                    .unwrap_or_default();
                if plain.len() <= BOX_LIMIT / 2 {
                    return;
                }
                plain
            } else {
                html_to_text(&html)
            };
            e.prevent_default();
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            insert_at_caret(&area, &insert, &held, &part, &on_edit);
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let (on_edit, on_replace, on_notice) = (
            props.on_edit.clone(),
            props.on_replace.clone(),
            props.on_notice.clone(),
        );
        let (held, part) = (held.clone(), part.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let Some(data) = e.data_transfer() else {
                return;
            };
            if let Some(file) = data.files().and_then(|f| f.get(0)) {
                open_file(file, on_replace.clone(), on_notice.clone());
                return;
            }
            let html = data.get_data("text/html").unwrap_or_default();
            let dropped = if html.trim().is_empty() {
                data.get_data("text/plain").unwrap_or_default()
            } else {
                html_to_text(&html)
            };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            insert_at_caret(&area, &dropped, &held, &part, &on_edit);
        })
    };
    // A file dragged over any part of the page shows where it can be dropped, and a file
    // dropped anywhere on it (not only on the box) is opened rather than left to the
    // browser, which would open it in place of the page and lose the reader's work.
    let dragging = use_state(|| false);
    let latest = use_mut_ref(|| (props.on_replace.clone(), props.on_notice.clone()));
    *latest.borrow_mut() = (props.on_replace.clone(), props.on_notice.clone());
    {
        let dragging = dragging.setter();
        use_effect_with((), move |_| {
            let listeners = page_drop_listeners(dragging, latest);
            move || drop(listeners)
        });
    }
    let on_pick = {
        let (on_replace, on_notice) = (props.on_replace.clone(), props.on_notice.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_file(file, on_replace.clone(), on_notice.clone());
            }
            // Picking the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let on_date = {
        let on_date = props.on_date.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_date.emit(input.value());
        })
    };
    let part_bar = shown.map(|shown| {
        let first = shown.chars_before + 1;
        let last = shown.chars_before + shown.shown(&props.text).chars().count();
        let total = props.text.chars().count();
        let go = |step: fn(&BoxPart, &str) -> Option<BoxPart>| {
            let (area_ref, text, part) = (area_ref.clone(), props.text.clone(), part.clone());
            let on_edit = props.on_edit.clone();
            let pending = pending.clone();
            Callback::from(move |_: MouseEvent| {
                let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else {
                    return;
                };
                // Keys not yet read (a long part is read when typing pauses) go in first.
                pending.borrow_mut().take();
                let whole = shown.join(&text, &area.value());
                if let Some(chosen) = step(&shown, &whole) {
                    show_part(&area, &whole, chosen, chosen.start, &part, rewrites);
                    let _ = area.focus();
                }
                if whole != *text {
                    on_edit.emit(whole);
                }
            })
        };
        let earlier = shown.previous(&props.text).is_none();
        let later = shown.next(&props.text).is_none();
        html! {
            <div class="part-bar" id="release-part">
                <button type="button" class="earlier" disabled={earlier} onclick={go(BoxPart::previous)}>
                    { "Earlier part" }
                </button>
                <p>
                    { format!(
                        "The box shows characters {}\u{2013}{} of {}: a long text is edited a part at a time, so typing stays quick.",
                        format_number(first as f64),
                        format_number(last as f64),
                        format_number(total as f64),
                    ) }
                </p>
                <button type="button" class="later" disabled={later} onclick={go(BoxPart::next)}>
                    { "Later part" }
                </button>
            </div>
        }
    });
    html! {
        <section
            class={classes!("release", dragging.then_some("dragging"))}
            aria-label="Your text"
        >
            <div class="release-head">
                <label for="release-text">{ "Press release" }</label>
                <div class="actions">
                    <span class="file-button">
                        <input
                            type="file"
                            id="release-file"
                            class="visually-hidden"
                            accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
                            onchange={on_pick}
                        />
                        <label for="release-file" class="button">{ "Open file" }</label>
                    </span>
                    { action_button("sample", "Sample release", props.on_sample.clone()) }
                    { action_button("clear", "Clear", props.on_clear.clone()) }
                    if props.can_undo {
                        { action_button("undo", props.undo_label, props.on_undo.clone()) }
                    }
                </div>
            </div>
            { part_bar }
            if *dragging {
                <p class="drop-zone" aria-hidden="true">{ "Drop the file to open it" }</p>
            }
            <textarea
                id="release-text"
                spellcheck="false"
                placeholder="Paste the text of a police press release here, or drop a .txt, .md or .html file."
                aria-describedby={if shown.is_some() { "release-part release-size" } else { "release-size" }}
                ref={area_ref}
                oninput={on_input}
                onpaste={on_paste}
                ondragover={on_drag_over}
                ondrop={on_drop}
            />
            <div class="release-foot">
                <div class="date-field">
                    <label for="release-date">{ "Publication date" }</label>
                    <input
                        type="date"
                        id="release-date"
                        value={props.date.clone()}
                        onchange={on_date}
                        aria-describedby="release-date-help"
                    />
                    <span id="release-date-help" class="help">
                        { "Read from the text when it says; change it to resolve “yesterday” and “last week” again." }
                    </span>
                </div>
                <p class="size" id="release-size">{ size }</p>
            </div>
        </section>
    }
}
