//! `NoticeBar`: a message about the page itself (storage, files), with a button to hide it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notice: Option<String>,
    pub on_dismiss: Callback<MouseEvent>,
}

#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let Some(notice) = &props.notice else {
        return html! {};
    };
    html! {
        <div class="notice" role="alert">
            <p>{ notice }</p>
            <button type="button" class="dismiss" onclick={props.on_dismiss.clone()}>
                { "Dismiss" }
            </button>
        </div>
    }
}
