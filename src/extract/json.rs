//! facts/1 JSON by hand: the writer the CLI, the exports, the worker and the JavaScript API
//! use, and the reader the page uses for the worker's answer and its kept work.
//!
//! Written out instead of derived with serde so the wasm carries one small writer and
//! one small reader instead of serde's generic code (about 17 KB gzipped). The output is
//! byte for byte what `serde_json::to_string_pretty` (and `to_string`) wrote for the
//! same model before: keys in field order, `mentions`, `change` and a diagnostic's `span`
//! left out when empty, two-space indentation, serde_json's escapes, and numbers through
//! [`decimal::write`]. The tests hold the two equal natively.
//!
//! ```
//! use blotter::extract::{extract, Extraction, Options};
//! let facts = extract("Officers seized 12 knives.", &Options::default());
//! assert_eq!(Extraction::from_json(&facts.to_json()), Some(facts));
//! ```

use super::decimal;
use super::model::*;

/// A JSON writer, pretty (serde_json's `PrettyFormatter`) or on one line.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open array or object has no element yet.
    fresh: bool,
}

impl Writer {
    pub fn new(pretty: bool) -> Writer {
        Writer {
            out: String::new(),
            pretty,
            depth: 0,
            fresh: false,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    /// Opens an object (`{`) or an array (`[`).
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    /// Closes what `open` opened with the matching `}` or `]`.
    pub fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.fresh {
            self.newline();
        }
        self.out.push(bracket);
        self.fresh = false;
    }

    /// Starts an array element.
    pub fn item(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.fresh = false;
        self.newline();
    }

    /// Starts an object member.
    pub fn key(&mut self, key: &str) {
        self.item();
        self.string(key);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
    }

    /// A string with serde_json's escapes: `\"`, `\\`, `\b\t\n\f\r`, else `\u00XX` below
    /// U+0020; everything else as it is.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\u{8}' => self.out.push_str("\\b"),
                '\t' => self.out.push_str("\\t"),
                '\n' => self.out.push_str("\\n"),
                '\u{c}' => self.out.push_str("\\f"),
                '\r' => self.out.push_str("\\r"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let b = c as usize;
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[b >> 4]));
                    self.out.push(char::from(HEX[b & 15]));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    pub fn option_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    pub fn uint(&mut self, n: usize) {
        decimal::push_uint(&mut self.out, n as u64);
    }

    /// A plain number as serde_json writes it; any other (the core makes none) as `null`.
    pub fn number(&mut self, v: f64) {
        match decimal::write(v) {
            Some(text) => self.out.push_str(&text),
            None => self.null(),
        }
    }

    fn span(&mut self, s: Span) {
        self.open('[');
        self.item();
        self.uint(s.start);
        self.item();
        self.uint(s.end);
        self.close(']');
    }

    fn list<T>(&mut self, key: &str, items: &[T], each: fn(&mut Writer, &T)) {
        self.key(key);
        self.open('[');
        for x in items {
            self.item();
            each(self, x);
        }
        self.close(']');
    }

    /// The fields of a `Source`, flattened into the object being written.
    fn source(&mut self, s: &Source) {
        self.key("span");
        self.span(s.span);
        self.key("text");
        self.string(&s.text);
        if !s.mentions.is_empty() {
            self.key("mentions");
            self.open('[');
            for m in &s.mentions {
                self.item();
                self.span(*m);
            }
            self.close(']');
        }
        self.key("rule");
        self.string(&s.rule);
    }

    /// One object of `name` (a string field), then `more`, then the source.
    fn named(&mut self, name_key: &str, name: &str, more: impl FnOnce(&mut Writer), s: &Source) {
        self.open('{');
        self.key(name_key);
        self.string(name);
        more(self);
        self.source(s);
        self.close('}');
    }

    fn extraction(&mut self, x: &Extraction) {
        self.open('{');
        self.key("format");
        self.string(&x.format);
        self.key("published");
        self.option_string(x.published.as_deref());
        self.key("published_certainty");
        self.string(x.published_certainty.as_str());
        self.list("operations", &x.operations, |w, o| {
            w.named("name", &o.name, |_| {}, &o.source)
        });
        self.key("period");
        match &x.period {
            Some(p) => {
                self.open('{');
                self.key("start");
                self.option_string(p.start.as_deref());
                self.key("end");
                self.option_string(p.end.as_deref());
                self.key("certainty");
                self.string(p.certainty.as_str());
                self.source(&p.source);
                self.close('}');
            }
            None => self.null(),
        }
        self.list("figures", &x.figures, |w, f| {
            w.named(
                "category",
                f.category.as_str(),
                |w| {
                    w.key("value");
                    w.number(f.value);
                    w.key("unit");
                    w.string(f.unit.as_str());
                    w.key("item");
                    w.string(&f.item);
                    w.key("qualifier");
                    w.string(f.qualifier.as_str());
                    w.key("period");
                    w.option_string(f.period.as_deref());
                    if let Some(c) = f.change {
                        w.key("change");
                        w.string(c.as_str());
                    }
                    w.key("value_certainty");
                    w.string(f.value_certainty.as_str());
                    w.key("period_certainty");
                    w.string(f.period_certainty.as_str());
                },
                &f.source,
            )
        });
        self.list("people", &x.people, |w, p| {
            w.named(
                "name",
                &p.name,
                |w| {
                    w.key("rank");
                    w.option_string(p.rank.as_deref());
                    w.key("role");
                    w.option_string(p.role.as_deref());
                    w.list("quotes", &p.quotes, |w, q| {
                        w.open('{');
                        w.key("text");
                        w.string(&q.text);
                        w.key("span");
                        w.span(q.span);
                        w.key("rule");
                        w.string(&q.rule);
                        w.close('}');
                    });
                },
                &p.source,
            )
        });
        self.list("places", &x.places, |w, p| {
            w.named(
                "name",
                &p.name,
                |w| {
                    w.key("kind");
                    w.string(p.kind.as_str());
                },
                &p.source,
            )
        });
        self.list("organisations", &x.organisations, |w, o| {
            w.named("name", &o.name, |_| {}, &o.source)
        });
        self.list("contacts", &x.contacts, |w, c| {
            w.named(
                "kind",
                c.kind.as_str(),
                |w| {
                    w.key("value");
                    w.string(&c.value);
                },
                &c.source,
            )
        });
        self.list("diagnostics", &x.diagnostics, |w, d| {
            w.open('{');
            w.key("kind");
            w.string(d.kind.as_str());
            w.key("message");
            w.string(&d.message);
            if let Some(s) = d.span {
                w.key("span");
                w.span(s);
            }
            w.close('}');
        });
        self.close('}');
    }
}

/// The facts/1 JSON of `x`, pretty (`to_json`) or on one line (`to_json_line`).
pub fn write_extraction(x: &Extraction, pretty: bool) -> String {
    let mut w = Writer::new(pretty);
    w.extraction(x);
    w.finish()
}

/// A parsed JSON value. Numbers are kept only when plain (see [`decimal`]); the reader
/// reads what the writer writes, and the page's own stored values.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// How deep arrays and objects may nest (serde_json's limit), so a hostile stored value
/// cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

impl Value {
    /// Parses one JSON value, with nothing but white space around it; `None` when the
    /// text is not JSON (or holds a number that is not plain, or nests too deep).
    pub fn parse(text: &str) -> Option<Value> {
        let mut p = Parser {
            s: text.as_bytes(),
            at: 0,
        };
        let v = p.value(0)?;
        p.space();
        (p.at == p.s.len()).then_some(v)
    }

    /// The member `key` of an object (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    fn array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }

    fn word(&mut self, w: &[u8], v: Value) -> Option<Value> {
        let end = self.at + w.len();
        (self.s.get(self.at..end) == Some(w)).then(|| {
            self.at = end;
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'n' => self.word(b"null", Value::Null),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' | b'{' if depth >= MAX_DEPTH => None,
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Value::Array(items))
            }
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        let key = self.string()?;
                        self.eat(b':').then_some(())?;
                        members.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(Value::Object(members))
            }
            _ => self.number(),
        }
    }

    /// A JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept when plain.
    fn number(&mut self) -> Option<Value> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.at += 1;
            }
            p.at - from
        };
        let int_start = self.at;
        let int = digits(self);
        if int == 0 || (int > 1 && self.s.get(int_start) == Some(&b'0')) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return None;
            }
        }
        let mantissa_end = self.at;
        let mut exponent: i32 = 0;
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            let minus = self.peek() == Some(b'-');
            self.at += usize::from(matches!(self.peek(), Some(b'+' | b'-')));
            let from = self.at;
            if digits(self) == 0 || self.at - from > 4 {
                return None;
            }
            let text = std::str::from_utf8(self.s.get(from..self.at)?).ok()?;
            exponent = text.parse::<i32>().ok()?;
            if minus {
                exponent = -exponent;
            }
        }
        let mantissa = std::str::from_utf8(self.s.get(int_start..mantissa_end)?).ok()?;
        let mut d = decimal::Decimal::parse(mantissa)?;
        if exponent >= 0 {
            d = d.times_pow10(exponent.unsigned_abs())?;
        } else {
            d.point = d.point.checked_add(exponent.unsigned_abs())?;
        }
        // `value` is exact up to 22 decimals and NaN (not plain) past them.
        let v = if negative { -d.value() } else { d.value() };
        decimal::is_plain(v).then_some(Value::Number(v))
    }

    /// A string at the cursor, with its escapes resolved; `None` for a raw control
    /// character, a bad escape or a lone surrogate (as serde_json refuses them).
    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(self.s.get(start..self.at)?).ok()?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    let e = *self.s.get(self.at + 1)?;
                    self.at += 2;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                (self.s.get(self.at..self.at + 2) == Some(b"\\u")).then_some(())?;
                                self.at += 2;
                                let lo = self.hex4()?;
                                (0xDC00..0xE000).contains(&lo).then_some(())?;
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let hex = self.s.get(self.at..self.at + 4)?;
        self.at += 4;
        hex.iter().try_fold(0u32, |n, &b| {
            let d = char::from(b).to_digit(16)?;
            Some(n * 16 + d)
        })
    }
}

/// Reading typed fields out of parsed objects. `None` means "not facts/1": a required
/// field missing, or a field of the wrong type. As serde's derive did, absent `Option`
/// fields are `None`, fields with a default take it, and unknown fields are ignored.
mod read {
    use super::*;

    pub fn string(v: &Value, key: &str) -> Option<String> {
        v.get(key)?.as_str().map(str::to_string)
    }

    /// A string or `null`; absent is `None`.
    pub fn option_string(v: &Value, key: &str) -> Option<Option<String>> {
        match v.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(x) => x.as_str().map(|s| Some(s.to_string())),
        }
    }

    /// A string with a default when absent.
    pub fn string_or_default(v: &Value, key: &str) -> Option<String> {
        match v.get(key) {
            None => Some(String::new()),
            Some(x) => x.as_str().map(str::to_string),
        }
    }

    pub fn uint(v: &Value) -> Option<usize> {
        match v {
            Value::Number(n) if *n >= 0.0 && n.fract() == 0.0 => Some(*n as usize),
            _ => None,
        }
    }

    pub fn span(v: &Value) -> Option<Span> {
        match v.array()? {
            [a, b] => Some(Span::new(uint(a)?, uint(b)?)),
            _ => None,
        }
    }

    /// The value of `all` whose facts/1 name is the string at `key`.
    pub fn name<T: Copy>(
        v: &Value,
        key: &str,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Option<T> {
        let s = v.get(key)?.as_str()?;
        all.iter().copied().find(|&x| name(x) == s)
    }

    /// Like `name`, with the type's default when the field is absent.
    pub fn certainty(v: &Value, key: &str) -> Option<Certainty> {
        match v.get(key) {
            None => Some(Certainty::default()),
            Some(_) => name(
                v,
                key,
                &[Certainty::Stated, Certainty::Inferred],
                Certainty::as_str,
            ),
        }
    }

    /// The array at `key`, each element read by `each`; absent is an error unless
    /// `default` (the field has `#[serde(default)]`).
    pub fn list<T>(
        v: &Value,
        key: &str,
        default: bool,
        each: fn(&Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        match v.get(key) {
            None if default => Some(Vec::new()),
            x => x?.array()?.iter().map(each).collect(),
        }
    }

    pub fn source(v: &Value) -> Option<Source> {
        Some(Source {
            span: span(v.get("span")?)?,
            text: string(v, "text")?,
            mentions: list(v, "mentions", true, span)?,
            rule: string(v, "rule")?,
        })
    }

    fn operation(v: &Value) -> Option<Operation> {
        Some(Operation {
            name: string(v, "name")?,
            source: source(v)?,
        })
    }

    fn period(v: &Value) -> Option<Period> {
        Some(Period {
            start: option_string(v, "start")?,
            end: option_string(v, "end")?,
            certainty: certainty(v, "certainty")?,
            source: source(v)?,
        })
    }

    fn figure(v: &Value) -> Option<Figure> {
        let change = match v.get("change") {
            None | Some(Value::Null) => None,
            Some(_) => Some(name(
                v,
                "change",
                &[Change::Increase, Change::Decrease],
                Change::as_str,
            )?),
        };
        Some(Figure {
            category: name(v, "category", &Category::ALL, Category::as_str)?,
            value: match v.get("value")? {
                Value::Number(n) => *n,
                _ => return None,
            },
            unit: name(v, "unit", &Unit::ALL, Unit::as_str)?,
            item: string(v, "item")?,
            qualifier: name(v, "qualifier", &Qualifier::ALL, Qualifier::as_str)?,
            period: option_string(v, "period")?,
            change,
            value_certainty: certainty(v, "value_certainty")?,
            period_certainty: certainty(v, "period_certainty")?,
            source: source(v)?,
        })
    }

    fn quote(v: &Value) -> Option<Quote> {
        Some(Quote {
            text: string(v, "text")?,
            span: span(v.get("span")?)?,
            rule: string_or_default(v, "rule")?,
        })
    }

    fn person(v: &Value) -> Option<Person> {
        Some(Person {
            name: string(v, "name")?,
            rank: option_string(v, "rank")?,
            role: option_string(v, "role")?,
            quotes: list(v, "quotes", false, quote)?,
            source: source(v)?,
        })
    }

    fn place(v: &Value) -> Option<Place> {
        Some(Place {
            name: string(v, "name")?,
            kind: name(v, "kind", &PlaceKind::ALL, PlaceKind::as_str)?,
            source: source(v)?,
        })
    }

    fn organisation(v: &Value) -> Option<Organisation> {
        Some(Organisation {
            name: string(v, "name")?,
            source: source(v)?,
        })
    }

    fn contact(v: &Value) -> Option<Contact> {
        Some(Contact {
            kind: name(v, "kind", &ContactKind::ALL, ContactKind::as_str)?,
            value: string(v, "value")?,
            source: source(v)?,
        })
    }

    fn diagnostic(v: &Value) -> Option<Diagnostic> {
        Some(Diagnostic {
            kind: name(v, "kind", &DiagnosticKind::ALL, DiagnosticKind::as_str)?,
            message: string(v, "message")?,
            span: match v.get("span") {
                None | Some(Value::Null) => None,
                Some(s) => Some(span(s)?),
            },
        })
    }

    pub fn extraction(v: &Value) -> Option<Extraction> {
        Some(Extraction {
            format: string(v, "format")?,
            published: option_string(v, "published")?,
            published_certainty: certainty(v, "published_certainty")?,
            operations: list(v, "operations", false, operation)?,
            period: match v.get("period") {
                None | Some(Value::Null) => None,
                Some(p) => Some(period(p)?),
            },
            figures: list(v, "figures", false, figure)?,
            people: list(v, "people", false, person)?,
            places: list(v, "places", false, place)?,
            organisations: list(v, "organisations", false, organisation)?,
            contacts: list(v, "contacts", false, contact)?,
            diagnostics: list(v, "diagnostics", true, diagnostic)?,
        })
    }
}

pub use read::option_string as read_option_string;
pub use read::string as read_string;

/// Reads facts/1 JSON (what [`write_extraction`] writes); `None` when it is not.
pub fn read_extraction(text: &str) -> Option<Extraction> {
    read::extraction(&Value::parse(text)?)
}

#[cfg(test)]
mod tests;
