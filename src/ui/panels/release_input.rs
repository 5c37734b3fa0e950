//! `ReleaseInput`: the labelled box that holds the release, with its two buttons.

use std::rc::Rc;

use yew::prelude::*;

use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ReleaseInputProps {
    pub text: Rc<str>,
    pub on_edit: Callback<InputEvent>,
    pub on_clear: Callback<MouseEvent>,
    pub on_sample: Callback<MouseEvent>,
}

#[component]
pub fn ReleaseInput(props: &ReleaseInputProps) -> Html {
    let size = Report::describe_size(&props.text);
    html! {
        <section class="release">
            <div class="release-head">
                <label for="release-text">{ "Press release" }</label>
                <div class="actions">
                    <button type="button" class="sample" onclick={props.on_sample.clone()}>
                        { "Sample release" }
                    </button>
                    <button type="button" class="clear" onclick={props.on_clear.clone()}>
                        { "Clear" }
                    </button>
                </div>
            </div>
            <textarea
                id="release-text"
                spellcheck="false"
                placeholder="Paste the text of a police press release here."
                value={props.text.to_string()}
                oninput={props.on_edit.clone()}
            />
            <p class="size">{ size }</p>
        </section>
    }
}
