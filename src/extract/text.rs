//! The text as the rules see it: tokens, paragraphs and sentences over byte offsets,
//! and the map from byte offsets to the code-point offsets that facts/1 uses.
//!
//! Nothing here allocates per character; a document of several megabytes is read in one
//! pass for tokens and one for sentences.

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
    /// Non-empty lines, trimmed, as byte ranges. Releases put one paragraph on a line.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences inside paragraphs, as byte ranges.
    pub sentences: Vec<Range<usize>>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let tokens = tokenize(text);
        let paragraphs = paragraphs(text);
        let sentences = sentences(text, &paragraphs, &tokens);
        Doc {
            text,
            tokens,
            paragraphs,
            sentences,
        }
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Whether token `i` exists and is `word`, ignoring ASCII case and apostrophe style.
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && same_word(self.tok(i), word)
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
pub fn same_word(a: &str, b: &str) -> bool {
    let mut x = a.chars().map(fold_char);
    let mut y = b.chars().map(fold_char);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
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

/// Whether `c` opens or closes a quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut iter = text.char_indices().peekable();
    let mut space_before = false;
    let mut line_before = false;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() || c.is_control() || is_invisible(c) {
            space_before |= c.is_whitespace() || c.is_control();
            line_before |= c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}';
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            (TokenKind::Number, number_end(bytes, i))
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() || is_combining(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Punct, i + c.len_utf8())
        };
        // Skip the characters that a number token swallowed.
        while let Some(&(j, _)) = iter.peek() {
            if j < end {
                iter.next();
            } else {
                break;
            }
        }
        tokens.push(Token {
            kind,
            start: i,
            end,
            space_before,
            line_before,
        });
        space_before = false;
        line_before = false;
    }
    tokens
}

/// The end of a number that starts at `start`: digits, with `,` or `.` between digits.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            end += 1;
        } else if (b == b',' || b == b'.')
            && end + 1 < bytes.len()
            && bytes[end + 1].is_ascii_digit()
            && end > start
        {
            end += 1;
        } else {
            break;
        }
    }
    end
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if c == '\n' || c == '\u{2029}' {
            let line = &text[start..i];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                out.push(start + lead..start + lead + trimmed.len());
            }
            start = i + c.len_utf8();
        }
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "insp", "supt", "sgt", "det", "lt", "col", "gen", "capt",
    "sr", "jr", "va", "co", "inc", "ltd", "ave", "rd", "cllr", "ch", "cdr", "dept", "approx",
    "vs", "etc", "e", "g", "i", "fig", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "mt", "ft", "pc", "ds", "di", "dc", "insp", "cmdr", "supt", "prof",
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
                    && matches!(fold_char(text[tokens[k].start..].chars().next().unwrap_or(' ')), '"' | '\'' | ')' | ']')
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
                    && ABBREVIATIONS
                        .iter()
                        .any(|a| same_word(&text[tokens[j - 1].start..tokens[j - 1].end], a));
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
    c.is_uppercase() || c.is_ascii_digit() || is_quote_mark(c) || matches!(c, '‘' | '\'' | '(' | '[' | '£' | '$' | '€')
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
        assert_eq!(s, ["Insp. Jo Bell spoke.", "Then 2.5 kg went.", "New line here"]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let d = Doc::new("He said: \u{201C}It works.\u{201D} She agreed.");
        let s: Vec<&str> = d.sentences.iter().map(|r| &d.text[r.clone()]).collect();
        assert_eq!(s, ["He said: \u{201C}It works.\u{201D}", "She agreed."]);
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
