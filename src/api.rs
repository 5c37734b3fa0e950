//! The functions the JavaScript side calls: the page's reader (`static/worker.js`) and
//! the ES module API (`static/blotter.js`). wasm32 only.
//!
//! Both return facts/1 as JSON text, made by the same `Extraction::to_json` as the
//! command-line tool, so `extract()` in JavaScript, the page's export and
//! `blotter extract` agree byte for byte. JavaScript turns the text into an object.

use wasm_bindgen::prelude::*;

use crate::extract::{extract, Options};
use crate::present::input::is_iso_date;

/// The facts of `text` as facts/1 JSON. `published` (`YYYY-MM-DD`) overrides the date the
/// text states; anything else in it is ignored, as the page's date field does.
///
/// ```js
/// const facts = JSON.parse(extract_json("Officers seized 12 knives.", "2026-03-02"));
/// ```
#[wasm_bindgen]
pub fn extract_json(text: &str, published: Option<String>) -> String {
    let options = Options {
        published: published.filter(|d| is_iso_date(d)),
    };
    extract(text, &options).to_json()
}
