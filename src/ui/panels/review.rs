//! `ReviewPanel`: where a checker stands ("12 facts, 2 corrected, 1 added, 0 numbers left
//! unread"), the steps through the numbers left unread, the picked fact's Reject and its
//! figure's fields, a form to add a fact from words of the text, the reader's corrections
//! each with its Undo, and "Mark reviewed". Every control is a labelled button or field,
//! so each correction can be made from the keyboard. Strings come from
//! `present::review`; each form's fields are this panel's until it is sent as an `Act`.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::Shared;
use crate::extract::review::{Correction, FigureEdit, Target};
use crate::extract::PlaceKind;
use crate::present::review::{
    add_number_label, category_choices, code_point_at, find_words, place_kind_choices,
    qualifier_choices, target_choices, unit_choices, Act, FigureForm, PickedFact, ReviewView,
    NOT_IN_TEXT, NO_SELECTION, PICK_NOTE, REJECTED_NOTE,
};

#[derive(Properties, PartialEq)]
pub struct ReviewPanelProps {
    pub review: Shared<ReviewView>,
    /// "Number 2 of 5: “34”, an age", when a number left unread is picked.
    pub position: String,
    pub picked: Option<PickedFact>,
    /// The picked number left unread (its words and first code point), if any.
    pub unread: Option<(String, usize)>,
    /// The text the source view shows, where added words are found.
    pub shown: Rc<str>,
    pub on_act: Callback<Act>,
}

#[derive(Properties, PartialEq)]
struct ChoiceProps {
    id: &'static str,
    label: &'static str,
    choices: Vec<(&'static str, &'static str)>,
    value: String,
    on: Callback<String>,
}

/// A labelled `<select>` of `choices` (facts/1 name, words) showing `value`, sending the
/// name chosen. The value is set on the element after each render, so the shown choice
/// is always the form's.
#[component]
fn Choice(props: &ChoiceProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                select.set_value(value);
            }
        });
    }
    let on = props.on.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        on.emit(select.value());
    });
    let id = props.id;
    html! {
        <label class="field" for={id}>
            <span>{ props.label }</span>
            <select {id} name={id} ref={node} {onchange}>
                for (name, words) in props.choices.iter() {
                    <option value={*name}>{ *words }</option>
                }
            </select>
        </label>
    }
}

/// A `<select>` of `choices` showing `value`, sending the name chosen.
fn choice(
    id: &'static str,
    label: &'static str,
    choices: Vec<(&'static str, &'static str)>,
    value: &str,
    on: Callback<String>,
) -> Html {
    html! { <Choice {id} {label} {choices} value={value.to_string()} {on} /> }
}

/// A text field showing `value`, sending what is typed.
fn field(id: &'static str, label: &'static str, value: &str, on: Callback<String>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        on.emit(input.value());
    });
    html! {
        <label class="field" for={id}>
            <span>{ label }</span>
            <input {id} name={id} type="text" value={value.to_string()} {oninput} autocomplete="off" />
        </label>
    }
}

/// The figure's fields; `prefix` keeps the ids of the two forms apart.
fn figure_fields(ids: [&'static str; 6], form: &UseStateHandle<FigureForm>) -> Html {
    let set = |f: fn(&mut FigureForm, String)| {
        let form = form.clone();
        Callback::from(move |v: String| {
            let mut next = (*form).clone();
            f(&mut next, v);
            form.set(next);
        })
    };
    html! {
        <div class="figure-fields">
            { choice(ids[0], "Category", category_choices(), &form.category, set(|f, v| f.category = v)) }
            { field(ids[1], "Value", &form.value, set(|f, v| f.value = v)) }
            { choice(ids[2], "Unit", unit_choices(), &form.unit, set(|f, v| f.unit = v)) }
            { field(ids[3], "Item", &form.item, set(|f, v| f.item = v)) }
            { choice(ids[4], "Qualifier", qualifier_choices(), &form.qualifier, set(|f, v| f.qualifier = v)) }
            { field(ids[5], "Period (2024, 2024-05, FY2023/24)", &form.period, set(|f, v| f.period = v)) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EditFormProps {
    picked: PickedFact,
    edit: FigureEdit,
    on_act: Callback<Act>,
}

/// The picked figure's fields; keyed by the fact, so another pick starts afresh.
#[component]
fn EditFigure(props: &EditFormProps) -> Html {
    let form = use_state(|| FigureForm::of(&props.edit));
    let error = use_state(String::new);
    let onsubmit = {
        let (form, error, on_act, p) = (
            form.clone(),
            error.clone(),
            props.on_act.clone(),
            props.picked.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.read() {
                Ok(edit) => {
                    error.set(String::new());
                    on_act.emit(Act::Correct(Correction::change(p.span, &p.text, edit)));
                }
                Err(message) => error.set(message.to_string()),
            }
        })
    };
    html! {
        <form class="edit-figure" aria-labelledby="edit-title" {onsubmit}>
            <h3 id="edit-title">{ "Correct this figure" }</h3>
            { figure_fields(["edit-category", "edit-value", "edit-unit", "edit-item", "edit-qualifier", "edit-period"], &form) }
            <button type="submit" class="save-figure">{ "Save the figure" }</button>
            <p class="form-error" role="alert">{ (*error).clone() }</p>
        </form>
    }
}

/// The selected words of the source text, with the code point they start at, if the
/// selection lies in it.
fn selected_words(shown: &str) -> Option<(String, usize)> {
    let document = gloo::utils::document();
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let container = document.query_selector(".source-text").ok()??;
    let start = range.start_container().ok()?;
    if !container.contains(Some(&start)) {
        return None;
    }
    let words: String = range.to_string().into();
    if words.trim().is_empty() {
        return None;
    }
    // The text before the selection, to count its UTF-16 units.
    let before = document.create_range().ok()?;
    before.set_start(&container, 0).ok()?;
    before.set_end(&start, range.start_offset().ok()?).ok()?;
    let units = String::from(before.to_string()).encode_utf16().count();
    Some((words, code_point_at(shown, units)))
}

#[component]
pub fn ReviewPanel(props: &ReviewPanelProps) -> Html {
    let review = &props.review;
    let act = |a: fn() -> Act| {
        let on_act = props.on_act.clone();
        Callback::from(move |_: MouseEvent| on_act.emit(a()))
    };
    let on_reviewed = {
        let (on_act, on) = (props.on_act.clone(), !review.reviewed);
        Callback::from(move |_: MouseEvent| on_act.emit(Act::SetReviewed(on)))
    };
    // The add form.
    let words = use_state(String::new);
    let from = use_state(|| 0usize);
    let kind = use_state(|| Target::Figure.as_str().to_string());
    let place_kind = use_state(|| PlaceKind::Other.as_str().to_string());
    let figure = use_state(|| FigureForm::from_words(""));
    let error = use_state(String::new);
    let on_words = {
        let (words, figure) = (words.clone(), figure.clone());
        Callback::from(move |v: String| {
            figure.set(FigureForm::from_words(&v));
            words.set(v);
        })
    };
    let on_selection = {
        let (words, from, figure, error, shown) = (
            words.clone(),
            from.clone(),
            figure.clone(),
            error.clone(),
            props.shown.clone(),
        );
        Callback::from(move |_: MouseEvent| match selected_words(&shown) {
            Some((w, at)) => {
                figure.set(FigureForm::from_words(&w));
                words.set(w.trim().to_string());
                // Trimmed words start after the spaces the selection began with.
                let lead = w.chars().take_while(|c| c.is_whitespace()).count();
                from.set(at + lead);
                error.set(String::new());
            }
            None => error.set(NO_SELECTION.to_string()),
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |v: String| kind.set(v))
    };
    let on_place_kind = {
        let place_kind = place_kind.clone();
        Callback::from(move |v: String| place_kind.set(v))
    };
    let on_add = {
        let (words, from, kind, place_kind, figure, error, shown, on_act) = (
            words.clone(),
            from.clone(),
            kind.clone(),
            place_kind.clone(),
            figure.clone(),
            error.clone(),
            props.shown.clone(),
            props.on_act.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(span) = find_words(&shown, &words, *from) else {
                error.set(NOT_IN_TEXT.to_string());
                return;
            };
            let target = Target::ADDABLE
                .into_iter()
                .find(|t| t.as_str() == kind.as_str())
                .unwrap_or(Target::Figure);
            let mut c = Correction::add(target, span, words.trim());
            match target {
                Target::Figure => match figure.read() {
                    Ok(f) => c.figure = Some(f),
                    Err(message) => {
                        error.set(message.to_string());
                        return;
                    }
                },
                Target::Place => {
                    c.place_kind = PlaceKind::ALL
                        .into_iter()
                        .find(|k| k.as_str() == place_kind.as_str())
                }
                _ => {}
            }
            error.set(String::new());
            words.set(String::new());
            from.set(0);
            on_act.emit(Act::Correct(c));
        })
    };
    // A picked number left unread goes into the add form as a figure, which opens.
    let details = use_node_ref();
    let take_number = props.unread.as_ref().map(|(w, at)| {
        let (words, from, kind, figure, details) = (
            words.clone(),
            from.clone(),
            kind.clone(),
            figure.clone(),
            details.clone(),
        );
        let (w, at) = (w.clone(), *at);
        Callback::from(move |_: MouseEvent| {
            figure.set(FigureForm::from_words(&w));
            words.set(w.clone());
            from.set(at);
            kind.set(Target::Figure.as_str().to_string());
            if let Some(d) = details.cast::<web_sys::Element>() {
                let _ = d.set_attribute("open", "");
            }
        })
    });
    let reject = props.picked.as_ref().map(|p| {
        let (on_act, p) = (props.on_act.clone(), p.clone());
        Callback::from(move |_: MouseEvent| {
            on_act.emit(Act::Correct(Correction::reject(p.target, p.span, &p.text)))
        })
    });
    let none_unread = review.unread.is_empty();
    html! {
        <section class="panel review" id="review" role="region" aria-labelledby="review-title">
            <h2 id="review-title">{ "Review" }</h2>
            <p class="review-line" role="status">
                { &review.line }
                if review.reviewed {
                    <span class="tag reviewed">{ "reviewed" }</span>
                }
            </p>
            <div class="actions">
                <button type="button" class="prev-unread" disabled={none_unread} onclick={act(|| Act::Step(false))}>{ "Previous number left unread" }</button>
                <button type="button" class="next-unread" disabled={none_unread} onclick={act(|| Act::Step(true))}>{ "Next number left unread" }</button>
                <button type="button" class="mark-reviewed" aria-pressed={review.reviewed.to_string()} onclick={on_reviewed}>{ "Mark reviewed" }</button>
            </div>
            <p class="unread-at" aria-live="polite">{ &props.position }</p>
            if !review.stale_note.is_empty() {
                <p class="stale-note" role="alert">{ &review.stale_note }</p>
            }
            if let Some(p) = &props.picked {
                <div class="picked-fact">
                    <p class="picked-label">{ &p.label }</p>
                    if p.rejected {
                        <p class="note">{ REJECTED_NOTE }</p>
                    } else {
                        <button type="button" class="reject" onclick={reject}>{ "Reject this fact" }</button>
                        if let Some(edit) = &p.figure {
                            <EditFigure key={p.id.key()} picked={p.clone()} edit={edit.clone()} on_act={props.on_act.clone()} />
                        }
                    }
                </div>
            } else if let (Some((w, _)), Some(onclick)) = (&props.unread, take_number) {
                <button type="button" class="add-number" {onclick}>{ add_number_label(w) }</button>
            } else {
                <p class="note">{ PICK_NOTE }</p>
            }
            <details class="add-fact" ref={details}>
            <summary id="add-title">{ "Add a fact Blotter missed" }</summary>
            <form aria-labelledby="add-title" onsubmit={on_add}>
                { field("add-words", "Words from the text", &words, on_words) }
                <button type="button" class="use-selection" onclick={on_selection}>{ "Use the words selected in the source text" }</button>
                { choice("add-kind", "Kind", target_choices(), &kind, on_kind) }
                if kind.as_str() == Target::Figure.as_str() {
                    { figure_fields(["add-category", "add-value", "add-unit", "add-item", "add-qualifier", "add-period"], &figure) }
                }
                if kind.as_str() == Target::Place.as_str() {
                    { choice("add-place-kind", "Kind of place", place_kind_choices(), &place_kind, on_place_kind) }
                }
                <button type="submit" class="add">{ "Add the fact" }</button>
                <p class="form-error" role="alert">{ (*error).clone() }</p>
            </form>
            </details>
            if !review.corrections.is_empty() {
                <h3>{ "Your corrections" }</h3>
                <ul class="corrections">
                    for (i, line) in review.corrections.iter().enumerate() {
                        <li class={classes!((!line.applies).then_some("stale"))}>
                            <span class="what">{ &line.label }</span>
                            if !line.applies {
                                <span class="tag">{ "no longer matches the text" }</span>
                            }
                            <button type="button" class="undo-correction" onclick={undo(&props.on_act, i)}>
                                { "Undo" }
                                <span class="visually-hidden">{ ": " }{ &line.label }</span>
                            </button>
                        </li>
                    }
                </ul>
            }
        </section>
    }
}

fn undo(on_act: &Callback<Act>, i: usize) -> Callback<MouseEvent> {
    let on_act = on_act.clone();
    Callback::from(move |_: MouseEvent| on_act.emit(Act::Undo(i)))
}
