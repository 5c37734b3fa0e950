//! Charts of an extraction as SVG text, drawn with plotters' `ChartBuilder` onto its own
//! SVG backend (`SVGBackend::with_string`), wrapped so that text is measured by estimate,
//! the same in the page as natively ([`backend`]).
//!
//! Two kinds: bar charts of the counts of items seized and of outcomes, one per family of
//! like things and period (see [`bar_charts`]), and one chart over periods for each unit
//! of the statistics (one series per metric: a category and an item). Both axes of labels that are not numbers (the bars'
//! rows, and periods that mix calendar and financial years) are a [`LabelledAxis`]: a
//! range in plotters' own coordinates whose key points are the labels' places.
//!
//! Every string drawn comes from the release. Plotters' SVG backend escapes every text and
//! attribute value it writes (`&`, `<`, `>`, `"`, `'`), so text is handed to it as it is;
//! the `<title>` and `aria-label` added here go through [`xml_escape`].
//!
//! Charts are drawn in the light theme's colours on white, each at least 4.5:1 (WCAG AA):
//! a downloaded SVG keeps them. On the page, the stylesheet gives each of these colours
//! its theme's value (`styles/app.css`, matched by the `fill` or `stroke` plotters writes),
//! so a chart follows the dark theme too.

use crate::extract::sorting;
use std::ops::Range;

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::extract::{Category, Extraction, Figure, Qualifier, Unit};

mod backend;
use backend::Svg;

use super::view::{describe_period, format_value, is_police_force};

/// The width of every chart, in SVG pixels: the page scales it to the panel's width, which
/// keeps its text readable from a phone (about 0.7 times) to a desktop (1.2 times).
const WIDTH: u32 = 480;
/// The charts' typeface, named by its family: a font named by text is lower-cased by
/// plotters (`FontFamily::from(&str)`), which pulls the standard library's Unicode case
/// tables into the wasm.
const FONT: FontFamily = FontFamily::SansSerif;

/// Plotters' SVG backend writes `font-size` as this size divided by 1.24: 13.7 px.
const LABEL_SIZE: f64 = 17.0;
/// 16.1 px.
const TITLE_SIZE: f64 = 20.0;
const TEXT: RGBColor = RGBColor(0x1d, 0x1f, 0x23);
const MUTED: RGBColor = RGBColor(0x5c, 0x63, 0x70);
const GRID: RGBColor = RGBColor(0xdc, 0xda, 0xd4);
const SEIZED: RGBColor = RGBColor(0x8a, 0x3b, 0x12);
const OUTCOME: RGBColor = RGBColor(0x1f, 0x4e, 0x8c);
/// Series colours, each at least 4.5:1 against the white background.
const PALETTE: [RGBColor; 8] = [
    RGBColor(0x1f, 0x4e, 0x8c),
    RGBColor(0xb0, 0x4a, 0x0c),
    RGBColor(0x2f, 0x6b, 0x3a),
    RGBColor(0x7a, 0x2a, 0x5f),
    RGBColor(0x00, 0x68, 0x6b),
    RGBColor(0x8c, 0x6a, 0x00),
    RGBColor(0x5c, 0x63, 0x70),
    RGBColor(0xb0, 0x20, 0x6a),
];
/// A bar chart longer than this shows the first bars only.
const MAX_BARS: usize = 40;
/// At most this many bar charts (families and periods); counts of further periods are
/// left out.
const MAX_BAR_CHARTS: usize = 8;
/// A statistics chart draws at most this many series (one colour each) ...
const MAX_SERIES: usize = PALETTE.len();
/// ... and at most this many periods in each; the rest are left out, which also keeps
/// the work linear in the number of figures, whatever the paste.
const MAX_POINTS: usize = 48;
/// Labels longer than this many characters are cut with an ellipsis.
const MAX_LABEL: usize = 30;
/// Titles longer than this many characters are cut with an ellipsis.
const MAX_TITLE: usize = 48;

/// Counts that can share one scale: a bar chart never mixes knives, wraps of drugs and
/// arrests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    /// Firearms, knives and other offensive weapons.
    Weapons,
    /// Rounds of ammunition, in their hundreds where weapons are in ones.
    Ammunition,
    Drugs,
    /// Cash, vehicles and other items.
    OtherItems,
    /// Arrests, charges and convictions.
    Outcomes,
}

impl Family {
    /// The family of a category's counts; activity and crime figures have no bar chart.
    pub fn of(category: Category) -> Option<Family> {
        use Category::*;
        match category {
            Firearm | Knife | OffensiveWeapon => Some(Family::Weapons),
            Ammunition => Some(Family::Ammunition),
            Drugs => Some(Family::Drugs),
            Cash | Vehicle | OtherItem => Some(Family::OtherItems),
            Arrest | Charge | Conviction => Some(Family::Outcomes),
            Activity | Incident | Rate => None,
        }
    }
}

/// One bar: a count as the release states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The counted thing as the release names it.
    pub label: String,
    pub value: f64,
    pub category: Category,
    pub qualifier: Qualifier,
}

impl Bar {
    /// The value as the bar's label shows it: `187`, `more than 240`.
    pub fn value_text(&self) -> String {
        let n = format_value(self.value, Unit::Count);
        match self.qualifier {
            Qualifier::Exact => n,
            Qualifier::MoreThan => format!("more than {n}"),
            Qualifier::AtLeast => format!("at least {n}"),
            Qualifier::About => format!("about {n}"),
            Qualifier::UpTo => format!("up to {n}"),
        }
    }
}

/// The counts of one family over one period, each a bar on one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub family: Family,
    /// The period the counts share, as facts/1 writes it; `None` for counts with no period
    /// of their own (those of the release's own days).
    pub period: Option<String>,
    pub bars: Vec<Bar>,
    /// How many counts were left out: rough restatements of an exact count, and counts
    /// that may be parts of a larger one (the figures table still lists them).
    pub left_out: usize,
}

/// Where a period sits on a time axis measured in years (2020.5 is mid-2020).
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodPlace {
    pub start: f64,
    pub end: f64,
    /// The period as the axis shows it: `2020`, `FY2019/20`, `H1 2021`, `Jul 2021`.
    pub label: String,
}

/// How long a period is: a series keeps to one length, so that a month's count is never
/// joined by a line to a year's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Length {
    /// A calendar or financial year.
    Year,
    Half,
    Month,
}

impl PeriodPlace {
    /// How long the period is.
    pub fn length(&self) -> Length {
        let years = self.end - self.start;
        if years > 0.75 {
            Length::Year
        } else if years > 0.25 {
            Length::Half
        } else {
            Length::Month
        }
    }
}

impl PeriodPlace {
    fn middle(&self) -> f64 {
        (self.start + self.end) / 2.0
    }
}

/// One metric over its periods.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The item as the release first names it, with the outcome when the item does not say
    /// it, and the length of the periods when they are not years.
    pub name: String,
    pub category: Category,
    pub length: Length,
    /// Points in time order, one per period.
    pub points: Vec<(PeriodPlace, f64)>,
}

/// The statistics of one unit, over their periods.
#[derive(Clone, Debug, PartialEq)]
pub struct StatisticsChart {
    pub title: String,
    pub unit: Unit,
    pub series: Vec<Series>,
}

/// A chart for the page: its title, its SVG, and a note for its caption.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    pub svg: String,
    /// What the caption says beside the download button (never the title again): what
    /// was left out, or nothing.
    pub note: String,
    drawing: Drawing,
}

/// What a chart draws, kept to draw it again as a file.
#[derive(Clone, Debug, PartialEq)]
enum Drawing {
    Bars(BarChart),
    Statistics(StatisticsChart),
}

impl Drawing {
    fn draw(&self, source: Option<&[String]>) -> Option<String> {
        match self {
            Drawing::Bars(c) => draw_bars(c, source),
            Drawing::Statistics(c) => draw_statistics(c, source),
        }
    }
}

impl Chart {
    /// The chart as a file: drawn again with `source` (see [`source_line`]) under it, so
    /// the file says where its figures came from.
    pub fn file_svg(&self, source: &str) -> Option<String> {
        self.drawing.draw(Some(&wrap(source)))
    }
}

/// Every chart of the extraction, in the order the page shows them: the bar charts, then
/// the charts over periods.
pub fn charts(x: &Extraction) -> Vec<Chart> {
    let bars = bar_charts(x).into_iter().map(|c| {
        let note = match c.left_out {
            0 => String::new(),
            1 => "1 count is not drawn: a rough restatement, or part of a larger count. \
                  The figures table lists every count."
                .to_string(),
            n => format!(
                "{n} counts are not drawn: rough restatements, or parts of a larger \
                 count. The figures table lists every count."
            ),
        };
        (c.title.clone(), note, Drawing::Bars(c))
    });
    let statistics = statistics(x)
        .into_iter()
        .map(|c| (c.title.clone(), String::new(), Drawing::Statistics(c)));
    bars.chain(statistics)
        .filter_map(|(title, note, drawing)| {
            Some(Chart {
                svg: drawing.draw(None)?,
                title,
                note,
                drawing,
            })
        })
        .collect()
}

/// Every bar chart, drawn: `(title, svg)`.
pub fn bar_svgs(x: &Extraction) -> Vec<(String, String)> {
    bar_charts(x)
        .into_iter()
        .filter_map(|c| Some((c.title.clone(), draw_bars(&c, None)?)))
        .collect()
}

/// Every statistic with periods as a chart over them: `(title, svg)`, one per unit.
pub fn statistics_svgs(x: &Extraction) -> Vec<(String, String)> {
    statistics(x)
        .iter()
        .filter_map(|c| Some((c.title.clone(), draw_statistics(c, None)?)))
        .collect()
}

/// Every chart of the extraction, in the order the page shows them: `(title, svg)`.
pub fn all_svgs(x: &Extraction) -> Vec<(String, String)> {
    charts(x).into_iter().map(|c| (c.title, c.svg)).collect()
}

/// The line a chart's file carries under it, naming the release its figures come from:
/// `Source: Kent Police press release, Operation Larkspur, published 12 March 2024.
/// Charted by Blotter.` Only what the facts say is named.
pub fn source_line(x: &Extraction) -> String {
    let force = x
        .organisations
        .iter()
        .find(|o| is_police_force(&o.name))
        .map(|o| o.name.trim());
    let mut line = match force {
        Some(force) => format!("Source: {force} press release"),
        None => "Source: police press release".to_string(),
    };
    if let Some(operation) = x.operations.first() {
        line.push_str(", ");
        line.push_str(operation.name.trim());
    }
    match x.published.as_deref() {
        Some(date) => {
            line.push_str(", published ");
            line.push_str(&describe_period(date));
        }
        None => line.push_str(" (no publication date given)"),
    }
    line.push_str(". Charted by Blotter.");
    line
}

/// A file name for a chart's title: `Weapons seized` is `blotter-weapons-seized.svg`. Only ASCII letters and digits are kept.
pub fn file_name(title: &str) -> String {
    let mut name = String::from("blotter");
    let mut gap = true;
    for c in title.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            if gap {
                name.push('-');
            }
            name.push(c);
            gap = false;
        } else {
            gap = true;
        }
        if name.len() >= 60 {
            break;
        }
    }
    name + ".svg"
}

/// The bar charts: every count of an item seized or an outcome, except changes ("an
/// increase of 12") and counts drawn in a statistics chart, in one chart per family and
/// period (like with like), in the order of the text within each. Families come in their
/// order, and within a family counts with no period first. A chart leaves out what it
/// cannot draw without misleading (see [`choose_bars`]).
pub fn bar_charts(x: &Extraction) -> Vec<BarChart> {
    let charted = charted_figures(x);
    let mut groups: Vec<(Family, Option<&str>, Vec<&Figure>)> = Vec::new();
    for (i, f) in x.figures.iter().enumerate() {
        let countable = f.unit == Unit::Count
            && f.change.is_none()
            && f.value.is_finite()
            && f.value > 0.0
            && charted.binary_search(&i).is_err();
        let Some(family) = Family::of(f.category).filter(|_| countable) else {
            continue;
        };
        let period = f.period.as_deref();
        let full = groups.len() >= MAX_BAR_CHARTS;
        match groups
            .iter_mut()
            .find(|(fam, p, _)| *fam == family && *p == period)
        {
            Some((_, _, figures)) => figures.push(f),
            None if !full => groups.push((family, period, vec![f])),
            None => {}
        }
    }
    sorting::sort_by_key(&mut groups, |(family, period, _)| {
        (*family, period.is_some())
    });
    groups
        .into_iter()
        .filter_map(|(family, period, figures)| {
            let total = figures.len();
            let mut bars = choose_bars(&figures);
            let left_out = total - bars.len();
            bars.truncate(MAX_BARS);
            (!bars.is_empty()).then(|| BarChart {
                title: bar_title(family, period, &bars),
                family,
                period: period.map(str::to_string),
                bars,
                left_out,
            })
        })
        .collect()
}

/// The bars of one family and period, leaving out, within each category:
/// - a rough count ("more than 240 knives") when the release also gives an exact one,
///   which is the same count restated or a count of a related thing;
/// - the smaller counts when one count is larger than each of them and at least their sum
///   ("firearms 3: a handgun 1, a shotgun 1, a revolver 1"; "466 arrests since the
///   operation began" beside "6 arrests"): they are parts of it, or an earlier part of a
///   running total, and bars side by side would read as separate seizures. When unsure,
///   a bar is left out rather than drawn to mislead.
fn choose_bars(figures: &[&Figure]) -> Vec<Bar> {
    let mut keep = vec![true; figures.len()];
    for category in Category::ALL {
        let of: Vec<usize> = (0..figures.len())
            .filter(|&i| figures[i].category == category)
            .collect();
        if of.iter().any(|&i| figures[i].qualifier == Qualifier::Exact) {
            for &i in &of {
                keep[i] = figures[i].qualifier == Qualifier::Exact;
            }
        }
        let kept: Vec<usize> = of.into_iter().filter(|&i| keep[i]).collect();
        let Some(&top) = kept
            .iter()
            .max_by(|&&a, &&b| figures[a].value.total_cmp(&figures[b].value))
        else {
            continue;
        };
        let rest: Vec<usize> = kept.into_iter().filter(|&i| i != top).collect();
        let largest = figures[top].value;
        let sum: f64 = rest.iter().map(|&i| figures[i].value).sum();
        if !rest.is_empty() && largest >= sum && rest.iter().all(|&i| figures[i].value < largest) {
            for i in rest {
                keep[i] = false;
            }
        }
    }
    figures
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| Bar {
            label: with_category(f.item.trim(), f.category),
            value: f.value,
            category: f.category,
            qualifier: f.qualifier,
        })
        .collect()
}

/// What a bar chart draws: `Weapons seized`, `Arrests and charges, first half of 2021`.
fn bar_title(family: Family, period: Option<&str>, bars: &[Bar]) -> String {
    let has = |c: Category| bars.iter().any(|b| b.category == c);
    let title = match family {
        Family::Weapons => "Weapons seized".to_string(),
        Family::Ammunition => "Ammunition seized".to_string(),
        Family::Drugs => "Drugs seized".to_string(),
        Family::OtherItems if bars.iter().all(|b| b.category == Category::Vehicle) => {
            "Vehicles seized".to_string()
        }
        Family::OtherItems => "Other items seized".to_string(),
        Family::Outcomes => {
            let names: Vec<&str> = [
                (Category::Arrest, "arrests"),
                (Category::Charge, "charges"),
                (Category::Conviction, "convictions"),
            ]
            .into_iter()
            .filter(|(c, _)| has(*c))
            .map(|(_, name)| name)
            .collect();
            capitalised(&words_list(&names))
        }
    };
    match period {
        Some(p) => format!("{title}, {}", describe_period(p)),
        None => title,
    }
}

/// `a`, `a and b`, `a, b and c`.
fn words_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [only] => only.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The text with its first letter in upper case when that letter is ASCII.
fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get(..1) {
        let upper = first.to_ascii_uppercase();
        text.replace_range(..1, &upper);
    }
    text
}

/// The charts over periods: figures whose period is a year, financial year, half or month,
/// grouped by unit, one series per (category, item). A chart needs a metric with two
/// periods or more.
pub fn statistics(x: &Extraction) -> Vec<StatisticsChart> {
    statistics_with_figures(x)
        .into_iter()
        .map(|(chart, _)| chart)
        .collect()
}

/// The figures (by index) drawn in some statistics chart, ascending, each once.
fn charted_figures(x: &Extraction) -> Vec<usize> {
    let mut charted: Vec<usize> = statistics_with_figures(x)
        .into_iter()
        .flat_map(|(_, used)| used)
        .collect();
    sorting::sort(&mut charted);
    charted.dedup();
    charted
}

fn statistics_with_figures(x: &Extraction) -> Vec<(StatisticsChart, Vec<usize>)> {
    // Units in a fixed order, so the charts come out in the same order every time.
    let mut by_unit: Vec<(usize, Unit, Vec<usize>)> = Vec::new();
    for (i, f) in x.figures.iter().enumerate() {
        if is_statistic(f) {
            let order = unit_order(f.unit);
            match by_unit.iter_mut().find(|(o, _, _)| *o == order) {
                Some((_, _, indices)) => indices.push(i),
                None => by_unit.push((order, f.unit, vec![i])),
            }
        }
    }
    sorting::sort_by_key(&mut by_unit, |(o, _, _)| *o);
    let mut charts = Vec::new();
    for (_, unit, indices) in by_unit {
        let mut series: Vec<Series> = Vec::new();
        // The metric of each series: its item in lower case, spaces folded.
        let mut keys: Vec<String> = Vec::new();
        // The figures drawn in each series.
        let mut used: Vec<Vec<usize>> = Vec::new();
        for i in indices {
            let Some(f) = x.figures.get(i) else { continue };
            let Some(place) = f.period.as_deref().and_then(period_place) else {
                continue;
            };
            let key = metric_key(&f.item);
            let length = place.length();
            let full = keys.len() >= MAX_SERIES;
            let found = series
                .iter()
                .zip(&keys)
                .position(|(s, k)| s.category == f.category && s.length == length && *k == key);
            let at = match found {
                Some(at) => at,
                None if full => continue,
                None => {
                    keys.push(key);
                    used.push(Vec::new());
                    series.push(Series {
                        name: series_name(f, length),
                        category: f.category,
                        length,
                        points: Vec::new(),
                    });
                    series.len() - 1
                }
            };
            let (Some(s), Some(drawn)) = (series.get_mut(at), used.get_mut(at)) else {
                continue;
            };
            // The first statement of a period wins; a repeat is the same fact restated.
            // Points are kept in time order as they come.
            if s.points.len() < MAX_POINTS && s.points.iter().all(|(p, _)| p.label != place.label) {
                let at = s
                    .points
                    .iter()
                    .position(|(p, _)| p.middle() > place.middle())
                    .unwrap_or(s.points.len());
                s.points.insert(at, (place, f.value));
                drawn.push(i);
            }
        }
        // A lone point stays only beside a line of the same metric (a half-year beside the
        // years); others, such as the parts of a half-year's total, are left to the bars.
        let lined: Vec<&String> = series
            .iter()
            .zip(&keys)
            .filter(|(s, _)| s.points.len() >= 2)
            .map(|(_, k)| k)
            .collect();
        let keep: Vec<bool> = series
            .iter()
            .zip(&keys)
            .map(|(s, k)| s.points.len() >= 2 || lined.contains(&k))
            .collect();
        // A chart compares periods: some metric must have two.
        if lined.is_empty() {
            continue;
        }
        let used: Vec<usize> = used
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .flat_map(|(u, _)| u)
            .collect();
        let series: Vec<Series> = series
            .into_iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(s, _)| s)
            .collect();
        charts.push((
            StatisticsChart {
                title: statistics_title(&series),
                unit,
                series,
            },
            used,
        ));
    }
    charts
}

/// A figure that can sit on a time axis: a level (not a change) over a whole period.
fn is_statistic(f: &Figure) -> bool {
    f.change.is_none()
        && f.value.is_finite()
        && f.unit != Unit::Years
        && f.period.as_deref().and_then(period_place).is_some()
}

/// The name of a series: `knives`, `people (charged)`, `arrests (by month)`.
fn series_name(f: &Figure, length: Length) -> String {
    let mut name = with_category(f.item.trim(), f.category);
    match length {
        Length::Year => {}
        Length::Half => name.push_str(" (by half-year)"),
        Length::Month => name.push_str(" (by month)"),
    }
    name
}

/// The item in at most [`MAX_LABEL`] characters, and for an outcome whose item does not
/// say which (`people`, `men`), the outcome in brackets: `people (charged)`.
fn with_category(item: &str, category: Category) -> String {
    let (stems, words): (&[&str], &str) = match category {
        Category::Arrest => (&["arrest"], "arrested"),
        Category::Charge => (&["charg"], "charged"),
        Category::Conviction => (&["convict", "guilty", "jail", "sentenc"], "convicted"),
        _ => (&[], ""),
    };
    let lower = item.to_ascii_lowercase();
    if words.is_empty() || stems.iter().any(|s| lower.contains(s)) {
        short(item, MAX_LABEL)
    } else {
        let room = MAX_LABEL.saturating_sub(words.len() + 3);
        format!("{} ({words})", short(item, room))
    }
}

/// Two items name one metric when they differ only in case and spacing.
fn metric_key(item: &str) -> String {
    item.split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn unit_order(u: Unit) -> usize {
    match u {
        Unit::Count => 0,
        Unit::Percent => 1,
        Unit::Gbp => 2,
        Unit::Usd => 3,
        Unit::Eur => 4,
        Unit::Aud => 5,
        Unit::Nzd => 6,
        Unit::Cad => 7,
        Unit::Kg => 8,
        Unit::G => 9,
        Unit::Years => 10,
    }
}

/// What a chart over periods draws, by what and how often: `Lethal firearms by financial
/// year`, `Burglaries and robberies by month`, `Arrests, charges and 2 more by year`.
fn statistics_title(series: &[Series]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for s in series {
        let name = s
            .name
            .strip_suffix(" (by half-year)")
            .or_else(|| s.name.strip_suffix(" (by month)"))
            .unwrap_or(&s.name);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let what = match names.as_slice() {
        [first, second, rest @ ..] if rest.len() > 1 => {
            format!("{first}, {second} and {} more", rest.len())
        }
        _ => words_list(&names),
    };
    let lengths = |l: Length| series.iter().all(|s| s.length == l);
    let financial = series
        .iter()
        .flat_map(|s| &s.points)
        .all(|(p, _)| p.label.starts_with("FY"));
    let by = if lengths(Length::Year) && financial {
        "financial year"
    } else if lengths(Length::Year) {
        "year"
    } else if lengths(Length::Half) {
        "half-year"
    } else if lengths(Length::Month) {
        "month"
    } else {
        "period"
    };
    short(&capitalised(&format!("{what} by {by}")), MAX_TITLE)
}

/// A facts/1 period placed on a time axis in years, or `None` for shapes that are not a
/// whole year, financial year (April to March), half or month, such as date ranges and
/// years to date.
///
/// `2020` is 2020.0 to 2021.0; `FY2019/20` is 2019.25 to 2020.25; `2021-H2` is 2021.5 to
/// 2022.0; `2021-07` is 2021.5 to 2021.583.
pub fn period_place(period: &str) -> Option<PeriodPlace> {
    let year = |s: &str| -> Option<f64> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
            .map(f64::from)
    };
    if let Some(y) = year(period) {
        return Some(PeriodPlace {
            start: y,
            end: y + 1.0,
            label: period.to_string(),
        });
    }
    if let Some(rest) = period.strip_prefix("FY") {
        let (first, second) = rest.split_once('/')?;
        let y = year(first)?;
        let short_ok = second.len() == 2 && second.bytes().all(|b| b.is_ascii_digit());
        return short_ok.then(|| PeriodPlace {
            start: y + 0.25,
            end: y + 1.25,
            label: period.to_string(),
        });
    }
    let (first, second) = period.split_once('-')?;
    let y = year(first)?;
    match second {
        "H1" | "H2" => {
            let start = if second == "H1" { y } else { y + 0.5 };
            Some(PeriodPlace {
                start,
                end: start + 0.5,
                label: format!("{second} {first}"),
            })
        }
        _ if second.len() == 2 => {
            let month: usize = second.parse().ok()?;
            let name = MONTHS.get(month.checked_sub(1)?)?;
            let start = y + (month as f64 - 1.0) / 12.0;
            Some(PeriodPlace {
                start,
                end: start + 1.0 / 12.0,
                label: format!("{name} {first}"),
            })
        }
        _ => None,
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Text for `&`, `<`, `>`, `"` and `'` made safe inside XML text and attributes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A label cut to `max` characters, with an ellipsis when cut.
fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        return label.to_string();
    }
    let cut: String = label.chars().take(max.saturating_sub(1)).collect();
    format!("{}\u{2026}", cut.trim_end())
}

/// A "nice" step for an axis from 0 to `max` in about four steps: 1, 2, 2.5 or 5 times a
/// power of ten.
fn nice_step(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let rough = max / 4.0;
    // The power of ten at or below `rough`.
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power)
}

/// An axis of given labels at given places on a continuous range: the rows of a bar chart,
/// or the periods of a time axis in years. Plotters asks it for its key points (where
/// labels go) and formats each with its label.
#[derive(Clone)]
struct LabelledAxis {
    range: RangedCoordf64,
    /// Place, label and half the label's width in axis units (0 when labels cannot
    /// touch, as on rows), in order along the axis.
    ticks: Vec<(f64, String, f64)>,
}

impl LabelledAxis {
    fn new(from: f64, to: f64, mut ticks: Vec<(f64, String, f64)>) -> Self {
        sorting::sort_by(&mut ticks, |a, b| a.0.total_cmp(&b.0));
        LabelledAxis {
            range: (from..to).into(),
            ticks,
        }
    }
}

impl Ranged for LabelledAxis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.range.map(value, limit)
    }

    /// The labelled places, each far enough from the one before for the two labels not to
    /// touch (the closer one is left out), at most the hint's number. None for the light
    /// lines between labels, which these axes do not draw.
    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            return Vec::new();
        }
        let mut kept: Vec<&(f64, String, f64)> = Vec::new();
        for tick in &self.ticks {
            if kept
                .last()
                .is_none_or(|last| tick.0 - last.0 >= last.2 + tick.2)
            {
                kept.push(tick);
            }
        }
        kept.truncate(hint.max_num_points().max(1));
        kept.iter().map(|t| t.0).collect()
    }

    fn range(&self) -> Range<f64> {
        self.range.range()
    }
}

impl ValueFormatter<f64> for LabelledAxis {
    fn format_ext(&self, value: &f64) -> String {
        self.ticks
            .iter()
            .find(|t| (t.0 - value).abs() < 1e-9)
            .map(|t| t.1.clone())
            .unwrap_or_default()
    }
}

type Area<'a> = DrawingArea<Svg<'a>, Shift>;

fn font(size: f64, color: RGBColor) -> TextStyle<'static> {
    TextStyle {
        color: color.to_backend_color(),
        ..TextStyle::from((FONT, size).into_font())
    }
}

/// How wide `text` is drawn in `style`, in pixels: estimated, the same in the page and
/// natively (about 0.7 em a byte; see [`backend`]).
fn width_of(text: &str, style: &TextStyle) -> u32 {
    backend::text_size(text, style.font.get_size()).0
}

/// Draws with `paint` into a new SVG of the given height on a white background, with the
/// `source` lines (if any) under it, then names it: a `<title>` and the attributes that
/// make it an image to screen readers. Plotters' SVG backend escapes every text and
/// attribute value it writes; the title and label added here are escaped by
/// [`xml_escape`].
fn svg(
    title: &str,
    height: u32,
    source: Option<&[String]>,
    paint: impl FnOnce(&Area) -> Option<()>,
) -> Option<String> {
    let source = source.unwrap_or_default();
    let footer = if source.is_empty() {
        0
    } else {
        SOURCE_ROW * source.len() as u32 + MARGIN
    };
    let mut out = String::new();
    {
        let root = Svg::with_string(&mut out, (WIDTH, height + footer)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let (chart, below) = root.split_vertically(height);
        paint(&chart)?;
        let style = font(SOURCE_SIZE, MUTED).pos(Pos::new(HPos::Left, VPos::Top));
        for (i, line) in source.iter().enumerate() {
            let y = (SOURCE_ROW * i as u32) as i32;
            below
                .draw(&Text::new(line.as_str(), (LEGEND_LEFT, y), style.clone()))
                .ok()?;
        }
        root.present().ok()?;
    }
    let escaped = xml_escape(title);
    let end = out.find('>')?;
    let (open, rest) = out.split_at(end);
    Some(format!(
        "{open} role=\"img\" aria-label=\"{escaped}\">\n<title>{escaped}</title>{}",
        rest.get(1..).unwrap_or_default()
    ))
}

/// The source line cut into lines that fit the chart's width, at spaces.
fn wrap(text: &str) -> Vec<String> {
    let style = font(SOURCE_SIZE, MUTED);
    let room = WIDTH - 2 * LEGEND_LEFT as u32;
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width_of(&format!("{line} {word}"), &style) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(short(word, 60)),
        }
    }
    lines.truncate(4);
    lines
}

/// A legend under a chart: a dot and a name for each entry, wrapped onto rows.
/// The height it takes is [`legend_height`].
fn draw_legend(area: &Area, entries: &[(String, RGBColor)]) -> Option<()> {
    let style = font(LABEL_SIZE, TEXT).pos(Pos::new(HPos::Left, VPos::Center));
    for (x, y, (name, color)) in legend_places(area.dim_in_pixel().0, entries) {
        area.draw(&Circle::new((x + 6, y), 5, color.filled()))
            .ok()?;
        area.draw(&Text::new(name.as_str(), (x + 16, y), style.clone()))
            .ok()?;
    }
    Some(())
}

/// Where each legend entry goes in an area `width` pixels wide, from the left edge of the
/// plot, [`LEGEND_ROW`] apart.
fn legend_places(
    width: u32,
    entries: &[(String, RGBColor)],
) -> Vec<(i32, i32, &(String, RGBColor))> {
    let style = font(LABEL_SIZE, TEXT);
    let right = width as i32 - 16;
    let (mut x, mut y) = (LEGEND_LEFT, LEGEND_ROW / 2);
    let mut places = Vec::new();
    for entry in entries {
        let width = 16 + width_of(&entry.0, &style) as i32;
        if x + width > right && x > LEGEND_LEFT {
            x = LEGEND_LEFT;
            y += LEGEND_ROW;
        }
        places.push((x, y, entry));
        x += width + 20;
    }
    places
}

/// The height of the legend of `entries` across the chart's width.
fn legend_height(entries: &[(String, RGBColor)]) -> u32 {
    legend_places(WIDTH, entries)
        .last()
        .map_or(0, |(_, y, _)| (y + LEGEND_ROW / 2 + 8) as u32)
}

/// Where a legend's rows start from the left, and how far apart they are.
const LEGEND_LEFT: i32 = 16;
const LEGEND_ROW: i32 = 24;
/// The source line's size (11.3 px as written) and the height of each of its lines.
const SOURCE_SIZE: f64 = 14.0;
const SOURCE_ROW: u32 = 18;
/// The values by the points (12.1 px as written), and the height their box takes.
const VALUE_SIZE: f64 = 15.0;
const VALUE_HEIGHT: i32 = 14;
/// Each bar's row, in pixels.
const ROW: u32 = 28;
/// The caption's band, and the margin round the chart.
const CAPTION: u32 = 40;
const MARGIN: u32 = 12;

/// A bar chart of one family: one colour (items seized, or outcomes), a value at the end of
/// each bar, no legend.
fn draw_bars(chart: &BarChart, source: Option<&[String]>) -> Option<String> {
    let (title, bars) = (chart.title.as_str(), chart.bars.as_slice());
    let n = bars.len();
    let color = if chart.family == Family::Outcomes {
        OUTCOME
    } else {
        SEIZED
    };
    let label_style = font(LABEL_SIZE, TEXT);
    let values: Vec<String> = bars.iter().map(Bar::value_text).collect();
    let widest = |texts: &mut dyn Iterator<Item = &str>| {
        texts.map(|t| width_of(t, &label_style)).max().unwrap_or(0)
    };
    let label_width = widest(&mut bars.iter().map(|b| b.label.as_str()));
    let value_width = widest(&mut values.iter().map(String::as_str));
    let height = CAPTION + 2 * MARGIN + ROW * n as u32;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let max = if max > 0.0 { max } else { 1.0 };
    // Bar `i` is row `n - 1 - i` from the bottom, so the first bar is at the top.
    let row = |i: usize| (n - 1 - i) as f64;
    let rows = LabelledAxis::new(
        0.0,
        n.max(1) as f64,
        bars.iter()
            .enumerate()
            .map(|(i, b)| (row(i) + 0.5, b.label.clone(), 0.0))
            .collect(),
    );
    svg(title, height, source, |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(title, font(TITLE_SIZE, TEXT))
            .margin(MARGIN)
            .margin_right(MARGIN + value_width + 8)
            .y_label_area_size(label_width + 10)
            .build_cartesian_2d(0.0..max, rows)
            .ok()?;
        chart
            .configure_mesh()
            .disable_mesh()
            .disable_x_axis()
            .y_labels(n)
            .axis_style(GRID)
            .set_all_tick_mark_size(4)
            .label_style(label_style.clone())
            .draw()
            .ok()?;
        chart
            .draw_series(bars.iter().enumerate().map(|(i, bar)| {
                Rectangle::new(
                    [(0.0, row(i) + 0.15), (bar.value, row(i) + 0.85)],
                    color.filled(),
                )
            }))
            .ok()?;
        let value_style = label_style.pos(Pos::new(HPos::Left, VPos::Center));
        chart
            .draw_series(
                bars.iter()
                    .zip(&values)
                    .enumerate()
                    .map(|(i, (bar, value))| {
                        EmptyElement::at((bar.value, row(i) + 0.5))
                            + Text::new(value.clone(), (6, 0), value_style.clone())
                    }),
            )
            .ok()?;
        Some(())
    })
}

fn draw_statistics(chart: &StatisticsChart, source: Option<&[String]>) -> Option<String> {
    const PLOT: u32 = 220;
    // The time axis runs from the start of the first period to the end of the last.
    let places: Vec<&PeriodPlace> = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|(p, _)| p))
        .collect();
    let from = places.iter().map(|p| p.start).fold(f64::INFINITY, f64::min);
    let to = places
        .iter()
        .map(|p| p.end)
        .fold(f64::NEG_INFINITY, f64::max);
    if !(from.is_finite() && to.is_finite() && to > from) {
        return None;
    }
    let mut ticks: Vec<(f64, String, f64)> = Vec::new();
    for p in &places {
        if ticks.iter().all(|t| t.1 != p.label) {
            ticks.push((p.middle(), p.label.clone(), 0.0));
        }
    }
    let max = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|(_, v)| *v))
        .fold(0.0, f64::max);
    let step = nice_step(max);
    let steps = (max / step).ceil().max(1.0);
    let top = steps * step;
    let legend: Vec<(String, RGBColor)> = chart
        .series
        .iter()
        .zip(PALETTE.iter().cycle())
        .map(|(s, c)| (s.name.clone(), *c))
        .collect();
    let label_style = font(LABEL_SIZE, TEXT);
    let muted_style = font(LABEL_SIZE, MUTED);
    let y_labels: Vec<String> = (0..=steps as u32)
        .map(|k| format_value(f64::from(k) * step, chart.unit))
        .collect();
    let tick_widths: Vec<u32> = ticks.iter().map(|t| width_of(&t.1, &label_style)).collect();
    let y_width = y_labels
        .iter()
        .map(|t| width_of(t, &muted_style))
        .max()
        .unwrap_or(0);
    let legend_h = legend_height(&legend);
    let plot_height = CAPTION + PLOT;
    let height = plot_height + legend_h + MARGIN;
    let unit = chart.unit;
    // The last label may reach past the end of the axis by half its width.
    let right = MARGIN.max(tick_widths.iter().max().unwrap_or(&0) / 2 + 4);
    let y_area = y_width + 14;
    let periods = ticks.len();
    // How many axis units a pixel of the plot is, to keep labels apart (with 10 px
    // between two).
    let plot_width = f64::from(WIDTH.saturating_sub(MARGIN + right + y_area).max(1));
    let per_pixel = (to - from) / plot_width;
    for (tick, width) in ticks.iter_mut().zip(&tick_widths) {
        tick.2 = (f64::from(*width) / 2.0 + 5.0) * per_pixel;
    }
    svg(&chart.title, height, source, |root| {
        let (plot, below) = root.split_vertically(plot_height);
        let mut c = ChartBuilder::on(&plot)
            .caption(&chart.title, font(TITLE_SIZE, TEXT))
            .margin(MARGIN)
            .margin_right(right)
            .x_label_area_size(28)
            .y_label_area_size(y_area)
            .build_cartesian_2d(LabelledAxis::new(from, to, ticks), 0.0..top)
            .ok()?;
        let y_format = |v: &f64| format_value(*v, unit);
        c.configure_mesh()
            .disable_x_mesh()
            .x_labels(periods)
            .y_labels(steps as usize + 1)
            .y_label_formatter(&y_format)
            .max_light_lines(0)
            .bold_line_style(GRID)
            .axis_style(MUTED)
            .x_label_style(label_style.clone())
            .y_label_style(muted_style)
            .draw()
            .ok()?;
        for (s, color) in chart.series.iter().zip(PALETTE.iter().cycle()) {
            let points = s.points.iter().map(|(p, v)| (p.middle(), v.max(0.0)));
            if s.points.len() > 1 {
                c.draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
                    .ok()?;
            }
            c.draw_series(points.map(|p| Circle::new(p, 4, color.filled())))
                .ok()?;
        }
        // Each point's value, above it or else below it, where it touches no other value
        // and stays inside the plot; a value with no room is left to the figures table.
        let style = font(VALUE_SIZE, TEXT);
        let (_, ys) = c.plotting_area().get_pixel_range();
        let mut placed: Vec<Boxed> = Vec::new();
        for s in &chart.series {
            for (p, v) in &s.points {
                let text = format_value(*v, unit);
                let (x, y) = c.backend_coord(&(p.middle(), v.max(0.0)));
                let half = width_of(&text, &style) as i32 / 2 + 2;
                let spot = [y - 7 - VALUE_HEIGHT, y + 7]
                    .into_iter()
                    .map(|top| Boxed {
                        left: x - half,
                        top,
                        right: x + half,
                        bottom: top + VALUE_HEIGHT,
                    })
                    .find(|b| {
                        b.left >= 0
                            && b.right <= WIDTH as i32
                            && b.top >= ys.start
                            && b.bottom <= ys.end
                            && placed.iter().all(|o| !o.touches(b))
                    });
                if let Some(b) = spot {
                    let at = Pos::new(HPos::Center, VPos::Top);
                    plot.draw(&Text::new(text, (x, b.top), style.pos(at)))
                        .ok()?;
                    placed.push(b);
                }
            }
        }
        draw_legend(&below, &legend)
    })
}

/// A label's box in pixels.
struct Boxed {
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
}

impl Boxed {
    fn touches(&self, other: &Boxed) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

#[cfg(test)]
mod tests;
