//! `SourcePanel`: the release's text with every fact highlighted in its colour.
//!
//! Each highlight is a `<mark>` with the fact and why it was read as an accessible label
//! and a popover shown on hover and focus (CSS, from `data-tip`; no `title`, which would
//! show a second tooltip).
//! Clicks and keys are handled once on the container (event delegation), so a long text
//! with many facts does not carry one callback per mark. Segments come ready from
//! `present::highlight`; this component only lays them out.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::Shared;

use crate::present::highlight::{picked_with, FactId, Located, SOURCE_CUT_NOTE};
use crate::present::state::{Highlights, Selection};

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub highlights: Shared<Highlights>,
    pub selected: Option<Selection>,
    /// Highlighted words were picked: the fact they belong to.
    pub on_pick: Callback<FactId>,
}

/// The legend: each highlight colour's class and what it marks. (A loop, not twelve
/// `<span>`s: each element written out costs its own code in the wasm.)
const LEGEND: [(&str, &str); 12] = [
    ("hl seized", "seized"),
    ("hl outcome", "outcome"),
    ("hl activity", "activity"),
    ("hl crime", "statistic"),
    ("hl person", "person"),
    ("hl quote", "quote"),
    ("hl place", "place"),
    ("hl organisation", "organisation"),
    ("hl contact", "contact"),
    ("hl operation", "operation"),
    ("hl period", "period"),
    ("hl unread", "number not read"),
];

/// The mark an event happened on, if any.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    let element: Element = target?.dyn_into().ok()?;
    element.closest("mark[data-i]").ok()?
}

/// The fact of the mark an event happened on, if any.
fn picked(target: Option<web_sys::EventTarget>, highlights: &Highlights) -> Option<FactId> {
    let mark = mark_of(target)?;
    let index: usize = mark.get_attribute("data-i")?.parse().ok()?;
    highlights.facts.get(index).map(|f| f.id)
}

/// The position among the segments of a mark (`data-s`).
fn segment_of(mark: &Element) -> Option<usize> {
    mark.get_attribute("data-s")?.parse().ok()
}

/// The mark the arrow keys move to from `from`: the next or previous one in the text, the
/// first (Home) or the last (End); `None` for any other key.
fn arrow_target(key: &str, from: &Element) -> Option<Element> {
    let container = from.closest(".source-text").ok()??;
    let marks = container.query_selector_all("mark[data-s]").ok()?;
    let count = marks.length();
    let at = (0..count).find(|&i| {
        marks
            .item(i)
            .is_some_and(|m| m.is_same_node(Some(from.unchecked_ref())))
    })?;
    let to = match key {
        "ArrowRight" | "ArrowDown" => (at + 1).min(count.saturating_sub(1)),
        "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        "End" => count.saturating_sub(1),
        _ => return None,
    };
    marks.item(to)?.dyn_into().ok()
}

/// A mark's classes: its colour, and when picked (or a figure of the picked check)
/// `selected` and a flash class that alternates with each pick so the animation plays again.
fn mark_classes(fact: &Located, selected: Option<Selection>) -> Classes {
    let mut classes = classes!("hl", fact.colour);
    if let Some(s) = selected.filter(|s| picked_with(fact, s.fact)) {
        classes.push("selected");
        classes.push(if s.nonce % 2 == 0 {
            "flash-a"
        } else {
            "flash-b"
        });
    }
    classes
}

#[component]
pub fn SourcePanel(props: &SourcePanelProps) -> Html {
    // The source text is one Tab stop (a roving tabindex): the mark last moved to or
    // clicked, else the picked fact's, else the first; the arrow keys move between marks.
    let roving = use_state(|| None::<usize>);
    let on_click = {
        let (highlights, on_pick, roving) = (
            props.highlights.clone(),
            props.on_pick.clone(),
            roving.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            if let Some(at) = mark_of(e.target()).as_ref().and_then(segment_of) {
                roving.set(Some(at));
            }
            if let Some(fact) = picked(e.target(), &highlights) {
                on_pick.emit(fact);
            }
        })
    };
    let on_key = {
        let (highlights, on_pick, roving) = (
            props.highlights.clone(),
            props.on_pick.clone(),
            roving.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key != "Enter" && key != " " {
                let Some(to) = mark_of(e.target()).and_then(|m| arrow_target(&key, &m)) else {
                    return;
                };
                e.prevent_default();
                roving.set(segment_of(&to));
                if let Ok(to) = to.dyn_into::<web_sys::HtmlElement>() {
                    let _ = to.focus();
                }
                return;
            }
            if let Some(fact) = picked(e.target(), &highlights) {
                e.prevent_default();
                on_pick.emit(fact);
            }
        })
    };
    let selected = props.selected;
    let h = &props.highlights;
    let marked = |at: usize| h.segments.get(at).is_some_and(|s| s.fact.is_some());
    let stop = (*roving)
        .filter(|&at| marked(at))
        .or_else(|| {
            let picked = selected?.fact;
            h.segments.iter().position(|s| {
                s.fact
                    .and_then(|i| h.facts.get(i))
                    .is_some_and(|f| f.id == picked)
            })
        })
        .or_else(|| h.segments.iter().position(|s| s.fact.is_some()));
    html! {
        <section class="panel source" id="source" role="region" aria-labelledby="source-title">
            <h2 id="source-title">{ "Source text" }</h2>
            <p class="legend" aria-hidden="true">
                for (class, label) in LEGEND {
                    <span {class}>{ label }</span>
                }
            </p>
            if h.cut {
                <p class="note">{ SOURCE_CUT_NOTE }</p>
            }
            if h.segments.is_empty() {
                <p class="empty">{ "The text you paste is shown here with its facts marked." }</p>
            } else {
                <div class="source-text" onclick={on_click} onkeydown={on_key}>
                    for (at, seg) in h.segments.iter().enumerate() {
                        if let Some((i, fact)) = seg.fact.and_then(|i| h.facts.get(i).map(|f| (i, f))) {
                            <mark
                                class={mark_classes(fact, selected)}
                                tabindex={if stop == Some(at) { "0" } else { "-1" }}
                                data-i={i.to_string()}
                                data-s={at.to_string()}
                                data-fact={fact.id.key()}
                                data-tip={fact.tip.clone()}
                                aria-label={fact.tip.clone()}
                            >{ &seg.text }</mark>
                        } else {
                            { &seg.text }
                        }
                    }
                </div>
            }
        </section>
    }
}
