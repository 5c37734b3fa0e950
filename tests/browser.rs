//! Browser tests: the app mounted in headless Chromium, driven through its DOM.
//!
//! Each test mounts `App` into a fresh element, acts as a reader would (typing into the
//! box, pressing a button), waits for Yew's scheduler to finish rendering with
//! `yew::scheduler::flush` and asserts on what the page shows. Only the debounce test
//! waits on a clock, because time is what it tests. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser`.

#![cfg(target_arch = "wasm32")]

use blotter::present::kept::{Kept, KEPT_KEY};
use blotter::present::SAMPLE_RELEASE;
use blotter::ui::panels::Shared;
use blotter::ui::{App, AppProps};
use gloo::storage::{LocalStorage, Storage};
use gloo::timers::future::TimeoutFuture;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, Event, EventInit, HtmlButtonElement, HtmlElement, HtmlInputElement,
    HtmlTextAreaElement, InputEvent, InputEventInit,
};
use yew::scheduler::flush;
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// A release written for these tests, in a different force's style from the sample.
const CANAL_PATROLS: &str = include_str!("fixtures/canal_patrols.txt");

/// The app on the page, and the element it was mounted in.
struct Mounted {
    root: Element,
    handle: Option<AppHandle<App>>,
}

impl Mounted {
    /// Mounts the app into a new element and waits for its first render.
    async fn new(props: AppProps) -> Mounted {
        let document = gloo::utils::document();
        let root = document.create_element("div").expect("can create a div");
        gloo::utils::body()
            .append_child(&root)
            .expect("can attach the div");
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        flush().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    /// The app with no storage and no pause, so each edit is read as soon as it renders.
    /// Every app here reads inline (`worker: false`): the worker's script is part of the
    /// built site, which the end-to-end tests cover.
    async fn immediate() -> Mounted {
        Mounted::new(AppProps {
            debounce_ms: 0,
            persist: false,
            worker: false,
            embed: None,
        })
        .await
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).ok().flatten()
    }

    /// The text of the first element matching `selector`, or "" when there is none.
    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// The text of every element matching `selector`.
    fn texts(&self, selector: &str) -> Vec<String> {
        let Ok(list) = self.root.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.text_content())
            .collect()
    }

    fn textarea(&self) -> HtmlTextAreaElement {
        self.find("textarea")
            .expect("the page has a textarea")
            .dyn_into()
            .expect("it is a textarea")
    }

    /// Replaces the text in the box as typing or pasting does, and waits for the render.
    async fn type_text(&self, text: &str) {
        let area = self.textarea();
        area.set_value(text);
        let init = InputEventInit::new();
        init.set_bubbles(true);
        let event =
            InputEvent::new_with_event_init_dict("input", &init).expect("can make an input event");
        area.dispatch_event(&event).expect("can dispatch the event");
        flush().await;
    }

    async fn click(&self, selector: &str) {
        let button: HtmlButtonElement = self
            .find(selector)
            .expect("the button exists")
            .dyn_into()
            .expect("it is a button");
        button.click();
        flush().await;
    }

    /// Clicks any element (a row, a mark) and waits for the render.
    async fn click_on(&self, selector: &str) {
        let element: HtmlElement = self
            .find(selector)
            .unwrap_or_else(|| panic!("{selector} exists"))
            .dyn_into()
            .expect("it is an HTML element");
        element.click();
        flush().await;
    }

    /// The `data-row` of every figures row, in table order.
    fn figure_rows(&self) -> Vec<String> {
        let Ok(list) = self.root.query_selector_all("#figures tbody tr[data-row]") else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("data-row"))
            .collect()
    }

    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.find(selector)?.get_attribute(name)
    }

    fn date_input(&self) -> HtmlInputElement {
        self.find("#release-date")
            .expect("the page has a date field")
            .dyn_into()
            .expect("it is an input")
    }

    fn has_class(&self, selector: &str, class: &str) -> bool {
        self.find(selector)
            .is_some_and(|e| e.class_name().split_whitespace().any(|c| c == class))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

#[wasm_bindgen_test]
fn shared_props_are_equal_only_when_they_are_the_same_value() {
    let report = Shared(Rc::new(vec!["46 knives"]));
    let cases = [
        (report.clone(), true),
        // An equal value made again is a new reading: the panel renders it again.
        (Shared(Rc::new(vec!["46 knives"])), false),
        (Shared(Rc::new(vec!["12 arrests"])), false),
    ];
    for (other, same) in cases {
        assert_eq!(report == other, same, "{:?}", *other);
    }
}

#[wasm_bindgen_test]
async fn the_app_opens_with_the_sample_release_in_a_labelled_box() {
    let app = Mounted::immediate().await;
    assert_eq!(app.text("h1"), "Blotter");
    assert!(
        app.text(".privacy").contains("Nothing leaves your browser"),
        "the page says where the text goes"
    );
    assert_eq!(app.textarea().value(), SAMPLE_RELEASE);
    let label = app
        .find("label[for=release-text]")
        .expect("the box has a label");
    assert_eq!(label.text_content().unwrap_or_default(), "Press release");
    for panel in [
        "#summary",
        "#operations",
        "#source",
        "#figures",
        "#people",
        "#places",
        "#contacts",
    ] {
        assert!(app.find(panel).is_some(), "the {panel} panel is shown");
    }
    assert!(
        !app.text(".summary-line").is_empty(),
        "the summary line is shown"
    );
}

#[wasm_bindgen_test]
async fn the_sample_release_shows_its_knives_and_its_detective() {
    let app = Mounted::immediate().await;
    let rows = app.texts("#figures tbody tr");
    assert!(
        rows.iter().any(|r| r.contains("46") && r.contains("knife")),
        "a figures row for the 46 knives: {rows:?}"
    );
    let people = app.text("#people");
    assert!(people.contains("Helen Marsh"), "{people}");
    assert!(people.contains("Detective Chief Inspector"), "{people}");
}

#[wasm_bindgen_test]
async fn typing_a_release_shows_its_facts() {
    let app = Mounted::immediate().await;
    app.type_text(CANAL_PATROLS).await;
    assert_eq!(app.textarea().value(), CANAL_PATROLS);
    assert!(!app.has_class(".results", "stale"), "the facts were read");
    let rows = app.texts("#figures tbody tr");
    assert!(
        rows.iter().any(|r| r.contains("27") && r.contains("knife")),
        "a figures row for the 27 knives: {rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("£3,400") && r.contains("cash")),
        "a figures row for the cash: {rows:?}"
    );
    let people = app.text("#people");
    assert!(
        people.contains("Ravi Okonjo") && people.contains("Superintendent"),
        "{people}"
    );
    assert!(
        people.contains("The towpaths belong"),
        "his words are shown: {people}"
    );
    assert!(app.text("#contacts").contains("0800 555 111"));
    assert!(app.text("#operations").contains("Tidewater"));
}

#[wasm_bindgen_test]
async fn an_emptied_box_explains_why_there_are_no_facts() {
    let app = Mounted::immediate().await;
    app.type_text("").await;
    let notes = app.text("#diagnostics");
    assert!(
        notes.contains("empty"),
        "the empty-text note is shown: {notes:?}"
    );
    assert_eq!(app.text(".summary-line"), "No facts found yet.");
    assert_eq!(app.texts("#figures tbody tr").len(), 0);
    assert_eq!(app.text("#figures .empty"), "No figures found.");
}

#[wasm_bindgen_test]
async fn the_buttons_clear_the_box_and_bring_the_sample_back() {
    let app = Mounted::immediate().await;
    app.click("button.clear").await;
    assert_eq!(app.textarea().value(), "");
    assert!(app.text("#diagnostics").contains("empty"));
    app.click("button.sample").await;
    assert_eq!(app.textarea().value(), SAMPLE_RELEASE);
    assert!(
        app.find("#diagnostics").is_none(),
        "no notes for the sample"
    );
}

#[wasm_bindgen_test]
async fn a_release_is_read_on_every_key() {
    let app = Mounted::new(AppProps {
        debounce_ms: 40,
        persist: false,
        worker: false,
        embed: None,
    })
    .await;
    app.type_text("Officers in Hull made three arrests.").await;
    flush().await;
    assert!(
        !app.has_class(".results", "stale"),
        "a short text is read without waiting for a pause"
    );
    assert!(app.text("#places").contains("Hull"));
}

#[wasm_bindgen_test]
async fn a_long_text_waits_for_a_pause_in_typing() {
    let app = Mounted::new(AppProps {
        debounce_ms: 40,
        persist: false,
        worker: false,
        embed: None,
    })
    .await;
    let long = "Officers in Hull made three arrests.\n".repeat(700);
    assert!(long.len() > blotter::present::input::READ_EVERY_KEY);
    app.type_text(&long).await;
    assert!(
        app.has_class(".results", "stale"),
        "results are marked out of date"
    );
    // Read once typing pauses (40 ms here); the loop is a guard against a page that
    // never reads, not a time the page must meet.
    for _ in 0..200 {
        TimeoutFuture::new(10).await;
        flush().await;
        if !app.has_class(".results", "stale") {
            break;
        }
    }
    assert!(!app.has_class(".results", "stale"));
    assert!(app.text("#places").contains("Hull"));
}

/// Waits until local storage's value at `key` is one `done` accepts, as the page writes
/// it in tasks of its own; gives up after about two seconds (a guard against a page that
/// never writes, not a time the page must meet), and the test's assertions then say what
/// is there.
async fn stored_when(key: &str, done: impl Fn(Option<&str>) -> bool) {
    for _ in 0..200 {
        let value = LocalStorage::raw().get_item(key).ok().flatten();
        if done(value.as_deref()) {
            return;
        }
        TimeoutFuture::new(10).await;
    }
}

#[wasm_bindgen_test]
async fn the_text_and_date_survive_a_reload() {
    let kept = Kept {
        text: "Officers in Hull made three arrests.".into(),
        date: Some("2026-01-12".into()),
        ..Kept::default()
    };
    LocalStorage::raw()
        .set_item(KEPT_KEY, &kept.to_json())
        .expect("can store");
    {
        let app = Mounted::new(AppProps {
            debounce_ms: 0,
            persist: true,
            worker: false,
            embed: None,
        })
        .await;
        assert_eq!(app.textarea().value(), kept.text);
        assert_eq!(app.date_input().value(), "2026-01-12");
        app.type_text("Two men were charged in Leeds.").await;
        // The page keeps the work in tasks of its own, after the facts are shown.
        stored_when(KEPT_KEY, |v| v.is_some_and(|v| v.contains("Leeds"))).await;
    }
    let stored = LocalStorage::raw()
        .get_item(KEPT_KEY)
        .expect("can read")
        .expect("the edit was stored");
    let back = Kept::parse(&stored).expect("the page wrote what it reads");
    assert_eq!(back.text, "Two men were charged in Leeds.");
    assert_eq!(back.date.as_deref(), Some("2026-01-12"));

    // Clear's undo survives a reload too (in the same test: the tests share storage).
    let persisted = || AppProps {
        debounce_ms: 0,
        persist: true,
        worker: false,
        embed: None,
    };
    {
        let app = Mounted::new(persisted()).await;
        assert_eq!(app.textarea().value(), back.text);
        app.click("button.clear").await;
        assert_eq!(app.textarea().value(), "");
        stored_when(blotter::ui::hooks::UNDO_KEY, |v| v.is_some()).await;
        stored_when(KEPT_KEY, |v| v.is_some_and(|v| !v.contains("Leeds"))).await;
    }
    let app = Mounted::new(persisted()).await;
    flush().await;
    assert_eq!(app.textarea().value(), "");
    assert_eq!(app.text("button.undo"), "Undo clear");
    app.click("button.undo").await;
    assert_eq!(app.textarea().value(), back.text);
    stored_when(blotter::ui::hooks::UNDO_KEY, |v| v.is_none()).await;
    let undo = LocalStorage::raw().get_item(blotter::ui::hooks::UNDO_KEY);
    assert_eq!(undo.ok().flatten(), None, "an undo used is no longer kept");
    drop(app);
    LocalStorage::delete(KEPT_KEY);
}

#[wasm_bindgen_test]
async fn damaged_kept_work_shows_a_message_and_the_sample() {
    LocalStorage::raw()
        .set_item(KEPT_KEY, "{not what the page wrote")
        .expect("can store");
    let app = Mounted::new(AppProps {
        debounce_ms: 0,
        persist: true,
        worker: false,
        embed: None,
    })
    .await;
    assert_eq!(app.textarea().value(), SAMPLE_RELEASE);
    let notice = app.text(".notice");
    assert!(notice.contains("could not be read"), "{notice:?}");
    app.click("button.dismiss").await;
    assert!(
        app.find(".notice").is_none(),
        "the message can be dismissed"
    );
    LocalStorage::delete(KEPT_KEY);
}

#[wasm_bindgen_test]
async fn figures_are_grouped_and_sort_by_a_heading() {
    let app = Mounted::immediate().await;
    let groups: Vec<String> = {
        let list = app
            .root
            .query_selector_all("#figures tbody[data-group]")
            .expect("query");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("data-group"))
            .collect()
    };
    assert_eq!(
        groups,
        ["seized", "outcome", "activity"],
        "the sample's groups in order"
    );
    let th = "#figures thead th:first-child";
    assert_eq!(app.attr(th, "aria-sort").as_deref(), Some("none"));
    let text_order = app.figure_rows();
    app.click("#figures thead th:first-child button").await;
    assert_eq!(app.attr(th, "aria-sort").as_deref(), Some("ascending"));
    let seized_values = app.texts("#figures tbody[data-group=seized] tr[data-row] td.num");
    let numbers: Vec<f64> = seized_values
        .iter()
        .map(|v| {
            v.chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
                .parse()
                .unwrap_or(0.0)
        })
        .collect();
    let mut sorted = numbers.clone();
    sorted.sort_by(f64::total_cmp);
    assert_eq!(
        numbers, sorted,
        "seized values ascending: {seized_values:?}"
    );
    app.click("#figures thead th:first-child button").await;
    assert_eq!(app.attr(th, "aria-sort").as_deref(), Some("descending"));
    let mut down = app.figure_rows();
    assert_ne!(down, text_order);
    down.sort();
    let mut all = text_order.clone();
    all.sort();
    assert_eq!(down, all, "sorting keeps every row");
}

#[wasm_bindgen_test]
async fn clicking_a_figure_flashes_its_words_and_clicking_words_selects_the_row() {
    let app = Mounted::immediate().await;
    let row = app
        .figure_rows()
        .into_iter()
        .find(|r| app.text(&format!("tr[data-row=\"{r}\"]")).contains("46"))
        .expect("a row for the 46 knives");
    app.click(&format!("tr[data-row=\"{row}\"] button")).await;
    let mark = format!("mark[data-fact=\"{row}\"]");
    assert!(app.has_class(&mark, "selected"), "its words are marked");
    assert!(app.has_class(&mark, "flash-a"), "and flash");
    assert!(app.text(&mark).contains("46 knives"), "{}", app.text(&mark));
    assert!(app.has_class(&format!("tr[data-row=\"{row}\"]"), "selected"));
    // A second pick flashes again (the class alternates so the animation restarts).
    app.click(&format!("tr[data-row=\"{row}\"] button")).await;
    assert!(app.has_class(&mark, "flash-b"));

    // Words of another fact, picked in the source, select that fact's row.
    let other = app
        .figure_rows()
        .into_iter()
        .find(|r| *r != row)
        .expect("another figure");
    app.click_on(&format!("mark[data-fact=\"{other}\"]")).await;
    assert!(app.has_class(&format!("tr[data-row=\"{other}\"]"), "selected"));
    assert!(!app.has_class(&format!("tr[data-row=\"{row}\"]"), "selected"));
    let tip = app
        .attr(&format!("mark[data-fact=\"{other}\"]"), "data-tip")
        .unwrap_or_default();
    assert!(
        tip.contains("read as") && !tip.contains('<'),
        "the tooltip says in words why the fact was read: {tip}"
    );
    assert_eq!(
        app.attr(&format!("mark[data-fact=\"{other}\"]"), "tabindex")
            .as_deref(),
        Some("0")
    );
}

#[wasm_bindgen_test]
async fn every_fact_is_highlighted_and_the_text_is_whole() {
    let app = Mounted::immediate().await;
    assert_eq!(
        app.text(".source-text"),
        SAMPLE_RELEASE,
        "the source shows the text exactly"
    );
    for colour in ["seized", "outcome", "person", "contact", "operation"] {
        assert!(
            app.find(&format!(".source-text mark.{colour}")).is_some(),
            "a {colour} highlight"
        );
    }
    app.click_on(".source-text mark.person").await;
    assert!(
        app.find("#people .person.selected").is_some(),
        "the person card is selected"
    );
}

#[wasm_bindgen_test]
async fn a_new_publication_date_reads_the_facts_again() {
    let app = Mounted::immediate().await;
    assert_eq!(app.date_input().value(), "2026-03-18");
    let input = app.date_input();
    input.set_value("2025-11-02");
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).expect("event"))
        .expect("dispatch");
    flush().await;
    assert_eq!(app.date_input().value(), "2025-11-02");
    let published = app.text("#summary .published");
    assert!(published.contains("2 November 2025"), "{published}");
}

#[wasm_bindgen_test]
async fn clear_can_be_undone() {
    let app = Mounted::immediate().await;
    assert!(app.find("button.undo").is_none());
    app.click("button.clear").await;
    assert_eq!(app.textarea().value(), "");
    app.click("button.undo").await;
    assert_eq!(app.textarea().value(), SAMPLE_RELEASE);
    assert!(app.find("button.undo").is_none());
}

#[wasm_bindgen_test]
async fn contacts_link_safely() {
    let app = Mounted::immediate().await;
    let phone = app
        .find("#contacts a[href=\"tel:0800555111\"]")
        .expect("the Crimestoppers number is a tel: link");
    assert_eq!(phone.text_content().unwrap_or_default(), "0800 555 111");
}

/// Presses `key` on `element` as the keyboard does (a bubbling `keydown`).
async fn press(element: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("can make a key event");
    element
        .dispatch_event(&event)
        .expect("can dispatch the key");
    flush().await;
}

#[wasm_bindgen_test]
async fn the_source_text_is_one_tab_stop_and_arrows_move_between_facts() {
    let app = Mounted::immediate().await;
    let stops = app.texts("#source mark[tabindex=\"0\"]");
    assert_eq!(stops.len(), 1, "one Tab stop in the source text: {stops:?}");
    let marks = app.texts("#source mark").len();
    assert!(marks > 10, "{marks} marks");
    let first = app.find("#source mark[tabindex=\"0\"]").expect("a stop");
    first
        .clone()
        .dyn_into::<HtmlElement>()
        .expect("an element")
        .focus()
        .expect("can focus");
    press(&first, "ArrowRight").await;
    let focused = gloo::utils::document()
        .active_element()
        .expect("something has focus");
    assert_eq!(focused.tag_name(), "MARK");
    assert!(!focused.is_same_node(Some(&first)), "the focus moved on");
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(app.texts("#source mark[tabindex=\"0\"]").len(), 1);
    press(&focused, "Home").await;
    let back = gloo::utils::document().active_element().expect("focus");
    assert!(
        back.is_same_node(Some(&first)),
        "Home goes to the first fact"
    );

    // Enter picks the fact; Escape lets go of it.
    press(&back, "Enter").await;
    assert!(
        app.find("#source mark.selected").is_some(),
        "Enter picks the fact"
    );
    press(&back, "Escape").await;
    assert!(
        app.find("#source mark.selected").is_none(),
        "Escape unselects"
    );
}

#[wasm_bindgen_test]
async fn the_sample_can_be_undone_and_exports_wait_for_a_text() {
    let app = Mounted::immediate().await;
    app.type_text("Officers in Hull made three arrests.").await;
    app.click("button.sample").await;
    assert_eq!(app.textarea().value(), SAMPLE_RELEASE);
    assert_eq!(app.text("button.undo"), "Undo sample");
    app.click("button.undo").await;
    assert_eq!(
        app.textarea().value(),
        "Officers in Hull made three arrests."
    );
    let json: HtmlButtonElement = app
        .find("button.download-json")
        .expect("export")
        .dyn_into()
        .expect("a button");
    assert!(!json.disabled());
    app.click("button.clear").await;
    assert!(json.disabled(), "nothing to export from an empty box");
}

/// A release written for this test: one claim that holds and one that does not.
const BURGLARY_CLAIMS: &str = include_str!("fixtures/burglary_claims.txt");

#[wasm_bindgen_test]
async fn the_checks_panel_shows_each_claim_and_picking_one_marks_its_words() {
    let app = Mounted::immediate().await;
    app.type_text(BURGLARY_CLAIMS).await;
    let heading = app.text("#checks .checks-line");
    assert_eq!(heading, "2 claims checked: 1 holds, 1 does not add up");
    let verdicts = app.texts("#checks li.check .verdict");
    assert_eq!(verdicts.len(), 2, "{verdicts:?}");
    // Each verdict has a sign and words, not colour alone.
    assert!(verdicts
        .iter()
        .any(|v| v.contains('\u{2713}') && v.contains("holds")));
    assert!(verdicts
        .iter()
        .any(|v| v.contains('\u{2717}') && v.contains("does not add up")));
    let wrong = app
        .find("#checks li.check.inconsistent")
        .expect("the claim that does not add up");
    let row = wrong
        .get_attribute("data-row")
        .expect("the row names its check");
    assert!(app
        .text(&format!("li[data-row=\"{row}\"] .claim"))
        .contains("fell from 652"));
    assert!(app
        .text(&format!("li[data-row=\"{row}\"] .working"))
        .contains("731 − 652"));

    app.click(&format!("li[data-row=\"{row}\"] button")).await;
    assert!(app.has_class(&format!("li[data-row=\"{row}\"]"), "selected"));
    let mark = format!("mark[data-fact=\"{row}\"]");
    assert!(app.has_class(&mark, "selected"), "its words are marked");
    assert!(app.text(&mark).contains("fell from"), "{}", app.text(&mark));
    // The figures it used are marked with it.
    let marked = app.texts(".source-text mark.selected");
    assert!(marked.iter().any(|m| m.contains("652")), "{marked:?}");
    assert!(marked.iter().any(|m| m.contains("731")), "{marked:?}");
    assert!(!marked.iter().any(|m| m.contains("212")), "{marked:?}");

    // And the other way: the claim's words, picked in the source, select its row.
    let other = app
        .find("#checks li.check.consistent")
        .and_then(|e| e.get_attribute("data-row"))
        .expect("the claim that holds");
    app.click_on(&format!("mark[data-fact=\"{other}\"]")).await;
    assert!(app.has_class(&format!("li[data-row=\"{other}\"]"), "selected"));
}

/// Written for this test: a figure, an age and a number that counts nothing named.
const REVIEWED: &str = "Officers in Ashcombe seized 31 knives. A man, 52, was held. \
                        There were 9 in the car park.";

#[wasm_bindgen_test]
async fn numbers_left_unread_are_marked_and_a_rejected_figure_leaves_the_chart() {
    let app = Mounted::immediate().await;
    app.type_text(REVIEWED).await;
    // Each number left unread is a mark of its own, with its reason as its label.
    let age = app
        .find("mark.hl.unread[data-tip=\"not read: an age\"]")
        .expect("the age is marked");
    assert_eq!(age.text_content().as_deref(), Some("52"));
    assert!(app
        .find("mark.hl.unread[aria-label=\"not read: not sure what this counts\"]")
        .is_some());
    assert!(
        app.text(".review-line").ends_with("2 numbers left unread"),
        "{}",
        app.text(".review-line")
    );
    app.click(".next-unread").await;
    assert!(app.text(".unread-at").starts_with("Number 1 of 2"));
    assert!(app.has_class("mark.hl.unread[data-tip=\"not read: an age\"]", "selected"));

    // Pick the knives in the table, then reject them: struck through, out of the chart.
    app.click_on("#figures tbody tr[data-row] .fact-link").await;
    assert!(app.text(".picked-label").contains("31"));
    assert!(app.text("#charts").contains("knives"));
    app.click(".reject").await;
    assert!(app.has_class("#figures tbody tr[data-row]", "rejected"));
    assert!(app.find("mark.hl.rejected").is_some());
    assert!(!app.text("#charts").contains("knives"));
    assert!(app.text(".corrections").contains("Rejected figure"));
    // Undo brings it back.
    app.click(".undo-correction").await;
    assert!(!app.has_class("#figures tbody tr[data-row]", "rejected"));
    assert!(app.text("#charts").contains("knives"));
}
