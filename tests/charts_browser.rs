//! Browser tests of the charts panel and the export bar, mounted on their own with facts
//! made for the test (so an item can hold markup). Run with
//! `cargo test --target wasm32-unknown-unknown --test charts_browser`.

#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use blotter::extract::{Category, Extraction, Figure, Qualifier, Source, Unit};
use blotter::ui::panels::{ChartsPanel, ExportBar, ExportProps, ExtractionProps};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use yew::scheduler::flush;
use yew::{BaseComponent, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

fn figure(category: Category, value: f64, item: &str, period: Option<&str>) -> Figure {
    Figure {
        category,
        value,
        unit: Unit::Count,
        item: item.to_string(),
        qualifier: Qualifier::Exact,
        period: period.map(str::to_string),
        change: None,
        value_certainty: Default::default(),
        period_certainty: Default::default(),
        source: Source::default(),
    }
}

/// Mounts `COMP` with these facts into a new element, waits for the render and returns
/// the element (left on the page; each test makes its own).
async fn mount<COMP>(extraction: Extraction) -> Element
where
    COMP: BaseComponent<Properties = ExtractionProps>,
{
    let root = gloo::utils::document()
        .create_element("div")
        .expect("can create a div");
    gloo::utils::body()
        .append_child(&root)
        .expect("can attach the div");
    let props = ExtractionProps {
        extraction: Rc::new(extraction),
    };
    Renderer::<COMP>::with_root_and_props(root.clone(), props).render();
    flush().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

#[wasm_bindgen_test]
async fn charts_show_as_inline_svg_and_markup_in_an_item_stays_text() {
    let item = "<script>document.title='x'</script><img src=x onerror=alert(1)> knives";
    let x = Extraction {
        figures: vec![
            figure(Category::Knife, 4.0, item, None),
            figure(Category::Incident, 50.0, "robberies", Some("FY2021/22")),
            figure(Category::Incident, 42.0, "robberies", Some("FY2022/23")),
        ],
        ..Extraction::default()
    };
    let root = mount::<ChartsPanel>(x).await;
    assert_eq!(
        count(&root, "#charts figure svg"),
        2,
        "a bar chart and a period chart"
    );
    assert_eq!(count(&root, "#charts button.download-svg"), 2);
    assert_eq!(count(&root, "script"), 0, "no script element was made");
    assert_eq!(count(&root, "img"), 0, "no image element was made");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("<script>"), "the item shows as text: {text}");
    assert!(text.contains("FY2022/23"), "{text}");
    assert_eq!(
        count(&root, "svg[role=img][aria-label]"),
        2,
        "charts are labelled images"
    );
    let figures = root.query_selector_all("#charts figure").expect("figures");
    for i in 0..figures.length() {
        let figure: Element = figures
            .get(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok())
            .expect("a figure");
        let title = figure
            .query_selector("svg")
            .ok()
            .flatten()
            .and_then(|svg| svg.get_attribute("aria-label"))
            .expect("a labelled chart");
        let caption = figure
            .query_selector("figcaption")
            .ok()
            .flatten()
            .and_then(|c| c.text_content())
            .unwrap_or_default();
        assert!(!caption.contains(&title), "{caption:?} repeats {title:?}");
    }
}

/// Puts the page's stylesheet into the test page, once.
fn with_page_styles() {
    let document = gloo::utils::document();
    if document.get_element_by_id("app-css").is_some() {
        return;
    }
    let style = document.create_element("style").expect("a style element");
    style.set_id("app-css");
    style.set_text_content(Some(include_str!("../styles/app.css")));
    gloo::utils::head()
        .append_child(&style)
        .expect("can attach the style");
}

fn computed(element: &Element, property: &str) -> String {
    gloo::utils::window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value(property).ok())
        .unwrap_or_default()
}

fn set_theme(name: &str) {
    let root = gloo::utils::document()
        .document_element()
        .expect("a root element");
    root.set_attribute("data-theme", name)
        .expect("can set the theme");
}

fn charts_of_counts() -> Extraction {
    Extraction {
        figures: vec![
            figure(Category::Knife, 14.0, "kitchen knives and a machete", None),
            figure(Category::Incident, 320.0, "robberies", Some("FY2021/22")),
            figure(Category::Incident, 295.0, "robberies", Some("FY2022/23")),
            figure(Category::Incident, 301.0, "robberies", Some("FY2023/24")),
        ],
        ..Extraction::default()
    }
}

#[wasm_bindgen_test]
async fn a_chart_follows_the_dark_theme() {
    with_page_styles();
    let root = mount::<ChartsPanel>(charts_of_counts()).await;
    let text = root
        .query_selector("#charts svg text")
        .ok()
        .flatten()
        .expect("a text in a chart");
    let background = root
        .query_selector("#charts svg rect")
        .ok()
        .flatten()
        .expect("the chart's background");
    set_theme("light");
    let light = (computed(&text, "fill"), computed(&background, "fill"));
    set_theme("dark");
    let dark = (computed(&text, "fill"), computed(&background, "fill"));
    set_theme("");
    assert_eq!(
        light,
        ("rgb(29, 31, 35)".into(), "rgb(255, 255, 255)".into())
    );
    assert_eq!(
        dark,
        ("rgb(231, 230, 227)".into(), "rgb(30, 33, 38)".into())
    );
}

#[wasm_bindgen_test]
async fn at_a_phones_width_a_chart_shrinks_to_fit() {
    with_page_styles();
    let root = mount::<ChartsPanel>(charts_of_counts()).await;
    root.set_attribute("style", "width: 340px")
        .expect("can set the width");
    let svgs = root.query_selector_all("#charts svg").expect("charts");
    assert!(svgs.length() >= 2);
    for i in 0..svgs.length() {
        let svg: Element = svgs
            .get(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into(n).ok())
            .expect("an svg element");
        let frame = svg.parent_element().expect("the chart's frame");
        assert!(svg.client_width() <= 340, "{}", svg.client_width());
        assert!(
            svg.client_width() > 240,
            "it fills the width: {}",
            svg.client_width()
        );
        assert!(
            frame.scroll_width() <= frame.client_width(),
            "nothing scrolls out of view"
        );
        assert!(svg.has_attribute("viewBox"));
    }
}

#[wasm_bindgen_test]
async fn nothing_to_draw_shows_no_charts_panel() {
    let root = mount::<ChartsPanel>(Extraction::default()).await;
    assert_eq!(count(&root, "#charts"), 0);
}

#[wasm_bindgen_test]
async fn the_export_bar_offers_json_csv_and_the_clipboard() {
    let root = gloo::utils::document()
        .create_element("div")
        .expect("can create a div");
    gloo::utils::body()
        .append_child(&root)
        .expect("can attach the div");
    let props = ExportProps {
        extraction: Rc::new(Extraction::default()),
        empty: false,
    };
    Renderer::<ExportBar>::with_root_and_props(root.clone(), props).render();
    flush().await;
    let buttons: Vec<String> = ["download-json", "download-csv", "copy-json"]
        .iter()
        .filter_map(|c| root.query_selector(&format!("button.{c}")).ok().flatten())
        .filter_map(|b| b.text_content())
        .collect();
    assert_eq!(buttons, ["Download JSON", "Download CSV", "Copy JSON"]);
    assert_eq!(count(&root, "[role=status]"), 1, "results are announced");
}
