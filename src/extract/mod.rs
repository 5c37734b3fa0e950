//! The extraction core: a press release's text in, facts/1 out.
//!
//! Pure Rust with no I/O and no web crates, so the same code runs in the page (wasm32) and
//! in the command-line tool. It never fails: odd input gives fewer facts and a diagnostic.

pub mod checks;
pub mod decimal;
pub mod facts;
pub mod lexicon;
pub mod model;
mod pipeline;
pub mod review;
pub mod sorting;
pub mod text;

pub use model::*;

/// What the caller knows beyond the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The publication date as `YYYY-MM-DD`; when set it overrides what the text says.
    pub published: Option<String>,
}

impl Options {
    pub fn published(date: &str) -> Options {
        Options {
            published: Some(date.to_string()),
        }
    }
}

/// Reads one release. Offsets in the result are Unicode code points of `text`.
pub fn extract(text: &str, options: &Options) -> Extraction {
    pipeline::run(text, options)
}

pub use facts::figure::reject::Rejection;
pub use facts::figure::Explained;

/// What became of every number in one release: the figure it was read as, or the named
/// rejection that turned it down. Offsets are Unicode code points of `text`.
pub fn explain(text: &str, options: &Options) -> Vec<Explained> {
    pipeline::explain(text, options)
}
