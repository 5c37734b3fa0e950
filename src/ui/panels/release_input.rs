//! `ReleaseInput`: the labelled box that holds the release, its publication date, and the
//! buttons to open a file, load the sample, clear and undo.
//!
//! Pasted HTML (the clipboard's `text/html`) and dropped or picked `.html` files become
//! their visible text through `present::html::html_to_text`; the page never parses them
//! into its document, so markup in a paste shows as nothing or as text, and runs nothing.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::present::html::html_to_text;
use crate::present::input::{
    file_kind, splice_utf16, unreadable_file_message, FileKind, LONG_BOX, LONG_BOX_PAUSE_MS,
};
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ReleaseInputProps {
    pub text: Rc<str>,
    /// Changes when the text was replaced from outside the box (`State::rewrites`).
    pub rewrites: u32,
    /// The date field's value, `YYYY-MM-DD` or "".
    pub date: String,
    /// Whether Clear can be undone.
    pub can_undo: bool,
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

/// Puts `insert` where the box's selection is, as a paste would, and hands the text on.
fn insert_at_caret(area: &HtmlTextAreaElement, insert: &str, on_edit: &Callback<String>) {
    let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
    let (text, caret) = splice_utf16(&area.value(), start, end, insert);
    area.set_value(&text);
    let caret = caret as u32;
    let _ = area.set_selection_range(caret, caret);
    on_edit.emit(text);
}

#[component]
pub fn ReleaseInput(props: &ReleaseInputProps) -> Html {
    let size = Report::describe_size(&props.text);
    // The box is not bound to `text` through `value`: setting a textarea's value lays out
    // all of its text again, which for a long paste took longer than a frame on every
    // key, and a render that came after keys typed since would undo them. The text is
    // written in only when it was replaced from outside the box (`State::rewrites`).
    let area_ref = use_node_ref();
    {
        let (area_ref, text) = (area_ref.clone(), props.text.clone());
        use_effect_with(props.rewrites, move |_| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }
    // A long box is read once typing pauses (see `LONG_BOX`); a short one on every key.
    // Whether it is long is known from the text last read, since asking the box (even for
    // its length) costs as much as reading it.
    let pending = use_mut_ref(|| None::<Timeout>);
    let long = props.text.len() > LONG_BOX;
    let on_input = {
        let (on_edit, pending) = (props.on_edit.clone(), pending.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            if long {
                let on_edit = on_edit.clone();
                let read = move || on_edit.emit(area.value());
                *pending.borrow_mut() = Some(Timeout::new(LONG_BOX_PAUSE_MS, read));
            } else {
                pending.borrow_mut().take();
                on_edit.emit(area.value());
            }
        })
    };
    let on_paste = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<ClipboardEvent>() else {
                return;
            };
            let html = e
                .clipboard_data()
                .and_then(|d| d.get_data("text/html").ok())
                .unwrap_or_default();
            if html.trim().is_empty() {
                return; // Plain text: the browser pastes it and `input` follows.
            }
            e.prevent_default();
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            insert_at_caret(&area, &html_to_text(&html), &on_edit);
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let (on_edit, on_replace, on_notice) = (
            props.on_edit.clone(),
            props.on_replace.clone(),
            props.on_notice.clone(),
        );
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
            let text = if html.trim().is_empty() {
                data.get_data("text/plain").unwrap_or_default()
            } else {
                html_to_text(&html)
            };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            insert_at_caret(&area, &text, &on_edit);
        })
    };
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
    html! {
        <section class="release" aria-label="Your text">
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
                    <button type="button" class="sample" onclick={props.on_sample.clone()}>
                        { "Sample release" }
                    </button>
                    <button type="button" class="clear" onclick={props.on_clear.clone()}>
                        { "Clear" }
                    </button>
                    if props.can_undo {
                        <button type="button" class="undo" onclick={props.on_undo.clone()}>
                            { "Undo clear" }
                        </button>
                    }
                </div>
            </div>
            <textarea
                id="release-text"
                spellcheck="false"
                placeholder="Paste the text of a police press release here, or drop a .txt, .md or .html file."
                aria-describedby="release-size"
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
