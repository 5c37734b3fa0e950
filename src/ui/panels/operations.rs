//! `OperationsPanel`: the named operations and the period the release reports on.

use yew::prelude::*;

use super::ReportProps;

#[component]
pub fn OperationsPanel(props: &ReportProps) -> Html {
    let report = &props.report;
    let nothing = report.operations.is_empty() && report.period.is_none();
    html! {
        <section class="panel operations" id="operations">
            <h2>{ "Operations and period" }</h2>
            if nothing {
                <p class="empty">{ "No operation or period found." }</p>
            }
            <ul class="facts">
                for op in report.operations.iter() {
                    <li title={op.hint.clone()}><span class="name">{ &op.text }</span></li>
                }
                if let Some(period) = &report.period {
                    <li class="period" title={period.hint.clone()}>
                        <span class="tag">{ "period" }</span>
                        <span class="name">{ &period.text }</span>
                        if let Some(detail) = &period.detail {
                            <span class="detail">{ detail }</span>
                        }
                    </li>
                }
            </ul>
        </section>
    }
}
