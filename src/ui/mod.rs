//! The Yew app: the page around the extraction core (wasm32 only).
//!
//! `state` makes the pure reducer of `crate::present` a Yew reducer, `hooks` holds the
//! timers and storage, `app` lays out the page, and `panels` has one component per panel.
//! Components receive plain view models (`crate::present::view`) and only lay them out.

pub mod app;
pub mod files;
pub mod hooks;
pub mod panels;
pub mod state;

pub use app::{App, AppProps};

/// Renders the app into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::with_props(yew::props!(AppProps {})).render();
}
