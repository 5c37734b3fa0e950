//! Dates: the publication date, the period a release reports on, and the period each
//! figure belongs to.

use crate::extract::model::{Certainty, Period, Span};
use crate::extract::pipeline::Context;
use crate::extract::text::Doc;
use crate::extract::Options;

/// What the text says about time, read once before the other rules run.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// The publication date as (year, month, day); year 0 when unknown.
    pub published: Option<(i32, u32, u32)>,
    pub published_certainty: Certainty,
    /// The year the release speaks of as under way, when it can be told.
    pub current_year: Option<i32>,
    /// Byte spans of dates, years, times and the like: never figures.
    pub claimed: Vec<Span>,
}

impl Timeline {
    /// The publication date as facts/1 writes it: `YYYY-MM-DD`, or `--MM-DD`.
    pub fn published_iso(&self) -> Option<String> {
        self.published.map(|(y, m, d)| {
            if y == 0 {
                format!("--{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02}")
            }
        })
    }
}

pub fn read_timeline(_doc: &Doc, _options: &Options) -> Timeline {
    Timeline::default()
}

/// The period the release as a whole reports on.
pub fn document_period(_cx: &Context) -> Option<Period> {
    None
}

/// The period that the text ties the number at byte span `_number` to.
pub fn figure_period(_cx: &Context, _number: Span) -> Option<(String, Certainty)> {
    None
}
