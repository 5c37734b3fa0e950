//! The Yew app: the page around the extraction core (wasm32 only).
//!
//! `state` makes the pure reducer of `crate::present` a Yew reducer, `hooks` holds the
//! timers and storage, `app` lays out the page, and `panels` has one component per panel.
//! Components receive plain view models (`crate::present::view`) and only lay them out.

pub mod app;
pub mod collection;
pub mod embed;
pub mod files;
pub mod hooks;
pub mod panels;
pub mod reader;
pub mod state;

pub use app::{App, AppProps};

/// The id of the element the app renders into (`index.html`).
pub const ROOT_ID: &str = "blotter-app";

/// Renders the app into `#blotter-app`, as a widget when the URL asks (`?embed`). Does
/// nothing where there is no such element: in the page's worker, and on a host page that
/// imports the JavaScript API.
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID))
    else {
        return;
    };
    let embed = embed::from_location();
    let props = yew::props!(AppProps {
        persist: embed.is_none(),
        embed,
    });
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
