//! Reads one quantity at a token: digits, number words, money, weights and percentages.
//!
//! `read` never looks at context beyond the quantity itself: whether the number is a
//! figure at all (a date, an age, a calibre) is decided by the rules.

use crate::extract::decimal::Decimal;
use crate::extract::lexicon::{TENS, UNITS};
use crate::extract::model::{Certainty, Unit};
use crate::extract::text::{position_in_table, Doc, TokenKind};

/// `Doc::is` with the fast comparison below: whether token `i` exists and is `word`.
pub fn is(doc: &Doc, i: usize, word: &str) -> bool {
    doc.is(i, word)
}

/// `text::same_word`, which answers most comparisons at the first letter.
pub fn same_word(a: &str, b: &str) -> bool {
    crate::extract::text::same_word(a, b)
}

/// How the number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// "187", "1,002", "2.5".
    Digits,
    /// "Fourteen", "twenty-seven", "a dozen", "one".
    Words,
    /// "a" or "an": one thing, implied.
    Article,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    /// The first token (the currency sign for money).
    pub first: usize,
    /// One past the last token (after any unit).
    pub end: usize,
    /// The token of the digits, or the first number word.
    pub digits: usize,
    pub value: f64,
    pub unit: Unit,
    pub written: Written,
    pub certainty: Certainty,
}

fn lookup(table: &'static [(&'static str, u32)], w: &str) -> Option<u64> {
    let i = position_in_table(w, table)?;
    table.get(i).map(|&(_, v)| u64::from(v))
}

/// The number a digits token writes, or, when it has more digits than a figure holds
/// (more than 15 significant ones, or past 10^15; see `extract::decimal`), a rough value.
type Digits = Result<Decimal, f64>;

/// The value of the digits times 10^`power` ("2.5" and "million"), computed exactly from
/// the digits. Past what a figure holds it is a value that is not plain, which
/// `figure::find` drops.
fn value_of(digits: Digits, power: u32) -> f64 {
    match digits.map(|d| (d, d.times_pow10(power))) {
        Ok((_, Some(exact))) => exact.value(),
        // Above 10^15 whatever the rounding.
        Ok((d, None)) => (0..power).fold(d.value(), |v, _| v * 10.0),
        Err(rough) => (0..power).fold(rough, |v, _| v * 10.0),
    }
}

/// A value near a number too long to hold exactly, for the rules' tests alone (its size,
/// whether it has a fraction, as before figures were held to plain values), and never
/// plain itself: the double after a plain one is not plain.
fn rough_value(clean: &str) -> f64 {
    let (int, frac) = clean.split_once('.').unwrap_or((clean, ""));
    let digit = |b: u8| f64::from(b.wrapping_sub(b'0'));
    let mut v = int.bytes().fold(0.0, |v, b| v * 10.0 + digit(b));
    let mut place = 1.0;
    for b in frac.bytes() {
        place /= 10.0;
        v += digit(b) * place;
    }
    if crate::extract::decimal::is_plain(v) {
        f64::from_bits(v.to_bits() + 1)
    } else {
        v
    }
}

/// The number a digits token such as "1,002" or "2.5" writes; `None` for odd grouping
/// ("1,00").
fn parse_digits(s: &str) -> Option<Digits> {
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    if frac.is_some_and(|f| f.contains(['.', ','])) {
        return None;
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1 {
        let first = groups.first().map_or(0, |g| g.len());
        if first == 0 || first > 3 || groups.iter().skip(1).any(|g| g.len() != 3) {
            return None;
        }
    }
    let clean: String = s.chars().filter(|c| *c != ',').collect();
    Some(Decimal::parse(&clean).ok_or_else(|| rough_value(&clean)))
}

/// Reads number words from token `i`: "twenty-seven", "one hundred and twelve", "a dozen".
/// Returns the value and the end token.
fn read_words(doc: &Doc, i: usize, limit: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    let mut article = false;
    if is(doc, j, "a") || is(doc, j, "an") {
        if !(is(doc, j + 1, "dozen")
            || is(doc, j + 1, "hundred")
            || is(doc, j + 1, "thousand")
            || is(doc, j + 1, "million"))
        {
            return None;
        }
        article = true;
        j += 1;
    }
    while j < limit {
        let w = doc.tok(j);
        if let Some(v) = lookup(&UNITS, w) {
            if any && current % 10 != 0 && current < 100 {
                break;
            }
            if any && current % 100 != 0 && current >= 100 && current % 100 >= 10 {
                break;
            }
            current = current.saturating_add(v);
            any = true;
            j += 1;
        } else if let Some(v) = lookup(&TENS, w) {
            if any && current % 100 != 0 {
                break;
            }
            current = current.saturating_add(v);
            any = true;
            j += 1;
            // "twenty-seven": the hyphen and the unit are glued.
            if j + 1 < limit && is(doc, j, "-") && doc.glued(j) && doc.glued(j + 1) {
                if let Some(u) = lookup(&UNITS, doc.tok(j + 1)).filter(|u| (1..10).contains(u)) {
                    current = current.saturating_add(u);
                    j += 2;
                }
            }
        } else if same_word(w, "hundred") && (any || article) {
            current = current.max(1).saturating_mul(100);
            any = true;
            j += 1;
        } else if same_word(w, "thousand") && (any || article) {
            total = total.saturating_add(current.max(1).saturating_mul(1000));
            current = 0;
            any = true;
            j += 1;
        } else if same_word(w, "million") && (any || article) {
            total = total.saturating_add(current.max(1).saturating_mul(1_000_000));
            current = 0;
            any = true;
            j += 1;
        } else if same_word(w, "dozen") && (any || article) {
            current = current.max(1).saturating_mul(12);
            any = true;
            j += 1;
        } else if same_word(w, "and")
            && any
            && (current >= 100 || (total > 0 && current == 0))
            && j + 1 < limit
            && (lookup(&UNITS, doc.tok(j + 1)).is_some() || lookup(&TENS, doc.tok(j + 1)).is_some())
        {
            j += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    // Saturated past u64 ("a hundred hundred hundred…"): far past 10^15, so not plain,
    // and `figure::find` drops it.
    Some((total.saturating_add(current) as f64, j))
}

/// The power of ten a scale word multiplies by: "million" is 6.
fn scale_word(w: &str) -> Option<u32> {
    if same_word(w, "million") || same_word(w, "m") || same_word(w, "mn") {
        Some(6)
    } else if same_word(w, "billion") || same_word(w, "bn") {
        Some(9)
    } else if same_word(w, "k") || same_word(w, "thousand") {
        Some(3)
    } else {
        None
    }
}

/// A weight's unit and the power of ten that turns it into that unit: "tonnes" is kg, 3.
fn weight_unit(w: &str) -> Option<(Unit, u32)> {
    let kg = [
        "kg",
        "kgs",
        "kilo",
        "kilos",
        "kilogram",
        "kilograms",
        "kilogrammes",
    ];
    let g = ["g", "grams", "gram", "grammes", "gr"];
    if kg.iter().any(|k| same_word(k, w)) {
        Some((Unit::Kg, 0))
    } else if g.iter().any(|k| same_word(k, w)) {
        Some((Unit::G, 0))
    } else if same_word(w, "tonnes") || same_word(w, "tonne") {
        Some((Unit::Kg, 3))
    } else {
        None
    }
}

fn currency(sym: &str) -> Option<Unit> {
    match sym {
        "£" => Some(Unit::Gbp),
        "$" => Some(Unit::Usd),
        "€" => Some(Unit::Eur),
        _ => None,
    }
}

/// Reads a quantity that starts at token `i`, not reading past token `limit`.
/// A glued word that is not a known unit ("9mm", "6ft", "3000th", "20s", "6pm") makes the
/// digits no quantity at all.
pub fn read(doc: &Doc, i: usize, limit: usize) -> Option<Quantity> {
    let t = *doc.tokens.get(i)?;
    match t.kind {
        TokenKind::Punct => {
            let unit = currency(doc.tok(i))?;
            let d = i + 1;
            if d >= limit || !doc.glued(d) || doc.tokens[d].kind != TokenKind::Number {
                return None;
            }
            let digits = parse_digits(doc.tok(d))?;
            let mut power = 0;
            let mut end = d + 1;
            if end < limit {
                if let Some(s) = scale_word(doc.tok(end)) {
                    power = s;
                    end += 1;
                } else if doc.glued(end) && doc.tokens[end].kind == TokenKind::Word {
                    return None;
                }
            }
            Some(Quantity {
                first: i,
                end,
                digits: d,
                value: value_of(digits, power),
                unit,
                written: Written::Digits,
                certainty: Certainty::Stated,
            })
        }
        TokenKind::Number => {
            let digits = parse_digits(doc.tok(i))?;
            let mut power = 0;
            // Set by the conversions from pounds and ounces, which round to two decimals.
            let mut converted = None;
            let mut unit = Unit::Count;
            let mut end = i + 1;
            if end < limit {
                let next = doc.tok(end);
                let is_glued = doc.glued(end);
                if next == "%" && is_glued {
                    unit = Unit::Percent;
                    end += 1;
                } else if doc.tokens[end].kind == TokenKind::Word {
                    if let Some((u, p)) = weight_unit(next) {
                        unit = u;
                        power = p;
                        end += 1;
                    } else if same_word(next, "per") && is(doc, end + 1, "cent") {
                        unit = Unit::Percent;
                        end += 2;
                    } else if same_word(next, "percent") || (same_word(next, "pc") && is_glued) {
                        unit = Unit::Percent;
                        end += 1;
                    } else if let Some(s) = scale_word(next) {
                        power = s;
                        end += 1;
                        if let Some((u, p)) =
                            (end < limit).then(|| weight_unit(doc.tok(end))).flatten()
                        {
                            unit = u;
                            power += p;
                            end += 1;
                        }
                    } else if is_glued {
                        return None;
                    } else if (same_word(next, "pounds")
                        || same_word(next, "lbs")
                        || same_word(next, "lb"))
                        && is(doc, end + 1, "of")
                    {
                        // "12 pounds of methamphetamine": a weight, kept in kilograms.
                        unit = Unit::Kg;
                        let value = value_of(digits, 0);
                        converted = Some((value * 0.453_592_37 * 100.0).round() / 100.0);
                        end += 1;
                    } else if (same_word(next, "ounces") || same_word(next, "oz"))
                        && is(doc, end + 1, "of")
                    {
                        // "3 ounces of cocaine": kept in grams.
                        unit = Unit::G;
                        let value = value_of(digits, 0);
                        converted = Some((value * 28.349_523_125 * 100.0).round() / 100.0);
                        end += 1;
                    } else if same_word(next, "pounds") {
                        unit = Unit::Gbp;
                        end += 1;
                    } else if same_word(next, "euros") {
                        unit = Unit::Eur;
                        end += 1;
                    } else if same_word(next, "dollars") {
                        unit = Unit::Usd;
                        end += 1;
                    }
                }
            }
            Some(Quantity {
                first: i,
                end: end.min(limit),
                digits: i,
                value: converted.unwrap_or_else(|| value_of(digits, power)),
                unit,
                written: Written::Digits,
                certainty: Certainty::Stated,
            })
        }
        TokenKind::Word => {
            // Number words, articles and currency prefixes start with one of these letters.
            let lead = doc.tok(i).bytes().next().map(|b| b.to_ascii_lowercase());
            if !lead.is_some_and(|b| b"aceftnosuz".contains(&b)) {
                return None;
            }
            // "NZ$40,000", "A$5,000", "C$12,000", "US$3m".
            if is(doc, i + 1, "$") && doc.glued(i + 1) {
                let w = doc.tok(i);
                let unit = if same_word(w, "nz") {
                    Some(Unit::Nzd)
                } else if same_word(w, "a") || same_word(w, "au") {
                    Some(Unit::Aud)
                } else if same_word(w, "c") || same_word(w, "ca") {
                    Some(Unit::Cad)
                } else if same_word(w, "us") {
                    Some(Unit::Usd)
                } else {
                    None
                };
                if let Some(unit) = unit {
                    if let Some(q) = read(doc, i + 1, limit) {
                        return Some(Quantity {
                            first: i,
                            unit,
                            ..q
                        });
                    }
                }
            }
            if let Some((value, end)) = read_words(doc, i, limit) {
                let mut q = Quantity {
                    first: i,
                    end,
                    digits: i,
                    value,
                    unit: Unit::Count,
                    written: Written::Words,
                    certainty: Certainty::Stated,
                };
                if end < limit && is(doc, end, "per") && is(doc, end + 1, "cent") {
                    q.unit = Unit::Percent;
                    q.end = end + 2;
                } else if let Some((u, p)) =
                    (end < limit).then(|| weight_unit(doc.tok(end))).flatten()
                {
                    // "three kilograms of cocaine", "two tonnes": a weight in words.
                    q.unit = u;
                    q.value *= 10f64.powi(p as i32);
                    q.end = end + 1;
                }
                return Some(q);
            }
            if is(doc, i, "a") || is(doc, i, "an") {
                return Some(Quantity {
                    first: i,
                    end: i + 1,
                    digits: i,
                    value: 1.0,
                    unit: Unit::Count,
                    written: Written::Article,
                    certainty: Certainty::Inferred,
                });
            }
            None
        }
    }
}
