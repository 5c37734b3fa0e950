//! `PeoplePanel`: each person named, with rank, role and what they said.

use yew::prelude::*;

use super::figures::select;
use super::Shared;
use crate::present::highlight::FactId;
use crate::present::Report;

#[derive(Properties, PartialEq)]
pub struct PeoplePanelProps {
    pub report: Shared<Report>,
    /// The picked fact, if any (a quote's id picks its quote).
    pub selected: Option<FactId>,
    pub on_select: Callback<FactId>,
}

#[component]
pub fn PeoplePanel(props: &PeoplePanelProps) -> Html {
    let people = &props.report.people;
    let picked = |id: FactId| (props.selected == Some(id)).then_some("selected");
    html! {
        <section class="panel people" id="people" role="region" aria-labelledby="people-title">
            <h2 id="people-title">{ "People" }</h2>
            if people.is_empty() {
                <p class="empty">{ "No people found." }</p>
            }
            for person in people.iter() {
                <article class={classes!("person", picked(person.id), person.origin)} data-row={person.id.key()} title={person.hint.clone()}>
                    <h3>
                        if let Some(rank) = &person.rank {
                            <span class="rank">{ rank }</span>
                        }
                        <button type="button" class="fact-link name" onclick={select(&props.on_select, person.id)}>
                            { &person.name }
                        </button>
                    </h3>
                    if let Some(role) = &person.role {
                        <p class="role">{ role }</p>
                    }
                    for (j, quote) in person.quotes.iter().enumerate() {
                        <blockquote
                            class={classes!(picked(person.quote_id(j)))}
                            data-row={person.quote_id(j).key()}
                            tabindex="0"
                            role="button"
                            onclick={select(&props.on_select, person.quote_id(j))}
                            onkeydown={select_on_key(&props.on_select, person.quote_id(j))}
                        >{ quote }</blockquote>
                    }
                    if person.more_quotes > 0 {
                        <p class="more">{ more_quotes(person.more_quotes) }</p>
                    }
                </article>
            }
        </section>
    }
}

/// "And 1,204 more quotes, in the JSON and CSV exports."
fn more_quotes(n: usize) -> String {
    let n = crate::present::view::format_number(n as f64);
    format!("And {n} more quotes, in the JSON and CSV exports.")
}

/// A key handler that picks `fact` on Enter or Space.
fn select_on_key(on_select: &Callback<FactId>, fact: FactId) -> Callback<KeyboardEvent> {
    let on_select = on_select.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            on_select.emit(fact);
        }
    })
}
