//! Blotter: facts from police press releases, extracted in the browser.
//!
//! [`extract`] is the core (pure Rust, no I/O); the command-line tool and the web app are
//! thin shells around it.

pub mod extract;
pub mod present;

/// The Yew app; it exists only in the browser build.
#[cfg(target_arch = "wasm32")]
pub mod ui;
