//! `SummaryPanel`: one line counting the facts, and the publication date.

use yew::prelude::*;

use super::ReportProps;

#[component]
pub fn SummaryPanel(props: &ReportProps) -> Html {
    let line = props.report.summary_line();
    html! {
        <section class="panel summary" id="summary">
            <p class="summary-line">{ line }</p>
            if let Some(published) = &props.report.published {
                <p class="published">{ "Published " }<time>{ published }</time></p>
            }
        </section>
    }
}
