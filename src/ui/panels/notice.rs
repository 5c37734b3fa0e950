//! `NoticeBar`: a message about the page itself (storage, files), with a button to hide it.

use yew::prelude::*;

use super::action_button;

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
            { action_button("dismiss", "Dismiss", props.on_dismiss.clone()) }
        </div>
    }
}
