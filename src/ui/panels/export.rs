//! `ExportBar`: the facts as a JSON or CSV download, or JSON on the clipboard.

use yew::platform::spawn_local;
use yew::prelude::*;

use std::rc::Rc;

use crate::extract::Extraction;
use crate::present::export;
use crate::ui::files::{copy_text, save_file};

/// The facts to export, and whether the box is empty (then there is nothing to export
/// and the buttons are disabled).
#[derive(Properties)]
pub struct ExportProps {
    pub extraction: Rc<Extraction>,
    pub empty: bool,
}

/// A new extraction is a new `Rc` (see `ChartsPanel`'s props), so pointers are compared.
impl PartialEq for ExportProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.extraction, &other.extraction) && self.empty == other.empty
    }
}

#[component]
pub fn ExportBar(props: &ExportProps) -> Html {
    // What the last action did, read out by screen readers.
    let status = use_state(String::new);
    let on_json = {
        let x = props.extraction.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let name = export::file_name(&export::release_name(&x), "json");
            let saved = save_file(&name, &export::json(&x), "application/json");
            status.set(saved_or_not(saved.is_ok(), "JSON"));
        })
    };
    let on_csv = {
        let x = props.extraction.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let release = export::release_name(&x);
            let name = export::file_name(&release, "csv");
            let saved = save_file(&name, &export::csv(&release, &x), "text/csv");
            status.set(saved_or_not(saved.is_ok(), "CSV"));
        })
    };
    let on_copy = {
        let x = props.extraction.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let json = export::json(&x);
            let status = status.clone();
            spawn_local(async move {
                status.set(match copy_text(&json).await {
                    Ok(()) => "Copied the facts as JSON.".to_string(),
                    Err(_) => "Could not copy: this browser did not allow the clipboard. \
                               Use Download JSON instead."
                        .to_string(),
                });
            });
        })
    };
    html! {
        <section class="panel export" id="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "Export" }</h2>
            <div class="actions">
                <button type="button" class="download-json" disabled={props.empty} onclick={on_json}>{ "Download JSON" }</button>
                <button type="button" class="download-csv" disabled={props.empty} onclick={on_csv}>{ "Download CSV" }</button>
                <button type="button" class="copy-json" disabled={props.empty} onclick={on_copy}>{ "Copy JSON" }</button>
            </div>
            <p class="export-status" role="status" aria-live="polite">{ (*status).clone() }</p>
        </section>
    }
}

fn saved_or_not(ok: bool, what: &str) -> String {
    if ok {
        format!("Saved the facts as {what}.")
    } else {
        format!("Could not save the {what} file in this browser.")
    }
}
