//! `ListPanel`: places (grouped by kind), organisations or contacts, each a name with its
//! kind. Contacts link where that is safe: `tel:`, `mailto:`, and http(s) addresses that
//! open in a new tab without an opener; anything else is shown as text.
//!
//! The three panels differ only in their data, so one component serves them, told which
//! list to show by `FactList`.

use yew::prelude::*;

use super::figures::select;
use super::Shared;
use crate::present::highlight::FactId;
use crate::present::view::{FactList, Line};
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ListPanelProps {
    pub report: Shared<Report>,
    pub list: FactList,
    pub selected: Option<FactId>,
    pub on_select: Callback<FactId>,
}

#[component]
pub fn ListPanel(props: &ListPanelProps) -> Html {
    let list = props.list;
    let title_id = format!("{}-title", list.id());
    let item = |line: &Line| -> Html {
        let picked = line.id.is_some() && line.id == props.selected;
        let onclick = line.id.map(|id| select::<MouseEvent>(&props.on_select, id));
        html! {
            <li
                class={classes!(picked.then_some("selected"), line.origin)}
                data-row={line.id.map(|id| id.key())}
                title={line.hint.clone()}
            >
                if let Some(href) = &line.href {
                    if line.external {
                        <a class="name" href={href.clone()} target="_blank" rel="noopener noreferrer">{ &line.text }</a>
                    } else {
                        <a class="name" href={href.clone()}>{ &line.text }</a>
                    }
                    if let Some(detail) = &line.detail {
                        <span class="detail">{ detail }</span>
                    }
                    // The name starts with the words shown ("in text"), as axe's
                    // label-content-name-mismatch asks, and says which contact.
                    <button type="button" class="locate" {onclick}>
                        { "in text" }
                        <span class="visually-hidden">{ ": show " }{ &line.text }{ " in the source text" }</span>
                    </button>
                } else {
                    <button type="button" class="fact-link name" {onclick}>{ &line.text }</button>
                    if let Some(detail) = &line.detail {
                        <span class="detail">{ detail }</span>
                    }
                }
            </li>
        }
    };
    let lines = props.report.list(list);
    html! {
        <section class={classes!("panel", "list", list.id())} id={list.id()} role="region" aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ list.title() }</h2>
            if lines.is_empty() {
                <p class="empty">{ list.empty() }</p>
            } else if list == FactList::Places {
                for group in props.report.place_groups.iter() {
                    <h3 class="kind">{ group.title }</h3>
                    <ul class="facts">
                        for line in group.lines.iter() {
                            { item(line) }
                        }
                    </ul>
                }
            } else {
                <ul class="facts">
                    for line in lines.iter() {
                        { item(line) }
                    }
                </ul>
            }
        </section>
    }
}
