//! `SummaryPanel`: the release at a glance: counts of each kind of fact, the operations,
//! the period, the publication date and the force.

use yew::prelude::*;

use super::figures::select;
use super::Shared;
use crate::present::highlight::FactId;
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct SummaryPanelProps {
    pub report: Shared<Report>,
    pub selected: Option<FactId>,
    pub on_select: Callback<FactId>,
}

#[component]
pub fn SummaryPanel(props: &SummaryPanelProps) -> Html {
    let report = &props.report;
    let line = report.summary_line();
    let picked = |id: Option<FactId>| (id.is_some() && id == props.selected).then_some("selected");
    html! {
        <section class="panel summary" id="summary" role="region" aria-labelledby="summary-title">
            <h2 id="summary-title">{ "Summary" }</h2>
            <p class="summary-line">{ line }</p>
            if !report.summary.is_empty() {
                <ul class="tallies">
                    for tally in report.summary.iter() {
                        <li><strong>{ tally.count }</strong>{ " " }{ tally.label }</li>
                    }
                </ul>
            }
            <dl class="at-a-glance">
                <div id="operations">
                    <dt>{ "Operation" }</dt>
                    <dd>
                        if report.operations.is_empty() {
                            <span class="none">{ "none named" }</span>
                        }
                        for op in report.operations.iter() {
                            <button
                                type="button"
                                class={classes!("fact-link", "name", picked(op.id))}
                                data-row={op.id.map(|id| id.key())}
                                title={op.hint.clone()}
                                onclick={op.id.map(|id| select::<MouseEvent>(&props.on_select, id))}
                            >{ &op.text }</button>
                        }
                    </dd>
                </div>
                <div class="period">
                    <dt>{ "Period" }</dt>
                    <dd>
                        if let Some(period) = &report.period {
                            <button
                                type="button"
                                class={classes!("fact-link", picked(period.id))}
                                data-row={period.id.map(|id| id.key())}
                                title={period.hint.clone()}
                                onclick={period.id.map(|id| select::<MouseEvent>(&props.on_select, id))}
                            >{ &period.text }</button>
                            if let Some(detail) = &period.detail {
                                <span class="detail">{ detail }</span>
                            }
                        } else {
                            <span class="none">{ "not stated" }</span>
                        }
                    </dd>
                </div>
                <div class="published">
                    <dt>{ "Published" }</dt>
                    <dd>
                        if let Some(published) = &report.published {
                            <time>{ published }</time>
                        } else {
                            <span class="none">{ "not stated" }</span>
                        }
                    </dd>
                </div>
                <div class="force">
                    <dt>{ "Force" }</dt>
                    <dd>
                        if let Some(force) = &report.force {
                            { force }
                        } else {
                            <span class="none">{ "not named" }</span>
                        }
                    </dd>
                </div>
            </dl>
        </section>
    }
}
