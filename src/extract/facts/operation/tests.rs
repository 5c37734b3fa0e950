//! Examples for operations: many phrasings of one name, negatives, known-wrong cases.

use crate::extract::{extract, Options};

/// The operation names found in `text`.
fn operations(text: &str) -> Vec<String> {
    extract(text, &Options::default())
        .operations
        .into_iter()
        .map(|o| o.name)
        .collect()
}

#[test]
fn operation_names_in_many_phrasings() {
    let table: &[(&str, &[&str])] = &[
        (
            "Nine Operation Larkspur-linked arrests were made in Hull.",
            &["Operation Larkspur"],
        ),
        (
            "The Operation Tar-Mac team searched the yard.",
            &["Operation Tar-Mac"],
        ),
        (
            "Officers from Operation Falcon arrested two men.",
            &["Operation Falcon"],
        ),
        (
            "The arrests were made under ‘Operation Larkspur’ last week.",
            &["Operation Larkspur"],
        ),
        (
            "We had another busy Op Sceptre this spring.",
            &["Op Sceptre"],
        ),
        (
            "Op. Venetic continues to disrupt criminal networks.",
            &["Op. Venetic"],
        ),
        (
            "Operation Heron’s results were published today.",
            &["Operation Heron"],
        ),
        (
            "Phase Four of Operation Sceptre began on Monday.",
            &["Operation Sceptre"],
        ),
        (
            "The drive, codenamed Operation Kingfisher, ended on Friday.",
            &["Operation Kingfisher"],
        ),
        (
            "The crackdown, codenamed Trident, was extended.",
            &["Trident"],
        ),
        (
            "The result was shared with #OpSceptre on social media.",
            &["Op Sceptre"],
        ),
        (
            "Search #OperationNightjar for the latest news.",
            &["Operation Nightjar"],
        ),
        (
            "OPERATION CONDOR: six arrested in dawn raids",
            &["OPERATION CONDOR"],
        ),
        (
            "Raids took place under Operation Target the force's long-running drive.",
            &["Operation Target"],
        ),
        (
            "Operation Blue Heron saw patrols across the city.",
            &["Operation Blue Heron"],
        ),
        ("Operation 42 ran for a week.", &["Operation 42"]),
    ];
    for (text, want) in table {
        assert_eq!(operations(text), *want, "{text}");
    }
}

#[test]
fn named_weeks_and_initiatives() {
    let table: &[(&str, &[&str])] = &[
        (
            "Forces took part in County Lines Intensification Week in October.",
            &["County Lines Intensification Week"],
        ),
        (
            "During Knife Crime Awareness Week officers visited schools.",
            &["Knife Crime Awareness Week"],
        ),
        (
            "The city’s Guns and Gangs Initiative (GGI) ran all summer. GGI worked well.",
            &["Guns and Gangs Initiative"],
        ),
        (
            "The Safer Summer Streets Campaign starts today.",
            &["Safer Summer Streets Campaign"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(operations(text), *want, "{text}");
    }
}

#[test]
fn one_entry_per_operation_with_mentions() {
    let out = extract(
        "Operation Viper began in May. Operation Viper’s patrols continue. Op Viper ends soon.",
        &Options::default(),
    );
    assert_eq!(out.operations.len(), 1);
    assert_eq!(out.operations[0].name, "Operation Viper");
    assert_eq!(out.operations[0].source.mentions.len(), 2);
}

#[test]
fn not_operations() {
    for text in [
        "An armed police operation was launched in the city.",
        "The operation ran from Monday to Sunday.",
        "A joint police operation recovered stolen goods.",
        "Detectives from Crime Operations searched the house.",
        "Last Week officers made arrests.",
        "This Week of Action was a success.",
        "Operation was a success, said the chief.",
        "The knife arch op in the town stopped 80 people.",
    ] {
        assert_eq!(operations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn known_wrong_headline_title_case_joins_the_verb() {
    // A title-case headline gives no clue where the campaign's name starts, so the verb
    // in front of it is taken in too. A name is still found, which beats missing it.
    assert_eq!(
        operations("Forces Back Knife Crime Awareness Week"),
        ["Forces Back Knife Crime Awareness Week"]
    );
}

#[test]
fn a_code_name_alone_later_is_a_mention() {
    let out = extract(
        "Operation Jemlock began in 2019. Jemlock officers have made 900 arrests.",
        &Options::default(),
    );
    assert_eq!(out.operations.len(), 1);
    assert_eq!(out.operations[0].source.mentions.len(), 1);
}

#[test]
fn a_holiday_operation_named_by_its_year_keeps_the_holiday() {
    assert_eq!(
        operations("Nine drivers were caught during Easter Operation 2026, police said."),
        ["Easter Operation 2026"]
    );
    // A year alone names no operation.
    assert!(operations("The Operation 2026 review begins in May.").is_empty());
}

#[test]
fn an_operation_named_by_dotted_initials_keeps_them_all() {
    assert_eq!(
        operations("Deputies made 61 arrests during Operation S.H.I.E.L.D. over the summer."),
        ["Operation S.H.I.E.L.D."]
    );
    assert_eq!(
        operations("The sweep, dubbed Operation R.O.A.M, ended on Friday."),
        ["Operation R.O.A.M"]
    );
}
