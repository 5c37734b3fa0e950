//! `PeoplePanel`: each person named, with rank, role and what they said.

use yew::prelude::*;

use super::ReportProps;

#[component]
pub fn PeoplePanel(props: &ReportProps) -> Html {
    let people = &props.report.people;
    html! {
        <section class="panel people" id="people">
            <h2>{ "People" }</h2>
            if people.is_empty() {
                <p class="empty">{ "No people found." }</p>
            }
            for person in people.iter() {
                <article class="person" title={person.hint.clone()}>
                    <h3>
                        if let Some(rank) = &person.rank {
                            <span class="rank">{ rank }</span>
                        }
                        <span class="name">{ &person.name }</span>
                    </h3>
                    if let Some(role) = &person.role {
                        <p class="role">{ role }</p>
                    }
                    for quote in person.quotes.iter() {
                        <blockquote>{ quote }</blockquote>
                    }
                </article>
            }
        </section>
    }
}
