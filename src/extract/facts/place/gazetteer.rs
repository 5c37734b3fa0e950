//! A word list of names (places, organisations) matched over the tokens of a document,
//! longest name first, in time linear in the text.

use crate::extract::sorting;
use crate::extract::text::{same_word, Doc, TokenKind, WordIndex};

/// One name in a gazetteer: its words, the name it stands for, and a tag for the caller.
struct Entry {
    /// The first word, folded for the index.
    first: String,
    words: Vec<String>,
    canonical: &'static str,
    tag: u8,
}

/// Names indexed by their first word, lower-cased.
pub(crate) struct Gazetteer {
    /// Sorted by first word, the longest name first among those that share it.
    entries: Vec<Entry>,
    /// The entries' first words, hashed: a word's positions are its entries, in order.
    firsts: WordIndex,
}

/// A match: the end token (exclusive), the canonical name and the entry's tag.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub end: usize,
    pub canonical: &'static str,
    pub tag: u8,
}

impl Gazetteer {
    /// Builds a gazetteer from `(written form, canonical name, tag)` rows. An empty
    /// canonical name means the written form is itself the name.
    pub(crate) fn new(rows: impl IntoIterator<Item = (&'static str, &'static str, u8)>) -> Self {
        let mut entries: Vec<Entry> = rows
            .into_iter()
            .map(|(written, canonical, tag)| {
                let doc = Doc::new(written);
                let words: Vec<String> = (0..doc.tokens.len())
                    .map(|i| doc.tok(i).to_string())
                    .collect();
                let canonical = if canonical.is_empty() {
                    written
                } else {
                    canonical
                };
                let first = words.first().map(|w: &String| key(w)).unwrap_or_default();
                Entry {
                    first,
                    words,
                    canonical,
                    tag,
                }
            })
            .filter(|e| !e.words.is_empty())
            .collect();
        sorting::sort_by(&mut entries, |a, b| {
            a.first
                .cmp(&b.first)
                .then(b.words.len().cmp(&a.words.len()))
        });
        let firsts = WordIndex::new(entries.iter().map(|e| e.first.as_str()));
        Gazetteer { entries, firsts }
    }

    /// The longest name that starts at token `i`, if any.
    pub(crate) fn longest_at(&self, doc: &Doc, i: usize) -> Option<Hit> {
        let t = doc.tokens.get(i)?;
        // Every name in a gazetteer starts with a capital letter.
        if t.kind != TokenKind::Word || !t.shape.upper_first {
            return None;
        }
        let mut best: Option<Hit> = None;
        for e in self
            .firsts
            .positions(doc.tok(i))
            .iter()
            .filter_map(|&k| self.entries.get(k))
        {
            if best.as_ref().is_some_and(|b| b.end - i >= e.words.len()) {
                continue;
            }
            if matches_at(doc, i, &e.words) {
                best = Some(Hit {
                    end: i + e.words.len(),
                    canonical: e.canonical,
                    tag: e.tag,
                });
            }
        }
        best
    }
}

fn key(w: &str) -> String {
    w.chars().map(crate::extract::text::fold_char).collect()
}

/// Whether the words of an entry stand at token `i`: same words ignoring case, except that
/// a capitalised word must be capitalised in the text and an acronym written the same.
fn matches_at(doc: &Doc, i: usize, words: &[String]) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        let j = i + k;
        if j >= doc.tokens.len() {
            return false;
        }
        // Words of a name stand on one line, spaced as in the entry.
        if k > 0 && doc.tokens[j].line_before {
            return false;
        }
        let got = doc.tok(j);
        if !same_word(got, w) {
            return false;
        }
        let want_cap = w.chars().next().is_some_and(char::is_uppercase);
        let got_cap = got.chars().next().is_some_and(char::is_uppercase);
        let acronym = w.chars().count() > 1 && w.chars().all(char::is_uppercase);
        (!want_cap || got_cap) && (!acronym || got == w)
    })
}
