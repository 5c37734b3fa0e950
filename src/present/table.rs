//! The figures table: rows grouped as the facts/1 groups, and sorted by a column.

use crate::extract::sorting;
use std::cmp::Ordering;

use crate::extract::{Figure, Group};

use super::paging::Page;
use super::view::FigureRow;

/// A column of the figures table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Value,
    Qualifier,
    Item,
    Category,
    Period,
    Change,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Value,
        Column::Qualifier,
        Column::Item,
        Column::Category,
        Column::Period,
        Column::Change,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Value => "Value",
            Column::Qualifier => "Qualifier",
            Column::Item => "Item",
            Column::Category => "Category",
            Column::Period => "Period",
            Column::Change => "Change",
        }
    }
}

/// How the table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    /// The sort after a click on `column`: the same column flips direction, a new one
    /// starts ascending.
    pub fn after_click(current: Option<Sort>, column: Column) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                descending: !s.descending,
            },
            _ => Sort {
                column,
                descending: false,
            },
        }
    }
}

/// The `aria-sort` of a column heading.
pub fn aria_sort(sort: Option<Sort>, column: Column) -> &'static str {
    match sort {
        Some(s) if s.column == column && s.descending => "descending",
        Some(s) if s.column == column => "ascending",
        _ => "none",
    }
}

/// One group of rows in the table, such as everything seized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureGroup {
    /// The colour class and id part: `seized`, `outcome`, `activity`, `crime`.
    pub key: &'static str,
    pub title: &'static str,
    /// Indices into the report's figure rows, in display order: the page shown (at most
    /// `MAX_ROWS`).
    pub rows: Vec<usize>,
    /// Which page of the group's rows that is (Previous and Next when there are more).
    pub page: Page,
}

/// The most rows a page of a group shows, so a huge paste does not become a huge table.
pub const MAX_ROWS: usize = 300;

const GROUPS: [(Group, &str, &str); 4] = [
    (Group::Seized, "seized", "Seized"),
    (Group::Outcome, "outcome", "Outcomes"),
    (Group::Activity, "activity", "Activity"),
    (Group::Crime, "crime", "Crime statistics"),
];

/// The rows grouped as seized / outcomes / activity / crime statistics (groups with no
/// rows left out), each group in text order or sorted by `sort`. Ties keep text order,
/// and rows with no value in the sorted column go last either way. Each group shows the
/// page of `MAX_ROWS` rows `pages` asks for (by the group's place in that order, clamped
/// to its last page).
pub fn figure_groups(
    figures: &[Figure],
    rows: &[FigureRow],
    sort: Option<Sort>,
    pages: &[usize; 4],
) -> Vec<FigureGroup> {
    GROUPS
        .iter()
        .zip(pages)
        .filter_map(|(&(group, key, title), &asked)| {
            let mut members: Vec<usize> = figures
                .iter()
                .enumerate()
                .filter(|(i, f)| f.category.group() == group && *i < rows.len())
                .map(|(i, _)| i)
                .collect();
            if let Some(sort) = sort {
                sorting::sort_by(&mut members, |&a, &b| {
                    compare(figures, rows, sort, a, b).then(a.cmp(&b))
                });
            }
            let page = Page::of(members.len(), MAX_ROWS, asked);
            (!members.is_empty()).then(|| FigureGroup {
                key,
                title,
                rows: members[page.rows()].to_vec(),
                page,
            })
        })
        .collect()
}

/// The place of the group with `key` in the order of `figure_groups` (its page's index
/// in `pages`).
pub fn group_place(key: &str) -> usize {
    GROUPS.iter().position(|g| g.1 == key).unwrap_or(0)
}

fn compare(figures: &[Figure], rows: &[FigureRow], sort: Sort, a: usize, b: usize) -> Ordering {
    let directed = |o: Ordering| if sort.descending { o.reverse() } else { o };
    if sort.column == Column::Value {
        let value = |i: usize| figures.get(i).map_or(0.0, |f| f.value);
        return directed(value(a).total_cmp(&value(b)));
    }
    let text = |i: usize| -> String {
        let Some(row) = rows.get(i) else {
            return String::new();
        };
        match sort.column {
            Column::Qualifier => row.qualifier.clone(),
            Column::Item => str::to_lowercase(&row.item),
            Column::Category => row.category.to_string(),
            // The facts/1 period (ISO dates, `FY2021/22`) sorts in time order.
            Column::Period => figures
                .get(i)
                .and_then(|f| f.period.clone())
                .unwrap_or_default(),
            Column::Change => row.change.clone(),
            Column::Value => String::new(),
        }
    };
    let (x, y) = (text(a), text(b));
    match (x.is_empty(), y.is_empty()) {
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => directed(x.cmp(&y)),
    }
}
