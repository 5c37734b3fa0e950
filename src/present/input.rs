//! Checks on what the reader puts in the box: files they drop, text that is not a
//! release (binary data, another language, a very long paste) and the date they type.

use super::view::Line;

/// What the page does with a dropped or picked file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text or Markdown: used as it is.
    Text,
    /// HTML: its visible text is used (`html_to_text`).
    Html,
}

/// The files the page reads, by name (`.txt`, `.md`, `.html`) or, failing that, by type.
/// Anything else (`.pdf`, `.docx`, images) is `None`.
pub fn file_kind(name: &str, mime: &str) -> Option<FileKind> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "txt" | "text" | "md" | "markdown" => Some(FileKind::Text),
        "html" | "htm" | "xhtml" => Some(FileKind::Html),
        _ => match mime {
            "text/html" | "application/xhtml+xml" => Some(FileKind::Html),
            "text/plain" | "text/markdown" => Some(FileKind::Text),
            _ => None,
        },
    }
}

/// The message for a file the page does not read.
pub fn unreadable_file_message(name: &str) -> String {
    format!("{name} is not a text, Markdown or HTML file, so it was not opened.")
}

/// Texts longer than this (in bytes) are read live only up to here: the facts of the
/// first part appear as the reader types, and a note says so. Reading the rest on the
/// page's one thread would block it for seconds (the core reads a few MB a second).
pub const LIVE_LIMIT: usize = 200_000;

/// The part of `text` the page reads live: all of it when short, else the text up to the
/// end of the last paragraph (or sentence, or word) that ends before `LIVE_LIMIT`, so no
/// fact is cut in two.
pub fn live_part(text: &str) -> &str {
    if text.len() <= LIVE_LIMIT {
        return text;
    }
    let mut end = LIVE_LIMIT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let floor = LIVE_LIMIT / 2;
    let cut = [head.rfind('\n'), head.rfind(". "), head.rfind(' ')]
        .into_iter()
        .flatten()
        .find(|&at| at >= floor)
        .map_or(end, |at| at + 1);
    &text[..cut]
}

/// A box holding more than this many bytes of text is read (its value copied out of the
/// page) only when typing pauses for `LONG_BOX_PAUSE_MS`, not on every key: copying a
/// few megabytes out of a textarea on each key took longer than a frame.
pub const LONG_BOX: usize = 100_000;

/// The pause that ends a burst of typing in a long box (see `LONG_BOX`).
pub const LONG_BOX_PAUSE_MS: u32 = 120;

/// Texts longer than this show a progress note while they are read.
pub const READING_NOTE_BYTES: usize = 50_000;

/// "Reading 300,000 characters…" while a long text is being read (`stale`), else `None`.
pub fn reading_note(text: &str, stale: bool) -> Option<String> {
    (stale && text.len() > READING_NOTE_BYTES).then(|| {
        let size = super::Report::describe_size(text);
        format!("Reading {size}\u{2026}")
    })
}

/// How long typing must pause before the facts are read: the base pause, longer for long
/// texts so typing stays responsive (at most two seconds).
pub fn debounce_ms(base: u32, text_len: usize) -> u32 {
    if base == 0 {
        return 0;
    }
    let extra = (text_len / 2_000).min(2_000) as u32;
    (base + extra).min(2_000)
}

/// Notes on text that is not what the page expects. The core reports an empty text
/// itself; these cover what only looks wrong as a whole.
pub fn input_notes(text: &str) -> Vec<Line> {
    let mut notes = Vec::new();
    let live = live_part(text);
    if live.len() < text.len() {
        let count = |t: &str| super::view::format_number(t.chars().count() as f64);
        notes.push(note(
            "long text",
            format!(
                "This text is very long ({} characters), so the facts shown are from its \
                 first {} characters, to keep the page responsive. A release is usually a \
                 few thousand characters: paste one at a time, or read everything with the \
                 command-line tool (blotter extract).",
                count(text),
                count(live)
            ),
        ));
    }
    let (mut letters, mut latin, mut controls, mut seen) = (0usize, 0usize, 0usize, 0usize);
    // A sample of the first 20,000 characters is enough to judge, and keeps this fast.
    for c in text.chars().take(20_000) {
        seen += 1;
        if c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            controls += 1;
        } else if c.is_alphabetic() {
            letters += 1;
            if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
                latin += 1;
            }
        }
    }
    if seen > 0 && controls * 50 > seen {
        notes.push(note(
            "unusual text",
            "This looks like binary data rather than text, so few or no facts can be read \
             from it."
                .to_string(),
        ));
    } else if (letters >= 20 && latin * 2 < letters) || lacks_english_words(text) {
        notes.push(note(
            "unusual text",
            "This text does not look like English. Blotter reads English press releases, \
             so it may find few facts in it."
                .to_string(),
        ));
    }
    notes
}

/// Words so common in English that any release of some length uses several.
const ENGLISH_WORDS: [&str; 11] = [
    "the", "and", "of", "to", "in", "was", "were", "on", "for", "with", "said",
];

/// Whether a text of at least 40 words (judged on its first 2,000) has almost none of the
/// commonest English words (under one in twenty; English runs near one in four): Spanish, German or Welsh in Latin letters.
fn lacks_english_words(text: &str) -> bool {
    let (mut words, mut english) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2_000)
    {
        words += 1;
        let lower = word.to_lowercase();
        if ENGLISH_WORDS.contains(&lower.as_str()) {
            english += 1;
        }
    }
    words >= 40 && english * 20 < words
}

fn note(kind: &str, text: String) -> Line {
    Line {
        text,
        detail: Some(kind.to_string()),
        ..Line::default()
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD` (as `<input type="date">` gives).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            let days = match m {
                2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                1..=12 => 31,
                _ => 0,
            };
            y >= 1 && (1..=days).contains(&d)
        }
        _ => false,
    }
}

/// `text` with the UTF-16 range `start..end` (a textarea's selection) replaced by
/// `insert`, and the UTF-16 offset just after the insertion (where the caret goes).
/// Offsets inside a character or past the end are moved to the nearest boundary before.
pub fn splice_utf16(text: &str, start: usize, end: usize, insert: &str) -> (String, usize) {
    let byte_at = |units: usize| -> usize {
        let mut count = 0;
        for (byte, c) in text.char_indices() {
            if count + c.len_utf16() > units {
                return byte;
            }
            count += c.len_utf16();
        }
        text.len()
    };
    let (a, b) = (byte_at(start.min(end)), byte_at(start.max(end)));
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(text.get(..a).unwrap_or_default());
    out.push_str(insert);
    let caret = out.encode_utf16().count();
    out.push_str(text.get(b..).unwrap_or_default());
    (out, caret)
}
