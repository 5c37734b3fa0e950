//! The facts/1 data model: what the core returns, what the JSON export and the
//! command-line tool write, and what the scorer reads (see `../shared/spec/FACTS.md`).
//!
//! Offsets inside the core are byte offsets into the text; every `Span` that leaves the
//! core (through [`crate::extract::extract`]) has been converted to Unicode code points,
//! as facts/1 requires.
//!
//! facts/1 JSON is these types' serde derives, written and read with serde_json: keys in
//! field order, a `Source` flattened into its fact, `mentions`, `change` and a
//! diagnostic's `span` left out when empty, enum values in snake_case. Reading takes
//! absent `Option` fields as `None` and ignores unknown fields.
//!
//! ```
//! use blotter::extract::{extract, Extraction, Options};
//! let facts = extract("Officers seized 12 knives.", &Options::default());
//! assert_eq!(Extraction::from_json(&facts.to_json()), Some(facts));
//! ```

use serde::{Deserialize, Serialize};

pub use super::checks::Check;
pub use super::review::{Correction, Origin};

/// The format tag every document carries.
pub const FORMAT: &str = "facts/1";

/// A half-open range `[start, end)`, serialised as a two-element array.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two ranges share at least one position.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies wholly inside this range.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// Whether a value was written in the text or worked out from context.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    #[default]
    Stated,
    Inferred,
}

impl Certainty {
    pub fn is_stated(&self) -> bool {
        *self == Certainty::Stated
    }

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Stated => "stated",
            Certainty::Inferred => "inferred",
        }
    }
}

/// Where a fact came from: its first span and text, further mentions, and the rule.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub span: Span,
    pub text: String,
    /// Other places in the text that state the same fact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Span>,
    /// The name of the rule that found the fact, e.g. `"<qty> <item> seized"`.
    pub rule: String,
    /// Whether a reader corrected, added or rejected the fact (an extension of facts/1,
    /// `docs/FACTS.md`); left out when the fact is as Blotter read it.
    #[serde(default, skip_serializing_if = "Origin::is_read")]
    pub origin: Origin,
}

impl Source {
    /// A source at a byte span inside the core; `text` is filled when the core finishes.
    pub fn new(span: Span, rule: &str) -> Source {
        Source {
            span,
            text: String::new(),
            mentions: Vec::new(),
            rule: rule.to_string(),
            origin: Origin::Read,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    pub name: String,
    #[serde(flatten)]
    pub source: Source,
}

/// The period a release reports on, or the day it speaks of.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// ISO date, or `--MM-DD` when the year is unknown.
    pub start: Option<String>,
    pub end: Option<String>,
    #[serde(default)]
    pub certainty: Certainty,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Count,
    Percent,
    Gbp,
    Usd,
    Eur,
    Aud,
    Nzd,
    Cad,
    Years,
    Kg,
    G,
}

impl Unit {
    pub const ALL: [Unit; 11] = [
        Unit::Count,
        Unit::Percent,
        Unit::Gbp,
        Unit::Usd,
        Unit::Eur,
        Unit::Aud,
        Unit::Nzd,
        Unit::Cad,
        Unit::Years,
        Unit::Kg,
        Unit::G,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::Gbp => "gbp",
            Unit::Usd => "usd",
            Unit::Eur => "eur",
            Unit::Aud => "aud",
            Unit::Nzd => "nzd",
            Unit::Cad => "cad",
            Unit::Years => "years",
            Unit::Kg => "kg",
            Unit::G => "g",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    MoreThan,
    AtLeast,
    About,
    UpTo,
}

impl Qualifier {
    pub const ALL: [Qualifier; 5] = [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::AtLeast,
        Qualifier::About,
        Qualifier::UpTo,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::About => "about",
            Qualifier::UpTo => "up_to",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Increase,
    Decrease,
}

impl Change {
    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Increase => "increase",
            Change::Decrease => "decrease",
        }
    }
}

/// The categories of FACTS.md, in the order of its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Firearm,
    Ammunition,
    Knife,
    OffensiveWeapon,
    Drugs,
    Cash,
    Vehicle,
    OtherItem,
    Arrest,
    Charge,
    Conviction,
    Activity,
    Incident,
    Rate,
}

/// The table groups of FACTS.md, which the app uses to group figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Seized,
    Outcome,
    Activity,
    Crime,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::Firearm,
        Category::Ammunition,
        Category::Knife,
        Category::OffensiveWeapon,
        Category::Drugs,
        Category::Cash,
        Category::Vehicle,
        Category::OtherItem,
        Category::Arrest,
        Category::Charge,
        Category::Conviction,
        Category::Activity,
        Category::Incident,
        Category::Rate,
    ];

    pub fn group(self) -> Group {
        use Category::*;
        match self {
            Firearm | Ammunition | Knife | OffensiveWeapon | Drugs | Cash | Vehicle | OtherItem => {
                Group::Seized
            }
            Arrest | Charge | Conviction => Group::Outcome,
            Activity => Group::Activity,
            Incident | Rate => Group::Crime,
        }
    }

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        use Category::*;
        match self {
            Firearm => "firearm",
            Ammunition => "ammunition",
            Knife => "knife",
            OffensiveWeapon => "offensive_weapon",
            Drugs => "drugs",
            Cash => "cash",
            Vehicle => "vehicle",
            OtherItem => "other_item",
            Arrest => "arrest",
            Charge => "charge",
            Conviction => "conviction",
            Activity => "activity",
            Incident => "incident",
            Rate => "rate",
        }
    }
}

/// One number a reader would want in a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub category: Category,
    pub value: f64,
    pub unit: Unit,
    /// The counted thing as the text names it ("knives", "people arrested").
    pub item: String,
    pub qualifier: Qualifier,
    /// `2020`, `FY2021/22`, `2021-H1`, `2021-07`, `2020-11-09/2020-11-15`, `2016-YTD`.
    pub period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Whether the value was written (digits or words) or implied ("a revolver").
    #[serde(default)]
    pub value_certainty: Certainty,
    /// Whether the period was written next to the number or carried from context.
    #[serde(default)]
    pub period_certainty: Certainty,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub span: Span,
    /// How the quote was tied to its speaker, e.g. `"<rank> <name> said: \"...\""`.
    #[serde(default)]
    pub rule: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The name without rank, honorific kept ("Sir Bernard Hogan-Howe").
    pub name: String,
    pub rank: Option<String>,
    pub role: Option<String>,
    pub quotes: Vec<Quote>,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    City,
    Borough,
    Neighbourhood,
    Region,
    Street,
    Venue,
    #[default]
    Other,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 8] = [
        PlaceKind::Country,
        PlaceKind::City,
        PlaceKind::Borough,
        PlaceKind::Neighbourhood,
        PlaceKind::Region,
        PlaceKind::Street,
        PlaceKind::Venue,
        PlaceKind::Other,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::City => "city",
            PlaceKind::Borough => "borough",
            PlaceKind::Neighbourhood => "neighbourhood",
            PlaceKind::Region => "region",
            PlaceKind::Street => "street",
            PlaceKind::Venue => "venue",
            PlaceKind::Other => "other",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub kind: PlaceKind,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    #[default]
    Phone,
    Handle,
    Url,
    Email,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] = [
        ContactKind::Phone,
        ContactKind::Handle,
        ContactKind::Url,
        ContactKind::Email,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Handle => "handle",
            ContactKind::Url => "url",
            ContactKind::Email => "email",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub kind: ContactKind,
    /// As written in the text.
    pub value: String,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    /// The text was empty or only white space.
    Empty,
    /// The text looks like markup, binary data or another language.
    UnusualText,
    /// The text was longer than the core reads; the rest was skipped.
    Truncated,
    /// Something was seen but not turned into a fact.
    Skipped,
}

impl DiagnosticKind {
    pub const ALL: [DiagnosticKind; 4] = [
        DiagnosticKind::Empty,
        DiagnosticKind::UnusualText,
        DiagnosticKind::Truncated,
        DiagnosticKind::Skipped,
    ];

    /// The snake_case name used in facts/1.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::Empty => "empty",
            DiagnosticKind::UnusualText => "unusual_text",
            DiagnosticKind::Truncated => "truncated",
            DiagnosticKind::Skipped => "skipped",
        }
    }
}

/// A note about the input that explains why there are fewer facts than expected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// Everything found in one release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub format: String,
    pub published: Option<String>,
    #[serde(default)]
    pub published_certainty: Certainty,
    pub operations: Vec<Operation>,
    pub period: Option<Period>,
    pub figures: Vec<Figure>,
    pub people: Vec<Person>,
    pub places: Vec<Place>,
    pub organisations: Vec<Organisation>,
    pub contacts: Vec<Contact>,
    /// The release's claims about its own figures, checked (`extract::checks`); always
    /// written, empty when there is none, so a consumer finds the field.
    #[serde(default)]
    pub checks: Vec<Check>,
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
    /// The reader's corrections (an extension of facts/1, `docs/FACTS.md`), left out when
    /// there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Whether a reader marked the release reviewed; left out when not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reviewed: bool,
}

impl Default for Extraction {
    fn default() -> Self {
        Extraction {
            format: FORMAT.to_string(),
            published: None,
            published_certainty: Certainty::Stated,
            operations: Vec::new(),
            period: None,
            figures: Vec::new(),
            people: Vec::new(),
            places: Vec::new(),
            organisations: Vec::new(),
            contacts: Vec::new(),
            checks: Vec::new(),
            diagnostics: Vec::new(),
            corrections: Vec::new(),
            reviewed: false,
        }
    }
}

impl Extraction {
    /// Every source in the extraction, mutably, so offsets can be rewritten in one place.
    pub(crate) fn for_each_span_mut(&mut self, mut f: impl FnMut(&mut Span)) {
        fn source(s: &mut Source, f: &mut impl FnMut(&mut Span)) {
            f(&mut s.span);
            s.mentions.iter_mut().for_each(&mut *f);
        }
        self.operations
            .iter_mut()
            .for_each(|o| source(&mut o.source, &mut f));
        if let Some(p) = &mut self.period {
            source(&mut p.source, &mut f);
        }
        self.figures
            .iter_mut()
            .for_each(|x| source(&mut x.source, &mut f));
        for p in &mut self.people {
            source(&mut p.source, &mut f);
            p.quotes.iter_mut().for_each(|q| f(&mut q.span));
        }
        self.places
            .iter_mut()
            .for_each(|x| source(&mut x.source, &mut f));
        self.organisations
            .iter_mut()
            .for_each(|x| source(&mut x.source, &mut f));
        self.contacts
            .iter_mut()
            .for_each(|x| source(&mut x.source, &mut f));
        self.checks.iter_mut().for_each(|c| f(&mut c.claim.span));
        for d in &mut self.diagnostics {
            if let Some(s) = &mut d.span {
                f(s);
            }
        }
    }

    /// Every fact's source, in the order of facts/1's fields.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        let o = self.operations.iter().map(|x| &x.source);
        let p = self.period.iter().map(|x| &x.source);
        let f = self.figures.iter().map(|x| &x.source);
        let h = self.people.iter().map(|x| &x.source);
        let l = self.places.iter().map(|x| &x.source);
        let g = self.organisations.iter().map(|x| &x.source);
        let c = self.contacts.iter().map(|x| &x.source);
        o.chain(p).chain(f).chain(h).chain(l).chain(g).chain(c)
    }

    /// What breaks the span invariants for `text`, the text this was read from: every
    /// span (sources, mentions, quotes, checks' claims, diagnostics) within the text and in
    /// order, every fact's, quote's and claim's `text` equal to its span, and every figure
    /// a check names present. Empty when all hold. The tests,
    /// the hostile suite and the fuzz target all check through this.
    ///
    /// ```
    /// # use blotter::extract::{extract, Options};
    /// let text = "Officers seized 12 knives in Leeds.";
    /// assert!(extract(text, &Options::default()).span_problems(text).is_empty());
    /// ```
    pub fn span_problems(&self, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: Span| -> Option<String> {
            (s.start <= s.end)
                .then(|| chars.get(s.start..s.end))
                .flatten()
                .map(|c| c.iter().collect())
        };
        let mut problems = Vec::new();
        let mut check = |what: &str, span: Span, want: Option<&str>| match slice(span) {
            None => problems.push(format!(
                "{what} {span:?} is outside a text of {} code points",
                chars.len()
            )),
            Some(got) if want.is_some_and(|w| w != got) => {
                problems.push(format!("{what} {span:?} holds {got:?}, not {want:?}"))
            }
            Some(_) => {}
        };
        for s in self.sources() {
            check("span", s.span, Some(&s.text));
            s.mentions.iter().for_each(|m| check("mention", *m, None));
        }
        for q in self.people.iter().flat_map(|p| &p.quotes) {
            check("quote", q.span, Some(&q.text));
        }
        for c in &self.checks {
            check("claim", c.claim.span, Some(&c.claim.text));
        }
        for d in self.diagnostics.iter().filter_map(|d| d.span) {
            check("diagnostic", d, None);
        }
        let figures = self.figures.len();
        for c in &self.checks {
            if let Some(i) = c.figures.iter().find(|&&i| i >= figures) {
                problems.push(format!("a check names figure {i} of {figures}"));
            }
        }
        problems
    }

    /// The facts/1 JSON of this extraction: the bytes the CLI writes and the app exports
    /// (serde_json's pretty form, two-space indentation).
    pub fn to_json(&self) -> String {
        // Serialising the model into a string cannot fail: every map key is a field name.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The facts/1 JSON on one line, for `--jsonl`.
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads facts/1 JSON back, as the page reads its worker's answer; `None` when the
    /// text is not facts/1 JSON.
    pub fn from_json(text: &str) -> Option<Extraction> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests;
