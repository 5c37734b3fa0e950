//! Dates: the publication date, the period a release reports on, and the period each
//! figure belongs to.
//!
//! `scan` finds every mention of time once (`read_timeline`); the publication date, the
//! current year and the claimed spans come from those mentions, and so do the document's
//! period (`period`) and each figure's period (`attach`).

mod attach;
pub mod calendar;
mod lexicon;
pub(crate) mod period;
mod published;
pub mod scan;

#[cfg(test)]
mod tests;

use crate::extract::lexicon::countries::release_countries;
use crate::extract::lexicon::{words, WordList};
use crate::extract::model::{Certainty, Period, Span};
use crate::extract::pipeline::Context;
use crate::extract::text::Doc;
use crate::extract::Options;

use calendar::Ymd;
use scan::{Lead, Mention, When, YearRef};

/// What the text says about time, read once before the other rules run.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// The publication date as (year, month, day); year 0 when unknown.
    pub published: Option<(i32, u32, u32)>,
    pub published_certainty: Certainty,
    /// Where the text states the publication date, when it does.
    pub published_span: Option<Span>,
    /// The year the release speaks of as under way, when it can be told.
    pub current_year: Option<i32>,
    /// Byte spans of dates, years, times and the like: never figures.
    pub claimed: Vec<Span>,
    /// Every mention of time, in text order.
    pub mentions: Vec<Mention>,
    /// The release is from a country whose financial year runs July to June.
    pub july_financial: bool,
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

/// Reads every mention of time, the publication date and the current year.
pub fn read_timeline(doc: &Doc, options: &Options) -> Timeline {
    let july_financial = release_countries(doc).july_financial_year();
    let mentions = scan::mentions(doc, if july_financial { 7 } else { 4 });
    let mut tl = Timeline {
        claimed: mentions.iter().map(|m| m.span).collect(),
        ..Timeline::default()
    };
    if let Some(d) = options.published.as_deref().and_then(parse_iso) {
        tl.published = Some((d.y, d.m, d.d));
        tl.published_certainty = Certainty::Stated;
    }
    if let Some(found) = published::find(doc, &mentions) {
        if tl.published.is_none() {
            tl.published = Some((found.date.y, found.date.m, found.date.d));
            tl.published_certainty = found.certainty;
        }
        if !found.event {
            tl.published_span = Some(found.span);
        }
    }
    // The `date 2022-11-30` marker is not part of the release: claim the word too.
    if doc.is(0, "date") {
        if let (Some(t), Some(s)) = (doc.tokens.first(), tl.published_span) {
            tl.claimed.push(Span::new(t.start, s.end));
        }
    }
    tl.current_year = match tl.published {
        Some((y, _, _)) if y != 0 => Some(y),
        _ => current_year(doc, &mentions),
    };
    tl.mentions = scan::join_relative_year_ranges(doc, mentions, tl.current_year);
    tl.july_financial = july_financial;
    tl
}

/// `YYYY-MM-DD` as a date.
fn parse_iso(s: &str) -> Option<Ymd> {
    let mut parts = s.trim().splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    let date = Ymd::new(y, m, d);
    (y != 0 && date.is_valid()).then_some(date)
}

/// Without a publication date, the current year is the latest year the text speaks of as
/// under way ("in the first six months of 2021", "so far in 2021"), or else the year after
/// the latest year it names as over ("the whole of 2015"), or else, when the text speaks of
/// this year so far ("year-to-date", "so far this year"), the latest year it names.
fn current_year(doc: &Doc, ms: &[Mention]) -> Option<i32> {
    let under_way = ms
        .iter()
        .filter_map(|m| match m.when {
            When::Half(YearRef::Abs(y), 1) | When::ToDate(YearRef::Abs(y)) => Some(y),
            _ => None,
        })
        .max();
    let after_whole = || {
        ms.iter()
            .filter_map(|m| match (m.when, m.lead) {
                (When::Year(y), Lead::Whole) => Some(y + 1),
                _ => None,
            })
            .max()
    };
    under_way
        .or_else(after_whole)
        .or_else(|| latest_named(doc, ms))
}

/// Words before a year that make it a deadline or a target, not a year the text reports on.
static TARGET_WORDS: WordList = words!["by", "until", "till", "before", "beyond", "from"];

/// When the text speaks of this year so far, the latest year it names as one it reports on
/// ("Easter 2021 ... 78 deaths to date this year"): not a base of comparison, nor a target.
fn latest_named(doc: &Doc, ms: &[Mention]) -> Option<i32> {
    let so_far = ms
        .iter()
        .any(|m| matches!(m.when, When::ToDate(YearRef::This)));
    if !so_far {
        return None;
    }
    ms.iter()
        .filter(|m| m.lead == Lead::Plain)
        .filter(|m| {
            m.first
                .checked_sub(1)
                .is_none_or(|p| !TARGET_WORDS.iter().any(|w| doc.is(p, w)))
        })
        .filter_map(|m| match m.when {
            When::Year(y) | When::Month(y, _) | When::Financial(y) => Some(y),
            When::Day(d, _) => Some(d.y),
            _ => None,
        })
        .filter(|&y| y != 0)
        .max()
}

/// The period the release as a whole reports on.
pub fn document_period(cx: &Context) -> Option<Period> {
    period::find(&cx.doc, &cx.timeline)
}

/// The period tied to the number at byte span `number`, without a `Context`: for tests and
/// tools. `document_period` is the byte span of the release's period, if any.
pub fn period_of_number(
    doc: &Doc,
    timeline: &Timeline,
    document_period: Option<Span>,
    number: Span,
) -> Option<(String, Certainty)> {
    attach::period_for(doc, timeline, document_period, number)
}

/// Whether token `x`, a number, is the base of a comparison ("down from 2,890",
/// "compared with 570"): a count of another period than the one the sentence reports.
pub fn is_base_number(doc: &Doc, x: usize) -> bool {
    attach::is_base_number(doc, x)
}

/// The statistics period a release names in its opening paragraphs, if any.
pub fn opening_period(cx: &Context) -> Option<String> {
    attach::opening_period(&cx.doc, &cx.timeline)
}

/// The period that the text ties the number at byte span `number` to.
pub fn figure_period(cx: &Context, number: Span) -> Option<(String, Certainty)> {
    let doc_period = cx.out.period.as_ref().map(|p| p.source.span);
    attach::period_for(&cx.doc, &cx.timeline, doc_period, number)
}
