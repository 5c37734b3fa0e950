//! Native tests of the page's pure parts added for issue 4: HTML to text, highlight
//! segments and their UTF-16 ranges, the figures table's groups and sorting, contacts'
//! links, input checks, kept work, and every reducer action.

use std::rc::Rc;

use super::highlight::{locate_facts, segments, utf16_range, FactId, FactKind, Located};
use super::html::{decode_entities, html_to_text};
use super::input::{
    debounce_ms, file_kind, input_notes, is_iso_date, splice_utf16, FileKind, READ_EVERY_KEY,
};
use super::kept::Kept;
use super::state::{Read, Theme};
use super::table::{aria_sort, figure_groups, Column, Sort};
use super::view::{contact_href, is_police_force, place_groups};
use super::{Action, Report, State, SAMPLE_RELEASE};
use crate::extract::{
    Category, Certainty, ContactKind, Extraction, Figure, Place, PlaceKind, Qualifier, Source,
    Span, Unit,
};

// ---------------------------------------------------------------- html_to_text

#[test]
fn html_becomes_its_visible_text() {
    let table = [
        (
            "<p>Officers seized <b>19</b> knives.</p>",
            "Officers seized 19 knives.",
        ),
        (
            "<p>Two men were charged.</p><p>Call 101.</p>",
            "Two men were charged.\n\nCall 101.",
        ),
        (
            "Line one<br>line two<br/>line three",
            "Line one\nline two\nline three",
        ),
        (
            "<ul><li>9 warrants</li><li>4 arrests</li></ul>",
            "9 warrants\n4 arrests",
        ),
        (
            "Fish &amp; chips &pound;5 &#163;6 &#xA3;7 &nbsp;x",
            "Fish & chips £5 £6 £7 x",
        ),
        ("<script>alert(1)</script>Safe words", "Safe words"),
        ("<STYLE>p { color: red }</STYLE>Plain", "Plain"),
        ("<img src=x onerror=alert(1)>", ""),
        ("a <!-- hidden --> b", "a b"),
        ("<a href=\"x\" title='a > b'>link</a> text", "link text"),
        ("3 < 4 and 5 > 2", "3 < 4 and 5 > 2"),
        ("  lots \n\n of   space  ", "lots of space"),
        ("<h1>Title</h1>Body", "Title\n\nBody"),
        (
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
            "a b\nc",
        ),
        ("<script>never closed", ""),
        ("&unknown; &amp", "&unknown; &amp"),
        ("", ""),
    ];
    for (html, want) in table {
        assert_eq!(html_to_text(html), want, "{html:?}");
    }
}

#[test]
fn a_saved_page_gives_its_article_without_menus_or_footers() {
    let page = "<html><body><nav><a href=/>Home</a> | <a href=/news>News</a></nav>\
        <header><p>Westmoor Constabulary</p></header>\
        <article><h1>Arrests in Brackley</h1><p>Officers made four arrests.</p></article>\
        <footer>Cookie policy</footer></body></html>";
    assert_eq!(
        html_to_text(page),
        "Arrests in Brackley\n\nOfficers made four arrests."
    );
    // The longest article, when a page lists others beside it.
    let articles = "<article><p>Short teaser.</p></article>\
        <article><p>Officers seized nine knives in Corby on Monday.</p></article>";
    assert_eq!(
        html_to_text(articles),
        "Officers seized nine knives in Corby on Monday."
    );
    // `main`, when no article is marked.
    let main = "<body><nav>Home | Contact</nav><main><p>Two men were charged.</p></main>\
        <p>Cookie policy</p></body>";
    assert_eq!(html_to_text(main), "Two men were charged.");
    // A whole page marking neither loses its menus, footers and asides.
    let plain = "<html><body><nav>Home | News</nav><div><p>Officers made an arrest.</p></div>\
        <aside>Related stories</aside><footer>Cookie policy</footer></body></html>";
    assert_eq!(html_to_text(plain), "Officers made an arrest.");
    // A page marking neither, with its menus in plain `div`s: its largest text block,
    // with the headline above it.
    let blocks = "<html><body><div class=menu><a href=/>Home</a> | <a href=/news>News</a> | \
        <a href=/contact>Contact</a></div><div class=top><h1>Six arrests in Harlow Vale</h1></div>\
        <div class=story><p>Officers from the Vale team made six arrests on Thursday.</p>\
        <p>Two men have been charged with burglary and remain in custody.</p>\
        <div class=share>Share this</div></div>\
        <div class=legal><a href=/c>Cookie policy</a> | <a href=/a>Accessibility</a></div>\
        </body></html>";
    assert_eq!(
        html_to_text(blocks),
        "Six arrests in Harlow Vale\n\nOfficers from the Vale team made six arrests on Thursday.\n\n\
         Two men have been charged with burglary and remain in custody.\n\nShare this"
    );
    // The wrapper around an intro and a body is taken whole, not the longer of the two.
    let wrapped = "<body><div><a href=/>Home</a> <a href=/n>News</a></div><div class=wrap>\
        <div class=intro><p>Five people were arrested in Orrin Bay.</p></div>\
        <div class=text><p>The arrests followed reports of thefts from sheds and garages \
        across the bay over the summer, officers said.</p></div></div></body>";
    assert_eq!(
        html_to_text(wrapped),
        "Five people were arrested in Orrin Bay.\n\nThe arrests followed reports of thefts \
         from sheds and garages across the bay over the summer, officers said."
    );
    // No one block holds most of the words: the whole page is read, as before.
    let even = "<body><div><p>Three knives were handed in.</p></div>\
        <div><p>Four more were found in a park.</p></div></body>";
    assert_eq!(
        html_to_text(even),
        "Three knives were handed in.\n\nFour more were found in a park."
    );
    // A fragment keeps everything it holds.
    assert_eq!(
        html_to_text("<footer>Call 101</footer><p>One arrest.</p>"),
        "Call 101\n\nOne arrest."
    );
    // An article inside a script is not the page's content, and an empty one is ignored.
    let tricky = "<script>x = '<article>fake</article>'</script><article> </article>\
        <p>Real words.</p>";
    assert_eq!(html_to_text(tricky), "Real words.");
}

#[test]
fn many_hidden_elements_are_skipped_in_linear_time() {
    // Each `<svg>` once lower-cased the rest of the input: 40,000 of them took 649 ms.
    let count = 40_000;
    let mut html = String::new();
    for i in 0..count {
        html.push_str("<SVG viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></Svg><p>");
        html.push_str(if i % 2 == 0 { "word" } else { "more" });
        html.push_str("</p>");
    }
    let started = std::time::Instant::now();
    let text = html_to_text(&html);
    eprintln!(
        "html_to_text: {} bytes with {count} svg elements in {:?}",
        html.len(),
        started.elapsed()
    );
    assert_eq!(text.matches("word").count(), count / 2);
    assert_eq!(text.matches("more").count(), count / 2);
    assert!(
        !text.contains("path") && !text.contains('<'),
        "nothing hidden shows"
    );
    // A whole page of blocks never closed, and end tags that close nothing.
    let mut deep = String::from("<body>");
    for _ in 0..count {
        deep.push_str("<div><p>word</p></section>");
    }
    let started = std::time::Instant::now();
    let read = html_to_text(&deep);
    eprintln!(
        "html_to_text: {count} unclosed blocks in {:?}",
        started.elapsed()
    );
    assert_eq!(read.matches("word").count(), count);
    let mut article = String::from("<article>");
    article.push_str(&html);
    article.push_str("</article>");
    assert_eq!(html_to_text(&article), text);
}

#[test]
fn html_to_text_never_panics_on_broken_markup() {
    for odd in [
        "<",
        "<<",
        "</",
        "<a",
        "<a '>",
        "&#",
        "&#x;",
        "&#99999999;",
        "<\u{e9}>",
        "é<p>ü",
    ] {
        let _ = html_to_text(odd);
    }
    assert_eq!(decode_entities("&#0;"), "&#0;", "NUL is not decoded");
}

// ---------------------------------------------------------------- highlights

fn located(kind: FactKind, index: usize, start: usize, end: usize) -> Located {
    Located {
        id: FactId::new(kind, index),
        span: Span::new(start, end),
        colour: kind.name(),
        label: String::new(),
        rule: String::new(),
        tip: String::new(),
        with: Vec::new(),
    }
}

fn joined(segs: &[super::highlight::Segment]) -> String {
    segs.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn segments_cover_the_text_exactly_once() {
    let text = "Officers seized 14 knives in Luton.";
    let facts = [
        located(FactKind::Figure, 0, 16, 25),
        located(FactKind::Place, 0, 29, 34),
    ];
    let segs = segments(text, &facts);
    assert_eq!(joined(&segs), text);
    let marked: Vec<(&str, Option<usize>)> =
        segs.iter().map(|s| (s.text.as_str(), s.fact)).collect();
    assert_eq!(
        marked,
        [
            ("Officers seized ", None),
            ("14 knives", Some(0)),
            (" in ", None),
            ("Luton", Some(1)),
            (".", None)
        ]
    );
}

#[test]
fn the_innermost_fact_wins_where_facts_overlap() {
    // A quote (0..30) holding a figure (10..18); a person span overlapping its end.
    let text = "\"We found 12 guns and more,\" said Ann Lee.";
    let facts = [
        located(FactKind::Quote, 0, 0, 28),
        located(FactKind::Figure, 0, 10, 18),
        located(FactKind::Person, 0, 26, 41),
    ];
    let segs = segments(text, &facts);
    assert_eq!(joined(&segs), text);
    let owners: Vec<Option<usize>> = segs.iter().map(|s| s.fact).collect();
    assert_eq!(owners, [Some(0), Some(1), Some(0), Some(2), None]);
    assert_eq!(segs[1].text, "12 guns ");
    // Same input, same cut, whatever the order of the facts.
    let mut reversed = facts.to_vec();
    reversed.reverse();
    let again: Vec<String> = segments(text, &reversed)
        .into_iter()
        .map(|s| s.text)
        .collect();
    let first: Vec<String> = segs.into_iter().map(|s| s.text).collect();
    assert_eq!(again, first);
}

#[test]
fn segments_count_utf16_units_for_the_dom() {
    // "£" is one UTF-16 unit, "😀" is two, "é" one; spans are code points.
    let text = "😀 £40 seized in Cré";
    let facts = [
        located(FactKind::Figure, 0, 2, 5),
        located(FactKind::Place, 0, 16, 19),
    ];
    let segs = segments(text, &facts);
    assert_eq!(joined(&segs), text);
    assert_eq!(segs[1].text, "£40");
    assert_eq!(segs[1].utf16, (3, 6));
    assert_eq!(segs[3].text, "Cré");
    assert_eq!(segs[3].utf16, (17, 20));
    assert_eq!(utf16_range(text, Span::new(0, 1)), (0, 2));
    let total: usize = text.encode_utf16().count();
    assert_eq!(segs.last().map(|s| s.utf16.1), Some(total));
}

#[test]
fn spans_beyond_the_text_or_empty_are_cut_or_skipped() {
    let text = "short";
    let facts = [
        located(FactKind::Figure, 0, 3, 99),
        located(FactKind::Place, 0, 2, 2),
        located(FactKind::Place, 1, 50, 60),
    ];
    let segs = segments(text, &facts);
    assert_eq!(joined(&segs), text);
    assert_eq!(segs.len(), 2);
    assert!(segments("", &facts).is_empty());
}

#[test]
fn every_fact_of_the_sample_is_highlighted_with_its_own_words() {
    let state = State::with_sample();
    let h = &state.highlights;
    assert_eq!(joined(&h.segments), SAMPLE_RELEASE);
    let knives = h
        .segments
        .iter()
        .find(|s| s.text.contains("46 knives"))
        .expect("the 46 knives are highlighted");
    let fact = &h.facts[knives.fact.expect("a fact")];
    assert_eq!(fact.id.kind, FactKind::Figure);
    assert_eq!(fact.colour, "seized");
    assert!(fact.label.contains("46"), "{}", fact.label);
    assert!(!fact.rule.is_empty());
    assert!(
        fact.tip.contains(&super::reason::reason(&fact.rule))
            && !fact.tip.contains(&fact.rule)
            && fact.tip.contains("46"),
        "{}",
        fact.tip
    );
    let kinds: Vec<FactKind> = h.facts.iter().map(|f| f.id.kind).collect();
    for kind in [
        FactKind::Operation,
        FactKind::Figure,
        FactKind::Person,
        FactKind::Contact,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} highlighted");
    }
    // The facts, then the numbers left unread (`review`), each in its own colour.
    let (numbers, facts): (Vec<_>, Vec<_>) = h
        .facts
        .iter()
        .cloned()
        .partition(|f| f.id.kind == FactKind::Unread);
    assert_eq!(locate_facts(&state.extraction), facts);
    assert!(numbers.iter().all(|n| n.colour == "unread"));
}

// ---------------------------------------------------------------- figures table

fn fig(category: Category, value: f64, item: &str, period: Option<&str>) -> Figure {
    Figure {
        category,
        value,
        unit: Unit::Count,
        item: item.into(),
        qualifier: Qualifier::Exact,
        period: period.map(str::to_string),
        change: None,
        value_certainty: Certainty::Stated,
        period_certainty: Certainty::Stated,
        source: Source::new(Span::new(0, 1), "test"),
    }
}

fn table_extraction() -> Extraction {
    Extraction {
        figures: vec![
            fig(Category::Arrest, 23.0, "people", None),
            fig(Category::Knife, 46.0, "knives", None),
            fig(Category::Rate, 7.0, "burglaries", Some("2024")),
            fig(Category::Cash, 900.0, "cash", None),
            fig(Category::Rate, 9.0, "burglaries", Some("2023")),
            fig(Category::Activity, 41.0, "sweeps", None),
        ],
        ..Default::default()
    }
}

#[test]
fn figures_are_grouped_seized_outcomes_activity_statistics() {
    let x = table_extraction();
    let report = Report::new(&x);
    let groups = figure_groups(&x.figures, &report.figures, None, &[0; 4]);
    let shape: Vec<(&str, Vec<usize>)> = groups.iter().map(|g| (g.title, g.rows.clone())).collect();
    assert_eq!(
        shape,
        [
            ("Seized", vec![1, 3]),
            ("Outcomes", vec![0]),
            ("Activity", vec![5]),
            ("Crime statistics", vec![2, 4])
        ]
    );
    assert!(figure_groups(&[], &[], None, &[0; 4]).is_empty());
}

#[test]
fn sorting_orders_rows_within_each_group() {
    let x = table_extraction();
    let report = Report::new(&x);
    let order = |sort: Sort| -> Vec<Vec<usize>> {
        figure_groups(&x.figures, &report.figures, Some(sort), &[0; 4])
            .into_iter()
            .map(|g| g.rows)
            .collect()
    };
    let by_value = Sort::after_click(None, Column::Value);
    assert_eq!(order(by_value), [vec![1, 3], vec![0], vec![5], vec![2, 4]]);
    let down = Sort::after_click(Some(by_value), Column::Value);
    assert!(down.descending);
    assert_eq!(order(down), [vec![3, 1], vec![0], vec![5], vec![4, 2]]);
    let by_period = Sort::after_click(Some(down), Column::Period);
    assert!(!by_period.descending, "a new column starts ascending");
    assert_eq!(order(by_period)[3], vec![4, 2], "2023 before 2024");
    let by_item = Sort::after_click(None, Column::Item);
    assert_eq!(order(by_item)[0], vec![3, 1], "cash before knives");
    assert_eq!(aria_sort(Some(down), Column::Value), "descending");
    assert_eq!(aria_sort(Some(by_value), Column::Value), "ascending");
    assert_eq!(aria_sort(Some(by_value), Column::Item), "none");
    assert_eq!(aria_sort(None, Column::Item), "none");
}

#[test]
fn an_inferred_value_is_marked_on_its_row() {
    let mut x = table_extraction();
    x.figures[0].value_certainty = Certainty::Inferred;
    let report = Report::new(&x);
    assert!(report.figures[0].inferred);
    assert!(!report.figures[1].inferred);
    assert_eq!(report.figures[2].id, FactId::new(FactKind::Figure, 2));
}

// ---------------------------------------------------------------- panels

#[test]
fn contacts_link_only_where_it_is_safe() {
    let table = [
        (ContactKind::Phone, "0800 555 111", Some("tel:0800555111")),
        (
            ContactKind::Phone,
            "+44 20 7946 0000",
            Some("tel:+442079460000"),
        ),
        (ContactKind::Phone, "101", Some("tel:101")),
        (
            ContactKind::Email,
            "press@example.police.uk",
            Some("mailto:press@example.police.uk"),
        ),
        (ContactKind::Email, "not an email", None),
        (ContactKind::Email, "a@b.uk?cc=x@y.uk", None),
        (
            ContactKind::Url,
            "https://example.org/report",
            Some("https://example.org/report"),
        ),
        (
            ContactKind::Url,
            "HTTP://example.org",
            Some("HTTP://example.org"),
        ),
        (
            ContactKind::Url,
            "www.example.police.uk",
            Some("https://www.example.police.uk"),
        ),
        (
            ContactKind::Url,
            "example.org/report",
            Some("https://example.org/report"),
        ),
        (ContactKind::Url, "javascript:alert(1)", None),
        (ContactKind::Url, "data:text/html,<b>x</b>", None),
        (ContactKind::Url, "ftp://example.org", None),
        (ContactKind::Url, "exa mple.org", None),
        (ContactKind::Handle, "@ExamplePolice", None),
    ];
    for (kind, value, want) in table {
        assert_eq!(contact_href(kind, value).as_deref(), want, "{value}");
    }
}

#[test]
fn the_sample_links_its_phones_and_names_its_force() {
    let report = &State::with_sample().report;
    let phone = report
        .contacts
        .iter()
        .find(|c| c.text.contains("0800 555 111"))
        .expect("the Crimestoppers number");
    assert_eq!(phone.href.as_deref(), Some("tel:0800555111"));
    assert!(!phone.external);
    assert_eq!(report.force.as_deref(), Some("Thames Valley Police"));
}

#[test]
fn the_force_is_of_the_release_s_own_country() {
    let force = |text: &str| {
        super::view::force_of(&crate::extract::extract(
            text,
            &crate::extract::Options::default(),
        ))
        .map(str::to_string)
    };
    // A New Zealand release that names an Australian force first.
    assert_eq!(
        force(
            "The Australian Federal Police tipped off investigators. Waikato Police \
             searched a house in Hamilton and Auckland. Waikato Police thanked residents \
             of Tauranga."
        )
        .as_deref(),
        Some("Waikato Police")
    );
    // The force named most often, when nothing tells the countries apart.
    assert_eq!(
        force("Kent Police led the week. Essex Police helped. Kent Police thanked them.")
            .as_deref(),
        Some("Kent Police")
    );
    // A court or a unit is not the force.
    assert_eq!(
        force("They will appear at Kelso Sheriff Court. Police Scotland seized the drugs.")
            .as_deref(),
        Some("Police Scotland")
    );
    // Only a force of another country: no force is named.
    assert_eq!(
        force(
            "New Zealand detectives in Auckland and Wellington worked with the Australian \
             Federal Police."
        ),
        None
    );
}

#[test]
fn police_forces_are_told_from_other_organisations() {
    for yes in [
        "Thames Valley Police",
        "Police Scotland",
        "Kent Constabulary",
        "An Garda Síochána",
        "PSNI",
        "Maricopa County Sheriff's Office",
    ] {
        assert!(is_police_force(yes), "{yes}");
    }
    for no in [
        "Crimestoppers",
        "Police Federation",
        "Police and Crime Commissioner",
        "Kennetside Trust",
        "Kelso Sheriff Court",
        "Westshire Police Dog Unit",
    ] {
        assert!(!is_police_force(no), "{no}");
    }
}

#[test]
fn places_are_grouped_by_kind_in_a_fixed_order() {
    let place = |name: &str, kind| Place {
        name: name.into(),
        kind,
        source: Source::new(Span::new(0, 1), "test"),
    };
    let x = Extraction {
        places: vec![
            place("Mill Lane", PlaceKind::Street),
            place("Derby", PlaceKind::City),
            place("Wales", PlaceKind::Country),
            place("Leek", PlaceKind::City),
        ],
        ..Default::default()
    };
    let groups = place_groups(&x);
    let shape: Vec<(&str, Vec<&str>)> = groups
        .iter()
        .map(|g| (g.title, g.lines.iter().map(|l| l.text.as_str()).collect()))
        .collect();
    assert_eq!(
        shape,
        [
            ("Countries", vec!["Wales"]),
            ("Cities and towns", vec!["Derby", "Leek"]),
            ("Streets", vec!["Mill Lane"])
        ]
    );
    assert_eq!(groups[1].lines[1].id, Some(FactId::new(FactKind::Place, 3)));
}

// ---------------------------------------------------------------- input checks

#[test]
fn only_text_markdown_and_html_files_are_opened() {
    assert_eq!(file_kind("release.txt", ""), Some(FileKind::Text));
    assert_eq!(file_kind("NOTES.MD", ""), Some(FileKind::Text));
    assert_eq!(file_kind("page.html", ""), Some(FileKind::Html));
    assert_eq!(file_kind("page.HTM", "text/html"), Some(FileKind::Html));
    assert_eq!(file_kind("download", "text/html"), Some(FileKind::Html));
    assert_eq!(file_kind("download", "text/plain"), Some(FileKind::Text));
    assert_eq!(file_kind("scan.pdf", "application/pdf"), None);
    assert_eq!(file_kind("photo.jpg", "image/jpeg"), None);
}

#[test]
fn odd_input_gets_a_note_and_releases_get_none() {
    assert!(input_notes(SAMPLE_RELEASE).is_empty());
    assert!(input_notes("").is_empty(), "the core reports empty text");
    let binary: String = (0u8..200).map(|b| char::from(b % 32)).collect();
    let notes = input_notes(&binary);
    assert_eq!(notes.len(), 1);
    assert!(notes[0].text.contains("binary"), "{:?}", notes[0]);
    let spanish = "La policía detuvo ayer por la tarde a cuatro hombres en un piso de \
        Valencia durante una operación contra el tráfico de drogas. Los agentes incautaron \
        dos kilos de cocaína, tres cuchillos y dinero en efectivo. Según fuentes policiales, \
        los detenidos pasarán mañana a disposición judicial en los juzgados de la ciudad.";
    assert!(
        input_notes(spanish)[0].text.contains("English"),
        "{spanish}"
    );
    let greek = "Η αστυνομία κατέσχεσε δεκαπέντε μαχαίρια στην Αθήνα την Τρίτη.";
    assert!(input_notes(greek)[0].text.contains("English"));
    let long = "Officers made an arrest. ".repeat(50_000);
    let notes = input_notes(&long);
    assert!(notes[0].text.contains("very long"), "{notes:?}");
}

#[test]
fn short_texts_are_read_on_every_key_and_long_ones_after_a_pause() {
    assert_eq!(debounce_ms(0, 10_000_000, false), 0, "tests read at once");
    for in_worker in [true, false] {
        assert_eq!(
            debounce_ms(150, 5_000, in_worker),
            0,
            "a release, every key"
        );
        assert_eq!(debounce_ms(150, READ_EVERY_KEY, in_worker), 0);
        assert!(debounce_ms(150, READ_EVERY_KEY + 1, in_worker) >= 150);
    }
    assert_eq!(
        debounce_ms(150, 1_000_000, true),
        150,
        "the worker keeps the base pause"
    );
    assert!(debounce_ms(150, 5_000_000, false) <= 2_000);
    assert!(debounce_ms(150, 1_000_000, false) > debounce_ms(150, 30_000, false));
}

#[test]
fn only_real_calendar_dates_fill_the_date_field() {
    for yes in ["2026-03-18", "2024-02-29", "1999-12-31"] {
        assert!(is_iso_date(yes), "{yes}");
    }
    for no in [
        "",
        "2026-3-18",
        "2023-02-29",
        "2026-13-01",
        "2026-04-31",
        "--03-18",
        "2026-03",
    ] {
        assert!(!is_iso_date(no), "{no}");
    }
}

#[test]
fn kept_work_round_trips_and_damage_is_reported() {
    let kept = Kept {
        text: "Officers in Crewe seized 5 bikes.".into(),
        date: Some("2026-02-01".into()),
        ..Kept::default()
    };
    assert_eq!(Kept::parse(&kept.to_json()), Ok(kept));
    assert!(Kept::parse("{not json").is_err());
    assert!(Kept::parse("\"just a string\"").is_err());
    let odd_date = Kept::parse(r#"{"text":"x","date":"soon"}"#).expect("text is kept");
    assert_eq!(
        odd_date.date, None,
        "a damaged date is dropped, the text kept"
    );
}

/// Work kept by older builds (the hand-written writer, and serde_json before it, wrote
/// these same bytes) still reads, and this build writes the same form.
#[test]
fn kept_work_of_older_builds_still_reads() {
    let stored: &[(&str, Kept)] = &[
        (r#"{"text":""}"#, kept("", None)),
        (
            r#"{"text":"Officers in Tarnby seized 3 vans.","date":"2026-02-01"}"#,
            kept("Officers in Tarnby seized 3 vans.", Some("2026-02-01")),
        ),
        (
            "{\"text\":\"quote \\\" backslash \\\\ tab \\t nul \\u0000 del \u{7f}\"}",
            kept("quote \" backslash \\ tab \t nul \u{0} del \u{7f}", None),
        ),
        (
            "{\"text\":\"\u{1F52A} é \u{2028}\",\"date\":\"2025-12-31\"}",
            kept("\u{1F52A} é \u{2028}", Some("2025-12-31")),
        ),
    ];
    for (json, want) in stored {
        assert_eq!(Kept::parse(json).as_ref(), Ok(want), "{json}");
        assert_eq!(&want.to_json(), json, "written as before");
    }
    // A kept value with a null date, or fields this version does not know, still reads.
    let read = Kept::parse(r#"{"date":null,"text":"x","theme":"dark"}"#);
    assert_eq!(read, Ok(kept("x", None)));
    // Escapes an older writer never used but JSON allows.
    let read = Kept::parse(r#"{"text":"a\/b \ud83d\udd2a \u00e9"}"#);
    assert_eq!(read, Ok(kept("a/b \u{1F52A} é", None)));
    assert!(
        Kept::parse(r#"{"date":"2026-02-01"}"#).is_err(),
        "the text is required"
    );
    assert!(Kept::parse(r#"{"text":5}"#).is_err());
    assert!(
        Kept::parse(r#"{"text":"\ud800"}"#).is_err(),
        "a lone surrogate"
    );
}

fn kept(text: &str, date: Option<&str>) -> Kept {
    Kept {
        text: text.to_string(),
        date: date.map(str::to_string),
        ..Kept::default()
    }
}

// ---------------------------------------------------------------- reducer

const DATED: &str = "Officers in Crewe arrested four men yesterday.";

/// The state after `action` once its text is read, as the page's reader (or the inline
/// fallback, `Action::Analyse`) does at once for a replaced text or a new date.
fn then_read(state: Rc<State>, action: Action) -> Rc<State> {
    state.apply(action).apply(Action::Analyse)
}

#[test]
fn the_date_field_follows_the_text_until_the_reader_types_one() {
    let sample = Rc::new(State::with_sample());
    assert_eq!(sample.date_field(), "2026-03-18");
    let dated = then_read(sample, Action::SetDate("2025-06-10".into()));
    assert_eq!(dated.date.as_deref(), Some("2025-06-10"));
    assert_eq!(dated.date_field(), "2025-06-10");
    assert_eq!(dated.extraction.published.as_deref(), Some("2025-06-10"));
    let undated = then_read(dated, Action::SetDate(String::new()));
    assert_eq!(undated.date, None);
    assert_eq!(undated.date_field(), "2026-03-18");
}

#[test]
fn a_new_date_resolves_relative_dates_again() {
    let a = then_read(
        Rc::new(State::new(DATED)),
        Action::SetDate("2026-05-05".into()),
    );
    let b = then_read(a.clone(), Action::SetDate("2026-07-21".into()));
    assert_ne!(
        a.extraction.to_json(),
        b.extraction.to_json(),
        "the facts depend on the date"
    );
    assert_eq!(
        *b.extraction,
        crate::extract::extract(DATED, &crate::extract::Options::published("2026-07-21"))
    );
}

#[test]
fn clear_keeps_the_text_and_date_for_undo() {
    let start = then_read(
        Rc::new(State::new(DATED)),
        Action::SetDate("2026-05-05".into()),
    );
    let cleared = start.clone().apply(Action::Clear);
    assert_eq!(&*cleared.text, "");
    assert_eq!(cleared.date, None);
    assert!(cleared.undo.is_some());
    let back = then_read(cleared, Action::Undo);
    assert_eq!(&*back.text, DATED);
    assert_eq!(back.date.as_deref(), Some("2026-05-05"));
    assert_eq!(back.extraction, start.extraction);
    assert!(back.undo.is_none());
}

#[test]
fn typing_after_clear_drops_the_undo() {
    let cleared = Rc::new(State::new(DATED)).apply(Action::Clear);
    let typed = cleared.apply(Action::Edit("New words".into()));
    assert!(typed.undo.is_none());
    let same = typed.clone().apply(Action::Undo);
    assert!(Rc::ptr_eq(&typed, &same), "nothing to undo");
    let empty = Rc::new(State::new(""));
    assert!(Rc::ptr_eq(&empty, &empty.clone().apply(Action::Clear)));
}

#[test]
fn the_sample_keeps_what_it_replaced_for_undo() {
    let start = then_read(
        Rc::new(State::new(DATED)),
        Action::SetDate("2026-05-05".into()),
    );
    let sample = start.clone().apply(Action::LoadSample);
    assert_eq!(&*sample.text, SAMPLE_RELEASE);
    assert_eq!(sample.undo_label, "Undo sample");
    let back = then_read(sample, Action::Undo);
    assert_eq!(&*back.text, DATED);
    assert_eq!(back.date.as_deref(), Some("2026-05-05"));
    assert!(back.undo.is_none());
    // An empty box loses nothing, so the sample keeps Clear's undo as it was.
    let cleared = start.clone().apply(Action::Clear);
    let sample = cleared.apply(Action::LoadSample);
    assert_eq!(sample.undo_label, "Undo clear");
    assert_eq!(sample.undo.as_ref().map(|k| k.text.as_str()), Some(DATED));
    // The sample over itself changes nothing.
    let again = sample.clone().apply(Action::LoadSample);
    assert!(Rc::ptr_eq(&sample, &again));
}

#[test]
fn clears_undo_kept_from_an_earlier_visit_applies_only_to_an_empty_box() {
    let kept = Kept {
        text: DATED.into(),
        date: None,
        ..Kept::default()
    };
    let empty = Rc::new(State::new(""));
    let restored = empty.apply(Action::KeptUndo(kept.clone()));
    assert_eq!(restored.undo.as_ref(), Some(&kept));
    assert_eq!(restored.undo_label, "Undo clear");
    let back = then_read(restored, Action::Undo);
    assert_eq!(&*back.text, DATED);
    let full = Rc::new(State::with_sample());
    assert!(Rc::ptr_eq(
        &full,
        &full.clone().apply(Action::KeptUndo(kept))
    ));
}

#[test]
fn escape_unselects() {
    let state = Rc::new(State::with_sample());
    let fact = state.highlights.facts[0].id;
    let picked = state.apply(Action::Select(fact));
    assert!(picked.selected.is_some());
    let none = picked.apply(Action::Unselect);
    assert!(none.selected.is_none());
    assert!(Rc::ptr_eq(&none, &none.clone().apply(Action::Unselect)));
}

#[test]
fn replace_asks_for_a_whole_new_text_to_be_read_at_once() {
    let state = Rc::new(State::with_sample()).apply(Action::Replace(DATED.into()));
    assert!(
        state.stale && state.urgent,
        "read at once, not after a pause"
    );
    assert_eq!(&*state.text, DATED);
    let (live, options) = state.to_read().expect("something to read");
    assert_eq!((live, options.published), (DATED, None));
    let typed = state.apply(Action::Edit(format!("{DATED} More.")));
    assert!(
        typed.stale && !typed.urgent,
        "typing waits for a pause again"
    );
}

#[test]
fn a_long_text_says_it_is_being_read() {
    let long = "Officers in Crewe arrested four men. ".repeat(2_000);
    assert_eq!(
        super::input::reading_note(&long, true).as_deref(),
        Some("Reading 74,000 characters\u{2026}")
    );
    assert_eq!(
        super::input::reading_note(&long, false),
        None,
        "read already"
    );
    assert_eq!(
        super::input::reading_note(DATED, true),
        None,
        "too short to wait for"
    );
}

#[test]
fn kept_work_is_read_at_once_after_the_page_starts() {
    let kept = Kept {
        text: DATED.to_string(),
        date: Some("2026-05-05".to_string()),
        ..Kept::default()
    };
    let start = Rc::new(State::from_kept(&kept));
    assert!(
        start.stale && start.urgent,
        "read by the reader, not while starting"
    );
    assert_eq!(
        (&*start.text, start.date.as_deref()),
        (DATED, Some("2026-05-05"))
    );
    let read = start.apply(Action::Analyse);
    assert_eq!(
        *read.extraction,
        crate::extract::extract(DATED, &crate::extract::Options::published("2026-05-05"))
    );
}

#[test]
fn only_a_text_from_outside_the_box_is_written_into_it() {
    let start = Rc::new(State::new(DATED));
    let typed = start.clone().apply(Action::Edit(format!("{DATED} Then")));
    assert_eq!(
        typed.rewrites, start.rewrites,
        "typing never rewrites the box"
    );
    let read = typed.apply(Action::Analyse);
    let dated = then_read(read.clone(), Action::SetDate("2026-05-05".into()));
    assert_eq!(
        dated.rewrites, read.rewrites,
        "nor do reading and a new date"
    );
    let mut last = dated.rewrites;
    let mut state = dated;
    for action in [
        Action::Clear,
        Action::Undo,
        Action::LoadSample,
        Action::Replace("Two vans were seized.".into()),
    ] {
        state = state.apply(action.clone());
        assert_ne!(state.rewrites, last, "{action:?} rewrites the box");
        last = state.rewrites;
    }
}

#[test]
fn a_read_applies_only_to_the_text_it_was_made_from() {
    let typed = Rc::new(State::new("")).apply(Action::Edit(DATED.into()));
    let read = |text: &str| {
        Action::Read(Box::new(Read {
            text: Rc::from(text),
            date: None,
            extraction: crate::extract::extract(text, &Default::default()),
        }))
    };
    let older = typed.clone().apply(read("Officers in Crewe"));
    assert!(
        Rc::ptr_eq(&typed, &older),
        "a read of an older text is dropped"
    );
    let done = typed.apply(read(DATED));
    assert!(!done.stale && !done.urgent);
    assert_eq!(*done, *Rc::new(State::new(DATED)).apply(Action::Analyse));
    assert!(done.to_read().is_none(), "nothing left to read");
    let again = done.clone().apply(read(DATED));
    assert!(Rc::ptr_eq(&done, &again), "facts already up to date");
}

#[test]
fn selecting_remembers_where_and_counts_each_pick() {
    let fig = FactId::new(FactKind::Figure, 0);
    let state = Rc::new(State::with_sample()).apply(Action::Select(fig));
    let first = state.selected.expect("selected");
    assert_eq!(first.fact, fig);
    assert!(!first.in_source);
    let again = state.apply(Action::SelectWords(fig));
    let second = again.selected.expect("selected");
    assert!(second.in_source);
    assert_ne!(first.nonce, second.nonce, "a second pick flashes again");
    let quote = FactId {
        kind: FactKind::Quote,
        index: 0,
        part: 0,
    };
    let q = again.apply(Action::SelectWords(quote));
    assert!(
        q.is_selected(FactId::new(FactKind::Person, 0)),
        "a quote selects its speaker"
    );
    assert!(!q.is_selected(fig));
    let reread = q.apply(Action::Edit("x".into())).apply(Action::Analyse);
    assert!(
        reread.selected.is_none(),
        "new facts, new ids: nothing selected"
    );
}

#[test]
fn sort_theme_and_notice_survive_a_reread() {
    let state = Rc::new(State::with_sample())
        .apply(Action::Sort(Column::Value))
        .apply(Action::SetTheme(Theme::Dark))
        .apply(Action::Notice(Some("Storage is full.".into())))
        .apply(Action::Edit(DATED.into()))
        .apply(Action::Analyse);
    assert_eq!(state.sort.map(|s| s.column), Some(Column::Value));
    assert_eq!(state.theme, Theme::Dark);
    assert_eq!(state.notice.as_deref(), Some("Storage is full."));
    let quiet = state.apply(Action::Notice(None));
    assert_eq!(quiet.notice, None);
}

#[test]
fn the_theme_toggle_goes_to_the_other_look() {
    assert_eq!(Theme::System.toggled(true), Theme::Light);
    assert_eq!(Theme::System.toggled(false), Theme::Dark);
    assert_eq!(Theme::Dark.toggled(false), Theme::Light);
    assert_eq!(Theme::Light.toggled(true), Theme::Dark);
    assert_eq!(Theme::from_name("dark"), Theme::Dark);
    assert_eq!(Theme::from_name("garbage"), Theme::System);
    assert_eq!(Theme::Light.name(), "light");
}

#[test]
fn binary_and_foreign_text_say_so_in_the_notes() {
    let state = State::new("\u{0}\u{1}\u{2}\u{3}PK\u{3}\u{4}\u{fffd}\u{fffd}\u{0}\u{0}");
    assert!(state
        .report
        .diagnostics
        .iter()
        .any(|d| d.text.contains("binary")));
}

#[test]
fn pasted_text_goes_where_the_caret_is_counting_utf16_units() {
    assert_eq!(
        splice_utf16("Hello world", 6, 11, "Leeds"),
        ("Hello Leeds".into(), 11)
    );
    assert_eq!(splice_utf16("ab", 1, 1, "X"), ("aXb".into(), 2));
    // "😀" is two UTF-16 units: offset 2 is after it, offset 1 falls inside it.
    assert_eq!(splice_utf16("😀£5", 2, 3, "€"), ("😀€5".into(), 3));
    assert_eq!(splice_utf16("😀x", 1, 1, "y"), ("y😀x".into(), 1));
    assert_eq!(splice_utf16("abc", 99, 5, "!"), ("abc!".into(), 4));
    assert_eq!(splice_utf16("", 0, 0, "<b>"), ("<b>".into(), 3));
}

#[test]
fn real_releases_get_no_odd_input_note() {
    // Reads the dev corpus beside the clone at test time, when it is there.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let notes = input_notes(&text);
            assert!(notes.is_empty(), "{}: {notes:?}", path.display());
        }
    }
}

#[test]
fn a_fact_is_highlighted_at_every_mention() {
    let text = "Operation Kestrel began. Operation Kestrel ended.";
    let mut source = Source::new(Span::new(0, 17), "operation <Name>");
    source.mentions = vec![Span::new(25, 42)];
    let x = Extraction {
        operations: vec![crate::extract::Operation {
            name: "Operation Kestrel".into(),
            source,
        }],
        ..Default::default()
    };
    let facts = locate_facts(&x);
    assert_eq!(facts.len(), 2);
    assert!(facts
        .iter()
        .all(|f| f.id == FactId::new(FactKind::Operation, 0)));
    let marked: Vec<String> = segments(text, &facts)
        .into_iter()
        .filter(|s| s.fact.is_some())
        .map(|s| s.text)
        .collect();
    assert_eq!(marked, ["Operation Kestrel", "Operation Kestrel"]);
}

#[test]
fn a_very_long_paste_is_read_live_in_part_and_says_so() {
    let line = "Officers in Wrexham seized 12 knives and arrested 3 people on Tuesday.\n";
    let huge = line.repeat(40_000);
    let live = super::input::live_part(&huge);
    assert!(live.len() <= super::input::LIVE_LIMIT && live.len() > super::input::LIVE_LIMIT / 2);
    assert!(
        live.ends_with('\n'),
        "the cut falls at the end of a paragraph"
    );
    let state = State::new(&huge);
    let live_chars = live.chars().count();
    assert!(
        !state.extraction.figures.is_empty(),
        "the first part's facts are shown"
    );
    assert!(state
        .extraction
        .figures
        .iter()
        .all(|f| f.source.span.end <= live_chars));
    let notes: Vec<String> = state
        .report
        .diagnostics
        .iter()
        .map(|l| format!("{l:?}"))
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("facts shown are from its first")),
        "{notes:?}"
    );
    assert_eq!(super::input::live_part(SAMPLE_RELEASE), SAMPLE_RELEASE);
}

#[test]
fn a_huge_paste_marks_only_its_start_and_shows_a_bounded_table() {
    let line = "Officers in Wrexham seized 12 knives and arrested 3 people on Tuesday.\n";
    let huge = line.repeat(3_000);
    let state = State::new(&huge);
    let h = &state.highlights;
    assert!(h.limited, "facts past the shown part are not marked");
    let shown = super::state::source_part(&huge);
    let limit = super::highlight::HIGHLIGHT_LIMIT;
    assert!(shown.len() <= limit && shown.len() > limit / 2 && shown.ends_with('\n'));
    assert!(h.facts.iter().all(|f| f.span.end <= shown.len()));
    assert_eq!(
        joined(&h.segments),
        shown,
        "the source view shows the start of the text, cut at a paragraph"
    );
    assert!(h.cut);
    let groups = figure_groups(
        &state.extraction.figures,
        &state.report.figures,
        None,
        &[0; 4],
    );
    for g in &groups {
        assert!(g.rows.len() <= super::table::MAX_ROWS);
    }
    assert!(!State::with_sample().highlights.limited);
    assert!(!State::with_sample().highlights.cut);
}

#[test]
fn every_row_of_a_long_figures_table_is_reachable_page_by_page() {
    // Seven hundred seizures, each its own figure.
    let text: String = (0..700)
        .map(|i| format!("Officers in Wrexham seized {} knives on Tuesday.\n", 20 + i))
        .collect();
    // Every row is reachable: the knives seized, page after page, add up to them all.
    let seized = |s: &State| {
        figure_groups(
            &s.extraction.figures,
            &s.report.figures,
            s.sort,
            &s.figure_pages,
        )
        .into_iter()
        .find(|g| g.key == "seized")
        .expect("knives seized")
    };
    let state = State::new(&text);
    let first = seized(&state);
    assert!(first.page.is_paged(), "more than a page of knives");
    let at = super::table::group_place("seized");
    let mut state = Rc::new(state);
    let mut seen = 0;
    loop {
        let g = seized(&state);
        assert_eq!(g.page.start, seen);
        seen += g.rows.len();
        match g.page.next() {
            Some(next) => state = state.apply(Action::FigurePage(at, next)),
            None => break,
        }
    }
    assert_eq!(seen, first.page.total);
    let sorted = state.apply(Action::Sort(Column::Value));
    assert_eq!(
        sorted.figure_pages, [0; 4],
        "a new sort starts at the first page"
    );
}

/// Long texts the box holds a part at a time: paragraphs, one line with no breaks, and
/// characters of two, three and four bytes, so every cut must land between characters.
fn long_texts() -> Vec<(&'static str, String)> {
    vec![
        (
            "paragraphs",
            "Officers in Kendal seized 9 knives on Friday.\n".repeat(30_000),
        ),
        ("one line", "arrests made in Hull ".repeat(60_000)),
        ("no spaces", "é".repeat(500_000)),
        ("mixed widths", "Ésa “fue” 🚓 una redada. ".repeat(40_000)),
    ]
}

#[test]
fn a_long_text_walks_part_by_part_from_start_to_end_and_back() {
    use super::input::{BoxPart, PART_BYTES};
    for (name, text) in long_texts() {
        let mut part = BoxPart::around(&text, 0);
        let mut walked = String::new();
        let mut starts = Vec::new();
        loop {
            let shown = part.shown(&text);
            assert!(!shown.is_empty(), "{name}: an empty part");
            assert!(
                shown.len() <= PART_BYTES,
                "{name}: a part of {} bytes",
                shown.len()
            );
            assert_eq!(part.chars_before, walked.chars().count(), "{name}");
            starts.push(part.start);
            walked.push_str(shown);
            match part.next(&text) {
                Some(next) => {
                    assert!(next.shown(&text).len() >= PART_BYTES / 2 || next.after == 0);
                    part = next;
                }
                None => break,
            }
        }
        assert_eq!(walked, text, "{name}: the parts make up the text");
        // And back: each part's previous one ends where it starts.
        while let Some(previous) = part.previous(&text) {
            assert_eq!(previous.range(&text).end, part.start, "{name}");
            part = previous;
        }
        assert_eq!(part.start, 0, "{name}: walking back reaches the start");
        assert!(
            starts.len() >= text.len() / PART_BYTES,
            "{name}: {} parts",
            starts.len()
        );
    }
}

#[test]
fn the_part_around_a_caret_holds_it_with_room_on_both_sides() {
    use super::input::{BoxPart, PART_BYTES};
    for (name, text) in long_texts() {
        for at in [
            0,
            1,
            PART_BYTES / 2,
            PART_BYTES,
            text.len() / 2,
            text.len() - 1,
            text.len(),
        ] {
            let part = BoxPart::around(&text, at);
            let range = part.range(&text);
            assert!(
                range.contains(&at) || range.end == at,
                "{name}: {at} not in {range:?}"
            );
            assert!(range.len() <= PART_BYTES, "{name}");
            if at > PART_BYTES && at + PART_BYTES < text.len() {
                assert!(
                    at - range.start >= PART_BYTES / 4,
                    "{name}: room before {at}"
                );
            }
        }
    }
    assert_eq!(BoxPart::around("", 5).shown(""), "");
}

#[test]
fn typing_in_a_part_changes_only_that_part_of_the_whole_text() {
    use super::input::BoxPart;
    let text = "Arrests in Ely rose by 4 on the week.\n".repeat(25_000);
    let part = BoxPart::around(&text, text.len() / 2)
        .next(&text)
        .expect("a later part");
    let range = part.range(&text);
    let typed = format!("New words first. {}", part.shown(&text));
    let whole = part.join(&text, &typed);
    assert_eq!(&whole[..range.start], &text[..range.start]);
    assert_eq!(&whole[whole.len() - part.after..], &text[range.end..]);
    // The part still finds its text in the whole one after the edit.
    assert_eq!(part.shown(&whole), typed);
    assert_eq!(part.join(&whole, &typed), whole);
    // Emptying the box removes the part and nothing else.
    assert_eq!(part.join(&text, "").len(), text.len() - range.len());
}

#[test]
fn typing_past_the_part_that_is_read_keeps_the_facts_and_reads_nothing() {
    let huge = "Officers in Ripon seized 8 knives on Monday.\n".repeat(6_000);
    let state = Rc::new(State::new(&huge));
    let facts = Rc::clone(&state.extraction);
    // At the end, far past the part that is read: the same facts, nothing to read.
    let typed = state
        .clone()
        .apply(Action::Edit(format!("{huge}More words.")));
    assert!(!typed.stale, "nothing to read");
    assert!(Rc::ptr_eq(&typed.extraction, &facts));
    assert!(typed.text.ends_with("More words."));
    // At the start, inside it: read again.
    let typed = state.apply(Action::Edit(format!("New. {huge}")));
    assert!(typed.stale, "the part that is read changed");
}

#[test]
fn a_text_that_grows_past_the_part_that_is_read_is_read_again() {
    // Short, then long: the long-text note must appear, so this is no shortcut.
    let short = "Officers in Ripon seized 8 knives on Monday.\n".repeat(100);
    let state = Rc::new(State::new(&short));
    let long = format!("{short}{}", "More.\n".repeat(40_000));
    assert!(state.apply(Action::Edit(long)).stale);
}
