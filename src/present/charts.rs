//! Charts of an extraction as SVG text, drawn with plotters onto a small SVG backend of
//! our own ([`SvgWriter`]).
//!
//! Two kinds: a bar chart of the items seized and the outcomes (counts only, one bar per
//! figure), and one chart over periods for each unit of the statistics (one series per
//! metric: a category and an item). Layout is done here in pixels and drawn with a few
//! plotters elements (rectangles, paths, circles, text) rather than plotters'
//! `ChartBuilder`, which keeps the wasm small and gives the period axis the shape it needs.
//! The backend writes the elements plotters' own SVG backend wrote, but with numbers
//! written by hand: plotters-svg formats font sizes and opacities with `{}`, which alone
//! kept core::fmt's float code (about 10 KB) in the wasm.
//!
//! Every string drawn comes from the release, and every text and attribute value is
//! escaped by [`xml_escape`]. Charts have a white background of their own, so their
//! colours keep their contrast (WCAG AA) in the page's light and dark themes alike.

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use crate::extract::{Category, Extraction, Figure, Group, Unit};

use super::view::format_value;

/// The title of the bar chart.
const SEIZED_AND_OUTCOMES: &str = "Items seized and outcomes";
/// The width of every chart, in SVG pixels (the page scales it down to fit).
const WIDTH: u32 = 640;
/// The charts' typeface, named by its family: a font named by text is lower-cased by
/// plotters (`FontFamily::from(&str)`), which pulls the standard library's Unicode case
/// tables into the wasm.
const FONT: FontFamily = FontFamily::SansSerif;

/// Plotters writes `font-size` as this size divided by 1.24: 13.7 px.
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
/// A statistics chart draws at most this many series (one colour each) ...
const MAX_SERIES: usize = PALETTE.len();
/// ... and at most this many periods in each; the rest are left out, which also keeps
/// the work linear in the number of figures, whatever the paste.
const MAX_POINTS: usize = 48;
/// Labels longer than this many characters are cut with an ellipsis.
const MAX_LABEL: usize = 30;

/// One bar of the seizures and outcomes chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The counted thing as the release names it.
    pub label: String,
    pub value: f64,
    pub group: Group,
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

/// The bar chart of items seized and outcomes, or `None` when there is nothing to draw.
pub fn seized_and_outcomes_svg(x: &Extraction) -> Option<String> {
    let bars = seized_and_outcomes(x);
    if bars.is_empty() {
        return None;
    }
    draw_bars(SEIZED_AND_OUTCOMES, &bars)
}

/// Every statistic with periods as a chart over them: `(title, svg)`, one per unit.
pub fn statistics_svgs(x: &Extraction) -> Vec<(String, String)> {
    statistics(x)
        .iter()
        .filter_map(|c| Some((c.title.clone(), draw_statistics(c)?)))
        .collect()
}

/// Every chart of the extraction, in the order the page shows them: `(title, svg)`.
pub fn all_svgs(x: &Extraction) -> Vec<(String, String)> {
    let mut charts = Vec::new();
    if let Some(svg) = seized_and_outcomes_svg(x) {
        charts.push((SEIZED_AND_OUTCOMES.to_string(), svg));
    }
    charts.extend(statistics_svgs(x));
    charts
}

/// A file name for a chart's title: `Items seized and outcomes` is
/// `blotter-items-seized-and-outcomes.svg`. Only ASCII letters and digits are kept.
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

/// The bars: every count of an item seized or an outcome, in the order of the text, except
/// counts that belong to a statistics chart and changes ("an increase of 12").
/// Items seized come first, then outcomes.
pub fn seized_and_outcomes(x: &Extraction) -> Vec<Bar> {
    let charted = charted_figures(x);
    let mut bars: Vec<Bar> = Vec::new();
    // One pass per group keeps the order of the text within each (and needs no sort,
    // whose code the wasm would carry).
    for group in [Group::Seized, Group::Outcome] {
        bars.extend(
            x.figures
                .iter()
                .enumerate()
                .filter(|(i, f)| {
                    f.unit == Unit::Count
                        && f.change.is_none()
                        && f.value.is_finite()
                        && f.value > 0.0
                        && f.category.group() == group
                        && charted.binary_search(i).is_err()
                })
                .take(MAX_BARS)
                .map(|(_, f)| Bar {
                    label: with_category(f.item.trim(), f.category),
                    value: f.value,
                    group,
                }),
        );
    }
    bars.truncate(MAX_BARS);
    bars
}

/// The charts over periods: figures whose period is a year, financial year, half or month,
/// grouped by unit, one series per (category, item). A chart needs two periods or more.
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
    charted.sort();
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
    by_unit.sort_by_key(|(o, _, _)| *o);
    let mut charts = Vec::new();
    for (_, unit, indices) in by_unit {
        let mut series: Vec<Series> = Vec::new();
        // The metric of each series: its item in lower case, spaces folded.
        let mut keys: Vec<String> = Vec::new();
        let mut used = Vec::new();
        for i in indices {
            let Some(f) = x.figures.get(i) else { continue };
            let Some(place) = f.period.as_deref().and_then(period_place) else {
                continue;
            };
            let key = metric_key(&f.item);
            let length = place.length();
            let full = keys.len() >= MAX_SERIES;
            let found = series
                .iter_mut()
                .zip(&keys)
                .find(|(s, k)| s.category == f.category && s.length == length && **k == key);
            let s = match found {
                Some((s, _)) => s,
                None if full => continue,
                None => {
                    keys.push(key);
                    series.push(Series {
                        name: series_name(f, length),
                        category: f.category,
                        length,
                        points: Vec::new(),
                    });
                    let Some(last) = series.last_mut() else {
                        continue;
                    };
                    last
                }
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
                used.push(i);
            }
        }
        let mut periods: Vec<&str> = Vec::new();
        for (p, _) in series.iter().flat_map(|s| &s.points) {
            if !periods.contains(&p.label.as_str()) {
                periods.push(&p.label);
            }
        }
        if periods.len() < 2 {
            continue;
        }
        charts.push((
            StatisticsChart {
                title: statistics_title(unit, &series),
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

fn statistics_title(unit: Unit, series: &[Series]) -> String {
    if let [only] = series {
        let mut name = only.name.clone();
        // `get(..1)` succeeds only on an ASCII first letter, so ASCII upper-casing is all
        // it needs (and keeps the Unicode upper-case tables, 12 KB, out of the wasm).
        if let Some(first) = name.get(..1) {
            let upper = first.to_ascii_uppercase();
            name.replace_range(..1, &upper);
        }
        return format!("{name} by period");
    }
    match unit {
        Unit::Count => "Counts by period".to_string(),
        Unit::Percent => "Percentages by period".to_string(),
        Unit::Kg | Unit::G => "Weights by period".to_string(),
        _ => "Amounts by period".to_string(),
    }
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
    // The power of ten at or below `rough`, by steps (no `powf` or `log10` in the wasm).
    let mut power = 1.0;
    while power * 10.0 <= rough {
        power *= 10.0;
    }
    while power > rough {
        power /= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power)
}

/// Roughly how wide a label is at [`LABEL_SIZE`], in pixels (about 0.55 em a character).
fn text_width(text: &str) -> i32 {
    (text.chars().count() as f64 * LABEL_SIZE / 1.24 * 0.55).round() as i32
}

/// A plotters backend that appends SVG elements to a string, as plotters' SVG backend
/// does, with every number written without float formatting (see the module's doc).
struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
}

impl SvgWriter<'_> {
    /// Appends `<tag name="value"...`, each value escaped, closed with `/>` when `empty`.
    fn open(&mut self, tag: &str, attributes: &[(&str, &str)], empty: bool) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            let _ = write!(self.out, " {name}=\"{}\"", xml_escape(value));
        }
        self.out.push_str(if empty { "/>\n" } else { ">\n" });
    }
}

/// `#RRGGBB`, upper case.
fn hex(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// A style's colour (`#RRGGBB`) and opacity, as attribute values.
fn paint(color: BackendColor) -> (String, String) {
    (hex(color), number(color.alpha))
}

/// The `fill` and `stroke` of a shape drawn in `color`: filled, or outlined.
fn fill_or_stroke(color: &str, fill: bool) -> (&str, &str) {
    if fill {
        (color, "none")
    } else {
        ("none", color)
    }
}

/// A number of pixels or an opacity, to two decimals at most: `1`, `0.5`, `13.71`.
fn number(v: f64) -> String {
    crate::extract::decimal::write_short((v * 100.0).round() / 100.0).unwrap_or_default()
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let [x, y, w, h] = [
            upper_left.0,
            upper_left.1,
            bottom_right.0 - upper_left.0,
            bottom_right.1 - upper_left.1,
        ]
        .map(|n| n.to_string());
        let (color, opacity) = paint(style.color());
        let (fill, stroke) = fill_or_stroke(&color, fill);
        let attributes = [
            ("x", x.as_str()),
            ("y", &y),
            ("width", &w),
            ("height", &h),
            ("opacity", &opacity),
            ("fill", fill),
            ("stroke", stroke),
        ];
        self.open("rect", &attributes, true);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let mut points = String::new();
        for (x, y) in path {
            let _ = write!(points, "{x},{y} ");
        }
        let (stroke, opacity) = paint(style.color());
        let width = style.stroke_width().to_string();
        let attributes = [
            ("fill", "none"),
            ("opacity", opacity.as_str()),
            ("stroke", &stroke),
            ("stroke-width", &width),
            ("points", &points),
        ];
        self.open("polyline", &attributes, true);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let [x, y, r] = [center.0, center.1, radius as i32].map(|n| n.to_string());
        let (color, opacity) = paint(style.color());
        let width = style.stroke_width().to_string();
        let (fill, stroke) = fill_or_stroke(&color, fill);
        let attributes = [
            ("cx", x.as_str()),
            ("cy", &y),
            ("r", &r),
            ("opacity", &opacity),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", &width),
        ];
        self.open("circle", &attributes, true);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let (x, y) = (pos.0.to_string(), pos.1.to_string());
        let (fill, opacity) = paint(style.color());
        let size = number(style.size() / 1.24);
        let family = style.family();
        let attributes = [
            ("x", x.as_str()),
            ("y", &y),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", &size),
            ("opacity", &opacity),
            ("fill", &fill),
        ];
        self.open("text", &attributes, false);
        let _ = writeln!(self.out, "{}\n</text>", xml_escape(text));
        Ok(())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        let em = style.size() / 1.24;
        Ok(((text.chars().count() as f64 * em * 0.55) as u32, em as u32))
    }
}

/// The drawing calls the charts make, over one drawing area.
struct Canvas<'a> {
    area: DrawingArea<SvgWriter<'a>, plotters::coord::Shift>,
}

impl Canvas<'_> {
    fn text(&self, text: &str, at: (i32, i32), size: f64, color: RGBColor, pos: Pos) -> Option<()> {
        let style = TextStyle::from((FONT, size).into_font())
            .color(&color)
            .pos(pos);
        self.area.draw(&Text::new(text, at, style)).ok()
    }

    fn rect(&self, from: (i32, i32), to: (i32, i32), color: RGBColor) -> Option<()> {
        self.area
            .draw(&Rectangle::new([from, to], color.filled()))
            .ok()
    }

    fn line(&self, points: Vec<(i32, i32)>, color: RGBColor) -> Option<()> {
        self.area
            .draw(&PathElement::new(points, Color::stroke_width(&color, 2)))
            .ok()
    }

    fn dot(&self, at: (i32, i32), color: RGBColor) -> Option<()> {
        self.area.draw(&Circle::new(at, 4, color.filled())).ok()
    }
}

/// Draws with `paint` into a new SVG of the given height, on a white background under a
/// title, with a `<title>` and the attributes that make it an image to screen readers.
fn svg(title: &str, height: u32, paint: impl FnOnce(&Canvas) -> Option<()>) -> Option<String> {
    let escaped = xml_escape(title);
    let mut out = format!(
        "<svg width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{escaped}\">\
         <title>{escaped}</title>\n"
    );
    {
        let writer = SvgWriter {
            out: &mut out,
            size: (WIDTH, height),
        };
        let canvas = Canvas {
            area: writer.into_drawing_area(),
        };
        canvas.area.fill(&WHITE).ok()?;
        canvas.text(
            title,
            (16, 14),
            TITLE_SIZE,
            TEXT,
            Pos::new(HPos::Left, VPos::Top),
        )?;
        paint(&canvas)?;
        canvas.area.present().ok()?;
    }
    out.push_str("</svg>\n");
    Some(out)
}

fn draw_bars(title: &str, bars: &[Bar]) -> Option<String> {
    const TOP: i32 = 48;
    const ROW: i32 = 28;
    const LABEL_RIGHT: i32 = 236;
    const BAR_LEFT: i32 = 244;
    const BAR_RIGHT: i32 = 560;
    let rows = bars.len() as i32;
    let legend_y = TOP + rows * ROW + 20;
    let height = (legend_y + 24) as u32;
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    svg(title, height, |c| {
        c.rect((BAR_LEFT, TOP - 6), (BAR_LEFT + 1, TOP + rows * ROW), GRID)?;
        for (i, bar) in bars.iter().enumerate() {
            let y = TOP + i as i32 * ROW;
            let color = if bar.group == Group::Seized {
                SEIZED
            } else {
                OUTCOME
            };
            let length = if max > 0.0 {
                ((bar.value / max) * f64::from(BAR_RIGHT - BAR_LEFT)).round() as i32
            } else {
                0
            };
            let middle = y + ROW / 2 - 2;
            c.text(
                &bar.label,
                (LABEL_RIGHT, middle),
                LABEL_SIZE,
                TEXT,
                Pos::new(HPos::Right, VPos::Center),
            )?;
            c.rect(
                (BAR_LEFT, y + 2),
                (BAR_LEFT + length.max(2), y + ROW - 6),
                color,
            )?;
            c.text(
                &format_value(bar.value, Unit::Count),
                (BAR_LEFT + length.max(2) + 6, middle),
                LABEL_SIZE,
                TEXT,
                Pos::new(HPos::Left, VPos::Center),
            )?;
        }
        let mut x = BAR_LEFT;
        for (group, name, color) in [
            (Group::Seized, "Seized", SEIZED),
            (Group::Outcome, "Outcome", OUTCOME),
        ] {
            if bars.iter().any(|b| b.group == group) {
                c.dot((x + 5, legend_y), color)?;
                c.text(
                    name,
                    (x + 14, legend_y),
                    LABEL_SIZE,
                    TEXT,
                    Pos::new(HPos::Left, VPos::Center),
                )?;
                x += 28 + text_width(name);
            }
        }
        Some(())
    })
}

fn draw_statistics(chart: &StatisticsChart) -> Option<String> {
    const LEFT: i32 = 84;
    const RIGHT: i32 = WIDTH as i32 - 24;
    const TOP: i32 = 52;
    const PLOT_HEIGHT: i32 = 220;
    let bottom = TOP + PLOT_HEIGHT;

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
    let x_of = |t: f64| LEFT + ((t - from) / (to - from) * f64::from(RIGHT - LEFT)).round() as i32;

    let max = chart
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|(_, v)| *v))
        .fold(0.0, f64::max);
    let step = nice_step(max);
    let top_value = (max / step).ceil().max(1.0) * step;
    let y_of = |v: f64| bottom - ((v.max(0.0) / top_value) * f64::from(PLOT_HEIGHT)).round() as i32;

    // Period labels under the axis, on a second row when they would touch the one before.
    let mut ticks: Vec<(i32, String)> = Vec::new();
    for p in &places {
        if ticks.iter().all(|t| t.1 != p.label) {
            let x = x_of(p.middle());
            let at = ticks.iter().position(|t| t.0 > x).unwrap_or(ticks.len());
            ticks.insert(at, (x, p.label.clone()));
        }
    }
    let mut rows_end = [i32::MIN; 3];
    let mut placed = Vec::new();
    for (x, label) in ticks {
        let half = text_width(&label) / 2 + 6;
        let row = (0..rows_end.len())
            .find(|&r| x - half >= rows_end[r])
            .unwrap_or_else(|| {
                (0..rows_end.len())
                    .min_by_key(|&r| rows_end[r])
                    .unwrap_or(0)
            });
        if let Some(end) = rows_end.get_mut(row) {
            *end = x + half;
        }
        placed.push((x, label, row as i32));
    }
    let label_rows = placed.iter().map(|p| p.2).max().unwrap_or(0) + 1;

    // The legend: one entry per series, wrapped onto as many rows as it needs.
    let legend_top = bottom + 20 + label_rows * 18 + 18;
    let mut legend = Vec::new();
    let (mut lx, mut ly) = (LEFT, legend_top);
    for (i, s) in chart.series.iter().enumerate() {
        let name = s.name.clone();
        let width = 24 + text_width(&name);
        if lx + width > RIGHT && lx > LEFT {
            lx = LEFT;
            ly += 22;
        }
        legend.push((lx, ly, name, i));
        lx += width + 16;
    }
    let height = (ly + 24) as u32;

    svg(&chart.title, height, |c| {
        for k in 0..=((top_value / step).round() as i32) {
            let v = f64::from(k) * step;
            let y = y_of(v);
            c.rect((LEFT, y), (RIGHT, y + 1), GRID)?;
            c.text(
                &format_value(v, chart.unit),
                (LEFT - 8, y),
                LABEL_SIZE,
                MUTED,
                Pos::new(HPos::Right, VPos::Center),
            )?;
        }
        for (x, label, row) in &placed {
            c.rect((*x, bottom), (*x + 1, bottom + 5), MUTED)?;
            c.text(
                label,
                (*x, bottom + 8 + row * 18),
                LABEL_SIZE,
                TEXT,
                Pos::new(HPos::Center, VPos::Top),
            )?;
        }
        for (i, s) in chart.series.iter().enumerate() {
            let color = PALETTE[i % PALETTE.len()];
            let points: Vec<(i32, i32)> = s
                .points
                .iter()
                .map(|(p, v)| (x_of(p.middle()), y_of(*v)))
                .collect();
            if points.len() > 1 {
                c.line(points.clone(), color)?;
            }
            for p in points {
                c.dot(p, color)?;
            }
        }
        for (x, y, name, i) in &legend {
            c.dot((*x + 6, *y), PALETTE[i % PALETTE.len()])?;
            c.text(
                name,
                (*x + 16, *y),
                LABEL_SIZE,
                TEXT,
                Pos::new(HPos::Left, VPos::Center),
            )?;
        }
        Some(())
    })
}

#[cfg(test)]
mod tests;
