//! A collection of releases as plain data: each release's name, date and facts, the
//! table of releases, and one table of every figure of every release, filtered, sorted,
//! and with a figure stated in several releases counted once with all its sources.
//!
//! The page's collection view and its exports read this model; keeping it in the
//! browser's database and drawing it are the UI's part.

use crate::extract::sorting;
use std::cmp::Ordering;
use std::rc::Rc;

use crate::extract::{extract, Category, Extraction, Figure, Options};
use crate::present::charts::period_place;
use crate::present::export;
use crate::present::view::force_of;

pub mod page;

/// One release of a collection: its name (a file name or a line's id), its text, the
/// publication date the reader gave (else the text's own is used), and its facts.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub name: String,
    pub text: String,
    pub date: Option<String>,
    pub facts: Extraction,
}

impl Release {
    /// A release read here with the core (the page reads in its worker and builds the
    /// `Release` from the facts it answers).
    pub fn read(name: impl Into<String>, text: impl Into<String>, date: Option<String>) -> Release {
        let text = text.into();
        let facts = extract(
            &text,
            &Options {
                published: date.clone(),
            },
        );
        Release {
            name: name.into(),
            text,
            date,
            facts,
        }
    }

    /// The release's publication date, as its facts hold it.
    pub fn published(&self) -> Option<&str> {
        self.facts.published.as_deref()
    }

    /// The release's force, as the single view names it (`view::force_of`): of the
    /// release's own country, never a neighbouring country's force it thanks.
    pub fn force(&self) -> Option<&str> {
        force_of(&self.facts)
    }

    /// The release's operations, joined with `; `, as the collection CSV writes them.
    pub fn operation(&self) -> String {
        let names: Vec<&str> = self
            .facts
            .operations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        names.join("; ")
    }
}

/// Many releases, in the order they were added. Each is shared (`Rc`), so the page's
/// state copies a collection of hundreds of releases by their pointers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collection {
    pub releases: Vec<Rc<Release>>,
}

/// A row of the table of releases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseRow {
    pub name: String,
    pub published: String,
    pub force: String,
    pub operation: String,
    /// The period the release reports on, `start/end` as facts/1 gives it, or empty.
    pub period: String,
    pub figures: usize,
    pub people: usize,
    pub places: usize,
}

/// What the table of figures keeps: each field that is `Some` must match.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub category: Option<Category>,
    pub force: Option<String>,
    /// One operation's name: a release with several operations matches each of them.
    pub operation: Option<String>,
    /// A figure's period as facts/1 writes it (`2023`, `FY2022/23`, `2024-05`).
    pub period: Option<String>,
}

/// The columns the table of figures sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Release,
    Published,
    Force,
    Operation,
    Category,
    Item,
    Value,
    Unit,
    Period,
}

/// How the table of figures is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// A row of the table of figures: one figure, and every release that states it.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    /// The releases that state the figure (indices into `Collection::releases`), the
    /// first that does first.
    pub sources: Vec<usize>,
    /// The figure as the first of them states it.
    pub figure: Figure,
}

impl Collection {
    /// Adds a release at the end.
    pub fn add(&mut self, release: Release) {
        self.releases.push(Rc::new(release));
    }

    /// Removes the release at `index`, giving it back (for undo), or `None` when there is
    /// no such release.
    pub fn remove(&mut self, index: usize) -> Option<Rc<Release>> {
        (index < self.releases.len()).then(|| self.releases.remove(index))
    }

    /// Puts a removed release back where it was (or at the end, if the collection has
    /// since become shorter).
    pub fn restore(&mut self, index: usize, release: Rc<Release>) {
        let at = index.min(self.releases.len());
        self.releases.insert(at, release);
    }

    /// The table of releases, in the collection's order.
    pub fn release_rows(&self) -> Vec<ReleaseRow> {
        self.releases
            .iter()
            .map(|r| ReleaseRow {
                name: r.name.clone(),
                published: r.published().unwrap_or("").to_string(),
                force: r.force().unwrap_or("").to_string(),
                operation: r.operation(),
                period: r.facts.period.as_ref().map_or(String::new(), |p| {
                    format!(
                        "{}/{}",
                        p.start.as_deref().unwrap_or(""),
                        p.end.as_deref().unwrap_or("")
                    )
                }),
                figures: r.facts.figures.len(),
                people: r.facts.people.len(),
                places: r.facts.places.len(),
            })
            .collect()
    }

    /// Every figure of every release, each stated figure once (see [`same_figure`]), kept
    /// by `filter` and in collection order (release, then the order of its facts) or
    /// sorted by `sort`; ties keep collection order. A row matches a force or operation
    /// filter when any of its sources does.
    pub fn figure_rows(&self, filter: &Filter, sort: Option<Sort>) -> Vec<FigureRow> {
        let mut rows: Vec<FigureRow> = Vec::new();
        // The rows so far by their key, for figures that can be merged.
        let mut seen: std::collections::HashMap<Key, usize> = Default::default();
        for (r, release) in self.releases.iter().enumerate() {
            for f in &release.facts.figures {
                match key(force_of(&release.facts), f) {
                    Some(k) => match seen.get(&k) {
                        Some(&row) => {
                            if !rows[row].sources.contains(&r) {
                                rows[row].sources.push(r);
                            }
                        }
                        None => {
                            seen.insert(k, rows.len());
                            rows.push(FigureRow {
                                sources: vec![r],
                                figure: f.clone(),
                            });
                        }
                    },
                    None => rows.push(FigureRow {
                        sources: vec![r],
                        figure: f.clone(),
                    }),
                }
            }
        }
        rows.retain(|row| self.keeps(filter, row));
        if let Some(sort) = sort {
            sorting::sort_by(&mut rows, |a, b| {
                let o = self.compare(sort.column, a, b);
                if sort.descending {
                    o.reverse()
                } else {
                    o
                }
            });
        }
        rows
    }

    fn keeps(&self, filter: &Filter, row: &FigureRow) -> bool {
        let f = &row.figure;
        let releases = || {
            row.sources
                .iter()
                .filter_map(|&i| self.releases.get(i).map(|r| &**r))
        };
        filter.category.is_none_or(|c| f.category == c)
            && filter
                .period
                .as_deref()
                .is_none_or(|p| f.period.as_deref() == Some(p))
            && filter
                .force
                .as_deref()
                .is_none_or(|want| releases().any(|r| r.force() == Some(want)))
            && filter.operation.as_deref().is_none_or(|want| {
                releases().any(|r| r.facts.operations.iter().any(|o| o.name == want))
            })
    }

    fn compare(&self, column: Column, a: &FigureRow, b: &FigureRow) -> Ordering {
        let first = |row: &FigureRow| {
            row.sources
                .first()
                .and_then(|&i| self.releases.get(i))
                .map(|r| &**r)
        };
        let (ra, rb) = (first(a), first(b));
        let text = |r: Option<&Release>, f: fn(&Release) -> String| r.map(f).unwrap_or_default();
        let (fa, fb) = (&a.figure, &b.figure);
        match column {
            Column::Release => text(ra, |r| r.name.clone()).cmp(&text(rb, |r| r.name.clone())),
            Column::Published => {
                let d = |r: &Release| r.published().unwrap_or("").to_string();
                text(ra, d).cmp(&text(rb, d))
            }
            Column::Force => {
                let force = |r: &Release| r.force().unwrap_or("").to_string();
                text(ra, force).cmp(&text(rb, force))
            }
            Column::Operation => text(ra, Release::operation).cmp(&text(rb, Release::operation)),
            Column::Category => fa.category.cmp(&fb.category),
            Column::Item => fa.item.to_lowercase().cmp(&fb.item.to_lowercase()),
            Column::Value => fa.value.total_cmp(&fb.value),
            Column::Unit => fa.unit.as_str().cmp(fb.unit.as_str()),
            Column::Period => period_order(fa.period.as_deref(), fb.period.as_deref()),
        }
    }

    /// The values the filters offer, each sorted: forces, operations and periods (by
    /// time, where a period has a place on the time axis) found in the collection, and
    /// the categories of its figures in the order of facts/1.
    pub fn forces(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .releases
            .iter()
            .filter_map(|r| r.force().map(str::to_string))
            .collect();
        sorting::sort(&mut v);
        v.dedup();
        v
    }

    pub fn operations(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .releases
            .iter()
            .flat_map(|r| r.facts.operations.iter().map(|o| o.name.clone()))
            .collect();
        sorting::sort(&mut v);
        v.dedup();
        v
    }

    pub fn periods(&self) -> Vec<String> {
        let mut v: Vec<String> = self.figures().filter_map(|f| f.period.clone()).collect();
        sorting::sort_by(&mut v, |a, b| period_order(Some(a), Some(b)));
        v.dedup();
        v
    }

    pub fn categories(&self) -> Vec<Category> {
        let mut v: Vec<Category> = self.figures().map(|f| f.category).collect();
        sorting::sort(&mut v);
        v.dedup();
        v
    }

    fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.releases.iter().flat_map(|r| r.facts.figures.iter())
    }

    /// The collection CSV ([`export::collection_csv`]): every figure of every release,
    /// as stated (a figure two releases state is a row of each, with its release).
    pub fn csv(&self) -> String {
        export::collection_csv(self.releases.iter().map(|r| (r.name.as_str(), &r.facts)))
    }

    /// The collection JSON ([`export::collection_json`]).
    pub fn json(&self) -> String {
        export::collection_json(self.releases.iter().map(|r| (r.name.as_str(), &r.facts)))
    }
}

/// A release read from a line of a `.jsonl` file, not yet read for its facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonlRelease {
    pub name: String,
    pub text: String,
    pub published: Option<String>,
}

/// A line of `--jsonl` input and of a `.jsonl` file: its `id` is any JSON value, echoed
/// as it was read; `published` is optional.
#[derive(serde::Deserialize)]
pub struct JsonlLine {
    pub id: serde_json::Value,
    pub text: String,
    #[serde(default)]
    pub published: Option<String>,
}

/// The releases of a `.jsonl` file: one `{"id", "text", "published"?}` object a line, as
/// `blotter extract --jsonl` reads them; the id (a string as it is, any other value as
/// JSON) names the release. Blank lines are skipped; a bad line (not JSON, no text, a
/// `published` that is not `YYYY-MM-DD`) is a message naming its line, and the other
/// lines are still read.
pub fn jsonl_releases(file: &str) -> (Vec<JsonlRelease>, Vec<String>) {
    let mut releases = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in file.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<JsonlLine>(line) {
            Ok(l) if l.published.as_deref().is_some_and(|d| !is_iso_date(d)) => {
                problems.push(format!("line {}: `published` is not YYYY-MM-DD", n + 1));
            }
            Ok(l) => {
                let name = match l.id {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                releases.push(JsonlRelease {
                    name,
                    text: l.text,
                    published: l.published,
                });
            }
            Err(e) => problems.push(format!("line {}: {e}", n + 1)),
        }
    }
    (releases, problems)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// What makes two figures the same statement: the force, category, item (case folded),
/// value, unit and period. A figure with no period or whose release names no force has no
/// key and is never merged: "12 knives" in two releases with nothing to place them are
/// more likely two seizures than one, and a figure left double is better than two
/// different facts made one.
type Key = (String, Category, String, u64, &'static str, String);

fn key(force: Option<&str>, f: &Figure) -> Option<Key> {
    Some((
        force?.to_string(),
        f.category,
        f.item.trim().to_lowercase(),
        f.value.to_bits(),
        f.unit.as_str(),
        f.period.clone()?,
    ))
}

/// Whether two figures are the same statement (see [`Key`]).
pub fn same_figure(force_a: Option<&str>, a: &Figure, force_b: Option<&str>, b: &Figure) -> bool {
    matches!((key(force_a, a), key(force_b, b)), (Some(x), Some(y)) if x == y)
}

/// Periods with a place on the time axis first, in time order (`FY2019/20` after `2019`,
/// before `2020`), then the others as text; no period goes last. A total order, as
/// sorting needs: comparing a placed period with an unplaced one by text would make it
/// depend on the third period of a cycle (and the standard sorts panic on that).
fn period_order(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(a), Some(b)) => match (period_place(a), period_place(b)) {
            (Some(x), Some(y)) => x
                .start
                .total_cmp(&y.start)
                .then(x.end.total_cmp(&y.end))
                .then_with(|| a.cmp(b)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.cmp(b),
        },
    }
}

#[cfg(test)]
mod tests;
