//! One component per panel of the page. Each takes plain props (the report is `Shared`, so
//! an unchanged report costs one pointer comparison) and lays out its part; none formats
//! anything.

mod charts;
mod checks;
mod diagnostics;
mod export;
mod figures;
mod list;
mod notice;
mod pager;
mod people;
mod release_input;
mod review;
mod source;
mod summary;

pub use charts::{ChartsPanel, ExtractionProps};
pub use checks::ChecksPanel;
pub use diagnostics::DiagnosticsPanel;
pub use export::{ExportBar, ExportProps};
pub use figures::FiguresPanel;
pub use list::ListPanel;
pub use notice::NoticeBar;
pub use pager::Pager;
pub use people::PeoplePanel;
pub use release_input::ReleaseInput;
pub use review::ReviewPanel;
pub use source::SourcePanel;
pub use summary::SummaryPanel;

use std::ops::Deref;
use std::rc::Rc;

use yew::{html, Callback, Html, MouseEvent, Properties};

use crate::present::Report;

/// The props of a panel that shows part of one report.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Shared<Report>,
}

/// A button that does `onclick`: `<button type="button" class={class}>{ label }</button>`.
/// The page has several; built here once, each costs a call rather than its own copy of
/// the element's code in the wasm.
#[inline(never)]
pub fn action_button(
    class: &'static str,
    label: &'static str,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! { <button type="button" {class} {onclick}>{ label }</button> }
}

/// A part of the state handed to panels, compared by pointer. The state makes a new `Rc`
/// whenever it reads the facts again and never changes one in place, so the same pointer
/// means the same value; comparing the values instead would cost a deep comparison of the
/// report, the highlights or the facts (and its code) on every render.
/// (`tests/browser.rs` checks both cases.)
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
