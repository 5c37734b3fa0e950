//! Decimal numbers read exactly from the digits a release writes: "£1.15m" is exactly
//! 1,150,000, never the 1,149,999.9999999998 of `1.15 * 1e6` in floats.
//!
//! The core only holds *plain* values: zero, or between 10^-5 and 10^15 with at most 15
//! significant digits and 15 decimals ([`is_plain`]). Figures are read from digits written
//! in a release, so anything else (a run of forty digits, "0.0000001 kg") is a number no
//! reader means, and a fact left out is better than one invented. For a plain value:
//! - [`Decimal::value`] reads digits exactly: `digits / 10^point` is one correctly
//!   rounded division of two exact doubles (`digits < 2^53`, `10^point <= 10^22`), the
//!   same double `str::parse::<f64>` gives;
//! - serde_json writes it in plain notation (`187.0`, `2.5`, `0.00012`, never `1e16`) and
//!   its default parser reads that text back to the same double, by the same exact
//!   division, so facts/1 JSON round-trips without serde_json's `float_roundtrip`;
//! - [`write_short`] gives the CSV's and the charts' form, `Display`'s: `187`, `2.5`.
//!
//! Natively the tests hold these over large random samples of plain values.
//!
//! ```
//! use blotter::extract::decimal::{write_short, Decimal};
//! let d = Decimal::parse("1.15").and_then(|d| d.times_pow10(6));
//! assert_eq!(d.map(Decimal::value), Some(1_150_000.0));
//! assert_eq!(write_short(115.0).as_deref(), Some("115"));
//! assert_eq!(write_short(0.25).as_deref(), Some("0.25"));
//! assert_eq!(write_short(1e16), None);
//! ```

/// The largest plain value.
pub const MAX: f64 = 1e15;
/// The smallest plain value above zero (smaller ones serde_json writes as `1e-6`).
pub const MIN: f64 = 1e-5;
/// The most significant digits a plain value has: `digits` never exceeds this.
const MAX_DIGITS: u64 = 1_000_000_000_000_000;
/// The most decimals a plain value has.
const MAX_POINT: u32 = 15;

/// Powers of ten, each an exact double.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A decimal number as text writes it: `digits × 10^-point` ("2.50" is 250 and 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub digits: u64,
    pub point: u32,
}

impl Decimal {
    /// Reads `digits[.digits]` ("007", "2.5", "1000000"); `None` for anything else, and
    /// for a number with more than 15 significant digits (trailing zeros after the point
    /// do not count), above 10^15, or with more than 15 decimals.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((_, "")) => return None,
            Some((int, frac)) => (int, frac.trim_end_matches('0')),
            None => (s, ""),
        };
        if int.is_empty() {
            return None;
        }
        let mut digits: u64 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            if !b.is_ascii_digit() {
                return None;
            }
            digits = digits * 10 + u64::from(b - b'0');
            if digits > MAX_DIGITS {
                return None;
            }
        }
        let point = u32::try_from(frac.len()).ok()?;
        (point <= MAX_POINT).then_some(Decimal { digits, point })
    }

    /// This number times 10^`power` ("1.15" and "million"), exactly; `None` above 10^15.
    pub fn times_pow10(self, power: u32) -> Option<Decimal> {
        if power <= self.point {
            return Some(Decimal {
                point: self.point - power,
                ..self
            });
        }
        let scale = 10u64.checked_pow(power - self.point)?;
        let digits = self
            .digits
            .checked_mul(scale)
            .filter(|d| *d <= MAX_DIGITS)?;
        Some(Decimal { digits, point: 0 })
    }

    /// The double nearest this number (what `str::parse::<f64>` gives for its text).
    pub fn value(self) -> f64 {
        // Both operands are exact (digits <= 10^15 < 2^53, point <= 15), and IEEE division
        // rounds correctly, so this is the nearest double.
        self.digits as f64 / POW10.get(self.point as usize).copied().unwrap_or(f64::NAN)
    }
}

/// Whether `v` is a value the core may hold (see the module's doc).
pub fn is_plain(v: f64) -> bool {
    shortest(v).is_some()
}

/// `v` as Rust's `Display` writes it, without the `.0` of whole numbers: `46`, `2.5`;
/// `None` when `v` is not plain.
pub fn write_short(v: f64) -> Option<String> {
    is_plain(v).then(|| format!("{v}"))
}

/// The digits and decimals of the shortest decimal that rounds to `|v|`, when `v` is plain.
fn shortest(v: f64) -> Option<(u64, u32)> {
    let a = v.abs();
    if a == 0.0 {
        return Some((0, 0));
    }
    if !(MIN..=MAX).contains(&a) {
        return None;
    }
    for point in 0..=MAX_POINT {
        let scale = POW10[point as usize];
        let r = (a * scale).round();
        // `round` is exact here; the candidate is r itself, but a neighbour costs nothing.
        for n in [r, r - 1.0, r + 1.0] {
            if (0.0..=MAX_DIGITS as f64).contains(&n) && n / scale == a {
                return Some((n as u64, point));
            }
        }
    }
    None
}

/// A number with thousands separated by commas and at most two decimals: `12,500`, `2.5`.
/// Integer arithmetic on the hundredths. The page (`present::view::format_number`) and the
/// checks' working write numbers with it.
pub fn grouped(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    // Past 10^17 (no count or figure comes near) only the first 17 digits are worked out.
    let (mut big, mut zeros) = (value.abs(), 0);
    while big >= 1e17 {
        big /= 10.0;
        zeros += 1;
    }
    let hundredths = if zeros > 0 {
        0
    } else {
        (big * 100.0).round() as u64
    };
    let mut whole = if zeros > 0 {
        big.round() as u64
    } else {
        hundredths / 100
    }
    .to_string();
    whole.extend(std::iter::repeat_n('0', zeros));
    let mut out = String::new();
    if value < 0.0 && (hundredths > 0 || zeros > 0) {
        out.push('-');
    }
    let digits = whole.len();
    for (i, d) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    let cents = hundredths % 100;
    if cents > 0 {
        out.push('.');
        out.push(char::from(b'0' + (cents / 10) as u8));
        if cents % 10 > 0 {
            out.push(char::from(b'0' + (cents % 10) as u8));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parse_reads_what_text_writes() {
        let cases: &[(&str, Option<(u64, u32)>)] = &[
            ("187", Some((187, 0))),
            ("007", Some((7, 0))),
            ("2.5", Some((25, 1))),
            ("2.50", Some((25, 1))),
            ("0.000", Some((0, 0))),
            ("1000000000000000", Some((MAX_DIGITS, 0))),
            ("1000000000000001", None),
            ("123456789012345", Some((123_456_789_012_345, 0))),
            ("1.23456789012345", Some((123_456_789_012_345, 14))),
            ("0.000000000000001", Some((1, 15))),
            ("0.0000000000000001", None),
            ("", None),
            (".5", None),
            ("5.", None),
            ("1.2.3", None),
            ("1,000", None),
            ("-1", None),
            ("1e5", None),
        ];
        for &(text, want) in cases {
            let got = Decimal::parse(text).map(|d| (d.digits, d.point));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn times_pow10_is_exact_where_floats_are_not() {
        // 1.15 * 100.0 is 114.99999999999999 in doubles; the decimal is exactly 115.
        let d = Decimal::parse("1.15").and_then(|d| d.times_pow10(2));
        assert_eq!(d.map(Decimal::value), Some(115.0));
        assert_ne!(1.15 * 100.0, 115.0);
        let cases: &[(&str, u32, Option<f64>)] = &[
            ("4.35", 6, Some(4_350_000.0)),
            ("2.5", 3, Some(2500.0)),
            ("0.0001", 3, Some(0.1)),
            ("1", 15, Some(1e15)),
            ("2", 15, None),
            ("999999999", 9, None),
            ("1.5", 30, None),
        ];
        for &(text, power, want) in cases {
            let got = Decimal::parse(text)
                .and_then(|d| d.times_pow10(power))
                .map(Decimal::value);
            assert_eq!(got, want, "{text} × 10^{power}");
        }
    }

    #[test]
    fn plain_values_are_written_as_serde_json_and_display_write_them() {
        // (value, serde_json's text, `write_short`); `None` for a value that is not plain.
        let cases: &[(f64, Option<(&str, &str)>)] = &[
            (0.0, Some(("0.0", "0"))),
            (-0.0, Some(("-0.0", "-0"))),
            (187.0, Some(("187.0", "187"))),
            (2.5, Some(("2.5", "2.5"))),
            (0.25, Some(("0.25", "0.25"))),
            (0.58, Some(("0.58", "0.58"))),
            (1e-5, Some(("0.00001", "0.00001"))),
            (1.5e-5, Some(("0.000015", "0.000015"))),
            (1e15, Some(("1000000000000000.0", "1000000000000000"))),
            (-12.75, Some(("-12.75", "-12.75"))),
            (1e-6, None),
            (1e16, None),
            (0.1 + 0.2, None),
            (1.0 / 3.0, None),
            (f64::NAN, None),
            (f64::INFINITY, None),
        ];
        for &(v, want) in cases {
            assert_eq!(is_plain(v), want.is_some(), "{v:?}");
            assert_eq!(write_short(v).as_deref(), want.map(|w| w.1), "{v:?}");
            if let Some((json, _)) = want {
                assert_eq!(serde_json::to_string(&v).ok().as_deref(), Some(json));
            }
        }
    }

    /// Plain values the way the core makes them: digits and decimals, or whole numbers
    /// times a power of ten, or two-decimal roundings of arbitrary products.
    fn plain() -> impl Strategy<Value = f64> {
        prop_oneof![
            (0u64..=MAX_DIGITS, 0u32..=15).prop_map(|(n, k)| n as f64 / POW10[k as usize]),
            (0u64..100_000, 0u32..=15).prop_map(|(n, k)| (n as f64 * POW10[k as usize]).min(MAX)),
            (0u64..10_000_000, 0u32..=6).prop_map(|(n, k)| n as f64 / POW10[k as usize]),
            (0.0f64..1e9).prop_map(|x| (x * 100.0).round() / 100.0),
            (0.0f64..1e6, 1.0f64..60.0).prop_map(|(a, b)| ((a / b) * 100.0).round() / 100.0),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

        /// Over the values the core makes, serde_json writes plain notation (no
        /// exponent), its default parser reads the text back to the same double, and
        /// `write_short` is that text without a `.0`.
        #[test]
        fn plain_values_round_trip_through_serde_json(v in plain()) {
            if v == 0.0 || v >= MIN {
                prop_assert!(is_plain(v), "{v:?} is plain");
            }
            if is_plain(v) {
                let json = serde_json::to_string(&v).unwrap_or_default();
                prop_assert!(!json.contains(['e', 'E']), "{}", json);
                let back = serde_json::from_str::<f64>(&json).ok().map(f64::to_bits);
                prop_assert_eq!(back, Some(v.to_bits()), "{}", json);
                let short = json.strip_suffix(".0").unwrap_or(&json).to_string();
                prop_assert_eq!(write_short(v), Some(short));
            }
        }

        /// Reading digits gives the double `str::parse::<f64>` gives, for every text
        /// `parse` accepts.
        #[test]
        fn value_equals_str_parse(int in "[0-9]{1,16}", frac in proptest::option::of("[0-9]{1,16}")) {
            let text = match &frac {
                Some(f) => format!("{int}.{f}"),
                None => int.clone(),
            };
            if let Some(d) = Decimal::parse(&text) {
                let want = text.parse::<f64>().unwrap_or(f64::NAN);
                prop_assert_eq!(d.value().to_bits(), want.to_bits(), "{}", text);
            }
        }

        /// Scaling digits is exact: the same double as `str::parse` of the number with
        /// an exponent.
        #[test]
        fn times_pow10_equals_str_parse(n in 0u64..1_000_000_000, k in 0u32..=9, p in 0u32..=9) {
            if let Some(scaled) = (Decimal { digits: n, point: k }).times_pow10(p) {
                let text = format!("{n}e{}", p as i32 - k as i32);
                let want = text.parse::<f64>().unwrap_or(f64::NAN);
                prop_assert_eq!(scaled.value().to_bits(), want.to_bits(), "{}", text);
            }
        }

        /// serde_json's text of a plain value, read as digits, is the same double.
        #[test]
        fn serde_json_text_reads_back_as_digits(v in plain()) {
            if is_plain(v) {
                let json = serde_json::to_string(&v.abs()).unwrap_or_default();
                let back = Decimal::parse(&json).map(Decimal::value);
                prop_assert_eq!(back.map(f64::to_bits), Some(v.abs().to_bits()));
            }
        }
    }
}
