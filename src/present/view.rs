//! View models: an [`Extraction`] turned into the lines and rows each panel shows.
//!
//! All wording and number formatting for the page happens here, so the components only
//! lay out strings, and the choices are tested natively. Every row carries a `hint`: the
//! words of the release it came from and the rule that read them, which the page shows on
//! hover (a fact explains itself).

use crate::extract::{
    Category, Certainty, Change, Contact, ContactKind, DiagnosticKind, Extraction, Figure, Person,
    PlaceKind, Qualifier, Source, Unit,
};

use super::highlight::{FactId, FactKind};

/// One extraction, ready to display.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// How many facts of each kind, in the order of the panels; kinds with none are left out.
    pub summary: Vec<Tally>,
    /// The publication date, in words, when the text states one.
    pub published: Option<String>,
    /// The period the release reports on, in words.
    pub period: Option<Line>,
    /// The police force of the release: the force named most often among those of the
    /// release's own country (`force_of`).
    pub force: Option<String>,
    pub operations: Vec<Line>,
    pub figures: Vec<FigureRow>,
    pub people: Vec<PersonCard>,
    pub places: Vec<Line>,
    /// The places again, grouped by kind (countries first, venues last).
    pub place_groups: Vec<PlaceGroup>,
    pub organisations: Vec<Line>,
    pub contacts: Vec<Line>,
    /// Notes on the input, such as an empty box.
    pub diagnostics: Vec<Line>,
    /// The release's claims about its figures, checked.
    pub checks: super::checks::ChecksView,
}

/// The facts shown as plain lists of names, each in its own panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactList {
    Places,
    Organisations,
    Contacts,
}

impl FactList {
    /// The panel's heading.
    pub fn title(self) -> &'static str {
        match self {
            FactList::Places => "Places",
            FactList::Organisations => "Organisations",
            FactList::Contacts => "Contacts",
        }
    }

    /// A name for the panel's element id and styles.
    pub fn id(self) -> &'static str {
        match self {
            FactList::Places => "places",
            FactList::Organisations => "organisations",
            FactList::Contacts => "contacts",
        }
    }

    /// What the panel says when the release names none.
    pub fn empty(self) -> &'static str {
        match self {
            FactList::Places => "No places found.",
            FactList::Organisations => "No organisations found.",
            FactList::Contacts => "No contacts found.",
        }
    }
}

/// A count of one kind of fact: `3 people`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub count: usize,
    /// The kind, singular or plural to agree with `count`.
    pub label: &'static str,
}

/// A fact shown as a name with an optional detail, such as a place and its kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    pub detail: Option<String>,
    pub hint: String,
    /// The fact this line shows, which a click selects; `None` for notes.
    pub id: Option<FactId>,
    /// Where the line links to (`tel:`, `mailto:`, an http(s) address), if anywhere.
    pub href: Option<String>,
    /// Whether the link leaves the page (opened in a new tab, without an opener).
    pub external: bool,
    /// `corrected`, `added` or `rejected` when the reader changed the fact, else ""
    /// (`Origin::name`), the row's class.
    pub origin: &'static str,
}

/// The places of one kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceGroup {
    /// The kind in the plural: `Cities`, `Streets`.
    pub title: &'static str,
    pub lines: Vec<Line>,
}

/// One row of the figures table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FigureRow {
    /// The number with its unit: `46`, `£12,500`, `2.5 years`.
    pub value: String,
    /// `more than`, `about`...; empty for an exact number.
    pub qualifier: String,
    /// The counted thing as the release names it.
    pub item: String,
    /// The category in words: `offensive weapon`.
    pub category: String,
    /// The category's group (`seized`, `outcome`, `activity`, `crime`), for styling.
    pub group: &'static str,
    /// The period in words, or empty when the release ties none to the number.
    pub period: String,
    /// `increase` or `decrease` when the release says the number went up or down.
    pub change: String,
    /// Whether the value was worked out rather than written (`value_certainty`).
    pub inferred: bool,
    pub hint: String,
    pub id: FactId,
    /// `corrected`, `added` or `rejected` when the reader changed the figure, else "".
    pub origin: &'static str,
}

/// A person with their rank, role and words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonCard {
    pub id: FactId,
    pub name: String,
    pub rank: Option<String>,
    pub role: Option<String>,
    /// The first `MAX_QUOTES` of the person's quotes.
    pub quotes: Vec<String>,
    /// How many more quotes the person has (listed in the exports, not on the card).
    pub more_quotes: usize,
    pub hint: String,
    /// `corrected`, `added` or `rejected` when the reader changed the person, else "".
    pub origin: &'static str,
}

/// A card lists at most this many of a person's quotes: a long paste can hold thousands
/// from one speaker, and a page of them took longer than a frame to lay out.
pub const MAX_QUOTES: usize = 25;

impl PersonCard {
    /// The id of the person's `j`th quote.
    pub fn quote_id(&self, j: usize) -> FactId {
        FactId {
            kind: FactKind::Quote,
            index: self.id.index,
            part: j,
        }
    }
}

impl Report {
    pub fn new(x: &Extraction) -> Report {
        let tallies = [
            (x.figures.len(), "figure", "figures"),
            (x.people.len(), "person", "people"),
            (x.operations.len(), "operation", "operations"),
            (x.places.len(), "place", "places"),
            (x.organisations.len(), "organisation", "organisations"),
            (x.contacts.len(), "contact", "contacts"),
        ];
        Report {
            summary: tallies
                .iter()
                .filter(|(n, _, _)| *n > 0)
                .map(|&(count, one, many)| Tally {
                    count,
                    label: if count == 1 { one } else { many },
                })
                .collect(),
            published: x.published.as_deref().map(describe_period),
            period: x.period.as_ref().map(|p| Line {
                text: describe_range(p.start.as_deref(), p.end.as_deref()),
                detail: (!p.certainty.is_stated()).then(|| "inferred".to_string()),
                hint: hint(&p.source),
                id: Some(FactId::new(FactKind::Period, 0)),
                ..Line::default()
            }),
            force: force_of(x).map(str::to_string),
            operations: x
                .operations
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    line(
                        &o.name,
                        None,
                        &o.source,
                        FactId::new(FactKind::Operation, i),
                    )
                })
                .collect(),
            figures: x
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| figure_row(f, FactId::new(FactKind::Figure, i)))
                .collect(),
            people: x
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| person_card(p, FactId::new(FactKind::Person, i)))
                .collect(),
            places: place_lines(x),
            place_groups: place_groups(x),
            organisations: x
                .organisations
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    line(
                        &o.name,
                        None,
                        &o.source,
                        FactId::new(FactKind::Organisation, i),
                    )
                })
                .collect(),
            contacts: x
                .contacts
                .iter()
                .enumerate()
                .map(|(i, c)| contact_line(c, FactId::new(FactKind::Contact, i)))
                .collect(),
            diagnostics: x
                .diagnostics
                .iter()
                .map(|d| Line {
                    text: d.message.clone(),
                    detail: Some(diagnostic_kind(d.kind).to_string()),
                    ..Line::default()
                })
                .collect(),
            checks: super::checks::ChecksView::new(&x.checks),
        }
    }

    /// The summary as one sentence: `7 figures, 2 people and 1 operation`.
    pub fn summary_line(&self) -> String {
        let parts: Vec<String> = self
            .summary
            .iter()
            .map(|t| format!("{} {}", t.count, t.label))
            .collect();
        match parts.as_slice() {
            [] => "No facts found yet.".to_string(),
            [one] => format!("Found {one}."),
            [rest @ .., last] => format!("Found {} and {last}.", rest.join(", ")),
        }
    }

    /// The lines of one list panel.
    pub fn list(&self, list: FactList) -> &[Line] {
        match list {
            FactList::Places => &self.places,
            FactList::Organisations => &self.organisations,
            FactList::Contacts => &self.contacts,
        }
    }

    /// The size of a text in words for the box's footer: `1,234 characters`.
    pub fn describe_size(text: &str) -> String {
        match text.chars().count() {
            1 => "1 character".to_string(),
            n => format!("{} characters", format_number(n as f64)),
        }
    }
}

fn line(text: &str, detail: Option<&str>, source: &Source, id: FactId) -> Line {
    Line {
        text: text.to_string(),
        detail: detail.map(str::to_string),
        hint: hint(source),
        id: Some(id),
        origin: source.origin.name(),
        ..Line::default()
    }
}

/// Place kinds in the order the places panel groups them, with their group titles.
const PLACE_KINDS: [(PlaceKind, &str); 8] = [
    (PlaceKind::Country, "Countries"),
    (PlaceKind::Region, "Regions"),
    (PlaceKind::City, "Cities and towns"),
    (PlaceKind::Borough, "Boroughs"),
    (PlaceKind::Neighbourhood, "Neighbourhoods"),
    (PlaceKind::Street, "Streets"),
    (PlaceKind::Venue, "Venues"),
    (PlaceKind::Other, "Other places"),
];

fn place_lines(x: &Extraction) -> Vec<Line> {
    x.places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            line(
                &p.name,
                Some(place_kind(p.kind)),
                &p.source,
                FactId::new(FactKind::Place, i),
            )
        })
        .collect()
}

/// The places grouped by kind, in the order of `PLACE_KINDS`, each in text order.
pub fn place_groups(x: &Extraction) -> Vec<PlaceGroup> {
    let lines = place_lines(x);
    PLACE_KINDS
        .iter()
        .map(|&(kind, title)| PlaceGroup {
            title,
            lines: x
                .places
                .iter()
                .zip(&lines)
                .filter(|(p, _)| p.kind == kind)
                .map(|(_, l)| Line {
                    detail: None,
                    ..l.clone()
                })
                .collect(),
        })
        .filter(|g| !g.lines.is_empty())
        .collect()
}

/// The force of a release: among the organisations whose names say they are forces, those
/// of the country that the release's places and forces point to most (each counted as often
/// as the text names it) or of no known country, and of those the one named most often,
/// then the first. A force of
/// another country is never the answer: a New Zealand release that thanks the Australian
/// Federal Police is no Australian release.
pub fn force_of(x: &Extraction) -> Option<&str> {
    use crate::extract::lexicon::countries::{country_of_force, country_of_place};
    let times = |s: &Source| 1 + s.mentions.len();
    let forces: Vec<(&str, Option<&str>, usize)> = x
        .organisations
        .iter()
        .filter(|o| is_police_force(&o.name))
        .map(|o| (o.name.as_str(), country_of_force(&o.name), times(&o.source)))
        .collect();
    let mut votes: Vec<(&str, usize)> = Vec::new();
    let evidence = x
        .places
        .iter()
        .filter_map(|p| country_of_place(&p.name).map(|c| (c, times(&p.source))))
        .chain(forces.iter().filter_map(|&(_, c, n)| c.map(|c| (c, n))));
    for (c, n) in evidence {
        match votes.iter_mut().find(|(v, _)| *v == c) {
            Some(v) => v.1 += n,
            None => votes.push((c, n)),
        }
    }
    // The country with most votes; the first named of a tie.
    let country = votes
        .iter()
        .enumerate()
        .max_by_key(|&(k, &(_, n))| (n, std::cmp::Reverse(k)))
        .map(|(_, &(c, _))| c);
    forces
        .iter()
        .enumerate()
        .filter(|(_, &(_, c, _))| c.is_none() || country.is_none() || c == country)
        .max_by_key(|&(k, &(_, _, n))| (n, std::cmp::Reverse(k)))
        .map(|(_, &(name, _, _))| name)
}

/// Whether an organisation's name says it is a police force: `Thames Valley Police`,
/// `Police Scotland`, `Kent Constabulary`, `An Garda Síochána`, `Sheriff's Office`.
pub fn is_police_force(name: &str) -> bool {
    const MARKS: [&str; 7] = [
        "police",
        "constabulary",
        "garda",
        "psni",
        "sheriff",
        "gendarmerie",
        "state patrol",
    ];
    let lower = str::to_lowercase(name);
    MARKS.iter().any(|m| lower.contains(m))
        && ![
            "federation",
            "commissioner",
            "authority",
            "college",
            "union",
            "court",
            "council",
            "unit",
            "bureau",
            "team",
            "squad",
            "command",
            "taskforce",
            "task force",
            "branch",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

fn contact_line(c: &Contact, id: FactId) -> Line {
    let href = contact_href(c.kind, &c.value);
    Line {
        external: href.as_deref().is_some_and(|h| h.starts_with("http")),
        href,
        ..line(&c.value, Some(contact_kind(c.kind)), &c.source, id)
    }
}

/// The link of a contact: `tel:` for a phone (digits and a leading `+` only), `mailto:`
/// for an email, the address itself for an http or https web address (`https://` is
/// added to a bare domain such as `www.example.police.uk`). Any other scheme
/// (`javascript:`, `data:`) and handles get no link: they are shown as text.
pub fn contact_href(kind: ContactKind, value: &str) -> Option<String> {
    let value = value.trim();
    match kind {
        ContactKind::Phone => {
            let mut digits: String = value.chars().filter(char::is_ascii_digit).collect();
            if digits.len() < 3 {
                return None;
            }
            if value.starts_with('+') {
                digits.insert(0, '+');
            }
            Some(format!("tel:{digits}"))
        }
        ContactKind::Email => {
            let ok = value.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !host.contains('@')
            }) && !value.contains([' ', '<', '>', '"', ':', '?', '&']);
            ok.then(|| format!("mailto:{value}"))
        }
        ContactKind::Url => {
            if value.contains(char::is_whitespace) || value.contains(['<', '>', '"']) {
                return None;
            }
            let lower = value.to_ascii_lowercase();
            if lower.starts_with("https://") || lower.starts_with("http://") {
                return Some(value.to_string());
            }
            // A scheme is letters before a colon that comes before any slash.
            let before_slash = value.split('/').next().unwrap_or_default();
            if before_slash.contains(':') && !before_slash.contains('.') {
                return None;
            }
            let host = before_slash.split(':').next().unwrap_or_default();
            let looks_like_host = host.contains('.')
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            looks_like_host.then(|| format!("https://{value}"))
        }
        ContactKind::Handle => None,
    }
}

/// The hover text of a fact: the words it was read from and why, in words
/// (`present::reason`, never the rule's name).
fn hint(source: &Source) -> String {
    let mut words: String = source.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() > 160 {
        words = words.chars().take(157).collect::<String>() + "...";
    }
    let why = super::reason::reason(&source.rule);
    match (words.is_empty(), why.is_empty()) {
        (true, true) => String::new(),
        (true, false) => format!("Read as {why}"),
        (false, true) => format!("\u{201C}{words}\u{201D}"),
        (false, false) => format!("\u{201C}{words}\u{201D}, read as {why}"),
    }
}

fn figure_row(f: &Figure, id: FactId) -> FigureRow {
    FigureRow {
        id,
        value: format_value(f.value, f.unit),
        qualifier: qualifier_words(f.qualifier).to_string(),
        change: match f.change {
            Some(Change::Increase) => "increase".to_string(),
            Some(Change::Decrease) => "decrease".to_string(),
            None => String::new(),
        },
        inferred: f.value_certainty == Certainty::Inferred,
        item: f.item.clone(),
        category: category_words(f.category).to_string(),
        group: group_name(f.category),
        period: f.period.as_deref().map(describe_period).unwrap_or_default(),
        hint: hint(&f.source),
        origin: f.source.origin.name(),
    }
}

fn person_card(p: &Person, id: FactId) -> PersonCard {
    PersonCard {
        id,
        name: p.name.clone(),
        rank: p.rank.clone().filter(|r| !r.is_empty()),
        role: p.role.clone().filter(|r| !r.is_empty()),
        quotes: p
            .quotes
            .iter()
            .take(MAX_QUOTES)
            .map(|q| q.text.trim().to_string())
            .collect(),
        more_quotes: p.quotes.len().saturating_sub(MAX_QUOTES),
        hint: hint(&p.source),
        origin: p.source.origin.name(),
    }
}

/// A qualifier in words, "" for an exact number.
pub fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::MoreThan => "more than",
        Qualifier::AtLeast => "at least",
        Qualifier::About => "about",
        Qualifier::UpTo => "up to",
    }
}

/// The category in words: `offensive_weapon` is `offensive weapon`.
pub fn category_words(c: Category) -> &'static str {
    match c {
        Category::OffensiveWeapon => "offensive weapon",
        Category::OtherItem => "other item",
        other => other.as_str(),
    }
}

fn group_name(c: Category) -> &'static str {
    use crate::extract::Group;
    match c.group() {
        Group::Seized => "seized",
        Group::Outcome => "outcome",
        Group::Activity => "activity",
        Group::Crime => "crime",
    }
}

/// A place's kind as the page names it: the facts/1 name, but "place" for `other`.
fn place_kind(k: PlaceKind) -> &'static str {
    match k {
        PlaceKind::Other => "place",
        k => k.as_str(),
    }
}

/// A contact's kind as the page names it: the facts/1 name, but "web" for `url`.
fn contact_kind(k: ContactKind) -> &'static str {
    match k {
        ContactKind::Url => "web",
        k => k.as_str(),
    }
}

fn diagnostic_kind(k: DiagnosticKind) -> &'static str {
    match k {
        DiagnosticKind::Empty => "empty text",
        DiagnosticKind::UnusualText => "unusual text",
        DiagnosticKind::Truncated => "truncated",
        DiagnosticKind::Skipped => "skipped",
    }
}

/// A number with its unit, the way a reader writes it: `£12,500`, `2.5 years`, `40%`.
pub fn format_value(value: f64, unit: Unit) -> String {
    let n = format_number(value);
    match unit {
        Unit::Count => n,
        Unit::Percent => format!("{n}%"),
        Unit::Gbp => format!("\u{a3}{n}"),
        Unit::Usd => format!("${n}"),
        Unit::Eur => format!("\u{20ac}{n}"),
        Unit::Aud => format!("A${n}"),
        Unit::Nzd => format!("NZ${n}"),
        Unit::Cad => format!("C${n}"),
        Unit::Years if value == 1.0 => "1 year".to_string(),
        Unit::Years => format!("{n} years"),
        Unit::Kg => format!("{n} kg"),
        Unit::G => format!("{n} g"),
    }
}

/// A number with thousands separated by commas and at most two decimals: `12,500`, `2.5`
/// (the core's [`decimal::grouped`], which the checks' working uses too).
pub fn format_number(value: f64) -> String {
    crate::extract::decimal::grouped(value)
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A facts/1 period in words. Unknown shapes are shown as written.
///
/// `2021` stays `2021`; `FY2021/22` is `financial year 2021/22`; `2021-H1` is
/// `first half of 2021`; `2021-07` is `July 2021`; `2016-YTD` is `2016 to date`;
/// `2020-11-09` is `9 November 2020`; `--11-09` is `9 November`; `A/B` is a range.
pub fn describe_period(period: &str) -> String {
    if let Some((start, end)) = period.split_once('/') {
        if !period.starts_with("FY") {
            return describe_range(Some(start), Some(end));
        }
    }
    if let Some(fy) = period.strip_prefix("FY") {
        return format!("financial year {fy}");
    }
    if let Some(year) = period.strip_suffix("-YTD") {
        return format!("{year} to date");
    }
    if let Some(year) = period.strip_suffix("-H1") {
        return format!("first half of {year}");
    }
    if let Some(year) = period.strip_suffix("-H2") {
        return format!("second half of {year}");
    }
    match parse_date(period) {
        Some(d) => d.words(true),
        None => period.to_string(),
    }
}

/// A range of two ISO dates in words: `9 March to 15 March 2026`; either end may be open.
pub fn describe_range(start: Option<&str>, end: Option<&str>) -> String {
    let (s, e) = (start.and_then(parse_date), end.and_then(parse_date));
    match (s, e) {
        (Some(s), Some(e)) if s == e => s.words(true),
        (Some(s), Some(e)) => {
            let same_year = s.year.is_some() && s.year == e.year;
            format!("{} to {}", s.words(!same_year), e.words(true))
        }
        (Some(s), None) => format!("from {}", s.words(true)),
        (None, Some(e)) => format!("until {}", e.words(true)),
        (None, None) => match (start, end) {
            (Some(a), Some(b)) => format!("{a} to {b}"),
            (Some(a), None) | (None, Some(a)) => a.to_string(),
            (None, None) => String::new(),
        },
    }
}

/// A date of facts/1: a year and month, a full date, or a day without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DateParts {
    year: Option<u32>,
    /// 1 to 12.
    month: usize,
    day: Option<u32>,
}

impl DateParts {
    fn words(self, with_year: bool) -> String {
        let month = MONTHS
            .get(self.month.wrapping_sub(1))
            .copied()
            .unwrap_or("?");
        let mut out = match self.day {
            Some(day) => format!("{day} {month}"),
            None => month.to_string(),
        };
        if let (true, Some(year)) = (with_year, self.year) {
            out.push_str(&format!(" {year}"));
        }
        out
    }
}

/// Reads `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`; anything else is `None`.
fn parse_date(s: &str) -> Option<DateParts> {
    let number = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let parts: Vec<&str> = s.split('-').collect();
    let (year, month, day) = match parts.as_slice() {
        ["", "", m, d] => (None, number(m, 2)?, Some(number(d, 2)?)),
        [y, m, d] => (Some(number(y, 4)?), number(m, 2)?, Some(number(d, 2)?)),
        [y, m] => (Some(number(y, 4)?), number(m, 2)?, None),
        _ => return None,
    };
    let valid_day = day.is_none_or(|d| (1..=31).contains(&d));
    ((1..=12).contains(&month) && valid_day).then_some(DateParts {
        year,
        month: month as usize,
        day,
    })
}
