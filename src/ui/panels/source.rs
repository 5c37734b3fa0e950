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

use crate::present::highlight::{FactId, Located, SOURCE_CUT_NOTE};
use crate::present::state::{Highlights, Selection};

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub highlights: Shared<Highlights>,
    pub selected: Option<Selection>,
    /// Highlighted words were picked: the fact they belong to.
    pub on_pick: Callback<FactId>,
}

/// The legend: each highlight colour's class and what it marks. (A loop, not eleven
/// `<span>`s: each element written out costs its own code in the wasm.)
const LEGEND: [(&str, &str); 11] = [
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
];

/// The fact of the mark an event happened on, if any.
fn picked(target: Option<web_sys::EventTarget>, highlights: &Highlights) -> Option<FactId> {
    let element: Element = target?.dyn_into().ok()?;
    let mark = element.closest("mark[data-i]").ok()??;
    let index: usize = mark.get_attribute("data-i")?.parse().ok()?;
    highlights.facts.get(index).map(|f| f.id)
}

/// A mark's classes: its colour, and when picked `selected` and a flash class that
/// alternates with each pick so the animation plays again.
fn mark_classes(fact: &Located, selected: Option<Selection>) -> Classes {
    let mut classes = classes!("hl", fact.colour);
    if let Some(s) = selected.filter(|s| s.fact == fact.id) {
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
    let on_click = {
        let (highlights, on_pick) = (props.highlights.clone(), props.on_pick.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(fact) = picked(e.target(), &highlights) {
                on_pick.emit(fact);
            }
        })
    };
    let on_key = {
        let (highlights, on_pick) = (props.highlights.clone(), props.on_pick.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" && e.key() != " " {
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
                    for seg in h.segments.iter() {
                        if let Some((i, fact)) = seg.fact.and_then(|i| h.facts.get(i).map(|f| (i, f))) {
                            <mark
                                class={mark_classes(fact, selected)}
                                tabindex="0"
                                data-i={i.to_string()}
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
