//! Checks: whether a release's own arithmetic holds. Each claim a release makes about its
//! figures (a change between two values, a percentage change, parts of a total, a rounded
//! headline) is worked out again from the figures, and called `consistent`,
//! `inconsistent` or `unverifiable`.
//!
//! This runs last, over the figures the core has read (their value, unit, qualifier,
//! change, period and spans) and the words around them (`Doc`). Figures are compared only
//! when they are the same thing: the same category and unit, and periods that fit. Calling
//! a true claim `inconsistent` is the worst error a check can make, so every rule says
//! `inconsistent` only when the arithmetic is clearly off and the figures clearly belong
//! together; anything less certain is `unverifiable`, or no check at all.

mod lexicon;
#[cfg(test)]
mod tests;

use crate::extract::model::{Category, Change, Figure, Group, Qualifier, Span, Unit};
use crate::extract::sorting;
use crate::extract::text::FastHasher;
use crate::extract::text::{Doc, TokenKind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// What a check tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A stated difference, or a rise or fall between two values.
    Change,
    /// A stated percentage change (or a fraction, "a third fewer") between two values.
    PercentChange,
    /// Parts stated within a total.
    PartOfTotal,
    /// A rounded or qualified figure against the exact figures it sums up.
    Headline,
}

impl Kind {
    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Change => "change",
            Kind::PercentChange => "percent_change",
            Kind::PartOfTotal => "part_of_total",
            Kind::Headline => "headline",
        }
    }
}

/// What the figures say about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The arithmetic holds, within the rounding the words allow.
    Consistent,
    /// It does not: a fall stated as a rise, parts over their total, a wrong percentage.
    Inconsistent,
    /// A value the claim needs is not in the text, or the figures may not be the same thing.
    Unverifiable,
}

impl Verdict {
    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable => "unverifiable",
        }
    }
}

/// The words of a claim: a span of the text and the text itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub span: Span,
    pub text: String,
}

/// One claim tested against the figures: facts/1's `checks` (see FACTS.md, "Checks").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub kind: Kind,
    pub verdict: Verdict,
    pub claim: Claim,
    /// Indices into the extraction's `figures` of every figure the check used.
    #[serde(default)]
    pub figures: Vec<usize>,
    /// The arithmetic, written for a reader: "512 − 448 = +64".
    #[serde(default)]
    pub working: String,
    /// The name of the rule that made the check.
    #[serde(default)]
    pub rule: String,
}

/// One rule: its name (the shape of the claim it reads), the kind of check it makes, an
/// example, and the function that reads a sentence.
pub struct Rule {
    pub name: &'static str,
    pub kind: Kind,
    pub example: &'static str,
    apply: fn(&Reader, usize, &mut Out),
}

/// The rules, in the order they run on each sentence. The fallback for changes with
/// nothing to compare runs last, over what the others left.
pub static RULES: &[Rule] = &[
    Rule {
        name: "<difference> between two values",
        kind: Kind::Change,
        example: "512 knives in 2023, an increase of 64 on the year before (448)",
        apply: stated_difference,
    },
    Rule {
        name: "<percent> change between two values",
        kind: Kind::PercentChange,
        example: "down 12.5 per cent, from 880 to 770",
        apply: stated_percent,
    },
    Rule {
        name: "<fraction> change between two values",
        kind: Kind::PercentChange,
        example: "almost a third fewer: 213 against 310",
        apply: stated_fraction,
    },
    Rule {
        name: "<rise|fall> from <a> to <b>",
        kind: Kind::Change,
        example: "a fall in burglaries from 652 to 598",
        apply: direction,
    },
    Rule {
        name: "<total>, of which <parts>",
        kind: Kind::PartOfTotal,
        example: "96 firearms, of which 41 were handguns",
        apply: of_which,
    },
    Rule {
        name: "of the <total>, <parts>",
        kind: Kind::PartOfTotal,
        example: "of the 23 people arrested, 15 were charged",
        apply: of_the,
    },
    Rule {
        name: "<total>, including <parts>",
        kind: Kind::PartOfTotal,
        example: "212 firearms were handed in, including 18 revolvers",
        apply: including,
    },
    Rule {
        name: "<total> made up of <parts>",
        kind: Kind::PartOfTotal,
        example: "60 weapons, made up of 45 knives and 15 knuckledusters",
        apply: made_up_of,
    },
    Rule {
        name: "<qualified total> against the exact figures",
        kind: Kind::Headline,
        example: "more than 120 knives and weapons, against 97 knives and 26 other weapons",
        apply: headline,
    },
];

/// The last rule: a stated change that nothing in the text lets us work out.
pub static NOTHING_TO_COMPARE: Rule = Rule {
    name: "<change> with nothing to compare",
    kind: Kind::Change,
    example: "down 63 on last year",
    apply: nothing_to_compare,
};

/// Checks every claim in `doc` about `figures`. Spans are byte offsets here, as everywhere
/// inside the core; the pipeline fills each claim's text and converts its span with the
/// rest.
pub fn find(doc: &Doc, figures: &[Figure]) -> Vec<Check> {
    let reader = Reader::new(doc, figures);
    let mut out = Out::default();
    // Every rule reads figures: a sentence with none has no claim.
    for s in (0..doc.sentences.len()).filter(|&s| !reader.in_sentence(s).is_empty()) {
        for rule in RULES.iter().chain([&NOTHING_TO_COMPARE]) {
            out.rule = rule.name;
            (rule.apply)(&reader, s, &mut out);
        }
    }
    out.checks
}

/// What the rules have found so far.
#[derive(Default)]
struct Out {
    checks: Vec<Check>,
    /// The name of the rule now running.
    rule: &'static str,
    /// What the rules have noted, as tagged triples in one set (one set type keeps the
    /// web build small): change figures a check has used, which the fallback leaves
    /// alone (`USED`); every figure some check used (`IN_CHECK`) and every two used
    /// together (`TOGETHER`); and what has been checked (`SEEN_SPAN`, `SEEN_FIGURES`), so
    /// a claim read by two rules is checked once.
    notes: HashSet<(usize, usize, usize), BuildHasherDefault<FastHasher>>,
    /// Headlines weighed so far (see `MAX_HEADLINES`).
    headlines: usize,
    /// The pairs of the sentence last read, and its index.
    pairs: Option<(usize, Vec<Pair>)>,
}

/// The tags of `Out::notes`.
const USED: usize = 0;
const IN_CHECK: usize = 1;
const TOGETHER: usize = 2;
/// Plus the kind's index.
const SEEN_SPAN: usize = 3;
const SEEN_FIGURES: usize = 7;

/// The most qualified figures of one release weighed as headlines.
const MAX_HEADLINES: usize = 32;

impl Out {
    fn push(
        &mut self,
        kind: Kind,
        verdict: Verdict,
        span: Span,
        figs: Vec<usize>,
        working: String,
    ) {
        let mut figs = figs;
        sorting::sort(&mut figs);
        figs.dedup();
        let k = kind as usize;
        let mut h = FastHasher::default();
        figs.hash(&mut h);
        let seen_figs = (SEEN_FIGURES + k, h.finish() as usize, figs.len());
        let seen_span = (SEEN_SPAN + k, span.start, span.end);
        if self.notes.contains(&seen_figs) || self.notes.contains(&seen_span) {
            return;
        }
        self.notes.insert(seen_figs);
        self.notes.insert(seen_span);
        for (i, &x) in figs.iter().enumerate() {
            self.notes.insert((IN_CHECK, x, 0));
            for &y in &figs[i + 1..] {
                self.notes.insert((TOGETHER, x, y));
            }
        }
        // In text order: a check goes after those whose claim starts earlier (they come
        // nearly in order, so this is almost always the end).
        let key = (span.start, span.end);
        let at = self
            .checks
            .partition_point(|c| (c.claim.span.start, c.claim.span.end) <= key);
        self.checks.insert(
            at,
            Check {
                kind,
                verdict,
                claim: Claim {
                    span,
                    text: String::new(),
                },
                figures: figs,
                working,
                rule: self.rule.to_string(),
            },
        );
    }
}

/// One mention of a figure in the text.
#[derive(Clone, Copy, Debug)]
struct Occ {
    fig: usize,
    span: Span,
    /// Its first token and the token after it.
    a: usize,
    b: usize,
    sentence: usize,
}

/// The figures and the text, indexed for the rules.
pub struct Reader<'a> {
    doc: &'a Doc<'a>,
    figures: &'a [Figure],
    /// Every mention of every figure, by position.
    occs: Vec<Occ>,
    /// The mentions of each sentence, as a range of `occs` (mentions are sorted by
    /// position, so each sentence's are together).
    by_sentence: Vec<std::ops::Range<usize>>,
}

impl<'a> Reader<'a> {
    fn new(doc: &'a Doc<'a>, figures: &'a [Figure]) -> Reader<'a> {
        let mut occs = Vec::new();
        for (i, f) in figures.iter().enumerate() {
            for span in std::iter::once(f.source.span).chain(f.source.mentions.iter().copied()) {
                let a = doc.token_at(span.start);
                let b = doc.tokens.partition_point(|t| t.end <= span.end).max(a);
                let sentence = doc.sentences.partition_point(|r| r.end <= span.start);
                if sentence < doc.sentences.len() && a < b {
                    occs.push(Occ {
                        fig: i,
                        span,
                        a,
                        b,
                        sentence,
                    });
                }
            }
        }
        // By position: sorting (start, index) pairs uses the sort the page already has
        // for highlights, where a sort of `Occ` would add its own code to the wasm.
        let mut order: Vec<(usize, usize)> = occs
            .iter()
            .enumerate()
            .map(|(i, o)| (o.span.start, i))
            .collect();
        sorting::sort(&mut order);
        let occs: Vec<Occ> = order.iter().map(|&(_, i)| occs[i]).collect();
        let mut by_sentence = vec![0..0; doc.sentences.len()];
        let mut i = 0;
        while i < occs.len() {
            let s = occs[i].sentence;
            let j = i + occs[i..].partition_point(|o| o.sentence == s);
            if let Some(r) = by_sentence.get_mut(s) {
                *r = i..j;
            }
            i = j;
        }
        Reader {
            doc,
            figures,
            occs,
            by_sentence,
        }
    }

    fn fig(&self, o: &Occ) -> &'a Figure {
        &self.figures[o.fig]
    }

    /// The mentions in sentence `s`, in order.
    fn in_sentence(&self, s: usize) -> &[Occ] {
        self.by_sentence
            .get(s)
            .and_then(|r| self.occs.get(r.clone()))
            .unwrap_or(&[])
    }

    /// The mention that starts at token `k` in sentence `s`.
    fn starting_at(&self, s: usize, k: usize) -> Option<Occ> {
        let occs = self.in_sentence(s);
        let i = occs.partition_point(|o| o.a < k);
        occs.get(i).filter(|o| o.a == k).copied()
    }

    /// The mention that holds token `k` in sentence `s`.
    fn holding(&self, s: usize, k: usize) -> Option<Occ> {
        let occs = self.in_sentence(s);
        let i = occs.partition_point(|o| o.a <= k);
        i.checked_sub(1)
            .and_then(|i| occs.get(i))
            .filter(|o| k < o.b)
            .copied()
    }

    /// The last mention of sentence `s` that ends at or before token `k`.
    fn last_before(&self, s: usize, k: usize) -> Option<Occ> {
        let occs = self.in_sentence(s);
        let i = occs.partition_point(|o| o.a < k);
        occs[..i].iter().rev().find(|o| o.b <= k).copied()
    }

    /// The first mention of sentence `s` that starts at or after token `k`.
    fn first_from(&self, s: usize, k: usize) -> Option<Occ> {
        let occs = self.in_sentence(s);
        occs.get(occs.partition_point(|o| o.a < k)).copied()
    }

    /// The token range of sentence `s`.
    fn tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.doc
            .sentences
            .get(s)
            .map(|r| self.doc.tokens_in(r))
            .unwrap_or(0..0)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.doc.is(i, w)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.doc.tokens.len() && words.iter().any(|w| self.doc.is(i, w))
    }

    /// The byte span of tokens `a..b`.
    fn span(&self, a: usize, b: usize) -> Span {
        match (
            self.doc.tokens.get(a),
            self.doc.tokens.get(b.saturating_sub(1)),
        ) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end),
            _ => Span::default(),
        }
    }

    /// How the words before a mention hedge its value ("more than 120", "almost 450"),
    /// with the first token of those words; the figure's qualifier when no word says more.
    fn hedge(&self, o: &Occ) -> (Hedge, usize) {
        let toks = self.tokens(o.sentence);
        for (words, h) in lexicon::HEDGES.iter() {
            let n = words.len();
            if o.a < toks.start + n {
                continue;
            }
            let at = o.a - n;
            if words.iter().enumerate().all(|(k, w)| self.is(at + k, w)) {
                return (*h, at);
            }
        }
        let h = match self.fig(o).qualifier {
            Qualifier::Exact => Hedge::Exact,
            Qualifier::MoreThan => Hedge::MoreThan,
            Qualifier::AtLeast => Hedge::MoreThan,
            Qualifier::About => Hedge::About,
            Qualifier::UpTo => Hedge::UpTo,
        };
        (h, o.a)
    }

    /// Whether a mention's value was written rounded: with a hedge, or with a scale word
    /// ("1.2 million", "£5m"), so a percentage worked from it may differ from the one the
    /// release worked from its exact data.
    fn rounded(&self, o: &Occ) -> bool {
        let text = self.doc.slice(o.span);
        self.hedge(o).0 != Hedge::Exact
            || (o.a..o.b).any(|k| {
                self.doc.tokens[k].kind == TokenKind::Word
                    && lexicon::SCALES.iter().any(|w| self.doc.is(k, w))
            })
            || text.ends_with('m') && text.starts_with(['£', '$', '€'])
    }

    /// The number of decimals written in a mention's number ("16.2 per cent" has one).
    fn decimals(&self, o: &Occ) -> u32 {
        (o.a..o.b)
            .find(|&k| self.doc.tokens[k].kind == TokenKind::Number)
            .and_then(|k| self.doc.tok(k).split_once('.'))
            .map_or(0, |(_, d)| d.len() as u32)
    }

    /// The direction word that speaks of `pair`, read back from token `from`: one right
    /// before the values ("fell from", "risen to 30%"), or one whose next words name the
    /// pair's item ("a drop in the number of arrests: 88 arrests compared to 95").
    /// Stops at a clause break or another figure's mention, so "despite the increase in
    /// tests, 88 arrests compared to 95" has none.
    fn direction_before(&self, s: usize, from: usize, p: &Pair) -> Option<(Change, usize)> {
        let toks = self.tokens(s);
        // A percentage's item is whatever words followed it, so only a count's names it.
        let counted = self.fig(&p.new).unit != Unit::Percent;
        let heads = [head(&self.fig(&p.new).item), head(&self.fig(&p.old).item)];
        let names_item = |k: usize| {
            (k + 1..(k + 9).min(from)).any(|i| {
                let w = head(self.doc.tok(i));
                counted && heads.iter().any(|h| h.len() > 2 && *h == w)
            })
        };
        let mut k = from;
        let mut n = 0;
        while k > toks.start && n < 12 {
            k -= 1;
            n += 1;
            let other = self.holding(s, k).is_some_and(|o| !in_pair(p, o.fig));
            if self.is_any(k, &lexicon::CLAUSE_BREAKS) || other {
                return None;
            }
            if let Some(c) = self.direction_at(k) {
                if from - k <= 3 || names_item(k) {
                    return Some((c, k));
                }
            }
        }
        None
    }

    /// The direction a word at token `k` gives, if it is a rise or fall word. "up" and
    /// "down" count only before "from", "by" or a number ("down 63"), since "drive down
    /// crime" and "set up" are no changes.
    fn direction_at(&self, k: usize) -> Option<Change> {
        if self.is_any(k, &["up", "down"]) {
            let next_ok = self.is_any(k + 1, &["from", "by", "on"])
                || self
                    .doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number);
            if !next_ok {
                return None;
            }
        }
        if self.is_any(k, &lexicon::RISES) {
            Some(Change::Increase)
        } else if self.is_any(k, &lexicon::FALLS) {
            Some(Change::Decrease)
        } else {
            None
        }
    }
}

/// How the words around a value bound it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hedge {
    Exact,
    /// "more than", "over", "at least".
    MoreThan,
    /// "almost", "nearly", "just under": no more than the value, and not far below.
    Almost,
    /// "about", "around", "some".
    About,
    /// "up to", "fewer than", "under".
    UpTo,
}

/// What a value says of the one worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    Yes,
    No,
    Unsure,
}

/// How far a worked-out value may stand from a stated one, for an exact statement: within
/// `fit_lo` below and `fit_hi` above it fits; past `off_lo` below or `off_hi` above it is
/// clearly off; between, unsure.
#[derive(Clone, Copy, Debug)]
struct Slack {
    fit_lo: f64,
    fit_hi: f64,
    off_lo: f64,
    off_hi: f64,
    /// How far above the value "almost" may go: nothing for numbers, a little for words
    /// ("almost a third" of 33.5%).
    over: f64,
}

impl Slack {
    /// A count: only the same number fits.
    const COUNT: Slack = Slack {
        fit_lo: 0.0,
        fit_hi: 0.0,
        off_lo: 0.0,
        off_hi: 0.0,
        over: 0.0,
    };

    /// A percentage with `decimals` decimals: rounded or cut to them ("16.2" is 16.15 up to
    /// 16.3, not 16.1).
    fn percent(decimals: u32) -> Slack {
        let u = 10f64.powi(-(decimals.min(6) as i32));
        Slack {
            fit_lo: 0.5 * u + 1e-9,
            fit_hi: u - 1e-9,
            off_lo: 0.5 * u + 1e-9,
            off_hi: u - 1e-9,
            over: 1e-9,
        }
    }

    /// A fraction in words ("a third", "doubled"): a tenth either way fits, past a quarter
    /// is off.
    fn words(s: f64) -> Slack {
        Slack {
            fit_lo: 0.1 * s,
            fit_hi: 0.1 * s,
            off_lo: 0.25 * s,
            off_hi: 0.25 * s,
            over: 0.02 * s,
        }
    }
}

/// Whether `actual` fits the stated value `s` under hedge `h`.
fn judge(h: Hedge, s: f64, actual: f64, slack: Slack) -> Fit {
    let a = actual;
    let (fit, off) = match h {
        Hedge::Exact => (
            a >= s - slack.fit_lo && a <= s + slack.fit_hi,
            a < s - slack.off_lo || a > s + slack.off_hi,
        ),
        Hedge::MoreThan => (a >= s - slack.fit_lo, a < s - slack.off_lo),
        Hedge::Almost => (
            a >= 0.8 * s && a <= s + slack.over,
            a > s + slack.over || a < 0.6 * s,
        ),
        Hedge::About => (
            (a - s).abs() <= (0.1 * s).max(slack.fit_hi),
            (a - s).abs() > (0.3 * s).max(slack.off_hi),
        ),
        Hedge::UpTo => (a <= s + slack.fit_hi, a > s + slack.off_hi),
    };
    if fit {
        Fit::Yes
    } else if off {
        Fit::No
    } else {
        Fit::Unsure
    }
}

fn verdict_of(fit: Fit) -> Verdict {
    match fit {
        Fit::Yes => Verdict::Consistent,
        Fit::No => Verdict::Inconsistent,
        Fit::Unsure => Verdict::Unverifiable,
    }
}

/// Two mentions of the same thing, an earlier value and a later one.
#[derive(Clone, Copy, Debug)]
struct Pair {
    old: Occ,
    new: Occ,
    /// The periods are of different lengths (a year so far against a whole year), so a
    /// change between them says nothing checkable.
    partial: bool,
    /// Where the words that compare them start ("from", "compared"), for direction words.
    start: usize,
}

/// Whether two figures count the same thing: category and unit, the change-less ones.
fn same_thing(x: &Figure, y: &Figure) -> bool {
    x.category == y.category && x.unit == y.unit && x.change.is_none() && y.change.is_none()
}

/// Whether two periods are of one length, so one follows the other: `2019` and `2020`,
/// `FY2019/20` and `FY2020/21`; a year so far (`2016-YTD`) is not a whole year.
fn same_length(p: &str, q: &str) -> bool {
    let shape = |x: &str| {
        (
            x.len(),
            x.starts_with("FY"),
            x.ends_with("YTD"),
            x.contains('/'),
        )
    };
    shape(p) == shape(q)
}

fn periods_partial(x: &Figure, y: &Figure) -> bool {
    match (&x.period, &y.period) {
        (Some(p), Some(q)) => !same_length(p, q),
        _ => false,
    }
}

/// Every pair of values a sentence compares: "from <a> to <b>", "<b> compared with <a>",
/// "<b> (up|down) from <a>", or two values of one thing in two periods of one length
/// beside a stated change.
fn pairs(r: &Reader, s: usize) -> Vec<Pair> {
    let occs = r.in_sentence(s);
    let toks = r.tokens(s);
    let at = |k: usize| r.starting_at(s, k);
    let mut out: Vec<Pair> = Vec::new();
    // A sentence that compares more than a few pairs is a table, not a claim: past this
    // many, no more are read (and no stated change is tied to any).
    const MAX_PAIRS: usize = 16;
    let add = |out: &mut Vec<Pair>, old: Occ, new: Occ, start: usize| {
        let (x, y) = (r.fig(&old), r.fig(&new));
        if out.len() < MAX_PAIRS
            && old.fig != new.fig
            && same_thing(x, y)
            && !out
                .iter()
                .any(|p| p.old.fig == old.fig && p.new.fig == new.fig)
        {
            out.push(Pair {
                old,
                new,
                partial: periods_partial(x, y),
                start,
            });
        }
    };
    for k in toks.clone() {
        // "from 311 in 2022 to 247 in 2023".
        if r.is(k, "from") {
            let Some(a) = at(k + 1) else { continue };
            let to = (a.b..(a.b + 8).min(toks.end)).find(|&t| r.is(t, "to"));
            let between_clear = |t: usize| {
                r.first_from(s, a.b).is_none_or(|o| o.a >= t)
                    && !(a.b..t).any(|i| r.is_any(i, &lexicon::CLAUSE_BREAKS))
            };
            if let Some(t) = to.filter(|&t| between_clear(t)) {
                if let Some(b) = at(t + 1) {
                    add(&mut out, a, b, k);
                    continue;
                }
            }
            // "212, up from 179": the value before is the new one.
            if k > toks.start && r.is_any(k - 1, &["up", "down"]) {
                if let Some(new) = r.last_before(s, k - 1) {
                    let gap = (new.b..k - 1).filter(|&i| !r.is(i, ",")).count();
                    if gap <= 4 && !(new.b..k).any(|i| r.is_any(i, &lexicon::CLAUSE_BREAKS)) {
                        add(&mut out, a, new, k - 1);
                    }
                }
            }
        }
        // "down to 2,100 from 2,400", "up to 41.2 per cent from 38.5 per cent": the new
        // value first ("up to" with no "from" after it is a hedge, not a change).
        let falls_to = || {
            k > toks.start && (r.direction_at(k - 1).is_some() || r.is_any(k - 1, &["up", "down"]))
        };
        if r.is(k, "to") && falls_to() {
            if let Some(new) = at(k + 1) {
                let from = (new.b..(new.b + 3).min(toks.end)).find(|&t| r.is(t, "from"));
                if let Some(old) = from.and_then(|t| at(t + 1)) {
                    add(&mut out, old, new, k - 1);
                }
            }
        }
        // "88 arrests compared to 95", "318 firearms, compared with 279 in 2022".
        if r.is(k, "compared") && r.is_any(k + 1, &["with", "to"]) {
            let Some(old) = at(k + 2) else { continue };
            if let Some(new) = r.last_before(s, k) {
                let gap = new.b..k;
                let clear =
                    gap.len() <= 6 && !gap.clone().any(|i| r.is_any(i, &lexicon::CLAUSE_BREAKS));
                if clear {
                    add(&mut out, old, new, k);
                }
            }
        }
    }
    // "512 knives in 2023, an increase of 64 on the year before (448 in 2022)": two values of
    // one thing in two periods, beside a stated change of that thing.
    let changes = occs.iter().any(|o| r.fig(o).change.is_some());
    if out.is_empty() && changes {
        let plain: Vec<&Occ> = occs.iter().filter(|o| r.fig(o).change.is_none()).collect();
        if plain.len() == 2 {
            let (x, y) = (plain[0], plain[1]);
            let (fx, fy) = (r.fig(x), r.fig(y));
            if let (Some(p), Some(q)) = (&fx.period, &fy.period) {
                if p != q && same_length(p, q) {
                    let (old, new) = if p < q { (*x, *y) } else { (*y, *x) };
                    add(&mut out, old, new, x.a.min(y.a));
                }
            }
        }
    }
    out
}

/// The pairs of sentence `s`, read once for all the rules that ask.
fn cached_pairs(r: &Reader, s: usize, out: &mut Out) -> Vec<Pair> {
    match &out.pairs {
        Some((at, p)) if *at == s => p.clone(),
        _ => {
            let p = pairs(r, s);
            out.pairs = Some((s, p.clone()));
            p
        }
    }
}

/// The one pair of sentence `s`, when it has exactly one: a stated change is checked only
/// when the sentence compares nothing else.
fn one_pair(r: &Reader, s: usize, out: &mut Out) -> Option<Pair> {
    let p = cached_pairs(r, s, out);
    (p.len() == 1).then(|| p[0])
}

/// Whether a stated change `d` speaks of the pair: next to it in one clause, with no other
/// figure between ("fell by 6%, from 722 to 679"; not "fell by 12%, while offences dropped
/// from 412 to 371").
fn linked(r: &Reader, d: &Occ, p: &Pair) -> bool {
    let lo = p.old.a.min(p.new.a).min(p.start);
    let hi = p.old.b.max(p.new.b);
    let gap = if d.b <= lo {
        d.b..lo
    } else if d.a >= hi {
        hi..d.a
    } else {
        return true;
    };
    gap.len() <= 12
        && !gap.clone().any(|k| r.is_any(k, &lexicon::CLAUSE_BREAKS))
        && !gap.clone().any(|k| {
            r.starting_at(d.sentence, k)
                .is_some_and(|o| !in_pair(p, o.fig) && o.fig != d.fig)
        })
}

/// Whether figure `fig` is one of the pair's two values.
fn in_pair(p: &Pair, fig: usize) -> bool {
    p.old.fig == fig || p.new.fig == fig
}

/// The span from the first to the last of `spans`.
fn cover(spans: &[Span]) -> Span {
    let start = spans.iter().map(|s| s.start).min().unwrap_or(0);
    let end = spans.iter().map(|s| s.end).max().unwrap_or(0);
    Span::new(start, end)
}

/// The words of a change claim around mention `o`: back to a direction word or "by" a few
/// tokens before it ("an increase of 64", "down 16.2 per cent", "rose by 7%"), and on to
/// a direction word right after it ("a 14% decrease", "25% fewer").
fn change_words(r: &Reader, o: &Occ) -> Span {
    let toks = r.tokens(o.sentence);
    let mut start = o.a;
    for k in (o.a.saturating_sub(4).max(toks.start)..o.a).rev() {
        if r.direction_at(k).is_some() || r.is_any(k, &lexicon::HEDGE_WORDS) {
            start = k;
        }
        if r.is_any(k, &lexicon::CLAUSE_BREAKS) {
            break;
        }
    }
    let mut end = o.b;
    if end < toks.end && (r.direction_at(end).is_some() || r.is_any(end, &lexicon::COMPARATIVES)) {
        end += 1;
    }
    r.span(start, end)
}

/// `<difference> between two values`: "an increase of 64" beside 512 and 448.
fn stated_difference(r: &Reader, s: usize, out: &mut Out) {
    let Some(p) = one_pair(r, s, out) else { return };
    let (old, new) = (r.fig(&p.old), r.fig(&p.new));
    for d in r.in_sentence(s) {
        let f = r.fig(d);
        let Some(dir) = f.change else { continue };
        if in_pair(&p, d.fig)
            || f.unit != old.unit
            || f.unit == Unit::Percent
            || f.category != old.category
            || !linked(r, d, &p)
        {
            continue;
        }
        let diff = new.value - old.value;
        let figs = vec![p.new.fig, p.old.fig, d.fig];
        let span = cover(&[change_words(r, d), p.old.span, p.new.span]);
        out.notes.insert((USED, d.fig, 0));
        let mut working = format!(
            "{} − {} = {}",
            number(new.value),
            number(old.value),
            signed(diff)
        );
        let verdict = if p.partial {
            working.push_str(", but the two periods are not of one length");
            Verdict::Unverifiable
        } else if diff != 0.0 && (diff > 0.0) != (dir == Change::Increase) {
            working.push_str(&format!(", {}", opposite(diff)));
            Verdict::Inconsistent
        } else {
            let (h, _) = r.hedge(d);
            let fit = judge(h, f.value, diff.abs(), Slack::COUNT);
            let rounded = r.rounded(&p.old) || r.rounded(&p.new);
            match fit {
                Fit::No if rounded => Verdict::Unverifiable,
                _ => verdict_of(fit),
            }
        };
        out.push(Kind::Change, verdict, span, figs, working);
    }
}

/// Says what a difference of `diff` is against the claim's opposite: "a fall, not a rise".
fn opposite(diff: f64) -> String {
    let (is, said) = if diff > 0.0 {
        ("a rise", "a fall")
    } else {
        ("a fall", "a rise")
    };
    format!("{is}, not {said}")
}

/// The relative change from `old` to `new`, in per cent.
fn percent_change(old: f64, new: f64) -> Option<f64> {
    (old != 0.0).then(|| (new - old) / old * 100.0)
}

/// `<percent> change between two values`: "down 12.5 per cent, from 880 to 770", "a 25%
/// fall". With two percentages ("from 20 per cent to 38 per cent") the change may be in
/// points or relative: either fits.
fn stated_percent(r: &Reader, s: usize, out: &mut Out) {
    let Some(p) = one_pair(r, s, out) else { return };
    let (old, new) = (r.fig(&p.old), r.fig(&p.new));
    for d in r.in_sentence(s) {
        let f = r.fig(d);
        let Some(dir) = f.change else { continue };
        if in_pair(&p, d.fig) || f.unit != Unit::Percent || !linked(r, d, &p) {
            continue;
        }
        // A percentage between the pair and its change belongs to something else.
        if old.unit == Unit::Percent && f.category != Category::Rate {
            continue;
        }
        let Some(rel) = percent_change(old.value, new.value) else {
            continue;
        };
        let points = new.value - old.value;
        let dec = r.decimals(d);
        let shown = dec + 1;
        let figs = vec![p.new.fig, p.old.fig, d.fig];
        let span = cover(&[change_words(r, d), p.old.span, p.new.span]);
        out.notes.insert((USED, d.fig, 0));
        let mut working = format!(
            "({} − {}) ÷ {} = {}%",
            number(new.value),
            number(old.value),
            number(old.value),
            signed_to(rel, shown)
        );
        if old.unit == Unit::Percent {
            working.push_str(&format!("; {} points", signed_to(points, shown)));
        }
        let says_points = (d.b..d.b + 2).any(|k| r.is_any(k, &["point", "points"]));
        let (h, _) = r.hedge(d);
        let slack = Slack::percent(dec);
        let fit_of = |v: f64| {
            if v != 0.0 && (v > 0.0) != (dir == Change::Increase) {
                Fit::No
            } else {
                judge(h, f.value, v.abs(), slack)
            }
        };
        let fit = if old.unit == Unit::Percent {
            let (a, b) = (fit_of(rel), fit_of(points));
            if says_points {
                b
            } else if a == Fit::Yes || b == Fit::Yes {
                Fit::Yes
            } else if a == Fit::No && b == Fit::No {
                Fit::No
            } else {
                Fit::Unsure
            }
        } else {
            fit_of(rel)
        };
        let verdict = if p.partial {
            working.push_str(", but the two periods are not of one length");
            Verdict::Unverifiable
        } else {
            match fit {
                Fit::No if r.rounded(&p.old) || r.rounded(&p.new) => Verdict::Unverifiable,
                Fit::No if rel != 0.0 && (rel > 0.0) != (dir == Change::Increase) => {
                    working.push_str(&format!(", {}", opposite(rel)));
                    Verdict::Inconsistent
                }
                _ => verdict_of(fit),
            }
        };
        out.push(Kind::PercentChange, verdict, span, figs, working);
    }
}

/// A fraction or multiple in words at token `k`, with its direction, its value (a relative
/// change for fractions, a ratio for multiples) and the tokens it spans.
struct Words {
    hedge: Hedge,
    /// The relative change ("a third fewer": 1/3) or, when `ratio`, new ÷ old ("doubled": 2).
    value: f64,
    ratio: bool,
    dir: Change,
    a: usize,
    b: usize,
    name: &'static str,
}

/// Reads "almost a third fewer", "fell by a quarter", "nearly doubled", "halved" at `k`.
fn words_at(r: &Reader, k: usize, toks: &std::ops::Range<usize>) -> Option<Words> {
    let hedge_before = |at: usize| -> (Hedge, usize) {
        for (words, h) in lexicon::HEDGES.iter() {
            let n = words.len();
            if at >= toks.start + n && words.iter().enumerate().all(|(i, w)| r.is(at - n + i, w)) {
                return (*h, at - n);
            }
        }
        (Hedge::Exact, at)
    };
    // "doubled", "more than tripled", "halved".
    if let Some(&(_, ratio, name)) = lexicon::MULTIPLES.iter().find(|(w, _, _)| r.is(k, w)) {
        let (hedge, a) = hedge_before(k);
        let dir = if ratio > 1.0 {
            Change::Increase
        } else {
            Change::Decrease
        };
        return Some(Words {
            hedge,
            value: ratio,
            ratio: true,
            dir,
            a,
            b: k + 1,
            name,
        });
    }
    // "a third", "one quarter", "half", "two thirds".
    let (value, name, len) = lexicon::FRACTIONS.iter().find_map(|(words, v, name)| {
        words
            .iter()
            .enumerate()
            .all(|(i, w)| r.is(k + i, w))
            .then_some((*v, *name, words.len()))
    })?;
    let end = k + len;
    let (hedge, a) = hedge_before(k);
    // "a third fewer", "a quarter lower".
    if end < toks.end && r.is_any(end, &lexicon::COMPARATIVES) {
        let dir = if r.is_any(end, &["fewer", "less", "lower", "down"]) {
            Change::Decrease
        } else {
            Change::Increase
        };
        return Some(Words {
            hedge,
            value,
            ratio: false,
            dir,
            a,
            b: end + 1,
            name,
        });
    }
    // "fell by almost a third", "cut by half".
    if a >= toks.start + 2 && r.is(a - 1, "by") {
        let dir = r.direction_at(a - 2).or_else(|| {
            r.is_any(a - 2, &["cut", "slashed"])
                .then_some(Change::Decrease)
        })?;
        return Some(Words {
            hedge,
            value,
            ratio: false,
            dir,
            a: a - 2,
            b: end,
            name,
        });
    }
    None
}

/// `<fraction> change between two values`: "almost a third fewer", "nearly doubled".
fn stated_fraction(r: &Reader, s: usize, out: &mut Out) {
    let Some(p) = one_pair(r, s, out) else { return };
    let (old, new) = (r.fig(&p.old), r.fig(&p.new));
    let toks = r.tokens(s);
    let mut k = toks.start;
    while k < toks.end {
        let Some(w) = words_at(r, k, &toks) else {
            k += 1;
            continue;
        };
        k = w.b.max(k + 1);
        if old.value == 0.0 {
            continue;
        }
        let ratio = new.value / old.value;
        let rel = (new.value - old.value) / old.value;
        let (actual, working) = if w.ratio {
            (
                ratio,
                format!(
                    "{} ÷ {} = {}: {}{}",
                    number(new.value),
                    number(old.value),
                    fixed(ratio, 2),
                    hedge_prefix(w.hedge),
                    w.name
                ),
            )
        } else {
            (
                rel.abs(),
                format!(
                    "({} − {}) ÷ {} = {}%: {}{}",
                    number(new.value),
                    number(old.value),
                    number(old.value),
                    signed_to(rel * 100.0, 1),
                    hedge_prefix(w.hedge),
                    w.name
                ),
            )
        };
        let wrong_way = rel != 0.0 && (rel > 0.0) != (w.dir == Change::Increase);
        let fit = if wrong_way {
            Fit::No
        } else {
            judge(w.hedge, w.value, actual, Slack::words(w.value))
        };
        let verdict = if p.partial || (fit == Fit::No && (r.rounded(&p.old) || r.rounded(&p.new))) {
            Verdict::Unverifiable
        } else {
            verdict_of(fit)
        };
        let span = cover(&[r.span(w.a, w.b), p.old.span, p.new.span]);
        out.push(
            Kind::PercentChange,
            verdict,
            span,
            vec![p.new.fig, p.old.fig],
            working,
        );
    }
}

/// `<rise|fall> from <a> to <b>`: the direction words against the two values, when no
/// stated difference or percentage already checked them.
fn direction(r: &Reader, s: usize, out: &mut Out) {
    for p in cached_pairs(r, s, out) {
        let figs = vec![p.new.fig, p.old.fig];
        // A stated change of this pair was checked with its direction.
        let (x, y) = (p.new.fig.min(p.old.fig), p.new.fig.max(p.old.fig));
        let covered = out.notes.contains(&(TOGETHER, x, y));
        if covered {
            continue;
        }
        let found = r
            .direction_before(s, p.start.min(p.old.a).min(p.new.a), &p)
            .or_else(|| {
                // "212, up from 179", "up to 41.2 per cent from 38.5": the word that
                // starts the comparison.
                let k = p.start;
                let dir = if r.is(k, "up") {
                    Some(Change::Increase)
                } else if r.is(k, "down") {
                    Some(Change::Decrease)
                } else {
                    r.direction_at(k)
                };
                dir.map(|c| (c, k))
            });
        let Some((dir, at)) = found else { continue };
        let (old, new) = (r.fig(&p.old), r.fig(&p.new));
        let diff = new.value - old.value;
        let mut working = format!(
            "{} − {} = {}",
            number(new.value),
            number(old.value),
            signed(diff)
        );
        let verdict = if p.partial {
            working.push_str(", but the two periods are not of one length");
            Verdict::Unverifiable
        } else if diff == 0.0 {
            working.push_str(", no change");
            Verdict::Inconsistent
        } else if (diff > 0.0) == (dir == Change::Increase) {
            working.push_str(if diff > 0.0 { ", a rise" } else { ", a fall" });
            Verdict::Consistent
        } else {
            working.push_str(&format!(", {}", opposite(diff)));
            Verdict::Inconsistent
        };
        let span = cover(&[r.span(at, at + 1), p.old.span, p.new.span]);
        out.push(Kind::Change, verdict, span, figs, working);
    }
}

/// Whether a part may be counted within a total: the same unit, and the same category or
/// both outcomes for people ("of the 23 arrested, 15 were charged").
fn part_fits(total: &Figure, part: &Figure) -> bool {
    total.unit == part.unit
        && part.change.is_none()
        && (total.category == part.category
            || (total.category.group() == Group::Outcome
                && part.category.group() == Group::Outcome))
        && match (&total.period, &part.period) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        }
}

/// Judges parts against their total. `whole` when the words say the parts make the total
/// up ("made up of"); otherwise they may only not exceed it.
fn judge_parts(r: &Reader, total: &Occ, parts: &[Occ], whole: bool, span: Span, out: &mut Out) {
    if parts.is_empty() {
        return;
    }
    let t = r.fig(total);
    let values: Vec<f64> = parts.iter().map(|o| r.fig(o).value).collect();
    let sum: f64 = values.iter().sum();
    let terms = values
        .iter()
        .map(|v| number(*v))
        .collect::<Vec<_>>()
        .join(" + ");
    let mut working = if parts.len() == 1 {
        format!("{} of {}", number(sum), number(t.value))
    } else {
        format!("{terms} = {}, of {}", number(sum), number(t.value))
    };
    // Parts of one category with no item inside another ("handguns", "machine guns") are
    // apart, so their sum counts; parts of several outcomes may overlap (charged, then
    // convicted), so only each alone must fit.
    let apart = parts
        .iter()
        .all(|o| r.fig(o).category == r.fig(&parts[0]).category)
        && {
            let items: Vec<String> = parts.iter().map(|o| r.fig(o).item.to_lowercase()).collect();
            items.iter().enumerate().all(|(i, x)| {
                items
                    .iter()
                    .enumerate()
                    .all(|(j, y)| i == j || !(x.ends_with(y.as_str()) || y.ends_with(x.as_str())))
            })
        };
    let one_over = values.iter().any(|v| *v > t.value);
    let total_rounded = r.rounded(total);
    let verdict = if one_over && !total_rounded {
        working.push_str(": a part is more than the total");
        Verdict::Inconsistent
    } else if sum <= t.value && !(whole && sum < t.value) {
        if whole {
            working.push_str(": the parts make the total");
        } else {
            working.push_str(": within the total");
        }
        Verdict::Consistent
    } else if sum > t.value && apart && parts.len() > 1 && !total_rounded {
        working.push_str(": more than the total");
        Verdict::Inconsistent
    } else if whole && sum < t.value && apart && !total_rounded {
        // Every number in the list was read as a part, so none is missing.
        let unread = (parts[0].a..parts[parts.len() - 1].b).any(|k| {
            let tok = r.doc.tokens[k];
            let counted = parts.iter().any(|o| o.a <= k && k < o.b);
            !counted
                && (tok.kind == TokenKind::Number
                    || r.is_any(k, &["a", "an", "one"])
                    || lexicon::NUMBER_WORDS.iter().any(|w| r.is(k, w)))
        });
        if unread {
            working.push_str(": short of the total, and a part may not have been read");
            Verdict::Unverifiable
        } else {
            working.push_str(": short of the total");
            Verdict::Inconsistent
        }
    } else {
        working.push_str(": the parts may overlap");
        Verdict::Unverifiable
    };
    let mut figs = vec![total.fig];
    figs.extend(parts.iter().map(|o| o.fig));
    out.push(Kind::PartOfTotal, verdict, span, figs, working);
}

/// The parts that follow token `from` in sentence `s`, up to a clause break: the mentions
/// that `part_fits` the total.
fn parts_after(r: &Reader, s: usize, total: &Occ, from: usize) -> Vec<Occ> {
    // A list of parts is short: past this many tokens or parts, the rest is not read.
    const REACH: usize = 80;
    const MAX_PARTS: usize = 16;
    let toks = r.tokens(s);
    let limit = (from + REACH).min(toks.end);
    let stop = (from..limit)
        .find(|&k| r.is_any(k, &lexicon::CLAUSE_BREAKS) || (r.is(k, ".") && k + 1 == toks.end))
        .unwrap_or(limit);
    let t = r.fig(total);
    let occs = r.in_sentence(s);
    occs[occs.partition_point(|o| o.a < from)..]
        .iter()
        .take_while(|o| o.a < stop)
        .filter(|o| o.b <= stop && o.fig != total.fig && part_fits(t, r.fig(o)))
        .take(MAX_PARTS)
        .copied()
        .collect()
}

/// `<total>, of which <parts>`: "96 firearms, of which 41 were handguns".
fn of_which(r: &Reader, s: usize, out: &mut Out) {
    let toks = r.tokens(s);
    for total in r.in_sentence(s) {
        let mut k = total.b;
        while k < toks.end && r.is_any(k, &[",", ";", "–", "—", "-"]) {
            k += 1;
        }
        if !(r.is(k, "of") && r.is(k + 1, "which")) || r.is(total.b, "some") {
            continue;
        }
        let parts = parts_after(r, s, total, k + 2);
        let last = parts.last().map_or(total.b, |o| o.b);
        let span = r.span(total.a, last);
        judge_parts(r, total, &parts, false, span, out);
    }
}

/// `of the <total>, <parts>`: "of the 23 people arrested, 15 were charged".
fn of_the(r: &Reader, s: usize, out: &mut Out) {
    let toks = r.tokens(s);
    for total in r.in_sentence(s) {
        let mut k = total.a;
        if k > toks.start && r.is_any(k - 1, &["the", "those", "these"]) {
            k -= 1;
        }
        if k <= toks.start || !r.is(k - 1, "of") {
            continue;
        }
        let of = k - 1;
        // At the start of the sentence or a clause: "Of the 23...", "..., while of the 45".
        let opens = of == toks.start || r.is_any(of - 1, &[",", ";", "while", "and", ":"]);
        if !opens {
            continue;
        }
        // The parts come after the comma that closes "of the 23 people arrested,".
        let Some(comma) = (total.b..(total.b + 8).min(toks.end)).find(|&i| r.is(i, ",")) else {
            continue;
        };
        let parts = parts_after(r, s, total, comma + 1);
        let last = parts.last().map_or(total.b, |o| o.b);
        let span = r.span(of, last);
        judge_parts(r, total, &parts, false, span, out);
    }
}

/// `<total>, including <parts>`: "212 firearms were handed in, including 18 revolvers".
fn including(r: &Reader, s: usize, out: &mut Out) {
    let toks = r.tokens(s);
    let occs = r.in_sentence(s);
    for total in occs {
        let end = (total.b + 6).min(toks.end);
        let Some(k) = (total.b..end).find(|&k| r.is_any(k, &["including", "includes", "included"]))
        else {
            continue;
        };
        let clear = !(total.b..k).any(|i| r.is_any(i, &lexicon::CLAUSE_BREAKS))
            && r.first_from(s, total.b).is_none_or(|o| o.a >= k);
        if !clear {
            continue;
        }
        // "three rifles including an assault rifle, and two shotguns": the list of parts
        // ends at ", and", after which the sentence goes on to other things.
        let parts: Vec<Occ> = parts_after(r, s, total, k + 1)
            .into_iter()
            .filter(|o| !(k..o.a).any(|i| r.is(i, ",") && r.is(i + 1, "and")))
            .collect();
        let last = parts.last().map_or(total.b, |o| o.b);
        let span = r.span(total.a, last);
        judge_parts(r, total, &parts, false, span, out);
    }
}

/// `<total> made up of <parts>`: the parts should make the total exactly.
fn made_up_of(r: &Reader, s: usize, out: &mut Out) {
    let toks = r.tokens(s);
    for total in r.in_sentence(s) {
        let mut k = total.b;
        // "60 weapons, made up of", "60 weapons were made up of".
        while k < toks.end && k < total.b + 3 && r.is_any(k, &[",", "were", "was", ":"]) {
            k += 1;
        }
        let phrase = lexicon::MADE_UP_OF
            .iter()
            .find(|words| words.iter().enumerate().all(|(i, w)| r.is(k + i, w)));
        let Some(phrase) = phrase else { continue };
        let parts = parts_after(r, s, total, k + phrase.len());
        let last = parts.last().map_or(total.b, |o| o.b);
        let span = r.span(total.a, last);
        judge_parts(r, total, &parts, true, span, out);
    }
}

/// The categories a total's item names, with the words after it: "knives and weapons"
/// is knives and other weapons.
fn categories_named(r: &Reader, h: &Occ) -> Vec<Category> {
    let f = r.fig(h);
    let mut out = vec![f.category];
    let mut add = |word: &str| {
        for (w, cats) in lexicon::ITEM_CATEGORIES.iter() {
            if crate::extract::text::same_word(word, w) {
                out.extend(cats.iter().copied());
            }
        }
    };
    f.item
        .split(|c: char| !c.is_alphanumeric())
        .for_each(&mut add);
    // "120 knives and (other) (offensive) weapons".
    if r.is(h.b, "and") {
        let end = (h.b + 4).min(r.tokens(h.sentence).end);
        (h.b + 1..end).for_each(|k| add(r.doc.tok(k)));
    }
    distinct(out)
}

/// `v` with each value once, in the order first seen.
fn distinct<T: PartialEq>(v: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len());
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// Whether `a` is what a qualified `s` rounds: "more than 120" of 123 (up to a quarter
/// more), "almost 450" of 434, "up to 50" of 46. Far from it, the two are not the same
/// count, whatever the arithmetic.
fn close(h: Hedge, s: f64, a: f64) -> bool {
    match h {
        Hedge::MoreThan => a >= s && a <= 1.25 * s,
        Hedge::Almost => a >= 0.8 * s && a <= s,
        Hedge::UpTo => a >= 0.75 * s && a <= s,
        Hedge::Exact | Hedge::About => false,
    }
}

/// Whether `a` is on the wrong side of a qualified `s`: below "more than", above "almost".
fn wrong_side(h: Hedge, s: f64, a: f64) -> bool {
    match h {
        Hedge::MoreThan => a < s,
        Hedge::Almost | Hedge::UpTo => a > s,
        Hedge::Exact | Hedge::About => false,
    }
}

/// The head noun of an item, folded, without a plural `s`: "other offensive weapons" is
/// "weapon".
fn head(item: &str) -> String {
    let last = item.rsplit(' ').next().unwrap_or(item).to_lowercase();
    last.strip_suffix('s').map(str::to_string).unwrap_or(last)
}

/// `<qualified total> against the exact figures`: "more than 120 knives and weapons" against
/// 97 knives and 26 other weapons in one list; "over 500 arrests" against 506 arrests.
fn headline(r: &Reader, s: usize, out: &mut Out) {
    for h in r.in_sentence(s).iter().copied() {
        let hf = r.fig(&h);
        let counted = matches!(
            hf.unit,
            Unit::Count | Unit::Gbp | Unit::Usd | Unit::Eur | Unit::Aud | Unit::Nzd | Unit::Kg
        );
        // Only the first mention of a figure heads anything.
        if hf.change.is_some() || hf.value == 0.0 || !counted || h.span != hf.source.span {
            continue;
        }
        let (hedge, first) = r.hedge(&h);
        // Each headline is weighed against the whole release, so a release of hundreds
        // (a pasted table of "more than" figures) has its first few weighed only.
        if matches!(hedge, Hedge::Exact | Hedge::About) || out.headlines >= MAX_HEADLINES {
            continue;
        }
        out.headlines += 1;
        let cats = categories_named(r, &h);
        let fits_period = |f: &Figure| match (&hf.period, &f.period) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        };
        let exact = |o: &Occ| {
            let f = r.fig(o);
            o.fig != h.fig
                && f.unit == hf.unit
                && f.change.is_none()
                && f.qualifier == Qualifier::Exact
                && fits_period(f)
                && o.sentence != h.sentence
                && cats.contains(&f.category)
        };
        let span = r.span(first, h.b);
        // One exact figure of the same category and item.
        let single = r.occs.iter().find(|o| {
            let f = r.fig(o);
            exact(o)
                && o.span == f.source.span
                && f.category == hf.category
                && head(&f.item) == head(&hf.item)
                && close(hedge, hf.value, f.value)
        });
        if let Some(o) = single {
            let f = r.fig(o);
            let working = format!(
                "{} is {} {}",
                number(f.value),
                hedge_words(hedge),
                number(hf.value)
            );
            out.push(
                Kind::Headline,
                Verdict::Consistent,
                span,
                vec![h.fig, o.fig],
                working,
            );
            continue;
        }
        // Lists in one sentence of exact figures whose categories the total names.
        let mut runs: Vec<Vec<Occ>> = Vec::new();
        for sent in (0..r.doc.sentences.len()).filter(|&x| x != h.sentence) {
            let mut run: Vec<Occ> = Vec::new();
            for o in r.in_sentence(sent) {
                if exact(o) {
                    run.push(*o);
                } else if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                } else {
                    run.clear();
                }
            }
            if run.len() >= 2 {
                runs.push(run);
            }
        }
        let sum_of = |run: &[Occ]| run.iter().map(|o| r.fig(o).value).sum::<f64>();
        let terms = |run: &[Occ]| {
            run.iter()
                .map(|o| number(r.fig(o).value))
                .collect::<Vec<_>>()
                .join(" + ")
        };
        let figs_of = |run: &[Occ]| {
            let mut figs = vec![h.fig];
            figs.extend(run.iter().map(|o| o.fig));
            figs
        };
        if let Some(run) = runs.iter().find(|run| close(hedge, hf.value, sum_of(run))) {
            let working = format!(
                "{} = {}, {} {}",
                terms(run),
                number(sum_of(run)),
                hedge_words(hedge),
                number(hf.value)
            );
            out.push(
                Kind::Headline,
                Verdict::Consistent,
                span,
                figs_of(run),
                working,
            );
            continue;
        }
        // Clearly off only for a headline (the title or the lead) against the one list in
        // the release that names exactly its categories, with no other figure of them:
        // then the list is what the headline sums up.
        let lead = r.doc.paragraph_index(h.span.start).is_some_and(|p| p <= 1);
        let mut others: Vec<usize> = r
            .occs
            .iter()
            .filter(|o| {
                let f = r.fig(o);
                o.fig != h.fig && f.unit == hf.unit && cats.contains(&f.category)
            })
            .map(|o| o.fig)
            .collect();
        sorting::sort(&mut others);
        others.dedup();
        let [run] = runs.as_slice() else { continue };
        let named = distinct(run.iter().map(|o| r.fig(o).category).collect());
        let same_set = named.len() == cats.len() && named.iter().all(|c| cats.contains(c));
        let alone = others.len() == run.len() && same_set && cats.len() > 1;
        if lead && alone && wrong_side(hedge, hf.value, sum_of(run)) {
            let working = format!(
                "{} = {}, not {} {}",
                terms(run),
                number(sum_of(run)),
                hedge_words(hedge),
                number(hf.value)
            );
            out.push(
                Kind::Headline,
                Verdict::Inconsistent,
                span,
                figs_of(run),
                working,
            );
        }
    }
}

/// The hedge before a fraction in the working: "almost " a third.
fn hedge_prefix(h: Hedge) -> &'static str {
    match h {
        Hedge::Exact => "",
        Hedge::MoreThan => "more than ",
        Hedge::Almost => "almost ",
        Hedge::About => "about ",
        Hedge::UpTo => "up to ",
    }
}

fn hedge_words(h: Hedge) -> &'static str {
    match h {
        Hedge::Exact => "exactly",
        Hedge::MoreThan => "more than",
        Hedge::Almost => "almost",
        Hedge::About => "about",
        Hedge::UpTo => "up to",
    }
}

/// `<change> with nothing to compare`: a stated change ("down 63 on last year", "rose by
/// 7%") that no other check used: the value it changes from is not in the text.
fn nothing_to_compare(r: &Reader, s: usize, out: &mut Out) {
    for d in r.in_sentence(s) {
        let f = r.fig(d);
        if f.change.is_none() || out.notes.contains(&(USED, d.fig, 0)) || d.span != f.source.span {
            continue;
        }
        let kind = if f.unit == Unit::Percent {
            Kind::PercentChange
        } else {
            Kind::Change
        };
        let working = "The text does not give both values the change is between.".to_string();
        let span = change_words(r, d);
        if out.notes.contains(&(IN_CHECK, d.fig, 0)) {
            continue;
        }
        out.push(kind, Verdict::Unverifiable, span, vec![d.fig], working);
    }
}

/// A value as a reader writes it: "1,506", "12.5", "0.4".
pub fn number(v: f64) -> String {
    super::decimal::grouped(v)
}

/// A difference with its sign: "+64", "−63".
fn signed(v: f64) -> String {
    if v > 0.0 {
        format!("+{}", number(v))
    } else if v < 0.0 {
        format!("−{}", number(-v))
    } else {
        "0".to_string()
    }
}

/// `v` rounded to `places` decimals, with its sign: "−16.2", "+90.0".
fn signed_to(v: f64, places: u32) -> String {
    let sign = if v > 0.0 {
        "+"
    } else if v < 0.0 {
        "−"
    } else {
        ""
    };
    format!("{sign}{}", fixed(v.abs(), places))
}

/// `v` (not negative) with exactly `places` decimals, without float formatting: "12.40".
fn fixed(v: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10u64.pow(places);
    let n = (v.min(1e12) * scale as f64).round() as u64;
    let mut out = number((n / scale) as f64);
    if places > 0 {
        let frac = (n % scale).to_string();
        out.push('.');
        out.extend(std::iter::repeat_n('0', places as usize - frac.len()));
        out.push_str(&frac);
    }
    out
}
