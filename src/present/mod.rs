//! What the page shows, as plain Rust: the app's state and reducer, and the view models
//! that turn an [`Extraction`](crate::extract::Extraction) into rows of text.
//!
//! This module is not behind `cfg(target_arch = "wasm32")` on purpose. It has no web
//! crates in it, so `cargo test` checks the state transitions and every formatting choice
//! natively and quickly; `crate::ui` (wasm32 only) adds the Yew glue (`impl Reducible`, the
//! components) and keeps its `html!` free of logic by reading these view models.

pub mod charts;
pub mod checks;
pub mod collection;
pub mod embed;
pub mod export;
pub mod highlight;
pub mod html;
pub mod input;
pub mod kept;
pub mod paging;
pub mod reason;
pub mod review;
pub mod state;
pub mod table;
pub mod view;

pub use state::{Action, State};
pub use view::Report;

/// The release the box holds on a first visit: written for Blotter (fictional people,
/// operation and charity), in the style of a UK police press release.
pub const SAMPLE_RELEASE: &str = include_str!("sample_release.txt");

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_page;
