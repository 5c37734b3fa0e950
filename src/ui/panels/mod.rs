//! One component per panel of the page. Each takes the report (an `Rc`, so an unchanged
//! report costs one pointer comparison) and lays out its part; none formats anything.

mod charts;
mod diagnostics;
mod export;
mod figures;
mod list;
mod operations;
mod people;
mod release_input;
mod summary;

pub use charts::{ChartsPanel, ExtractionProps};
pub use diagnostics::DiagnosticsPanel;
pub use export::ExportBar;
pub use figures::FiguresPanel;
pub use list::ListPanel;
pub use operations::OperationsPanel;
pub use people::PeoplePanel;
pub use release_input::ReleaseInput;
pub use summary::SummaryPanel;

use std::rc::Rc;

use yew::Properties;

use crate::present::Report;

/// The props of a panel that shows part of one report.
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Rc<Report>,
}
