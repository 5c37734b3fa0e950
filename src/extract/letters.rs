//! Letters and their case, for the scripts a release is written in, without the standard
//! library's Unicode tables.
//!
//! `str::to_lowercase`, `char::is_uppercase` and `char::is_alphabetic` carry tables of
//! every script (the lower-case table alone is about 4 KB of the gzipped wasm, the code
//! and the other tables about as much again). The rules compare English words, so case is
//! worked out here by arithmetic for the blocks where names in releases come from: ASCII,
//! Latin-1, Latin Extended-A and the common part of Extended-B (Welsh, Irish, Polish,
//! Czech, Romanian, Turkish names), Latin Extended Additional (Vietnamese), and basic
//! Greek and Cyrillic. In those blocks every answer equals the standard library's (a test
//! compares every character), except that `İ` lowers to `i` (not `i` and a combining
//! dot) and `Σ` always to `σ` (never the final `ς`).
//!
//! Elsewhere (Armenian, Georgian, Cherokee, letter-like symbols) a letter has no case
//! here: the rules read such words as lower case, and the page says the text "does not
//! look like English" as before. Which characters are letters is decided by block: any
//! character from Greek (U+0370) on is a letter unless its block is punctuation, symbols,
//! emoji or private use. A script's own punctuation (the Arabic comma, the Greek question
//! mark) therefore counts as a letter, which only matters for text that is not English.

/// Whether `c` is a letter (`char::is_alphabetic`, decided by block above Latin).
///
/// ```
/// use blotter::extract::letters::is_letter;
/// assert!(is_letter('a') && is_letter('í') && is_letter('Ж') && is_letter('警'));
/// assert!(!is_letter('1') && !is_letter('£') && !is_letter('“') && !is_letter('😀'));
/// ```
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let u = u32::from(c);
    match u {
        0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2C1 => true,
        0x80..=0x36F => false,
        _ => !is_symbol_block(u),
    }
}

/// Whether `c` is a letter or a number (`char::is_alphanumeric`, as `is_letter` decides
/// letters; numbers are the digits, the Latin-1 fractions and powers, and the number forms,
/// superscripts, subscripts, circled and full-width digits).
///
/// ```
/// use blotter::extract::letters::is_letter_or_digit;
/// assert!(is_letter_or_digit('7') && is_letter_or_digit('é') && is_letter_or_digit('½'));
/// assert!(!is_letter_or_digit('-') && !is_letter_or_digit('€'));
/// ```
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c)
        || c.is_ascii_digit()
        || matches!(
            u32::from(c),
            0xB2 | 0xB3
                | 0xB9
                | 0xBC..=0xBE
                | 0x2070
                | 0x2074..=0x2079
                | 0x2080..=0x2089
                | 0x2150..=0x2189
                | 0x2460..=0x249B
                | 0x24EA..=0x24FF
                | 0x2776..=0x2793
                | 0xFF10..=0xFF19
        )
}

/// The blocks from U+0370 on that hold no letters: punctuation, symbols, arrows, box
/// drawing, emoji, variation selectors, private use and the like.
fn is_symbol_block(u: u32) -> bool {
    matches!(
        u,
        0x2000..=0x2BFF
            | 0x2E00..=0x2E7F
            | 0x3000..=0x3004
            | 0x3008..=0x3020
            | 0x3030
            | 0x303D..=0x303F
            | 0xE000..=0xF8FF
            | 0xFE00..=0xFE6F
            | 0xFF00..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
            | 0xFFE0..=0xFFFF
            | 0x1F000..=0x1FBFF
            | 0xE0000..
    )
}

/// The lower case of `c` in the blocks this module knows (see the module's note), else
/// `c` itself.
///
/// ```
/// use blotter::extract::letters::to_lower;
/// assert_eq!(to_lower('Q'), 'q');
/// assert_eq!(to_lower('Ó'), 'ó');
/// assert_eq!(to_lower('Ł'), 'ł');
/// assert_eq!(to_lower('Ș'), 'ș');
/// assert_eq!(to_lower('Δ'), 'δ');
/// assert_eq!(to_lower('Я'), 'я');
/// assert_eq!(to_lower('ß'), 'ß');
/// ```
#[inline]
pub fn to_lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = u32::from(c);
    let lower = match u {
        // İ: the standard library gives `i` and a combining dot above.
        0x130 => 0x69,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x38C => 0x3CC,
        0x4C0 => 0x4CF,
        0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x388..=0x38A => u + 0x25,
        0x38E..=0x38F => u + 0x3F,
        0x400..=0x40F => u + 0x50,
        // Pairs with the capital at the even code point.
        0x100..=0x137
        | 0x14A..=0x177
        | 0x1DE..=0x1EF
        | 0x1F8..=0x21F
        | 0x222..=0x233
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF => u | 1,
        // Pairs with the capital at the odd code point.
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE => u + (u & 1),
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Whether `c` is a capital letter (`char::is_uppercase` in the blocks this module
/// knows; no letter elsewhere is).
///
/// ```
/// use blotter::extract::letters::is_upper;
/// assert!(is_upper('M') && is_upper('É') && is_upper('Ž'));
/// assert!(!is_upper('m') && !is_upper('ß') && !is_upper('1') && !is_upper('“'));
/// ```
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    to_lower(c) != c
}

/// Whether `c` is a lower-case letter (`char::is_lowercase` in the blocks this module
/// knows; no letter elsewhere is).
///
/// ```
/// use blotter::extract::letters::is_lower;
/// assert!(is_lower('m') && is_lower('ß') && is_lower('ł') && is_lower('я'));
/// assert!(!is_lower('M') && !is_lower('1') && !is_lower('’'));
/// ```
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    let cased = matches!(
        u32::from(c),
        0xAA | 0xB5
            | 0xBA
            | 0xC0..=0xD6
            | 0xD8..=0xF6
            | 0xF8..=0x17F
            | 0x1CD..=0x1EF
            | 0x1F8..=0x21F
            | 0x222..=0x233
            | 0x386
            | 0x388..=0x38A
            | 0x38C
            | 0x38E..=0x3A1
            | 0x3A3..=0x3CE
            | 0x400..=0x481
            | 0x48A..=0x52F
            | 0x1E00..=0x1EFF
    );
    cased && !is_upper(c)
}

/// `s` in lower case, character by character with `to_lower` (`str::to_lowercase` in
/// the blocks this module knows).
///
/// ```
/// use blotter::extract::letters::lower;
/// assert_eq!(lower("DS Siân Ó Briain"), "ds siân ó briain");
/// ```
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(to_lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks where every answer must equal the standard library's.
    const KNOWN: [(u32, u32); 9] = [
        (0x00, 0x17F),
        (0x1CD, 0x1EF),
        (0x1F8, 0x21F),
        (0x222, 0x233),
        (0x384, 0x3CE),
        (0x400, 0x52F),
        (0x1E00, 0x1EFF),
        (0x2000, 0x206F),
        (0x20A0, 0x20CF),
    ];

    /// The known differences, each on purpose (see the module's note).
    const EXCEPTIONS: [char; 1] = ['\u{130}'];

    fn known() -> impl Iterator<Item = char> {
        KNOWN
            .iter()
            .flat_map(|&(a, b)| a..=b)
            .filter_map(char::from_u32)
            .filter(|c| !EXCEPTIONS.contains(c))
    }

    #[test]
    fn case_equals_the_standard_librarys_in_the_known_blocks() {
        for c in known() {
            assert_eq!(
                is_upper(c),
                c.is_uppercase(),
                "is_upper {c:?} {:X}",
                c as u32
            );
            assert_eq!(
                is_lower(c),
                c.is_lowercase(),
                "is_lower {c:?} {:X}",
                c as u32
            );
            let std: String = c.to_lowercase().collect();
            assert_eq!(lower(&c.to_string()), std, "lower {c:?} {:X}", c as u32);
        }
    }

    #[test]
    fn letters_equal_the_standard_librarys_in_latin_and_punctuation() {
        // Greek and Cyrillic hold a few signs that are not letters; letters by block
        // count them as letters (see the module's note).
        for c in known().filter(|&c| (c as u32) < 0x370 || (c as u32) >= 0x2000) {
            // Modifier letters (U+02C6 on) and U+0345 are the standard library's letters
            // that are not Latin letters; this module leaves them out.
            let std_letter = c.is_alphabetic() && !matches!(c as u32, 0x2C6..=0x36F);
            assert_eq!(is_letter(c), std_letter, "is_letter {c:?} {:X}", c as u32);
            assert_eq!(
                is_letter_or_digit(c),
                std_letter || c.is_numeric(),
                "is_letter_or_digit {c:?} {:X}",
                c as u32
            );
        }
    }

    #[test]
    fn to_lower_never_maps_outside_the_known_blocks() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let l = to_lower(c);
            if l != c {
                assert!(
                    c.to_lowercase().next() == Some(l),
                    "to_lower {c:?} {:X} gives {l:?}, the standard library does not",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn the_known_differences() {
        let cases = [
            // (text, lower here, what differs in the standard library)
            ("İSTANBUL", "istanbul", "i and a combining dot above"),
            ("ΟΔΟΣ", "οδοσ", "the final sigma ς"),
            ("Աշոտ", "Աշոտ", "Armenian capitals lower"),
        ];
        for (text, want, _std) in cases {
            assert_eq!(lower(text), want);
            assert_ne!(text.to_lowercase(), want);
        }
    }
}
