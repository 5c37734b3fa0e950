//! Figures: every number a reader would want in a table (seizures, outcomes, activity and
//! statistics), each with its category, value, unit, qualifier and period.
//!
//! `number` reads quantities, `lexicon` holds the word tables, `rules` decides what each
//! number counts; this module attaches periods and merges repeated mentions.

mod lexicon;
mod number;
mod rules;
#[cfg(test)]
mod tests;

use crate::extract::facts::date;
use crate::extract::model::{Certainty, Figure, Qualifier};
use crate::extract::pipeline::Context;

pub fn find(cx: &mut Context) {
    let found = rules::read_all(cx);
    let mut figures: Vec<(Figure, usize)> = Vec::new();
    // Pairs (later sentence, earlier sentence) where a stated figure was repeated: the later
    // sentence restates the earlier one, so its "a replica firearm" is the same firearm.
    let mut restated: Vec<(usize, usize)> = Vec::new();
    for f in found {
        let mut fig = f.figure;
        if let Some((period, certainty)) = date::figure_period(cx, f.number) {
            fig.period = Some(period);
            fig.period_certainty = certainty;
        }
        let stated = fig.value_certainty == Certainty::Stated;
        let same = figures.iter_mut().find(|(g, at)| {
            same_key(g, &fig)
                && if stated {
                    g.value_certainty == Certainty::Stated
                } else {
                    g.value_certainty == Certainty::Inferred
                        && g.item.eq_ignore_ascii_case(&fig.item)
                        && restated.contains(&(f.sentence, *at))
                }
        });
        match same {
            Some((g, at)) => {
                if stated && *at != f.sentence && !restated.contains(&(f.sentence, *at)) {
                    restated.push((f.sentence, *at));
                }
                if g.qualifier == Qualifier::Exact && fig.qualifier != Qualifier::Exact {
                    g.qualifier = fig.qualifier;
                }
                g.source.mentions.push(fig.source.span);
            }
            None => figures.push((fig, f.sentence)),
        }
    }
    cx.out.figures.extend(figures.into_iter().map(|(f, _)| f));
}

/// Whether two figures state the same fact: same category, value, unit, period and change.
fn same_key(a: &Figure, b: &Figure) -> bool {
    a.category == b.category
        && (a.value - b.value).abs() < 1e-9
        && a.unit == b.unit
        && a.period == b.period
        && a.change == b.change
}
