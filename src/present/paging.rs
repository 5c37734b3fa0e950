//! Paging a long table: which of its rows a page shows, and the words around it, for the
//! collection's table of every figure and the single release's table of figures.
//!
//! A table shows `size` rows at a time; Previous and Next move a page. The page asked for
//! is kept by the caller and clamped here, so a table whose rows shrink (a release
//! removed, a filter chosen) shows its last page, never an empty one.

use std::ops::Range;

use super::view::format_number;

/// One page of a table of `total` rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The page shown, from 0, clamped to the last.
    pub index: usize,
    /// How many pages the table has (1 for a table with no rows).
    pub count: usize,
    /// The rows it shows, as indices into the whole table's.
    pub start: usize,
    pub end: usize,
    pub total: usize,
}

impl Page {
    /// Page `asked` of a table of `total` rows, `size` a page (at least 1), clamped to the
    /// last page.
    pub fn of(total: usize, size: usize, asked: usize) -> Page {
        let size = size.max(1);
        let count = total.div_ceil(size).max(1);
        let index = asked.min(count - 1);
        let start = index * size;
        Page {
            index,
            count,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// The rows the page shows.
    pub fn rows(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the table needs Previous and Next at all.
    pub fn is_paged(&self) -> bool {
        self.count > 1
    }

    /// The page before this one, if there is one.
    pub fn previous(&self) -> Option<usize> {
        self.index.checked_sub(1)
    }

    /// The page after this one, if there is one.
    pub fn next(&self) -> Option<usize> {
        (self.index + 1 < self.count).then_some(self.index + 1)
    }

    /// Where the page is, numbers as the page writes them: `Figures 301–600 of 3,045`
    /// (`what` names the rows); a page of one row names it alone, `Figures 301 of 301`.
    pub fn label(&self, what: &str) -> String {
        let n = |v: usize| format_number(v as f64);
        if self.total == 0 {
            return format!("{what} 0 of 0");
        }
        if self.end - self.start == 1 {
            return format!("{what} {} of {}", n(self.end), n(self.total));
        }
        format!(
            "{what} {}\u{2013}{} of {}",
            n(self.start + 1),
            n(self.end),
            n(self.total)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once_the_last_one_short() {
        let total = 3_045;
        let mut seen = 0;
        let mut asked = 0;
        loop {
            let p = Page::of(total, 300, asked);
            assert_eq!(p.start, seen, "page {asked} starts where the last ended");
            seen = p.end;
            match p.next() {
                Some(next) => asked = next,
                None => break,
            }
        }
        assert_eq!(seen, total);
        let last = Page::of(total, 300, 10);
        assert_eq!(
            (last.index, last.count, last.rows()),
            (10, 11, 3_000..3_045)
        );
        assert_eq!(last.previous(), Some(9));
        assert_eq!(last.next(), None);
        assert_eq!(Page::of(total, 300, 0).previous(), None);
    }

    #[test]
    fn a_page_past_the_end_is_the_last_and_no_rows_is_one_empty_page() {
        // Rows shrank from several pages to one: the page asked for is clamped.
        let p = Page::of(250, 300, 7);
        assert_eq!((p.index, p.count, p.rows()), (0, 1, 0..250));
        assert!(!p.is_paged());
        let p = Page::of(601, 300, 7);
        assert_eq!((p.index, p.rows()), (2, 600..601));
        let empty = Page::of(0, 300, 3);
        assert_eq!((empty.index, empty.count, empty.rows()), (0, 1, 0..0));
        assert!(!empty.is_paged());
        assert_eq!(Page::of(5, 0, 2).rows(), 2..3, "a size of 0 counts as 1");
    }

    #[test]
    fn the_label_says_which_rows_of_how_many_with_the_page_s_numbers() {
        assert_eq!(
            Page::of(3_045, 300, 1).label("Figures"),
            "Figures 301\u{2013}600 of 3,045"
        );
        assert_eq!(
            Page::of(3_045, 300, 99).label("Figures"),
            "Figures 3,001\u{2013}3,045 of 3,045"
        );
        assert_eq!(Page::of(301, 300, 1).label("Figures"), "Figures 301 of 301");
        assert_eq!(Page::of(0, 300, 0).label("Figures"), "Figures 0 of 0");
    }
}
