//! Reading a person's name at a token: capitalised words, with hyphens, apostrophes,
//! initials and particles, an optional honorific before and post-nominals after.

use crate::extract::lexicon::{words, WordList};

use super::lexicon::{HONORIFICS, NOT_NAME_WORDS, POST_NOMINALS};
use crate::extract::text::{is_in, Doc, TokenKind};

/// A name found in the text, by token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// The first token of the name, the honorific included.
    pub start: usize,
    /// One past the last token of the name (post-nominals excluded).
    pub end: usize,
    /// Whether the name opens with an honorific ("Sir", "Mrs").
    pub honorific: Option<usize>,
    /// The name's words in lower case, honorific left out ("hogan-howe" is one word).
    pub words: Vec<String>,
}

impl Name {
    /// The number of words in the name, honorific left out.
    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// Whether `word` is in `list`, ignoring case.
pub fn in_list(list: &'static [&'static str], word: &str) -> bool {
    is_in(word, list)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the token is a capitalised word that may be part of a name: "Hogan", "McNulty",
/// an initial "J". Acronyms ("DST", "QPM") and listed common words are not.
pub fn is_name_word(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    if t.kind != TokenKind::Word {
        return false;
    }
    if !t.shape.upper_first {
        return false;
    }
    let w = doc.tok(i);
    // Acronyms are organisations or units, not names; digits make no name either. A
    // single capital is an initial. (Without digits, "every letter a capital" is what
    // the token's shape calls all capitals.) Tested before the word list, being cheaper.
    let single = if t.shape.ascii {
        w.len() == 1
    } else {
        w.chars().count() == 1
    };
    if !single && (t.shape.all_caps || w.bytes().any(|b| b.is_ascii_digit())) {
        return false;
    }
    !NOT_NAME_WORDS.has(w)
}

/// Particles that stand inside a name in lower case ("Ursula von der Leyen").
static PARTICLES: WordList = words![
    "ap", "de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "el", "del",
    "della", "dos", "das", "ter",
];

/// Whether token `i` is punctuation written tight against both neighbours.
fn tight_punct(doc: &Doc, i: usize, marks: &[char]) -> bool {
    let (Some(t), Some(n)) = (doc.tokens.get(i), doc.tokens.get(i + 1)) else {
        return false;
    };
    t.kind == TokenKind::Punct
        && !t.space_before
        && !n.space_before
        && doc
            .tok(i)
            .chars()
            .next()
            .is_some_and(|c| marks.contains(&c))
}

/// Reads one name word at `i` with its joined parts ("Hogan-Howe", "O'Brien") and returns
/// the token after it, with the word in lower case.
fn name_word(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if !is_name_word(doc, i) {
        return None;
    }
    let mut word = str::to_lowercase(doc.tok(i));
    let mut j = i + 1;
    // Initials: "J." joins its full stop.
    if doc.tok(i).chars().count() == 1 && tight_punct(doc, j, &['.']) {
        return Some((j + 1, word));
    }
    if doc.tok(i).chars().count() == 1
        && doc.tokens.get(j).is_some_and(|t| !t.space_before)
        && doc.is(j, ".")
    {
        return Some((j + 1, word));
    }
    while tight_punct(doc, j, &['-', '\'', '\u{2019}', '\u{2010}', '\u{2011}'])
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && starts_upper(doc.tok(j + 1)))
    {
        word.push('-');
        word.push_str(&str::to_lowercase(doc.tok(j + 1)));
        j += 2;
    }
    Some((j, word))
}

/// Whether token `i` is a capitalised honorific ("Sir", "Mrs", "Dr"), which `read_name`
/// takes as the start of a name.
pub fn is_honorific(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && t.shape.upper_first)
        && in_list(&HONORIFICS, doc.tok(i))
}

/// Reads a name that starts at token `i`, with an optional honorific: "Sir Bernard
/// Hogan-Howe", "Jane Connors", "John F. Kennedy", "Lowry". At most four words, on one line.
pub fn read_name(doc: &Doc, i: usize) -> Option<Name> {
    let mut j = i;
    let mut honorific = None;
    if is_honorific(doc, j) {
        honorific = Some(j);
        j += 1;
        if doc.is(j, ".") && doc.tokens.get(j).is_some_and(|t| !t.space_before) {
            j += 1;
        }
    }
    let mut words = Vec::new();
    let mut end = j;
    while words.len() < 4 {
        if words.is_empty() || !doc.tokens.get(j).is_some_and(|t| t.line_before) {
            if let Some((next, w)) = name_word(doc, j) {
                words.push(w);
                end = next;
                j = next;
                continue;
            }
        }
        // "Dana A. Whitlock": a middle initial that is also a word ("A", "I") counts
        // between name words, written with its full stop.
        let initial = !words.is_empty()
            && doc.tokens.get(j).is_some_and(|t| {
                t.kind == TokenKind::Word && t.shape.upper_first && !t.line_before
            })
            && doc.tok(j).chars().count() == 1
            && doc.is(j + 1, ".")
            && doc.tokens.get(j + 1).is_some_and(|t| !t.space_before)
            && name_word(doc, j + 2).is_some_and(|(_, w)| w.chars().count() > 1);
        if initial && words.len() < 3 {
            words.push(str::to_lowercase(doc.tok(j)));
            end = j + 2;
            j += 2;
            continue;
        }
        // A particle counts only between name words.
        let particle = !words.is_empty()
            && doc
                .tokens
                .get(j)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.line_before)
            && in_list(&PARTICLES, doc.tok(j))
            && doc.tok(j).chars().next().is_some_and(char::is_lowercase);
        if particle && !doc.tokens.get(j + 1).is_some_and(|t| t.line_before) {
            if let Some((next, w)) = name_word(doc, j + 1) {
                words.push(format!("{} {}", str::to_lowercase(doc.tok(j)), w));
                end = next;
                j = next;
                continue;
            }
        }
        break;
    }
    if words.is_empty() {
        return None;
    }
    // A name of initials only ("J. K.") is not enough.
    if words.iter().all(|w| w.chars().count() == 1) {
        return None;
    }
    Some(Name {
        start: i,
        end,
        honorific,
        words,
    })
}

/// Reads a name after a rank, where initials in capitals may open it: "Police Chief CJ
/// Dale". The initials are two capitals that are no rank ("DS", "PC") and no word of the
/// lists, and a name of one word or more follows them on the line.
pub fn read_name_after_rank(doc: &Doc, i: usize, is_rank: impl Fn(usize) -> bool) -> Option<Name> {
    let initials = doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word && t.shape.all_caps && t.shape.ascii && t.end - t.start == 2
    }) && !NOT_NAME_WORDS.has(doc.tok(i))
        && !in_list(&POST_NOMINALS, doc.tok(i))
        && !is_rank(i)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| !t.line_before && t.space_before);
    if initials {
        if let Some(rest) = read_name(doc, i + 1).filter(|n| n.honorific.is_none()) {
            if rest.words.iter().all(|w| w.chars().count() > 1) && rest.len() <= 2 {
                let mut words = vec![str::to_lowercase(doc.tok(i))];
                words.extend(rest.words);
                return Some(Name {
                    start: i,
                    end: rest.end,
                    honorific: None,
                    words,
                });
            }
        }
    }
    read_name(doc, i)
}

/// The token after any post-nominal letters that follow a name ("QPM", "MBE").
pub fn skip_post_nominals(doc: &Doc, mut i: usize) -> usize {
    loop {
        if doc.is(i, ",") && is_post_nominal(doc, i + 1) {
            i += 2;
        } else if is_post_nominal(doc, i) {
            i += 1;
        } else {
            return i;
        }
    }
}

fn is_post_nominal(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && doc.tok(i).chars().all(char::is_uppercase)
        && in_list(&POST_NOMINALS, doc.tok(i))
}
