//! `ListPanel`: places, organisations or contacts, each a name with its kind.
//!
//! The three panels differ only in their data, so one component serves them, told which
//! list to show by `FactList`.

use std::rc::Rc;

use yew::prelude::*;

use crate::present::view::FactList;
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ListPanelProps {
    pub report: Rc<Report>,
    pub list: FactList,
}

#[component]
pub fn ListPanel(props: &ListPanelProps) -> Html {
    let list = props.list;
    let lines = props.report.list(list);
    html! {
        <section class={classes!("panel", "list", list.id())} id={list.id()}>
            <h2>{ list.title() }</h2>
            if lines.is_empty() {
                <p class="empty">{ list.empty() }</p>
            } else {
                <ul class="facts">
                    for line in lines.iter() {
                        <li title={line.hint.clone()}>
                            <span class="name">{ &line.text }</span>
                            if let Some(detail) = &line.detail {
                                <span class="detail">{ detail }</span>
                            }
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
