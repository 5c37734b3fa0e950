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
/// first part appear as the reader types, and a note says so. The worker reads a few MB a
/// second, but the facts of more than this took the page longer than a frame to take in
/// and show after each read (a 3 MB paste holds tens of thousands of facts).
pub const LIVE_LIMIT: usize = 100_000;

/// The part of `text` the page reads live: all of it when short, else the text up to the
/// end of the last paragraph (or sentence, or word) that ends before `LIVE_LIMIT`, so no
/// fact is cut in two.
pub fn live_part(text: &str) -> &str {
    if text.len() <= LIVE_LIMIT {
        return text;
    }
    &text[..cut_near(text, LIVE_LIMIT, LIVE_LIMIT / 2)]
}

/// Where to cut `text` near byte `at` so no word (and, when it can, no paragraph or
/// sentence) is cut in two: just after the last line break in `floor..at`, else after the
/// last sentence end, else after the last space, else `at` itself moved back to the start
/// of its character. Needs `floor <= at`; `at` past the end is the end.
///
/// ```
/// # use blotter::present::input::cut_near;
/// let text = "One line.\nTwo words here";
/// assert_eq!(cut_near(text, 18, 4), 10); // just after the line break
/// assert_eq!(cut_near(text, 18, 12), 14); // no break there: after "Two "
/// ```
pub fn cut_near(text: &str, at: usize, floor: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut end = at;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    [head.rfind('\n'), head.rfind(". "), head.rfind(' ')]
        .into_iter()
        .flatten()
        .find(|&cut| cut >= floor)
        .map_or(end, |cut| cut + 1)
}

/// Texts longer than this (in bytes) are edited a part at a time (`BoxPart`): the
/// browser lays out all of a textarea's text again on each key, which for a few megabytes
/// took over 100 ms a key in Chromium, even in a bare textarea with no page around it.
pub const BOX_LIMIT: usize = 400_000;

/// About how long a part of a long text is (in bytes): between half this and this.
pub const PART_BYTES: usize = 200_000;

/// The part of a long text that the text box holds (see `BOX_LIMIT`), as byte offsets
/// that survive typing in the part: where it starts, and how many bytes follow it.
///
/// Typing changes only the part, so the text before `start` and the `after` bytes at the
/// end stay as they were, and the whole text is always `join`ed from the box.
///
/// ```
/// # use blotter::present::input::{BoxPart, PART_BYTES};
/// let text = "A line of a long release.\n".repeat(20_000);
/// let part = BoxPart::around(&text, 0);
/// let shown = part.shown(&text);
/// assert!(shown.len() <= PART_BYTES && shown.ends_with('\n'));
/// let typed = format!("{shown}More.");
/// assert_eq!(part.join(&text, &typed).len(), text.len() + 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoxPart {
    /// Where the part starts in the whole text (bytes).
    pub start: usize,
    /// How many bytes of the whole text follow the part.
    pub after: usize,
    /// How many characters come before the part, for "characters 1,201–2,400 of …".
    pub chars_before: usize,
}

impl BoxPart {
    fn new(text: &str, start: usize, end: usize) -> BoxPart {
        BoxPart {
            start,
            after: text.len() - end,
            chars_before: text.get(..start).map_or(0, |s| s.chars().count()),
        }
    }

    /// Where a part starting at `start` ends: the whole rest if short, else a cut between
    /// half a part and a part on.
    fn end_from(text: &str, start: usize) -> usize {
        if text.len() - start <= PART_BYTES {
            text.len()
        } else {
            cut_near(text, start + PART_BYTES, start + PART_BYTES / 2)
        }
    }

    /// Where a part ending at `end` starts: the start of the text if near, else a cut
    /// between three quarters of a part and a part back.
    fn start_before(text: &str, end: usize) -> usize {
        if end <= PART_BYTES {
            0
        } else {
            cut_near(text, end - PART_BYTES * 3 / 4, end - PART_BYTES)
        }
    }

    /// The part that holds byte `at` of `text` (a caret), with room on both sides of it.
    pub fn around(text: &str, at: usize) -> BoxPart {
        let at = at.min(text.len());
        let start = if at <= PART_BYTES / 2 || text.len() <= PART_BYTES {
            0
        } else if at + PART_BYTES / 2 >= text.len() {
            // Near the end: a part reaching back from the end.
            BoxPart::start_before(text, text.len())
        } else {
            cut_near(text, at - PART_BYTES / 4, at - PART_BYTES / 2)
        };
        BoxPart::new(text, start, BoxPart::end_from(text, start))
    }

    /// The byte range of the part in `text`, which is the text the part was made for, or
    /// that text with only the part changed. (For any other text it is still a range of
    /// whole characters.)
    pub fn range(&self, text: &str) -> std::ops::Range<usize> {
        let floor = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let start = floor(self.start.min(text.len()));
        start..floor(text.len().saturating_sub(self.after)).max(start)
    }

    /// The text of the part.
    pub fn shown<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range(text)).unwrap_or_default()
    }

    /// The whole text again, with the part replaced by what the box now holds.
    pub fn join(&self, text: &str, boxed: &str) -> String {
        let range = self.range(text);
        let mut out = String::with_capacity(text.len() - range.len() + boxed.len());
        out.push_str(text.get(..range.start).unwrap_or_default());
        out.push_str(boxed);
        out.push_str(text.get(range.end..).unwrap_or_default());
        out
    }

    /// The part after this one, if the text goes on.
    pub fn next(&self, text: &str) -> Option<BoxPart> {
        let start = self.range(text).end;
        (start < text.len()).then(|| BoxPart::new(text, start, BoxPart::end_from(text, start)))
    }

    /// The part before this one, if the text starts before it.
    pub fn previous(&self, text: &str) -> Option<BoxPart> {
        let end = self.range(text).start;
        (end > 0).then(|| BoxPart::new(text, BoxPart::start_before(text, end), end))
    }
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

/// Texts up to this many bytes are read on every key: the worker reads a 20 KB text in
/// under 10 ms, so the facts follow the typing within a frame or two. Longer texts wait for
/// a pause in typing (`debounce_ms`).
pub const READ_EVERY_KEY: usize = 20_000;

/// How long typing must pause before the facts are read: none for a text up to
/// `READ_EVERY_KEY` bytes, else the base pause when the worker reads (off the page's
/// thread), and longer for long texts when the page reads inline, so typing stays
/// responsive (at most two seconds).
pub fn debounce_ms(base: u32, text_len: usize, in_worker: bool) -> u32 {
    if base == 0 || text_len <= READ_EVERY_KEY {
        return 0;
    }
    if in_worker {
        return base;
    }
    let extra = (text_len / 2_000).min(2_000) as u32;
    (base + extra).min(2_000)
}

/// Notes on text that is not what the page expects. The core reports an empty text
/// itself; these cover what only looks wrong as a whole.
pub fn input_notes(text: &str) -> Vec<Line> {
    let mut notes = Vec::new();
    let live = live_part(text);
    // Every note depends on the part that is read alone (and on whether there is more), so
    // typing past that part changes none of them (see `State::apply`, `Action::Edit`).
    if live.len() < text.len() {
        let count = super::view::format_number(live.chars().count() as f64);
        notes.push(note(
            "long text",
            format!(
                "This text is very long, so the facts shown are from its first {count} \
                 characters, to keep the page responsive. A release is usually a few \
                 thousand characters: paste one at a time, or read everything with the \
                 command-line tool (blotter extract)."
            ),
        ));
    }
    let (mut letters, mut latin, mut controls, mut seen) = (0usize, 0usize, 0usize, 0usize);
    // A sample of the first 20,000 characters is enough to judge, and keeps this fast.
    for c in live.chars().take(20_000) {
        seen += 1;
        if c == '\u{fffd}' || (c.is_control() && !c.is_whitespace()) {
            controls += 1;
        } else if char::is_alphabetic(c) {
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
    } else if (letters >= 20 && latin * 2 < letters) || lacks_english_words(live) {
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
        .split(|c: char| !char::is_alphabetic(c))
        .filter(|w| !w.is_empty())
        .take(2_000)
    {
        words += 1;
        let lower = str::to_lowercase(word);
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
    let (a, b) = (
        utf16_to_byte(text, start.min(end)),
        utf16_to_byte(text, start.max(end)),
    );
    let mut out = String::with_capacity(text.len() + insert.len());
    out.push_str(text.get(..a).unwrap_or_default());
    out.push_str(insert);
    let caret = out.encode_utf16().count();
    out.push_str(text.get(b..).unwrap_or_default());
    (out, caret)
}

/// The byte offset in `text` of the UTF-16 offset `units` (a textarea's caret), moved
/// back to the start of its character if inside one; past the end is the end.
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut count = 0;
    for (byte, c) in text.char_indices() {
        if count + c.len_utf16() > units {
            return byte;
        }
        count += c.len_utf16();
    }
    text.len()
}
