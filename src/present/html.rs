//! Pasted or dropped HTML turned into the text a reader sees, never into markup.
//!
//! The page never parses HTML into its document: `html_to_text` reads tags as plain
//! characters and keeps only what would be visible, so a paste such as
//! `<img src=x onerror=alert(1)>` is dropped as a tag and runs nothing. It is a small
//! hand-written scanner (linear in the input), not a full HTML parser: releases copied
//! from a web page need paragraphs, line breaks and the common entities, not layout.
//!
//! A saved web page also holds its site's menus and footers: when the page marks its
//! content (`article`, else `main`) only that is read. A whole document (one with a
//! `body`) that marks neither is read from its main text block (`largest_block`) when
//! one holds most of its words, else whole; either way it loses its `nav`, `footer` and
//! `aside` elements.

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
/// Of a page that marks its content only that content is read (see the module's notes).
///
/// `<p>Officers seized <b>14</b> knives &amp; £200.</p><p>Call 101.</p>` becomes
/// `Officers seized 14 knives & £200.\n\nCall 101.`
pub fn html_to_text(html: &str) -> String {
    let mut out = Output::default();
    let (part, chrome) = match content_part(html) {
        Some(part) => (part, false),
        None if has_body(html) => match largest_block(html) {
            Some((block, heading)) => {
                // The page's headline often sits above its text block: it stays first.
                if let Some(heading) = heading {
                    read_into(&mut out, heading, false);
                    out.paragraph();
                }
                (block, true)
            }
            None => (html, true),
        },
        None => (html, false),
    };
    read_into(&mut out, part, chrome);
    out.finish()
}

/// Adds the visible text of `part` to `out`; with `chrome`, without its menus, footers
/// and asides.
fn read_into(out: &mut Output, part: &str, chrome: bool) {
    let mut skipping: Option<(String, usize)> = None;
    scan(part, |piece| match piece {
        Piece::Text(text) if skipping.is_none() => out.text(text),
        Piece::Text(_) => {}
        Piece::Tag(tag) => {
            if let Some((name, depth)) = &mut skipping {
                if *name == tag.name {
                    if !tag.closing {
                        *depth += 1;
                    } else if *depth > 1 {
                        *depth -= 1;
                    } else {
                        skipping = None;
                    }
                }
                return;
            }
            if chrome && !tag.closing && CHROME.contains(&tag.name.as_str()) {
                skipping = Some((tag.name, 1));
                return;
            }
            if BLOCKS.contains(&tag.name.as_str()) {
                out.paragraph();
            } else if LINES.contains(&tag.name.as_str()) {
                out.line();
            } else if matches!(tag.name.as_str(), "td" | "th") && tag.closing {
                out.text(" ");
            }
        }
    });
}

/// Elements that hold a site's menus and notices rather than its content.
const CHROME: [&str; 3] = ["nav", "footer", "aside"];

/// A piece of HTML as `scan` meets it.
enum Piece<'a> {
    /// Text between tags (entities not yet decoded).
    Text(&'a str),
    /// A start or end tag (never a comment, nor a hidden element's contents).
    Tag(Tag),
}

/// Calls `visit` with each piece of `html` in order, with the offset just after it:
/// comments and declarations are dropped, and hidden elements (`script`, `style`...) are
/// skipped whole, their start tag included. Linear in the input: each byte is looked at
/// a bounded number of times.
/// (`visit` is a trait object, so the four callers share one copy of the scanner.)
fn scan_at<'a>(html: &'a str, visit: &mut dyn FnMut(Piece<'a>, usize)) {
    let mut at = 0;
    while let Some(lt) = html.get(at..).and_then(|rest| rest.find('<')) {
        let lt = at + lt;
        if lt > at {
            visit(Piece::Text(html.get(at..lt).unwrap_or_default()), lt);
        }
        let after = html.get(lt..).unwrap_or_default();
        at = match read_tag(after) {
            Some(tag) => {
                let end = lt + tag.len;
                if tag.comment {
                    end
                } else if !tag.closing && HIDDEN.contains(&tag.name.as_str()) {
                    html.len() - skip_element(html.get(end..).unwrap_or_default(), &tag.name).len()
                } else {
                    visit(Piece::Tag(tag), end);
                    end
                }
            }
            None => {
                // A `<` that opens no tag ("3 < 4") is text.
                visit(Piece::Text("<"), lt + 1);
                lt + 1
            }
        };
    }
    if at < html.len() {
        visit(Piece::Text(html.get(at..).unwrap_or_default()), html.len());
    }
}

/// `scan_at` without the offsets.
fn scan<'a>(html: &'a str, mut visit: impl FnMut(Piece<'a>)) {
    scan_at(html, &mut |piece, _| visit(piece));
}

/// The inside of the page's marked content: its longest `article` element, else its first
/// `main` element; `None` when it marks neither (or they hold no text).
fn content_part(html: &str) -> Option<&str> {
    let mut best: [Option<(usize, usize)>; 2] = [None, None];
    // The open element of each kind being measured: where its contents start, and depth.
    let mut open: [Option<(usize, usize)>; 2] = [None, None];
    scan_at(html, &mut |piece, end| {
        if let Piece::Tag(tag) = piece {
            let kind = match tag.name.as_str() {
                "article" => 0,
                "main" => 1,
                _ => return,
            };
            let start_of_tag = end - tag.len;
            match (&mut open[kind], tag.closing) {
                (None, false) => open[kind] = Some((end, 1)),
                (Some((_, depth)), false) => *depth += 1,
                (Some((from, depth)), true) => {
                    if *depth > 1 {
                        *depth -= 1;
                    } else {
                        let range = (*from, start_of_tag);
                        let longer = best[kind].is_none_or(|(a, b)| range.1 - range.0 > b - a);
                        // Only the first `main` counts; the longest `article` does.
                        if longer && (kind == 0 || best[kind].is_none()) {
                            best[kind] = Some(range);
                        }
                        open[kind] = None;
                    }
                }
                (None, true) => {}
            }
        }
    });
    // An element never closed runs to the end of the page.
    for kind in 0..2 {
        if let (Some((from, _)), None) = (open[kind], best[kind]) {
            best[kind] = Some((from, html.len()));
        }
    }
    best.into_iter()
        .flatten()
        .filter_map(|(from, to)| html.get(from..to))
        .find(|part| {
            let mut text = false;
            scan(part, |piece| {
                if let Piece::Text(t) = piece {
                    text |= t.chars().any(|c| c.is_alphanumeric());
                }
            });
            text
        })
}

/// Elements that hold a block of a page's text, for `largest_block`.
const CONTAINERS: [&str; 5] = ["div", "section", "td", "body", "form"];

/// The inside of a page's main text block, and its first `h1` when that lies outside the
/// block, or `None` when no block stands out.
///
/// The block is the smallest (`div`, `section`, `td`...) that holds at least 85% of the
/// page's prose, nested blocks' included: the wrapper around a release's intro and body,
/// not one of the two, and not the `body` around everything. Prose is words outside
/// links (menus, related stories and footers are mostly links), menus, footers, asides
/// and the headline. A page whose prose is spread wider is read whole.
fn largest_block(html: &str) -> Option<(&str, Option<&str>)> {
    /// An open block: its name, where its contents start, and its words so far.
    struct Open {
        name: String,
        from: usize,
        words: usize,
    }
    let mut open: Vec<Open> = Vec::new();
    // Every closed block: where its contents start and end, and its words.
    let mut blocks: Vec<(usize, usize, usize)> = Vec::new();
    let mut close = |open: &mut Vec<Open>, at: usize, to: usize| {
        for block in open.drain(at..).rev().collect::<Vec<_>>() {
            blocks.push((block.from, to, block.words));
            if let Some(parent) = open.last_mut() {
                parent.words += block.words;
            }
        }
    };
    let (mut chrome_depth, mut link_depth) = (0usize, 0usize);
    let mut in_heading = false;
    let mut total = 0usize;
    let mut heading: Option<(usize, usize)> = None;
    let mut heading_from = None;
    scan_at(html, &mut |piece, end| match piece {
        Piece::Text(text) => {
            if chrome_depth > 0 || link_depth > 0 || in_heading {
                return;
            }
            let words = text
                .split_whitespace()
                .filter(|word| word.chars().any(char::is_alphanumeric))
                .count();
            total += words;
            if let Some(top) = open.last_mut() {
                top.words += words;
            }
        }
        Piece::Tag(tag) => {
            let name = tag.name.as_str();
            let start_of_tag = end - tag.len;
            let depth = |d: usize| {
                if tag.closing {
                    d.saturating_sub(1)
                } else {
                    d + 1
                }
            };
            if CHROME.contains(&name) {
                chrome_depth = depth(chrome_depth);
            } else if name == "a" {
                link_depth = depth(link_depth);
            } else if name == "h1" && chrome_depth == 0 {
                in_heading = !tag.closing;
                if heading.is_none() {
                    if tag.closing {
                        heading = heading_from.map(|from| (from, start_of_tag));
                    } else {
                        heading_from = Some(end);
                    }
                }
            } else if CONTAINERS.contains(&name) {
                if !tag.closing {
                    open.push(Open {
                        name: tag.name,
                        from: end,
                        words: 0,
                    });
                } else if let Some(back) = open.iter().rev().take(64).position(|o| o.name == name) {
                    // Blocks left open inside this one end with it. The opening tag is
                    // looked for only near the top, so stray end tags under deep nesting
                    // stay linear.
                    let at = open.len() - 1 - back;
                    close(&mut open, at, start_of_tag);
                }
            }
        }
    });
    // Blocks never closed run to the end of the page.
    close(&mut open, 0, html.len());
    let (from, to, _) = blocks
        .into_iter()
        .filter(|&(_, _, words)| words > 0 && words * 20 >= total * 17)
        .min_by_key(|&(_, _, words)| words)?;
    let block = html.get(from..to)?;
    let heading = heading
        .filter(|&(start, end)| end <= from || start >= to)
        .and_then(|(start, end)| html.get(start..end));
    Some((block, heading))
}

/// Whether `html` is a whole document (it has a `body` tag), not a fragment.
fn has_body(html: &str) -> bool {
    let mut body = false;
    scan(html, |piece| {
        if let Piece::Tag(tag) = piece {
            body |= tag.name == "body";
        }
    });
    body
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
/// Looks at each byte once (the end tag is matched in place, ignoring ASCII case), so
/// skipping many hidden elements stays linear in the input.
fn skip_element<'a>(s: &'a str, name: &str) -> &'a str {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|rest| rest.find("</")) {
        let at = from + i;
        let name_at = at + 2;
        let closes = bytes
            .get(name_at..name_at + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if closes {
            let tail = s.get(at..).unwrap_or_default();
            let end = tail.find('>').map_or(tail.len(), |i| i + 1);
            return tail.get(end..).unwrap_or_default();
        }
        from = name_at;
    }
    ""
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
