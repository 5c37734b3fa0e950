//! Figures: every number a reader would want in a table (seizures, outcomes, activity and
//! statistics), each with its category, value, unit, qualifier and period.
//!
//! `number` reads quantities, `lexicon` holds the word tables, `rules` decides what each
//! number counts; this module attaches periods and merges repeated mentions.

mod lexicon;
pub(crate) mod number;
pub mod reject;
mod rules;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::extract::decimal;
use crate::extract::facts::date;
use crate::extract::lexicon::{words, WordList};
use crate::extract::model::{Category, Certainty, Change, Figure, Qualifier, Span, Unit};
use crate::extract::pipeline::Context;
use crate::extract::text::{Doc, TokenKind};

pub fn find(cx: &mut Context) {
    let mut found = rules::read_all(cx);
    weapons_of_the_release(&cx.doc, &mut found);
    let mut figures: Vec<(Figure, usize)> = Vec::new();
    // Stated figures by what they state, so that a repeat finds its first mention at once.
    // Under one key they differ only in period, so each list stays short.
    let mut stated_by_key: HashMap<String, Vec<usize>> = HashMap::new();
    // Implied single items ("a replica firearm") by what they state, item and sentence.
    let mut implied: HashMap<(String, String, usize), usize> = HashMap::new();
    // Pairs (later sentence, earlier sentence) where a stated figure was repeated: the later
    // sentence restates the earlier one, so its "a replica firearm" is the same firearm.
    // Kept as the earlier sentences of each later one, ascending and without repeats.
    let mut restated: HashMap<usize, Vec<usize>> = HashMap::new();
    // A value that is not plain (more than 15 significant digits, past 10^15, or below
    // 10^-5: a run of forty digits, "0.0000001 kg") is not a figure a reader means, and
    // facts/1 writes only plain numbers (`extract::decimal`).
    for f in found
        .into_iter()
        .filter(|f| decimal::is_plain(f.figure.value))
    {
        let mut fig = f.figure;
        if let Some((period, certainty)) = date::figure_period(cx, f.number) {
            fig.period = Some(period);
            fig.period_certainty = certainty;
        }
        let stated = fig.value_certainty == Certainty::Stated;
        let key = key_of(&fig);
        // A mention with no period repeats one that has a period, and the other way.
        let agrees =
            |g: &Figure| g.period == fig.period || g.period.is_none() || fig.period.is_none();
        let same = if stated {
            stated_by_key.get(&key).and_then(|list| {
                // Past a few distinct terms the check gives way, so that a long paste of
                // court results stays linear.
                list.iter().copied().enumerate().find_map(|(n, k)| {
                    (agrees(&figures[k].0)
                        && (n >= 16
                            || !(two_people_sentenced(&cx.doc, &fig, figures[k].1, f.sentence)
                                || different_crimes(&fig, &figures[k].0))))
                    .then_some(k)
                })
            })
        } else {
            let item = str::to_lowercase(&fig.item);
            restated
                .get(&f.sentence)
                .into_iter()
                .flatten()
                .find_map(|&earlier| implied.get(&(key.clone(), item.clone(), earlier)))
                .copied()
                .filter(|&k| agrees(&figures[k].0))
        };
        match same {
            Some(k) => {
                let (g, at) = &mut figures[k];
                if stated && *at != f.sentence {
                    let earlier = restated.entry(f.sentence).or_default();
                    if let Err(p) = earlier.binary_search(at) {
                        earlier.insert(p, *at);
                    }
                }
                if g.qualifier == Qualifier::Exact && fig.qualifier != Qualifier::Exact {
                    g.qualifier = fig.qualifier;
                }
                if g.period.is_none() && fig.period.is_some() {
                    g.period = fig.period.take();
                    g.period_certainty = fig.period_certainty;
                }
                g.source.mentions.push(fig.source.span);
            }
            None => {
                if stated {
                    stated_by_key.entry(key).or_default().push(figures.len());
                } else {
                    implied
                        .entry((key, str::to_lowercase(&fig.item), f.sentence))
                        .or_insert(figures.len());
                }
                figures.push((fig, f.sentence));
            }
        }
    }
    let opening = date::opening_period(cx);
    statistics_frame(&cx.doc, &mut figures, cx.out.period.is_some(), opening);
    cx.out.figures.extend(figures.into_iter().map(|(f, _)| f));
}

/// "Weapons" are knives in most releases, but in a release about guns ("126 weapons
/// were handed in" in a firearms surrender) they are firearms. A release is about guns
/// when its firearm words outnumber its knife words at least two to one.
fn weapons_of_the_release(doc: &Doc, found: &mut [rules::Found]) {
    let is_weapons = |f: &rules::Found| {
        f.figure.category == Category::Knife
            && doc
                .slice(f.figure.source.span)
                .split_whitespace()
                .last()
                .is_some_and(|w| {
                    w.eq_ignore_ascii_case("weapons") || w.eq_ignore_ascii_case("weapon")
                })
    };
    if !found.iter().any(is_weapons) {
        return;
    }
    let (mut guns, mut knives) = (0usize, 0usize);
    for i in 0..doc.tokens.len() {
        if lexicon::FIREARM_WORDS.iter().any(|w| doc.is(i, w)) {
            guns += 1;
        } else if lexicon::KNIFE_WORDS.iter().any(|w| doc.is(i, w)) {
            knives += 1;
        }
    }
    if guns < 2 || guns < 2 * knives {
        return;
    }
    for f in found.iter_mut().filter(|f| is_weapons(f)) {
        f.figure.category = Category::Firearm;
    }
}

/// A release of statistics names its period once, with its first change ("In the year to
/// March, burglary fell by 9%"), and its later changes ("Robbery (down 4%)") speak of the
/// same period without saying so. So a change with no period of its own takes the
/// period of the first change that states one: a year, a financial year, a half, a year to
/// date or a span of months, never a day; failing that, of the statistics period the
/// opening paragraphs name. A release about days of action (a document period)
/// has no such frame.
fn statistics_frame(
    doc: &Doc,
    figures: &mut [(Figure, usize)],
    operation: bool,
    opening: Option<String>,
) {
    if operation {
        return;
    }
    let frame = figures.iter().find_map(|(f, _)| {
        let p = f.period.as_deref()?;
        let long = !p.contains('/') || month_span(p);
        (f.change.is_some() && f.period_certainty == Certainty::Stated && long)
            .then(|| p.to_string())
    });
    let stated = frame.is_some();
    let Some(frame) = frame.or(opening) else {
        return;
    };
    for (f, _) in figures.iter_mut() {
        let crime = stated
            && matches!(f.category, Category::Incident | Category::Rate)
            && !comparison_base(doc, f.source.span);
        if f.period.is_none() && (f.change.is_some() || crime) {
            f.period = Some(frame.clone());
            f.period_certainty = Certainty::Inferred;
        }
    }
}

/// Whether the figure at `span` is the base of a comparison ("down from 3,189", "as
/// opposed to 212", "compared with 98"): a figure of another period than the frame's.
fn comparison_base(doc: &Doc, span: Span) -> bool {
    let at = doc.tokens.partition_point(|t| t.start < span.start);
    date::is_base_number(doc, at) || (at >= 2 && doc.is(at - 1, "to") && doc.is(at - 2, "opposed"))
}

/// Whether a period `YYYY-MM-DD/YYYY-MM-DD` runs from the first of a month for three months
/// or more (a statistics period), or is a financial year (`FY2021/22`).
fn month_span(p: &str) -> bool {
    if p.starts_with("FY") {
        return true;
    }
    let Some((a, b)) = p.split_once('/') else {
        return false;
    };
    match (year_month(a), year_month(b)) {
        (Some((y1, m1)), Some((y2, m2))) => {
            a.ends_with("-01") && (y2 * 12 + m2) - (y1 * 12 + m1) + 1 >= 3
        }
        _ => false,
    }
}

/// The year and month of `YYYY-MM-DD`.
fn year_month(s: &str) -> Option<(i32, i32)> {
    let mut it = s.splitn(3, '-');
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// What became of one number in the text: the figure it was read as (with its period), or
/// the rejection that turned it down.
#[derive(Clone, Debug)]
pub struct Explained {
    /// The quantity's span; in byte offsets inside the core, code points once returned.
    pub span: Span,
    /// The quantity as written.
    pub text: String,
    pub figure: Option<Figure>,
    pub rejection: Option<&'static reject::Rejection>,
}

/// Every number in the text, in order, with the figure it became or why it is none. A
/// figure here is as read, before repeats are merged.
pub fn explain(cx: &Context) -> Vec<Explained> {
    let mut trace = Vec::new();
    rules::read_traced(cx, Some(&mut trace));
    trace
        .into_iter()
        .map(|t| match t.outcome {
            rules::Outcome::Figure(mut f) => {
                if !decimal::is_plain(f.value) {
                    return Explained {
                        span: t.quantity,
                        text: String::new(),
                        figure: None,
                        rejection: Some(&reject::NOT_PLAIN),
                    };
                }
                if let Some((p, c)) = date::figure_period(cx, t.number) {
                    f.period = Some(p);
                    f.period_certainty = c;
                }
                Explained {
                    span: t.quantity,
                    text: String::new(),
                    figure: Some(*f),
                    rejection: None,
                }
            }
            rules::Outcome::Rejected(r) => Explained {
                span: t.quantity,
                text: String::new(),
                figure: None,
                rejection: Some(r),
            },
        })
        .collect()
}

/// Whether the same prison term is said of two people, each sentence opening with a
/// different name and an age: "Marcus Reid, 27, was jailed for six years." then "Jordan Hale, 22, was
/// jailed for six years." are two sentences passed, not one repeated.
fn two_people_sentenced(doc: &Doc, fig: &Figure, a: usize, b: usize) -> bool {
    if fig.category != Category::Conviction || fig.unit != Unit::Years || a == b {
        return false;
    }
    let opening = |s: usize| {
        let r = doc.tokens_in(doc.sentences.get(s)?);
        let (x, y) = (r.start, r.start + 1);
        let cap = |k: usize| {
            k < r.end
                && doc.tokens[k].kind == TokenKind::Word
                && doc.tok(k).chars().next().is_some_and(char::is_uppercase)
        };
        // The name is followed by an age: "Marcus Reid, 27," or "Marcus Reid, aged 27,".
        let aged = doc.tokens.get(y + 1).is_some_and(|_| doc.tok(y + 1) == ",")
            && doc.tokens.get(y + 2).is_some_and(|t| {
                t.kind == TokenKind::Number || doc.tok(y + 2).eq_ignore_ascii_case("aged")
            });
        (cap(x) && cap(y) && aged).then(|| (doc.tok(x), doc.tok(y)))
    };
    matches!((opening(a), opening(b)), (Some(p), Some(q)) if p != q)
}

/// Words of a statistic's item that name no crime of their own: the change, the measure,
/// and words for crime in general.
static NOT_A_CRIME: WordList = words![
    "rise",
    "rises",
    "increase",
    "increases",
    "fall",
    "falls",
    "drop",
    "drops",
    "decrease",
    "decreases",
    "reduction",
    "reductions",
    "jump",
    "hike",
    "cut",
    "up",
    "down",
    "more",
    "fewer",
    "less",
    "in",
    "of",
    "the",
    "a",
    "an",
    "and",
    "on",
    "for",
    "to",
    "crime",
    "crimes",
    "offence",
    "offences",
    "offense",
    "offenses",
    "incident",
    "incidents",
    "reported",
    "recorded",
    "total",
    "overall",
    "all",
    "per",
    "cent",
    "percent",
    "rate",
];

/// Whether two equal statistics are about different crimes, so both stand: "public order
/// offences jumped 39%" and "a 39% increase in robbery" are two figures, not one repeated.
/// Only crimes and rates, whose items name the crime; each item must name one, sharing no
/// word with the other (a word's first five letters, so "burglary" and "burglaries" agree).
fn different_crimes(a: &Figure, b: &Figure) -> bool {
    if !matches!(a.category, Category::Incident | Category::Rate) {
        return false;
    }
    let stems = |item: &str| -> Vec<String> {
        item.split(|c: char| !c.is_alphanumeric() && c != '-')
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && !NOT_A_CRIME.contains(&w.as_str()))
            .map(|w| w.chars().take(5).collect())
            .collect()
    };
    let (x, y) = (stems(&a.item), stems(&b.item));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.contains(w))
}

/// What makes two figures the same fact: category, value, unit and change (and a period
/// that agrees, checked apart), as their facts/1 names and the value's bits. (Not `{:?}`:
/// the derived `Debug` impls would be the only ones the web build carries.)
fn key_of(f: &Figure) -> String {
    let change = match f.change {
        Some(Change::Increase) => "increase",
        Some(Change::Decrease) => "decrease",
        None => "",
    };
    let mut key = String::from(f.category.as_str());
    for part in [&f.value.to_bits().to_string(), f.unit.as_str(), change] {
        key.push('|');
        key.push_str(part);
    }
    key
}
