//! Pasted or dropped HTML turned into the text a reader sees, never into markup.
//!
//! The page never parses HTML into its document: `html_to_text` reads tags as plain
//! characters and keeps only what would be visible, so a paste such as
//! `<img src=x onerror=alert(1)>` is dropped as a tag and runs nothing. It is a small
//! hand-written scanner (linear in the input), not a full HTML parser: releases copied
//! from a web page need paragraphs, line breaks and the common entities, not layout.

/// Elements whose contents are never shown.
const HIDDEN: [&str; 7] = [
    "script", "style", "head", "template", "noscript", "svg", "title",
];

/// Elements that start a new paragraph (a blank line in the text).
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "figure",
    "form",
];

/// Elements that start a new line.
const LINES: [&str; 5] = ["br", "li", "tr", "dt", "dd"];

/// The visible text of an HTML fragment: tags dropped, the contents of `script`, `style`
/// and similar elements dropped, entities decoded, runs of white space folded to one
/// space, and block elements (`p`, `div`, headings, lists...) kept as paragraph breaks.
///
/// `<p>Officers seized <b>14</b> knives &amp; £200.</p><p>Call 101.</p>` becomes
/// `Officers seized 14 knives & £200.\n\nCall 101.`
pub fn html_to_text(html: &str) -> String {
    let mut out = Output::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.text(rest.get(..lt).unwrap_or_default());
        let after = rest.get(lt..).unwrap_or_default();
        rest = match read_tag(after) {
            Some(tag) => {
                let tail = after.get(tag.len..).unwrap_or_default();
                if tag.comment {
                    tail
                } else if !tag.closing && HIDDEN.contains(&tag.name.as_str()) {
                    skip_element(tail, &tag.name)
                } else {
                    if BLOCKS.contains(&tag.name.as_str()) {
                        out.paragraph();
                    } else if LINES.contains(&tag.name.as_str()) {
                        out.line();
                    } else if matches!(tag.name.as_str(), "td" | "th") && tag.closing {
                        out.text(" ");
                    }
                    tail
                }
            }
            None => {
                // A `<` that opens no tag ("3 < 4") is text.
                out.text("<");
                after.get(1..).unwrap_or_default()
            }
        };
    }
    out.text(rest);
    out.finish()
}

/// A tag read at the start of a string.
struct Tag {
    /// The element's name in lower case; empty for a comment or declaration.
    name: String,
    closing: bool,
    /// A comment, `<!doctype>` or `<?...?>`, which shows nothing.
    comment: bool,
    /// The tag's length in bytes, `<` and `>` included.
    len: usize,
}

/// Reads the tag at the start of `s` (which starts with `<`), or `None` when the `<` is
/// text. Quoted attribute values may contain `>`.
fn read_tag(s: &str) -> Option<Tag> {
    if let Some(body) = s.strip_prefix("<!--") {
        let len = body.find("-->").map_or(s.len(), |end| 4 + end + 3);
        return Some(Tag {
            name: String::new(),
            closing: false,
            comment: true,
            len,
        });
    }
    let bytes = s.as_bytes();
    let second = *bytes.get(1)?;
    if second == b'!' || second == b'?' {
        let len = s.find('>').map_or(s.len(), |end| end + 1);
        return Some(Tag {
            name: String::new(),
            closing: false,
            comment: true,
            len,
        });
    }
    let closing = second == b'/';
    let name_start = if closing { 2 } else { 1 };
    if !bytes.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let name_end = bytes
        .iter()
        .enumerate()
        .skip(name_start)
        .find(|(_, b)| !(b.is_ascii_alphanumeric() || **b == b'-'))
        .map_or(bytes.len(), |(i, _)| i);
    let name = s.get(name_start..name_end)?.to_ascii_lowercase();
    let mut quote = None;
    let mut end = bytes.len();
    for (i, &b) in bytes.iter().enumerate().skip(name_end) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => {
                end = i + 1;
                break;
            }
            _ => {}
        }
    }
    Some(Tag {
        name,
        closing,
        comment: false,
        len: end,
    })
}

/// What follows the end tag of a hidden element named `name`, or "" when it never ends.
fn skip_element<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(at) => {
            let tail = s.get(at..).unwrap_or_default();
            let end = tail.find('>').map_or(tail.len(), |i| i + 1);
            tail.get(end..).unwrap_or_default()
        }
        None => "",
    }
}

/// The text being built, with white space folded and breaks kept.
#[derive(Default)]
struct Output {
    text: String,
    /// A space is owed before the next word.
    space: bool,
    /// Line breaks owed before the next word (1 or 2).
    breaks: usize,
}

impl Output {
    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        for c in decoded.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                self.word_char(c);
            }
        }
    }

    fn word_char(&mut self, c: char) {
        if !self.text.is_empty() {
            if self.breaks > 0 {
                for _ in 0..self.breaks {
                    self.text.push('\n');
                }
            } else if self.space {
                self.text.push(' ');
            }
        }
        self.breaks = 0;
        self.space = false;
        self.text.push(c);
    }

    fn paragraph(&mut self) {
        self.breaks = 2;
    }

    fn line(&mut self) {
        self.breaks = self.breaks.max(1);
    }

    fn finish(self) -> String {
        self.text
    }
}

/// Named entities common in press releases copied from web pages.
const ENTITIES: [(&str, char); 24] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("pound", '\u{a3}'),
    ("euro", '\u{20ac}'),
    ("dollar", '$'),
    ("cent", '\u{a2}'),
    ("copy", '\u{a9}'),
    ("reg", '\u{ae}'),
    ("trade", '\u{2122}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("hellip", '\u{2026}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201c}'),
    ("rdquo", '\u{201d}'),
    ("bull", '\u{2022}'),
    ("middot", '\u{b7}'),
    ("deg", '\u{b0}'),
    ("frac12", '\u{bd}'),
];

/// Text with `&amp;`, `&#163;`, `&#xA3;` and the entities above decoded; anything else
/// that starts with `&` is kept as written.
pub fn decode_entities(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        let name_len = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = name_len.and_then(|n| entity(after.get(..n)?).map(|c| (c, n)));
        match decoded {
            Some((c, n)) => {
                out.push(c);
                rest = after.get(n + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of one entity name (without `&` and `;`).
fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}
