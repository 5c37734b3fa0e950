//! Word tables as data, shared by more than one kind of fact, and the types that hold
//! every word table of the core: `WordList`, `Table` and `Pairs`.
//!
//! A table written as `&[&str]` costs eight bytes of pointer and length per entry in the
//! web build beside its text, and the tables hold thousands of entries. So each table is
//! written with the `words!` or `table!` macro, which keeps the source a plain list of
//! literals but stores the words as one string, each word ended by `SEP`; the list of
//! `&str` is split out of it once, on first use, and the table then reads as a slice.

pub mod countries;
pub mod ranks;

use std::ops::Deref;
use std::sync::OnceLock;

/// The end of each word in a joined table: NUL, which no word can contain, so no entry
/// can split in two (an entry once held a line break by mistake: "County Kerry").
pub const SEP: char = '\0';

/// A word list stored as one string of words, each followed by `SEP`, read as a
/// `[&'static str]` (split once, on first use). Write one with `words!`.
///
/// ```
/// use blotter::extract::lexicon::WordList;
/// static FRUIT: WordList = WordList::new("fig\0pear\0");
/// assert_eq!(&FRUIT[..], ["fig", "pear"]);
/// assert!(FRUIT.contains(&"pear"));
/// ```
pub struct WordList {
    joined: &'static str,
    words: OnceLock<Box<[&'static str]>>,
}

impl WordList {
    /// A list of the words of `joined`, each ended by `SEP`.
    pub const fn new(joined: &'static str) -> WordList {
        WordList {
            joined,
            words: OnceLock::new(),
        }
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
            .get_or_init(|| self.joined.split_terminator(SEP).collect())
    }
}

/// A table of (word, value) rows stored as one string of words, each followed by `SEP`,
/// beside an array of the values; read as a `[(&'static str, V)]` (built once, on first
/// use). Write one with `table!`.
///
/// ```
/// use blotter::extract::lexicon::Table;
/// static SIZES: Table<u32> = Table::new("one\0two\0", &[1, 2]);
/// assert_eq!(&SIZES[..], [("one", 1), ("two", 2)]);
/// ```
pub struct Table<V: 'static> {
    joined: &'static str,
    values: &'static [V],
    rows: OnceLock<Box<[(&'static str, V)]>>,
}

impl<V> Table<V> {
    /// A table of the words of `joined` (each ended by `SEP`) with `values`, in order.
    pub const fn new(joined: &'static str, values: &'static [V]) -> Table<V> {
        Table {
            joined,
            values,
            rows: OnceLock::new(),
        }
    }
}

impl<V: Copy> Deref for Table<V> {
    type Target = [(&'static str, V)];

    fn deref(&self) -> &[(&'static str, V)] {
        self.rows.get_or_init(|| {
            self.joined
                .split_terminator(SEP)
                .zip(self.values.iter().copied())
                .collect()
        })
    }
}

/// A `WordList` of string literals, written as an array: `words!["a", "b"]`.
macro_rules! words {
    ($($word:literal),* $(,)?) => {
        $crate::extract::lexicon::WordList::new(concat!($($word, "\0"),*))
    };
}
pub(crate) use words;

/// A `Table` of (string literal, value) rows, written as an array:
/// `table![("a", 1), ("b", 2)]`.
macro_rules! table {
    ($(($word:literal, $value:expr $(,)?)),* $(,)?) => {
        $crate::extract::lexicon::Table::new(concat!($($word, "\0"),*), &[$($value),*])
    };
}
pub(crate) use table;

/// A table of (word, word) rows stored as two strings of words, each word followed by
/// `SEP`; read as a `[(&'static str, &'static str)]` (built once, on first use).
/// Write one with `pairs!`.
///
/// ```
/// use blotter::extract::lexicon::Pairs;
/// static STATES: Pairs = Pairs::new("Ga\0Tex\0", "Georgia\0Texas\0");
/// assert_eq!(&STATES[..], [("Ga", "Georgia"), ("Tex", "Texas")]);
/// ```
pub struct Pairs {
    firsts: &'static str,
    seconds: &'static str,
    rows: OnceLock<Box<[(&'static str, &'static str)]>>,
}

impl Pairs {
    /// Rows of the words of `firsts` with the words of `seconds`, in order.
    pub const fn new(firsts: &'static str, seconds: &'static str) -> Pairs {
        Pairs {
            firsts,
            seconds,
            rows: OnceLock::new(),
        }
    }
}

impl Deref for Pairs {
    type Target = [(&'static str, &'static str)];

    fn deref(&self) -> &[(&'static str, &'static str)] {
        self.rows.get_or_init(|| {
            self.firsts
                .split_terminator(SEP)
                .zip(self.seconds.split_terminator(SEP))
                .collect()
        })
    }
}

/// A `Pairs` of string literals, written as an array: `pairs![("a", "x"), ("b", "y")]`.
macro_rules! pairs {
    ($(($first:literal, $second:literal $(,)?)),* $(,)?) => {
        $crate::extract::lexicon::Pairs::new(
            concat!($($first, "\0"),*),
            concat!($($second, "\0"),*),
        )
    };
}
pub(crate) use pairs;

/// Number words below twenty, with their values.
pub static UNITS: Table<u32> = table![
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Number words for the tens, with their values.
pub static TENS: Table<u32> = table![
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

// ---------------------------------------------------------------------------------------
// The calendar's words: one list of months and one of weekdays for every kind of fact.

/// Month names and their abbreviations, with the month number.
pub static MONTHS: Table<u32> = table![
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations; 0 = Monday.
pub static WEEKDAYS: Table<u32> = table![
    ("monday", 0),
    ("mon", 0),
    ("tuesday", 1),
    ("tue", 1),
    ("tues", 1),
    ("wednesday", 2),
    ("wed", 2),
    ("thursday", 3),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("friday", 4),
    ("fri", 4),
    ("saturday", 5),
    ("sat", 5),
    ("sunday", 6),
    ("sun", 6),
];

/// Whether `word` names a month ("March", "sept"), as any rule asks.
pub fn is_month(word: &str) -> bool {
    crate::extract::text::position_in_table(word, &MONTHS).is_some()
}
