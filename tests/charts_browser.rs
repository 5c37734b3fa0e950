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
