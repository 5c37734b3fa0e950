//! The `App` component: the heading, the box for the release and the panels of facts.
//!
//! It holds the one reducer, turns the panels' events into `Action`s and hands each panel
//! its plain props; every string it shows comes from `crate::present`.

use yew::prelude::*;

use super::collection::{
    use_collection_reader, use_collection_store, CollectionView, SharedShelf, ViewTabs,
};
use super::embed::use_embed;
use super::hooks::{
    system_prefers_dark, use_debounced_analysis, use_kept_undo, use_persisted_state,
    use_scroll_to_selection,
};
use super::panels::{
    DiagnosticsPanel, FiguresPanel, ListPanel, NoticeBar, PeoplePanel, ReleaseInput, Shared,
    SourcePanel, SummaryPanel,
};
use super::reader::Reader;
use super::state::Action;
use crate::present::embed::EmbedConfig;
use crate::present::highlight::FactId;
use crate::present::input::reading_note;
use crate::present::view::FactList;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How long typing in a long text (over `present::input::READ_EVERY_KEY` bytes) must
    /// pause before the facts are read again; shorter texts are read on every key.
    #[prop_or(150)]
    pub debounce_ms: u32,
    /// Whether the text is kept in local storage across reloads (tests turn it off).
    #[prop_or(true)]
    pub persist: bool,
    /// Whether the facts are read in a worker (`static/worker.js`) rather than inline.
    #[prop_or(true)]
    pub worker: bool,
    /// The widget mode (`index.html?embed`): no page chrome, and messages to the host.
    #[prop_or_default]
    pub embed: Option<EmbedConfig>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_persisted_state(props.persist, props.embed.clone());
    use_embed(&state, props.embed.clone());
    use_kept_undo(&state, props.persist);
    let reader = {
        let (dispatcher, wanted) = (state.dispatcher(), props.worker);
        use_memo((), move |_| {
            wanted.then(|| Reader::start(dispatcher)).flatten()
        })
    };
    use_debounced_analysis(&state, props.debounce_ms, reader);
    use_scroll_to_selection(state.selected);
    // The collection (not in the widget): kept in the browser's database, read in a worker.
    let with_collection = props.embed.is_none();
    use_collection_store(&state, props.persist && with_collection);
    use_collection_reader(&state, props.worker && with_collection);
    let on_collection = {
        let dispatcher = state.dispatcher();
        Callback::from(move |a| dispatcher.dispatch(Action::Collection(a)))
    };
    let shelf = SharedShelf(state.collection.clone());
    let collection_shown = with_collection && state.collection.shown;

    let send = |make: fn() -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(make()))
    };
    let with = |make: fn(String) -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |value: String| dispatcher.dispatch(make(value)))
    };
    let pick = |make: fn(FactId) -> Action| {
        let dispatcher = state.dispatcher();
        Callback::from(move |fact: FactId| dispatcher.dispatch(make(fact)))
    };
    let on_select = pick(Action::Select);
    let on_notice = {
        let dispatcher = state.dispatcher();
        Callback::from(move |notice: Option<String>| dispatcher.dispatch(Action::Notice(notice)))
    };
    let on_act = {
        let dispatcher = state.dispatcher();
        Callback::from(move |act| dispatcher.dispatch(Action::Review(act)))
    };
    let on_sort = {
        let dispatcher = state.dispatcher();
        Callback::from(move |column| dispatcher.dispatch(Action::Sort(column)))
    };
    let on_page = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(group, page)| dispatcher.dispatch(Action::FigurePage(group, page)))
    };
    let on_theme = {
        let dispatcher = state.dispatcher();
        let next = state.theme.toggled(system_prefers_dark());
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetTheme(next)))
    };
    // Escape lets go of the picked fact, wherever the focus is.
    let on_escape = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatcher.dispatch(Action::Unselect);
            }
        })
    };
    let dark_now = match state.theme {
        crate::present::state::Theme::System => system_prefers_dark(),
        chosen => chosen == crate::present::state::Theme::Dark,
    };
    let report = Shared(state.report.clone());
    let selected = state.selected.map(|s| s.fact);
    let results_class = classes!("results", state.stale.then_some("stale"));
    let embedded = props.embed.is_some();
    // A widget is a compact read-only view unless its host asked for the editor.
    let compact = props.embed.as_ref().is_some_and(|e| !e.edit);
    let reading = reading_note(&state.text, state.stale);

    html! {
        <div class={classes!("page", embedded.then_some("embed"), compact.then_some("compact"))} onkeydown={on_escape}>
            if !embedded {
            <a class="skip" href="#results">{ "Skip to the facts" }</a>
            <header class="masthead">
                <div class="title-row">
                    <h1>{ "Blotter" }</h1>
                    <button
                        type="button"
                        class="theme-toggle"
                        aria-pressed={dark_now.to_string()}
                        onclick={on_theme}
                    >{ "Dark theme" }</button>
                </div>
                <p class="tagline">
                    { "Paste a police press release and see the facts in it: operations, \
                       figures, people and their words, places, organisations and contacts." }
                </p>
                <p class="privacy">
                    { "Nothing leaves your browser: the text is read by code running on this \
                       page, and is kept only in this browser's storage." }
                </p>
            </header>
            }
            if embedded {
                <h1 class="widget-title">{ if compact { "Facts in this release" } else { "Blotter: the facts in a release" } }</h1>
            }
            <NoticeBar notice={state.notice.clone()} on_dismiss={send(|| Action::Notice(None))} />
            if with_collection {
                <ViewTabs shelf={shelf.clone()} on_action={on_collection.clone()} />
            }
            if collection_shown {
                <CollectionView {shelf} on_action={on_collection} on_notice={on_notice.clone()} />
            }
            <main hidden={collection_shown}>
                if !compact {
                <ReleaseInput
                    text={state.text.clone()}
                    rewrites={state.rewrites}
                    date={state.date_field()}
                    can_undo={state.undo.is_some()}
                    undo_label={state.undo_label}
                    on_edit={with(Action::Edit)}
                    on_replace={with(Action::Replace)}
                    on_date={with(Action::SetDate)}
                    on_clear={send(|| Action::Clear)}
                    on_undo={send(|| Action::Undo)}
                    on_sample={send(|| Action::LoadSample)}
                    {on_notice}
                />
                }
                <section id="results" class={results_class} aria-label="Facts" aria-busy={state.stale.to_string()}>
                    if let Some(note) = reading {
                        <p class="reading" role="status">
                            <progress aria-label="Reading the text"></progress>
                            { note }
                        </p>
                    }
                    <SummaryPanel report={report.clone()} {selected} on_select={on_select.clone()} />
                    if !compact {
                        <super::panels::ReviewPanel
                            review={Shared(state.review.clone())}
                            position={crate::present::review::unread_position(&state)}
                            picked={crate::present::review::picked_fact(&state)}
                            unread={crate::present::review::picked_unread(&state)}
                            shown={state.text.clone()}
                            on_act={on_act}
                        />
                    }
                    <super::panels::ChecksPanel report={report.clone()} {selected} on_select={on_select.clone()} />
                    if !compact {
                        <super::panels::ExportBar extraction={state.exported.clone()} empty={state.text.trim().is_empty()} />
                    }
                    <DiagnosticsPanel report={report.clone()} />
                    <div class="columns">
                        <SourcePanel
                            highlights={Shared(state.highlights.clone())}
                            selected={state.selected}
                            on_pick={pick(Action::SelectWords)}
                        />
                        <div class="fact-panels">
                            <FiguresPanel
                                report={report.clone()}
                                extraction={Shared(state.extraction.clone())}
                                sort={state.sort}
                                pages={state.figure_pages}
                                {selected}
                                {on_sort}
                                {on_page}
                                on_select={on_select.clone()}
                            />
                            if !compact {
                                <super::panels::ChartsPanel extraction={state.exported.clone()} />
                            }
                            <PeoplePanel report={report.clone()} {selected} on_select={on_select.clone()} />
                            <div class="lists">
                                <ListPanel report={report.clone()} list={FactList::Places} {selected} on_select={on_select.clone()} />
                                <ListPanel report={report.clone()} list={FactList::Organisations} {selected} on_select={on_select.clone()} />
                                <ListPanel report={report} list={FactList::Contacts} {selected} {on_select} />
                            </div>
                        </div>
                    </div>
                </section>
            </main>
            if !embedded {
            <footer class="colophon">
                { "Blotter reads releases with hand-written rules; hover over or focus a \
                   highlighted fact to see why it was read, and pick a fact in any \
                   panel to find its words." }
            </footer>
            }
        </div>
    }
}
