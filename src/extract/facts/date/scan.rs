//! Finds every mention of time in a release: dates, ranges, months, years, financial
//! years, halves, times of day, relative words ("yesterday", "last year") and durations.
//!
//! One pass over the tokens finds the atoms; a second joins neighbours into ranges
//! ("from November 9 to 15"), weekdays with dates ("Monday, 21 November") and relative
//! words with the date in brackets ("today (July 26)"); a third notes the word that leads
//! each mention ("since", "compared with").

use crate::extract::lexicon::{words, WordList};

use super::calendar::{days_in_month, Ymd};
use super::lexicon::*;
use crate::extract::model::Span;
use crate::extract::text::{Doc, TokenKind};

/// Which year a relative phrase speaks of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearRef {
    Abs(i32),
    This,
    Last,
}

/// Relative words that need a reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    Today,
    Yesterday,
    Tonight,
    LastNight,
    Weekend,
    ThisWeek,
    LastWeek,
    ThisYear,
    LastYear,
    /// "the previous year", "the year before": one before the year just named.
    PreviousYear,
    ThisMonth,
    LastMonth,
    ThisFinancialYear,
    LastFinancialYear,
}

/// What a mention of time means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// One day; the weekday when the text names it.
    Day(Ymd, Option<u32>),
    /// A range of days as stated.
    Days(Ymd, Ymd),
    /// A month; year 0 when unknown.
    Month(i32, u32),
    /// A month of a relative year: "in August last year", "in March this year".
    MonthOf(YearRef, u32),
    /// From the first day of one month to the last day of another.
    Months(Ymd, Ymd),
    Year(i32),
    Years(i32, i32),
    /// A financial year by its first calendar year (2021 = 2021/22).
    Financial(i32),
    /// A half year: 1 or 2.
    Half(YearRef, u32),
    /// A year so far.
    ToDate(YearRef),
    /// A weekday named alone ("on Thursday", "Friday night").
    Weekday(u32),
    Rel(Rel),
    /// A time of day: "6pm", "18:30".
    Clock,
    /// A length of time tied to the calendar: "the past 12 months", "two weeks ago".
    Duration,
    /// Anything else date-like: "12/5", "13th", "the 1990s".
    Other,
}

impl When {
    /// Whether the mention names one day or a range of days.
    pub fn is_day_level(&self) -> bool {
        matches!(self, When::Day(..) | When::Days(..))
    }

    /// The calendar year a period of a stated year ends in.
    pub fn end_year(&self) -> Option<i32> {
        match *self {
            When::Year(y) | When::Half(YearRef::Abs(y), _) | When::ToDate(YearRef::Abs(y)) => {
                Some(y)
            }
            When::Financial(y) => Some(y + 1),
            When::Months(_, b) | When::Days(_, b) if b.y != 0 => Some(b.y),
            _ => None,
        }
    }
}

/// The word in front of a mention that changes what it is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lead {
    #[default]
    Plain,
    /// "since April 2019": a period open at its end.
    Since,
    /// "on the previous year", "than 2011", "compared with 2019": the base of a comparison.
    Base,
    /// "starting today", "from Monday": the start of something without a stated end.
    Start,
    /// "the whole of 2015": a year spoken of as over.
    Whole,
}

/// One mention of time in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte span of the words.
    pub span: Span,
    /// Token range `[first, end)`.
    pub first: usize,
    pub end: usize,
    pub when: When,
    pub lead: Lead,
}

/// Finds every mention of time, in text order, without overlaps. `fy_first_month` is the
/// month a financial year starts in where the release is from (4 in the UK, 7 in Australia).
pub fn mentions(doc: &Doc, fy_first_month: u32) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some((end, when)) = atom(doc, i) {
            let end = end.max(i + 1).min(n);
            out.push(make(doc, i, end, when));
            i = end;
        } else {
            i += 1;
        }
    }
    let out = financial_quarters(doc, out, fy_first_month);
    let out = join_month_of_year(doc, out);
    let out = join_weekdays(doc, out);
    let out = join_brackets(doc, out);
    let out = join_ranges(doc, out);
    let mut out = join_day_lists(doc, out);
    for m in &mut out {
        week_commencing(doc, m);
        m.lead = lead(doc, m);
        widen_range_words(doc, m);
    }
    out
}

/// "the week commencing 13 May", "week beginning Monday 13 May", "w/c 13 May": seven days
/// from the date.
fn week_commencing(doc: &Doc, m: &mut Mention) {
    let When::Day(d, _) = m.when else { return };
    let Some(p) = m.first.checked_sub(1) else {
        return;
    };
    let week = if word_in(doc, p, &["commencing", "beginning", "starting"]) {
        p.checked_sub(1).filter(|&q| word_in(doc, q, &["week"]))
    } else if word_in(doc, p, &["c"]) && punct(doc, p.wrapping_sub(1), "/") {
        p.checked_sub(2).filter(|&q| word_in(doc, q, &["w"]))
    } else {
        None
    };
    if let Some(q) = week {
        if let Some(t) = doc.tokens.get(q) {
            m.when = When::Days(d, d.plus_days(6));
            m.first = q;
            m.span.start = t.start;
        }
    }
}

fn make(doc: &Doc, first: usize, end: usize, when: When) -> Mention {
    let start = doc.tokens.get(first).map_or(0, |t| t.start);
    let stop = doc
        .tokens
        .get(end.saturating_sub(1))
        .map_or(start, |t| t.end)
        .max(start);
    Mention {
        span: Span::new(start, stop),
        first,
        end,
        when,
        lead: Lead::Plain,
    }
}

// ---------------------------------------------------------------------------------------
// Token helpers.

fn word<'a>(doc: &Doc<'a>, i: usize) -> Option<&'a str> {
    let t = doc.tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.tok(i))
}

fn punct(doc: &Doc, i: usize, chars: &str) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct && chars.contains(doc.tok(i)))
}

fn is_dash(doc: &Doc, i: usize) -> bool {
    punct(doc, i, "-\u{2013}\u{2014}\u{2012}")
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn lower_word(doc: &Doc, i: usize) -> bool {
    word(doc, i).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
}

fn word_in(doc: &Doc, i: usize, list: &'static [&'static str]) -> bool {
    word(doc, i).is_some_and(|w| in_list(w, list))
}

/// A plain run of digits (no inner separators) and its value.
pub fn plain_number(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = doc.tok(i);
    if s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().map(|v| (v, s.len()))
}

fn year_number(doc: &Doc, i: usize) -> Option<i32> {
    match plain_number(doc, i)? {
        (v @ 1900..=2099, 4) => Some(v as i32),
        _ => None,
    }
}

fn ordinal_suffix(doc: &Doc, i: usize) -> bool {
    doc.glued(i) && word_in(doc, i, &["st", "nd", "rd", "th"])
}

/// A day of the month: "9", "9th"; returns the day and the token after it.
fn day_number(doc: &Doc, i: usize) -> Option<(u32, usize, bool)> {
    let (d, len) = plain_number(doc, i)?;
    if !(1..=31).contains(&d) || len > 2 {
        return None;
    }
    if ordinal_suffix(doc, i + 1) {
        Some((d, i + 2, true))
    } else if word(doc, i + 1).is_some() && doc.glued(i + 1) {
        // "9am", "6ft": glued letters make it something else.
        None
    } else {
        Some((d, i + 1, false))
    }
}

/// A month name: "November", "Nov", "Sept."; returns the month and the token after it.
fn month_word(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let w = word(doc, i)?;
    if !doc.shape(i).upper_first {
        return None;
    }
    let m = lookup(w, &MONTHS)?;
    let full = w.len() > 4 || same_word(w, "may") || same_word(w, "june") || same_word(w, "july");
    if !full && punct(doc, i + 1, ".") && doc.glued(i + 1) {
        Some((m, i + 2))
    } else {
        Some((m, i + 1))
    }
}

fn same_word(a: &str, b: &str) -> bool {
    crate::extract::text::same_word(a, b)
}

fn weekday_word(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let w = word(doc, i)?;
    if !doc.shape(i).upper_first {
        return None;
    }
    let d = lookup(w, &WEEKDAYS)?;
    if w.len() <= 5 && !w.to_ascii_lowercase().ends_with("day") {
        // An abbreviation ("Thu", "Sat"): only in front of a date.
        let mut j = i + 1;
        if punct(doc, j, ".") {
            j += 1;
        }
        if punct(doc, j, ",") {
            j += 1;
        }
        if day_number(doc, j).is_none() && month_word(doc, j).is_none() {
            return None;
        }
        let end = if punct(doc, i + 1, ".") { i + 2 } else { i + 1 };
        return Some((d, end));
    }
    Some((d, i + 1))
}

/// An optional year after a day or month: "2023", ", 2023".
fn trailing_year(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = year_number(doc, i) {
        return Some((y, i + 1));
    }
    if punct(doc, i, ",") {
        if let Some(y) = year_number(doc, i + 1) {
            return Some((y, i + 2));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Atoms.

/// The first shape that reads a date starting at token `i`, in this order of trust:
/// `iso_date`, `financial_year`, `numeric_date`, `clock_time`, `day_month`, `month_day`,
/// `month_year`, `duration`, `half_year`, `relative`, `year_alone`, `month_alone`,
/// `weekday_alone`, `day_ordinal`.
///
/// Every shape starts with a number or a word, so the token's kind picks the shapes worth
/// trying (in the same order); and the three month shapes all start with a month name,
/// read once here.
fn atom(doc: &Doc, i: usize) -> Option<(usize, When)> {
    match doc.tokens.get(i)?.kind {
        TokenKind::Punct => None,
        TokenKind::Number => iso_date(doc, i)
            .or_else(|| financial_year(doc, i))
            .or_else(|| numeric_date(doc, i))
            .or_else(|| clock_time(doc, i))
            .or_else(|| day_month(doc, i))
            .or_else(|| duration(doc, i))
            .or_else(|| year_alone(doc, i))
            .or_else(|| day_ordinal(doc, i)),
        TokenKind::Word => {
            let month = month_word(doc, i).is_some();
            financial_year(doc, i)
                .or_else(|| month.then(|| month_day(doc, i)).flatten())
                .or_else(|| month.then(|| month_year(doc, i)).flatten())
                .or_else(|| duration(doc, i))
                .or_else(|| half_year(doc, i))
                .or_else(|| quarter_label(doc, i))
                .or_else(|| relative(doc, i))
                .or_else(|| month.then(|| month_alone(doc, i)).flatten())
                .or_else(|| weekday_alone(doc, i))
        }
    }
}

/// `2022-11-30`
fn iso_date(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let y = year_number(doc, i)?;
    if !(is_dash(doc, i + 1) && doc.glued(i + 1) && doc.glued(i + 2)) {
        return None;
    }
    let (m, ml) = plain_number(doc, i + 2)?;
    if !(punct(doc, i + 3, "-") && doc.glued(i + 3) && doc.glued(i + 4)) || ml > 2 {
        return None;
    }
    let (d, dl) = plain_number(doc, i + 4)?;
    let date = Ymd::new(y, m, d);
    (dl <= 2 && date.is_valid()).then_some((i + 5, When::Day(date, None)))
}

/// `2019/20`, `2019-20`, `2019/2020`, `FY2021/22`, `FY 2021-22`.
fn financial_year(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (y, at) = match word(doc, i) {
        Some(w) if w.len() == 6 && w.get(..2).is_some_and(|f| f.eq_ignore_ascii_case("fy")) => {
            (w.get(2..)?.parse::<i32>().ok()?, i + 1)
        }
        Some(w) if same_word(w, "fy") => (year_number(doc, i + 1)?, i + 2),
        _ => (year_number(doc, i)?, i + 1),
    };
    let fy_word = at != i + 1 || word_in(doc, i.wrapping_sub(1), &["fy"]);
    let slash = punct(doc, at, "/");
    if !(slash || is_dash(doc, at)) || !doc.glued(at) || !doc.glued(at + 1) {
        return None;
    }
    let (next, len) = plain_number(doc, at + 1)?;
    let next = next as i32;
    let short = len == 2 && next == (y + 1) % 100;
    let long = len == 4 && next == y + 1;
    if !(short || long) {
        return None;
    }
    // "the 2015/2016 program", "the 2012-13 campaign", "the 2004/2005 Christmas period": a
    // season across the new year, not a financial year; its days are not said.
    let season = word_in(
        doc,
        at + 2,
        &[
            "campaign",
            "campaigns",
            "program",
            "programme",
            "christmas",
            "festive",
            "holiday",
            "holidays",
            "winter",
            "season",
        ],
    );
    let financial = slash || short || fy_word || preceded_by_financial(doc, i);
    if season && !fy_word && !preceded_by_financial(doc, i) {
        Some((at + 2, When::Other))
    } else if financial {
        Some((at + 2, When::Financial(y)))
    } else {
        Some((at + 2, When::Years(y, next)))
    }
}

fn preceded_by_financial(doc: &Doc, i: usize) -> bool {
    i >= 2 && word_in(doc, i - 2, &["financial", "fiscal"]) && word_in(doc, i - 1, &["year"])
}

/// `12/5`, `6/9/2023`, `24.11.2023`: claimed; a value only when day and month can be told.
fn numeric_date(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = doc.tok(i);
    if s.matches('.').count() == 2 {
        let parts: Vec<&str> = s.split('.').collect();
        return dmy(&parts).map(|w| (i + 1, w));
    }
    let (a, al) = plain_number(doc, i)?;
    if al > 2 || !(punct(doc, i + 1, "/") && doc.glued(i + 1) && doc.glued(i + 2)) {
        return None;
    }
    let (b, bl) = plain_number(doc, i + 2)?;
    if bl > 2 || a == 0 || b == 0 || a > 31 || b > 31 || (a > 12 && b > 12) {
        return None;
    }
    if punct(doc, i + 3, "/") && doc.glued(i + 3) && doc.glued(i + 4) {
        if let Some((_, cl)) = plain_number(doc, i + 4) {
            if cl == 2 || cl == 4 {
                let parts = [doc.tok(i), doc.tok(i + 2), doc.tok(i + 4)];
                return Some((i + 5, dmy(&parts).unwrap_or(When::Other)));
            }
        }
    }
    // "12/5", "24/7": date-like, with no value to give.
    Some((i + 3, When::Other))
}

/// Day, month and year in digits; only a day above 12 tells the order apart.
fn dmy(parts: &[&str]) -> Option<When> {
    let [a, b, c] = parts else { return None };
    let a: u32 = a.parse().ok()?;
    let b: u32 = b.parse().ok()?;
    let mut y: i32 = c.parse().ok()?;
    if c.len() == 2 {
        y += 2000;
    } else if c.len() != 4 {
        return None;
    }
    if a == 0 || b == 0 || a > 31 || b > 31 {
        return None;
    }
    let date = if a > 12 && b <= 12 {
        Ymd::new(y, b, a)
    } else if b > 12 && a <= 12 {
        Ymd::new(y, a, b)
    } else {
        return Some(When::Other);
    };
    Some(if date.is_valid() {
        When::Day(date, None)
    } else {
        When::Other
    })
}

/// `6pm`, `3.30pm`, `6 p.m.`, `18:30`, `1800hrs`, `six o'clock`.
fn clock_time(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = doc.tok(i);
    let mut j = i + 1;
    let mut hhmm = false;
    if punct(doc, j, ":") && doc.glued(j) && doc.glued(j + 1) {
        let (mm, ml) = plain_number(doc, j + 1)?;
        if ml != 2 || mm > 59 {
            return None;
        }
        hhmm = true;
        j += 2;
        // "08:00:41": seconds.
        if punct(doc, j, ":") && doc.glued(j) && doc.glued(j + 1) {
            if let Some((ss, 2)) = plain_number(doc, j + 1) {
                if ss <= 59 {
                    j += 2;
                }
            }
        }
    }
    let hour_like = {
        let (h, rest) = s.split_once('.').unwrap_or((s, "00"));
        let ok_h = h.parse::<u32>().is_ok_and(|h| h <= 24) && h.len() <= 2;
        let ok_m = rest.len() == 2 && rest.parse::<u32>().is_ok_and(|m| m <= 59);
        ok_h && ok_m && !s.contains(',')
    };
    if word_in(doc, j, &["noon", "midday", "midnight"]) && hour_like {
        return Some((j + 1, When::Clock));
    }
    if let Some(end) = am_pm(doc, j) {
        return (hour_like).then_some((end, When::Clock));
    }
    if hhmm && hour_like {
        return Some((j, When::Clock));
    }
    // "at 10.30", "at around 9.15": a dotted time after "at".
    let at = i.checked_sub(1).is_some_and(|p| {
        word_in(doc, p, &["at"])
            || (word_in(doc, p, &["around", "about", "approximately"])
                && p.checked_sub(1).is_some_and(|q| word_in(doc, q, &["at"])))
    });
    if at && s.contains('.') && hour_like {
        return Some((j, When::Clock));
    }
    // "1800hrs", "0930 hours" with four digits.
    if s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && word_in(doc, j, &["hrs", "hours", "hr", "h"])
        && s[..2].parse::<u32>().is_ok_and(|h| h <= 23)
        && s[2..].parse::<u32>().is_ok_and(|m| m <= 59)
        && (doc.glued(j) || s.starts_with('0') || s.ends_with("00"))
        && !word_in(
            doc,
            i.wrapping_sub(1),
            &["for", "over", "within", "than", "last", "past"],
        )
    {
        return Some((j + 1, When::Clock));
    }
    if word_in(doc, j, &["o'clock", "o"]) && hour_like {
        if word_in(doc, j, &["o"]) {
            // "o'clock" splits into "o", "'", "clock".
            if punct(doc, j + 1, "'\u{2019}") && word_in(doc, j + 2, &["clock"]) {
                return Some((j + 3, When::Clock));
            }
            return None;
        }
        return Some((j + 1, When::Clock));
    }
    None
}

/// "am", "pm", "a.m.", "p.m." at token `j`; returns the token after.
fn am_pm(doc: &Doc, j: usize) -> Option<usize> {
    let w = word(doc, j)?;
    if in_list(w, &["am", "pm"]) {
        return Some(j + 1);
    }
    if in_list(w, &["a", "p"])
        && punct(doc, j + 1, ".")
        && doc.glued(j + 1)
        && word_in(doc, j + 2, &["m"])
        && doc.glued(j + 2)
    {
        let end = if punct(doc, j + 3, ".") && doc.glued(j + 3) {
            j + 4
        } else {
            j + 3
        };
        return Some(end);
    }
    None
}

/// `21 November`, `6th September 2023`, `30th of March`, `30th, Mar`.
fn day_month(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (d, mut j, suffix) = day_number(doc, i)?;
    if suffix && (word_in(doc, j, &["of"]) || punct(doc, j, ",")) {
        j += 1;
    }
    let (m, mut j) = month_word(doc, j)?;
    let mut y = 0;
    if let Some((yy, e)) = trailing_year(doc, j) {
        y = yy;
        j = e;
    } else if let Some(yy) = bracketed_short_year(doc, j) {
        y = yy;
        j += 1;
    }
    let date = Ymd::new(y, m, d);
    date.is_valid().then_some((j, When::Day(date, None)))
}

/// A two-digit year that closes a bracketed date, as newswire archives print them: the
/// "00" of "[28 JUN 00]". Years 00 to 69 are this century, 70 to 99 the last.
fn bracketed_short_year(doc: &Doc, j: usize) -> Option<i32> {
    let (yy, len) = plain_number(doc, j)?;
    if len != 2 || !punct(doc, j + 1, "]") || !doc.glued(j + 1) {
        return None;
    }
    let yy = yy as i32;
    Some(if yy < 70 { 2000 + yy } else { 1900 + yy })
}

/// `November 9`, `Sept. 6, 2023`, `May 13th`.
fn month_day(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (m, j) = month_word(doc, i)?;
    let (d, mut k, suffix) = day_number(doc, j)?;
    // "In May 12 people were arrested": a day must not run into a counted noun.
    if !suffix && lower_word(doc, k) && !word_in(doc, k, &DAY_AFTER_OK) {
        return None;
    }
    let mut y = 0;
    if let Some((yy, e)) = trailing_year(doc, k) {
        y = yy;
        k = e;
    }
    let date = Ymd::new(y, m, d);
    date.is_valid().then_some((k, When::Day(date, None)))
}

/// Lower-case words that may follow "May 13" and leave it a date.
static DAY_AFTER_OK: WordList = words![
    "to",
    "and",
    "until",
    "till",
    "through",
    "at",
    "in",
    "on",
    "when",
    "the",
    "this",
    "last",
    "during",
    "with",
    "while",
    "as",
    "across",
    "between",
    "from",
    "after",
    "before",
    "into",
    "around",
    "near",
    "outside",
    "inside",
    "where",
    "that",
    "which",
    "by",
    "for",
    "of",
    "or",
    "but",
    "police",
    "officers",
    "a",
    "an",
    "there",
    "was",
    "were",
    "is",
    "saw",
    "had",
    "inclusive",
];

/// `March 2019`, `March of 2019`.
fn month_year(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (m, mut j) = month_word(doc, i)?;
    if word_in(doc, j, &["of"]) {
        j += 1;
    }
    let y = year_number(doc, j)?;
    Some((j + 1, When::Month(y, m)))
}

/// A month named alone ("in March"); an abbreviation or "May" needs a word in front.
fn month_alone(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let w = word(doc, i)?;
    let (m, j) = month_word(doc, i)?;
    let before = i
        .checked_sub(1)
        .is_some_and(|p| word_in(doc, p, &MONTH_BEFORE));
    // An abbreviation alone is more often a name ("Jan Smith") than a month.
    let full = lookup(w, &MONTHS).is_some()
        && (w.len() >= 5 || ["may", "june", "july"].iter().any(|x| same_word(w, x)));
    if !full || (w.len() < 5 && !before) {
        return None;
    }
    // "March" at the start of a sentence may be the verb.
    if !before && same_word(w, "march") {
        return None;
    }
    Some((j, When::Month(0, m)))
}

static MONTH_BEFORE: WordList = words![
    "in",
    // "a month-long June campaign".
    "long",
    "during",
    "since",
    "from",
    "until",
    "till",
    "of",
    "last",
    "this",
    "early",
    "mid",
    "late",
    "end",
    "throughout",
    "between",
    "by",
    "and",
    "to",
    "through",
    "next",
    "for",
    "before",
    "after",
    "each",
    "every",
];

/// A four-digit year, where the words around it say it is one.
fn year_alone(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let y = year_number(doc, i)?;
    let prev = i.checked_sub(1);
    // Money or a name: "£2019", "Operation 2020".
    if prev.is_some_and(|p| {
        punct(doc, p, "£$€#") && doc.glued(i)
            || word_in(doc, p, &["operation", "op", "number", "no"])
    }) {
        return None;
    }
    // "the Misuse of Drugs Act 1971", "the Firearms Act, 1968": part of a name.
    let act = |p: usize| word_in(doc, p, &ACT_WORDS) && word(doc, p).is_some_and(capitalised);
    if prev.is_some_and(|p| act(p) || (punct(doc, p, ",") && p.checked_sub(1).is_some_and(act))) {
        return Some((i + 1, When::Other));
    }
    // "the 1990s", "2020s".
    if word_in(doc, i + 1, &["s"]) && doc.glued(i + 1) {
        return Some((i + 2, When::Other));
    }
    if punct(doc, i + 1, "%") || (word(doc, i + 1).is_some() && doc.glued(i + 1)) {
        return None;
    }
    let strong = prev.is_some_and(|p| word_in(doc, p, &STRONG_YEAR_BEFORE));
    let after_ok = match word(doc, i + 1) {
        None => true,
        Some(w) => !lower_word(doc, i + 1) || in_list(w, &YEAR_AFTER_OK),
    };
    let weak = prev.is_none_or(|p| {
        word_in(doc, p, &YEAR_BEFORE) || word(doc, p).is_none() || capitalised(doc.tok(p))
    });
    (strong || (weak && after_ok)).then_some((i + 1, When::Year(y)))
}

/// Words after which a four-digit number is always a year.
static STRONG_YEAR_BEFORE: WordList = words![
    "in",
    "since",
    "during",
    "throughout",
    "until",
    "till",
    "of",
    "year",
    "calendar",
    "summer",
    "spring",
    "autumn",
    "winter",
    "early",
    "mid",
    "late",
];

/// A weekday named alone: "on Thursday", "Friday night".
fn weekday_alone(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (d, mut j) = weekday_word(doc, i)?;
    if word_in(
        doc,
        j,
        &["night", "morning", "afternoon", "evening", "lunchtime"],
    ) {
        j += 1;
    }
    Some((j, When::Weekday(d)))
}

/// A day ordinal alone: "the 13th". Larger ordinals ("3000th arrest") are left alone.
fn day_ordinal(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let (_, j, suffix) = day_number(doc, i)?;
    suffix.then_some((j, When::Other))
}

/// `the first six months of 2021`, `the first half of this year`, `H1 2021`.
fn half_year(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let h = if word_in(doc, i, &["first"]) {
        1
    } else if word_in(doc, i, &["second", "last", "latter"]) {
        2
    } else {
        return None;
    };
    let mut j = i + 1;
    if word_in(doc, j, &["half"]) {
        j += 1;
    } else if (word_in(doc, j, &["six"]) || plain_number(doc, j).is_some_and(|(v, _)| v == 6))
        && word_in(doc, j + 1, &["months"])
    {
        j += 2;
    } else {
        return part_of_year(doc, i);
    }
    if !word_in(doc, j, &["of"]) {
        return None;
    }
    j += 1;
    let (yr, end) = year_ref(doc, j)?;
    if h == 2 && word_in(doc, i, &["last"]) && !matches!(yr, YearRef::Abs(_)) {
        return None;
    }
    Some((end, When::Half(yr, h)))
}

/// `the first three months of 2021`, `the first quarter of 2021`, `the last two months of
/// 2020`, `the third quarter of 2019`: a span of whole months of a named year.
fn part_of_year(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let w = word(doc, i)?.to_ascii_lowercase();
    let quarter = match w.as_str() {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" | "final" | "last" => 4,
        _ => return None,
    };
    let (first_m, last_m, j) = if word_in(doc, i + 1, &["quarter"]) {
        (quarter * 3 - 2, quarter * 3, i + 2)
    } else {
        let n = plain_number(doc, i + 1)
            .map(|(v, _)| v)
            .or_else(|| word(doc, i + 1).and_then(number_word))?;
        if !(1..=11).contains(&n) || !word_in(doc, i + 2, &["months", "month"]) {
            return None;
        }
        match w.as_str() {
            "first" => (1, n, i + 3),
            "last" | "final" => (13 - n, 12, i + 3),
            _ => return None,
        }
    };
    if !word_in(doc, j, &["of"]) {
        return None;
    }
    // "the third quarter of 2018-19" is a quarter of a financial year (`financial_quarters`).
    if financial_year(doc, j + 1).is_some() {
        return None;
    }
    // "the first quarter of this year": months without a year, which the relative year
    // after them gives once it is known (`join_relative_year_ranges`).
    if matches!(
        year_ref(doc, j + 1),
        Some((YearRef::This | YearRef::Last, _))
    ) {
        let last = Ymd::new(0, last_m, days_in_month(2001, last_m));
        return Some((j + 1, When::Months(Ymd::new(0, first_m, 1), last)));
    }
    let y = year_number(doc, j + 1)?;
    let last = Ymd::new(y, last_m, days_in_month(y, last_m));
    Some((j + 2, When::Months(Ymd::new(y, first_m, 1), last)))
}

/// `Quarter 4, 2013`, `Q2 2021`, `Q3, 2019`: a quarter of a calendar year, as a span of
/// whole months.
fn quarter_label(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let w = word(doc, i)?;
    let (q, j) = if same_word(w, "quarter") && capitalised(w) {
        let (n, _) = plain_number(doc, i + 1)?;
        (n, i + 2)
    } else if let Some(n) = w
        .strip_prefix(['Q', 'q'])
        .filter(|d| d.len() == 1)
        .and_then(|d| d.parse::<u32>().ok())
    {
        (n, i + 1)
    } else if (w == "Q" || w == "q") && doc.glued(i + 1) {
        let (n, _) = plain_number(doc, i + 1)?;
        (n, i + 2)
    } else {
        return None;
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    let j = if punct(doc, j, ",") || word_in(doc, j, &["of"]) {
        j + 1
    } else {
        j
    };
    let y = year_number(doc, j)?;
    let last = Ymd::new(y, q * 3, days_in_month(y, q * 3));
    Some((j + 1, When::Months(Ymd::new(y, q * 3 - 2, 1), last)))
}

/// "2021", "this year", "last year" at `j`, for phrases that end in a year.
fn year_ref(doc: &Doc, j: usize) -> Option<(YearRef, usize)> {
    if let Some(y) = year_number(doc, j) {
        return Some((YearRef::Abs(y), j + 1));
    }
    let k = if word_in(doc, j, &["the"]) { j + 1 } else { j };
    if word_in(doc, k, &["this", "current"]) && word_in(doc, k + 1, &["year"]) {
        return Some((YearRef::This, k + 2));
    }
    if word_in(doc, k, &["last", "previous"]) && word_in(doc, k + 1, &["year"]) {
        return Some((YearRef::Last, k + 2));
    }
    None
}

/// Relative words: "today", "yesterday", "last night", "over the weekend", "last week",
/// "this year so far", "year-to-date", "to date this year", "the previous year", "this
/// financial year".
fn relative(doc: &Doc, i: usize) -> Option<(usize, When)> {
    let w = word(doc, i)?;
    // Every word below starts with one of these letters and has at most nine.
    let lead = w.as_bytes().first().map(u8::to_ascii_lowercase);
    if w.len() > 9 || !lead.is_some_and(|b| b"acloprsty".contains(&b)) {
        return None;
    }
    let mut buf = [0u8; 32];
    let lw = ascii_lower(w, &mut buf);
    let rel = |end, r| Some((end, When::Rel(r)));
    match lw {
        "today" => {
            if word_in(doc, i + 1, &["so"]) && word_in(doc, i + 2, &["far"]) {
                return None;
            }
            rel(i + 1, Rel::Today)
        }
        "yesterday" => rel(i + 1, Rel::Yesterday),
        "tonight" => rel(i + 1, Rel::Tonight),
        "so" if word_in(doc, i + 1, &["far"]) => {
            // "so far this year", "so far in 2021".
            if word_in(doc, i + 2, &["this"]) && word_in(doc, i + 3, &["year"]) {
                return Some((i + 4, When::ToDate(YearRef::This)));
            }
            if word_in(doc, i + 2, &["in"]) {
                if let Some(y) = year_number(doc, i + 3) {
                    return Some((i + 4, When::ToDate(YearRef::Abs(y))));
                }
            }
            None
        }
        "year" if word_in(doc, i + 1, &["to"]) && word_in(doc, i + 2, &["date"]) => {
            Some((i + 3, When::ToDate(YearRef::This)))
        }
        // "year-to-date".
        "year"
            if is_dash(doc, i + 1)
                && word_in(doc, i + 2, &["to"])
                && is_dash(doc, i + 3)
                && word_in(doc, i + 4, &["date"]) =>
        {
            Some((i + 5, When::ToDate(YearRef::This)))
        }
        // "to date this year".
        "to" if word_in(doc, i + 1, &["date"])
            && word_in(doc, i + 2, &["this"])
            && word_in(doc, i + 3, &["year"]) =>
        {
            Some((i + 4, When::ToDate(YearRef::This)))
        }
        "last" | "this" | "previous" | "preceding" | "prior" | "current" | "past" => {
            let mut next_buf = [0u8; 32];
            let next = ascii_lower(word(doc, i + 1)?, &mut next_buf);
            let this = matches!(lw, "this" | "current");
            let last = lw == "last" || lw == "past";
            match next {
                "night" if last => rel(i + 2, Rel::LastNight),
                "morning" | "afternoon" | "evening" if this => rel(i + 2, Rel::Today),
                "weekend" if this || last => rel(i + 2, Rel::Weekend),
                "week" if this => rel(i + 2, Rel::ThisWeek),
                "week" if last => rel(i + 2, Rel::LastWeek),
                "month" if this => rel(i + 2, Rel::ThisMonth),
                "month" if last => rel(i + 2, Rel::LastMonth),
                "year" if this => this_year(doc, i + 2),
                // "in the last year" is the rolling twelve months, not a calendar year.
                "year"
                    if lw == "last"
                        && i.checked_sub(1).is_some_and(|p| word_in(doc, p, &["the"])) =>
                {
                    None
                }
                "year" if lw == "last" => rel(i + 2, Rel::LastYear),
                "year" if lw != "past" => rel(i + 2, Rel::PreviousYear),
                "financial" | "fiscal" if word_in(doc, i + 2, &["year"]) => {
                    if this {
                        rel(i + 3, Rel::ThisFinancialYear)
                    } else if lw != "past" {
                        rel(i + 3, Rel::LastFinancialYear)
                    } else {
                        None
                    }
                }
                _ => None,
            }
        }
        "over" | "at" if word_in(doc, i + 1, &["the"]) && word_in(doc, i + 2, &["weekend"]) => {
            rel(i + 3, Rel::Weekend)
        }
        "the"
            if word_in(doc, i + 1, &["year"])
                && word_in(doc, i + 2, &["before", "earlier", "prior"]) =>
        {
            rel(i + 3, Rel::PreviousYear)
        }
        "a" if word_in(doc, i + 1, &["year"]) && word_in(doc, i + 2, &["earlier", "before"]) => {
            rel(i + 3, Rel::PreviousYear)
        }
        _ => None,
    }
}

/// `w` in ASCII lower case, written into `buf` so that no word allocates. A word too long
/// for `buf` comes back unchanged: the words it is matched against are all short.
fn ascii_lower<'b>(w: &'b str, buf: &'b mut [u8; 32]) -> &'b str {
    let Some(out) = buf.get_mut(..w.len()) else {
        return w;
    };
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or(w)
}

/// "this year", and "this year so far" / "this year to date" as a year to date.
fn this_year(doc: &Doc, end: usize) -> Option<(usize, When)> {
    if word_in(doc, end, &["so"]) && word_in(doc, end + 1, &["far"]) {
        return Some((end + 2, When::ToDate(YearRef::This)));
    }
    if word_in(doc, end, &["to"]) && word_in(doc, end + 1, &["date"]) {
        return Some((end + 2, When::ToDate(YearRef::This)));
    }
    Some((end, When::Rel(Rel::ThisYear)))
}

/// A length of time tied to the calendar: "the past 12 months", "two weeks ago",
/// "a 24-hour operation", "the 12 months to March 2023", "the year ending March 2019".
/// A custodial sentence ("26 weeks' imprisonment", "jailed for five years") is left to
/// the figure rules.
fn duration(doc: &Doc, i: usize) -> Option<(usize, When)> {
    // "the year ending March 2019", "the year to March 2019", "the year to April".
    if word_in(doc, i, &["year"]) && word_in(doc, i + 1, &["ending", "ended", "to"]) {
        let (e, y, m) = rolling_end(doc, i + 2)?;
        return Some((e, rolling(y, m, 12)));
    }
    let count = plain_number(doc, i)
        .filter(|&(_, len)| len <= 3)
        .map(|(v, _)| v)
        .or_else(|| word(doc, i).and_then(number_word))?;
    let mut j = i + 1;
    let hyphen = is_dash(doc, j) && doc.glued(j) && doc.glued(j + 1);
    if hyphen {
        j += 1;
    }
    let unit = word(doc, j)?;
    if !in_list(unit, &DURATION_UNITS) {
        return None;
    }
    if plain_number(doc, i).is_some() && word(doc, i + 1).is_some() && doc.glued(i + 1) {
        // "24hours" is rare; "6ft" and the like are not durations.
        return None;
    }
    let end = j + 1;
    // "500 hours of patrols" counts work done, which is a figure.
    if in_list(unit, &["hours", "minutes"]) && word_in(doc, end, &["of"]) {
        return None;
    }
    // Words in the sentence that make it a custodial sentence; a term given or received
    // right before it ("was given 18 months").
    if in_sentence_clause(doc, i, &SENTENCE_WORDS)
        || punct(doc, end, "'\u{2019}")
        || given_term(doc, i)
    {
        return None;
    }
    // "aged 25 years", "25 years old": ages belong to the figure rules.
    if word_in(doc, end, &["old", "of"]) && word_in(doc, end + 1, &["age", "old"])
        || word_in(doc, end, &["old"])
        || (is_dash(doc, end) && word_in(doc, end + 1, &["old"]))
        || i.checked_sub(1)
            .is_some_and(|p| word_in(doc, p, &["aged", "age"]))
    {
        return None;
    }
    // "the 12 months to March 2023", "the 12 months leading up to September 2021".
    let to = if word_in(doc, end, &["leading"])
        && word_in(doc, end + 1, &["up"])
        && word_in(doc, end + 2, &["to"])
    {
        Some(end + 3)
    } else if word_in(doc, end, &["up"]) && word_in(doc, end + 1, &["to"]) {
        Some(end + 2)
    } else {
        word_in(doc, end, &["to", "ending", "ended"]).then_some(end + 1)
    };
    if let (Some(to), true) = (to, in_list(unit, &["months", "month"])) {
        if let Some((e, y, m)) = rolling_end(doc, to) {
            return Some((e, rolling(y, m, count)));
        }
    }
    Some((end, When::Duration))
}

/// The month a rolling span ends in, after "to": "March 2023", "the end of March 2023",
/// "April" (year 0: the latest April, worked out once the publication date is known).
fn rolling_end(doc: &Doc, i: usize) -> Option<(usize, i32, u32)> {
    let i = if word_in(doc, i, &["the"])
        && word_in(doc, i + 1, &["end"])
        && word_in(doc, i + 2, &["of"])
    {
        i + 3
    } else {
        i
    };
    if let Some((e, When::Month(y, m))) = month_year(doc, i) {
        return Some((e, y, m));
    }
    // A month alone must be written as a name: "to April", not "to may".
    let (m, e) = month_word(doc, i)?;
    word(doc, i).filter(|w| capitalised(w))?;
    Some((e, 0, m))
}

/// The `count` months that end with month `m` of year `y` (year 0 when unknown; the first
/// month may then fall in the year before, which a first month after the last one says).
fn rolling(y: i32, m: u32, count: u32) -> When {
    let back = i64::from(count.clamp(1, 12)) - 1;
    if y == 0 {
        let first = (i64::from(m) - 1 - back).rem_euclid(12) as u32 + 1;
        return When::Months(
            Ymd::new(0, first, 1),
            Ymd::new(0, m, days_in_month(2001, m)),
        );
    }
    let back = if count > 12 {
        i64::from(count.min(120)) - 1
    } else {
        back
    };
    let first = months_back(Ymd::new(y, m, 1), back);
    When::Months(first, Ymd::new(y, m, days_in_month(y, m)))
}

/// Whether the term at `i` is given to someone: right after a verb of giving ("was given
/// 18 months"), or after a name in a list whose first term is ("Ann Reed was given 12
/// years, Tom Hale 10 years and Sam Vance nine years"). The figure rules read the same
/// list as custodial sentences.
fn given_term(doc: &Doc, i: usize) -> bool {
    if i.checked_sub(1)
        .is_some_and(|p| word_in(doc, p, &["given", "received", "handed"]))
    {
        return true;
    }
    let capitalised = |k: usize| doc.tok(k).chars().next().is_some_and(char::is_uppercase);
    let mut k = i;
    while k > 0 && i - k < 4 && word(doc, k - 1).is_some() && capitalised(k - 1) {
        k -= 1;
    }
    if k == i || k < 3 || !(punct(doc, k - 1, ",") || word_in(doc, k - 1, &["and"])) {
        return false;
    }
    let unit = k - 2;
    let number = unit - 1;
    word_in(doc, unit, &["years", "year", "months", "month"])
        && (plain_number(doc, number).is_some()
            || word(doc, number).and_then(number_word).is_some())
        && given_term(doc, number)
}

/// The first day of the month `n` months before `date`'s month.
fn months_back(date: Ymd, n: i64) -> Ymd {
    let total = i64::from(date.y) * 12 + i64::from(date.m) - 1 - n;
    Ymd::new(
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u32,
        1,
    )
}

/// Whether a word of `list` stands in the clause around token `i` (its sentence, up to a
/// semicolon either side).
fn in_sentence_clause(doc: &Doc, i: usize, list: &'static [&'static str]) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let Some(s) = doc.sentence_of(t.start) else {
        return false;
    };
    let r = doc.tokens_in(&s);
    // Only a few words either side: "jailed for 26 weeks" but not a whole paragraph away.
    let lo = r.start.max(i.saturating_sub(12));
    let hi = r.end.min(i + 8);
    let lo = (lo..i)
        .rev()
        .find(|&k| punct(doc, k, ";"))
        .map_or(lo, |k| k + 1);
    let hi = (i..hi).find(|&k| punct(doc, k, ";")).unwrap_or(hi);
    (lo..hi).any(|k| word_in(doc, k, list))
}

// ---------------------------------------------------------------------------------------
// Joins.

/// "the third quarter of 2018/19": months of a financial year, as a span of whole months;
/// "by the end of the third quarter of 2018/19" is the year from its start to the end of
/// that quarter.
fn financial_quarters(doc: &Doc, ms: Vec<Mention>, fy_first_month: u32) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms {
        let When::Financial(y) = m.when else {
            out.push(m);
            continue;
        };
        let quarter = m
            .first
            .checked_sub(3)
            .filter(|&q| word_in(doc, q + 1, &["quarter"]) && word_in(doc, q + 2, &["of"]))
            .and_then(|q| {
                let n = match word(doc, q)?.to_ascii_lowercase().as_str() {
                    "first" => 1,
                    "second" => 2,
                    "third" => 3,
                    "fourth" | "final" => 4,
                    _ => return None,
                };
                Some((q, n))
            });
        let Some((q, n)) = quarter else {
            out.push(m);
            continue;
        };
        let to_end = q >= 3
            && word_in(doc, q - 1, &["the"])
            && word_in(doc, q - 2, &["of"])
            && word_in(doc, q - 3, &["end"]);
        let month = |k: u32| {
            let total = i64::from(y) * 12 + i64::from(fy_first_month) - 1 + i64::from(k);
            (
                total.div_euclid(12) as i32,
                (total.rem_euclid(12) + 1) as u32,
            )
        };
        let (ay, am) = month(if to_end { 0 } else { 3 * (n - 1) });
        let (by, bm) = month(3 * n - 1);
        let first = if to_end { q - 3 } else { q };
        // Mentions already made of the words before are swallowed.
        while out.last().is_some_and(|l| l.end > first) {
            out.pop();
        }
        out.push(make(
            doc,
            first,
            m.end,
            When::Months(Ymd::new(ay, am, 1), Ymd::new(by, bm, days_in_month(by, bm))),
        ));
    }
    out
}

/// "today (July 26)", "today (Thursday)", "Starting today, (July 26)", "yesterday (Sunday)",
/// "yesterday evening, Friday 16 February 2024": a relative word and the date in brackets
/// or after a comma become one mention.
fn join_brackets(doc: &Doc, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let a = ms[k];
        let rel = match a.when {
            When::Rel(r) => Some(r),
            When::Weekday(_) => Some(Rel::Today),
            _ => None,
        };
        if let (Some(r), Some(b)) = (rel, ms.get(k + 1)) {
            let day = matches!(
                r,
                Rel::Today | Rel::Yesterday | Rel::Tonight | Rel::LastNight
            ) && !matches!(a.when, When::Weekday(_));
            let mut j = a.end;
            // "yesterday evening, Friday 16 February 2024": a part of the day, a comma and
            // a date that names its weekday or year say the same day again.
            let part = if day && word_in(doc, j, &DAY_PARTS) {
                j + 1
            } else {
                j
            };
            if day && punct(doc, part, ",") && b.first == part + 1 {
                if let When::Day(d, w) = b.when {
                    if d.y != 0 || w.is_some() {
                        let mut m = make(doc, a.first, b.end, b.when);
                        m.lead = a.lead;
                        out.push(m);
                        k += 2;
                        continue;
                    }
                }
            }
            if punct(doc, j, ",") {
                j += 1;
            }
            if (day || matches!(a.when, When::Weekday(_)))
                && punct(doc, j, "(")
                && b.first == j + 1
                && punct(doc, b.end, ")")
                && (matches!(b.when, When::Day(..)) || (day && matches!(b.when, When::Weekday(_))))
            {
                let mut m = make(doc, a.first, b.end + 1, a.when);
                if let When::Day(..) = b.when {
                    m.when = b.when;
                }
                out.push(m);
                k += 2;
                continue;
            }
        }
        out.push(a);
        k += 1;
    }
    out
}

/// "August last year", "March of this year": a month and the relative year after it.
fn join_month_of_year(doc: &Doc, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let a = ms[k];
        if let (When::Month(0, m), Some(b)) = (a.when, ms.get(k + 1)) {
            let gap = if word_in(doc, a.end, &["of"]) {
                a.end + 1
            } else {
                a.end
            };
            let year = match b.when {
                When::Rel(Rel::LastYear) => Some(YearRef::Last),
                When::Rel(Rel::ThisYear) => Some(YearRef::This),
                _ => None,
            };
            if let (Some(y), true) = (year, b.first == gap) {
                out.push(make(doc, a.first, b.end, When::MonthOf(y, m)));
                k += 2;
                continue;
            }
        }
        out.push(a);
        k += 1;
    }
    out
}

/// "Monday, 21 November", "Thu 30th, Mar": a weekday and the date after it.
fn join_weekdays(doc: &Doc, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let a = ms[k];
        if let (When::Weekday(w), Some(b)) = (a.when, ms.get(k + 1)) {
            let gap = if punct(doc, a.end, ",") {
                a.end + 1
            } else {
                a.end
            };
            if let (When::Day(d, _), true) = (b.when, b.first == gap) {
                let mut m = make(doc, a.first, b.end, When::Day(d, Some(w)));
                m.lead = a.lead;
                out.push(m);
                k += 2;
                continue;
            }
        }
        out.push(a);
        k += 1;
    }
    out
}

fn connector(doc: &Doc, i: usize) -> bool {
    word_in(doc, i, &["to", "until", "till", "through", "thru", "and"]) || is_dash(doc, i)
}

/// The token after a range's connector at `i`, when one stands there: "to", "-", "until",
/// and "through to" or "up to" after a comma that closes the first date ("from July 1,
/// 2023, through to June 30, 2024").
fn connector_end(doc: &Doc, i: usize) -> Option<usize> {
    let comma = doc.tokens.get(i).is_some_and(|_| doc.tok(i) == ",");
    let c = if comma { i + 1 } else { i };
    if word_in(doc, c, &["through", "up"]) && word_in(doc, c + 1, &["to"]) {
        return Some(c + 2);
    }
    // After a comma only a word joins: ", 2021 - 22" is no range of its own.
    (connector(doc, c) && !(comma && is_dash(doc, c))).then_some(c + 1)
}

/// Ranges: "from Monday 16 May to Sunday 22 May 2022", "November 9 to 15",
/// "between 19 and 23 April", "16-22 May", "between April and September 2010",
/// "2015 to 2019".
fn join_ranges(doc: &Doc, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let a = ms[k];
        // A bare day before a connector and a full date: "19 and 23 April", "16-22 May",
        // "Monday 16 to Sunday 22 September".
        if let Some(m) = bare_day_then_date(doc, &out, a) {
            while out.last().is_some_and(|last| last.end > m.first) {
                out.pop();
            }
            out.push(m);
            k += 1;
            continue;
        }
        if let Some(after) = connector_end(doc, a.end) {
            let and = word_in(doc, after - 1, &["and"]);
            // "between 7am Friday, 18 October and 7am Saturday 19 October": a time of day
            // may stand before each end of the range.
            let clock_before = out
                .last()
                .filter(|c| c.when == When::Clock && c.end == a.first)
                .map_or(a.first, |c| c.first);
            let between = clock_before > 0 && word_in(doc, clock_before - 1, &["between", "on"]);
            if !and || between {
                let mut next = k + 1;
                if ms
                    .get(next)
                    .is_some_and(|c| c.when == When::Clock && c.first == after)
                {
                    next += 1;
                }
                let mut start =
                    ms.get(next - 1)
                        .map_or(after, |c| if next > k + 1 { c.end } else { after });
                // "until 11:59pm on April 5": the time's "on" before the date.
                if next > k + 1 && word_in(doc, start, &["on"]) {
                    start += 1;
                }
                if let Some(b) = ms.get(next).filter(|b| b.first == start) {
                    if let Some(w) = range_of(a.when, b.when) {
                        out.push(make(doc, a.first, b.end, w));
                        k = next + 1;
                        continue;
                    }
                }
                // "November 9 to 15": a bare day after the connector.
                if let When::Day(d, _) = a.when {
                    if let Some((e, w)) = date_then_bare_day(doc, after, d) {
                        out.push(make(doc, a.first, e, w));
                        k += 1;
                        // Skip mentions swallowed by the range.
                        while ms.get(k).is_some_and(|m| m.first < e) {
                            k += 1;
                        }
                        continue;
                    }
                }
            }
        }
        out.push(a);
        k += 1;
    }
    out
}

/// Days and ranges whose year is a relative one, once the current year `this` is known:
/// "on Tuesday 20 June last year", "between April and December last year", "from 3 to 9
/// March this year", "from 28 September to 4 October this year". Without a current year the mentions stay as they are.
pub fn join_relative_year_ranges(doc: &Doc, ms: Vec<Mention>, this: Option<i32>) -> Vec<Mention> {
    let Some(this) = this else { return ms };
    let year = |r: YearRef| match r {
        YearRef::Abs(y) => y,
        YearRef::This => this,
        YearRef::Last => this - 1,
    };
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let mut k = 0;
    while k < ms.len() {
        let a = ms[k];
        let b = ms.get(k + 1).copied();
        // A range of days or months without a year, then "last year" or "this year".
        let rel = b.filter(|b| b.first == a.end).and_then(|b| match b.when {
            When::Rel(Rel::LastYear) => Some(this - 1),
            When::Rel(Rel::ThisYear) => Some(this),
            _ => None,
        });
        let yearless = match a.when {
            When::Days(x, y) | When::Months(x, y) => x.y == 0 && y.y == 0,
            When::Day(d, _) => d.y == 0,
            _ => false,
        };
        if let (Some(y), true, Some(b)) = (rel, yearless, b) {
            let when = match a.when {
                When::Day(d, w) => Some(When::Day(Ymd::new(y, d.m, d.d), w)),
                When::Days(x, z) => days_range(Ymd::new(0, x.m, x.d), Ymd::new(y, z.m, z.d)),
                When::Months(x, z) => range_of(When::Month(0, x.m), When::Month(y, z.m)),
                _ => None,
            };
            if let Some(w) = when {
                out.push(joined(doc, a.first, b.end, w));
                k += 2;
                continue;
            }
        }
        // A month, a connector, and a month of a relative year: "between April and December
        // last year".
        if let (When::Month(0, m1), Some(b)) = (a.when, b) {
            let and = word_in(doc, a.end, &["and"]);
            let between = a.first > 0 && word_in(doc, a.first - 1, &["between"]);
            if let (When::MonthOf(r, m2), true) = (
                b.when,
                connector(doc, a.end) && b.first == a.end + 1 && (!and || between),
            ) {
                if let Some(w) = range_of(When::Month(0, m1), When::Month(year(r), m2)) {
                    out.push(joined(doc, a.first, b.end, w));
                    k += 2;
                    continue;
                }
            }
        }
        out.push(a);
        k += 1;
    }
    out
}

/// A mention made by a join after the first pass, with its lead and opening word.
fn joined(doc: &Doc, first: usize, end: usize, when: When) -> Mention {
    let mut m = make(doc, first, end, when);
    m.lead = lead(doc, &m);
    widen_range_words(doc, &mut m);
    m
}

/// Days listed in one month: "on October 8, 11 and 25", "on 2, 3 and 4 March": the span
/// from the first to the last. Two days need "on" or "between" before them; the days must
/// rise.
fn join_day_lists(doc: &Doc, ms: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    let bare = |k: usize| {
        day_number(doc, k).filter(|&(_, e, _)| {
            month_word(doc, e).is_none() && !punct(doc, e, "%") && !word_in(doc, e, &["per"])
        })
    };
    let mut k = 0;
    while k < ms.len() {
        let m = ms[k];
        let When::Day(d, _) = m.when else {
            out.push(m);
            k += 1;
            continue;
        };
        // "October 8, 11 and 25": bare days after the date.
        let mut days = vec![d.d];
        let mut j = m.end;
        let mut and = false;
        while !and {
            let comma = punct(doc, j, ",");
            and = word_in(doc, j, &["and"]);
            let Some((n, e, _)) = (comma || and).then(|| bare(j + 1)).flatten() else {
                break;
            };
            days.push(n);
            j = e;
        }
        let mut first = m.first;
        let mut last_tok = m.end;
        if and && days.len() >= 3 {
            last_tok = j;
        } else {
            // "2, 3 and 4 March": bare days before the date.
            days = vec![d.d];
            let mut i = m.first;
            let mut joined_and = false;
            while i >= 2 {
                let sep = i - 1;
                let is_and = word_in(doc, sep, &["and"]);
                if !(is_and && !joined_and && days.len() == 1 || punct(doc, sep, ",") && joined_and)
                {
                    break;
                }
                let Some((n, e, _)) = (sep.checked_sub(1)).and_then(bare) else {
                    break;
                };
                if e != sep {
                    break;
                }
                joined_and |= is_and;
                days.insert(0, n);
                i = sep - 1;
            }
            let opener = i > 0 && word_in(doc, i - 1, &["on", "between"]);
            if !(joined_and && (days.len() >= 3 || opener && days.len() == 2)) {
                days = vec![d.d];
            } else {
                first = i;
            }
        }
        let rising = days.windows(2).all(|w| w[0] < w[1]);
        let (lo, hi) = (days[0], days[days.len() - 1]);
        let from = Ymd::new(d.y, d.m, lo);
        let to = Ymd::new(d.y, d.m, hi);
        if days.len() < 2 || !rising || !to.is_valid() {
            out.push(m);
            k += 1;
            continue;
        }
        // Mentions already made of the listed days ("8th") are swallowed.
        while out.last().is_some_and(|l| l.end > first) {
            out.pop();
        }
        let mut joined = make(doc, first, last_tok, When::Days(from, to));
        joined.lead = m.lead;
        out.push(joined);
        k += 1;
        while ms.get(k).is_some_and(|x| x.first < last_tok) {
            k += 1;
        }
    }
    out
}

/// The range from mention `a` to mention `b`, when they make one.
fn range_of(a: When, b: When) -> Option<When> {
    match (a, b) {
        (When::Day(x, _), When::Day(y, _)) => days_range(x, y),
        (When::Month(ya, ma), When::Month(yb, mb)) => {
            let ya = if ya == 0 {
                if ma <= mb {
                    yb
                } else {
                    yb - 1
                }
            } else {
                ya
            };
            if yb == 0 && ya != 0 {
                return None;
            }
            let first = Ymd::new(ya, ma, 1);
            let last = Ymd::new(yb, mb, days_in_month(yb, mb));
            (yb == 0 || first < last).then_some(When::Months(first, last))
        }
        (When::Year(x), When::Year(y)) if x < y && y - x < 100 => Some(When::Years(x, y)),
        _ => None,
    }
}

fn days_range(mut x: Ymd, y: Ymd) -> Option<When> {
    if x.y == 0 && y.y != 0 {
        x.y = if (x.m, x.d) <= (y.m, y.d) {
            y.y
        } else {
            y.y - 1
        };
    }
    if y.y == 0 && x.y != 0 {
        return None;
    }
    let ok = if x.y == 0 {
        // Without years, a range may still cross the new year: "28 December to 3 January".
        (x.m, x.d) <= (y.m, y.d) || (x.m >= 10 && y.m <= 3)
    } else {
        let gap = y.day_number() - x.day_number();
        (0..=400).contains(&gap)
    };
    ok.then_some(When::Days(x, y))
}

/// After "November 9 to", a bare day ("15") in the same month.
fn date_then_bare_day(doc: &Doc, j: usize, from: Ymd) -> Option<(usize, When)> {
    let (d, mut e, suffix) = day_number(doc, j)?;
    if month_word(doc, e).is_some()
        || (month_word(doc, e + 1).is_some() && word_in(doc, e, &["of"]))
    {
        return None;
    }
    if !suffix && lower_word(doc, e) && !word_in(doc, e, &DAY_AFTER_OK) {
        return None;
    }
    if punct(doc, e, "%") || word_in(doc, e, &["per"]) {
        return None;
    }
    // "5 March 2024 - 14:32": the hour of a time, not the end of a range.
    if punct(doc, e, ":") && plain_number(doc, e + 1).is_some() {
        return None;
    }
    let mut to = Ymd::new(from.y, from.m, d);
    if let Some((y, e2)) = trailing_year(doc, e) {
        to.y = y;
        e = e2;
    }
    if !to.is_valid() || d <= from.d {
        return None;
    }
    let mut from = from;
    if from.y == 0 {
        from.y = to.y;
    }
    Some((e, When::Days(from, to)))
}

/// Before a connector and a full date, a bare day: "19 and 23 April", "16-22 May",
/// "Monday 16 to Sunday 22 September". `b` is the full date; the bare day sits in
/// front of it and is not yet a mention (or is a lone weekday).
fn bare_day_then_date(doc: &Doc, out: &[Mention], b: Mention) -> Option<Mention> {
    let When::Day(to, _) = b.when else {
        return None;
    };
    let c = b.first.checked_sub(1)?;
    if !connector(doc, c) {
        return None;
    }
    // A weekday may sit between the connector and the full date: it is part of `b`.
    let d_at = c.checked_sub(1)?;
    let (d, after, _) = day_number(doc, d_at).or_else(|| {
        // "16th to": the suffix is the token before the connector.
        d_at.checked_sub(1)
            .and_then(|p| day_number(doc, p).filter(|x| x.1 == c))
    })?;
    if after != c {
        return None;
    }
    let first_tok = if ordinal_suffix(doc, d_at) {
        d_at - 1
    } else {
        d_at
    };
    // Mentions already made of the bare day ("19th") or its weekday are swallowed.
    let swallowable = |m: &Mention| matches!(m.when, When::Weekday(_) | When::Other);
    if out
        .iter()
        .rev()
        .take_while(|m| m.end > first_tok)
        .any(|m| !swallowable(m))
    {
        return None;
    }
    let and = word_in(doc, c, &["and"]);
    let mut start_tok = first_tok;
    if let Some(m) = out
        .iter()
        .rev()
        .find(|m| m.first < first_tok && matches!(m.when, When::Weekday(_)))
    {
        let gap = if punct(doc, m.end, ",") {
            m.end + 1
        } else {
            m.end
        };
        if gap == first_tok {
            start_tok = m.first;
        }
    }
    let between = start_tok > 0 && word_in(doc, start_tok - 1, &["between", "on"]);
    // "on Tuesday and Wednesday (14 and 15 April)": the days in brackets after their weekdays.
    let bracketed = start_tok > 1
        && punct(doc, start_tok - 1, "(")
        && weekday_word(doc, start_tok - 2).is_some();
    if and && !between && !bracketed {
        return None;
    }
    let from = Ymd::new(to.y, to.m, d);
    if !from.is_valid() || d >= to.d {
        return None;
    }
    let w = days_range(from, to)?;
    let mut m = make(doc, start_tok, b.end, w);
    m.lead = Lead::Plain;
    Some(m)
}

/// Notes the word in front of a mention: "since", a comparison, a start, "the whole of".
fn lead(doc: &Doc, m: &Mention) -> Lead {
    let Some(p) = m.first.checked_sub(1) else {
        return Lead::Plain;
    };
    let p2 = p.checked_sub(1);
    let p3 = p.checked_sub(2);
    let at = |k: Option<usize>, l: &'static [&'static str]| k.is_some_and(|k| word_in(doc, k, l));
    if since_before(doc, m.first) {
        return Lead::Since;
    }
    if word_in(doc, p, &["whole", "entire", "all", "full"]) && at(p2, &["the", "of"])
        || word_in(doc, p, &["of"]) && at(p2, &["whole", "entirety"])
        || word_in(doc, p, &["of"]) && at(p2, &["all"])
    {
        return Lead::Whole;
    }
    let yearish = matches!(
        m.when,
        When::Year(_)
            | When::Financial(_)
            | When::Half(..)
            | When::Rel(Rel::LastYear | Rel::PreviousYear | Rel::LastFinancialYear)
    );
    // "down 7.9% from 2023/24": a year after a number and "from" is what it is measured
    // against (a range "from 2019 to 2021" is one mention already).
    let after_number = p2.is_some_and(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || punct(doc, k, "%")
            || word_in(doc, k, &["cent"])
    });
    if (word_in(doc, p, &["than", "against", "versus", "vs"])
        || (word_in(doc, p, &["on", "over"]) && yearish)
        // "more than in 2012".
        || (word_in(doc, p, &["in"]) && at(p2, &["than"]))
        // "comparing 2007/08 with the year before".
        || (word_in(doc, p, &["with"]) && m.when == When::Rel(Rel::PreviousYear))
        || (word_in(doc, p, &["from"]) && yearish && after_number))
        || (word_in(doc, p, &["with", "to"]) && at(p2, &["compared", "comparison"]))
        || (word_in(doc, p, &["the"])
            && (at(p2, &["on", "over", "than"])
                || (at(p2, &["with", "to"]) && at(p3, &["compared"]))))
    {
        return Lead::Base;
    }
    let ranged = matches!(m.when, When::Days(..) | When::Months(..) | When::Years(..));
    // "Police today launched ...": a start verb right after the day.
    let start = word_in(doc, p, &START_WORDS)
        || (word_in(doc, p, &["on"]) && at(p2, &START_WORDS))
        || (word_in(doc, m.end, &START_WORDS) && !word_in(doc, m.end, &["from"]));
    if start && !ranged {
        return Lead::Start;
    }
    Lead::Plain
}

/// Whether "since" opens the clause that ends at token `first`: "since April 2019",
/// "since the unit was set up in 2009", "since it started in April 2019".
fn since_before(doc: &Doc, first: usize) -> bool {
    let lo = first.saturating_sub(8);
    for k in (lo..first).rev() {
        if punct(doc, k, ",;:.()") {
            return false;
        }
        if word_in(doc, k, &SINCE_WORDS) {
            return true;
        }
    }
    false
}

/// A range keeps its opening word in its span: "from November 9 to 15".
fn widen_range_words(doc: &Doc, m: &mut Mention) {
    if !matches!(m.when, When::Days(..) | When::Months(..)) {
        return;
    }
    if let Some(p) = m.first.checked_sub(1) {
        if word_in(doc, p, &["from", "between"]) {
            if let Some(t) = doc.tokens.get(p) {
                m.first = p;
                m.span.start = t.start;
            }
        }
    }
}
