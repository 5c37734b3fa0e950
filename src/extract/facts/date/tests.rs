//! The date corpus: many phrasings of one value, negatives that must give nothing, and
//! known-wrong cases that pin today's output and say why. Every sentence here was written
//! for these tests.

use super::{period_of_number, read_timeline};
use crate::extract::model::Span;
use crate::extract::text::Doc;
use crate::extract::{extract, Options};

fn options(published: Option<&str>) -> Options {
    published.map(Options::published).unwrap_or_default()
}

/// The publication date the whole pipeline reports.
fn published(text: &str) -> Option<String> {
    extract(text, &Options::default()).published
}

/// The document period as (start, end).
fn period(text: &str, published: Option<&str>) -> Option<(Option<String>, Option<String>)> {
    extract(text, &options(published))
        .period
        .map(|p| (p.start, p.end))
}

/// The period tied to the first token that reads `number` exactly.
fn figure_period(text: &str, number: &str, published: Option<&str>) -> Option<String> {
    let doc = Doc::new(text);
    let tl = read_timeline(&doc, &options(published));
    let i = (0..doc.tokens.len()).find(|&i| doc.tok(i) == number)?;
    let span = doc.tokens[i].span();
    let doc_period = super::period::find(&doc, &tl).map(|p| p.source.span);
    period_of_number(&doc, &tl, doc_period, span).map(|(p, _)| p)
}

/// Whether the timeline claims the first occurrence of `needle`.
fn claimed(text: &str, needle: &str) -> bool {
    let doc = Doc::new(text);
    let tl = read_timeline(&doc, &Options::default());
    let Some(at) = text.find(needle) else {
        panic!("{needle:?} is not in {text:?}")
    };
    let span = Span::new(at, at + needle.len());
    tl.claimed.iter().any(|c| c.overlaps(span))
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

// ---------------------------------------------------------------------------------------
// The publication date.

#[test]
fn publication_date_phrasings() {
    let cases: &[(&str, &str)] = &[
        ("date 2023-04-11 Officers in Derby seized nine knives.", "2023-04-11"),
        (" date 2019-02-03\nPolice arrested two men.", "2019-02-03"),
        ("Knife amnesty nets 80 blades\n\nPublished 13th Nov 2023\n\nOfficers in Kent collected 80 knives.", "2023-11-13"),
        ("Arrests after raids\n\n24 November 2023\n\nDetectives searched four homes.", "2023-11-24"),
        ("Raids in Leeds\nPosted on Tuesday 5 March 2024 at 10:15am\nOfficers searched six homes.", "2024-03-05"),
        ("Raids in Leeds\nPosted on: 5th March 2024\nOfficers searched six homes.", "2024-03-05"),
        ("Drugs seized\nMon 4th, Sep\nOfficers seized cannabis.", "--09-04"),
        ("Drugs seized\nBy Jo Bell | 12 March 2024 | 3 min read\nOfficers seized cannabis.", "2024-03-12"),
        ("Drugs seized\nFriday 8 September 2017\nOfficers seized cannabis.", "2017-09-08"),
        ("Drugs seized\nSept. 8, 2017\nOfficers seized cannabis.", "2017-09-08"),
        ("Drugs seized\nPublished: 08/09/2017 14:02\nUpdated 19/09/2017\nOfficers seized cannabis.", "--09-08"),
        ("DUBLIN, Nov. 13, 2023 \u{2014} Gardaí have seized cocaine worth \u{20AC}2m.", "2023-11-13"),
        ("TOLEDO, Ohio (May 9, 2023) \u{2014} Officers seized two rifles.", "2023-05-09"),
        ("Shots fired in Ipswich\nUpdated 14 June 2022\nOfficers attended an address.", "2022-06-14"),
        ("Shots fired in Ipswich\nPublished 12 June 2022\nUpdated 14 June 2022\nOfficers attended.", "2022-06-12"),
        ("Shots fired in Ipswich\nPublished 12 June 2022 by the Press Office\nOfficers attended.", "2022-06-12"),
        ("Shots fired in Ipswich\nDate: 14/06/2022\nOfficers attended.", "2022-06-14"),
        ("Raids in Leeds\nPublished: Tuesday 5 March 2024\nOfficers searched six homes.", "2024-03-05"),
        ("Raids in Leeds\nWed, 6 March 2024 09:30 GMT\nOfficers searched six homes.", "2024-03-06"),
        ("[14 MAR 01] COUNTY CONSTABULARY NEWS\nOfficers searched six homes.", "2001-03-14"),
        ("Last Updated: Friday, 9 June 2006, 10:12 GMT 11:12 UK\nOfficers searched six homes.", "2006-06-09"),
        ("Raids in Leeds\n\nPosted March 4, 2013 09:15:22\n\nOfficers searched six homes.", "2013-03-04"),
        ("Raids in Leeds\nRelease date: 7 March 2024\nOfficers searched six homes.", "2024-03-07"),
        ("Raids in Leeds\nNews release: 7 March 2024\nOfficers searched six homes.", "2024-03-07"),
        ("Raids in Leeds\nDate of publication: 7 March 2024\nOfficers searched six homes.", "2024-03-07"),
        // A time after a dash is not the end of a range of days.
        ("Raids in Leeds\nPosted: 07 March 2024 - 16:05\nOfficers searched six homes.", "2024-03-07"),
        // A relative day that the opening paragraphs date: the day after, or the day itself.
        ("Cocaine seized in Sligo\n\nGardaí seized cocaine worth \u{20AC}90,000 in a search yesterday afternoon, Sunday 11th August 2024.", "2024-08-12"),
        ("Four charged in Penrith\n\nDetectives executed warrants at about 7am yesterday (Thursday 14 November 2024).", "2024-11-15"),
        ("Four charged in Penrith\n\nDetectives executed warrants last night (Friday 31 May 2024) in Penrith.", "2024-06-01"),
        ("Man held in Derry\n\nOfficers arrested a man this morning, Monday 2 December 2024, in the Waterside.", "2024-12-02"),
        ("Man held in Derry\n\nOfficers arrested a man today (Monday 2 December 2024) in the Waterside.", "2024-12-02"),
    ];
    for (text, want) in cases {
        let got = published(text);
        // A numeric date whose day and month cannot be told apart is skipped.
        if text.contains("08/09/2017") {
            assert_eq!(got, None, "{text:?}");
            continue;
        }
        assert_eq!(got.as_deref(), Some(*want), "{text:?}");
    }
}

#[test]
fn publication_date_option_overrides_the_text() {
    let text = "Published 13th Nov 2023\nOfficers in Kent collected 80 knives.";
    let out = extract(text, &Options::published("2024-01-02"));
    assert_eq!(out.published.as_deref(), Some("2024-01-02"));
}

#[test]
fn body_dates_are_not_the_publication_date() {
    let cases = [
        "Officers seized 14 knives on 3 March 2023 in Hull.",
        "The operation ran from Monday 6 March to Sunday 12 March 2023.",
        "Police arrested a man\n\nHe will appear at court on 24 November 2023 charged with robbery.",
        "In 2020, 443 firearms were recovered.",
        "Published figures for 2022 show a drop in knife crime.",
        // A dated relative day without a year does not say when the text was published.
        "Shots in Omagh\n\nOfficers attended an address yesterday (Tuesday 9 April).",
        "Shots in Omagh\n\nOfficers attended an address today (April 9).",
        // A dated day that is not a relative day is the day of the events only.
        "Shots in Omagh\n\nOfficers attended an address on Tuesday, 9 April 2024.",
        // Far down the text a dated "yesterday" is a quoted or later event.
        "Drugs seized\n\nOfficers seized cannabis.\n\nA man was charged.\n\nHe is due in court.\n\nHe was bailed yesterday (Monday 3 June 2024).",
        "Police arrested six people in Margate.\nA spokesperson said the arrests took place across the town.\nOfficers will return.\nMore patrols follow.\nThe force thanked residents.\nThe end.\n21 May 2021",
    ];
    for text in cases {
        assert_eq!(published(text), None, "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------
// The document period.

#[test]
fn stated_ranges() {
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        ("The week of action ran from Monday 16 September to Sunday 22 September.", Some("2024-09-25"), "2024-09-16", "2024-09-22"),
        ("The operation ran from Monday, 6 March to Sunday, 12 March 2023.", None, "2023-03-06", "2023-03-12"),
        ("Between 19 and 23 April, officers visited 300 scrap yards.", None, "--04-19", "--04-23"),
        ("Speed checks ran between 6am Thursday, 9 May and 6am Friday 10 May, and 340 drivers were stopped.", None, "--05-09", "--05-10"),
        ("Between 19th and 23rd April, officers visited 300 scrap yards.", None, "--04-19", "--04-23"),
        ("The crackdown, which ran from November 9 to 15, led to 80 arrests.", Some("2020-11-19"), "2020-11-09", "2020-11-15"),
        ("The knife amnesty week ran May 14 to May 20 in every district.", Some("2024-05-31"), "2024-05-14", "2024-05-20"),
        ("Officers patrolled the town centre from 6th to 12th October.", Some("2022-10-14"), "2022-10-06", "2022-10-12"),
        ("The amnesty ran 16-22 May and collected 120 knives.", Some("2022-05-30"), "2022-05-16", "2022-05-22"),
        ("Officers carried out checks over the course of the campaign, from June 1 to September 6.", Some("2017-09-08"), "2017-06-01", "2017-09-06"),
        ("The operation took place between 28 December and 3 January.", Some("2021-01-05"), "2020-12-28", "2021-01-03"),
        ("The drive was launched today (Monday, February 6) and will run until Sunday, February 12.", None, "--02-06", "--02-12"),
        ("Operation Spire starts on Monday 4 March 2024 and runs until Sunday 10 March 2024.", None, "2024-03-04", "2024-03-10"),
        ("Sept. 4 to Sept. 10, 2023 saw officers target drink drivers in Cork.", None, "2023-09-04", "2023-09-10"),
    ];
    for (text, pubd, start, end) in cases {
        assert_eq!(period(text, *pubd), Some((s(start), s(end))), "{text:?}");
    }
}

#[test]
fn stated_starts() {
    let cases: &[(&str, Option<&str>, &str)] = &[
        (
            "Starting today, (July 26), officers will carry out weapon sweeps across the city.",
            None,
            "--07-26",
        ),
        (
            "Starting today (3 April), officers will patrol every station in the county.",
            Some("2023-04-03"),
            "2023-04-03",
        ),
        (
            "From Monday 12 June, officers will carry out extra patrols in the park.",
            Some("2023-06-09"),
            "2023-06-12",
        ),
        (
            "Police today launched a crackdown on shoplifting in Bristol.",
            Some("2023-10-02"),
            "2023-10-02",
        ),
    ];
    for (text, pubd, start) in cases {
        assert_eq!(period(text, *pubd), Some((s(start), None)), "{text:?}");
    }
}

#[test]
fn single_days() {
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        ("Between Monday and Friday, officers carried out 40 stop checks in Dover.", Some("2024-03-09"), "2024-03-04", "2024-03-08"),
        ("Officers searched a flat in Rhyl on Saturday. A man was arrested in Prestatyn on Sunday.", Some("2024-02-26"), "2024-02-24", "2024-02-25"),
        (
            "On Thursday, 16 July, detectives searched a flat in Luton with a warrant.",
            Some("2020-07-24"),
            "2020-07-16",
            "2020-07-16",
        ),
        (
            "Officers arrested a woman in Newry today (Thursday) after a search of her car.",
            Some("2023-12-21"),
            "2023-12-21",
            "2023-12-21",
        ),
        (
            "Officers searched three homes in Omagh today (December 21) and seized cash.",
            Some("2023-12-21"),
            "2023-12-21",
            "2023-12-21",
        ),
        (
            "Drinkers were targeted in an operation as Friday night crowds left the bars.",
            Some("2007-06-16"),
            "2007-06-15",
            "2007-06-15",
        ),
        (
            "Over the weekend, officers seized two handguns in separate searches.",
            Some("2024-02-25"),
            "2024-02-24",
            "2024-02-25",
        ),
        (
            "Over the weekend, officers seized two handguns in separate searches.",
            Some("2024-02-27"),
            "2024-02-24",
            "2024-02-25",
        ),
        (
            "The knife arch ran between 4pm and 8pm on June 25 at the station.",
            None,
            "--06-25",
            "--06-25",
        ),
        (
            "Officers arrested two men yesterday (Sunday) after a car was stopped.",
            Some("2019-05-13"),
            "2019-05-12",
            "2019-05-12",
        ),
        (
            "Officers arrested 12 people on Tuesday during dawn raids in Bolton.",
            Some("2022-03-10"),
            "2022-03-08",
            "2022-03-08",
        ),
        (
            "Police arrested 14 people last week during raids across Swansea.",
            Some("2022-03-10"),
            "2022-02-28",
            "2022-03-06",
        ),
        (
            "Officers executed warrants in Salford on the morning of 14th October 2021.",
            None,
            "2021-10-14",
            "2021-10-14",
        ),
        (
            "Officers raided a house in Tralee on Tuesday (May 14) and seized cannabis.",
            None,
            "--05-14",
            "--05-14",
        ),
        (
            "Officers carried out checks on 13 and 14 May at the port.",
            Some("2024-05-20"),
            "2024-05-13",
            "2024-05-14",
        ),
        (
            "Officers made arrests on Saturday 18 and Sunday 19 May across Cardiff.",
            Some("2024-05-20"),
            "2024-05-18",
            "2024-05-19",
        ),
        (
            "Officers ran checks in the week commencing 13 May and made 40 arrests.",
            Some("2024-05-24"),
            "2024-05-13",
            "2024-05-19",
        ),
        (
            "On Tuesday 14 November and Wednesday 15 November 2023, officers executed 22 warrants.",
            None,
            "2023-11-14",
            "2023-11-15",
        ),
        (
            "Officers made arrests in Hove last Friday after a tip-off.",
            Some("2023-06-16"),
            "2023-06-09",
            "2023-06-09",
        ),
    ];
    for (text, pubd, start, end) in cases {
        assert_eq!(period(text, *pubd), Some((s(start), s(end))), "{text:?}");
    }
}

#[test]
fn no_document_period() {
    let cases: &[(&str, Option<&str>)] = &[
        // Statistics.
        ("Knife offences rose by 4% in the year ending March 2023, figures show.", Some("2023-07-20")),
        ("In the financial year 2022/23, officers removed 310 firearms from the streets.", None),
        // An open period.
        ("Since it began in April 2019, the operation has made 3,100 arrests.", None),
        // A month is not a period of days.
        ("The campaign was launched last month and 200 people have been arrested.", None),
        // A witness appeal reports an incident, not an operation.
        ("Police are appealing for witnesses after a man was stabbed in Exeter yesterday (Monday).", Some("2021-08-10")),
        // A court date is not the operation.
        ("A 31-year-old man was charged and will appear at Leeds Magistrates' Court on 4 March.", Some("2024-03-01")),
        // The day of an announcement is not the operation.
        ("The force announced on Friday that it had seized 130 guns over the summer.", Some("2017-09-08")),
        // A weekday without a publication date cannot be placed.
        ("Officers arrested 12 people on Tuesday during dawn raids in Bolton.", None),
        // A range of an earlier operation is not this release's period.
        ("The previous week of action, which ran from 14 to 20 November, saw 300 knives seized.", Some("2023-05-10")),
        // A time range is not a date range.
        ("Checks ran between 3.30pm and 7.30pm at the station.", None),
        // A court result: its dates are of the offence or the hearing.
        ("A man who stabbed a teenager in Walsall on 3 June was jailed for nine years today.", Some("2024-03-01")),
        // The day of a statement is not the operation.
        ("The Chief Constable today announced that 40 arrests were made in the city.", Some("2023-10-02")),
        // The publication line is not the period.
        ("Raids in Leeds\n\nMon 4th, Sep\n\nOfficers from four forces made arrests.", None),
    ];
    for (text, pubd) in cases {
        assert_eq!(period(text, *pubd), None, "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Figure periods.

#[test]
fn figure_periods() {
    let cases: &[(&str, &str, &str)] = &[
        // A day range of whole months is a span of months.
        ("From 1 April 2022 to 31 March 2023, the team made 318 arrests.", "318", "FY2022/23"),
        ("Between 1 January and 30 June 2021, officers seized 77 guns.", "77", "2021-H1"),
        // A period stated at the start of the sentence covers the numbers after it.
        ("In the first six months of 2022, the force seized 187 firearms; of which 92 were pistols and four were rifles.", "187", "2022-H1"),
        ("In the first six months of 2022, the force seized 187 firearms; of which 92 were pistols and four were rifles.", "92", "2022-H1"),
        ("In the first six months of 2022, the force seized 187 firearms; of which 92 were pistols and four were rifles.", "four", "2022-H1"),
        ("In the first half of 2019 there were 64 stabbings in the city.", "64", "2019-H1"),
        // A change takes the period it ends in; the base of the comparison keeps its own.
        ("In 2021 (calendar year), 512 knives were recovered, an increase of 88 on the previous year (424 knives recovered in 2020).", "512", "2021"),
        ("In 2021 (calendar year), 512 knives were recovered, an increase of 88 on the previous year (424 knives recovered in 2020).", "88", "2021"),
        ("In 2021 (calendar year), 512 knives were recovered, an increase of 88 on the previous year (424 knives recovered in 2020).", "424", "2020"),
        // Financial years in comparisons.
        ("In the financial year 2022/23, officers seized 611 firearms compared with 570 in the same period for 2021/22, and 498 in 2020/21;", "611", "FY2022/23"),
        ("In the financial year 2022/23, officers seized 611 firearms compared with 570 in the same period for 2021/22, and 498 in 2020/21;", "570", "FY2021/22"),
        ("In the financial year 2022/23, officers seized 611 firearms compared with 570 in the same period for 2021/22, and 498 in 2020/21;", "498", "FY2020/21"),
        ("Stabbings fell from 301 in the financial year 2018/19 to 244 in 2020/21.", "301", "FY2018/19"),
        ("Stabbings fell from 301 in the financial year 2018/19 to 244 in 2020/21.", "244", "FY2020/21"),
        ("Detections rose from 22 per cent in 2018-19 to 35 per cent in 2020-21.", "22", "FY2018/19"),
        ("Detections rose from 22 per cent in 2018-19 to 35 per cent in 2020-21.", "35", "FY2020/21"),
        ("During 2021-22 the unit seized 45 guns.", "45", "FY2021/22"),
        // July to June is the financial year in Australia and New Zealand, a rolling year
        // elsewhere.
        ("In the 12 months to June 2019 recorded burglaries in Otago fell to 2,150.", "2,150", "FY2018/19"),
        ("In the 12 months to June 2019 recorded burglaries in Devon fell to 2,150.", "2,150", "2018-07-01/2019-06-30"),
        ("The unit seized 45 guns in FY2021/22.", "45", "FY2021/22"),
        // Years named as over, under way, and relative.
        ("This year it is 97 so far, compared to 188 for the whole of 2017.", "97", "2018-YTD"),
        ("This year it is 97 so far, compared to 188 for the whole of 2017.", "188", "2017"),
        ("So far this year there have been 41 shootings in Leeds.", "41", "2023-YTD"),
        ("There have been 12 fewer robberies year-to-date.", "12", "2023-YTD"),
        ("In all 63 people have died on Corran roads to date this year, compared to 70 by the same time last year.", "63", "2023-YTD"),
        ("In all 63 people have died on Corran roads to date this year, compared to 70 by the same time last year.", "70", "2022-YTD"),
        ("Things are better than 2012 when there were 402 gun crimes recorded.", "402", "2012"),
        ("There were 57 robberies in March 2019 alone.", "57", "2019-03"),
        ("There were 57 robberies in the city during 2018.", "57", "2018"),
        ("Between April and September 2010, officers made 940 arrests.", "940", "2010-04-01/2010-09-30"),
        ("Officers made 940 arrests between April and September 2010.", "940", "2010-04-01/2010-09-30"),
        ("Knife crime offences rose to 1,204 in the 12 months to March 2023.", "1,204", "FY2022/23"),
        ("Officers recovered 230 guns in the first half of 2022, against 190 in the same period last year.", "190", "2021-H1"),
        ("In the first quarter of 2023, 84 knives were handed in.", "84", "2023-01-01/2023-03-31"),
        ("In the first three months of 2023, 84 knives were handed in.", "84", "2023-01-01/2023-03-31"),
        ("There were 31 robberies in the last two months of 2022.", "31", "2022-11-01/2022-12-31"),
        ("Offences fell to 2,950 in the year ending March 2019.", "2,950", "FY2018/19"),
    ];
    for (text, number, want) in cases {
        let pubd = if text.starts_with("So far this year")
            || text.contains("year-to-date")
            || text.contains("to date this year")
        {
            Some("2023-06-01")
        } else {
            None
        };
        assert_eq!(
            figure_period(text, number, pubd).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
    // Days of action that are not whole months give no period to the numbers after them.
    let days = "Between 1 and 14 May 2021, officers seized 45 knives.";
    assert_eq!(figure_period(days, "45", None), None);
}

#[test]
fn list_items_take_the_period_of_their_heading() {
    let text = "The unit had a busy year.\n\nIn the financial year 2022/23, officers:\n\n\u{2022} seized 412 knives\n\u{2022} made 230 arrests\n";
    assert_eq!(
        figure_period(text, "412", None).as_deref(),
        Some("FY2022/23")
    );
    assert_eq!(
        figure_period(text, "230", None).as_deref(),
        Some("FY2022/23")
    );
    // A heading with an open period gives none.
    let text = "Since the operation began in May 2021, it has:\n\n\u{2022} seized 412 knives\n";
    assert_eq!(figure_period(text, "412", None), None);
    // A heading without a colon is not a list's heading.
    let text = "In 2022 the force had a busy year.\n\n412 knives seized\n";
    assert_eq!(figure_period(text, "412", None), None);
}

#[test]
fn last_year_resolves_against_the_publication_date() {
    // "since January" and "through August" of the year of publication are the year so far.
    let text = "Since January, officers in the borough have made 412 arrests.";
    assert_eq!(
        figure_period(text, "412", Some("2024-06-03")).as_deref(),
        Some("2024-YTD")
    );
    let text = "Through August, 196 burglaries were recorded in the borough.";
    assert_eq!(
        figure_period(text, "196", Some("2024-09-10")).as_deref(),
        Some("2024-YTD")
    );
    let text = "Through August 2019, 196 burglaries were recorded in the borough.";
    assert_eq!(
        figure_period(text, "196", Some("2024-09-10")).as_deref(),
        Some("2019-01-01/2019-08-31")
    );
    let text = "There were 61 burglaries in August last year and 44 in March this year.";
    assert_eq!(
        figure_period(text, "61", Some("2024-05-02")).as_deref(),
        Some("2023-08")
    );
    assert_eq!(
        figure_period(text, "44", Some("2024-05-02")).as_deref(),
        Some("2024-03")
    );
    let text = "The force took 640 firearms off the streets last year.";
    assert_eq!(
        figure_period(text, "640", Some("2024-02-01")).as_deref(),
        Some("2023")
    );
    // Without a publication date, the current year comes from the text.
    let text = "This year 88 guns were found so far, compared to 120 for the whole of 2015. Last year, 120 guns were taken.";
    assert_eq!(figure_period(text, "120", None).as_deref(), Some("2015"));
}

/// A short statistics release: the opening names the year, later sentences refer back.
const ANNUAL: &str = "Cheshire Police publishes its yearly crime figures\n\nBetween April 2022 and March 2023, the force recorded 1,840 robberies, down from 2,105 in 2021/22, a fall of 13 per cent.\n\nShoplifting rose by 9% over the same period, while car thefts went from 930 to 874.\n\nThe detection rate for robbery climbed to 14.2%, up from 11.8% the previous year.\n\nOfficers made 6,420 arrests during the year and 2,310 people were charged in the same twelve months.";

#[test]
fn sentences_that_refer_back_take_the_statistics_period() {
    let cases: &[(&str, &str, &str)] = &[
        (ANNUAL, "1,840", "FY2022/23"),
        (ANNUAL, "2,105", "FY2021/22"),
        // The base's period is passed over: the change ends in the sentence's own period.
        (ANNUAL, "13", "FY2022/23"),
        // "over the same period".
        (ANNUAL, "9", "FY2022/23"),
        // "from 930 to 874" in such a sentence: the year before, then the year.
        (ANNUAL, "930", "FY2021/22"),
        (ANNUAL, "874", "FY2022/23"),
        // "the previous year" is the one before the statistics period.
        (ANNUAL, "14.2", "FY2022/23"),
        (ANNUAL, "11.8", "FY2021/22"),
        // "during the year", "in the same twelve months".
        (ANNUAL, "6,420", "FY2022/23"),
        (ANNUAL, "2,310", "FY2022/23"),
        // A calendar year named in an earlier sentence of the paragraph.
        ("In 2023 the unit recorded 512 thefts from vehicles. It made 88 arrests over the same period.", "88", "2023"),
        ("In 2023 the unit recorded 512 thefts from vehicles.\n\nThroughout the year, officers carried out 1,200 patrols.", "1,200", "2023"),
        ("In 2023/24 the squad seized 212 guns.\n\nIt also charged 97 people in the same 12 months.", "97", "FY2023/24"),
        // Numbers listed with "and" share the period that closes the sentence.
        ("Tip-offs to the charity led to 61 arrests and the seizure of heroin worth \u{a3}95,000 across the region in 2022.", "61", "2022"),
        ("The squad recovered 40 guns and 300 rounds of ammunition in 2021/22.", "40", "FY2021/22"),
        // In a week-of-action release, the statistics paragraph still continues its own year.
        ("Humberside Police held a week of action from Monday 3 June to Sunday 9 June 2024.\n\nIn 2023 the force recorded 980 knife crimes. Over the same period 212 knives were handed in.", "212", "2023"),
        ("Humberside Police held a week of action from Monday 3 June to Sunday 9 June 2024.\n\nIn 2023 the force recorded 980 knife crimes, down from 1,050 the previous year.", "1,050", "2022"),
        ("In 2022/23 officers seized 611 firearms, compared with 570 in 2021/22, a rise of 41.", "41", "FY2022/23"),
        // A base in the same sentence as an explicit change.
        ("In 2022, thefts rose from 410 in 2021 to 455.", "455", "2022"),
    ];
    for (text, number, want) in cases {
        assert_eq!(
            figure_period(text, number, None).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
}

#[test]
fn seizures_do_not_inherit_a_statistics_period() {
    let cases: &[(&str, &str)] = &[
        // A seizure sentence with no phrase that refers back keeps no period.
        ("In 2023 the force recorded 1,204 knife crimes.\n\nDuring the week of action, officers seized 31 knives.", "31"),
        ("Between April 2022 and March 2023 there were 640 robberies.\n\nOn Friday officers arrested four men and seized 12 wraps of heroin.", "12"),
        // The last period named is a week of action: "the same period" is that week.
        ("In 2023 the force recorded 1,204 knife crimes.\n\nBetween 13 and 19 May 2024 officers seized 31 knives. They made 40 arrests over the same period.", "40"),
        // A week of action's seizures after a statistics paragraph: "the same period" is the
        // week, whatever was named last.
        ("Humberside Police held a week of action from Monday 3 June to Sunday 9 June 2024.\n\nIn 2023 the force recorded 980 knife crimes, down from 1,050 the previous year.\n\nOfficers also visited 64 schools during the operation and seized 17 knives over the same period.", "17"),
        ("Humberside Police held a week of action from Monday 3 June to Sunday 9 June 2024.\n\nIn 2023 the force recorded 980 knife crimes, down from 1,050 the previous year.\n\nOfficers also visited 64 schools during the operation and seized 17 knives over the same period.", "64"),
        // The last time named is a weekday or a time of day: the events of that day.
        ("In 2023 the force recorded 1,204 knife crimes.\n\nOn Tuesday officers searched 9 homes and over the same period seized 6 knives.", "6"),
        ("In 2023 the force recorded 1,204 knife crimes.\n\nAt 6pm officers searched 9 homes and over the same period seized 7 knives.", "7"),
        // "the year-long operation" is a length, not the year named before.
        ("In 2023 the force recorded 1,204 knife crimes.\n\nOfficers seized 45 knives during the year-long operation.", "45"),
        // A rolling twelve months is not a period facts/1 can write.
        ("In the past 12 months the team seized 96 guns. It made 51 arrests over the same period.", "51"),
        // "the same period last year" with nothing to say which period.
        ("Officers made 51 arrests in the same period last year.", "51"),
        // Too far from the statistics paragraph.
        ("In 2023 the force recorded 1,204 knife crimes.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n\nIt made 51 arrests during the year.", "51"),
        // A day that closes a list is the day of the events, not a period of the list.
        ("Officers made 12 arrests and seized 3 knives on 4 May 2024.", "12"),
        // A comparison breaks the list.
        ("Officers made 12 arrests, compared with 9 in 2022.", "12"),
        // An open period is no period.
        ("The team made 12 arrests and charged 9 people since 2022.", "12"),
        // A period that does not close the sentence belongs to the number before it only.
        ("Officers made 12 arrests and 9 charges in 2022 after the raids.", "12"),
        // Only the base of a "from ... to ..." that refers back is the year before.
        ("Detections rose from 22 per cent in 2018-19 to 35 per cent.", "35"),
    ];
    for (text, number) in cases {
        assert_eq!(
            figure_period(text, number, None),
            None,
            "{number} in {text:?}"
        );
    }
}

#[test]
fn figures_without_a_period() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        // The days of a week of action are the document's, not the figure's.
        (
            "The crackdown, which ran from November 2 to 8, ended with 142 knives recovered.",
            "142",
            Some("2020-11-19"),
        ),
        (
            "Between 19 and 23 April, officers visited 926 scrap yards.",
            "926",
            None,
        ),
        // An open period is no period.
        (
            "The tally now tops 2750 arrests since the team began in June 2018.",
            "2750",
            None,
        ),
        (
            "Since April 2019, officers have made 3200 arrests.",
            "3200",
            None,
        ),
        // A rolling year is not a calendar year.
        (
            "Robberies fell by 6% in the last year, from 512 to 481 offences.",
            "6",
            Some("2019-10-17"),
        ),
        // A period taken by an earlier number does not carry to a later one.
        (
            "Detections rose from 22 per cent in 2018-19 to 35 per cent.",
            "35",
            None,
        ),
        // A time of its own that facts/1 cannot write hides the period before it.
        (
            "In 2024, officers seized 800 knives, up from 650 in the previous five years.",
            "650",
            None,
        ),
        // "since" may open a clause a few words before the year.
        (
            "Since the unit was set up in 2009, more than 5,000 people have been charged.",
            "5,000",
            None,
        ),
        // A year in the name of a law is not a period.
        (
            "He was arrested under section 23 of the Misuse of Drugs Act 1971.",
            "23",
            None,
        ),
        // Nothing ties the number to a period.
        (
            "Officers seized 40 wraps of cocaine and a machete.",
            "40",
            None,
        ),
    ];
    for (text, number, pubd) in cases {
        assert_eq!(
            figure_period(text, number, *pubd),
            None,
            "{number} in {text:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Claims: what the figure rules must never read as a quantity.

#[test]
fn claims_dates_and_times() {
    let cases: &[(&str, &str)] = &[
        ("Officers made arrests in 2019 and 2020.", "2019"),
        ("Officers made arrests in 2019 and 2020.", "2020"),
        ("The figures for 2019/20 are out.", "2019/20"),
        ("The figures for 2019-20 are out.", "2019-20"),
        ("It happened in March 2019.", "2019"),
        ("The raid began at 3.30pm on Friday.", "3.30"),
        ("The raid began at 6pm on Friday.", "6"),
        ("The raid began at 18:30 on Friday.", "18"),
        ("The raid began at 6 p.m. on Friday.", "6"),
        ("The raid began at 0630 hrs.", "0630"),
        ("The raid began at 12 noon.", "12"),
        ("The raid took place on Thursday 13th.", "13"),
        ("Quote reference 1100 (12/5) when you call.", "12/5"),
        ("The raid took place on 21 November.", "21"),
        ("The raid took place on November 21.", "21"),
        ("The raid took place on 6 Sept 2023.", "6"),
        ("The raid took place on Sept. 6, 2023.", "6"),
        ("The raid took place on 6/9/2023.", "6/9/2023"),
        (
            "In the first six months of 2022 the unit recovered 97 guns.",
            "six",
        ),
        ("Over the past 12 months the unit has grown.", "12"),
        ("The man was stopped two weeks ago.", "two"),
        ("Officers held a 24-hour operation in the town.", "24"),
        ("Between 19 and 23 April officers visited sites.", "19"),
        ("The operation ran from November 9 to 15 in London.", "15"),
        ("Knife crime fell in the 1990s.", "1990"),
    ];
    for (text, needle) in cases {
        assert!(
            claimed(text, needle),
            "{needle:?} should be claimed in {text:?}"
        );
    }
}

#[test]
fn abbreviated_months_alone_are_names() {
    assert!(!claimed(
        "The appeal was led by Jan Smith of the CID.",
        "Jan"
    ));
    assert!(claimed("The appeal was launched in Jan 2024.", "Jan"));
}

#[test]
fn leaves_quantities_alone() {
    let cases: &[(&str, &str)] = &[
        // Custodial sentences are figures.
        ("Four men were sentenced to 42 years' imprisonment.", "42"),
        ("He was jailed for 26 weeks at Hull Crown Court.", "26"),
        ("She was given a two-year suspended sentence.", "two"),
        // Ages are the figure rules' business.
        ("A 20-year-old man was arrested.", "20"),
        ("A man, aged 25 years, was arrested.", "25"),
        // Counts that look like years or days.
        ("The force has made more than 2000 arrests.", "2000"),
        ("Operation Jemlock marked its 3000th arrest.", "3000"),
        ("In May 12 people were arrested in Barnsley.", "12"),
        ("Officers visited more than 247 second hand shops.", "247"),
        (
            "Officers seized 1,002 items and 2.5kg of cannabis.",
            "1,002",
        ),
        ("Between 300 and 400 people attended the rally.", "300"),
        ("A man about 6ft tall ran off.", "6"),
        ("Officers put in 500 hours of patrols.", "500"),
    ];
    for (text, needle) in cases {
        assert!(
            !claimed(text, needle),
            "{needle:?} should not be claimed in {text:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Known-wrong cases: today's output, and why it is wrong.

#[test]
fn known_wrong_weekday_mismatch_is_not_checked() {
    // "Monday 23 January" in a release of 2024 is a Tuesday; the rules trust the date and
    // ignore the weekday rather than guess which of the two the writer got wrong.
    let text = "The campaign ran from Monday 23 January to Sunday 29 January.";
    assert_eq!(
        period(text, Some("2024-02-01")),
        Some((s("2024-01-23"), s("2024-01-29")))
    );
}

#[test]
fn known_wrong_this_year_without_so_far_is_year_to_date() {
    // "this year" in a statistic is read as the year so far, which is right for a year
    // under way but wrong for a release written about a year in hindsight.
    let text = "Officers seized 300 guns this year.";
    assert_eq!(
        figure_period(text, "300", Some("2023-12-31")).as_deref(),
        Some("2023-YTD")
    );
}

#[test]
fn known_wrong_day_first_numeric_dates_are_skipped() {
    // "6/9/2023" is 6 September in Britain and June 9 in the US; nothing says which.
    assert_eq!(
        published("Raids in Leeds\n6/9/2023\nOfficers searched six homes."),
        None
    );
}

// ---------------------------------------------------------------------------------------
// Robustness.

#[test]
fn odd_inputs_do_not_panic() {
    let cases = [
        "",
        "date",
        "date 2023-02-30",
        "31 February 2023",
        "from 9 to",
        "between and April",
        "2019/",
        "FY",
        "FY2021/",
        "today (",
        "today ()",
        "Thu",
        "Thu 30th,",
        "9999-99-99",
        "12:",
        "3.30pm 3.30pm 3.30pm",
        "\u{2013}\u{2013} 1\u{2013}2 May \u{2014}",
        "the first six months of",
        "in the 12 months to March",
        "the year ending",
        "\u{6F22}abc/22 \u{00E9}abcd 2021/22 FY\u{6F22}",
    ];
    for text in cases {
        let _ = extract(text, &Options::default());
        let _ = extract(text, &Options::published("2024-02-29"));
        let doc = Doc::new(text);
        let tl = read_timeline(&doc, &Options::default());
        for t in &doc.tokens {
            let _ = period_of_number(&doc, &tl, None, t.span());
        }
    }
}

#[test]
fn long_text_is_read_to_the_end() {
    // Speed is measured by `cargo bench --bench throughput`, not asserted here: this only
    // shows that a long paste is read whole and keeps its period.
    let para = "Between 19 and 23 April 2021, officers made 56 arrests; in 2020 there were 40, \
                compared with 38 in the financial year 2019/20. Over the weekend, officers \
                seized 3 knives at 6pm on Saturday.\n";
    let text = para.repeat(3_000);
    let out = extract(&text, &Options::published("2021-04-26"));
    assert!(out.period.is_some());
    let last_knives = text.rfind("3 knives").map(|b| text[..b].chars().count());
    let found_last = out.figures.iter().any(|f| {
        Some(f.source.span.start) == last_knives
            || f.source
                .mentions
                .iter()
                .any(|m| Some(m.start) == last_knives)
    });
    assert!(found_last, "the last paragraph's figure is read");
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "2019",
        "/",
        "20",
        "-",
        "\u{2013}",
        "today",
        "(",
        ")",
        "May",
        "13th",
        ",",
        "to",
        "and",
        "between",
        "from",
        "Monday",
        "Thu",
        "3.30",
        "pm",
        "the",
        "first",
        "six",
        "months",
        "of",
        "since",
        "last",
        "year",
        ":",
        "\n",
        "Published",
        "date",
        "12",
        "31",
        "2023-02-29",
        "week",
        "commencing",
        "w",
        "c",
        "\u{2022}",
        "so",
        "far",
        "this",
        "FY",
        "FY2021",
        "ending",
        "March",
        "quarter",
        "weekend",
        "over",
        "Act",
        "29",
        "February",
        "0800",
        "hrs",
        "o'clock",
        ".",
        "until",
        "yesterday",
        "same",
        "period",
        "previous",
        "whole",
        "on",
        "in",
        "Sept",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_mix_of_date_words_is_read_without_panic(
            picks in proptest::collection::vec((0..PIECES.len(), 0..3usize), 0..40)
        ) {
            let mut text = String::new();
            for (p, gap) in picks {
                text.push_str(PIECES[p]);
                text.push_str(["", " ", "  "][gap]);
            }
            for options in [Options::default(), Options::published("2024-02-29")] {
                let out = extract(&text, &options);
                if let Some(p) = out.period {
                    prop_assert!(p.start.is_some());
                }
                let doc = Doc::new(&text);
                let tl = read_timeline(&doc, &options);
                for t in &doc.tokens {
                    let _ = period_of_number(&doc, &tl, None, t.span());
                }
            }
        }
    }
}

#[test]
fn an_appeal_under_a_headline_and_dateline_has_no_period() {
    // The incident's day is not a reporting period, even when the appeal comes third.
    let text = "Man hurt in Farleigh car park\n\nPUBLISHED: 09:10 14 March 2024\n\n\
                A man was assaulted in Farleigh on Tuesday evening.\n\n\
                Officers are appealing for witnesses to come forward.";
    assert_eq!(period(text, None), None);
    let urged = "A woman was robbed in Farleigh on Friday 8 March 2024.\n\n\
                 Police are urging anyone who saw the robbery to come forward.";
    assert_eq!(period(urged, None), None);
    // A week of action that ends with the usual request for information keeps its week.
    let week = "Officers in Farleigh ran a week of action from Monday 4 March to Sunday 10 March \
                2024.\n\nThey made 14 arrests.\n\nThey seized 9 knives.\n\nThey visited 20 \
                schools.\n\nThey searched 6 homes.\n\nAnyone with information is asked to \
                call 101.";
    assert_eq!(period(week, None), Some((s("2024-03-04"), s("2024-03-10"))));
}

#[test]
fn a_range_with_times_on_each_day_is_one_range() {
    let text = "Operation Tarn ran from 12:01am on Friday, 7 June to 11:59pm on Monday, \
                10 June 2024.\n\nOfficers made 31 arrests.";
    assert_eq!(period(text, None), Some((s("2024-06-07"), s("2024-06-10"))));
    let until = "The blitz ran from 6pm on 3 May until 6am on 4 May 2024.";
    assert_eq!(
        period(until, None),
        Some((s("2024-05-03"), s("2024-05-04")))
    );
}

#[test]
fn rolling_years_written_in_other_words() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Burglaries in Torbay fell to 3,410 in the 12 months leading up to June 2022.",
            "3,410",
            "2021-07-01/2022-06-30",
        ),
        (
            "Vehicle crime reached 905 in the twelve months up to August 2020.",
            "905",
            "2019-09-01/2020-08-31",
        ),
        (
            "Robberies dropped to 812 in the year ended March 2020.",
            "812",
            "FY2019/20",
        ),
    ];
    for (text, number, want) in cases {
        assert_eq!(
            figure_period(text, number, None).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
}

#[test]
fn the_base_of_a_rate_is_part_of_its_number() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "The district recorded 61 burglaries per 1,000 homes in the 12 months to March 2021.",
            "61",
            "FY2020/21",
        ),
        (
            "Officers logged 7.4 thefts for every 1,000 residents during 2022.",
            "7.4",
            "2022",
        ),
    ];
    for (text, number, want) in cases {
        assert_eq!(
            figure_period(text, number, None).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
}

#[test]
fn ranges_in_a_relative_year() {
    let text = "Nine warrants were carried out between May and October last year.";
    assert_eq!(
        figure_period(text, "Nine", Some("2024-03-10")).as_deref(),
        Some("2023-05-01/2023-10-31")
    );
    assert_eq!(
        period(text, Some("2024-03-10")),
        Some((s("2023-05-01"), s("2023-10-31")))
    );
    // The days of an operation this year are its days, not the year so far.
    let text =
        "From 12 September to 3 October this year, officers made 27 arrests and seized 14 knives.";
    assert_eq!(figure_period(text, "27", Some("2024-10-20")), None);
    assert_eq!(figure_period(text, "14", Some("2024-10-20")), None);
    assert_eq!(
        period(text, Some("2024-10-20")),
        Some((s("2024-09-12"), s("2024-10-03")))
    );
}

#[test]
fn the_year_so_far() {
    // "since January" after the number.
    let text = "Officers in Rowley have made 215 arrests since January.";
    assert_eq!(
        figure_period(text, "215", Some("2024-05-01")).as_deref(),
        Some("2024-YTD")
    );
    // Numbers listed with "and" before "year-to-date" and a comparison.
    let text = "There have been 14 fewer burglaries and 52 fewer car thefts year-to-date, compared with 2021.";
    assert_eq!(
        figure_period(text, "14", Some("2022-07-01")).as_deref(),
        Some("2022-YTD")
    );
    assert_eq!(
        figure_period(text, "52", Some("2022-07-01")).as_deref(),
        Some("2022-YTD")
    );
    // Without a publication date, a text that speaks of the year so far is in the latest
    // year it names.
    let text = "Road deaths over the Easter weekend of 2022 rose to six.\n\nSo far this year 41 people have died on the county's roads, compared to 47 by the same time last year.";
    assert_eq!(figure_period(text, "41", None).as_deref(), Some("2022-YTD"));
    assert_eq!(figure_period(text, "47", None).as_deref(), Some("2021-YTD"));
    // A target year is not the year the text reports on.
    let text = "The force aims to halve road deaths by 2030.\n\nSo far this year 41 people have died on the county's roads.";
    assert_eq!(figure_period(text, "41", None), None);
}

#[test]
fn quarters_of_a_financial_year() {
    let cases: &[(&str, &str, &str)] = &[
        ("In the second quarter of 2022/23 there were 310 robberies in Kent.", "310", "2022-07-01/2022-09-30"),
        // In New Zealand the financial year starts in July.
        ("In the second quarter of 2022/23 there were 310 robberies in Otago.", "310", "2022-10-01/2022-12-31"),
        // "by the end of" a quarter: the year from its start.
        ("By the end of the third quarter of 2021-22, officers had recorded 4,120 burglaries, down 2.1 per cent year on year.", "4,120", "2021-04-01/2021-12-31"),
        ("By the end of the third quarter of 2021-22, officers had recorded 4,120 burglaries, down 2.1 per cent year on year.", "2.1", "2021-04-01/2021-12-31"),
        // A number in brackets before the period is a label that takes no period.
        ("Across Fife, 2,400 fewer (group 1 to 4) crimes were recorded by the end of the first quarter of 2020/21, down 1.2 per cent.", "1.2", "2020-04-01/2020-06-30"),
        // The current value beside a base of "the same time last year" is of the statistics
        // period.
        ("Charges were laid in 31.2 per cent of cases by the end of the second quarter of 2022/23.\n\nThe charge rate for robbery is up to 24.5 per cent from 21.0 per cent at the same time last year.", "24.5", "2022-04-01/2022-09-30"),
        ("Charges were laid in 31.2 per cent of cases by the end of the second quarter of 2022/23.\n\nThe charge rate for robbery is up to 24.5 per cent from 21.0 per cent at the same time last year.", "21.0", "2021-04-01/2021-09-30"),
        // A number in brackets with its noun keeps the period after the brackets.
        ("Officers seized 40 guns (including 12 pistols) in 2021.", "12", "2021"),
        // "the same time last year" is the same months a year before.
        ("Detection rates stood at 51.2 per cent at the end of the third quarter of 2021-22.\n\nThey were 48.0 per cent at the same time last year.", "48.0", "2020-04-01/2020-12-31"),
    ];
    for (text, number, want) in cases {
        assert_eq!(
            figure_period(text, number, None).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
}

#[test]
fn bases_of_comparisons() {
    // The base takes the period it is measured in.
    let text = "The rate was 58.1 crimes per 1,000 people in the year to March 2021: a fall from 61 on the previous year.";
    assert_eq!(
        figure_period(text, "61", None).as_deref(),
        Some("FY2019/20")
    );
    assert_eq!(
        figure_period(text, "58.1", None).as_deref(),
        Some("FY2020/21")
    );
    // "with the year before" is the base: the period before it is the figure's.
    let text = "There was a drop of 9 per cent in burglary when comparing figures for 2021/22 with the year before, meaning 410 fewer victims.";
    assert_eq!(
        figure_period(text, "410", None).as_deref(),
        Some("FY2021/22")
    );
    // A change measured from a year is not in that year.
    for (text, number) in [
        ("Recorded robberies are down by 6.2% from 2021/22.", "6.2"),
        (
            "Officers breathalysed 2,600 drivers, nearly 700 more than in 2019.",
            "700",
        ),
    ] {
        assert_eq!(
            figure_period(text, number, None),
            None,
            "{number} in {text:?}"
        );
    }
}

#[test]
fn operations_of_whole_months() {
    let text = "Officers found \u{a3}85,000 in cash during a drugs bust in October 2023.";
    assert_eq!(period(text, None), Some((s("2023-10-01"), s("2023-10-31"))));
    let text = "Detectives said the undercover operation was carried out between March 2020 and June 2022.";
    assert_eq!(period(text, None), Some((s("2020-03-01"), s("2022-06-30"))));
    // Months of statistics are not an operation's.
    let text =
        "In the 12 months from 1 April 2023 to 31 March 2024, burglaries in Ashby fell by 8%.";
    assert_eq!(period(text, Some("2024-05-02")), None);
    let text = "The crime survey was carried out between April 2022 and March 2023 across Kent.";
    assert_eq!(period(text, None), None);
    // One month far down the release is a detail of its story.
    let text = "Officers seized heroin in Selby.\n\nTwo men were held.\n\nBoth are in custody.\n\nThe gang was first targeted during a crackdown in May 2019.";
    assert_eq!(period(text, None), None);
}

#[test]
fn court_results_take_the_day_of_the_search() {
    let text = "A man from Tiverton has been jailed for six years.\n\nOfficers searched his flat on Tuesday 14 March last year and found a loaded revolver.";
    assert_eq!(
        period(text, Some("2025-01-20")),
        Some((s("2024-03-14"), s("2024-03-14")))
    );
    // Months of the police operation behind a court result are its period; months of the
    // offences are not.
    let text = "Four men have been jailed for drug dealing in Crewe.\n\nThe sentences follow a police operation carried out between March 2021 and May 2022.";
    assert_eq!(
        period(text, Some("2024-02-01")),
        Some((s("2021-03-01"), s("2022-05-31")))
    );
    let text = "A man has been jailed for drug dealing in Crewe.\n\nHe ran a drugs line between March 2021 and May 2022.";
    assert_eq!(period(text, Some("2024-02-01")), None);
    // The day of an arrest is not a search.
    let text = "A woman has been jailed for four years for robbery.\n\nShe was arrested on 3 May 2023 after a chase through Leek.";
    assert_eq!(period(text, Some("2024-02-01")), None);
}

#[test]
fn two_days_and_openings() {
    // Two weekdays with their dates in brackets.
    let text =
        "Officers patrolled Kelso on Thursday and Friday (9 and 10 May), arresting four people.";
    assert_eq!(
        period(text, Some("2024-05-13")),
        Some((s("2024-05-09"), s("2024-05-10")))
    );
    // "today's seizure" in a quote is not a second day of action.
    let text = "Detectives stopped a van in Crewe on Saturday morning and seized \u{a3}40,000.\n\n\"Today's seizure will hurt the gang,\" said DI Rhodes.";
    assert_eq!(
        period(text, Some("2024-03-10")),
        Some((s("2024-03-09"), s("2024-03-09")))
    );
    // The day an operation began, open at its end.
    let text = "Officers have carried out 140 checkpoints since the winter initiative began on December 2.";
    assert_eq!(
        period(text, Some("2024-12-20")),
        Some((s("2024-12-02"), None))
    );
    // A running total's age is no period.
    let text = "The unit has made 900 arrests since it started in March 2021.";
    assert_eq!(period(text, Some("2024-12-20")), None);
}

#[test]
fn parts_and_rates_share_a_period() {
    // A part of the number before shares its period.
    let text =
        "In Dunedin 6,120 drivers were breath-tested in March, of which 41 were over the limit.";
    assert_eq!(
        figure_period(text, "41", Some("2024-04-10")).as_deref(),
        Some("2024-03")
    );
    // A rate in a statistics release is of the period its opening names.
    let text = "Harbury has the third lowest crime rate in the region, new figures show.\n\nThe force recorded 31,400 crimes in the 12 months to June 2023.\n\nThe rate of robbery was highest in Lowfield, at 2.3 crimes per 1,000 people.";
    assert_eq!(
        figure_period(text, "2.3", None).as_deref(),
        Some("2022-07-01/2023-06-30")
    );
    // Not in a release about days of action.
    let text = "Officers held a week of action from 3 to 9 June 2024.\n\nThe force recorded 31,400 crimes in 2023.\n\nBurglary stands at 4.1 per 1,000 homes.";
    assert_eq!(figure_period(text, "4.1", None), None);
}

#[test]
fn months_without_a_year_are_the_latest_before_publication() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "Shoplifting fell to 512 in the 12 months to April.",
            "512",
            "2024-05-20",
            "2023-05-01/2024-04-30",
        ),
        (
            "Shoplifting fell to 512 in the year to April.",
            "512",
            "2024-05-20",
            "2023-05-01/2024-04-30",
        ),
        // A month after the publication month is last year's.
        (
            "Shoplifting fell to 512 in the year to October.",
            "512",
            "2024-05-20",
            "2022-11-01/2023-10-31",
        ),
        (
            "Car thefts fell to 77 in the twelve months to the end of March 2024.",
            "77",
            "2024-05-20",
            "FY2023/24",
        ),
        (
            "Between January and June, 61 burglaries were recorded in Wem.",
            "61",
            "2024-08-20",
            "2024-H1",
        ),
        (
            "In the first quarter of this year, 61 burglaries were recorded in Wem.",
            "61",
            "2024-05-20",
            "2024-01-01/2024-03-31",
        ),
        (
            "In the second quarter of last year, 61 burglaries were recorded in Wem.",
            "61",
            "2024-05-20",
            "2023-04-01/2023-06-30",
        ),
        (
            "In Q3 of 2023, officers in Wem made 61 arrests.",
            "61",
            "2024-05-20",
            "2023-07-01/2023-09-30",
        ),
        // "since 1 January" of this year is the year so far.
        (
            "Since 1 January, 61 burglaries were recorded in Wem.",
            "61",
            "2024-08-20",
            "2024-YTD",
        ),
    ];
    for (text, number, pubd, want) in cases {
        assert_eq!(
            figure_period(text, number, Some(pubd)).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
    // Without a publication date or a current year, months without a year give none.
    assert_eq!(
        figure_period(
            "Shoplifting fell to 512 in the 12 months to April.",
            "512",
            None
        ),
        None
    );
    // Since 1 January of an earlier year is open.
    assert_eq!(
        figure_period(
            "Since 1 January 2019, 61 burglaries were recorded in Wem.",
            "61",
            Some("2024-08-20")
        ),
        None
    );
}

#[test]
fn the_previous_twelve_months_as_a_base() {
    let text = "Offences recorded in the 12 months to March 2022 totalled 41,300, compared with 44,950 in the previous 12 months.";
    assert_eq!(
        figure_period(text, "41,300", None).as_deref(),
        Some("FY2021/22")
    );
    assert_eq!(
        figure_period(text, "44,950", None).as_deref(),
        Some("FY2020/21")
    );
    let text = "In the 12 months to May 2024, officers seized 800 knives, up from 650 in the previous 12 months.";
    assert_eq!(
        figure_period(text, "650", None).as_deref(),
        Some("2022-06-01/2023-05-31")
    );
    // A rolling year with nothing named before it stays without a period.
    let text = "Officers made 950 arrests, up from 870 in the previous 12 months.";
    assert_eq!(figure_period(text, "870", Some("2024-05-01")), None);
}

#[test]
fn month_long_campaigns_and_lists_of_days() {
    let cases: &[(&str, &str, (&str, &str))] = &[
        (
            "Officers arrested 103 drivers during a month-long June campaign.",
            "2024-07-03",
            ("2024-06-01", "2024-06-30"),
        ),
        (
            "Officers seized 14 knives during the operation, which ran on 2, 3 and 4 March.",
            "2024-03-08",
            ("2024-03-02", "2024-03-04"),
        ),
        (
            "The speed checks were carried out on November 3, 9 and 21 near Corby.",
            "2024-11-25",
            ("2024-11-03", "2024-11-21"),
        ),
        // Ages listed before a date are not days.
        (
            "Three men, aged 19, 24 and 31, were arrested on 5 March in Hull.",
            "2024-03-08",
            ("2024-03-05", "2024-03-05"),
        ),
    ];
    for (text, pubd, (start, end)) in cases {
        assert_eq!(
            period(text, Some(pubd)),
            Some((s(start), s(end))),
            "{text:?}"
        );
    }
}

#[test]
fn the_same_period_in_other_words() {
    let cases: &[(&str, &str, Option<&str>, &str)] = &[
        ("Officers recovered 230 guns in the first half of 2023, against 190 in the same period of 2022.", "190", None, "2022-H1"),
        ("There were 84 burglaries in March, down from 97 in the same month last year.", "97", Some("2024-04-10"), "2023-03"),
        // A month after the publication month is last year's, and the same month a year before.
        ("There were 84 burglaries in November, down from 97 in the same month last year.", "97", Some("2024-01-10"), "2022-11"),
        ("There were 410 burglaries in the second quarter of 2023, down from 470 in the same quarter last year.", "470", None, "2022-04-01/2022-06-30"),
        ("Over the 24 months to December 2023 there were 810 robberies, against 900 in the same period last year.", "900", None, "2021-01-01/2022-12-31"),
    ];
    for (text, number, pubd, want) in cases {
        assert_eq!(
            figure_period(text, number, *pubd).as_deref(),
            Some(*want),
            "{number} in {text:?}"
        );
    }
    // "the same month last year" with no month named is not the whole year.
    let text = "Officers made 61 arrests, up from 40 in the same month last year.";
    assert_eq!(figure_period(text, "40", Some("2024-04-10")), None);
}

#[test]
fn a_byline_before_a_full_date_under_the_headline() {
    let text = |line: &str| {
        format!("Police close two cannabis farms\n\n{line}\n\nOfficers seized 60 plants in a raid.")
    };
    assert_eq!(
        published(&text("Harwick Newsdesk 9th Mar, 2023")).as_deref(),
        Some("2023-03-09")
    );
    assert_eq!(
        published(&text("By Press Office 21 June 2022")).as_deref(),
        Some("2022-06-21")
    );
    // Without a year, or with words after the date, it is no date line.
    assert_eq!(published(&text("Harwick Newsdesk 9 March")), None);
    assert_eq!(
        published(&text("Officers Met Residents 9 March 2023 In Harwick")),
        None
    );
}

#[test]
fn last_financial_year_counts_from_the_countrys_own_start() {
    // A UK release in June: the year that started in April is this one.
    let uk = "Last financial year there were 512 burglaries in Eastvale, Kent Police said.";
    assert_eq!(
        figure_period(uk, "512", Some("2025-06-30")).as_deref(),
        Some("FY2024/25")
    );
    // An Australian one on the same day: its year ends in June, so last year is the one before.
    let au = "Last financial year there were 512 burglaries in Ballarat, Victoria Police said.";
    assert_eq!(
        figure_period(au, "512", Some("2025-06-30")).as_deref(),
        Some("FY2023/24")
    );
}

#[test]
fn a_range_through_to_its_end_and_a_season_across_the_new_year() {
    let text = "Police said 9,410 firearms were surrendered from July 1, 2023, through to \
                June 30, 2024, Queensland Police said.";
    assert_eq!(
        figure_period(text, "9,410", None).as_deref(),
        Some("FY2023/24")
    );
    // A campaign over Christmas named by its two years is no financial year.
    let text = "During the 2016/2017 festive campaign, 431 drivers were arrested.";
    assert_eq!(figure_period(text, "431", None), None);
    let text = "In the 2016-17 campaign, 212 drivers were arrested in Kent.";
    assert_eq!(figure_period(text, "212", None), None);
    // The year after "than" is the base's, not the number's.
    let text = "We have 14 fewer burglaries than at this point in 2021.";
    assert_eq!(figure_period(text, "14", None), None);
}

#[test]
fn so_far_before_a_count_makes_its_year_the_year_so_far() {
    let text = "The chief said that so far there have been 6 shootings in Dunmore in 2026.";
    assert_eq!(figure_period(text, "6", None).as_deref(), Some("2026-YTD"));
    // A whole year compared with the count so far stays whole.
    let text = "There have been 40 so far, compared to 95 for the whole of 2025.";
    assert_eq!(figure_period(text, "95", None).as_deref(), Some("2025"));
}
