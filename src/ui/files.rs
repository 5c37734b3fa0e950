//! Saving and copying what the page exports: a file download made from a Blob, and the
//! clipboard. Both stay inside the browser; nothing is sent anywhere.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::Array;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `contents` as a file named `name` of type `mime`: a Blob, an object URL and a
/// temporary `<a download>` clicked once. The URL is revoked a moment later, once the
/// browser has started the download.
pub fn save_file(name: &str, contents: &str, mime: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    gloo::utils::body().append_child(&link)?;
    link.click();
    link.remove();
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `text` on the clipboard; resolves to an error when the browser refuses (no
/// permission, the page not focused, or no clipboard at all).
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    if clipboard.is_undefined() {
        return Err(JsValue::from_str("no clipboard"));
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
}
