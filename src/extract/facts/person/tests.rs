//! Examples for people and quotes, all written for these tests: many phrasings of one
//! person, negatives that must give nobody, and known-wrong cases that say why.

use crate::extract::{extract, Options};

/// A person as the tests compare it: name, rank, role and the quotes' texts.
#[derive(Debug, PartialEq)]
struct Seen {
    name: String,
    rank: Option<String>,
    role: Option<String>,
    quotes: Vec<String>,
}

fn people(text: &str) -> Vec<Seen> {
    extract(text, &Options::default())
        .people
        .into_iter()
        .map(|p| Seen {
            name: p.name,
            rank: p.rank,
            role: p.role,
            quotes: p.quotes.into_iter().map(|q| q.text).collect(),
        })
        .collect()
}

fn names(text: &str) -> Vec<String> {
    people(text).into_iter().map(|p| p.name).collect()
}

/// One person, found with this name and rank, however the release writes it.
const RANKED: &[(&str, &str, Option<&str>)] = &[
    (
        "Detective Inspector Sam Okafor said the house was searched.",
        "Sam Okafor",
        Some("Detective Inspector"),
    ),
    (
        "DCI Helen Marsh said: \"We are pleased.\"",
        "Helen Marsh",
        Some("DCI"),
    ),
    (
        "Det Supt Ian Bright said the gang was dismantled.",
        "Ian Bright",
        Some("Det Supt"),
    ),
    (
        "Det. Supt. Ian Bright told reporters the gang was gone.",
        "Ian Bright",
        Some("Det. Supt."),
    ),
    (
        "Ch Supt Ruth Pike led the patrols.",
        "Ruth Pike",
        Some("Ch Supt"),
    ),
    (
        "Chief Superintendent Ruth Pike led the patrols.",
        "Ruth Pike",
        Some("Chief Superintendent"),
    ),
    (
        "Acting Inspector Lee Dunn said the arch was busy.",
        "Lee Dunn",
        Some("Acting Inspector"),
    ),
    (
        "T/DCI Omar Hale said officers worked hard.",
        "Omar Hale",
        Some("T/DCI"),
    ),
    (
        "Temporary Chief Inspector Kate Rowe said it was a good week.",
        "Kate Rowe",
        Some("Temporary Chief Inspector"),
    ),
    (
        "PC Ben Lyle said a knife was found.",
        "Ben Lyle",
        Some("PC"),
    ),
    (
        "Pc Ben Lyle said a knife was found.",
        "Ben Lyle",
        Some("Pc"),
    ),
    (
        "PCSO Dana Frost said residents helped.",
        "Dana Frost",
        Some("PCSO"),
    ),
    (
        "Police Constable Ivy Shaw arrested the man.",
        "Ivy Shaw",
        Some("Police Constable"),
    ),
    (
        "Special Constable Tom Reid was praised.",
        "Tom Reid",
        Some("Special Constable"),
    ),
    (
        "Sgt Priya Nair said the dogs found cannabis.",
        "Priya Nair",
        Some("Sgt"),
    ),
    (
        "Assistant Chief Constable Mark Tovey said the week went well.",
        "Mark Tovey",
        Some("Assistant Chief Constable"),
    ),
    (
        "ACC Mark Tovey said the week went well.",
        "Mark Tovey",
        Some("ACC"),
    ),
    (
        "Deputy Chief Constable Joanne Kemp welcomed the figures.",
        "Joanne Kemp",
        Some("Deputy Chief Constable"),
    ),
    (
        "Chief Constable Alan Price QPM said crime fell.",
        "Alan Price",
        Some("Chief Constable"),
    ),
    (
        "Deputy Assistant Commissioner Laura Hyde said London was safer.",
        "Laura Hyde",
        Some("Deputy Assistant Commissioner"),
    ),
    (
        "DAC Laura Hyde said London was safer.",
        "Laura Hyde",
        Some("DAC"),
    ),
    (
        "Commander Paul Oduya said the results were good.",
        "Paul Oduya",
        Some("Commander"),
    ),
    (
        "Cdr Paul Oduya said the results were good.",
        "Paul Oduya",
        Some("Cdr"),
    ),
    (
        "Commissioner Sir Arthur Penrose said the Met would act.",
        "Sir Arthur Penrose",
        Some("Commissioner"),
    ),
    (
        "Superintendent Grace O'Neill said the town was calm.",
        "Grace O'Neill",
        Some("Superintendent"),
    ),
    (
        "Inspector Rhys ap Thomas said the town was calm.",
        "Rhys ap Thomas",
        Some("Inspector"),
    ),
    (
        "Detective Sergeant Aoife McCarthy said a car was seized.",
        "Aoife McCarthy",
        Some("Detective Sergeant"),
    ),
    (
        "Garda Sergeant Niamh Byrne said the checkpoint was busy.",
        "Niamh Byrne",
        Some("Sergeant"),
    ),
    (
        "Detective Chief Superintendent Karen Holt-Barnes said the unit worked hard.",
        "Karen Holt-Barnes",
        Some("Detective Chief Superintendent"),
    ),
    (
        "Lt. Carlos Ruiz said officers recovered 12 guns.",
        "Carlos Ruiz",
        Some("Lt."),
    ),
    (
        "Lieutenant Carlos Ruiz said officers recovered 12 guns.",
        "Carlos Ruiz",
        Some("Lieutenant"),
    ),
    (
        "Police Chief Dana Whitfield said the city was safer.",
        "Dana Whitfield",
        Some("Police Chief"),
    ),
    (
        "Chief Dana Whitfield said the city was safer.",
        "Dana Whitfield",
        Some("Chief"),
    ),
    (
        "Sheriff Bob Tanner said deputies made arrests.",
        "Bob Tanner",
        Some("Sheriff"),
    ),
    (
        "Captain Lena Ortiz said the unit seized cash.",
        "Lena Ortiz",
        Some("Captain"),
    ),
    (
        "Officer Jamal Reed said the driver fled.",
        "Jamal Reed",
        Some("Officer"),
    ),
    (
        "Senior Constable Mia Tran said the driver was charged.",
        "Mia Tran",
        Some("Senior Constable"),
    ),
    (
        "Detective Senior Sergeant Hamish Gray said the search ended.",
        "Hamish Gray",
        Some("Detective Senior Sergeant"),
    ),
    (
        "Police and Crime Commissioner Fiona Lamb welcomed the results.",
        "Fiona Lamb",
        Some("Police and Crime Commissioner"),
    ),
    (
        "Mayor Tom Hardcastle thanked the officers.",
        "Tom Hardcastle",
        Some("Mayor"),
    ),
    (
        "Home Secretary Jane Whitby said the law would change.",
        "Jane Whitby",
        Some("Home Secretary"),
    ),
    (
        "Policing Minister Raj Patel visited the station.",
        "Raj Patel",
        Some("Policing Minister"),
    ),
    (
        "Judge Martin Crowe jailed the pair.",
        "Martin Crowe",
        Some("Judge"),
    ),
    (
        "Mr Justice Crowe jailed the pair.",
        "Crowe",
        Some("Mr Justice"),
    ),
    (
        "Recorder Helen Stoke passed sentence.",
        "Helen Stoke",
        Some("Recorder"),
    ),
    (
        "Cllr Ann Bevan said the ward was safer.",
        "Ann Bevan",
        Some("Cllr"),
    ),
    (
        "Dr Amy Lee said the wounds were serious.",
        "Dr Amy Lee",
        None,
    ),
    (
        "Sir Peter Quill opened the centre.",
        "Sir Peter Quill",
        None,
    ),
    (
        "Detective chief inspector Zoe Hart said the case was closed.",
        "Zoe Hart",
        Some("Detective chief inspector"),
    ),
    (
        "Detective Acting Inspector Lou Grant said three men were held.",
        "Lou Grant",
        Some("Detective Acting Inspector"),
    ),
    (
        "Temporary Detective Superintendent Lou Grant said three men were held.",
        "Lou Grant",
        Some("Temporary Detective Superintendent"),
    ),
    (
        "Detective Sergeant (DS) Lou Grant said three men were held.",
        "Lou Grant",
        Some("Detective Sergeant"),
    ),
    (
        "Minister for Justice Orla Keane TD welcomed the seizure.",
        "Orla Keane",
        Some("Minister for Justice"),
    ),
    (
        "The Mayor of Bristol, Ravi Dutt, said the city was proud.",
        "Ravi Dutt",
        Some("Mayor of Bristol"),
    ),
    (
        "Cabinet Secretary for Justice Moira Baird visited the unit.",
        "Moira Baird",
        Some("Cabinet Secretary for Justice"),
    ),
    (
        "NPCC deputy assistant commissioner Tom Pryce said the figures were good.",
        "Tom Pryce",
        Some("deputy assistant commissioner"),
    ),
    (
        "Northamptonshire PFCC Dana Stone said it mattered.",
        "Dana Stone",
        Some("PFCC"),
    ),
    (
        "Cpl. Jane Doe said the road was closed.",
        "Jane Doe",
        Some("Cpl."),
    ),
    (
        "PS Rob Eade said the van was stopped.",
        "Rob Eade",
        Some("PS"),
    ),
    (
        "C/Supt Rob Eade said the van was stopped.",
        "Rob Eade",
        Some("C/Supt"),
    ),
    (
        "Det. Rob Eade said the van was stopped.",
        "Rob Eade",
        Some("Det."),
    ),
    (
        "Chief Constable, Ada Brennan, said the figures were welcome.",
        "Ada Brennan",
        Some("Chief Constable"),
    ),
    (
        "Assistant Commissioner of Crime and Intelligence, Ada Brennan, said so.",
        "Ada Brennan",
        Some("Assistant Commissioner"),
    ),
    (
        "Assistant Garda Commissioner Ada Brennan said the haul was large.",
        "Ada Brennan",
        Some("Assistant Garda Commissioner"),
    ),
    (
        "Ada Brennan, Chief Superintendent for the western region, said the roads were safer.",
        "Ada Brennan",
        Some("Chief Superintendent"),
    ),
    (
        "Ada Brennan, T/Chief Constable of Westshire Police, representing the forces said: \"Thanks.\"",
        "Ada Brennan",
        Some("T/Chief Constable"),
    ),
    (
        "Westshire Police inspector Ada Brennan added that patrols would go on.",
        "Ada Brennan",
        Some("inspector"),
    ),
    (
        "Westshire Police Commissioner Ada Brennan said crime had fallen.",
        "Ada Brennan",
        Some("Commissioner"),
    ),
    (
        "The figures were welcome, said Police Commissioner Ada Brennan.",
        "Ada Brennan",
        Some("Police Commissioner"),
    ),
];

#[test]
fn ranks_and_names_in_many_phrasings() {
    for (text, name, rank) in RANKED {
        let got = people(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].name, *name, "{text}");
        assert_eq!(got[0].rank.as_deref(), *rank, "{text}");
    }
}

/// Names without a rank, where the context says they are a person.
const UNRANKED: &[(&str, &str)] = &[
    (
        "\"It was a good week,\" said Maria Lopez of the residents' association.",
        "Maria Lopez",
    ),
    (
        "Tom Archer, from the Home Office, said: \"The numbers speak.\"",
        "Tom Archer",
    ),
    ("Tom Archer said the figures were welcome.", "Tom Archer"),
    (
        "Tom Archer also said the figures were welcome.",
        "Tom Archer",
    ),
    (
        "Kevin Doyle, 34, of Elm Road, Leeds, was charged with possession.",
        "Kevin Doyle",
    ),
    (
        "Kevin Doyle, aged 34, was charged with possession.",
        "Kevin Doyle",
    ),
    ("Kevin Doyle (34) appeared at court.", "Kevin Doyle"),
    ("The man was named as Kevin Doyle.", "Kevin Doyle"),
    (
        "The victim has been named as Kevin Doyle by his family.",
        "Kevin Doyle",
    ),
    (
        "\"We saw real change,\" according to Lucy Hale.",
        "Lucy Hale",
    ),
    (
        "Kevin Doyle was jailed for four years at Leeds Crown Court.",
        "Kevin Doyle",
    ),
    (
        "Kevin Doyle has been charged with two counts of robbery.",
        "Kevin Doyle",
    ),
    (
        "Kevin Doyle pleaded guilty to possession of a firearm.",
        "Kevin Doyle",
    ),
    (
        "Labour MP Nia Hart said the town needed more officers.",
        "Nia Hart",
    ),
    (
        "The head of the youth charity, Ruth Obi, said the week had helped.",
        "Ruth Obi",
    ),
    (
        "Detectives want to speak to 19-year-old Ruth Obi about the fire.",
        "Ruth Obi",
    ),
    (
        "Officers arrested Ruth Obi at a house in the town.",
        "Ruth Obi",
    ),
    (
        "Ruth Obi had previously been sentenced to two years.",
        "Ruth Obi",
    ),
    ("Ruth Obi was yesterday refused bail.", "Ruth Obi"),
    (
        "Drivers were warned, according to police spokeswoman Ruth Obi.",
        "Ruth Obi",
    ),
    (
        "Ruth Obi from the insurers' bureau backed the drive, stating: \"It works.\"",
        "Ruth Obi",
    ),
];

#[test]
fn names_without_rank_need_a_context() {
    for (text, name) in UNRANKED {
        assert_eq!(names(text), vec![name.to_string()], "{text}");
    }
}

/// Text that names nobody, though it has capitalised words next to speech verbs.
const NOBODY: &[&str] = &[
    "Call the Garda Confidential Line on 1800 123 456.",
    "Information can be given on the Police Freephone Line.",
    "Your Local Guardian:",
    "Officers used Automatic Number Plate Recognition to stop cars.",
    "The Home Secretary said the law would change.",
    "The force stated: \"Enquiries continue.\"",
    "A PSNI spokesperson said: \"A man was arrested.\"",
    "West Yorkshire Police said the operation would continue.",
    "Thames Valley Police said officers were on patrol.",
    "The Chief Constable said the force was proud.",
    "Crimestoppers said calls were anonymous.",
    "Operation Sceptre ran from Monday to Sunday.",
    "Scene of Crime Officers attended the house.",
    "Detectives from the Serious Organised Crime Unit said the house was empty.",
    "Officers from British Transport Police said the station was busy.",
    "The Met's Violent Crime Taskforce said 40 knives were found.",
    "Deputy Head Teacher said pupils were safe.",
    "Chief Executive said the trust was pleased.",
    "Call 101 or Crimestoppers on 0800 555 111.",
    "Police Scotland said the roads were closed.",
    "DST officers searched three houses.",
    "Officers near Perry Barr detained a man.",
    "Action Fraud said reports rose.",
    "Border Force said the lorry was searched.",
    "Neighbourhood Watch said members were pleased.",
    "A member of the Police Scrutiny Committee, said the figures were good.",
    "Officers from the Mill Lane said little.",
    "St Giles said its caseworkers were busy.",
    "Speaking to the head of the unit, a police officer said the area was safe.",
    "The police officer said Wednesday was busy.",
    "Chief Constable, the figures are good, said the report.",
    "Officers arrested Tuesday morning a man from the town.",
    "Inspector, Sergeant and Constable ranks all took part.",
    "Westshire Police said the 25-year-old Ford Fiesta was stolen.",
    "A 12-year-old Vauxhall Corsa was found burnt out.",
];

#[test]
fn negatives_name_nobody() {
    for text in NOBODY {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
}

/// Roles: the job description around the name.
const ROLES: &[(&str, &str)] = &[
    (
        "Commander Ada Quinn, the Met's lead for violence, said: \"We act.\"",
        "the Met's lead for violence",
    ),
    (
        "Inspector Ada Quinn, who is leading the operation, said it went well.",
        "leading the operation",
    ),
    (
        "Inspector Ada Quinn, who leads the rural crime team, said it went well.",
        "leads the rural crime team",
    ),
    (
        "Inspector Ada Quinn, head of the Dog Unit, said it went well.",
        "head of the Dog Unit",
    ),
    (
        "Inspector Ada Quinn, from the Roads Policing Unit, said it went well.",
        "from the Roads Policing Unit",
    ),
    (
        "Inspector Ada Quinn of the Roads Policing Unit said it went well.",
        "of the Roads Policing Unit",
    ),
    (
        "Sergeant Ada Quinn from Newry NPT added: \"Thanks to all.\"",
        "from Newry NPT",
    ),
    (
        "Senior investigating officer, DCI Ada Quinn, said the appeal continues.",
        "Senior investigating officer",
    ),
    (
        "\"It worked,\" said Sgt Ada Quinn, who is in charge of the patrols.",
        "in charge of the patrols",
    ),
    (
        "Merseyside Police Chief Constable Ada Quinn said crime fell.",
        "Merseyside Police Chief Constable",
    ),
    (
        "The national lead for knife crime, Commander Ada Quinn, said the week went well.",
        "The national lead for knife crime",
    ),
    (
        "Officer Ada Quinn, a force spokeswoman, declined to comment.",
        "a force spokeswoman",
    ),
    (
        "\"We found six guns,\" said Detective Inspector Ada Quinn, from the Major Crime Unit.",
        "from the Major Crime Unit",
    ),
    (
        "Ada Quinn, chief executive of the Safe Homes charity, said: \"We are grateful.\"",
        "chief executive of the Safe Homes charity",
    ),
    (
        "Harris County Sheriff Ada Quinn said deputies helped.",
        "Harris County Sheriff",
    ),
];

#[test]
fn roles_around_the_name() {
    for (text, role) in ROLES {
        let got = people(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].role.as_deref(), Some(*role), "{text}");
    }
}

#[test]
fn a_list_of_officers_gives_no_roles() {
    let got = people("DS Ann Reed, DC Omar Patel and PC Ben Cole were praised by the judge.");
    let names: Vec<_> = got.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ann Reed", "Omar Patel", "Ben Cole"]);
    assert!(got.iter().all(|p| p.role.is_none()), "{got:?}");
}

#[test]
fn one_entry_per_person_however_named() {
    let text = "Commander Jane Halloran said the week went well.\n\
        Later, Cdr Halloran added: \"We will go on.\"\n\
        \"Knives ruin lives,\" Halloran said.";
    let got = people(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "Jane Halloran");
    assert_eq!(got[0].quotes, vec!["We will go on.", "Knives ruin lives"]);

    let text = "Commissioner Sir Arthur Penrose launched the week.\n\
        \"We are worried,\" Sir Arthur said.";
    let got = people(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "Sir Arthur Penrose");
    assert_eq!(got[0].quotes, vec!["We are worried"]);

    // A short first mention is filled in by a fuller one later.
    let text = "Insp Varga said the town was calm.\nInspector Milan Varga added: \"Thank you.\"";
    let got = people(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "Milan Varga");
    assert_eq!(got[0].rank.as_deref(), Some("Inspector"));
}

#[test]
fn two_people_stay_apart() {
    let text = "Chief Inspector Rob Vance said: \"Good work.\"\n\
        Superintendent Mel Ito said: \"More to do.\"";
    let got = people(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].quotes, vec!["Good work."]);
    assert_eq!(got[1].quotes, vec!["More to do."]);
}

/// Quote phrasings: each gives one person with these quotes.
const QUOTES: &[(&str, &[&str])] = &[
    // Lead-in with a colon, curly marks.
    ("Inspector Kim Ward said: \u{201C}We found 12 knives.\u{201D}", &["We found 12 knives."]),
    // Lead-in with a comma.
    ("Inspector Kim Ward said, \"We found 12 knives.\"", &["We found 12 knives."]),
    // Attribution after, verb first.
    ("\"We found 12 knives,\" said Inspector Kim Ward.", &["We found 12 knives"]),
    // Attribution after, name first.
    ("\"We found 12 knives,\" Inspector Kim Ward said.", &["We found 12 knives"]),
    ("\"We found 12 knives.\" Inspector Kim Ward added.", &["We found 12 knives."]),
    // Split around the attribution.
    (
        "\u{201C}We found knives,\u{201D} Inspector Kim Ward said. \u{201C}We will go on.\u{201D}",
        &["We found knives", "We will go on."],
    ),
    // UK style over paragraphs: only the last closes.
    (
        "Inspector Kim Ward said: \"We found knives.\n\n\"We will go on.\n\n\"Call us.\"",
        &["We found knives.", "We will go on.", "Call us."],
    ),
    // A quote paragraph with no new speaker stays with the last speaker.
    (
        "Inspector Kim Ward said: \"We found knives.\"\n\n\"We will go on.\"",
        &["We found knives.", "We will go on."],
    ),
    // A pronoun after the quote.
    (
        "Inspector Kim Ward praised the team.\n\n\"They were superb,\" she said.",
        &["They were superb"],
    ),
    // A reported continuation with a short quoted phrase.
    (
        "Inspector Kim Ward said: \"We found knives.\"\n\nCrime is low, she pointed out, but \"one stabbing is too many\".",
        &["We found knives.", "one stabbing is too many"],
    ),
    // Mixed marks: curly open, straight close.
    ("Inspector Kim Ward said: \u{201C}We found knives.\"", &["We found knives."]),
    // A colon after the name with no verb.
    ("Inspector Kim Ward: \"We found knives.\"", &["We found knives."]),
    // Single marks, as some forces and papers write speech.
    ("Inspector Kim Ward said: 'We found the boy's knife.'", &["We found the boy's knife."]),
    (
        "'We found knives,' said Inspector Kim Ward. 'Officers' work paid off.'",
        &["We found knives", "Officers' work paid off."],
    ),
    // A quote paragraph after a sentence that reports the speaker's words.
    (
        "Inspector Kim Ward said the week had gone well.\n\n\"We found knives.\"",
        &["We found knives."],
    ),
    // The speaker named by rank alone, once the full mention is known.
    (
        "Commissioner Sir Ian Pell opened the week.\n\n\"We will act,\" the Commissioner said.",
        &["We will act"],
    ),
    // "according to" after the quote.
    ("\"Numbers are down,\" according to Inspector Kim Ward.", &["Numbers are down"]),
    // Told a newspaper.
    ("Inspector Kim Ward told the Echo: \"We found knives.\"", &["We found knives."]),
];

#[test]
fn quotes_in_many_phrasings() {
    for (text, quotes) in QUOTES {
        let got = people(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].quotes, *quotes, "{text}");
    }
}

#[test]
fn a_quote_left_open_goes_on_over_paragraphs() {
    let text = "Chief Inspector Ada Brennan said:\n\
                \"The fall in burglary shows the work of our teams.\n\
                It is good to see fewer thefts of cars this year.\n\
                Sergeant Tom Vale said the roads were quiet.\n\
                Anyone with information should call 101.\n";
    let got = people(text);
    assert_eq!(got[0].name, "Ada Brennan");
    assert_eq!(
        got[0].quotes,
        [
            "The fall in burglary shows the work of our teams.",
            "It is good to see fewer thefts of cars this year."
        ]
    );
    // Narrative that names a speaker is no part of the quote.
    assert!(got
        .iter()
        .all(|p| p.quotes.iter().all(|q| !q.contains("roads"))));
}

#[test]
fn the_senior_officer_and_initials_stand_for_the_speaker() {
    let text = "Superintendent Ada Brennan said: \"Burglary is down.\"\n\
                The senior officer added: \"We will keep going.\"\n\
                \"Crime fell again,\" said Police Commissioner Tom R. Vale. \"It is good news.\"\n";
    let got = people(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].quotes, ["Burglary is down.", "We will keep going."]);
    assert_eq!(got[1].name, "Tom R. Vale");
    assert_eq!(got[1].quotes, ["Crime fell again", "It is good news."]);
}

#[test]
fn a_view_reported_before_a_quote_paragraph_is_its_speaker() {
    let text = "Inspector Tom Vale said the port was busy.\n\
                Acting Commander Ada Brennan highlighted the work of border staff.\n\
                \"Our officers stop smuggling every day.\"\n";
    let got = people(text);
    assert_eq!(got[1].name, "Ada Brennan");
    assert_eq!(got[1].quotes, ["Our officers stop smuggling every day."]);
    assert!(got[0].quotes.is_empty());
}

#[test]
fn suspects_joined_by_and() {
    assert_eq!(
        names("Detectives arrested Ruth Obi and Tom Vale at the port."),
        ["Ruth Obi", "Tom Vale"]
    );
    assert_eq!(
        names("Police charged Ruth Obi, Tom Vale and Ali Dane with robbery."),
        ["Ruth Obi", "Tom Vale", "Ali Dane"]
    );
    // A list that a plural verb of the courts closes: each name is a suspect.
    assert_eq!(
        names("Ruth Obi, Tom Vale and Ali Dane were charged with robbery."),
        ["Ruth Obi", "Tom Vale", "Ali Dane"]
    );
    // A speaker's "and" joins no suspect to them.
    assert_eq!(
        names("Ruth Obi said the area and Kelby Park were calm."),
        ["Ruth Obi"]
    );
}

#[test]
fn unnamed_speakers_keep_their_quotes() {
    // The second paragraph goes on with the spokesperson, not the inspector.
    let text = "Inspector Kim Ward led the searches.\n\n\
        A force spokesperson said: \"Two men were held.\n\n\
        \"Both remain in custody.\"\n\n\
        Inspector Kim Ward added: \"Thanks to all.\"";
    let got = people(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].quotes, vec!["Thanks to all."]);

    let text = "The force stated: \"Tests continue.\"\n\n\"We will update.\"";
    assert!(people(text).is_empty());
}

#[test]
fn quoted_names_without_speech_are_not_quotes() {
    // A quoted name of a campaign, with no speech verb, is nobody's quote.
    let text = "Inspector Kim Ward said: \"We found knives.\"\n\n\
        The scheme, called \"Safe Streets\", ran all week.";
    let got = people(text);
    assert_eq!(got[0].quotes, vec!["We found knives."]);
}

#[test]
fn spans_hold_the_words_inside_the_marks() {
    let text = "Sgt Ola Berg said: \u{201C}Six men were held.\u{201D}";
    let out = extract(text, &Options::default());
    let q = &out.people[0].quotes[0];
    let chars: Vec<char> = text.chars().collect();
    let slice: String = chars[q.span.start..q.span.end].iter().collect();
    assert_eq!(slice, "Six men were held.");
    assert_eq!(q.text, slice);
    let s = &out.people[0].source;
    let slice: String = chars[s.span.start..s.span.end].iter().collect();
    assert_eq!(slice, "Sgt Ola Berg");
}

#[test]
fn post_nominals_end_the_name() {
    let got =
        people("Operation Tern began after the Chief Constable, Mary Dale QPM met the mayor.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].name, "Mary Dale");
    assert_eq!(got[0].rank.as_deref(), Some("Chief Constable"));
}

#[test]
fn headings_in_quotes_are_nobody_s_words() {
    let text =
        "Insp Ola Berg said: \"We found knives.\"\n\n'Safer streets'\n\nThe arch returns in May.";
    let got = people(text);
    assert_eq!(got[0].quotes, vec!["We found knives."]);
}

#[test]
fn narrative_after_a_quote_is_not_always_its_attribution() {
    // "police said" closes a long sentence of its own, so the quote stays with the inspector.
    let text = "Insp Ola Berg said: \"We found knives.\"\n\n\
        \"We will go on.\" The arch will be back at the station on Sunday, police said.";
    let got = people(text);
    assert_eq!(got[0].quotes, vec!["We found knives.", "We will go on."]);
}

#[test]
fn single_marks_close_before_a_speech_verb() {
    let text = "Sgt Ola Berg spoke to reporters.\n\n'We will not rest' says Sgt Berg.";
    let got = people(text);
    assert_eq!(got[0].quotes, vec!["We will not rest"]);
}

#[test]
fn the_speaker_of_a_paragraph_of_speech_is_the_last_named() {
    // A new speaker reported in narrative takes over the next quote paragraph.
    let text = "Sgt Ola Berg said: \"We found knives.\"\n\n\
        Chief Inspector Tam Reid said the force was grateful.\n\n\
        \"We thank the public.\"";
    let got = people(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].quotes, vec!["We found knives."]);
    assert_eq!(got[1].quotes, vec!["We thank the public."]);
}

#[test]
fn us_style_surname_attributions() {
    let text = "Police Chief Rosa Delgado said the unit seized 30 guns.\n\n\
        \"This is about safety,\" Delgado said.\n\n\
        Lt. Ben Ochoa, who runs the gang unit, said arrests would go on.\n\n\
        \"We are not done,\" said Ochoa.";
    let got = people(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].name.as_str(), got[0].rank.as_deref()),
        ("Rosa Delgado", Some("Police Chief"))
    );
    assert_eq!(got[0].quotes, vec!["This is about safety"]);
    assert_eq!(got[1].role.as_deref(), Some("runs the gang unit"));
    assert_eq!(got[1].quotes, vec!["We are not done"]);
}

#[test]
fn names_inside_quotes_are_not_the_speaker() {
    let text = "Supt Ann Cole praised the team.\n\n\
        \"I thank PC Jo Bell for her courage,\" she said.";
    let got = people(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].quotes, vec!["I thank PC Jo Bell for her courage"]);
}

#[test]
fn named_suspects_in_a_list() {
    let text = "Ali Brook, 31, Sean Tully, 24, and Dev Rana, 19, all of Hull, were charged.";
    assert_eq!(names(text), vec!["Ali Brook", "Sean Tully", "Dev Rana"]);
}

#[test]
fn family_and_friends_speak_for_themselves() {
    // The family speaks, not the man named; their words are nobody's in the output.
    let text = "The man was named as Kyle Reid.\n\
        The family of Kyle Reid said: \"He was loved.\"\n\
        Kyle Reid's sister said: \"We miss him.\"";
    let got = people(text);
    assert_eq!(got.len(), 1);
    assert!(got[0].quotes.is_empty(), "{got:?}");
}

#[test]
fn the_object_of_a_reporting_verb_is_not_the_speaker() {
    let text = "Sgt Ola Berg said: \"We found knives.\"\n\n\
        Officers told Dan Hurst to stop the car.\n\n\
        \"He did not stop.\"";
    let got = people(text);
    assert_eq!(got[0].quotes, vec!["We found knives.", "He did not stop."]);
}

#[test]
fn pronouns_skip_the_suspects() {
    let text = "Insp Ola Berg led the raid.\n\n\
        Dan Hurst, 40, of Mill Road, was charged.\n\n\
        \"It was a good day,\" she said.";
    let got = people(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].name, "Ola Berg");
    assert_eq!(got[0].quotes, vec!["It was a good day"]);
    assert!(got[1].quotes.is_empty());
}

/// Known wrong today, asserted so a change shows up.
#[test]
fn known_wrong() {
    // A bare name with a speech verb is read as a person even when it is a firm's name
    // with two capitalised words; only organisations found earlier block it.
    assert_eq!(
        names("Acme Security said the gates were locked."),
        vec!["Acme Security"]
    );
    // A single-quoted phrase inside a sentence is not read as a quote: single marks are
    // taken only at a paragraph's start or after punctuation, as apostrophes look alike.
    let got = people("Inspector Kim Ward said the week was 'a big success'.");
    assert_eq!(got.len(), 1);
    assert!(got[0].quotes.is_empty());
    // An office named with its place keeps the place in the rank, where a reader might
    // want rank "Mayor" and role "Mayor of Bristol".
    let got = people("Mayor of Bristol Ravi Dutt said the city was proud.");
    assert_eq!(got[0].rank.as_deref(), Some("Mayor of Bristol"));
    assert_eq!(got[0].role, None);
    // A first name alone after a rank is taken as a surname.
    assert_eq!(names("PC Ellie said the dog was fine."), vec!["Ellie"]);
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "\"",
        "Inspector",
        "Sir",
        "said \"",
        "\u{201C}\u{201D}\u{201C}",
        "Detective Chief Inspector\n\"Quote\"",
        "T/",
        "Mr. ",
        "O'",
        "Ann-",
    ] {
        let _ = people(text);
    }
}

#[test]
fn blocked_spans_answer_overlaps_exactly() {
    use super::mention::Blocked;
    use crate::extract::model::Span;
    // A long span that starts first still blocks what lies after a short one inside it.
    let b = Blocked::new(vec![Span::new(10, 20), Span::new(0, 50), Span::new(60, 70)]);
    assert!(b.overlaps(Span::new(30, 35)));
    assert!(b.overlaps(Span::new(65, 80)));
    assert!(!b.overlaps(Span::new(50, 60)));
    assert!(!b.overlaps(Span::new(70, 90)));
    assert!(!Blocked::new(Vec::new()).overlaps(Span::new(0, 5)));
}

#[test]
fn a_name_whose_surname_comes_back_as_a_defendant_is_a_person() {
    let text = "DNA on the glove was matched to Corin Ashdale.\n\nAshdale, 38, of Tern Road, \
                was jailed for six years at Mawbridge Crown Court.";
    assert_eq!(names(text), ["Corin Ashdale"]);
    let verb = "The van was traced to Lyle Penhallow. Penhallow was later charged with theft.";
    assert_eq!(names(verb), ["Lyle Penhallow"]);
    // A name that never comes back, or comes back only inside another name, is no one.
    assert!(names("The car was seen on Ashdale Road near Corin Park.").is_empty());
    let other = "Stock came from Mercer Farm. Mercer Farm Shop was closed on Monday.";
    assert!(names(other).is_empty());
}

#[test]
fn a_heading_that_ends_in_a_colon_is_no_speaker() {
    assert!(names("Patrol Results:\n\n[14] Drivers stopped\n\n[3] Arrests").is_empty());
    assert_eq!(
        names("Jo Hartley: \"We were glad to help the town.\""),
        ["Jo Hartley"]
    );
}

#[test]
fn names_in_a_list_of_terms_are_defendants() {
    assert_eq!(
        names(
            "Tom Ashcroft was jailed for 11 years, while Dean Moyle was given eight years, \
             Rory Tait six years and Liam Oduya 30 months."
        ),
        ["Tom Ashcroft", "Dean Moyle", "Rory Tait", "Liam Oduya"]
    );
    // A list of names and numbers with no sentence is no list of defendants.
    assert!(names("The walk covered Glen Rosa 12 miles and Ben Lair 10 miles.").is_empty());
}

#[test]
fn a_name_that_a_who_clause_follows_is_a_person() {
    assert_eq!(
        names("Dean Moyle, who ran the group from a flat in Harwick, kept the ledger."),
        ["Dean Moyle"]
    );
    // A force takes "who" too, and is no person.
    assert!(names("Kent Police, who are investigating, want to hear from you.").is_empty());
}

/// (name, rank) of everyone found in `text`.
fn ranked(text: &str) -> Vec<(String, Option<String>)> {
    people(text).into_iter().map(|p| (p.name, p.rank)).collect()
}

#[test]
fn us_federal_and_hyphenated_titles_are_ranks() {
    let want = |n: &str, r: &str| vec![(n.to_string(), Some(r.to_string()))];
    assert_eq!(
        ranked("The sentence was announced by United States Attorney Dana Holloway."),
        want("Dana Holloway", "United States Attorney")
    );
    assert_eq!(
        ranked("U.S. Attorney Dana Holloway said the case was strong."),
        want("Dana Holloway", "U.S. Attorney")
    );
    assert_eq!(
        ranked("\"The law is clear,\" Attorney-General Tom Reeve said."),
        want("Tom Reeve", "Attorney-General")
    );
    // The office alone names nobody.
    assert!(ranked("The U.S. Attorney said the case was strong.").is_empty());
}

#[test]
fn a_middle_initial_that_is_also_a_word_stays_in_the_name() {
    assert_eq!(
        names("Acting Superintendent Ray A. Kimble said the unit grew."),
        ["Ray A. Kimble"]
    );
    assert_eq!(
        names("Chief Inspector Lena I. Marsh said the unit grew."),
        ["Lena I. Marsh"]
    );
}

#[test]
fn initials_in_capitals_open_a_name_after_a_rank() {
    let found = people("\"We will act,\" Police Chief RJ Harlow said. \"Today,\" Harlow said.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "RJ Harlow");
    assert_eq!(found[0].quotes, ["We will act", "Today"]);
    // A rank's abbreviation is no pair of initials: "DS" stays the rank.
    let found = names("Deputy Chief DS Kim Lowe said the checks worked.");
    assert!(found.iter().all(|n| n == "Kim Lowe"), "{found:?}");
    // Initials alone, with no rank before them, open no name.
    assert!(names("JD Sports said the store was shut.").is_empty());
}

#[test]
fn the_first_of_a_pair_takes_the_pairs_verb_of_the_courts() {
    assert_eq!(
        names("At Kelby Crown Court ringleaders Dale Hartigan and Ross Penley were jailed."),
        ["Dale Hartigan", "Ross Penley"]
    );
    // A singular verb belongs to the second name only.
    assert_eq!(
        names("The van passed Dale Hartigan and Ross Penley was arrested later."),
        ["Ross Penley"]
    );
}

#[test]
fn a_quote_inside_a_sentence_is_its_ranked_subjects() {
    let got = people(
        "Chief Inspector Jo Hart afterwards condemned the \u{201C}culture of knives\u{201D} in the town.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].quotes, ["culture of knives"]);
    let got = people(
        "In a statement, Commander Ada Brennan voiced concern about drivers \u{201C}who still drink and drive.\u{201D}",
    );
    assert_eq!(got[0].quotes, ["who still drink and drive."]);
    // Someone else's words about the officer are not the officer's.
    let got = people(
        "Residents gave Inspector Jo Hart a card that read \u{201C}quiet nights\u{201D} in May.",
    );
    assert!(got.iter().all(|p| p.quotes.is_empty()), "{got:?}");
}
