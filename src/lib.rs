//! Blotter: facts from police press releases, extracted in the browser.
//!
//! [`extract`] is the core (pure Rust, no I/O); the command-line tool and the web app are
//! thin shells around it.

pub mod extract;
pub mod present;

/// The functions JavaScript calls (the page's reader and the ES module API); wasm32 only.
#[cfg(target_arch = "wasm32")]
pub mod api;

/// The Yew app; it exists only in the browser build.
#[cfg(target_arch = "wasm32")]
pub mod ui;
