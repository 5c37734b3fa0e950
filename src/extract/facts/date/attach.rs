//! The period a number belongs to, as facts/1 writes it (`2020`, `FY2021/22`, `2021-H1`,
//! `2021-07`, `2010-04-01/2010-09-30`, `2016-YTD`).
//!
//! Within the number's sentence: a period written right after the number and its noun
//! ("408 in 2019/20", "226 for the whole of 2015") belongs to it; otherwise the nearest
//! period before it that no earlier number has taken ("In 2020, 443 firearms ...; of which
//! ..."). The base of a comparison ("a rise of 88 on the previous year") is never the
//! period of the change: a change takes the period it ends in.
//!
//! Across sentences: a sentence with no period of its own that refers back ("over the same
//! period", "during the year", "in the same twelve months", "the previous year") takes the
//! statistics period the text named last, a few paragraphs up at most; numbers listed with
//! "and" share a year that closes their sentence; a part ("of which 48 ...") shares the
//! period of its whole; a rate ("1.9 per 1,000") in a sentence with no time takes the
//! period a statistics release names in its opening.

use crate::extract::lexicon::{words, WordList};

use super::calendar::{days_in_month, Ymd};
use super::lexicon::{in_list, number_word};
use super::scan::{Lead, Mention, Rel, When, YearRef};
use super::Timeline;
use crate::extract::model::{Certainty, Span};
use crate::extract::text::{Doc, TokenKind};

/// How many tokens may stand between a number and a period written after it.
const FOLLOW_GAP: usize = 10;

/// How many tokens before a number a period may stand and still cover it.
const PRECEDE_REACH: usize = 80;

/// Words that end the reach of a number towards a period after it.
static BREAK_WORDS: WordList = words![
    "compared",
    "while",
    "whereas",
    "but",
    "against",
    "versus",
    "vs",
    "although",
    "though",
    "however",
    "including",
    "which",
    "who",
    "when",
    "since",
];

/// Number words that count as another number between a number and a period.
static COUNT_WORDS: WordList = words!["hundred", "thousand", "million", "dozen", "half"];

/// The period tied to the number at byte span `number`, with how sure it is.
/// `document_period` is the span of the release's period, whose days are never given to a
/// figure (a week of action's seizures have no period of their own).
pub fn period_for(
    doc: &Doc,
    tl: &Timeline,
    document_period: Option<Span>,
    number: Span,
) -> Option<(String, Certainty)> {
    period_in_place(doc, tl, document_period, number)
        .or_else(|| rate_of_the_release(doc, tl, document_period, number))
        .map(|(p, c)| (local_financial(tl, p), c))
}

/// How many tokens after a number "per 1,000" may start.
const RATE_GAP: usize = 4;

/// A rate ("1.9 crimes per 1,000 people", "10.6 per 1,000") in a sentence that names no
/// time: a statistic of the period the release names in its opening, when it is a release
/// of statistics (no days of action of its own).
fn rate_of_the_release(
    doc: &Doc,
    tl: &Timeline,
    document_period: Option<Span>,
    number: Span,
) -> Option<(String, Certainty)> {
    if document_period.is_some() {
        return None;
    }
    let b = doc.tokens.partition_point(|t| t.start < number.end);
    let rate = (b..b + RATE_GAP).any(|k| {
        doc.tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && denominator(doc, k + 1)
    });
    if !rate {
        return None;
    }
    let sentence = doc.sentence_of(number.start)?;
    let toks = doc.tokens_in(&sentence);
    let lo = tl.mentions.partition_point(|m| m.first < toks.start);
    let hi = tl.mentions.partition_point(|m| m.first < toks.end);
    let timed = tl
        .mentions
        .get(lo..hi)?
        .iter()
        .any(|m| !matches!(m.when, When::Clock | When::Other));
    if timed {
        return None;
    }
    opening_period(doc, tl).map(|p| (p, Certainty::Inferred))
}

/// In a release from a country whose financial year runs July to June (Australia, New
/// Zealand), "the 12 months to June 2005" is that financial year: `FY2004/05`. Elsewhere a
/// year to June is a rolling year and stays a span of months.
fn local_financial(tl: &Timeline, p: String) -> String {
    if !tl.july_financial {
        return p;
    }
    let b = p.as_bytes();
    let shape = b.len() == 21 && &p[4..11] == "-07-01/" && &p[15..] == "-06-30";
    match (
        shape,
        p.get(..4).and_then(|y| y.parse::<i32>().ok()),
        p.get(11..15).and_then(|y| y.parse::<i32>().ok()),
    ) {
        (true, Some(a), Some(z)) if z == a + 1 => financial(a),
        _ => p,
    }
}

fn period_in_place(
    doc: &Doc,
    tl: &Timeline,
    document_period: Option<Span>,
    number: Span,
) -> Option<(String, Certainty)> {
    let sentence = doc.sentence_of(number.start)?;
    let toks = doc.tokens_in(&sentence);
    let a = doc.token_at(number.start);
    let b = doc
        .tokens
        .partition_point(|t| t.start < number.end)
        .max(a + 1);
    let lo = tl.mentions.partition_point(|m| m.first < toks.start);
    let hi = tl.mentions.partition_point(|m| m.first < toks.end);
    let ms = tl.mentions.get(lo..hi).unwrap_or(&[]);
    let keep = |m: &&Mention| {
        is_period(m)
            && !document_period.is_some_and(|d| d.overlaps(m.span) && m.when.is_day_level())
    };

    // "a fall from 66 on the previous year": the base of a comparison takes the period it is
    // measured in.
    if is_base_number(doc, a) {
        if let Some(m) = base_after(doc, ms, b, toks.end).filter(|m| keep(m)) {
            return resolve(doc, tl, ms, m).map(|p| (p, Certainty::Inferred));
        }
    }
    if let Some(m) = following(doc, ms, b, toks.end) {
        if keep(&m) {
            let mut p = resolve(doc, tl, ms, m)?;
            // "so far there have been four shootings in 2026": the year so far.
            // Only when no other number stands between: "40 so far, against 95 in
            // all of 2025" gives 95 the whole year.
            let so_far = (toks.start..a).any(|k| {
                doc.is(k, "so")
                    && doc.is(k + 1, "far")
                    && !(k..a).any(|j| {
                        doc.tokens[j].kind == TokenKind::Number
                            || is_punct(doc, j, ",")
                            || in_list(doc.tok(j), &BREAK_WORDS)
                    })
            });
            if so_far && matches!(m.when, When::Year(_)) {
                p.push_str("-YTD");
            }
            let certainty = if relative(m) {
                Certainty::Inferred
            } else {
                Certainty::Stated
            };
            return Some((p, certainty));
        }
        // "396,018, compared to 426,149 in the previous 12 months": the base of a
        // comparison with the year before the period the sentence names.
        if m.when == When::Duration && is_base_number(doc, a) {
            if let Some(p) = previous_twelve_months(doc, tl, ms, m) {
                return Some((p, Certainty::Inferred));
            }
        }
        // "950 in the previous 12 months": the number has a time of its own that is not a
        // period facts/1 can write, so a period earlier in the sentence is not its.
        if !matches!(m.when, When::Clock | When::Other) {
            // "in the same 12 months": the length refers back to the period named before.
            let same = m.when == When::Duration
                && m.first
                    .checked_sub(2)
                    .is_some_and(|k| refers_back(doc, ms, k));
            return if same {
                anaphoric(doc, tl, ms, &toks, (a, b), document_period.is_some())
            } else {
                None
            };
        }
    }
    let Some(m) = preceding(doc, ms, a, toks.start) else {
        // A list item under a heading that names the period: "In 2022/23 the unit:".
        let before = ms.partition_point(|m| m.first < a);
        if ms.get(..before).is_some_and(|x| x.iter().any(is_period)) {
            return None;
        }
        if let Some(m) = list_heading(doc, tl, number.start) {
            return resolve(doc, tl, &[], m).map(|p| (p, Certainty::Inferred));
        }
        if let Some(m) = coordinated(doc, ms, b, toks.end).filter(|m| keep(m)) {
            return resolve(doc, tl, ms, m).map(|p| (p, Certainty::Inferred));
        }
        return anaphoric(doc, tl, ms, &toks, (a, b), document_period.is_some());
    };
    if m.when.is_day_level() && !whole_months(m) && m.lead != Lead::Since {
        return None;
    }
    let p = resolve(doc, tl, ms, m)?;
    let across = (m.end..a).any(|k| is_punct(doc, k, ";") || is_punct(doc, k, ":"));
    let certainty = if relative(m) || across {
        Certainty::Inferred
    } else {
        Certainty::Stated
    };
    Some((p, certainty))
}

/// How many paragraphs from the top a release of statistics names its period in.
const OPENING_PARAGRAPHS: usize = 3;

/// The statistics period a release names in its opening paragraphs ("the crime statistics
/// for Quarter 4, 2013", "figures for the year to March"): the first year, financial year,
/// half, year to date or span of three months or more there, unless it is the base of a
/// comparison.
pub fn opening_period(doc: &Doc, tl: &Timeline) -> Option<String> {
    let last = doc.paragraphs.get(
        OPENING_PARAGRAPHS
            .min(doc.paragraphs.len())
            .checked_sub(1)?,
    )?;
    let upto = doc.tokens_in(last).end;
    let m = tl
        .mentions
        .iter()
        .take_while(|m| m.first < upto)
        .find(|m| {
            m.lead == Lead::Plain
                && match m.when {
                    When::Year(_) | When::Financial(_) => true,
                    When::Half(YearRef::Abs(_), _) | When::ToDate(YearRef::Abs(_)) => true,
                    When::Months(a, b) => month_count(a, b) >= 3,
                    When::Days(a, b) => whole_months(m) && month_count(a, b) >= 3,
                    _ => false,
                }
        })?;
    resolve(doc, tl, &[], m).map(|p| local_financial(tl, p))
}

/// How many list items a heading may stand above a number.
const LIST_REACH: usize = 30;

/// Whether a paragraph is an item of a list: it opens with a bullet, or it is short and
/// does not end a sentence.
fn is_list_item(doc: &Doc, para: &std::ops::Range<usize>) -> bool {
    let text = doc.text.get(para.clone()).unwrap_or("");
    let bullet = text.chars().next().is_some_and(|c| {
        matches!(
            c,
            '\u{2022}'
                | '\u{00B7}'
                | '*'
                | '-'
                | '>'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{25AA}'
                | '\u{25E6}'
        )
    });
    let short =
        doc.tokens_in(para).len() <= 14 && !text.ends_with(['.', '!', '?', ':', '"', '\u{201D}']);
    bullet || short
}

/// The period named by the heading of the list that holds byte `pos`: a paragraph ending in
/// a colon above the list items ("Between April and September 2010, officers:").
fn list_heading<'t>(doc: &Doc, tl: &'t Timeline, pos: usize) -> Option<&'t Mention> {
    let pi = doc.paragraph_index(pos)?;
    if !is_list_item(doc, doc.paragraphs.get(pi)?) {
        return None;
    }
    for q in (pi.saturating_sub(LIST_REACH)..pi).rev() {
        let para = doc.paragraphs.get(q)?;
        if is_list_item(doc, para) {
            continue;
        }
        if !doc.text.get(para.clone())?.ends_with(':') {
            return None;
        }
        let toks = doc.tokens_in(para);
        let lo = tl.mentions.partition_point(|m| m.first < toks.start);
        let hi = tl.mentions.partition_point(|m| m.first < toks.end);
        return tl
            .mentions
            .get(lo..hi)?
            .iter()
            .rev()
            .find(|m| is_period(m) && m.lead != Lead::Base && !m.when.is_day_level());
    }
    None
}

/// Whether a mention can be a figure's period.
fn is_period(m: &Mention) -> bool {
    // "since April 2019" is open at its end; "since January" (of this year) is the year so
    // far, which `resolve` writes as such.
    let new_year = match m.when {
        When::Month(0, 1) => true,
        When::Day(d, _) => d.m == 1 && d.d == 1,
        _ => false,
    };
    if m.lead == Lead::Since && !new_year {
        return false;
    }
    matches!(
        m.when,
        When::Day(..)
            | When::Days(..)
            | When::Month(..)
            | When::MonthOf(..)
            | When::Months(..)
            | When::Year(_)
            | When::Financial(_)
            | When::Half(..)
            | When::ToDate(_)
            | When::Rel(
                Rel::ThisYear
                    | Rel::LastYear
                    | Rel::PreviousYear
                    | Rel::ThisMonth
                    | Rel::LastMonth
                    | Rel::ThisFinancialYear
                    | Rel::LastFinancialYear
            )
    )
}

fn relative(m: &Mention) -> bool {
    matches!(
        m.when,
        When::Rel(_)
            | When::MonthOf(..)
            | When::Half(YearRef::This | YearRef::Last, _)
            | When::ToDate(YearRef::This | YearRef::Last)
    ) || matches!(m.when, When::Month(0, _))
}

fn is_punct(doc: &Doc, k: usize, s: &str) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Punct)
        && doc.tok(k) == s
}

/// Whether token `k` is a number that is not part of a mention of time.
fn is_count(doc: &Doc, ms: &[Mention], k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    let before = ms.partition_point(|m| m.first <= k);
    let inside = before > 0 && ms.get(before - 1).is_some_and(|m| k < m.end);
    if inside || denominator(doc, k) {
        return false;
    }
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            let w = doc.tok(k);
            !in_list(w, &["a", "an", "several", "few", "couple"])
                && (number_word(w).is_some() || in_list(w, &COUNT_WORDS))
        }
        TokenKind::Punct => false,
    }
}

/// Whether token `k` is the base of a rate, part of the number before it: "48 crimes per
/// 1,000 people", "9.1 offences for every 1,000 residents".
fn denominator(doc: &Doc, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    doc.is(p, "per")
        || doc.is(p, "every")
            && p.checked_sub(1)
                .is_some_and(|q| doc.is(q, "for") || doc.is(q, "in"))
}

/// The mention of time written right after the number ("570 in the same period for
/// 2021/22"), when nothing stands between them but the number's own words.
fn following<'m>(doc: &Doc, ms: &'m [Mention], b: usize, end: usize) -> Option<&'m Mention> {
    let m = ms.get(ms.partition_point(|m| m.first < b))?;
    if m.first > end || m.first - b > FOLLOW_GAP || m.lead == Lead::Base {
        return None;
    }
    // "500 arrests since January": "since" that opens the year so far is the period's own.
    let own_since = m.lead == Lead::Since && is_period(m);
    // "(groups 1 to 5) crimes recorded in 2019": a number that closes brackets is a label,
    // not what the period follows ("(including 12 pistols) in 2021" is still the pistols').
    if is_punct(doc, b, ")") {
        return None;
    }
    for k in b..m.first {
        // "12 fewer homicides than at this time in 2008": the period after "than" is the
        // base's, not the number's.
        let breaks = doc.tokens[k].kind == TokenKind::Word
            && (in_list(doc.tok(k), &BREAK_WORDS) || doc.is(k, "than"))
            && !(own_since && k + 1 == m.first);
        if is_count(doc, ms, k) || is_punct(doc, k, ";") || is_punct(doc, k, ":") || breaks {
            return None;
        }
    }
    Some(m)
}

/// The period of a comparison's base written right after a number that is that base:
/// "from 66 on the previous year", "against 390 than in 2019".
fn base_after<'m>(doc: &Doc, ms: &'m [Mention], b: usize, end: usize) -> Option<&'m Mention> {
    let m = ms.get(ms.partition_point(|m| m.first < b))?;
    if m.first > end || m.first - b > FOLLOW_GAP || m.lead != Lead::Base {
        return None;
    }
    let blocked = (b..m.first).any(|k| {
        is_count(doc, ms, k)
            || [";", ":", ","].iter().any(|s| is_punct(doc, k, s))
            || doc.tokens[k].kind == TokenKind::Word && in_list(doc.tok(k), &BREAK_WORDS)
    });
    (!blocked).then_some(m)
}

/// The nearest period before the number that no earlier number has taken.
fn preceding<'m>(doc: &Doc, ms: &'m [Mention], a: usize, start: usize) -> Option<&'m Mention> {
    let upto = ms.partition_point(|m| m.first < a);
    let reach = a.saturating_sub(PRECEDE_REACH);
    let before = ms.get(..upto).unwrap_or(&[]);
    for m in before.iter().rev().take_while(|m| m.first >= reach) {
        if m.end > a {
            continue;
        }
        if !is_period(m) {
            continue;
        }
        // "than 2011 when there were 377": the base of a comparison that a clause describes.
        if m.lead == Lead::Base && !doc.is(m.end, "when") {
            continue;
        }
        // Taken by an earlier number: "from 22 per cent in 2018/19 to 35 per cent".
        let near = start.max(m.first.saturating_sub(FOLLOW_GAP + 1));
        let owner = (near..m.first).rev().find(|&k| is_count(doc, ms, k));
        if let Some(x) = owner {
            let xe = x + 1;
            if following(doc, ms, xe, m.first).is_some_and(|f| f.first == m.first) {
                // "2,310 burglaries between April 2023 and March 2024, down from 2,890 in
                // 2022/23, a fall of 20 per cent": the base's period is passed over.
                if is_base_number(doc, x) {
                    continue;
                }
                // "8,000 drivers were tested in May, of which 48 failed": a part of the
                // number before shares its period.
                if part_of_before(doc, m.end, a) {
                    return Some(m);
                }
                return None;
            }
        }
        return Some(m);
    }
    None
}

/// "the previous 12 months", "the preceding twelve months" after a twelve-month period
/// named earlier in the sentence (or the statistics period): that period a year earlier.
fn previous_twelve_months(doc: &Doc, tl: &Timeline, ms: &[Mention], m: &Mention) -> Option<String> {
    let p = m.first.checked_sub(1)?;
    let previous = ["previous", "preceding", "prior"]
        .iter()
        .any(|w| doc.is(p, w));
    let twelve = doc.is(m.first, "12") || doc.is(m.first, "twelve");
    if !(previous && twelve && doc.is(m.first + 1, "months")) {
        return None;
    }
    let year_long = |w: When| match w {
        When::Year(_) | When::Financial(_) => true,
        When::Months(a, b) => a.y != 0 && month_count(a, b) == 12,
        _ => false,
    };
    let named = ms
        .iter()
        .rev()
        .filter(|x| x.end <= m.first && x.lead != Lead::Base)
        .map(|x| x.when)
        .find(|&w| year_long(w))
        .or_else(|| {
            statistics_period(doc, tl, m.first, STATISTICS_PARAGRAPHS).filter(|&w| year_long(w))
        })?;
    shifted(named, 1)
}

/// Whether "of which", "of whom", "of those" or "of these" stands between tokens `from` and
/// `to`, with no full clause break after it.
fn part_of_before(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        doc.is(k, "of")
            && ["which", "whom", "those", "these"]
                .iter()
                .any(|w| doc.is(k + 1, w))
            && !(k + 2..to).any(|j| is_punct(doc, j, ";") || is_punct(doc, j, ":"))
    })
}

/// The facts/1 string of a period mention.
fn resolve(doc: &Doc, tl: &Timeline, ms: &[Mention], m: &Mention) -> Option<String> {
    let fy_start = if tl.july_financial { 7 } else { 4 };
    let cy = tl.current_year;
    let year = |r: YearRef| match r {
        YearRef::Abs(y) => Some(y),
        YearRef::This => cy,
        YearRef::Last => cy.map(|y| y - 1),
    };
    let published = tl.published.filter(|p| p.0 != 0);
    match m.when {
        // "the same period in 2022": the kind of period named before, in 2022.
        When::Year(y) if same_words(doc, m, true) => same_period(doc, tl, ms, m, Shift::To(y))
            .or_else(|| {
                let st = statistics_period(doc, tl, m.first, STATISTICS_PARAGRAPHS);
                match st {
                    None | Some(When::Year(_) | When::Financial(_)) => Some(format!("{y}")),
                    Some(w) => w.end_year().and_then(|e| shifted(w, e - y)),
                }
            }),
        When::Year(y) => Some(format!("{y}")),
        When::Financial(y) => Some(financial(y)),
        When::Half(r, h) => Some(format!("{}-H{h}", year(r)?)),
        When::ToDate(r) => Some(format!("{}-YTD", year(r)?)),
        When::Month(y, mo) => {
            let y = if y != 0 {
                y
            } else {
                match published {
                    Some((py, pm, _)) => {
                        if mo > pm {
                            py - 1
                        } else {
                            py
                        }
                    }
                    None => cy?,
                }
            };
            // "since January" and "through August" of the current year: the year so far.
            let through = m
                .first
                .checked_sub(1)
                .is_some_and(|p| doc.is(p, "through") || doc.is(p, "thru"));
            let so_far = (m.lead == Lead::Since && mo == 1) || through;
            if so_far && Some(y) == cy {
                return Some(format!("{y}-YTD"));
            }
            // "through August 2019": January to August of that year.
            if through {
                return months(Ymd::new(y, 1, 1), Ymd::new(y, mo, days_in_month(y, mo)));
            }
            Some(format!("{y}-{mo:02}"))
        }
        When::MonthOf(r, mo) => Some(format!("{}-{mo:02}", year(r)?)),
        // "between January and June", "the 12 months to April": the latest such months
        // that end by the publication date (or in the current year).
        When::Months(a, b) if a.y == 0 && b.y == 0 => {
            let end = match published {
                Some((py, pm, _)) if b.m > pm => py - 1,
                Some((py, _, _)) => py,
                None => cy?,
            };
            let start = if a.m > b.m { end - 1 } else { end };
            months(
                Ymd::new(start, a.m, 1),
                Ymd::new(end, b.m, days_in_month(end, b.m)),
            )
        }
        When::Months(a, b) => months(a, b),
        When::Days(a, b) if whole_months(m) => months(a, b),
        When::Days(a, b) => (a.y != 0 && b.y != 0).then(|| format!("{}/{}", a.iso(), b.iso())),
        // "since 1 January" of the current year: the year so far.
        When::Day(d, _) if m.lead == Lead::Since => {
            let y = if d.y != 0 { d.y } else { cy? };
            (Some(y) == cy).then(|| format!("{y}-YTD"))
        }
        When::Day(d, _) => (d.y != 0).then(|| d.iso()),
        When::Rel(Rel::ThisYear) if same_words(doc, m, false) => {
            same_period(doc, tl, ms, m, Shift::Back(0))
        }
        When::Rel(Rel::ThisYear) => Some(format!("{}-YTD", cy?)),
        // "the same month last year" with no month named before it is not the whole year.
        When::Rel(Rel::LastYear) if same_words(doc, m, false) => {
            same_period(doc, tl, ms, m, Shift::Back(1)).or_else(|| same_as_statistics(doc, tl, m))
        }
        When::Rel(Rel::LastYear) => Some(format!("{}", cy? - 1)),
        When::Rel(Rel::PreviousYear) => {
            let anchor = ms
                .iter()
                .rev()
                .filter(|x| x.end <= m.first)
                .take(20)
                .find_map(|x| match x.when {
                    When::Year(y) => Some(y),
                    _ => None,
                });
            match anchor {
                Some(y) => Some(format!("{}", y - 1)),
                // "up from 6.1% the previous year" after a paragraph about 2023/24.
                None => match statistics_period(doc, tl, m.first, STATISTICS_PARAGRAPHS) {
                    Some(st) => shifted(st, 1),
                    None => cy.map(|y| format!("{}", y - 1)),
                },
            }
        }
        When::Rel(Rel::ThisMonth) => published.map(|(y, mo, _)| format!("{y}-{mo:02}")),
        When::Rel(Rel::LastMonth) => published.map(|(y, mo, _)| {
            if mo == 1 {
                format!("{}-12", y - 1)
            } else {
                format!("{y}-{:02}", mo - 1)
            }
        }),
        // A financial year starts in April, or in July in Australia and New Zealand.
        When::Rel(Rel::ThisFinancialYear) => {
            published.map(|(y, mo, _)| financial(if mo >= fy_start { y } else { y - 1 }))
        }
        When::Rel(Rel::LastFinancialYear) => {
            let anchor = ms
                .iter()
                .rev()
                .filter(|x| x.end <= m.first)
                .take(20)
                .find_map(|x| match x.when {
                    When::Financial(y) => Some(y),
                    _ => None,
                });
            match anchor {
                Some(y) => Some(financial(y - 1)),
                None => published
                    .map(|(y, mo, _)| financial(if mo >= fy_start { y - 1 } else { y - 2 })),
            }
        }
        _ => None,
    }
}

/// A day range that runs from the first of a month to the last day of a later month: "from 1
/// April 2023 to 31 March 2024" is a span of months (here a financial year), a reporting
/// period that covers the numbers after it, not a day of action.
fn whole_months(m: &Mention) -> bool {
    match m.when {
        When::Days(a, b) => {
            a.y != 0
                && b.y != 0
                && a.d == 1
                && b.d == days_in_month(b.y, b.m)
                && (b.y, b.m) > (a.y, a.m)
        }
        _ => false,
    }
}

fn financial(y: i32) -> String {
    format!("FY{y}/{:02}", (y + 1).rem_euclid(100))
}

/// A span of whole months in facts/1: a year, a half, a financial year or a day range.
fn months(a: Ymd, b: Ymd) -> Option<String> {
    if a.y == 0 || b.y == 0 {
        return None;
    }
    let whole = a.d == 1 && b.d == days_in_month(b.y, b.m);
    if whole && a.y == b.y && a.m == 1 && b.m == 12 {
        return Some(format!("{}", a.y));
    }
    if whole && a.y == b.y && a.m == 1 && b.m == 6 {
        return Some(format!("{}-H1", a.y));
    }
    if whole && a.y == b.y && a.m == 7 && b.m == 12 {
        return Some(format!("{}-H2", a.y));
    }
    if whole && b.y == a.y + 1 && a.m == 4 && b.m == 3 {
        return Some(financial(a.y));
    }
    Some(format!("{}/{}", a.iso(), b.iso()))
}

/// Which year "the same period" is moved to: some years before the period named, or a
/// stated year ("the same period in 2022").
#[derive(Clone, Copy)]
enum Shift {
    Back(i32),
    To(i32),
}

/// Whether "the same period", "the same time", "the same month" (and the like) stands right
/// before the mention, with "in", "of" or "for" between when `joined` ("the same period in
/// 2022").
fn same_words(doc: &Doc, m: &Mention, joined: bool) -> bool {
    let nouns = ["period", "time", "point", "month", "quarter"];
    let Some(mut p) = m.first.checked_sub(1) else {
        return false;
    };
    if joined {
        if !(doc.is(p, "in") || doc.is(p, "for") || doc.is(p, "of")) {
            return false;
        }
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    nouns.iter().any(|w| doc.is(p, w)) && p.checked_sub(1).is_some_and(|q| doc.is(q, "same"))
}

/// "the same period last year": the period named before it in the sentence, moved by
/// `shift` ("480 in the first half of 2022, against 390 in the same period last year" gives
/// `2021-H1`; "the same month in 2019" after "in March" gives `2019-03`).
fn same_period(
    doc: &Doc,
    tl: &Timeline,
    ms: &[Mention],
    m: &Mention,
    shift: Shift,
) -> Option<String> {
    let cy = tl.current_year;
    let anchor = ms
        .iter()
        .rev()
        .filter(|x| x.end <= m.first)
        .take(20)
        .find(|x| {
            matches!(
                x.when,
                When::Half(..) | When::ToDate(_) | When::Month(..) | When::Months(..)
            )
        })?;
    let year = |r: YearRef| match r {
        YearRef::Abs(y) => Some(y),
        YearRef::This => cy,
        YearRef::Last => cy.map(|y| y - 1),
    };
    // The year the anchor ends in; a month without a year is worked out as `resolve` does.
    let end = match anchor.when {
        When::Half(r, _) | When::ToDate(r) => year(r)?,
        When::Month(0, _) | When::Months(Ymd { y: 0, .. }, _) => {
            resolve(doc, tl, &[], anchor)?.get(..4)?.parse().ok()?
        }
        When::Month(y, _) => y,
        When::Months(_, b) => b.y,
        _ => return None,
    };
    let to = match shift {
        Shift::Back(n) => end - n,
        Shift::To(y) => y,
    };
    match anchor.when {
        When::Half(_, h) => Some(format!("{to}-H{h}")),
        When::ToDate(_) => Some(format!("{to}-YTD")),
        When::Month(_, mo) => Some(format!("{to}-{mo:02}")),
        When::Months(a, b) => {
            let start = if a.y != 0 {
                to - (b.y - a.y)
            } else if a.m > b.m {
                to - 1
            } else {
                to
            };
            months(
                Ymd::new(start, a.m, a.d),
                Ymd::new(to, b.m, b.d.min(days_in_month(to, b.m))),
            )
        }
        _ => None,
    }
}

/// "the same time last year" in a sentence that names no period of its own: the statistics
/// period named last, a year earlier ("by the end of the third quarter of 2018/19 ... up
/// from 49 per cent at the same time last year").
fn same_as_statistics(doc: &Doc, tl: &Timeline, m: &Mention) -> Option<String> {
    if !same_words(doc, m, false) {
        return None;
    }
    shifted(
        statistics_period(doc, tl, m.first, STATISTICS_PARAGRAPHS)?,
        1,
    )
}

/// How many paragraphs back the statistics period of a release may be named.
const STATISTICS_PARAGRAPHS: usize = 4;

/// How many tokens either side of a number an anaphoric phrase may stand.
const ANAPHOR_REACH: usize = 40;

/// Nouns after "the same" that refer back to a period: "over the same period", "in the same
/// twelve months".
static SAME_NOUNS: WordList = words!["period", "timeframe", "months", "year", "time-frame"];

/// Words after "the year" that make it a period of its own, not the year just named.
static YEAR_OWN_WORDS: WordList = words![
    "to", "ending", "ended", "before", "earlier", "prior", "ahead", "of", "so", "since", "after",
];

/// Whether token `x`, a number, is the base of a comparison: "down from 2,890", "up from
/// 6.1%", "compared with 570", "against 390".
pub fn is_base_number(doc: &Doc, x: usize) -> bool {
    let Some(p) = x.checked_sub(1) else {
        return false;
    };
    let compared = (doc.is(p, "with") || doc.is(p, "to"))
        && p.checked_sub(1)
            .is_some_and(|q| doc.is(q, "compared") || doc.is(q, "comparison"));
    compared
        || ["from", "than", "against", "versus", "vs"]
            .iter()
            .any(|w| doc.is(p, w))
}

/// The statistics period that the text names last before token `at`, within a few
/// paragraphs: a year, a financial year, a half, a year to date, or a span of at least three
/// whole months. When the last period named is anything else (a day, a week of action, a
/// rolling twelve months, a weekday, a time of day), there is none: a phrase that refers
/// back refers to that.
fn statistics_period(doc: &Doc, tl: &Timeline, at: usize, reach: usize) -> Option<When> {
    let here = doc.tokens.get(at)?;
    let pi = doc.paragraph_index(here.start)?;
    let first_para = doc.paragraphs.get(pi.saturating_sub(reach))?;
    let from = doc.tokens_in(first_para).start;
    let upto = tl.mentions.partition_point(|m| m.end <= at);
    let before = tl.mentions.get(..upto)?;
    for m in before.iter().rev().take(20) {
        if m.first < from {
            return None;
        }
        if m.lead == Lead::Base
            || matches!(
                m.when,
                When::Other | When::Rel(Rel::PreviousYear | Rel::LastFinancialYear)
            )
        {
            continue;
        }
        // The period of the base of a comparison: "down from 2,890 in 2022/23".
        let owner = (m.first.saturating_sub(3)..m.first).any(|x| {
            is_base_number(doc, x)
                && doc
                    .tokens
                    .get(x)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        });
        if owner {
            continue;
        }
        return match m.when {
            When::Year(_) | When::Financial(_) => Some(m.when),
            When::Half(YearRef::Abs(_), _) | When::ToDate(YearRef::Abs(_)) => Some(m.when),
            When::Months(a, b) if month_count(a, b) >= 3 => Some(m.when),
            When::Days(a, b) if whole_months(m) && month_count(a, b) >= 3 => {
                Some(When::Months(a, b))
            }
            _ => None,
        };
    }
    None
}

fn month_count(a: Ymd, b: Ymd) -> i64 {
    (i64::from(b.y) * 12 + i64::from(b.m)) - (i64::from(a.y) * 12 + i64::from(a.m)) + 1
}

/// A statistics period moved `back` years earlier, as facts/1 writes it.
fn shifted(st: When, back: i32) -> Option<String> {
    match st {
        When::Year(y) => Some(format!("{}", y - back)),
        When::Financial(y) => Some(financial(y - back)),
        When::Half(YearRef::Abs(y), h) => Some(format!("{}-H{h}", y - back)),
        When::ToDate(YearRef::Abs(y)) => Some(format!("{}-YTD", y - back)),
        When::Months(a, b) => {
            let y = b.y - back;
            months(
                Ymd::new(a.y - back, a.m, a.d),
                Ymd::new(y, b.m, b.d.min(days_in_month(y, b.m))),
            )
        }
        _ => None,
    }
}

/// Whether the words at token `k` refer back to a period named before: "over the same
/// period", "in the same twelve months", "during the year", "the previous year".
fn refers_back(doc: &Doc, ms: &[Mention], k: usize) -> bool {
    let word = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    if !word(k) {
        return false;
    }
    let at_mention = |i: usize| mention_at(ms, i);
    // "the same period" / "the same 12 months", unless a period of its own follows ("the
    // same period last year", "the same period for 2021/22").
    if doc.is(k, "the") && doc.is(k + 1, "same") {
        let mut j = k + 2;
        let number = doc
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || number_word(doc.tokens.get(j).map_or("", |t| doc.slice(t.span()))).is_some();
        if number {
            j += 1;
        }
        if !(word(j) && in_list(doc.tok(j), &SAME_NOUNS)) {
            return false;
        }
        let after = j + 1;
        let own = at_mention(after)
            || ((doc.is(after, "in") || doc.is(after, "for") || doc.is(after, "of"))
                && at_mention(after + 1));
        return !own;
    }
    // "during the year", "over the year", "throughout the year".
    if in_list(
        doc.tok(k),
        &["during", "over", "throughout", "across", "in"],
    ) && doc.is(k + 1, "the")
        && doc.is(k + 2, "year")
    {
        let next = k + 3;
        // "during the year-long operation" names a length, not the year before.
        let own = word(next) && in_list(doc.tok(next), &YEAR_OWN_WORDS)
            || is_punct(doc, next, "-") && doc.tokens.get(next).is_some_and(|t| !t.space_before);
        return !(at_mention(k + 1) || at_mention(k + 2) || own);
    }
    false
}

/// The statistics period for a number whose sentence refers back to it ("Vehicle offences
/// fell by 12% over the same period"; "Officers made 11,206 arrests during the year"); the
/// base of "from 412 to 371" in such a sentence takes the year before. `operation` says the
/// release has a period of days of its own.
fn anaphoric(
    doc: &Doc,
    tl: &Timeline,
    ms: &[Mention],
    toks: &std::ops::Range<usize>,
    (a, b): (usize, usize),
    operation: bool,
) -> Option<(String, Certainty)> {
    // Only a sentence whose one time is the phrase that refers back (looked at a bounded
    // stretch either side, so that a paste with no full stops stays linear).
    // "the previous year" and "the same time last year" name the year before the statistics
    // period, so the sentence still has none of its own.
    let previous = |m: &Mention| {
        m.when == When::Rel(Rel::PreviousYear)
            || m.when == When::Rel(Rel::LastYear) && same_words(doc, m, false)
    };
    let within = |reach: usize| {
        let lo = toks.start.max(a.saturating_sub(reach));
        let hi = toks.end.min(b + reach);
        let x = ms.partition_point(|m| m.first < lo);
        let y = ms.partition_point(|m| m.first < hi);
        (lo..hi, ms.get(x..y).unwrap_or(&[]))
    };
    let (_, wide) = within(PRECEDE_REACH * 2);
    if wide.iter().any(|m| !previous(m) && is_period(m)) {
        return None;
    }
    let (near, close) = within(ANAPHOR_REACH);
    let said = close.iter().any(previous) || near.clone().any(|k| refers_back(doc, ms, k));
    if !said {
        return None;
    }
    // A release about days of action ("between 13 and 19 May") speaks of them when it says
    // "over the same period" in another paragraph: only the paragraph that names the
    // statistics period continues it.
    let reach = if operation { 0 } else { STATISTICS_PARAGRAPHS };
    let st = statistics_period(doc, tl, a, reach)?;
    // "dropped from 412 to 371": the first is the year before.
    let base = a.checked_sub(1).is_some_and(|p| doc.is(p, "from"))
        && (b..(b + 4).min(toks.end)).any(|k| doc.is(k, "to") && is_count(doc, ms, k + 1));
    let p = shifted(st, i32::from(base))?;
    Some((p, Certainty::Inferred))
}

/// How many tokens may stand between a number and the next number that it is listed with.
const COORDINATED_GAP: usize = 12;

/// The period that ends a sentence listing numbers, for the numbers before the last: "74
/// arrests and the seizure of drugs worth £410,000 in 2023", "40 guns and 300 rounds of
/// ammunition in 2022". Only a period of months or longer that closes the sentence, after
/// an "and" with nothing between that breaks the list.
fn coordinated<'m>(doc: &Doc, ms: &'m [Mention], b: usize, end: usize) -> Option<&'m Mention> {
    let mut joined = false;
    let stop = end.min(b + COORDINATED_GAP);
    for k in b..stop {
        if is_punct(doc, k, ";")
            || is_punct(doc, k, ":")
            || (doc.tokens.get(k)?.kind == TokenKind::Word && in_list(doc.tok(k), &BREAK_WORDS))
            || mention_at(ms, k)
        {
            return None;
        }
        if doc.is(k, "and") {
            joined = true;
            continue;
        }
        if !is_count(doc, ms, k) {
            continue;
        }
        if !joined {
            return None;
        }
        let next = b.max(k + 1);
        let m = following(doc, ms, next, end)?;
        // The period closes the sentence, or the clause before a comparison: "12 fewer
        // robberies and 30 fewer thefts year-to-date, compared with 2022".
        let closes = (m.end..end).all(|j| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Punct)
        }) || is_punct(doc, m.end, ",")
            && doc.tokens.get(m.end + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && (in_list(doc.tok(m.end + 1), &BREAK_WORDS) || doc.is(m.end + 1, "compared"))
            });
        let long = matches!(
            m.when,
            When::Year(_)
                | When::Financial(_)
                | When::Half(..)
                | When::ToDate(_)
                | When::Months(..)
        );
        return (closes && long && m.lead == Lead::Plain).then_some(m);
    }
    None
}

/// Whether a mention of `ms` (in text order) starts at token `k`.
fn mention_at(ms: &[Mention], k: usize) -> bool {
    ms.get(ms.partition_point(|m| m.first < k))
        .is_some_and(|m| m.first == k)
}
