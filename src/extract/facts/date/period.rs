//! The period a release reports on: the days of the operation, week of action or raid it
//! is about. A stated range wins ("ran from Monday 16 September to Sunday 22 September"),
//! then a stated start ("Starting today, (July 26)"), then an operation of whole months ("a
//! drugs bust in September 2022"), then one day or weekend of police activity ("on Thursday,
//! 23 July", "today (Thursday)", "over the weekend"), then a week ("last week"). Relative
//! words resolve against the publication date, leaning to the past. A wrong period is worse
//! than none: statistics and witness appeals give none; a court result gives only the months
//! of the operation or the day of the search or stop that led to it.

use super::calendar::{days_in_month, nearest_year, weekday_near, Ymd};
use super::lexicon::*;
use super::scan::{Lead, Mention, Rel, When};
use super::Timeline;
use crate::extract::model::{Certainty, Period, Source, Span};
use crate::extract::text::Doc;

/// How many tokens may stand between a start date and "until <end>".
const UNTIL_GAP: usize = 8;

/// A candidate period with the rule that found it.
struct Candidate {
    start: Ymd,
    end: Option<Ymd>,
    span: Span,
    certainty: Certainty,
    rule: &'static str,
}

/// The period of the release, or `None` when the text states no clear one.
pub fn find(doc: &Doc, tl: &Timeline) -> Option<Period> {
    if is_witness_appeal(doc) {
        return None;
    }
    let usable: Vec<&Mention> = tl
        .mentions
        .iter()
        .filter(|m| Some(m.span) != tl.published_span && usable(doc, m))
        .collect();
    let best = if is_court_result(doc) {
        // In a court result the months must be of a police operation, not of the offences
        // ("he ran a drugs line between May and August").
        let police: Vec<&Mention> = usable
            .iter()
            .copied()
            .filter(|m| sentence_has(doc, m, &POLICE_WORDS))
            .collect();
        month_span(doc, tl, &police).or_else(|| court_action_day(doc, tl, &usable))?
    } else {
        stated_range(doc, tl, &usable)
            .or_else(|| weekday_range(doc, tl, &usable))
            .or_else(|| start_until_end(doc, tl, &usable))
            .or_else(|| stated_start(doc, tl, &usable))
            .or_else(|| month_span(doc, tl, &usable))
            .or_else(|| one_day(doc, tl, &usable))
            .or_else(|| one_week(doc, tl, &usable))?
    };
    let iso = |d: Ymd| d.iso();
    Some(Period {
        start: Some(iso(best.start)),
        end: best.end.map(iso),
        certainty: best.certainty,
        source: Source::new(best.span, best.rule),
    })
}

/// In a court result, the day of the search, warrant or stop that led to it ("officers
/// searched the flat on 18 April 2023"): a stated date in a sentence that says so. The day
/// of an arrest or of the offence is not one.
fn court_action_day(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.iter()
        .filter(|m| matches!(m.when, When::Day(..)) && sentence_has(doc, m, &SEARCH_WORDS))
        .find_map(|m| single_day(doc, tl, m))
}

/// How many paragraphs from the top a single month may name the operation's month in.
const MONTH_PARAGRAPHS: usize = 3;

/// An operation or campaign of whole months: "warrants were executed between April and
/// December last year", "found during a drugs bust in September 2022", "an operation that
/// was carried out between February 2012 and March 2015". The months must have a year.
fn month_span(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.iter().find_map(|m| {
        let (start, end) = match m.when {
            When::Month(y, mo) => {
                let y = if y != 0 {
                    y
                } else {
                    let r = reference(tl)?;
                    if mo > r.m {
                        r.y - 1
                    } else {
                        r.y
                    }
                };
                (Ymd::new(y, mo, 1), Ymd::new(y, mo, days_in_month(y, mo)))
            }
            When::Months(a, b) | When::Days(a, b) if a.y != 0 && b.y != 0 => {
                let whole = a.d == 1 && b.d == days_in_month(b.y, b.m);
                if !whole {
                    return None;
                }
                (a, b)
            }
            _ => return None,
        };
        // One month is the operation's only near the top; a stated range of months anywhere.
        let near_top = doc
            .paragraph_index(m.span.start)
            .is_some_and(|p| p < MONTH_PARAGRAPHS);
        let single = matches!(m.when, When::Month(..));
        // "The survey was carried out between April 2022 and March 2023": months of
        // statistics are not an operation's.
        if m.lead != Lead::Plain
            || !sentence_has(doc, m, &OPERATION_WORDS)
            || sentence_has(doc, m, &STATISTICS_WORDS)
            || single && !near_top
        {
            return None;
        }
        Some(Candidate {
            start,
            end: Some(end),
            span: m.span,
            certainty: Certainty::Stated,
            rule: "an operation of whole months",
        })
    })
}

/// How many sentences from the top an appeal for witnesses shows in.
const APPEAL_SENTENCES: usize = 5;

/// "Officers are asking for witnesses after a stabbing": an incident, not an
/// operation, so its date is not a reporting period.
fn is_witness_appeal(doc: &Doc) -> bool {
    // A headline and a dateline may come before the appeal.
    doc.sentences.iter().take(APPEAL_SENTENCES).any(|s| {
        let r = doc.tokens_in(s);
        r.clone().any(|k| doc.is(k, "appealing"))
            // "urging anyone who saw it to come forward".
            || r.clone().any(|k| doc.is(k, "come") && doc.is(k + 1, "forward"))
            || r.clone().any(|k| in_list(doc.tok(k), &APPEAL_WORDS))
                && r.clone()
                    .any(|k| doc.is(k, "witnesses") || doc.is(k, "information"))
    })
}

/// "A man has been jailed for ...": a court result, whose dates are not an operation's.
fn is_court_result(doc: &Doc) -> bool {
    doc.sentences.iter().take(1).any(|s| {
        doc.tokens_in(s)
            .take(60)
            .any(|k| in_list(doc.tok(k), &COURT_RESULT_WORDS))
    })
}

/// Whether a mention may date the release: not "since ...", not a comparison base, not
/// after a verb of saying ("announced Friday"), not in a sentence about courts or bail.
fn usable(doc: &Doc, m: &Mention) -> bool {
    if m.lead == Lead::Base || m.lead == Lead::Since && !since_launch(doc, m) {
        return false;
    }
    let said = (1..=2).any(|back| {
        m.first
            .checked_sub(back)
            .is_some_and(|p| p < doc.tokens.len() && in_list(doc.tok(p), &SAYING_WORDS))
    }) || (m.end < doc.tokens.len() && in_list(doc.tok(m.end), &SAYING_WORDS));
    !said && !sentence_has(doc, m, &COURT_WORDS)
}

/// How many tokens either side of a mention its sentence is searched for cue words.
const CUE_REACH: usize = 40;

/// Whether a word of `list` stands in the mention's sentence, near it.
fn sentence_has(doc: &Doc, m: &Mention, list: &'static [&'static str]) -> bool {
    doc.sentence_of(m.span.start).is_some_and(|s| {
        let r = doc.tokens_in(&s);
        let lo = r.start.max(m.first.saturating_sub(CUE_REACH));
        let hi = r.end.min(m.end + CUE_REACH);
        (lo..hi).any(|k| {
            doc.tokens[k].kind == crate::extract::text::TokenKind::Word && in_list(doc.tok(k), list)
        })
    })
}

/// Gives a date without a year the publication year nearest to it.
fn with_year(d: Ymd, tl: &Timeline) -> Ymd {
    match tl.published {
        Some((y, m, day)) if y != 0 => nearest_year(d, Ymd::new(y, m, day)),
        _ => d,
    }
}

/// The publication date when its year is known.
fn reference(tl: &Timeline) -> Option<Ymd> {
    tl.published
        .filter(|p| p.0 != 0)
        .map(|(y, m, d)| Ymd::new(y, m, d))
}

/// "ran from November 9 to 15", "between 19 and 23 April", "ran May 13 to May 19".
fn stated_range(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.iter().find_map(|m| match m.when {
        // "from 1 April 2024 to 31 March 2025" is a span of months (`month_span`).
        When::Days(a, b) if !of_an_earlier_one(doc, m) && !whole_months(a, b) => {
            // The days are stated; a year taken from the publication date is inferred.
            let certainty = if a.y == 0 && b.y == 0 && reference(tl).is_some() {
                Certainty::Inferred
            } else {
                Certainty::Stated
            };
            // With no year on either end, the end takes the publication year nearest to
            // it and the start the same year, or the one before when it runs over the new
            // year: "from January 1 to August 20" published on 22 August is this year's.
            let (a, b) = if a.y == 0 && b.y == 0 && reference(tl).is_some() {
                let b = with_year(b, tl);
                let mut a = Ymd::new(b.y, a.m, a.d);
                if b < a {
                    a.y -= 1;
                }
                (a, b)
            } else {
                let a = with_year(a, tl);
                let mut b = b;
                if b.y == 0 {
                    b.y = a.y;
                    if a.y != 0 && b < a {
                        b.y += 1;
                    }
                }
                (a, b)
            };
            Some(Candidate {
                start: a,
                end: Some(b),
                span: m.span,
                certainty,
                rule: "from <date> to <date>",
            })
        }
        _ => None,
    })
}

/// Whether a range of days runs from the first of a month to the last of a later month.
fn whole_months(a: Ymd, b: Ymd) -> bool {
    a.y != 0 && b.y != 0 && a.d == 1 && b.d == days_in_month(b.y, b.m) && (b.y, b.m) > (a.y, a.m)
}

/// "The previous week of action, which ran from 14 to 20 November, ...": a range that the
/// words before it place in an earlier operation.
fn of_an_earlier_one(doc: &Doc, m: &Mention) -> bool {
    let Some(s) = doc.sentence_of(m.span.start) else {
        return false;
    };
    let r = doc.tokens_in(&s);
    let lo = r.start.max(m.first.saturating_sub(12));
    (lo..m.first).any(|k| {
        ["previous", "prior", "last", "earlier", "past", "former"]
            .iter()
            .any(|w| doc.is(k, w))
    })
}

/// "between Monday and Friday", "from Tuesday to Thursday": the latest such days on or
/// before the publication date.
fn weekday_range(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.windows(2).find_map(|pair| {
        let (a, b) = (pair[0], pair[1]);
        let (When::Weekday(wa), When::Weekday(wb)) = (a.when, b.when) else {
            return None;
        };
        let opener = a
            .first
            .checked_sub(1)
            .is_some_and(|p| doc.is(p, "between") || doc.is(p, "from"));
        let joined = b.first == a.end + 1
            && ["and", "to", "until", "till", "-", "\u{2013}"]
                .iter()
                .any(|w| doc.is(a.end, w));
        if !opener || !joined || !sentence_has(doc, a, &ACTION_WORDS) {
            return None;
        }
        let end = weekday_near(reference(tl)?, wb, false)?;
        let back = (i64::from(wb) - i64::from(wa)).rem_euclid(7);
        Some(Candidate {
            start: end.plus_days(-back),
            end: Some(end),
            span: Span::new(a.span.start, b.span.end),
            certainty: Certainty::Inferred,
            rule: "between <weekday> and <weekday>",
        })
    })
}

/// "launched today (Monday, February 6) and will run until Sunday, February 12".
fn start_until_end(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    for (k, a) in ms.iter().enumerate() {
        let Some(start) = day_of(a, tl) else { continue };
        let Some(b) = ms.get(k + 1) else { continue };
        let When::Day(end, _) = b.when else { continue };
        let until = b.first.checked_sub(1).is_some_and(|p| {
            ["until", "till", "to", "through"]
                .iter()
                .any(|w| doc.is(p, w))
        });
        let same_sentence = doc.sentence_of(a.span.start) == doc.sentence_of(b.span.start);
        if !until || !same_sentence || b.first.saturating_sub(a.end) > UNTIL_GAP {
            continue;
        }
        let mut end = end;
        if end.y == 0 {
            end.y = start.y;
        }
        let ordered = if start.y == 0 || end.y == 0 {
            (start.m, start.d) <= (end.m, end.d)
        } else {
            (0..=400).contains(&(end.day_number() - start.day_number()))
        };
        if ordered {
            return Some(Candidate {
                start,
                end: Some(end),
                span: Span::new(a.span.start, b.span.end),
                certainty: a_certainty(a),
                rule: "<date> ... until <date>",
            });
        }
    }
    None
}

/// "Starting today, (July 26)", "from Monday 12 June", "begins on 3 March"; "since the
/// initiative began on November 20".
fn stated_start(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.iter().find_map(|m| {
        if m.lead != Lead::Start && !since_launch(doc, m) {
            return None;
        }
        let start = day_of(m, tl)?;
        Some(Candidate {
            start,
            end: None,
            span: m.span,
            certainty: a_certainty(m),
            rule: "starting <date>",
        })
    })
}

/// How many tokens before a date "since" may open the clause that launches an operation.
const SINCE_REACH: usize = 8;

/// "since the annual initiative began on November 20", "since the launch of Operation Ardent
/// on 3 May": the start of the operation the release reports on, open at its end. Only a
/// day: "since it started in April 2019" tells a running total's age, not a period.
fn since_launch(doc: &Doc, m: &Mention) -> bool {
    if m.lead != Lead::Since || !matches!(m.when, When::Day(..)) {
        return false;
    }
    let lo = m.first.saturating_sub(SINCE_REACH);
    let Some(since) = (lo..m.first).rev().find(|&k| doc.is(k, "since")) else {
        return false;
    };
    let clause = since + 1..m.first;
    clause.clone().any(|k| in_list(doc.tok(k), &LAUNCH_WORDS))
        && clause
            .clone()
            .any(|k| in_list(doc.tok(k), &OPERATION_NOUNS))
}

/// Stated when the mention names the day; inferred when it was worked out.
fn a_certainty(m: &Mention) -> Certainty {
    if matches!(m.when, When::Day(..)) {
        Certainty::Stated
    } else {
        Certainty::Inferred
    }
}

/// The day a single-day mention names, resolved against the publication date.
fn day_of(m: &Mention, tl: &Timeline) -> Option<Ymd> {
    match m.when {
        When::Day(d, _) => Some(with_year(d, tl)),
        When::Rel(Rel::Today | Rel::Tonight) => reference(tl),
        When::Rel(Rel::Yesterday | Rel::LastNight) => reference(tl).map(|r| r.plus_days(-1)),
        When::Weekday(w) => weekday_near(reference(tl)?, w, false),
        _ => None,
    }
}

/// One day of police activity: "on Thursday, 23 July", "today (Thursday)",
/// "Friday night", "on June 25", "over the weekend".
fn one_day(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    let (k, mut best) = ms
        .iter()
        .enumerate()
        .find_map(|(k, m)| single_day(doc, tl, m).map(|c| (k, c)))?;
    // "on Saturday ... on Sunday": days of action that follow one another extend it. Only
    // days named as such: "today's seizure" is the day the release speaks, not another day
    // of action.
    if best.end == Some(best.start) {
        let named = |m: &&&Mention| matches!(m.when, When::Day(..) | When::Weekday(_));
        for m in ms.iter().skip(k + 1).take(CHAIN_REACH).filter(named) {
            let Some(c) = single_day(doc, tl, m) else {
                continue;
            };
            let (Some(end), Some(next)) = (best.end, c.end) else {
                continue;
            };
            if c.start == next && end.y != 0 && c.start.y != 0 && c.start == end.plus_days(1) {
                best.end = Some(c.start);
            }
        }
    }
    Some(best)
}

/// How many later mentions may extend a day of action to the days after it.
const CHAIN_REACH: usize = 8;

/// One mention as a day (or weekend) of police activity.
fn single_day(doc: &Doc, tl: &Timeline, m: &Mention) -> Option<Candidate> {
    if !sentence_has(doc, m, &ACTION_WORDS) {
        return None;
    }
    if let When::Rel(Rel::Weekend) = m.when {
        let r = reference(tl)?;
        let sat = weekday_near(r, 5, false)?;
        return Some(Candidate {
            start: sat,
            end: Some(sat.plus_days(1)),
            span: m.span,
            certainty: Certainty::Inferred,
            rule: "over the weekend",
        });
    }
    let forward = matches!(m.when, When::Weekday(_)) && future_before(doc, m);
    let day = match (m.when, forward) {
        (When::Weekday(w), true) => weekday_near(reference(tl)?, w, true)?,
        // "last Friday" on a Friday is a week ago.
        (When::Weekday(w), false) if last_before(doc, m) => {
            let r = reference(tl)?;
            weekday_near(r.plus_days(-1), w, false)?
        }
        _ => day_of(m, tl)?,
    };
    Some(Candidate {
        start: day,
        end: Some(day),
        span: m.span,
        certainty: a_certainty(m),
        rule: "on <day>",
    })
}

/// Whether "last" stands right before the mention ("last Friday").
fn last_before(doc: &Doc, m: &Mention) -> bool {
    m.first.checked_sub(1).is_some_and(|p| doc.is(p, "last"))
}

/// Whether the clause before a weekday speaks of the future ("will", "next").
fn future_before(doc: &Doc, m: &Mention) -> bool {
    let lo = m.first.saturating_sub(6);
    (lo..m.first).any(|k| doc.is(k, "will") || doc.is(k, "next") || doc.is(k, "until"))
}

/// "last week", "this week": Monday to Sunday around the publication date.
fn one_week(doc: &Doc, tl: &Timeline, ms: &[&Mention]) -> Option<Candidate> {
    ms.iter().find_map(|m| {
        let back = match m.when {
            When::Rel(Rel::LastWeek) => 7,
            When::Rel(Rel::ThisWeek) => 0,
            _ => return None,
        };
        if !sentence_has(doc, m, &ACTION_WORDS) {
            return None;
        }
        let monday = weekday_near(reference(tl)?, 0, false)?.plus_days(-back);
        Some(Candidate {
            start: monday,
            end: Some(monday.plus_days(6)),
            span: m.span,
            certainty: Certainty::Inferred,
            rule: "last week",
        })
    })
}
