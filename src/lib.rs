//! Blotter: facts from police press releases, extracted in the browser.
//!
//! [`extract`] is the core (pure Rust, no I/O); the command-line tool and the web app are
//! thin shells around it.

pub mod extract;
