//! The `App` component: the heading, the box for the release and the panels of facts.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::hooks::{use_debounced_analysis, use_persisted_state};
use super::panels::{
    DiagnosticsPanel, FiguresPanel, ListPanel, OperationsPanel, PeoplePanel, ReleaseInput,
    SummaryPanel,
};
use super::state::Action;
use crate::present::view::FactList;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How long typing must pause before the facts are read again.
    #[prop_or(150)]
    pub debounce_ms: u32,
    /// Whether the text is kept in local storage across reloads (tests turn it off).
    #[prop_or(true)]
    pub persist: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_persisted_state(props.persist);
    use_debounced_analysis(&state, props.debounce_ms);

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            dispatcher.dispatch(Action::Edit(area.value()));
        })
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Clear))
    };
    let on_sample = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::LoadSample))
    };
    let report = state.report.clone();
    let results_class = classes!("results", state.stale.then_some("stale"));

    html! {
        <div class="page">
            <header class="masthead">
                <h1>{ "Blotter" }</h1>
                <p class="tagline">
                    { "Paste a police press release and see the facts in it: operations, \
                       figures, people and their words, places, organisations and contacts." }
                </p>
                <p class="privacy">
                    { "Nothing leaves your browser: the text is read by code running on this \
                       page, and is kept only in this browser's storage." }
                </p>
            </header>
            <main>
                <ReleaseInput text={state.text.clone()} {on_edit} {on_clear} {on_sample} />
                <section class={results_class} aria-label="Facts" aria-busy={state.stale.to_string()}>
                    <SummaryPanel report={report.clone()} />
                    <super::panels::ExportBar extraction={state.extraction.clone()} />
                    <DiagnosticsPanel report={report.clone()} />
                    <OperationsPanel report={report.clone()} />
                    <FiguresPanel report={report.clone()} />
                    <super::panels::ChartsPanel extraction={state.extraction.clone()} />
                    <PeoplePanel report={report.clone()} />
                    <div class="lists">
                        <ListPanel report={report.clone()} list={FactList::Places} />
                        <ListPanel report={report.clone()} list={FactList::Organisations} />
                        <ListPanel report={report} list={FactList::Contacts} />
                    </div>
                </section>
            </main>
            <footer class="colophon">
                { "Blotter reads releases with hand-written rules; hover over a fact to see the \
                   words it came from and the rule that read them." }
            </footer>
        </div>
    }
}
