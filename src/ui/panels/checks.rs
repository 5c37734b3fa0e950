//! `ChecksPanel`: whether the release's own arithmetic holds. A heading counts the claims
//! by verdict; each check shows its verdict as a sign and in words, the claim and the
//! working, and picking it marks the claim's words and the figures it used in the source.

use yew::prelude::*;

use super::figures::select;
use super::Shared;
use crate::present::checks::ChecksView;
use crate::present::highlight::FactId;
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct ChecksPanelProps {
    pub report: Shared<Report>,
    pub selected: Option<FactId>,
    pub on_select: Callback<FactId>,
}

#[component]
pub fn ChecksPanel(props: &ChecksPanelProps) -> Html {
    let view = &props.report.checks;
    html! {
        <section class="panel checks" id="checks" role="region" aria-labelledby="checks-title">
            <h2 id="checks-title">{ "Claims checked" }</h2>
            if view.rows.is_empty() {
                <p class="empty">{ ChecksView::empty() }</p>
            } else {
                <p class="checks-line">{ &view.heading }</p>
                <ul class="facts check-list">
                    for row in view.rows.iter() {
                        <li
                            class={classes!("check", row.class, (props.selected == Some(row.id)).then_some("selected"))}
                            data-row={row.id.key()}
                            title={row.hint.clone()}
                        >
                            <button
                                type="button"
                                class="fact-link"
                                onclick={select::<MouseEvent>(&props.on_select, row.id)}
                            >
                                <span class="verdict">
                                    <span class="icon" aria-hidden="true">{ row.icon }</span>
                                    { row.verdict }
                                </span>
                                <span class="kind">{ row.kind }</span>
                                <q class="claim">{ &row.claim }</q>
                            </button>
                            <span class="working">{ &row.working }</span>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}
