//! The collection view: many releases opened or dropped at once, read in a worker
//! (`reader`), kept in the browser's database (`store`), listed in a table of releases,
//! with one table of every figure (filtered and sorted), a timeline and the exports.
//!
//! Every string comes from `present::collection::page`; each change is a `ShelfAction`
//! sent to the app's one reducer as `Action::Collection`.

mod reader;
mod store;

pub use reader::use_collection_reader;
pub use store::use_collection_store;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::present::collection::page::{
    aria_sort, export_name, releases_in_file, FigureLine, FilterField, Shelf, ShelfAction,
    FIGURE_LIMIT, RELEASE_ROWS,
};
use crate::present::collection::Column;
use crate::present::html::html_to_text;
use crate::present::input::{file_kind, unreadable_file_message, FileKind};
use crate::ui::files::save_file;
use crate::ui::panels::Pager;

/// The collection, compared by pointer: the reducer makes a new `Rc` for every change.
#[derive(Clone)]
pub struct SharedShelf(pub Rc<Shelf>);

impl PartialEq for SharedShelf {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub shelf: SharedShelf,
    pub on_action: Callback<ShelfAction>,
}

/// The two views, one click apart: the single release and the collection.
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let shown = props.shelf.0.shown;
    let show = |on: bool| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ShelfAction::Show(on)))
    };
    html! {
        <nav class="views" aria-label="Views">
            <button type="button" class="view-release" aria-pressed={(!shown).to_string()} onclick={show(false)}>
                { "Release" }
            </button>
            <button type="button" class="view-collection" aria-pressed={shown.to_string()} onclick={show(true)}>
                { props.shelf.0.tab_label() }
            </button>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct CollectionViewProps {
    pub shelf: SharedShelf,
    pub on_action: Callback<ShelfAction>,
    pub on_notice: Callback<Option<String>>,
}

/// How much of a long job one task of the page does before it lets the browser draw
/// and answer the reader: files asked for at once, records written, releases posted to
/// the worker, answers taken in.
pub(crate) const SLICE: usize = 24;

/// Resolves in a later task of the page (a `setTimeout` of 0), so a long job done in
/// slices with this between them never holds the page for long.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        })
        .forget();
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves at the start of the page's next frame (`requestAnimationFrame`), so what is
/// done then is drawn in that frame, and the next slice waits for the one after.
pub(crate) async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads every file picked or dropped (in the order given) and adds them as one batch.
fn add_files(
    files: Vec<File>,
    on_action: Callback<ShelfAction>,
    on_notice: Callback<Option<String>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut added = Vec::new();
        let mut problems = Vec::new();
        // At most `SLICE` files are asked for at a time (asking costs the page's thread
        // a little each), taken in the order given; each one taken asks for the next.
        let ask = |f: &File| wasm_bindgen_futures::JsFuture::from(f.text());
        let mut texts: Vec<Option<wasm_bindgen_futures::JsFuture>> =
            files.iter().take(SLICE).map(ask).map(Some).collect();
        for (i, file) in files.iter().enumerate() {
            if let Some(f) = files.get(i + SLICE) {
                texts.push(Some(ask(f)));
            }
            let Some(text) = texts[i].take() else {
                continue;
            };
            let name = file.name();
            let jsonl = name.to_ascii_lowercase().ends_with(".jsonl");
            let kind = if jsonl {
                Some(FileKind::Text)
            } else {
                file_kind(&name, &file.type_())
            };
            let Some(kind) = kind else {
                problems.push(unreadable_file_message(&name));
                continue;
            };
            match text.await {
                Ok(value) => {
                    let raw = value.as_string().unwrap_or_default();
                    let text = match kind {
                        FileKind::Html => html_to_text(&raw),
                        FileKind::Text => raw,
                    };
                    let (releases, bad) = releases_in_file(&name, text, jsonl);
                    added.extend(releases);
                    problems.extend(bad);
                }
                Err(_) => problems.push(format!("{name} could not be read.")),
            }
        }
        on_notice.emit((!problems.is_empty()).then(|| problems.join(" ")));
        on_action.emit(ShelfAction::Add(added));
    });
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[component]
pub fn CollectionView(props: &CollectionViewProps) -> Html {
    let shelf = &props.shelf.0;
    let send = |action: ShelfAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_pick = {
        let (on_action, on_notice) = (props.on_action.clone(), props.on_notice.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            add_files(
                files_of(input.files()),
                on_action.clone(),
                on_notice.clone(),
            );
            // Picking the same files again must fire `change` again.
            input.set_value("");
        })
    };
    let dragging = use_state(|| false);
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let files = e
                .data_transfer()
                .is_some_and(|d| d.types().includes(&"Files".into(), 0));
            if files {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            let inside = e
                .related_target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .zip(
                    e.current_target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok()),
                )
                .is_some_and(|(to, zone)| zone.contains(Some(&to)));
            if !inside {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        let (on_action, on_notice) = (props.on_action.clone(), props.on_notice.clone());
        Callback::from(move |e: DragEvent| {
            dragging.set(false);
            let files = files_of(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                e.prevent_default();
                add_files(files, on_action.clone(), on_notice.clone());
            }
        })
    };
    let download = |ext: &'static str| {
        let (shelf, on_notice) = (shelf.clone(), props.on_notice.clone());
        Callback::from(move |_: MouseEvent| {
            let (contents, mime) = match ext {
                "csv" => (shelf.csv(), "text/csv"),
                _ => (shelf.json(), "application/json"),
            };
            if save_file(&export_name(ext), &contents, mime).is_err() {
                on_notice.emit(Some("This browser would not save the file.".to_string()));
            }
        })
    };
    let lines = use_memo(props.shelf.clone(), |s| s.0.release_lines());
    let empty = shelf.count() == 0;
    html! {
        <main
            class={classes!("collection", dragging.then_some("dragging"))}
            aria-label="Collection"
            ondragover={on_over}
            ondragleave={on_leave}
            ondrop={on_drop}
        >
            <section class="panel collection-head">
                <div class="release-head">
                    <h2>{ "Collection" }</h2>
                    <div class="actions">
                        <span class="file-button">
                            <input
                                type="file"
                                id="collection-files"
                                class="visually-hidden"
                                multiple=true
                                accept=".txt,.md,.html,.htm,.jsonl,text/plain,text/markdown,text/html"
                                onchange={on_pick}
                            />
                            <label for="collection-files" class="button">{ "Add releases" }</label>
                        </span>
                        <button type="button" class="export-csv" disabled={empty} onclick={download("csv")}>{ "Download CSV" }</button>
                        <button type="button" class="export-json" disabled={empty} onclick={download("json")}>{ "Download JSON" }</button>
                        <button type="button" class="remove-all" disabled={empty} onclick={send(ShelfAction::RemoveAll)}>{ "Remove all" }</button>
                        if let Some(label) = shelf.undo_label() {
                            <button type="button" class="undo" onclick={send(ShelfAction::Undo)}>{ label }</button>
                        }
                    </div>
                </div>
                <p class="status" role="status">{ shelf.status() }</p>
                if *dragging {
                    <p class="drop-zone" aria-hidden="true">{ "Drop the files to add them" }</p>
                }
                if empty {
                    <p class="empty">
                        { "Open or drop many releases at once (.txt, .md, .html, or .jsonl with one {\"id\", \"text\", \"published\"} a line): each is read here and kept in this browser." }
                    </p>
                } else {
                    <ReleasesTable lines={lines} on_action={props.on_action.clone()} />
                }
            </section>
            // The table of every figure and the timeline are drawn once every release is
            // read, not again for each batch of answers; each (the table a third of its
            // rows at a time) in tasks of its own after the one that took in the last
            // answers, so no one task draws them all.
            if !empty && shelf.pending.is_empty() {
                <Later tasks={1}>
                    <FiguresTable shelf={props.shelf.clone()} on_action={props.on_action.clone()} />
                </Later>
                <Later tasks={4}>
                    <Timeline shelf={props.shelf.clone()} />
                </Later>
            }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct LaterProps {
    /// How many tasks of the page to wait.
    tasks: u32,
    #[prop_or_default]
    children: Html,
}

/// Its children, drawn `tasks` tasks after it is first drawn (nothing until then): a
/// part of the view costly to draw waits for the page to have drawn what came before.
#[component]
fn Later(props: &LaterProps) -> Html {
    let ready = use_state(|| false);
    {
        let (ready, tasks) = (ready.clone(), props.tasks);
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                for _ in 0..tasks {
                    next_task().await;
                }
                ready.set(true);
            });
        });
    }
    if *ready {
        props.children.clone()
    } else {
        Html::default()
    }
}

#[derive(Properties, PartialEq)]
struct ReleasesTableProps {
    lines: Rc<Vec<crate::present::collection::page::ReleaseLine>>,
    on_action: Callback<ShelfAction>,
}

#[component]
fn ReleasesTable(props: &ReleasesTableProps) -> Html {
    // A long collection shows its first rows until the reader asks for every one: drawing
    // hundreds of rows at once holds the page up.
    let all = use_state(|| false);
    let shown = if *all { usize::MAX } else { RELEASE_ROWS };
    let more = props.lines.len().saturating_sub(shown);
    let show_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(true))
    };
    html! {
        <div class="table-wrap">
            <table class="releases">
                <colgroup>
                    <col class="name" />
                    <col class="date" />
                    <col />
                    <col />
                    <col />
                    <col class="count" />
                    <col class="count" />
                    <col class="count" />
                    <col />
                    <col class="actions" />
                </colgroup>
                <thead>
                    <tr>
                        <th scope="col">{ "Release" }</th>
                        <th scope="col">{ "Published" }</th>
                        <th scope="col">{ "Force" }</th>
                        <th scope="col">{ "Operation" }</th>
                        <th scope="col">{ "Period" }</th>
                        <th scope="col" class="num">{ "Figures" }</th>
                        <th scope="col" class="num">{ "People" }</th>
                        <th scope="col" class="num">{ "Places" }</th>
                        <th scope="col">{ "Checks" }</th>
                        <th scope="col"><span class="visually-hidden">{ "Actions" }</span></th>
                    </tr>
                </thead>
                // Half the rows first listed are drawn a task later, so listing hundreds of
                // releases is two short tasks, not one long one.
                <tbody>
                    for line in props.lines.iter().take(shown.min(RELEASE_ROWS / 2)) {
                        <ReleaseRow key={line.key} line={line.clone()} on_action={props.on_action.clone()} />
                    }
                    <Later tasks={1}>
                        for line in props.lines.iter().take(shown).skip(RELEASE_ROWS / 2) {
                            <ReleaseRow key={line.key} line={line.clone()} on_action={props.on_action.clone()} />
                        }
                    </Later>
                </tbody>
            </table>
            if more > 0 {
                <button type="button" class="show-all" onclick={show_all}>{ Shelf::more_releases(more) }</button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ReleaseRowProps {
    line: crate::present::collection::page::ReleaseLine,
    on_action: Callback<ShelfAction>,
}

/// One row of the table of releases: a component of its own, so a row whose line is
/// unchanged is not drawn again when other releases are read.
#[component]
fn ReleaseRow(props: &ReleaseRowProps) -> Html {
    let line = &props.line;
    let act = |action: ShelfAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let on_date = {
        let (on_action, key) = (props.on_action.clone(), line.key);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(ShelfAction::SetDate(key, input.value()));
        })
    };
    html! {
        <tr
            class={classes!(line.reading.then_some("reading"), line.reading_again.then_some("reading-again"))}
            aria-busy={(line.reading || line.reading_again).then_some("true")}
            data-key={line.key.to_string()}
        >
            <th scope="row" data-label="Release">{ &line.name }</th>
            if line.reading {
                <td colspan="9" class="reading-note">{ "Reading\u{2026}" }</td>
            } else {
                <td data-label="Published">
                    <input type="date" value={line.date.clone()} aria-label={line.date_label.clone()} onchange={on_date} />
                </td>
                <td data-label="Force">{ &line.force }</td>
                <td data-label="Operation">{ &line.operation }</td>
                <td data-label="Period">{ &line.period }</td>
                <td data-label="Figures" class="num">{ &line.figures }</td>
                <td data-label="People" class="num">{ &line.people }</td>
                <td data-label="Places" class="num">{ &line.places }</td>
                <td data-label="Checks">{ &line.checks }</td>
                <td class="row-actions">
                    <button type="button" class="open" aria-label={line.open_label.clone()} onclick={act(ShelfAction::Open(line.key))}>{ "Open" }</button>
                    <button type="button" class="remove" aria-label={line.remove_label.clone()} onclick={act(ShelfAction::Remove(line.key))}>{ "Remove" }</button>
                </td>
            }
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct ShelfProps {
    shelf: SharedShelf,
    #[prop_or_default]
    on_action: Callback<ShelfAction>,
}

#[component]
fn FiguresTable(props: &ShelfProps) -> Html {
    let shelf = &props.shelf.0;
    let figures = use_memo(props.shelf.clone(), |s| s.0.figure_lines());
    let (lines, page) = &*figures;
    let to_page = {
        let on_action = props.on_action.clone();
        Callback::from(move |to: usize| on_action.emit(ShelfAction::FigurePage(to)))
    };
    let filter = |field: FilterField| {
        let on_action = props.on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_action.emit(ShelfAction::Filter(field, select.value()));
        });
        let id = format!("filter-{}", field.title().to_ascii_lowercase());
        let chosen = shelf.filter_value(field);
        html! {
            <div class="filter">
                <label for={id.clone()}>{ field.title() }</label>
                <select {id} {onchange}>
                    for (selected, value, label) in shelf.filter_choices(field).into_iter().map(|(v, l)| (v == chosen, v, l)) {
                        <option {selected} {value}>{ label }</option>
                    }
                </select>
            </div>
        }
    };
    let heading = |column: Column| {
        let on_action = props.on_action.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| on_action.emit(ShelfAction::Sort(column)));
        html! {
            <th scope="col" class={classes!((column == Column::Value).then_some("num"))} aria-sort={aria_sort(shelf.sort, column)}>
                <button type="button" class="sort" {onclick}>
                    { column.title() }
                    <span class="arrow" aria-hidden="true"></span>
                </button>
            </th>
        }
    };
    html! {
        <section class="panel collection-figures" aria-labelledby="collection-figures-title">
            <h2 id="collection-figures-title">{ "Every figure" }</h2>
            <div class="filters">
                for field in FilterField::ALL {
                    { filter(field) }
                }
            </div>
            if lines.is_empty() {
                <p class="empty">{ "No figures." }</p>
            } else {
                <Pager page={*page} what="Figures" name="Pages of every figure" live=true on_page={to_page.clone()} />
                <div class="table-wrap">
                    <table class="collection-table">
                        <thead>
                            <tr>
                                for column in Column::ALL {
                                    { heading(column) }
                                }
                            </tr>
                        </thead>
                        // A page's rows, a third drawn in each of three tasks when the
                        // table is first drawn (at once after that).
                        <tbody>
                            { figure_rows(lines.iter().take(FIRST_ROWS)) }
                            <Later tasks={1}>{ figure_rows(lines.iter().skip(FIRST_ROWS).take(FIRST_ROWS)) }</Later>
                            <Later tasks={2}>{ figure_rows(lines.iter().skip(2 * FIRST_ROWS)) }</Later>
                        </tbody>
                    </table>
                </div>
                <Pager page={*page} what="Figures" name="Pages of every figure, under the table" on_page={to_page} />
            }
        </section>
    }
}

/// How many rows of the table of every figure are drawn in one task when it is first
/// drawn (a third of a page).
const FIRST_ROWS: usize = FIGURE_LIMIT / 3;

/// Rows of the table of every figure.
fn figure_rows<'a>(lines: impl Iterator<Item = &'a FigureLine>) -> Html {
    lines
        .map(|line| {
            html! {
                <tr class={classes!(line.merged.then_some("merged"))}>
                    <td data-label="Release">{ &line.release }</td>
                    <td data-label="Published">{ &line.published }</td>
                    <td data-label="Force">{ &line.force }</td>
                    <td data-label="Operation">{ &line.operation }</td>
                    <td data-label="Category">{ line.category }</td>
                    <td data-label="Item">{ &line.item }</td>
                    <td data-label="Value" class="num">{ &line.value }</td>
                    <td data-label="Unit">{ line.unit }</td>
                    <td data-label="Period">{ &line.period }</td>
                </tr>
            }
        })
        .collect()
}

#[component]
fn Timeline(props: &ShelfProps) -> Html {
    let drawn = use_memo(props.shelf.clone(), |s| s.0.timeline());
    html! {
        <section class="panel charts timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "Timeline" }</h2>
            if drawn.is_empty() {
                <p class="empty">{ "No statistics over years, financial years, halves or months to draw." }</p>
            }
            for (title, svg) in drawn.iter() {
                <figure class="chart" aria-label={title.clone()}>
                    <div class="chart-frame">
                        // Safe as HTML: `present::charts` escapes every text it draws.
                        { Html::from_html_unchecked(AttrValue::from(svg.clone())) }
                    </div>
                </figure>
            }
        </section>
    }
}
