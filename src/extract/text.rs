//! The text as the rules see it: tokens, paragraphs and sentences over byte offsets,
//! and the map from byte offsets to the code-point offsets that facts/1 uses.
//!
//! Nothing here allocates per character; a document of several megabytes is read in one
//! pass for tokens and one for sentences.

use crate::extract::lexicon::{words, WordList};
use crate::extract::sorting;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters, possibly followed by digits ("Met", "M25", "Hogan").
    Word,
    /// Digits with inner separators: "187", "1,002", "2.5", "0800".
    Number,
    /// Any other single visible character: punctuation, quote marks, symbols.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// Whether white space stands between this token and the one before it.
    pub space_before: bool,
    /// Whether a line break stands between this token and the one before it.
    pub line_before: bool,
    /// What the tokenizer saw of the token's characters, worked out once so that rules
    /// asking "capitalised?" or "is it this word?" of every token do not decode it again.
    pub shape: Shape,
}

/// The case and script of a token's characters (see [`Token::shape`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// Every byte is ASCII, so the token folds byte for byte.
    pub ascii: bool,
    /// The first character is upper case ("Met", "M25", "RICHMOND").
    pub upper_first: bool,
    /// Every character is upper case or an ASCII digit, and one at least is upper case
    /// ("RICHMOND", "M25", "BTP").
    pub all_caps: bool,
}

impl Shape {
    /// The shape of `s`.
    ///
    /// ```
    /// use blotter::extract::text::Shape;
    /// let s = Shape::of("M25");
    /// assert!(s.ascii && s.upper_first && s.all_caps);
    /// assert!(!Shape::of("Met").all_caps);
    /// ```
    pub fn of(s: &str) -> Shape {
        if s.is_ascii() {
            let b = s.as_bytes();
            let all = b
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            return Shape {
                ascii: true,
                upper_first: b.first().is_some_and(u8::is_ascii_uppercase),
                all_caps: all && b.iter().any(u8::is_ascii_uppercase),
            };
        }
        Shape {
            ascii: false,
            upper_first: s.chars().next().is_some_and(char::is_uppercase),
            all_caps: s
                .chars()
                .all(|c| char::is_uppercase(c) || c.is_ascii_digit())
                && s.chars().any(char::is_uppercase),
        }
    }
}

impl Token {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A release ready for the rules.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Non-empty lines, trimmed, as byte ranges: releases put one paragraph on a line. In a
    /// hard-wrapped text the lines of one paragraph are joined (`unwrap`).
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences inside paragraphs, as byte ranges.
    pub sentences: Vec<Range<usize>>,
    /// The text of each token, sliced once: the rules ask for it again and again.
    words: Vec<&'a str>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut tokens = tokenize(text);
        let mut paragraphs = paragraphs(text);
        if hard_wrapped(text, &paragraphs) {
            paragraphs = unwrap(text, &paragraphs, &mut tokens);
        }
        let sentences = sentences(text, &paragraphs, &tokens);
        let words = tokens
            .iter()
            .map(|t| text.get(t.start..t.end).unwrap_or(""))
            .collect();
        Doc {
            text,
            tokens,
            paragraphs,
            sentences,
            words,
        }
    }

    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Whether token `i` exists and follows the token before it with no space.
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` exists and is `word`, ignoring ASCII case and apostrophe style.
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        // An ASCII token folds to as many bytes as it has, and a word folds to no more
        // bytes than it has (to as many when it is ASCII): most words are told apart by
        // length alone, before any byte is read.
        let len = t.end - t.start;
        if t.shape.ascii && (word.len() < len || (word.len() > len && word.is_ascii())) {
            return false;
        }
        self.is_slow(i, word)
    }

    /// `is` past the length test.
    #[inline(never)]
    fn is_slow(&self, i: usize, word: &str) -> bool {
        same_word(self.words.get(i).copied().unwrap_or(""), word)
    }

    /// The shape of token `i` (all false past the end).
    #[inline]
    pub fn shape(&self, i: usize) -> Shape {
        self.tokens.get(i).map(|t| t.shape).unwrap_or_default()
    }

    /// The index of the first token that starts at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// The token indices that lie inside a byte range.
    pub fn tokens_in(&self, range: &Range<usize>) -> Range<usize> {
        let a = self.token_at(range.start);
        let b = self.tokens.partition_point(|t| t.end <= range.end);
        a..b.max(a)
    }

    /// The sentence that holds byte `pos`, if any.
    pub fn sentence_of(&self, pos: usize) -> Option<Range<usize>> {
        find_range(&self.sentences, pos)
    }

    /// The paragraph that holds byte `pos`, if any.
    pub fn paragraph_of(&self, pos: usize) -> Option<Range<usize>> {
        find_range(&self.paragraphs, pos)
    }

    /// The index of the paragraph that holds byte `pos`.
    pub fn paragraph_index(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|r| r.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }
}

fn find_range(ranges: &[Range<usize>], pos: usize) -> Option<Range<usize>> {
    let i = ranges.partition_point(|r| r.end <= pos);
    ranges.get(i).filter(|r| r.start <= pos).cloned()
}

/// Whether two words are the same, ignoring ASCII case and curly versus straight apostrophes.
#[inline]
pub fn same_word(a: &str, b: &str) -> bool {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // Walk both words while they are ASCII, where folding goes byte for byte; most
    // comparisons fail at the first letter.
    let mut i = 0;
    loop {
        match (x.get(i), y.get(i)) {
            (None, None) => return true,
            (Some(&p), Some(&q)) if p.is_ascii() && q.is_ascii() => {
                if fold_byte(p) != fold_byte(q) {
                    return false;
                }
            }
            // A character that is not ASCII: compare the rest (both start at a
            // character boundary, since all before was ASCII) by folded characters.
            (Some(_), Some(_)) => {
                return same_folded(a.get(i..).unwrap_or(""), b.get(i..).unwrap_or(""))
            }
            // One word ended and the other did not; every character folds to one
            // character, so the longer stays longer.
            _ => return false,
        }
        i += 1;
    }
}

/// `same_word` by folded characters: the rare case, kept out of line so that the ASCII
/// loop stays small.
#[cold]
#[inline(never)]
fn same_folded(a: &str, b: &str) -> bool {
    a.chars().map(fold_char).eq(b.chars().map(fold_char))
}

/// Lower-cases ASCII and folds typographic apostrophes, dashes and quotes to plain ones.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}' => '-',
        _ => c.to_ascii_lowercase(),
    }
}

/// A word folded as `same_word` folds it: two words are the same exactly when their folded
/// forms are equal.
pub fn fold_word(word: &str) -> String {
    word.chars().map(fold_char).collect()
}

/// A word list hashed by folded word, for lookups in constant time. Each entry keeps its
/// position in the list, so a rule that takes the first entry that matches still gets it.
pub struct WordIndex {
    /// Each folded word with the range of `positions` that holds its list positions.
    by_word: HashMap<Box<[u8]>, (usize, usize), BuildHasherDefault<FastHasher>>,
    /// List positions grouped by word, ascending within each word.
    positions: Vec<usize>,
    /// One bit for each (length, first byte, last byte) of a folded word: most words
    /// asked about are not in the list, and this turns most of them away before folding
    /// and hashing.
    shapes: [u64; SHAPE_WORDS],
}

impl WordIndex {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordIndex {
        let mut entries: Vec<(Vec<u8>, usize)> = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| (fold_word(w).into_bytes(), i))
            .collect();
        sorting::sort(&mut entries);
        let mut index = WordIndex {
            by_word: HashMap::default(),
            positions: Vec::with_capacity(entries.len()),
            shapes: [0; SHAPE_WORDS],
        };
        let mut k = 0;
        while k < entries.len() {
            let start = index.positions.len();
            let word = &entries[k].0;
            while k < entries.len() && entries[k].0 == *word {
                index.positions.push(entries[k].1);
                k += 1;
            }
            let bit = shape_bit(word.len(), word.first(), word.last());
            if let Some(w) = index.shapes.get_mut(bit / 64) {
                *w |= 1 << (bit % 64);
            }
            let range = (start, index.positions.len());
            index.by_word.insert(word.clone().into_boxed_slice(), range);
        }
        index
    }

    /// The list positions of the entries that are `word` (as `same_word` decides), in
    /// list order.
    #[inline]
    pub fn positions(&self, word: &str) -> &[usize] {
        let w = word.as_bytes();
        if word.is_ascii() {
            // An ASCII word folds byte for byte, so its shape is known before folding.
            let first = w.first().map(|&b| fold_byte(b));
            let last = w.last().map(|&b| fold_byte(b));
            if !self.has_shape(shape_bit(w.len(), first.as_ref(), last.as_ref())) {
                return &[];
            }
        }
        self.folded_positions(word)
    }

    /// `positions` past the shape test: folds the word and looks it up. Kept out of line,
    /// so that the words the shape test turns away pay for no folding buffer.
    #[inline(never)]
    fn folded_positions(&self, word: &str) -> &[usize] {
        let mut buf = [0u8; 64];
        let mut long = Vec::new();
        let key = fold_into(word, &mut buf, &mut long);
        if !self.has_shape(shape_bit(key.len(), key.first(), key.last())) {
            return &[];
        }
        match self.by_word.get(key) {
            Some(&(a, b)) => self.positions.get(a..b).unwrap_or_default(),
            None => &[],
        }
    }

    fn has_shape(&self, bit: usize) -> bool {
        self.shapes
            .get(bit / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }

    /// The position of the first entry that is `word`.
    #[inline]
    pub fn first(&self, word: &str) -> Option<usize> {
        self.positions(word).first().copied()
    }
}

/// The size of `WordIndex::shapes`, in 64-bit words.
const SHAPE_WORDS: usize = 32;

/// The bit of a folded word's shape: its length, first byte and last byte, mixed.
fn shape_bit(len: usize, first: Option<&u8>, last: Option<&u8>) -> usize {
    let f = first.map_or(0, |&b| u64::from(b));
    let l = last.map_or(0, |&b| u64::from(b));
    let mixed = ((len as u64) << 16 | f << 8 | l).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 40) as usize % (SHAPE_WORDS * 64)
}

/// `word` folded as `fold_word` folds it, without allocating: in `buf` when it fits (as
/// words do) and in `long` otherwise.
pub fn fold_into<'b>(word: &str, buf: &'b mut [u8; 64], long: &'b mut Vec<u8>) -> &'b [u8] {
    if word.len() <= buf.len() {
        if word.is_ascii() {
            for (o, b) in buf.iter_mut().zip(word.bytes()) {
                *o = fold_byte(b);
            }
            return buf.get(..word.len()).unwrap_or_default();
        }
        // Folding never lengthens a character, so the folded word fits too.
        let mut n = 0;
        for c in word.chars() {
            let f = fold_char(c);
            let Some(out) = buf.get_mut(n..) else {
                break;
            };
            n += f.encode_utf8(out).len();
        }
        return buf.get(..n).unwrap_or_default();
    }
    *long = fold_word(word).into_bytes();
    long
}

/// Lists this short are scanned: a scan beats finding the index.
const SCAN_LEN: usize = 6;

/// The position of the first entry of `list` that is `word` (as `same_word` decides).
///
/// Long lists are looked up in a `WordIndex` built on first use and remembered by the
/// list's address; a `'static` list can never change or move, so the address names it.
pub fn position_in(word: &str, list: &'static [&'static str]) -> Option<usize> {
    if list.len() <= SCAN_LEN {
        return list.iter().position(|w| same_word(word, w));
    }
    index_of(list.as_ptr() as usize, list.len(), 0, &|| {
        WordIndex::new(list.iter().copied())
    })
    .first(word)
}

/// Whether `word` is one of `list` (as `same_word` decides).
pub fn is_in(word: &str, list: &'static [&'static str]) -> bool {
    position_in(word, list).is_some()
}

/// The position of the first entry of a (word, value) table whose word is `word`.
pub fn position_in_table<V>(word: &str, table: &'static [(&'static str, V)]) -> Option<usize> {
    if table.len() <= SCAN_LEN {
        return table.iter().position(|(w, _)| same_word(word, w));
    }
    let tag = 1 + std::mem::size_of::<(&str, V)>();
    index_of(table.as_ptr() as usize, table.len(), tag, &|| {
        WordIndex::new(table.iter().map(|(w, _)| *w))
    })
    .first(word)
}

/// The indexes of static word lists by (address, length, kind of entry).
type IndexCache =
    HashMap<(usize, usize, usize), &'static WordIndex, BuildHasherDefault<FastHasher>>;

thread_local! {
    /// Every index built, by list.
    static INDEXES: RefCell<IndexCache> = RefCell::new(HashMap::default());
    /// The indexes asked for lately, one slot per list address: most questions are
    /// answered here without hashing the key.
    static RECENT: [Cell<Option<RecentIndex>>; RECENT_SLOTS] =
        const { [const { Cell::new(None) }; RECENT_SLOTS] };
}

/// The index of the list at `address` (of `len` entries of kind `tag`), built by `build`
/// the first time.
#[inline]
fn index_of(
    address: usize,
    len: usize,
    tag: usize,
    build: &dyn Fn() -> WordIndex,
) -> &'static WordIndex {
    let key = (address, len, tag);
    let slot = ((address / 8) ^ len ^ tag) % RECENT_SLOTS;
    match RECENT.with(|r| r.get(slot).and_then(Cell::get)) {
        Some((k, ix)) if k == key => ix,
        _ => index_of_slow(key, slot, build),
    }
}

/// `index_of` when the list is not in its recent slot.
#[cold]
#[inline(never)]
fn index_of_slow(
    key: (usize, usize, usize),
    slot: usize,
    build: &dyn Fn() -> WordIndex,
) -> &'static WordIndex {
    let found = INDEXES.with(|m| m.borrow().get(&key).copied());
    let index = match found {
        Some(ix) => ix,
        None => {
            // One index per static list, kept for the life of the program.
            let ix: &'static WordIndex = Box::leak(Box::new(build()));
            INDEXES.with(|m| m.borrow_mut().insert(key, ix));
            ix
        }
    };
    RECENT.with(|r| r.get(slot).map(|c| c.set(Some((key, index)))));
    index
}

/// The slots of `index_of`'s cache of recent indexes.
const RECENT_SLOTS: usize = 128;

/// A list's key (address, length, kind of entry) and its index.
type RecentIndex = ((usize, usize, usize), &'static WordIndex);

/// A fast hash (in the manner of rustc's FxHash) for short words and addresses; the keys
/// are our own word lists, so no one can choose them to collide.
#[derive(Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        if !tail.is_empty() {
            rest.get_mut(..tail.len())
                .unwrap_or_default()
                .copy_from_slice(tail);
            self.write_u64(u64::from_le_bytes(rest));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// `fold_char` for an ASCII byte: lower case, and a backtick read as an apostrophe.
/// (Other bytes come back as they are.)
#[inline]
pub fn fold_byte(b: u8) -> u8 {
    FOLDED_BYTES[usize::from(b)]
}

/// `fold_byte` for every byte, worked out at compile time: one load per byte.
static FOLDED_BYTES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte == b'`' {
            b'\''
        } else {
            byte.to_ascii_lowercase()
        };
        b += 1;
    }
    table
};

/// Whether `c` opens or closes a quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// Whether `s` holds a character for which `is_quote_mark` holds, read by bytes: `"`, and
/// the UTF-8 of U+201C to U+201E (E2 80 9C..9E) and of U+00AB, U+00BB (C2 AB, C2 BB),
/// which no other character's bytes contain.
///
/// ```
/// use blotter::extract::text::has_quote_mark;
/// assert!(has_quote_mark("He said \u{201C}yes\u{201D}"));
/// assert!(!has_quote_mark("the boy's bike \u{2019}"));
/// ```
pub fn has_quote_mark(s: &str) -> bool {
    let b = s.as_bytes();
    if s.is_ascii() {
        return b.contains(&b'"');
    }
    b.iter().enumerate().any(|(i, &x)| match x {
        b'"' => true,
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C..=0x9E)),
        0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
        _ => false,
    })
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut space_before = false;
    let mut line_before = false;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() || c.is_control() || (!c.is_ascii() && is_invisible(c)) {
            space_before |= c.is_whitespace() || c.is_control();
            line_before |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            i += c.len_utf8();
            continue;
        }
        let (kind, end, shape) = if c.is_ascii_digit() {
            // Digits, commas and full stops: ASCII, and no capitals.
            let shape = Shape {
                ascii: true,
                ..Shape::default()
            };
            (TokenKind::Number, number_end(bytes, i), shape)
        } else if char::is_alphabetic(c) {
            let (end, shape) = word_end(text, i, c);
            (TokenKind::Word, end, shape)
        } else {
            let end = i + c.len_utf8();
            let shape = Shape::of(text.get(i..end).unwrap_or(""));
            (TokenKind::Punct, end, shape)
        };
        tokens.push(Token {
            kind,
            start: i,
            end,
            space_before,
            line_before,
            shape,
        });
        space_before = false;
        line_before = false;
        i = end;
    }
    tokens
}

/// The end of a word that starts with the letter `first` at byte `start`: letters and
/// digits, with combining marks; and the word's shape, as `Shape::of` would give it, read
/// on the way (ASCII letters and digits without decoding).
fn word_end(text: &str, start: usize, first: char) -> (usize, Shape) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut ascii = true;
    let mut all_caps = true;
    let mut any_upper = false;
    loop {
        match bytes.get(end) {
            Some(&b) if b.is_ascii() => {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                all_caps &= b.is_ascii_uppercase() || b.is_ascii_digit();
                any_upper |= b.is_ascii_uppercase();
                end += 1;
            }
            Some(_) => {
                let Some(d) = text.get(end..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                // The first character is a letter, whatever else it is.
                if !(end == start || char::is_alphanumeric(d) || is_combining(d)) {
                    break;
                }
                ascii = false;
                all_caps &= char::is_uppercase(d) || d.is_ascii_digit();
                any_upper |= char::is_uppercase(d);
                end += d.len_utf8();
            }
            None => break,
        }
    }
    let shape = Shape {
        ascii,
        upper_first: char::is_uppercase(first),
        all_caps: all_caps && any_upper,
    };
    (end, shape)
}

/// The character at byte `i` (a character boundary), reading ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// The end of a number that starts at `start`: digits, with `,` or `.` between digits.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        let separator = (b == b',' || b == b'.')
            && end > start
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || separator) {
            break;
        }
        end += 1;
    }
    end
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// How many lines a text needs before it can be told hard-wrapped.
const WRAPPED_LINES: usize = 8;

/// Whether a line ends a sentence: a full stop, "!" or "?", perhaps inside a closing quote
/// mark or bracket.
fn ends_sentence(line: &str) -> bool {
    let tail = line.trim_end_matches(|c: char| matches!(fold_char(c), '"' | '\'' | ')' | ']'));
    tail.ends_with(['.', '!', '?'])
}

/// Whether a text was hard-wrapped (copied from a PDF or an e-mail): most lines that run
/// straight on into another line end mid-sentence. A release written one paragraph a line
/// ends nearly every line with a full stop, its headline aside.
fn hard_wrapped(text: &str, lines: &[Range<usize>]) -> bool {
    if lines.len() < WRAPPED_LINES {
        return false;
    }
    let (mut joined, mut open) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let gap = text.get(pair[0].end..pair[1].start).unwrap_or("");
        // A table's row ends in its number ("Eastvale 1,204"): no sign of wrapping.
        let row = text
            .get(pair[0].clone())
            .is_some_and(|l| l.ends_with(|c: char| c.is_ascii_digit()));
        if gap.matches('\n').count() > 1 || row {
            continue;
        }
        joined += 1;
        open += usize::from(!ends_sentence(text.get(pair[0].clone()).unwrap_or("")));
    }
    joined >= WRAPPED_LINES && open * 2 > joined
}

/// The paragraphs of a hard-wrapped text: a line that does not end a sentence runs on into
/// the next unless a blank line stands between. The tokens at the joins lose their
/// `line_before`, so the rules read a wrapped paragraph as the one line it was written as.
fn unwrap(text: &str, lines: &[Range<usize>], tokens: &mut [Token]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(lines.len());
    let mut t = 0;
    for line in lines {
        let runs_on = out.last().is_some_and(|last: &Range<usize>| {
            let gap = text.get(last.end..line.start).unwrap_or("");
            gap.matches('\n').count() <= 1 && !ends_sentence(text.get(last.clone()).unwrap_or(""))
        });
        match out.last_mut() {
            Some(last) if runs_on => {
                last.end = line.end;
                while tokens.get(t).is_some_and(|k| k.start < line.start) {
                    t += 1;
                }
                if let Some(first) = tokens.get_mut(t) {
                    first.line_before = false;
                }
            }
            _ => out.push(line.clone()),
        }
    }
    out
}

fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut push = |start: usize, end: usize| {
        let line = text.get(start..end).unwrap_or("");
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
    };
    // A line ends at '\n' or at U+2029 (E2 80 A9 in UTF-8); neither byte pattern occurs
    // inside another character, so the bytes can be searched without decoding.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let stop = match b {
            b'\n' => 1,
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA9]) => 3,
            _ => 0,
        };
        if stop > 0 {
            push(start, i);
            start = i + stop;
            i += stop;
        } else {
            i += 1;
        }
    }
    push(start, text.len());
    out
}

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: WordList = words![
    "mr", "mrs", "ms", "dr", "st", "no", "insp", "supt", "sgt", "det", "lt", "col", "gen", "capt",
    "sr", "jr", "va", "co", "inc", "ltd", "ave", "rd", "cllr", "ch", "cdr", "dept", "approx", "vs",
    "etc", "e", "g", "i", "fig", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "mt", "ft", "pc", "ds", "di", "dc", "insp", "cmdr", "supt", "prof",
];

fn sentences(text: &str, paragraphs: &[Range<usize>], tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut ti = 0;
    for para in paragraphs {
        while ti < tokens.len() && tokens[ti].start < para.start {
            ti += 1;
        }
        let mut start = para.start;
        let mut j = ti;
        while j < tokens.len() && tokens[j].end <= para.end {
            let t = tokens[j];
            let c = &text[t.start..t.end];
            if t.kind == TokenKind::Punct && matches!(c, "." | "!" | "?") {
                // Closing quote marks and brackets stay with the sentence they close.
                let mut k = j + 1;
                while k < tokens.len()
                    && tokens[k].end <= para.end
                    && !tokens[k].space_before
                    && tokens[k].kind == TokenKind::Punct
                    && matches!(
                        fold_char(text[tokens[k].start..].chars().next().unwrap_or(' ')),
                        '"' | '\'' | ')' | ']'
                    )
                {
                    k += 1;
                }
                let next_starts = k >= tokens.len()
                    || tokens[k].start >= para.end
                    || (tokens[k].space_before && starts_sentence(text, tokens[k]));
                let abbreviation = c == "."
                    && j > 0
                    && tokens[j - 1].kind == TokenKind::Word
                    && !t.space_before
                    && is_in(
                        &text[tokens[j - 1].start..tokens[j - 1].end],
                        &ABBREVIATIONS,
                    );
                if next_starts && !abbreviation {
                    let end = tokens[k - 1].end;
                    out.push(start..end);
                    start = if k < tokens.len() {
                        tokens[k].start.min(para.end)
                    } else {
                        para.end
                    };
                    j = k;
                    continue;
                }
            }
            j += 1;
        }
        if start < para.end {
            out.push(start..para.end);
        }
        ti = j;
    }
    out
}

fn starts_sentence(text: &str, t: Token) -> bool {
    let c = text[t.start..].chars().next().unwrap_or(' ');
    char::is_uppercase(c)
        || c.is_ascii_digit()
        || is_quote_mark(c)
        || matches!(c, '‘' | '\'' | '(' | '[' | '£' | '$' | '€')
}

/// Maps byte offsets to code-point offsets. ASCII text maps to itself at no cost.
pub struct CharMap {
    /// Byte offsets of the characters that take more than one byte, with the number of
    /// extra bytes seen up to and including each.
    wide: Vec<(usize, usize)>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    wide.push((i, extra));
                }
            }
        }
        CharMap { wide }
    }

    /// The code-point offset of byte offset `byte` (which must be a char boundary).
    pub fn to_char(&self, byte: usize) -> usize {
        let i = self.wide.partition_point(|&(at, _)| at < byte);
        if i == 0 {
            byte
        } else {
            byte - self.wide[i - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_separators() {
        let d = Doc::new("seized 1,002 items and 2.5kg, then 3.");
        let words: Vec<&str> = (0..d.tokens.len()).map(|i| d.tok(i)).collect();
        assert_eq!(
            words,
            ["seized", "1,002", "items", "and", "2.5", "kg", ",", "then", "3", "."]
        );
        assert!(!d.tokens[5].space_before);
    }

    #[test]
    fn sentences_split_after_stops_but_not_abbreviations() {
        let d = Doc::new("Insp. Jo Bell spoke. Then 2.5 kg went.\nNew line here");
        let s: Vec<&str> = d.sentences.iter().map(|r| &d.text[r.clone()]).collect();
        assert_eq!(
            s,
            ["Insp. Jo Bell spoke.", "Then 2.5 kg went.", "New line here"]
        );
    }

    #[test]
    fn a_hard_wrapped_text_is_read_in_its_paragraphs() {
        let text = "Burglaries in the district\nhave fallen by a fifth since\nthe operation began in May.\n\
                    Detective Chief\nInspector Rosa Lund said:\n\u{201C}We wrote to every\nknown \
                    offender in the\narea and the results speak\nfor themselves.\u{201D}\n\n\
                    Anyone with information\nshould call 101.";
        let d = Doc::new(text);
        let paragraphs: Vec<&str> = d.paragraphs.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:#?}");
        assert!(paragraphs[1].starts_with("Detective Chief\nInspector Rosa Lund said:"));
        let inspector = (0..d.tokens.len()).find(|&i| d.tok(i) == "Inspector");
        assert!(inspector.is_some_and(|i| !d.tokens[i].line_before));
        // The person and the quote are read across the wrapped lines.
        let facts = crate::extract::extract(text, &crate::extract::Options::default());
        assert_eq!(facts.people.len(), 1);
        assert_eq!(facts.people[0].name, "Rosa Lund");
        assert_eq!(facts.people[0].quotes.len(), 1);
    }

    #[test]
    fn a_table_of_rows_ending_in_numbers_is_not_hard_wrapped() {
        let text = "Knives by district
Eastvale 12
Northgate 8
Westmoor 7
Riverside 6
                    Hillcrest 5
Lakeside 4
Oldtown 3
Brookfield 2
Call 101.";
        let d = Doc::new(text);
        assert_eq!(d.paragraphs.len(), 10);
    }

    #[test]
    fn a_release_written_a_paragraph_a_line_is_left_as_it_is() {
        let text = "Knives seized in Dunmore\nOfficers seized 4 knives.\nThey arrested 2 men.\n\
                    They searched 3 homes.\nThey visited 9 schools.\nThey charged 1 man.\n\
                    They stopped 12 cars.\nThey made 40 checks.\nCall 101.";
        let d = Doc::new(text);
        assert_eq!(d.paragraphs.len(), 9);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let d = Doc::new("He said: \u{201C}It works.\u{201D} She agreed.");
        let s: Vec<&str> = d.sentences.iter().map(|r| &d.text[r.clone()]).collect();
        assert_eq!(s, ["He said: \u{201C}It works.\u{201D}", "She agreed."]);
    }

    #[test]
    fn word_index_agrees_with_same_word() {
        static LIST: WordList = words![
            "o'clock",
            "chief",
            "Chief",
            "dover",
            "st",
            "chief",
            "x",
            "y",
            "z",
            "\u{e9}t\u{e9}",
        ];
        let ix = WordIndex::new(LIST.iter().copied());
        for w in [
            "O\u{2019}clock",
            "o`CLOCK",
            "CHIEF",
            "Dover",
            "st",
            "\u{e9}t\u{e9}",
            "ETE",
            "doves",
        ] {
            let scan: Vec<usize> = (0..LIST.len()).filter(|&k| same_word(w, LIST[k])).collect();
            assert_eq!(ix.positions(w), scan.as_slice(), "{w}");
            assert_eq!(position_in(w, &LIST), scan.first().copied(), "{w}");
        }
        assert_eq!(ix.positions("chief"), &[1, 2, 5]);
    }

    #[test]
    fn doc_is_answers_as_same_word_does() {
        let d = Doc::new("O\u{2019}Neil said o'clock, \u{c9}TE and M25 at 6pm\u{2014}`x");
        let words = [
            "o'neil",
            "O\u{2019}NEIL",
            "said",
            "sai",
            "saids",
            "o'clock",
            "o\u{2019}clock",
            "'",
            "\u{2019}",
            "\u{e9}te",
            "\u{c9}te",
            "m25",
            "-",
            "\u{2014}",
            "`",
            "x",
            "",
        ];
        for i in 0..=d.tokens.len() {
            let tok = d.tokens.get(i).map(|t| &d.text[t.start..t.end]);
            for w in words {
                let want = tok.is_some_and(|t| same_word(t, w));
                assert_eq!(d.is(i, w), want, "{tok:?} {w:?}");
            }
        }
    }

    #[test]
    fn token_shapes_say_what_the_characters_say() {
        let cases = [
            ("Met", true, true, false),
            ("RICHMOND", true, true, true),
            ("M25", true, true, true),
            ("met", true, false, false),
            ("2023", true, false, false),
            ("\u{c9}TE", false, true, true),
            ("\u{e9}t\u{e9}", false, false, false),
        ];
        for (text, ascii, upper_first, all_caps) in cases {
            let d = Doc::new(text);
            let shape = d.shape(0);
            assert_eq!(
                (shape.ascii, shape.upper_first, shape.all_caps),
                (ascii, upper_first, all_caps),
                "{text}"
            );
            assert_eq!(shape, Shape::of(text), "{text}");
        }
    }

    #[test]
    fn same_word_folds_ascii_and_typographic_marks() {
        assert!(same_word("O\u{2019}Clock", "o'clock"));
        assert!(same_word("o`clock", "O'CLOCK"));
        assert!(!same_word("clock", "clocks"));
        assert!(!same_word("\u{c9}t\u{e9}", "\u{e9}t\u{e9}"));
        assert!(same_word("\u{2014}", "-"));
    }

    #[test]
    fn char_map_counts_code_points() {
        let text = "a\u{2019}b \u{1F600}c";
        let m = CharMap::new(text);
        let c = text.find('c').unwrap_or(0);
        assert_eq!(m.to_char(c), 5);
        assert_eq!(m.to_char(0), 0);
        assert_eq!(m.to_char(text.len()), text.chars().count());
    }
}
