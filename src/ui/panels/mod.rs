//! One component per panel of the page. Each takes plain props (the report is an `Rc`, so
//! an unchanged report costs one pointer comparison) and lays out its part; none formats
//! anything.

mod charts;
mod diagnostics;
mod export;
mod figures;
mod list;
mod notice;
mod people;
mod release_input;
mod source;
mod summary;

pub use charts::{ChartsPanel, ExtractionProps};
pub use diagnostics::DiagnosticsPanel;
pub use export::ExportBar;
pub use figures::FiguresPanel;
pub use list::ListPanel;
pub use notice::NoticeBar;
pub use people::PeoplePanel;
pub use release_input::ReleaseInput;
pub use source::SourcePanel;
pub use summary::SummaryPanel;

use std::rc::Rc;

use yew::Properties;

use crate::present::Report;

/// The props of a panel that shows part of one report.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Rc<Report>,
}
