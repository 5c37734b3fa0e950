//! The page's collection view as plain data: the releases kept in the browser's database
//! (`Shelf`), the actions that change them (`ShelfAction`, handled by the app's one
//! reducer through `Action::Collection`), and every string the view shows.
//!
//! A release dropped or opened is first *pending*: listed, kept, and waiting for the
//! worker's facts; the facts make it a `Release` of the `Collection`. Each release has a
//! key, the key of its record in the database, given in the order releases were added and
//! never given twice, so the collection keeps that order whatever order the facts come
//! back in. A release given a new date is read again the same way: it stays in the
//! collection with the facts it has, is listed as being read, and the worker's answer
//! for its new date replaces them.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{Collection, Column, FigureRow, Filter, Release, Sort};
use crate::extract::checks::Verdict;
use crate::extract::review::{with_corrections, Correction};
use crate::extract::{sorting, Category, Extraction, Figure};
use crate::present::charts;
use crate::present::export;
use crate::present::input::is_iso_date;
use crate::present::paging::Page;
use crate::present::view::{category_words, describe_period, describe_range, format_value};

/// A release as one record of the database: its key, name, text and the date the reader
/// gave (else the text's own is used). The facts are not kept: they are read again by
/// the worker after a reload, by the build that shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptRelease {
    pub key: u32,
    pub name: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The reader's corrections to the release's facts, made in the release view and
    /// applied again to the facts read after a reload (`extract::review`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Whether the reader marked the release reviewed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reviewed: bool,
}

impl KeptRelease {
    /// The record as the database keeps it: one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A record read back; `None` when it is damaged.
    pub fn parse(raw: &str) -> Option<KeptRelease> {
        serde_json::from_str(raw).ok()
    }
}

/// A release as the database should hold it (`Shelf::records`), borrowed from the shelf.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Record<'a> {
    pub key: u32,
    pub name: &'a str,
    pub text: &'a str,
    pub date: Option<&'a str>,
    pub corrections: &'a [Correction],
    pub reviewed: bool,
}

impl Record<'_> {
    /// The record to write.
    pub fn to_kept(&self) -> KeptRelease {
        KeptRelease {
            key: self.key,
            name: self.name.to_string(),
            text: self.text.to_string(),
            date: self.date.map(str::to_string),
            corrections: self.corrections.to_vec(),
            reviewed: self.reviewed,
        }
    }
}

/// `facts`, read from `text`, with the reader's corrections applied, as exported; the
/// facts as they are when there are none.
fn corrected(
    facts: Extraction,
    text: &str,
    corrections: &[Correction],
    reviewed: bool,
) -> Extraction {
    if corrections.is_empty() && !reviewed {
        return facts;
    }
    with_corrections(facts, text, corrections, reviewed).0
}

/// A release the reader added (a file, or a line of a `.jsonl` file), before it has a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRelease {
    pub name: String,
    pub text: String,
    pub date: Option<String>,
}

/// What Undo brings back.
#[derive(Clone, Debug, PartialEq)]
pub enum Removed {
    /// One release, with its key, and its new date's reading if it was being read again.
    One(u32, Rc<Release>, Option<Rc<KeptRelease>>),
    /// Every release, every pending one and every one being read again.
    All(
        Vec<(u32, Rc<Release>)>,
        Vec<Rc<KeptRelease>>,
        Vec<Rc<KeptRelease>>,
    ),
}

/// The collection view's state, part of the app's `State`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shelf {
    /// Whether the collection view is on show (else the single release's).
    pub shown: bool,
    /// Whether the releases kept in the database have been taken in (once only).
    pub loaded: bool,
    /// The releases read, in key order.
    pub collection: Collection,
    /// The key of each release of `collection`, ascending.
    pub keys: Vec<u32>,
    /// Releases listed and kept, waiting for their facts, in key order.
    pub pending: Vec<Rc<KeptRelease>>,
    /// Releases of `collection` given a new date and being read again with it: each as
    /// its record with that date, asked of the worker like a pending one. An answer is
    /// taken only for the record still here (matched by pointer), so an answer for a
    /// date changed again since is dropped.
    pub rereading: Vec<Rc<KeptRelease>>,
    /// The key the next release added gets.
    pub next_key: u32,
    pub filter: Filter,
    pub sort: Option<Sort>,
    /// The page of the table of every figure asked for (from 0; shown clamped to the
    /// last, see `paging::Page`). A new filter or sort goes back to the first.
    pub figure_page: usize,
    pub undo: Option<Removed>,
}

/// Which filter of the table of figures a choice is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    Category,
    Force,
    Operation,
    Period,
}

/// What can happen to the collection.
#[derive(Clone, Debug, PartialEq)]
pub enum ShelfAction {
    /// Show the collection view (`true`) or the single release (`false`).
    Show(bool),
    /// The database was read: the releases kept there (empty when it is refused).
    Loaded(Vec<KeptRelease>),
    /// Files or lines the reader added: each becomes a pending release.
    Add(Vec<NewRelease>),
    /// The worker read pending releases (or releases read again with a new date): each
    /// with the facts of its text and date. A release no longer pending (removed
    /// meanwhile, or dated again since it was asked for) is left alone.
    Read(Vec<(Rc<KeptRelease>, Extraction)>),
    /// The reader set a release's publication date (`YYYY-MM-DD`, or "" for the text's
    /// own): the release is read again with it, in the worker (see `Shelf::rereading`).
    SetDate(u32, String),
    /// The reader corrected a release opened in the release view: its text and date
    /// there, and the facts (of the whole text) as exported, with the corrections and
    /// the reviewed mark they carry. Ignored unless the text and date are the release's.
    Reviewed(u32, Rc<str>, Option<String>, Rc<Extraction>),
    /// Remove one release (by key).
    Remove(u32),
    /// Remove every release, pending ones too.
    RemoveAll,
    /// Bring back what the last removal took.
    Undo,
    /// A filter of the table of figures was chosen ("" for all).
    Filter(FilterField, String),
    /// A heading of the table of figures was clicked.
    Sort(Column),
    /// Show this page of the table of figures (Previous, Next).
    FigurePage(usize),
    /// Show one release in the single view (the app's reducer does this).
    Open(u32),
}

impl Shelf {
    /// The collection after `action`, or `None` when nothing changes.
    pub fn apply(&self, action: ShelfAction) -> Option<Shelf> {
        let mut next = self.clone();
        match action {
            ShelfAction::Show(shown) if shown == self.shown => return None,
            ShelfAction::Show(shown) => next.shown = shown,
            // Nothing kept: nothing changes (and the page is not drawn again for it).
            ShelfAction::Loaded(kept) if self.loaded || kept.is_empty() => return None,
            ShelfAction::Loaded(kept) => {
                next.loaded = true;
                let mut kept: Vec<Rc<KeptRelease>> = kept.into_iter().map(Rc::new).collect();
                sorting::sort_by_key(&mut kept, |k| k.key);
                kept.dedup_by_key(|k| k.key);
                // Releases added before the database answered come after the kept ones,
                // with keys after theirs.
                let mut key = kept.last().map_or(0, |k| k.key.saturating_add(1));
                let added: Vec<Rc<KeptRelease>> = self
                    .pending
                    .iter()
                    .map(|p| {
                        let k = Rc::new(KeptRelease {
                            key,
                            ..(**p).clone()
                        });
                        key = key.saturating_add(1);
                        k
                    })
                    .collect();
                let mut keys = Vec::new();
                for _ in &self.keys {
                    keys.push(key);
                    key = key.saturating_add(1);
                }
                // A release being read again keeps being read, under its new key (the
                // answer for its old record is dropped, and the new one asked for).
                next.rereading = self
                    .rereading
                    .iter()
                    .filter_map(|k| {
                        let at = self.index(k.key)?;
                        Some(Rc::new(KeptRelease {
                            key: keys[at],
                            ..(**k).clone()
                        }))
                    })
                    .collect();
                next.keys = keys;
                next.pending = kept.into_iter().chain(added).collect();
                next.next_key = key;
            }
            ShelfAction::Add(new) if new.is_empty() => return None,
            ShelfAction::Add(new) => {
                for r in new {
                    next.pending.push(Rc::new(KeptRelease {
                        key: next.next_key,
                        name: r.name,
                        text: r.text,
                        date: r.date.filter(|d| is_iso_date(d)),
                        corrections: Vec::new(),
                        reviewed: false,
                    }));
                    next.next_key = next.next_key.saturating_add(1);
                }
            }
            ShelfAction::Read(read) => {
                let mut changed = false;
                for (kept, facts) in read {
                    if let Some(at) = next.rereading.iter().position(|p| Rc::ptr_eq(p, &kept)) {
                        next.rereading.remove(at);
                        changed |= next.read_again(&kept, facts);
                        continue;
                    }
                    let Some(at) = next.pending.iter().position(|p| Rc::ptr_eq(p, &kept)) else {
                        continue;
                    };
                    next.pending.remove(at);
                    let facts = corrected(facts, &kept.text, &kept.corrections, kept.reviewed);
                    let release = Rc::new(Release {
                        name: kept.name.clone(),
                        text: kept.text.clone(),
                        date: kept.date.clone(),
                        facts,
                    });
                    next.insert(kept.key, release);
                    changed = true;
                }
                if !changed {
                    return None;
                }
            }
            ShelfAction::SetDate(key, date) => {
                let date = Some(date).filter(|d| is_iso_date(d));
                let r = self.release(key)?;
                let asked = self.rereading.iter().position(|k| k.key == key);
                let now = asked.map_or(&r.date, |i| &self.rereading[i].date);
                if *now == date {
                    return None;
                }
                // A reading for an earlier new date is dropped; its answer will find no
                // record to take it.
                if let Some(i) = asked {
                    next.rereading.remove(i);
                }
                // Back to the date its facts were read with: nothing to read again.
                if r.date != date {
                    next.rereading.push(Rc::new(KeptRelease {
                        key,
                        name: r.name.clone(),
                        text: r.text.clone(),
                        date,
                        corrections: r.facts.corrections.clone(),
                        reviewed: r.facts.reviewed,
                    }));
                }
            }
            ShelfAction::Reviewed(key, text, date, facts) => {
                let at = self.index(key)?;
                let r = &self.collection.releases[at];
                // Only facts read from the release's own words and date replace its own.
                if r.text != *text || r.date != date || r.facts == *facts {
                    return None;
                }
                next.collection.releases[at] = Rc::new(Release {
                    facts: (*facts).clone(),
                    ..(**r).clone()
                });
            }
            ShelfAction::Remove(key) => {
                let at = self.index(key)?;
                let release = next.collection.remove(at)?;
                next.keys.remove(at);
                let again = next.rereading.iter().position(|k| k.key == key);
                let again = again.map(|i| next.rereading.remove(i));
                next.undo = Some(Removed::One(key, release, again));
            }
            ShelfAction::RemoveAll if self.count() == 0 => return None,
            ShelfAction::RemoveAll => {
                let releases = self.keys.iter().copied();
                let releases = releases.zip(self.collection.releases.iter().cloned());
                next.undo = Some(Removed::All(
                    releases.collect(),
                    self.pending.clone(),
                    self.rereading.clone(),
                ));
                next.collection = Collection::default();
                next.keys.clear();
                next.pending.clear();
                next.rereading.clear();
            }
            // What was being read again is asked for again (its answer, if it came while
            // the release was removed, was dropped).
            ShelfAction::Undo => match next.undo.take()? {
                Removed::One(key, release, again) => {
                    next.insert(key, release);
                    next.rereading.extend(again);
                }
                Removed::All(releases, pending, again) => {
                    for (key, release) in releases {
                        next.insert(key, release);
                    }
                    next.pending.extend(pending);
                    sorting::sort_by_key(&mut next.pending, |p| p.key);
                    next.rereading.extend(again);
                }
            },
            ShelfAction::Filter(field, value) => {
                let value = Some(value).filter(|v| !v.is_empty());
                let f = &mut next.filter;
                match field {
                    FilterField::Category => f.category = value.as_deref().and_then(category_named),
                    FilterField::Force => f.force = value,
                    FilterField::Operation => f.operation = value,
                    FilterField::Period => f.period = value,
                }
                if next.filter == self.filter {
                    return None;
                }
                next.figure_page = 0;
            }
            ShelfAction::FigurePage(page) if page == self.figure_page => return None,
            ShelfAction::FigurePage(page) => next.figure_page = page,
            ShelfAction::Sort(column) => {
                next.figure_page = 0;
                next.sort = Some(match self.sort {
                    Some(s) if s.column == column => Sort {
                        column,
                        descending: !s.descending,
                    },
                    _ => Sort {
                        column,
                        descending: false,
                    },
                })
            }
            // The app's reducer opens a release; here it only leaves the collection view.
            ShelfAction::Open(key) => {
                self.index(key)?;
                next.shown = false;
            }
        }
        Some(next)
    }

    /// Takes the worker's `facts` for a release read again with a new date (`kept`): they
    /// replace its facts, with the reader's corrections (as they are now) applied again.
    /// False when the release is no longer in the collection.
    fn read_again(&mut self, kept: &KeptRelease, facts: Extraction) -> bool {
        let Some(at) = self.index(kept.key) else {
            return false;
        };
        let r = &self.collection.releases[at];
        let facts = corrected(facts, &r.text, &r.facts.corrections, r.facts.reviewed);
        self.collection.releases[at] = Rc::new(Release {
            date: kept.date.clone(),
            facts,
            ..(**r).clone()
        });
        true
    }

    /// The record being read again for the release with `key`, if it is.
    fn rereading(&self, key: u32) -> Option<&Rc<KeptRelease>> {
        self.rereading.iter().find(|k| k.key == key)
    }

    /// Every release the worker should read: the pending ones, then those being read
    /// again with a new date.
    pub fn to_read(&self) -> impl Iterator<Item = &Rc<KeptRelease>> {
        self.pending.iter().chain(&self.rereading)
    }

    /// Puts `release` among the releases by its key.
    fn insert(&mut self, key: u32, release: Rc<Release>) {
        match self.keys.binary_search(&key) {
            Ok(at) => self.collection.releases[at] = release,
            Err(at) => {
                self.keys.insert(at, key);
                self.collection.releases.insert(at, release);
            }
        }
    }

    /// The position of the release with `key` among the releases read.
    fn index(&self, key: u32) -> Option<usize> {
        self.keys.binary_search(&key).ok()
    }

    /// The release with `key`, if it has been read.
    pub fn release(&self, key: u32) -> Option<&Rc<Release>> {
        self.collection.releases.get(self.index(key)?)
    }

    /// How many releases the collection lists, read or not.
    pub fn count(&self) -> usize {
        self.collection.releases.len() + self.pending.len()
    }

    /// What the database should hold: every release, read or pending, as its record's
    /// key, name, text and date, and the reader's corrections and reviewed mark.
    pub fn records(&self) -> Vec<Record<'_>> {
        let read = self.keys.iter().zip(&self.collection.releases);
        read.map(|(&k, r)| Record {
            key: k,
            name: &r.name,
            text: &r.text,
            // A new date is kept at once, before the release is read again with it.
            date: self.rereading(k).map_or(&r.date, |a| &a.date).as_deref(),
            corrections: &r.facts.corrections,
            reviewed: r.facts.reviewed,
        })
        .chain(self.pending.iter().map(|p| Record {
            key: p.key,
            name: &p.name,
            text: &p.text,
            date: p.date.as_deref(),
            corrections: &p.corrections,
            reviewed: p.reviewed,
        }))
        .collect()
    }

    /// The corrections and reviewed mark of the release with `key`, to open it with.
    pub fn review_of(&self, key: u32) -> (Vec<Correction>, bool) {
        self.release(key)
            .map(|r| (r.facts.corrections.clone(), r.facts.reviewed))
            .unwrap_or_default()
    }

    /// The header's button: `Collection (20)`.
    pub fn tab_label(&self) -> String {
        format!("Collection ({})", self.count())
    }

    /// What the view says about the collection as a whole.
    pub fn status(&self) -> String {
        let n = self.count();
        let releases = if n == 1 { "release" } else { "releases" };
        let figures: usize = self
            .collection
            .releases
            .iter()
            .map(|r| r.facts.figures.len())
            .sum();
        let mut s = format!("{n} {releases}, {figures} figures");
        let reading = self.pending.len() + self.rereading.len();
        if reading > 0 {
            s.push_str(&format!("; {reading} being read"));
        }
        if !self.pending.is_empty() {
            s.push_str(" (the table of every figure and the timeline follow)");
        }
        s
    }

    /// The Undo button's label, when there is something to undo.
    pub fn undo_label(&self) -> Option<String> {
        Some(match self.undo.as_ref()? {
            Removed::One(_, r, _) => format!("Undo removing {}", r.name),
            Removed::All(r, p, _) => format!("Undo removing all {}", r.len() + p.len()),
        })
    }

    /// The table of releases: every release read, and the pending ones after them.
    pub fn release_lines(&self) -> Vec<ReleaseLine> {
        let rows = self.collection.release_rows();
        let read = self.keys.iter().zip(&self.collection.releases).zip(rows);
        read.map(|((&key, r), row)| {
            let checks = &r.facts.checks;
            let holding = checks
                .iter()
                .filter(|c| c.verdict == Verdict::Consistent)
                .count();
            let (start, end) = r
                .facts
                .period
                .as_ref()
                .map_or((None, None), |p| (p.start.as_deref(), p.end.as_deref()));
            let again = self.rereading(key);
            ReleaseLine {
                key,
                // A new date shows at once; the text's own, when it is taken back, once
                // the release is read again.
                date: match again {
                    Some(a) => a.date.clone().unwrap_or_default(),
                    None => r.date.clone().unwrap_or(row.published),
                },
                date_label: format!("Publication date of {}", r.name),
                remove_label: format!("Remove {}", r.name),
                open_label: format!("Open {} in the release view", r.name),
                name: row.name,
                force: row.force,
                operation: row.operation,
                period: describe_range(start, end),
                figures: row.figures.to_string(),
                people: row.people.to_string(),
                places: row.places.to_string(),
                checks: if checks.is_empty() {
                    String::new()
                } else {
                    format!("{holding} of {} hold", checks.len())
                },
                reading: false,
                reading_again: again.is_some(),
            }
        })
        .chain(self.pending.iter().map(|p| ReleaseLine {
            key: p.key,
            name: p.name.clone(),
            date: p.date.clone().unwrap_or_default(),
            date_label: format!("Publication date of {}", p.name),
            remove_label: String::new(),
            open_label: String::new(),
            force: String::new(),
            operation: String::new(),
            period: String::new(),
            figures: String::new(),
            people: String::new(),
            places: String::new(),
            checks: String::new(),
            reading: true,
            reading_again: false,
        }))
        .collect()
    }

    /// The figures the table shows: the page asked for (`figure_page`, clamped to the
    /// last) of `FIGURE_LIMIT` rows, and which page it is of how many rows.
    pub fn figure_lines(&self) -> (Vec<FigureLine>, Page) {
        let rows = self.collection.figure_rows(&self.filter, self.sort);
        let page = Page::of(rows.len(), FIGURE_LIMIT, self.figure_page);
        let lines = rows[page.rows()]
            .iter()
            .map(|row| self.figure_line(row))
            .collect();
        (lines, page)
    }

    fn figure_line(&self, row: &FigureRow) -> FigureLine {
        let sources: Vec<&Release> = row
            .sources
            .iter()
            .filter_map(|&i| self.collection.releases.get(i).map(|r| &**r))
            .collect();
        let first = sources.first();
        let f = &row.figure;
        FigureLine {
            release: sources
                .iter()
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            merged: sources.len() > 1,
            published: first.and_then(|r| r.published()).unwrap_or("").to_string(),
            force: first.and_then(|r| r.force()).unwrap_or("").to_string(),
            operation: first.map(|r| r.operation()).unwrap_or_default(),
            category: category_words(f.category),
            item: f.item.clone(),
            value: value_words(f),
            unit: f.unit.as_str(),
            period: f.period.as_deref().map(describe_period).unwrap_or_default(),
        }
    }

    /// The button under a table of releases that shows only its first rows.
    pub fn more_releases(more: usize) -> String {
        let what = if more == 1 { "release" } else { "releases" };
        format!("Show {more} more {what}")
    }

    /// The choices each filter offers: `(value, label)`, the first "all".
    pub fn filter_choices(&self, field: FilterField) -> Vec<(String, String)> {
        let all = (String::new(), "All".to_string());
        let c = &self.collection;
        let values: Vec<(String, String)> = match field {
            FilterField::Category => c
                .categories()
                .into_iter()
                .map(|k| (k.as_str().to_string(), category_words(k).to_string()))
                .collect(),
            FilterField::Force => c.forces().into_iter().map(|v| (v.clone(), v)).collect(),
            FilterField::Operation => c.operations().into_iter().map(|v| (v.clone(), v)).collect(),
            FilterField::Period => c
                .periods()
                .into_iter()
                .map(|p| {
                    let label = describe_period(&p);
                    (p, label)
                })
                .collect(),
        };
        std::iter::once(all).chain(values).collect()
    }

    /// The value a filter has now ("" for all).
    pub fn filter_value(&self, field: FilterField) -> String {
        let f = &self.filter;
        match field {
            FilterField::Category => f.category.map(|c| c.as_str().to_string()),
            FilterField::Force => f.force.clone(),
            FilterField::Operation => f.operation.clone(),
            FilterField::Period => f.period.clone(),
        }
        .unwrap_or_default()
    }

    /// The timeline: the statistics of every release over their periods, the figures the
    /// table keeps (a figure two releases state drawn once), with a series per force and
    /// metric; and the outcomes and weapons seized that releases announce, by the month
    /// they were published, for all releases and for each force. Drawn by
    /// `present::charts` on its mixed calendar and financial-year axis; a metric needs
    /// two periods to be drawn.
    pub fn timeline(&self) -> Vec<(String, String)> {
        charts::statistics_svgs(&self.timeline_facts())
    }

    /// The figures the timeline draws: announced counts by month first (see
    /// [`announced`]), then the statistics, each item named with its release's force.
    pub fn timeline_facts(&self) -> Extraction {
        let mut figures = self.announced();
        figures.extend(self.statistics());
        Extraction {
            figures,
            ..Extraction::default()
        }
    }

    /// What the releases the table keeps announce, by month of publication: for each
    /// category of `ANNOUNCED`, the sum of the exact counts a release states with no
    /// period and no change of their own (its operation's own results), per month for
    /// all releases together (the item alone), then per force (`<item>: <force>`), then
    /// per operation the release names (`<item>: Operation <Name>`).
    fn announced(&self) -> Vec<Figure> {
        // (category, whose series: 0 all, 1 a force, 2 an operation, its name, month, sum)
        let mut sums: Vec<(Category, u8, Option<&str>, String, f64)> = Vec::new();
        for r in &self.collection.releases {
            let Some(month) = r.published().and_then(|d| d.get(..7)) else {
                continue;
            };
            let force = r.force();
            if self
                .filter
                .force
                .as_deref()
                .is_some_and(|f| force != Some(f))
            {
                continue;
            }
            let wanted_op = self.filter.operation.as_deref();
            if wanted_op.is_some_and(|o| !r.facts.operations.iter().any(|x| x.name == o)) {
                continue;
            }
            for f in &r.facts.figures {
                if announced_item(f.category).is_none() {
                    continue;
                }
                let own = f.period.is_none()
                    && f.change.is_none()
                    && f.unit == crate::extract::Unit::Count
                    && f.qualifier == crate::extract::Qualifier::Exact;
                if !own || self.filter.category.is_some_and(|c| c != f.category) {
                    continue;
                }
                // Each count goes to all releases, to its force when it has one, and to
                // each operation the release names.
                let whos = std::iter::once((0, None))
                    .chain(force.map(|f| (1, Some(f))))
                    .chain(
                        r.facts
                            .operations
                            .iter()
                            .map(|o| (2, Some(o.name.as_str()))),
                    );
                for (kind, who) in whos {
                    let at = sums.iter().position(|(c, k, w, m, _)| {
                        *c == f.category && *k == kind && *w == who && m == month
                    });
                    match at {
                        Some(i) => sums[i].4 += f.value,
                        None => sums.push((f.category, kind, who, month.to_string(), f.value)),
                    }
                }
            }
        }
        // All releases first, then the forces, then the operations.
        sorting::sort_by_key(&mut sums, |(_, kind, _, _, _)| *kind);
        sums.into_iter()
            .map(|(category, _, who, month, value)| {
                let item = announced_item(category).unwrap_or_default();
                let item = match who {
                    Some(force) => format!("{item}: {force}"),
                    None => item.to_string(),
                };
                Figure {
                    category,
                    value,
                    unit: crate::extract::Unit::Count,
                    item,
                    qualifier: crate::extract::Qualifier::Exact,
                    period: Some(month),
                    change: None,
                    value_certainty: Default::default(),
                    period_certainty: Default::default(),
                    source: Default::default(),
                }
            })
            .collect()
    }

    /// The statistics the table keeps, each item named with its release's force.
    fn statistics(&self) -> Vec<Figure> {
        self.collection
            .figure_rows(&self.filter, None)
            .into_iter()
            .map(|row| {
                let force = row
                    .sources
                    .first()
                    .and_then(|&i| self.collection.releases.get(i))
                    .and_then(|r| r.force().map(str::to_string));
                let mut f = row.figure;
                if let Some(force) = force {
                    f.item = format!("{}: {force}", f.item.trim());
                }
                f
            })
            .collect()
    }

    /// The collection CSV: every figure of every release read, as `blotter extract --csv`
    /// writes it for the same files and dates.
    pub fn csv(&self) -> String {
        self.collection.csv()
    }

    /// The collection JSON: a list of facts/1 objects, each with its release's name.
    pub fn json(&self) -> String {
        self.collection.json()
    }
}

/// The counts the timeline sums by month of publication, and their names.
fn announced_item(c: Category) -> Option<&'static str> {
    Some(match c {
        Category::Arrest => "arrests announced",
        Category::Charge => "charges announced",
        Category::Conviction => "convictions announced",
        Category::Firearm => "firearms seized",
        Category::Knife => "knives seized",
        Category::OffensiveWeapon => "offensive weapons seized",
        _ => return None,
    })
}

/// The most rows the table of releases shows until the reader asks for every one.
pub const RELEASE_ROWS: usize = 100;

/// The most figures a page of the table shows, as a page of the single view's figures;
/// Previous and Next show the others.
pub const FIGURE_LIMIT: usize = crate::present::table::MAX_ROWS;

/// The download names of the collection's exports.
pub fn export_name(ext: &str) -> String {
    export::file_name("blotter collection", ext)
}

/// A figure's value in words, with its qualifier: `more than 300`, `£1,200`.
fn value_words(f: &Figure) -> String {
    let value = format_value(f.value, f.unit);
    match f.qualifier.as_str() {
        "exact" => value,
        q => format!("{} {value}", q.replace('_', " ")),
    }
}

/// A row of the table of releases, every cell a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseLine {
    pub key: u32,
    pub name: String,
    /// The date field's value: the reader's date, else the text's own, else "".
    pub date: String,
    pub date_label: String,
    pub remove_label: String,
    pub open_label: String,
    pub force: String,
    pub operation: String,
    pub period: String,
    pub figures: String,
    pub people: String,
    pub places: String,
    /// `3 of 4 hold`, or "" when the release makes no claim the page checks.
    pub checks: String,
    /// Whether its facts are still being read.
    pub reading: bool,
    /// Whether it is being read again with a new date (its facts so far still shown).
    pub reading_again: bool,
}

/// A row of the table of figures, every cell a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureLine {
    /// The releases that state it, joined with `; `.
    pub release: String,
    /// Whether more than one release states it.
    pub merged: bool,
    pub published: String,
    pub force: String,
    pub operation: String,
    pub category: &'static str,
    pub item: String,
    pub value: String,
    pub unit: &'static str,
    pub period: String,
}

impl Column {
    /// Every column of the table of figures, in the order shown.
    pub const ALL: [Column; 9] = [
        Column::Release,
        Column::Published,
        Column::Force,
        Column::Operation,
        Column::Category,
        Column::Item,
        Column::Value,
        Column::Unit,
        Column::Period,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Release => "Release",
            Column::Published => "Published",
            Column::Force => "Force",
            Column::Operation => "Operation",
            Column::Category => "Category",
            Column::Item => "Item",
            Column::Value => "Value",
            Column::Unit => "Unit",
            Column::Period => "Period",
        }
    }
}

/// The `aria-sort` of a heading of the table of figures.
pub fn aria_sort(sort: Option<Sort>, column: Column) -> &'static str {
    match sort {
        Some(s) if s.column == column && s.descending => "descending",
        Some(s) if s.column == column => "ascending",
        _ => "none",
    }
}

impl FilterField {
    /// Every filter, in the order shown.
    pub const ALL: [FilterField; 4] = [
        FilterField::Category,
        FilterField::Force,
        FilterField::Operation,
        FilterField::Period,
    ];

    /// The filter's label.
    pub fn title(self) -> &'static str {
        match self {
            FilterField::Category => "Category",
            FilterField::Force => "Force",
            FilterField::Operation => "Operation",
            FilterField::Period => "Period",
        }
    }
}

/// What the page says when the database cannot be opened.
pub const STORE_REFUSED: &str = "This browser will not keep the collection (its database \
    is turned off or refused): releases you add stay until the page is closed.";

/// What the page says when some releases could not be written to the database.
pub fn not_kept_message(names: &[String]) -> String {
    let list = names.join(", ");
    let n = names.len();
    let what = if n == 1 { "release" } else { "releases" };
    format!(
        "This browser would not keep {n} {what} ({list}): storage is full or refused. \
         They stay in the collection until the page is closed; every release kept before \
         is still kept."
    )
}

/// What the page says about kept records it could not read (left as they are).
pub fn damaged_message(n: usize) -> String {
    format!("{n} kept releases could not be read and are left as they were.")
}

/// A category's facts/1 name read back (for a filter's value).
pub fn category_named(name: &str) -> Option<Category> {
    Category::ALL.iter().copied().find(|c| c.as_str() == name)
}

/// The releases in a dropped or picked file: one for a release file (its name the
/// file's), one per good line of a `.jsonl` file (named by their ids), with messages for
/// lines that could not be read.
pub fn releases_in_file(name: &str, text: String, jsonl: bool) -> (Vec<NewRelease>, Vec<String>) {
    if !jsonl {
        return (
            vec![NewRelease {
                name: name.to_string(),
                text,
                date: None,
            }],
            Vec::new(),
        );
    }
    let (lines, problems) = super::jsonl_releases(&text);
    (
        lines
            .into_iter()
            .map(|l| NewRelease {
                name: l.name,
                text: l.text,
                date: l.published,
            })
            .collect(),
        problems
            .into_iter()
            .map(|p| format!("{name}, {p}"))
            .collect(),
    )
}

#[cfg(test)]
mod tests;
