//! Tests of the charts: what is drawn for which figures, and the SVG that comes out.

use super::*;
use crate::extract::{extract, Change, Figure, Options, Qualifier, Source};

fn figure(category: Category, value: f64, unit: Unit, item: &str, period: Option<&str>) -> Figure {
    Figure {
        category,
        value,
        unit,
        item: item.to_string(),
        qualifier: Qualifier::Exact,
        period: period.map(str::to_string),
        change: None,
        value_certainty: Default::default(),
        period_certainty: Default::default(),
        source: Source::default(),
    }
}

fn with(figures: Vec<Figure>) -> Extraction {
    Extraction {
        figures,
        ..Extraction::default()
    }
}

/// The labels of every bar chart, chart by chart.
fn bar_labels(x: &Extraction) -> Vec<Vec<String>> {
    bar_charts(x)
        .into_iter()
        .map(|c| c.bars.into_iter().map(|b| b.label).collect())
        .collect()
}

/// The only bar chart's SVG.
fn only_bar_svg(x: &Extraction) -> String {
    let mut svgs = bar_svgs(x);
    assert_eq!(svgs.len(), 1, "{:?}", bar_charts(x));
    svgs.remove(0).1
}

/// The number of times `needle` occurs in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// The number of `<rect>` elements filled with `color`.
fn rects(svg: &str, color: &str) -> usize {
    let fill = format!("fill=\"{color}\"");
    svg.split("<rect")
        .skip(1)
        .filter(|r| {
            r.split('>')
                .next()
                .is_some_and(|attrs| attrs.contains(&fill))
        })
        .count()
}

/// The number of series lines: polylines two pixels wide (grid lines and axes are one).
fn lines(svg: &str) -> usize {
    svg.split("<polyline")
        .skip(1)
        .filter(|l| {
            l.split('>')
                .next()
                .is_some_and(|attrs| attrs.contains("stroke-width=\"2\""))
        })
        .count()
}

/// The texts of the SVG's `<text>` elements, trimmed.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = t.split_once('>')?.1;
            Some(body.split_once("</text>")?.0.trim().to_string())
        })
        .collect()
}

#[test]
fn nothing_to_draw_gives_no_charts() {
    let empty = Extraction::default();
    assert!(bar_svgs(&empty).is_empty());
    assert!(statistics_svgs(&empty).is_empty());
    let only_people = extract(
        "Inspector Ada Quill said: \"We thank everyone who came forward.\"",
        &Options::default(),
    );
    assert!(bar_svgs(&only_people).is_empty());
    assert!(statistics_svgs(&only_people).is_empty());
}

#[test]
fn one_bar_per_count_of_items_seized_and_outcomes() {
    let x = with(vec![
        figure(Category::Knife, 9.0, Unit::Count, "knives", None),
        figure(Category::Arrest, 14.0, Unit::Count, "people arrested", None),
        figure(Category::Cash, 7250.0, Unit::Gbp, "cash", None),
        figure(Category::Activity, 30.0, Unit::Count, "homes visited", None),
        figure(Category::Drugs, 2.5, Unit::Kg, "cannabis", None),
    ]);
    assert_eq!(
        bar_labels(&x),
        [["knives"], ["people arrested"]],
        "counts only, seized and outcomes apart"
    );
    let svgs = bar_svgs(&x);
    let titles: Vec<&str> = svgs.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(titles, ["Weapons seized", "Arrests"]);
    let (seized, outcomes) = (&svgs[0].1, &svgs[1].1);
    assert!(seized.starts_with("<svg"), "{seized}");
    assert_eq!(rects(seized, "#8A3B12"), 1, "one seized bar");
    assert_eq!(rects(outcomes, "#1F4E8C"), 1, "one outcome bar");
    let t = texts(seized);
    for want in ["Weapons seized", "knives", "9"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
    let t = texts(outcomes);
    for want in ["Arrests", "people arrested", "14"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
    assert!(
        !svgs.iter().any(|(_, svg)| svg.contains("7,250")),
        "money is not drawn with counts"
    );
    assert!(seized.contains("font-family=\"sans-serif\""));
    assert!(seized.contains("<title>Weapons seized</title>"));
    assert!(seized.contains("role=\"img\""));
}

#[test]
fn knives_drugs_and_arrests_are_never_on_one_scale() {
    let x = with(vec![
        figure(Category::Knife, 6.0, Unit::Count, "knives", None),
        figure(Category::Drugs, 85.0, Unit::Count, "wraps of heroin", None),
        figure(Category::Arrest, 11.0, Unit::Count, "arrests", None),
        figure(Category::Charge, 4.0, Unit::Count, "people", None),
        figure(Category::Ammunition, 250.0, Unit::Count, "rounds", None),
        figure(Category::Firearm, 2.0, Unit::Count, "shotguns", None),
        figure(Category::Vehicle, 3.0, Unit::Count, "cars", None),
    ]);
    let charts = bar_charts(&x);
    let titles: Vec<&str> = charts.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Weapons seized",
            "Ammunition seized",
            "Drugs seized",
            "Vehicles seized",
            "Arrests and charges"
        ]
    );
    assert_eq!(
        bar_labels(&x),
        vec![
            vec!["knives", "shotguns"],
            vec!["rounds"],
            vec!["wraps of heroin"],
            vec!["cars"],
            vec!["arrests", "people (charged)"],
        ]
    );
    assert_eq!(bar_svgs(&x).len(), 5);
}

#[test]
fn counts_of_other_periods_are_charted_apart() {
    let x = with(vec![
        figure(Category::Knife, 6.0, Unit::Count, "knives", None),
        figure(
            Category::Knife,
            212.0,
            Unit::Count,
            "blades",
            Some("2021-H1"),
        ),
        figure(
            Category::Arrest,
            40.0,
            Unit::Count,
            "arrests",
            Some("2019-05"),
        ),
    ]);
    let charts = bar_charts(&x);
    let titles: Vec<&str> = charts.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Weapons seized",
            "Weapons seized, first half of 2021",
            "Arrests, May 2019"
        ],
        "this period's counts first, an earlier total in a chart of its own"
    );
    assert_eq!(charts[1].period.as_deref(), Some("2021-H1"));
}

#[test]
fn a_total_is_not_drawn_beside_its_parts() {
    let x = with(vec![
        figure(Category::Firearm, 3.0, Unit::Count, "firearms", None),
        figure(Category::Firearm, 1.0, Unit::Count, "pistol", None),
        figure(Category::Firearm, 1.0, Unit::Count, "shotgun", None),
        figure(Category::Firearm, 1.0, Unit::Count, "revolver", None),
        figure(Category::Knife, 5.0, Unit::Count, "knives", None),
        figure(Category::Arrest, 380.0, Unit::Count, "arrests", None),
        figure(Category::Arrest, 9.0, Unit::Count, "arrests", None),
        figure(Category::Charge, 7.0, Unit::Count, "people", None),
    ]);
    let charts = bar_charts(&x);
    assert_eq!(
        bar_labels(&x),
        vec![
            vec!["firearms", "knives"],
            vec!["arrests", "people (charged)"]
        ],
        "the parts of 3 firearms and the 9 arrests inside 380 are left out"
    );
    assert_eq!(charts[1].bars[0].value, 380.0, "the total is kept");
    assert_eq!(
        charts.iter().map(|c| c.left_out).collect::<Vec<_>>(),
        [3, 1]
    );
}

#[test]
fn separate_counts_of_one_kind_are_all_drawn() {
    let x = with(vec![
        figure(Category::Knife, 2.0, Unit::Count, "machetes", None),
        figure(Category::Knife, 2.0, Unit::Count, "kitchen knives", None),
        figure(Category::Knife, 3.0, Unit::Count, "lock knives", None),
    ]);
    assert_eq!(
        bar_labels(&x),
        [["machetes", "kitchen knives", "lock knives"]],
        "3 is less than 2 + 2, so these are not one count and its parts"
    );
}

#[test]
fn a_rough_count_beside_an_exact_one_is_left_out() {
    let mut rough = figure(Category::Knife, 300.0, Unit::Count, "weapons", None);
    rough.qualifier = Qualifier::MoreThan;
    let mut about = figure(Category::Arrest, 50.0, Unit::Count, "arrests", None);
    about.qualifier = Qualifier::About;
    let x = with(vec![
        rough.clone(),
        figure(Category::Knife, 312.0, Unit::Count, "knives", None),
        about,
    ]);
    let charts = bar_charts(&x);
    assert_eq!(bar_labels(&x), [["knives"], ["arrests"]]);
    assert_eq!(
        charts[1].bars[0].value_text(),
        "about 50",
        "a rough count alone is drawn, and says it is rough"
    );
    let svg = bar_svgs(&with(vec![rough])).remove(0).1;
    assert!(texts(&svg).iter().any(|t| t == "more than 300"), "{svg}");
}

#[test]
fn changes_and_money_alone_draw_no_bar_chart() {
    let mut rise = figure(Category::Arrest, 12.0, Unit::Count, "arrests", None);
    rise.change = Some(Change::Increase);
    let x = with(vec![
        rise,
        figure(Category::Cash, 500.0, Unit::Gbp, "cash", None),
    ]);
    assert!(bar_svgs(&x).is_empty());
}

#[test]
fn text_from_the_release_is_escaped_in_the_svg() {
    let item = "<script>alert(1)</script> & 'knives'";
    let x = with(vec![
        figure(Category::Knife, 3.0, Unit::Count, item, None),
        figure(Category::Incident, 40.0, Unit::Count, item, Some("2022")),
        figure(Category::Incident, 35.0, Unit::Count, item, Some("2023")),
    ]);
    let bars = only_bar_svg(&x);
    let (title, stats) = statistics_svgs(&x)
        .into_iter()
        .next()
        .expect("a statistics chart");
    assert!(
        title.starts_with("<script>"),
        "the title is plain text: {title}"
    );
    for svg in [bars, stats] {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
        assert!(!svg.contains("&amp;lt;"), "escaped once, not twice: {svg}");
        assert!(!svg.contains("'knives'"), "{svg}");
    }
}

#[test]
fn periods_sit_on_one_time_axis() {
    let cases = [
        ("2020", 2020.0, 2021.0, "2020"),
        ("FY2019/20", 2019.25, 2020.25, "FY2019/20"),
        ("2021-H1", 2021.0, 2021.5, "H1 2021"),
        ("2021-H2", 2021.5, 2022.0, "H2 2021"),
        ("2021-07", 2021.5, 2021.5 + 1.0 / 12.0, "Jul 2021"),
    ];
    for (period, start, end, label) in cases {
        let p = period_place(period).expect(period);
        assert!(
            (p.start - start).abs() < 1e-9 && (p.end - end).abs() < 1e-9,
            "{period}: {p:?}"
        );
        assert_eq!(p.label, label);
    }
    for not_on_axis in [
        "2016-YTD",
        "2020-11-09/2020-11-15",
        "FY20/21",
        "2021-13",
        "20x1",
        "",
        "2021-H3",
    ] {
        assert_eq!(period_place(not_on_axis), None, "{not_on_axis}");
    }
}

#[test]
fn financial_and_calendar_years_are_ordered_on_one_axis() {
    let x = with(vec![
        figure(
            Category::Incident,
            612.0,
            Unit::Count,
            "knife crime offences",
            Some("FY2024/25"),
        ),
        figure(
            Category::Incident,
            745.0,
            Unit::Count,
            "knife crime offences",
            Some("FY2021/22"),
        ),
        figure(
            Category::Arrest,
            301.0,
            Unit::Count,
            "arrests",
            Some("2023"),
        ),
        figure(
            Category::Arrest,
            254.0,
            Unit::Count,
            "arrests",
            Some("2022"),
        ),
        figure(Category::Rate, 12.5, Unit::Percent, "solved", Some("2022")),
        figure(Category::Rate, 14.0, Unit::Percent, "solved", Some("2023")),
    ]);
    let charts = statistics(&x);
    assert_eq!(charts.len(), 2, "counts and percentages apart: {charts:?}");
    assert_eq!(charts[0].unit, Unit::Count);
    assert_eq!(charts[0].title, "Knife crime offences and arrests by year");
    let names: Vec<&str> = charts[0].series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["knife crime offences", "arrests"]);
    let periods: Vec<&str> = charts[0].series[0]
        .points
        .iter()
        .map(|(p, _)| p.label.as_str())
        .collect();
    assert_eq!(periods, ["FY2021/22", "FY2024/25"], "in time order");
    assert_eq!(charts[1].title, "Solved by year");
    assert_eq!(charts[1].unit, Unit::Percent);

    let svgs = statistics_svgs(&x);
    assert_eq!(svgs.len(), 2);
    let (title, counts) = &svgs[0];
    assert_eq!(title, "Knife crime offences and arrests by year");
    assert_eq!(lines(counts), 2, "one line per series");
    let t = texts(counts);
    for want in [
        "FY2021/22",
        "FY2024/25",
        "2022",
        "2023",
        "knife crime offences",
        "arrests",
        "0",
    ] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
    // The axis goes left to right in time: FY2021/22 (from April 2021) before 2022.
    let x_of = |label: &str| -> i32 {
        let at = counts.find(&format!(">\n{label}\n</text>")).expect(label);
        let open = counts[..at].rfind("<text").expect("a text element");
        let attrs = &counts[open..at];
        let x = attrs
            .split("x=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("an x");
        x.parse().expect("a number")
    };
    assert!(x_of("FY2021/22") < x_of("2022"));
    assert!(x_of("2022") < x_of("2023"));
    assert!(x_of("2023") < x_of("FY2024/25"));
    let percent = &svgs[1].1;
    assert!(
        texts(percent).iter().any(|s| s.ends_with('%')),
        "a percentage axis"
    );
}

#[test]
fn a_single_period_draws_no_statistics_chart_and_stays_a_bar() {
    let x = with(vec![figure(
        Category::Arrest,
        30.0,
        Unit::Count,
        "arrests",
        Some("2024"),
    )]);
    assert!(statistics_svgs(&x).is_empty());
    assert_eq!(
        bar_labels(&x),
        [["arrests"]],
        "a count of one year is a bar"
    );
}

#[test]
fn counts_over_periods_are_not_drawn_again_as_bars() {
    let x = with(vec![
        figure(
            Category::Arrest,
            301.0,
            Unit::Count,
            "arrests",
            Some("FY2024/25"),
        ),
        figure(
            Category::Arrest,
            254.0,
            Unit::Count,
            "arrests",
            Some("FY2022/23"),
        ),
        figure(Category::Knife, 9.0, Unit::Count, "knives", None),
    ]);
    assert_eq!(bar_labels(&x), [["knives"]]);
}

#[test]
fn a_metric_is_its_category_and_item_and_each_period_counts_once() {
    let x = with(vec![
        figure(
            Category::Incident,
            10.0,
            Unit::Count,
            "Burglaries",
            Some("2021"),
        ),
        figure(
            Category::Incident,
            11.0,
            Unit::Count,
            "burglaries",
            Some("2022"),
        ),
        figure(
            Category::Incident,
            99.0,
            Unit::Count,
            "burglaries",
            Some("2022"),
        ),
        figure(
            Category::Arrest,
            5.0,
            Unit::Count,
            "burglaries",
            Some("2022"),
        ),
    ]);
    let chart = statistics(&x).into_iter().next().expect("a chart");
    assert_eq!(chart.series.len(), 2);
    let values: Vec<f64> = chart.series[0].points.iter().map(|(_, v)| *v).collect();
    assert_eq!(values, [10.0, 11.0], "the first statement of a period wins");
}

#[test]
fn long_item_names_are_cut_in_the_chart() {
    let long = "rounds of ammunition recovered from a lock-up garage behind the flats";
    let x = with(vec![figure(
        Category::Ammunition,
        120.0,
        Unit::Count,
        long,
        None,
    )]);
    let svg = only_bar_svg(&x);
    assert!(!svg.contains(long));
    assert!(texts(&svg)
        .iter()
        .any(|t| t.starts_with("rounds of ammunition") && t.ends_with('\u{2026}')));
}

#[test]
fn whole_releases_draw_their_charts() {
    let sweep = extract(
        include_str!("../../../tests/fixtures/moorland_sweep.txt"),
        &Options::default(),
    );
    let svgs = bar_svgs(&sweep);
    assert!(
        svgs.iter()
            .any(|(_, svg)| texts(svg).iter().any(|s| s == "knives")),
        "{svgs:?}"
    );
    assert!(statistics_svgs(&sweep).is_empty(), "no periods to compare");

    let stats = extract(
        include_str!("../../../tests/fixtures/county_statistics.txt"),
        &Options::default(),
    );
    let svgs = statistics_svgs(&stats);
    assert_eq!(svgs.len(), 1, "{:?}", statistics(&stats));
    let t = texts(&svgs[0].1);
    for want in ["FY2021/22", "FY2022/23", "FY2023/24"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
}

#[test]
fn nice_steps_are_round_numbers() {
    assert_eq!(nice_step(745.0), 200.0);
    assert_eq!(nice_step(10.0), 2.5);
    assert_eq!(nice_step(3.0), 1.0);
    assert_eq!(nice_step(0.0), 1.0);
    assert_eq!(nice_step(f64::NAN), 1.0);
}

#[test]
fn a_month_is_never_joined_to_a_year() {
    let x = with(vec![
        figure(
            Category::Arrest,
            301.0,
            Unit::Count,
            "arrests",
            Some("2023"),
        ),
        figure(
            Category::Arrest,
            254.0,
            Unit::Count,
            "arrests",
            Some("2022"),
        ),
        figure(
            Category::Arrest,
            40.0,
            Unit::Count,
            "arrests",
            Some("2023-07"),
        ),
        figure(
            Category::Arrest,
            31.0,
            Unit::Count,
            "arrests",
            Some("2023-08"),
        ),
        figure(
            Category::Arrest,
            120.0,
            Unit::Count,
            "arrests",
            Some("2023-H1"),
        ),
    ]);
    let chart = statistics(&x).into_iter().next().expect("a chart");
    let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["arrests", "arrests (by month)", "arrests (by half-year)"]
    );
    let svg = draw_statistics(&chart, None).expect("drawn");
    assert_eq!(lines(&svg), 2, "the half-year is a lone point");
    // Months a twelfth of the axis apart cannot all be labelled: labels that would touch
    // are left out (`no_label_runs_past_the_edge_of_a_chart` checks none overlap).
    let t = texts(&svg);
    for want in ["2022", "H1 2023", "Aug 2023"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
}

#[test]
fn an_outcome_says_which_when_its_item_does_not() {
    let x = with(vec![
        figure(Category::Charge, 11.0, Unit::Count, "people", None),
        figure(Category::Arrest, 14.0, Unit::Count, "arrests", None),
        figure(Category::Conviction, 3.0, Unit::Count, "men", None),
        figure(Category::Vehicle, 2.0, Unit::Count, "cars", None),
    ]);
    assert_eq!(
        bar_labels(&x),
        vec![
            vec!["cars"],
            vec!["people (charged)", "arrests", "men (convicted)"]
        ],
        "seized first"
    );
}

#[test]
fn the_page_lists_the_bars_first_and_names_files_safely() {
    let x = with(vec![
        figure(Category::Knife, 3.0, Unit::Count, "knives", None),
        figure(
            Category::Incident,
            40.0,
            Unit::Count,
            "robberies",
            Some("2022"),
        ),
        figure(
            Category::Incident,
            35.0,
            Unit::Count,
            "robberies",
            Some("2023"),
        ),
    ]);
    let titles: Vec<String> = all_svgs(&x).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles, ["Weapons seized", "Robberies by year"]);
    assert_eq!(
        file_name("Weapons seized, first half of 2021"),
        "blotter-weapons-seized-first-half-of-2021.svg"
    );
    assert_eq!(
        file_name("<script>/../x by period"),
        "blotter-script-x-by-period.svg"
    );
    assert_eq!(file_name(""), "blotter.svg");
    assert!(all_svgs(&Extraction::default()).is_empty());
}

#[test]
fn many_figures_are_drawn_within_bounds_and_quickly() {
    let mut figures = Vec::new();
    for i in 0..20_000u32 {
        let item = format!("offences of kind {}", i % 500);
        let year = 1900 + (i / 500) % 100;
        figures.push(figure(
            Category::Incident,
            f64::from(i),
            Unit::Count,
            &item,
            Some(&year.to_string()),
        ));
        figures.push(figure(
            Category::Knife,
            1.0,
            Unit::Count,
            &format!("knives {i}"),
            None,
        ));
    }
    let x = with(figures);
    let started = std::time::Instant::now();
    let charts = statistics(&x);
    assert_eq!(charts.len(), 1);
    assert_eq!(charts[0].series.len(), MAX_SERIES);
    assert!(charts[0]
        .series
        .iter()
        .all(|s| s.points.len() <= MAX_POINTS));
    assert_eq!(all_svgs(&x).len(), 2);
    let bars = bar_charts(&x);
    assert_eq!(bars.len(), 1);
    assert_eq!(bars[0].bars.len(), MAX_BARS);
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

/// Text is drawn in a sans-serif face no smaller than 12 px, where every label stays
/// readable when the chart is shown at its own width.
#[test]
fn text_is_drawn_at_a_readable_size() {
    let x = with(vec![
        figure(Category::Knife, 3.0, Unit::Count, "knives", None),
        figure(
            Category::Incident,
            40.0,
            Unit::Count,
            "thefts",
            Some("2022"),
        ),
        figure(
            Category::Incident,
            35.0,
            Unit::Count,
            "thefts",
            Some("2023"),
        ),
    ]);
    for (title, svg) in all_svgs(&x) {
        let sizes: Vec<f64> = svg
            .split("font-size=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(sizes.len(), count(&svg, "<text"), "{title}: {svg}");
        assert!(sizes.iter().all(|s| *s >= 12.0), "{title}: {sizes:?}");
        assert_eq!(
            count(&svg, "font-family=\"sans-serif\""),
            sizes.len(),
            "{title}"
        );
    }
}

/// The `fill` and `stroke` colours of every element, as plotters writes them (`#RRGGBB`).
fn colours(svg: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for property in ["fill", "stroke"] {
        for part in svg.split(&format!(" {property}=\"")).skip(1) {
            let value = part.split('"').next().unwrap_or_default();
            let pair = (property.to_string(), value.to_string());
            if value.starts_with('#') && !found.contains(&pair) {
                found.push(pair);
            }
        }
    }
    found
}

/// Figures that draw every kind of chart, with more series than there are colours.
fn every_kind_of_chart() -> Extraction {
    let mut figures = vec![
        figure(Category::Knife, 3.0, Unit::Count, "knives", None),
        figure(Category::Arrest, 5.0, Unit::Count, "arrests", None),
        figure(Category::Rate, 12.0, Unit::Percent, "solved", Some("2022")),
        figure(Category::Rate, 14.0, Unit::Percent, "solved", Some("2023")),
    ];
    for i in 0..MAX_SERIES {
        for (year, value) in [("2021", 10.0), ("2022", 20.0)] {
            let item = format!("offences of kind {i}");
            let v = value + i as f64;
            figures.push(figure(
                Category::Incident,
                v,
                Unit::Count,
                &item,
                Some(year),
            ));
        }
    }
    with(figures)
}

#[test]
fn every_colour_drawn_has_its_dark_theme_rule_in_the_stylesheet() {
    let css = include_str!("../../../styles/app.css");
    let charts = all_svgs(&every_kind_of_chart());
    assert!(charts.len() >= 3, "{charts:?}");
    let mut seen = 0;
    for (title, svg) in &charts {
        for (property, colour) in colours(svg) {
            let rule = format!(".chart svg [{property}=\"{colour}\" i] {{ {property}: ");
            assert!(css.contains(&rule), "{title}: no rule {rule}");
            seen += 1;
        }
    }
    assert!(
        seen > MAX_SERIES,
        "the series' colours were checked: {seen}"
    );
}

/// Where a text's ink runs from and to, by the estimate plotters makes without fonts
/// (0.7 em a character, the em being the written size over 1.24).
fn text_extent(attrs: &str, text: &str) -> Option<(f64, f64)> {
    let attr = |name: &str| -> Option<&str> {
        attrs
            .split(&format!(" {name}=\""))
            .nth(1)?
            .split('"')
            .next()
    };
    let x: f64 = attr("x")?.parse().ok()?;
    let size: f64 = attr("font-size")?.parse().ok()?;
    let width = text.chars().count() as f64 * 0.7 * size / 1.24;
    Some(match attr("text-anchor")? {
        "start" => (x, x + width),
        "end" => (x - width, x),
        _ => (x - width / 2.0, x + width / 2.0),
    })
}

#[test]
fn no_label_runs_past_the_edge_of_a_chart() {
    let long = "arrested in connection with the burglaries";
    let mut x = every_kind_of_chart();
    x.figures.push(figure(
        Category::Knife,
        1_234_567.0,
        Unit::Count,
        long,
        None,
    ));
    for month in 1..=12 {
        let period = format!("2023-{month:02}");
        x.figures.push(figure(
            Category::Arrest,
            9.0,
            Unit::Count,
            "arrests",
            Some(&period),
        ));
    }
    let source = "Source: Northern Fells and Upper Dale Constabulary press release, Operation \
                  Wintergreen Harbour, published 30 September 2025. Charted by Blotter.";
    let mut drawn = Vec::new();
    for chart in charts(&x) {
        let file = chart.file_svg(source).expect("a file");
        drawn.push((chart.title.clone(), chart.svg));
        drawn.push((chart.title, file));
    }
    for (title, svg) in drawn {
        let width: f64 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|v| v.split(' ').next())
            .and_then(|w| w.parse().ok())
            .expect("a viewBox");
        let mut placed: Vec<(String, f64, f64, String)> = Vec::new();
        for t in svg.split("<text").skip(1) {
            let (attrs, rest) = t.split_once('>').expect("a text element");
            let text = rest.split("</text>").next().unwrap_or_default().trim();
            let text = text.replace("&amp;", "&").replace("&lt;", "<");
            let (from, to) = text_extent(attrs, &text).expect("a placed text");
            assert!(
                from >= 0.0 && to <= width,
                "{title}: {text:?} runs from {from} to {to} of {width}"
            );
            let y = attrs.split(" y=\"").nth(1).unwrap_or_default();
            let y = y.split('"').next().unwrap_or_default().to_string();
            for (other, a, b, _) in placed.iter().filter(|p| p.3 == y) {
                assert!(
                    to <= *a || from >= *b,
                    "{title}: {text:?} ({from}..{to}) overlaps {other:?} ({a}..{b})"
                );
            }
            placed.push((text, from, to, y));
        }
    }
}

#[test]
fn a_lone_period_of_another_metric_is_a_bar_not_a_point() {
    let x = with(vec![
        figure(
            Category::Incident,
            410.0,
            Unit::Count,
            "burglaries",
            Some("2021"),
        ),
        figure(
            Category::Incident,
            388.0,
            Unit::Count,
            "burglaries",
            Some("2022"),
        ),
        figure(
            Category::Incident,
            201.0,
            Unit::Count,
            "burglaries",
            Some("2023-H1"),
        ),
        figure(
            Category::Knife,
            37.0,
            Unit::Count,
            "knives",
            Some("2023-H1"),
        ),
    ]);
    let charts = statistics(&x);
    let names: Vec<&str> = charts[0].series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["burglaries", "burglaries (by half-year)"],
        "a half-year beside the years of its own metric stays"
    );
    let bars = bar_charts(&x);
    assert_eq!(bars.len(), 1);
    assert_eq!(bars[0].title, "Weapons seized, first half of 2023");
}

#[test]
fn a_title_says_what_is_drawn_and_how_often() {
    let title = |figures: Vec<Figure>| -> String {
        let charts = statistics(&with(figures));
        assert_eq!(charts.len(), 1, "{charts:?}");
        charts[0].title.clone()
    };
    let f = |c: Category, v: f64, item: &str, p: &str| figure(c, v, Unit::Count, item, Some(p));
    assert_eq!(
        title(vec![
            f(Category::Firearm, 91.0, "firearms recovered", "FY2020/21"),
            f(Category::Firearm, 77.0, "firearms recovered", "FY2021/22"),
        ]),
        "Firearms recovered by financial year"
    );
    assert_eq!(
        title(vec![
            f(Category::Incident, 30.0, "burglaries", "2022-03"),
            f(Category::Incident, 26.0, "burglaries", "2022-04"),
            f(Category::Incident, 12.0, "robberies", "2022-04"),
            f(Category::Incident, 15.0, "robberies", "2022-05"),
        ]),
        "Burglaries and robberies by month"
    );
    let many: Vec<Figure> = ["thefts", "assaults", "burglaries", "robberies"]
        .iter()
        .flat_map(|item| {
            [
                f(Category::Incident, 5.0, item, "2021"),
                f(Category::Incident, 6.0, item, "2022"),
            ]
        })
        .collect();
    assert_eq!(title(many), "Thefts, assaults and 2 more by year");
    assert_eq!(
        title(vec![
            f(Category::Arrest, 40.0, "arrests", "2021"),
            f(Category::Arrest, 44.0, "arrests", "2022"),
            f(Category::Arrest, 20.0, "arrests", "2023-H1"),
        ]),
        "Arrests by period",
        "years and a half-year"
    );
}

#[test]
fn a_caption_says_what_was_left_out_never_the_title() {
    let x = with(vec![
        figure(Category::Firearm, 3.0, Unit::Count, "firearms", None),
        figure(Category::Firearm, 1.0, Unit::Count, "pistol", None),
        figure(Category::Firearm, 2.0, Unit::Count, "shotguns", None),
        figure(Category::Arrest, 4.0, Unit::Count, "arrests", None),
    ]);
    let drawn = charts(&x);
    let notes: Vec<&str> = drawn.iter().map(|c| c.note.as_str()).collect();
    assert_eq!(
        notes,
        [
            "2 counts are not drawn: rough restatements, or parts of a larger count. \
             The figures table lists every count.",
            ""
        ]
    );
    for c in &drawn {
        assert!(!c.note.contains(&c.title), "{c:?}");
    }
}

#[test]
fn a_chart_file_names_its_source_release_and_date() {
    let mut x = with(vec![
        figure(Category::Knife, 3.0, Unit::Count, "knives", None),
        figure(
            Category::Incident,
            40.0,
            Unit::Count,
            "thefts",
            Some("2022"),
        ),
        figure(
            Category::Incident,
            35.0,
            Unit::Count,
            "thefts",
            Some("2023"),
        ),
    ]);
    assert_eq!(
        source_line(&x),
        "Source: police press release (no publication date given). Charted by Blotter."
    );
    x.published = Some("2024-03-12".to_string());
    x.operations.push(crate::extract::Operation {
        name: "Operation Tidewater".to_string(),
        source: Source::default(),
    });
    x.organisations.push(crate::extract::Organisation {
        name: "Eastmoor <Police>".to_string(),
        ..Default::default()
    });
    let line = source_line(&x);
    assert_eq!(
        line,
        "Source: Eastmoor <Police> press release, Operation Tidewater, published \
         12 March 2024. Charted by Blotter."
    );
    for chart in charts(&x) {
        assert!(!chart.svg.contains("Source:"), "not on the page");
        let file = chart.file_svg(&line).expect("drawn");
        let shown = texts(&file).join(" ");
        assert!(
            shown.contains("Source: Eastmoor &lt;Police&gt; press release"),
            "{shown}"
        );
        assert!(shown.contains("12 March 2024"), "{shown}");
        assert!(
            file.len() > chart.svg.len() && texts(&file).len() > texts(&chart.svg).len(),
            "the chart and its source line"
        );
    }
}

#[test]
fn every_point_shows_its_value_where_there_is_room() {
    let x = with(vec![
        figure(
            Category::Incident,
            745.0,
            Unit::Count,
            "offences",
            Some("FY2021/22"),
        ),
        figure(
            Category::Incident,
            689.0,
            Unit::Count,
            "offences",
            Some("FY2022/23"),
        ),
        figure(
            Category::Incident,
            613.0,
            Unit::Count,
            "offences",
            Some("FY2023/24"),
        ),
        figure(Category::Rate, 12.5, Unit::Percent, "solved", Some("2022")),
        figure(Category::Rate, 14.25, Unit::Percent, "solved", Some("2023")),
    ]);
    let svgs = statistics_svgs(&x);
    let t = texts(&svgs[0].1);
    for want in ["745", "689", "613"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }
    let t = texts(&svgs[1].1);
    for want in ["12.5%", "14.25%"] {
        assert!(t.iter().any(|s| s == want), "{want} in {t:?}");
    }

    // Thirty-six months a few pixels apart: values that would touch are left out.
    let mut crowded = Vec::new();
    for (i, month) in (0..36).map(|m| (m, format!("{}-{:02}", 2021 + m / 12, m % 12 + 1))) {
        let v = f64::from(100 + i * 3);
        crowded.push(figure(
            Category::Arrest,
            v,
            Unit::Count,
            "arrests",
            Some(&month),
        ));
    }
    let svg = statistics_svgs(&with(crowded)).remove(0).1;
    let mut boxes: Vec<(f64, f64, f64, String)> = Vec::new();
    for t in svg.split("<text").skip(1) {
        let (attrs, rest) = t.split_once('>').expect("a text element");
        let text = rest.split("</text>").next().unwrap_or_default().trim();
        let Ok(value) = text.parse::<f64>() else {
            continue;
        };
        let y: f64 = attrs
            .split(" y=\"")
            .nth(1)
            .and_then(|y| y.split('"').next()?.parse().ok())
            .expect("a y");
        let (from, to) = text_extent(attrs, text).expect("placed");
        if value >= 100.0 && attrs.contains("text-anchor=\"middle\"") && y < 250.0 {
            for (a, b, other_y, other) in &boxes {
                let apart = to <= *a || from >= *b || (y - other_y).abs() >= 14.0;
                assert!(apart, "{text} touches {other}");
            }
            boxes.push((from, to, y, text.to_string()));
        }
    }
    assert!(boxes.len() >= 6, "some values are shown: {boxes:?}");
    assert!(boxes.len() < 36, "not all fit: {}", boxes.len());
}
