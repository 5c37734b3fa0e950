//! `DiagnosticsPanel`: notes on the input that explain missing facts; hidden when none.

use yew::prelude::*;

use super::ReportProps;

#[component]
pub fn DiagnosticsPanel(props: &ReportProps) -> Html {
    if props.report.diagnostics.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel diagnostics" id="diagnostics" role="status">
            <h2>{ "Notes" }</h2>
            <ul>
                for note in props.report.diagnostics.iter() {
                    <li>
                        if let Some(kind) = &note.detail {
                            <span class="tag">{ kind }</span>
                        }
                        { &note.text }
                    </li>
                }
            </ul>
        </section>
    }
}
