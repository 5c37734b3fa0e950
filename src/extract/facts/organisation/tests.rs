//! Examples for organisations: many phrasings, negatives, and known-wrong cases.

use crate::extract::{extract, Options};

/// The organisation names found in `text`.
fn organisations(text: &str) -> Vec<String> {
    extract(text, &Options::default())
        .organisations
        .into_iter()
        .map(|o| o.name)
        .collect()
}

#[test]
fn the_met_by_all_its_names() {
    for text in [
        "Officers from the Met arrested four men.",
        "The Met’s officers searched the flat.",
        "Met Police said the patrols would continue.",
        "A spokesperson for the Metropolitan Police Service said so.",
        "The MPS has recovered 30 guns this year.",
        "Metropolitan Police Commissioner Sir Tom Hale launched the drive.",
    ] {
        assert_eq!(organisations(text), ["Metropolitan Police"], "{text}");
    }
}

#[test]
fn forces_and_agencies_from_the_word_list() {
    let table: &[(&str, &[&str])] = &[
        (
            "Leicestershire Police has carried out 30 sweeps.",
            &["Leicestershire Police"],
        ),
        (
            "The drive was led by BTP officers.",
            &["British Transport Police"],
        ),
        (
            "A PSNI spokesperson confirmed the arrest.",
            &["Police Service of Northern Ireland"],
        ),
        ("Gardaí in Cork seized cannabis.", &["An Garda Síochána"]),
        (
            "Report it to Crimestoppers anonymously.",
            &["Crimestoppers"],
        ),
        (
            "Figures from the ONS show a rise.",
            &["Office for National Statistics"],
        ),
        (
            "The NCA and Border Force stopped the lorry.",
            &["National Crime Agency", "Border Force"],
        ),
        (
            "The charity Fearless works with young people.",
            &["Fearless"],
        ),
        ("Raids were led by TITAN across the region.", &["TITAN"]),
        (
            "New Zealand Police said the man was arrested.",
            &["New Zealand Police"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(organisations(text), *want, "{text}");
    }
}

#[test]
fn units_and_commands_by_their_head_word() {
    let table: &[(&str, &[&str])] = &[
        (
            "Akron Police arrested two men. Call the Akron Police Department on 555 0100.",
            &["Akron Police"],
        ),
        (
            "It was part of the Police Service of Northern Ireland's drive against dealers.",
            &["Police Service of Northern Ireland"],
        ),
        (
            "Call the Springfield Police Department's tip line.",
            &["Springfield Police Department"],
        ),
        (
            "Detectives from the Met’s Specialist Crime Command investigated.",
            &["Metropolitan Police", "Specialist Crime Command"],
        ),
        (
            "A team of 40 Gang Crime Command officers took part.",
            &["Gang Crime Command"],
        ),
        (
            "A scientist from the Ballistics Forensic Unit (BFU) attended. BFU staff agreed.",
            &["Ballistics Forensic Unit"],
        ),
        (
            "Units such as the Serious Violence Taskforce and Roads Policing Unit helped.",
            &["Serious Violence Taskforce", "Roads Policing Unit"],
        ),
        (
            "The Northgate Safer Neighbourhoods Team patrolled the estate.",
            &["Northgate Safer Neighbourhoods Team"],
        ),
        (
            "The Joint Unit for Waste Crime joined in.",
            &["Joint Unit for Waste Crime"],
        ),
        (
            "The Centre for Crime and Justice published the data.",
            &["Centre for Crime and Justice"],
        ),
        (
            "The Springfield Police Department announced the results.",
            &["Springfield Police Department"],
        ),
        (
            "Troopers from the Virginia State Police took part.",
            &["Virginia State Police"],
        ),
        (
            "The County Sheriff’s Office assisted.",
            &["County Sheriff’s Office"],
        ),
        (
            "He thanked the National Police Chiefs’ Council (NPCC). The NPCC agreed.",
            &["National Police Chiefs’ Council"],
        ),
        (
            "Officers from Kent Police’s Serious Violence Unit attended.",
            &["Kent Police", "Serious Violence Unit"],
        ),
        (
            "Three District Support Team's (DST) searched the house with Antrim DST.",
            &["District Support Team"],
        ),
        ("The Home Office provided funding.", &["Home Office"]),
        (
            "Strike Force Raptor detectives assisted.",
            &["Strike Force Raptor"],
        ),
        (
            "He works with the Youth Offending Team and Swindon Borough Council.",
            &["Youth Offending Team", "Swindon Borough Council"],
        ),
        (
            "The FBI’s Safe Streets Task Force assisted.",
            &["FBI", "Safe Streets Task Force"],
        ),
        (
            "The Organised Crime Partnership, with Police Scotland, made the seizure.",
            &["Organised Crime Partnership", "Police Scotland"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(organisations(text), *want, "{text}");
    }
}

#[test]
fn not_organisations() {
    for text in [
        "Sheriff's Office seizes guns in county sweep",
        "Three charged after Strike Force dismantles drug ring",
        "Officers used Automatic Number Plate Recognition cameras.",
        "He was found with Class A drugs.",
        "The Police Service said nothing more.",
        "The Westfield Shopping Centre was closed for an hour.",
        "They met at the City Centre on Friday.",
        "Police and Crime Commissioner Jo Bloggs thanked residents.",
        "Kent’s Police and Crime Commissioner welcomed the news.",
        "It is backed by Police and Crime Commission Jo Hart.",
        "The Evening Standard reported the case.",
        "We met officers in the town.",
        "Inspector Jo Hill Team members were there.",
        "Knives can be left at Salisbury Police Station.",
        "The victim was taken to the Intensive Care Unit.",
        "I thank the Response Team and the Local Authority.",
        "He was ordered to carry out Community Service.",
        "The stolen Rolex Watch was recovered.",
    ] {
        assert_eq!(organisations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn courts_of_law_by_their_kind() {
    let table: &[(&str, &[&str])] = &[
        (
            "He was jailed at Swindon Crown Court on Friday.",
            &["Swindon Crown Court"],
        ),
        (
            "The pair will appear in the Napier District Court tomorrow.",
            &["Napier District Court"],
        ),
        (
            "She appeared at Kelso Sheriff Court charged with supply.",
            &["Kelso Sheriff Court"],
        ),
        (
            "The case was heard in the High Court last month.",
            &["High Court"],
        ),
        (
            "He is due before Ryde Magistrates’ Court next week.",
            &["Ryde Magistrates’ Court"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(organisations(text), *want, "{text}");
    }
    // A "Court" after any other word is flats or a street.
    for text in [
        "Officers were called to Ashby Court at 2am.",
        "The flat in Meadow View Court was searched.",
    ] {
        assert_eq!(organisations(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn forces_named_together_and_after_titles() {
    let table: &[(&str, &[&str])] = &[
        (
            "Officers from North Wales and Dyfed-Powys Police took part.",
            &["North Wales Police", "Dyfed-Powys Police"],
        ),
        (
            "Ann Vale, Chief Constable of Devon & Cornwall Police, said so.",
            &["Devon & Cornwall Police"],
        ),
        (
            "It is run by Mill Creek Police and St. Albans Police.",
            &["Mill Creek Police", "St. Albans Police"],
        ),
        (
            "Safer Neighbourhood Teams will patrol the park.",
            &["Safer Neighbourhood Teams"],
        ),
        (
            "Sites were launched by the Metropolitan police last year.",
            &["Metropolitan Police"],
        ),
        ("Kent police said the road was shut.", &["Kent Police"]),
        ("Westshire police said the road was shut.", &[]),
    ];
    for (text, want) in table {
        assert_eq!(organisations(text), *want, "{text}");
    }
    // Avon and Somerset is one force, in the word list as a whole.
    assert_eq!(
        organisations("Avon and Somerset Police made the arrests."),
        ["Avon and Somerset Police"]
    );
}

#[test]
fn a_force_as_police_and_as_constabulary_is_one_force() {
    let out = extract(
        "Norfolk Police said the roads were busy. A Norfolk Constabulary spokesman agreed.",
        &Options::default(),
    );
    let names: Vec<&str> = out.organisations.iter().map(|o| o.name.as_str()).collect();
    // The name the text gives first is kept.
    assert_eq!(names, ["Norfolk Police"]);
    assert_eq!(out.organisations[0].source.mentions.len(), 1);
}

#[test]
fn one_entry_per_organisation() {
    let out = extract(
        "British Transport Police (BTP) led the week. BTP officers and British Transport Police staff took part.",
        &Options::default(),
    );
    assert_eq!(out.organisations.len(), 1);
    // The bracketed "(BTP)" counts as a mention too.
    assert_eq!(out.organisations[0].source.mentions.len(), 3);
}

#[test]
fn known_wrong_unit_of_force_is_split_in_two() {
    // "of" before a force's name ends the unit's name: the text names two bodies, and the
    // reader may have meant one. Two entries is the better guess for most releases.
    assert_eq!(
        organisations("The Dog Unit of Essex Police found the cash."),
        ["Dog Unit", "Essex Police"]
    );
}

#[test]
fn known_wrong_headlines_in_title_case_are_read_only_from_the_word_list() {
    // Every word of a title-case headline is capitalised, so the head-word rule would
    // take the verbs in; the headline's units are missed (the body usually names them).
    assert_eq!(
        organisations("Essex Police Praise Gang Crime Unit After Raids"),
        ["Essex Police"]
    );
}

#[test]
fn a_unit_named_with_police_in_front_keeps_it_mid_sentence() {
    assert_eq!(
        organisations("Dogs from the Police Search Support Command found the bag."),
        ["Police Search Support Command"]
    );
}

#[test]
fn a_listed_name_with_a_comma_is_read_whole() {
    assert_eq!(
        organisations(
            "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives traced the gun."
        ),
        ["ATF"]
    );
}

#[test]
fn forces_in_the_plural_are_no_one_body() {
    assert_eq!(
        organisations("Three South West Police Forces report a fall in burglary."),
        Vec::<String>::new()
    );
}

#[test]
fn a_federal_body_keeps_the_dotted_initials_of_its_country() {
    assert_eq!(
        organisations("The U.S. Attorney’s Office for the Southern District said so."),
        ["U.S. Attorney’s Office"]
    );
    // A listed agency keeps its listed name, and its acronym later is the same body.
    assert_eq!(
        organisations("The U.S. Drug Enforcement Administration led it. DEA agents seized 9 guns."),
        ["DEA"]
    );
}

#[test]
fn forensic_and_devolved_government_bodies() {
    assert_eq!(
        organisations("Samples went off to Forensic Science Ireland for testing."),
        ["Forensic Science Ireland"]
    );
    assert_eq!(
        organisations("The Welsh Government funded the extra patrols."),
        ["Welsh Government"]
    );
}

#[test]
fn a_city_force_named_in_lower_case_as_news_pages_do() {
    assert_eq!(
        organisations("Toronto police say 30 guns were seized in the sweep."),
        ["Toronto police"]
    );
    assert_eq!(
        organisations("Toronto police Superintendent Jo Hart led it."),
        ["Toronto police"]
    );
    // Neither a list of forces' areas nor a building names a city's force.
    assert!(organisations("Officers from Toronto police, and staff came.").is_empty());
    assert!(organisations("A knife was left at the Toronto police front desk.").is_empty());
}

#[test]
fn detachments_of_the_mounties_by_their_towns() {
    assert_eq!(
        organisations("Kelby RCMP say a car was stopped. The RCMP seized cash."),
        ["Kelby RCMP"]
    );
    assert_eq!(
        organisations("RCMP made stops. Kelby RCMP and Rathmoy RCMP seized cash."),
        [
            "Royal Canadian Mounted Police",
            "Kelby RCMP",
            "Rathmoy RCMP"
        ]
    );
}

#[test]
fn courts_named_with_their_kind_after_and_numbered_divisions() {
    assert_eq!(
        organisations("He will appear before the Kelby Court of Justice in May."),
        ["Kelby Court of Justice"]
    );
    assert_eq!(
        organisations("The Court of Appeal cut the sentence."),
        ["Court of Appeal"]
    );
    // A court with neither kind is a block of flats.
    assert!(organisations("Police were called to Ashby Court of Elm Road.").is_empty());
    assert_eq!(
        organisations("Officers of 31 Division Major Crime Unit made the arrest."),
        ["31 Division Major Crime Unit"]
    );
}

#[test]
fn a_highway_patrol_is_a_body() {
    assert_eq!(
        organisations("Riders were stopped by officers of the State Highway Patrol."),
        ["State Highway Patrol"]
    );
    // "Patrol" after a generic word alone names nothing.
    assert!(organisations("Our Patrol went out.").is_empty());
}
