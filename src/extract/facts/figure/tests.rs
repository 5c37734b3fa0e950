//! The figure corpus: many phrasings of one value, negatives, and known-wrong cases.
//! Every sentence here was written for these tests.

use crate::extract::{extract, Category, Change, Figure, Options, Qualifier, Unit};

use Category::*;

fn figures(text: &str) -> Vec<Figure> {
    extract(text, &Options::published("2024-03-01")).figures
}

/// The (category, value, unit) of every figure, in order.
fn keys(text: &str) -> Vec<(Category, f64, Unit)> {
    figures(text)
        .into_iter()
        .map(|f| (f.category, f.value, f.unit))
        .collect()
}

/// Asserts that `text` gives exactly the figures `want`, printing the rule trace if not.
fn check(text: &str, want: &[(Category, f64, Unit)]) {
    let got = figures(text);
    let got_keys: Vec<_> = got.iter().map(|f| (f.category, f.value, f.unit)).collect();
    assert_eq!(
        got_keys,
        want,
        "\ninput: {text}\nrules: {:?}",
        got.iter()
            .map(|f| format!("{} <- {}", f.source.text, f.source.rule))
            .collect::<Vec<_>>()
    );
}

const C: Unit = Unit::Count;

/// A sentence and the figures it must give, as (category, value, unit).
type Case<'a> = (&'a str, &'a [(Category, f64, Unit)]);

#[test]
fn seizures_in_many_phrasings() {
    let table: &[Case] = &[
        (
            "Officers recovered 187 knives during the week.",
            &[(Knife, 187.0, C)],
        ),
        (
            "In total 394 knives were handed in to amnesty bins.",
            &[(Knife, 394.0, C)],
        ),
        (
            "Twenty-seven knives were surrendered at the station.",
            &[(Knife, 27.0, C)],
        ),
        (
            "Detectives seized one hundred and twelve knives.",
            &[(Knife, 112.0, C)],
        ),
        (
            "The team seized 58 other offensive weapons.",
            &[(OffensiveWeapon, 58.0, C)],
        ),
        (
            "Police have seized 130 illegal guns this summer.",
            &[(Firearm, 130.0, C)],
        ),
        (
            "Four suspected blank firearms were found in the loft.",
            &[(Firearm, 4.0, C)],
        ),
        (
            "A search uncovered 25 firearms, mainly revolvers.",
            &[(Firearm, 25.0, C)],
        ),
        (
            "The unit seized 211 firearms; of which 120 were handguns and two were shotguns.",
            &[(Firearm, 211.0, C), (Firearm, 120.0, C), (Firearm, 2.0, C)],
        ),
        (
            "Approximately 80 rounds of ammunition were recovered.",
            &[(Ammunition, 80.0, C)],
        ),
        (
            "Officers found 43 wraps of crack cocaine.",
            &[(Drugs, 43.0, C)],
        ),
        (
            "Officers seized 2,300 cannabis plants.",
            &[(Drugs, 2300.0, C)],
        ),
        (
            "The raid recovered 2.5kg of cocaine.",
            &[(Drugs, 2.5, Unit::Kg)],
        ),
        (
            "Officers found 300g of heroin in the car.",
            &[(Drugs, 300.0, Unit::G)],
        ),
        (
            "They seized 1.5 kilos of cannabis resin.",
            &[(Drugs, 1.5, Unit::Kg)],
        ),
        (
            "Officers seized £96,509 in cash.",
            &[(Cash, 96509.0, Unit::Gbp)],
        ),
        (
            "Officers seized cash totalling £14,250.",
            &[(Cash, 14250.0, Unit::Gbp)],
        ),
        (
            "Detectives seized £3,000 cash and a moped.",
            &[(Cash, 3000.0, Unit::Gbp), (Vehicle, 1.0, C)],
        ),
        (
            "Deputies seized $25,000 in cash.",
            &[(Cash, 25000.0, Unit::Usd)],
        ),
        (
            "Detectives seized four kilograms of cocaine and two grams of heroin.",
            &[(Drugs, 4.0, Unit::Kg), (Drugs, 2.0, Unit::G)],
        ),
        (
            "Customs officers seized two tonnes of cannabis resin.",
            &[(Drugs, 2000.0, Unit::Kg)],
        ),
        (
            "Officers seized plants and resin, some £2.6million worth of the drug.",
            &[(Drugs, 2_600_000.0, Unit::Gbp)],
        ),
        (
            "A further €41,000 and £6,500 sterling in cash were found during the searches.",
            &[(Cash, 41000.0, Unit::Eur), (Cash, 6500.0, Unit::Gbp)],
        ),
        (
            "In all, £72,000 held in bank accounts was frozen by the court.",
            &[(Cash, 72000.0, Unit::Gbp)],
        ),
        (
            "The victims lost £9,000 before the scam was discovered.",
            &[],
        ),
        (
            "Officers seized NZ$40,000 in cash.",
            &[(Cash, 40000.0, Unit::Nzd)],
        ),
        (
            "Gardaí seized cannabis worth €150,000.",
            &[(Drugs, 150000.0, Unit::Eur)],
        ),
        (
            "Police recovered cocaine worth an estimated £1.2m.",
            &[(Drugs, 1_200_000.0, Unit::Gbp)],
        ),
        (
            "They seized £410k of heroin.",
            &[(Drugs, 410_000.0, Unit::Gbp)],
        ),
        (
            "Officers seized almost £38,000 of stolen property.",
            &[(OtherItem, 38000.0, Unit::Gbp)],
        ),
        ("Officers seized 54 vehicles.", &[(Vehicle, 54.0, C)]),
        (
            "Officers recovered 1,037 stolen catalytic converters.",
            &[(OtherItem, 1037.0, C)],
        ),
        ("Police seized 12 mobile phones.", &[(OtherItem, 12.0, C)]),
        (
            "The Met seized more than 240 weapons.",
            &[(Knife, 240.0, C)],
        ),
        ("Officers seized a dozen firearms.", &[(Firearm, 12.0, C)]),
        // Bikes are vehicles, as motorbikes are; bicycles named so are other items.
        (
            "A thousand stolen bikes were recovered.",
            &[(Vehicle, 1000.0, C)],
        ),
        (
            "A thousand stolen bicycles were recovered.",
            &[(OtherItem, 1000.0, C)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn labelled_results_lines() {
    let text = "Results of the week:\nArrests: 45\nKnives seized: 12\nPeople charged - 9\n\
                Stop and searches: 230\nVehicles seized: 4\nShootings: 0";
    check(
        text,
        &[
            (Arrest, 45.0, C),
            (Knife, 12.0, C),
            (Charge, 9.0, C),
            (Activity, 230.0, C),
            (Vehicle, 4.0, C),
            (Incident, 0.0, C),
        ],
    );
    check(
        "The week's results were arrests (45), knives (187) and charges (12).",
        &[(Arrest, 45.0, C), (Knife, 187.0, C), (Charge, 12.0, C)],
    );
    // A label with no counted noun is no figure.
    assert_eq!(keys("Phone: 101\nRef: 4512"), []);
}

#[test]
fn bullet_lists_under_a_seizure_header() {
    let text =
        "The haul included:\n- A machete\n- Two air rifles\n• £2,400 in cash\n* 3 mobile phones";
    check(
        text,
        &[
            (Knife, 1.0, C),
            (Firearm, 2.0, C),
            (Cash, 2400.0, Unit::Gbp),
            (OtherItem, 3.0, C),
        ],
    );
}

#[test]
fn single_items_in_seizures() {
    let table: &[Case] = &[
        (
            "Searches uncovered about 60 rounds of ammunition and a replica firearm.",
            &[(Ammunition, 60.0, C), (Firearm, 1.0, C)],
        ),
        ("Officers seized a suspected improvised firearm.", &[(Firearm, 1.0, C)]),
        ("Later a suspected pistol was found in a holdall.", &[(Firearm, 1.0, C)]),
        (
            "A loaded revolver, a machete and a quantity of cannabis were found.",
            &[(Firearm, 1.0, C), (Knife, 1.0, C)],
        ),
        (
            "Recoveries include 4 cannabis farms, cash, a stolen motorbike and a sawn-off shotgun.",
            &[(Drugs, 4.0, C), (Vehicle, 1.0, C), (Firearm, 1.0, C)],
        ),
        ("One knife was confiscated from a teenager.", &[(Knife, 1.0, C)]),
        // A weight of powder for cartridges is ammunition, however it is spelt.
        (
            "Officers seized 40 rifles and 15 kilograms of gun powder in Larchmont.",
            &[(Firearm, 40.0, C), (Ammunition, 15.0, Unit::Kg)],
        ),
        (
            "Detectives found 3kg of gunpowder at the farm.",
            &[(Ammunition, 3.0, Unit::Kg)],
        ),
        (
            "Officers recovered these items:\nA live revolver with six rounds of ammunition\nThree knuckledusters\nOne stun gun\nThe week ended on Sunday.",
            &[(Firearm, 1.0, C), (Ammunition, 6.0, C), (OffensiveWeapon, 3.0, C), (OffensiveWeapon, 1.0, C)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
    // "a"/"an" is an implied value; digits and number words are stated.
    let f = figures("Officers seized a suspected improvised firearm.");
    assert_eq!(
        f.first().map(|f| f.value_certainty.is_stated()),
        Some(false)
    );
}

#[test]
fn outcomes_in_many_phrasings() {
    let table: &[Case] = &[
        ("Officers made 1,002 arrests.", &[(Arrest, 1002.0, C)]),
        (
            "In all, 23 drivers were cited for driving unlicensed.",
            &[(Charge, 23.0, C)],
        ),
        (
            "Officers rescued 41 young people and intercepted 6 cars.",
            &[(Activity, 41.0, C), (Activity, 6.0, C)],
        ),
        (
            "A further 12 vehicles were impounded.",
            &[(Vehicle, 12.0, C)],
        ),
        (
            "The team breathalysed 3,410 drivers, compared to 2,875 breathalysed last year.",
            &[(Activity, 3410.0, C), (Activity, 2875.0, C)],
        ),
        (
            "Of the drivers stopped, one tested positive for cannabis.",
            &[(Incident, 1.0, C)],
        ),
        (
            "At the weekend 212 motorists failed a breath test and 9 drivers blew over the limit.",
            &[(Incident, 212.0, C), (Incident, 9.0, C)],
        ),
        // Drivers caught at an offence are incidents; people caught drink driving are the
        // arrests the release counts, and "caught" alone says no offence.
        (
            "Patrols caught 64 speeding drivers and 9 motorists were caught using a phone.",
            &[(Incident, 64.0, C), (Incident, 9.0, C)],
        ),
        ("Officers caught 4 shoplifters in the town centre.", &[]),
        ("In all 17 people were caught drink driving.", &[]),
        // Deaths on the roads are incidents; other things lost are not.
        (
            "So far this year 41 people have lost their lives on Halden roads.",
            &[(Incident, 41.0, C)],
        ),
        (
            "Twelve drivers lost their licences and 3 officers lost their radios.",
            &[],
        ),
        (
            "Southland: 61 gun owners were processed at the collection events.",
            &[(Activity, 61.0, C)],
        ),
        (
            "Nine men were held after the raids in Rotherham.",
            &[(Arrest, 9.0, C)],
        ),
        (
            "Three wanted men handed themselves in at Leigh police station.",
            &[(Arrest, 3.0, C)],
        ),
        (
            "Two men who held up a bookmaker were later jailed.",
            &[(Conviction, 2.0, C)],
        ),
        (
            "Another 275 motorists were breath-tested at the roadside.",
            &[(Activity, 275.0, C)],
        ),
        (
            "Officers seized 19 drugs exhibits and recovered three stolen bikes.",
            &[(Drugs, 19.0, C), (Vehicle, 3.0, C)],
        ),
        (
            "Police arrested 25 people in dawn raids.",
            &[(Arrest, 25.0, C)],
        ),
        (
            "Five people were arrested after the search.",
            &[(Arrest, 5.0, C)],
        ),
        (
            "In all 2,294 people have been arrested.",
            &[(Arrest, 2294.0, C)],
        ),
        ("Six arrested as station targeted", &[(Arrest, 6.0, C)]),
        (
            "All 15 suspects have now been arrested.",
            &[(Arrest, 15.0, C)],
        ),
        (
            "Of the 23 people arrested, 15 were charged.",
            &[(Arrest, 23.0, C), (Charge, 15.0, C)],
        ),
        (
            "Two men, one in his 20s and one in his 40s, were charged with robbery.",
            &[(Charge, 2.0, C)],
        ),
        (
            "The two residents, a woman and a man, were arrested.",
            &[(Arrest, 2.0, C)],
        ),
        (
            "Fourteen of the suspects were charged.",
            &[(Charge, 14.0, C)],
        ),
        (
            "Five of the eight men arrested have since been charged.",
            &[(Charge, 5.0, C)],
        ),
        (
            "Three of the men arrested on Friday were released.",
            &[(Arrest, 3.0, C)],
        ),
        (
            "Officers arrested 12 men and charged 7 of them.",
            &[(Arrest, 12.0, C), (Charge, 7.0, C)],
        ),
        ("Eight people have been convicted.", &[(Conviction, 8.0, C)]),
        (
            "Police arrested more than 320 people.",
            &[(Arrest, 320.0, C)],
        ),
        ("Nearly 300 arrests were made.", &[(Arrest, 300.0, C)]),
        (
            "The raids resulted in the arrest of 12 people.",
            &[(Arrest, 12.0, C)],
        ),
        (
            "The week led to 30 people being charged.",
            &[(Charge, 30.0, C)],
        ),
        (
            "In all 40 were arrested, of whom 22 were charged.",
            &[(Arrest, 40.0, C), (Charge, 22.0, C)],
        ),
        (
            "Three women, aged 25, 31 and 47, were arrested and charged with fraud.",
            &[(Arrest, 3.0, C), (Charge, 3.0, C)],
        ),
        (
            "Two teenagers were detained and later charged with robbery.",
            &[(Arrest, 2.0, C), (Charge, 2.0, C)],
        ),
        (
            "Nine people were arrested and released under investigation.",
            &[(Arrest, 9.0, C)],
        ),
        (
            "Eleven people were arrested at the match, six of them for public order offences.",
            &[(Arrest, 11.0, C), (Arrest, 6.0, C)],
        ),
        (
            "Officers seized 14 knives, three of them machetes.",
            &[(Knife, 14.0, C), (Knife, 3.0, C)],
        ),
        (
            "Officers arrested 20 men, five of whom were later charged.",
            &[(Arrest, 20.0, C), (Charge, 5.0, C)],
        ),
        (
            "Callers gave more than 900 pieces of information about the attack.",
            &[(Activity, 900.0, C)],
        ),
        (
            "A 31-year-old man, a 26-year-old man and a 44-year-old woman were arrested.",
            &[(Arrest, 3.0, C)],
        ),
        (
            "A man, 19, and a woman, 22, have been charged with robbery.",
            &[],
        ),
        (
            "A 40-year-old man and a 17-year-old boy were charged with burglary.",
            &[(Charge, 2.0, C)],
        ),
        (
            "A 40-year-old man from Hull and a 17-year-old boy were charged.",
            &[],
        ),
        (
            "Two men were detained at the scene. Both have since been charged with burglary.",
            &[(Arrest, 2.0, C), (Charge, 2.0, C)],
        ),
        (
            "Two women were arrested. Both women were later charged.",
            &[(Arrest, 2.0, C), (Charge, 2.0, C)],
        ),
        ("Both knives and a machete were seized.", &[(Knife, 1.0, C)]),
        ("Both men were taken to hospital.", &[]),
        (
            "The suspects, ages 19 to 46, face a combined 30 charges.",
            &[(Charge, 30.0, C)],
        ),
        (
            "Officers recovered 3 stolen vehicles worth £90,000.",
            &[(Vehicle, 3.0, C), (Vehicle, 90000.0, Unit::Gbp)],
        ),
        (
            "Detectives seized £20,000 worth of cannabis and 4 cars valued at £60,000.",
            &[
                (Drugs, 20000.0, Unit::Gbp),
                (Vehicle, 4.0, C),
                (Vehicle, 60000.0, Unit::Gbp),
            ],
        ),
        (
            "Police located a pistol, 2 kilograms of cannabis and three mobile phones.",
            &[
                (Firearm, 1.0, C),
                (Drugs, 2.0, Unit::Kg),
                (OtherItem, 3.0, C),
            ],
        ),
        (
            "Police said 12 cars located in the car park had been damaged.",
            &[],
        ),
        (
            "Warrants were executed at 12 addresses in Hull.",
            &[(Activity, 12.0, C)],
        ),
        (
            "Detectives carried out raids at nine properties.",
            &[(Activity, 9.0, C)],
        ),
        (
            "The week saw 31 vulnerable people safeguarded and 9 deal lines dismantled.",
            &[(Activity, 31.0, C), (Activity, 9.0, C)],
        ),
        (
            "Officers disrupted 14 organised crime groups.",
            &[(Activity, 14.0, C)],
        ),
        (
            "Over the bank holiday 240 drivers were breathalysed.",
            &[(Activity, 240.0, C)],
        ),
        (
            "About 1,500 fans passed through the search arches.",
            &[(Activity, 1500.0, C)],
        ),
        (
            "Two men were arrested at 4am at an address in Leeds.",
            &[(Arrest, 2.0, C)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn custodial_sentences_are_years() {
    let table: &[Case] = &[
        (
            "The four were sentenced to 42 years' imprisonment.",
            &[(Conviction, 4.0, C), (Conviction, 42.0, Unit::Years)],
        ),
        (
            "He was jailed for 30 months.",
            &[(Conviction, 2.5, Unit::Years)],
        ),
        (
            "She was sentenced to 26 weeks in prison.",
            &[(Conviction, 0.5, Unit::Years)],
        ),
        (
            "He was jailed for four years and nine months.",
            &[(Conviction, 4.75, Unit::Years)],
        ),
        (
            "Okafor was given 20 months for the burglary.",
            &[(Conviction, 1.67, Unit::Years)],
        ),
        (
            "Lane received five and a half years at Bristol Crown Court.",
            &[(Conviction, 5.5, Unit::Years)],
        ),
        (
            "Kerr was locked up for two years and three months.",
            &[(Conviction, 2.25, Unit::Years)],
        ),
        (
            "The control room received 90 calls over the past eight months.",
            &[],
        ),
        (
            "A woman, 41, received a suspended sentence of 18 months.",
            &[],
        ),
        (
            "Four men who carried out a raid on a post office have been jailed.",
            &[(Conviction, 4.0, C)],
        ),
        (
            "Marcus Hale, 27, was jailed for six years.\nJordan Pike, 22, was jailed for six years.",
            &[(Conviction, 6.0, Unit::Years), (Conviction, 6.0, Unit::Years)],
        ),
        (
            "Dealer Jailed For Six Years\nDean Pike, 22, was jailed for six years.",
            &[(Conviction, 6.0, Unit::Years)],
        ),
        (
            "Thief jailed for six years\nDean Pike, 22, was jailed for six years on Friday.",
            &[(Conviction, 6.0, Unit::Years)],
        ),
        (
            "He received an 18-month prison term and was disqualified from driving for 30 months.",
            &[(Conviction, 1.5, Unit::Years)],
        ),
        // One verb of giving for a list of terms, each after a name.
        (
            "Nadia Orme was given 11 years, Colin Batty eight years and Ross Penn 30 months.",
            &[
                (Conviction, 11.0, Unit::Years),
                (Conviction, 8.0, Unit::Years),
                (Conviction, 2.5, Unit::Years),
            ],
        ),
        (
            "Tom Reyes received seven years and Ida Fenn four years.",
            &[(Conviction, 7.0, Unit::Years), (Conviction, 4.0, Unit::Years)],
        ),
        // A list that no verb of giving starts is lengths of time, not sentences.
        (
            "The scheme ran for three years, Brookfield two years and Ashby four years.",
            &[],
        ),
        (
            "The line received 40 calls in six months, Harlow 12 months and Dene 18 months.",
            &[],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn activity_in_many_phrasings() {
    let table: &[Case] = &[
        (
            "Fourteen community weapon sweeps were carried out.",
            &[(Activity, 14.0, C)],
        ),
        (
            "Officers carried out 42 knife sweeps.",
            &[(Activity, 42.0, C)],
        ),
        (
            "Police executed 32 search warrants.",
            &[(Activity, 32.0, C)],
        ),
        ("> 148 stop searches carried out", &[(Activity, 148.0, C)]),
        (
            "Officers carried out 1,200 stop and searches.",
            &[(Activity, 1200.0, C)],
        ),
        ("- 67 test purchase operations", &[(Activity, 67.0, C)]),
        (
            "• Submitted over 5244 pieces of intelligence",
            &[(Activity, 5244.0, C)],
        ),
        ("Officers visited 926 sites.", &[(Activity, 926.0, C)]),
        ("They also stopped 664 vehicles.", &[(Activity, 664.0, C)]),
        (
            "Roughly 100 people were stopped at the arch.",
            &[(Activity, 100.0, C)],
        ),
        (
            "Police have spoken to more than 500 suspected burglars.",
            &[(Activity, 500.0, C)],
        ),
        (
            "A team of 50 Gang Crime Command officers joined the patrols.",
            &[(Activity, 50.0, C)],
        ),
        (
            "Officers also issued 22 cannabis warnings.",
            &[(Activity, 22.0, C)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn statistics_and_changes() {
    let table: &[Case] = &[
        (
            "There were 377 gun incidents recorded in 2011.",
            &[(Incident, 377.0, C)],
        ),
        // "This went down to N": the count of the sentence before, moved.
        (
            "In March there were 210 burglaries in Oakshire. This went down to 31 last week.",
            &[(Incident, 210.0, C), (Incident, 31.0, C)],
        ),
        (
            "The meeting was held in the village hall. It went down to 19 last week.",
            &[],
        ),
        // The period after the noun is not part of what is counted.
        (
            "There have been 35 fewer robberies year-to-date in Kelvington.",
            &[(Incident, 35.0, C)],
        ),
        (
            "The charges concern a series of five shootings.",
            &[(Incident, 5.0, C)],
        ),
        (
            "Officers removed 524 lethal firearms compared with 480 the year before.",
            &[(Firearm, 524.0, C), (Firearm, 480.0, C)],
        ),
        (
            "Robberies fell by 6% in the last year, from 512 to 481 offences.",
            &[
                (Rate, 6.0, Unit::Percent),
                (Incident, 512.0, C),
                (Incident, 481.0, C),
            ],
        ),
        (
            "Knife offences rose to 44,076 last year.",
            &[(Incident, 44076.0, C)],
        ),
        (
            "There were 43 fewer shootings than the year before.",
            &[(Incident, 43.0, C)],
        ),
        (
            "Officers took 2,310 knives off the streets last year, 412 more than in 2022.",
            &[(Knife, 2310.0, C), (Knife, 412.0, C)],
        ),
        (
            "There were 1,245 knife offences in 2023, down from 1,389 in 2022 and 1,502 in 2021.",
            &[
                (Incident, 1245.0, C),
                (Incident, 1389.0, C),
                (Incident, 1502.0, C),
            ],
        ),
        (
            "Solved shootings rose from 20 per cent to 38 per cent.",
            &[(Rate, 20.0, Unit::Percent), (Rate, 38.0, Unit::Percent)],
        ),
        (
            "The force recorded 58.4 crimes per 1,000 people, below the 71.9 per 1,000 seen nationally.",
            &[(Rate, 58.4, C), (Rate, 71.9, C)],
        ),
        (
            "There were 3.7 robberies for every 10,000 residents.",
            &[(Rate, 3.7, C)],
        ),
        (
            "Scores for ages 16-24 were recorded at 3-5 sites.",
            &[],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn changes_say_which_way() {
    let table: &[(&str, f64, Change)] = &[
        (
            "The patrols helped to reduce street robbery by 9.6%.",
            9.6,
            Change::Decrease,
        ),
        (
            "Robbery is down 9.5 per cent on last year.",
            9.5,
            Change::Decrease,
        ),
        (
            "There was a 14% decrease in homicides.",
            14.0,
            Change::Decrease,
        ),
        (
            "Burglaries rose by 9% on the previous 12 months.",
            9.0,
            Change::Increase,
        ),
        (
            "The town saw a 6 percent reduction in violent crime.",
            6.0,
            Change::Decrease,
        ),
        ("Burglary is up 3% this year.", 3.0, Change::Increase),
        (
            "Across the district, criminal damage (-12%) fell again.",
            12.0,
            Change::Decrease,
        ),
        (
            "Theft from shops (+8 per cent) was the exception.",
            8.0,
            Change::Increase,
        ),
    ];
    for (text, value, change) in table {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(
            (f[0].category, f[0].value, f[0].change),
            (Rate, *value, Some(*change)),
            "{text}"
        );
    }
    let f = figures(
        "In 2020 there were 443 firearms recovered, an increase of 107 on the year before.",
    );
    let inc: Vec<_> = f.iter().filter(|f| f.change.is_some()).collect();
    assert_eq!(inc.len(), 1, "{f:?}");
    assert_eq!(
        (inc[0].category, inc[0].value, inc[0].change),
        (Firearm, 107.0, Some(Change::Increase))
    );
}

/// A release of statistics names its period with its first change; later changes with no
/// period of their own speak of the same one.
#[test]
fn later_changes_take_the_period_of_the_first() {
    let text =
        "In the year to March 2023, recorded crime fell by 6.2 per cent across the county.\n\n\
        Districts\n\n\
        Burglary was down 9.1%, while shoplifting rose by 4.4%.\n\n\
        Officers seized 31 knives at the summer fair.";
    let f = figures(text);
    let periods: Vec<_> = f
        .iter()
        .map(|f| (f.value, f.period.as_deref().map(str::to_string)))
        .collect();
    assert_eq!(
        periods,
        vec![
            (6.2, Some("FY2022/23".to_string())),
            (9.1, Some("FY2022/23".to_string())),
            (4.4, Some("FY2022/23".to_string())),
            (31.0, None),
        ]
    );
}

/// The period named in the opening of a release of statistics frames its changes.
#[test]
fn changes_take_the_period_of_the_opening() {
    let text = "The county's crime figures for Quarter 2, 2022 were published today.\n\n\
        Vehicle crime (down 5.5%) and arson (down 2.1%) both fell.";
    let f = figures(text);
    let periods: Vec<_> = f.iter().map(|f| f.period.as_deref()).collect();
    assert_eq!(
        periods,
        vec![Some("2022-04-01/2022-06-30"), Some("2022-04-01/2022-06-30")],
        "{f:?}"
    );
}

#[test]
fn changes_name_what_changed() {
    let table: &[(&str, &str)] = &[
        ("Robberies have fallen by 22 per cent.", "fall in Robberies"),
        (
            "The scheme helped to reduce knife offences by 15.5%.",
            "fall in knife offences",
        ),
        (
            "There was a 15 per cent rise in robbery.",
            "rise in robbery",
        ),
    ];
    for (text, item) in table {
        let f = figures(text);
        assert_eq!(f.first().map(|f| f.item.as_str()), Some(*item), "{text}");
    }
}

#[test]
fn qualifiers() {
    let table: &[(&str, Qualifier)] = &[
        ("Officers seized more than 240 knives.", Qualifier::MoreThan),
        ("Officers made over 1,000 arrests.", Qualifier::MoreThan),
        (
            "Officers made in excess of 1,000 arrests.",
            Qualifier::MoreThan,
        ),
        (
            "The total is now surpassing 3200 arrests.",
            Qualifier::MoreThan,
        ),
        ("Nearly 400 knives were handed in.", Qualifier::About),
        ("Almost 400 knives were handed in.", Qualifier::About),
        ("Around 400 knives were handed in.", Qualifier::About),
        ("Approximately 400 knives were handed in.", Qualifier::About),
        ("Roughly 400 knives were handed in.", Qualifier::About),
        ("About 400 knives were handed in.", Qualifier::About),
        ("At least 400 knives were handed in.", Qualifier::AtLeast),
        ("Up to 400 knives were handed in.", Qualifier::UpTo),
        ("Exactly 400 knives were handed in.", Qualifier::Exact),
    ];
    for (text, q) in table {
        let f = figures(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].qualifier, *q, "{text}");
        assert!(f[0].value >= 240.0, "{text}");
    }
}

#[test]
fn numbers_that_are_not_figures() {
    let table: &[&str] = &[
        "Anyone with information should call 0800 555 111.",
        "Call 101 quoting reference number 1100 (12/5).",
        "A 20-year-old man was stabbed at around 6pm yesterday.",
        "The offender is in his mid-twenties and about 6ft 3ins tall.",
        "Two men, aged 27 and 62, remain in hospital.",
        "A live .38 calibre revolver was used in the attack.",
        "Operation 42 ran from 9 to 15 November.",
        "Section 60 powers were in place for 24 hours.",
        "Class A drugs remain a concern.",
        "Patrols took place across all 32 boroughs of London.",
        "Half of the hotspots lie in four south London boroughs.",
        "The number of killings is low, but one death is one too many.",
        "Manchester is one of the busiest cities in the north.",
        "You can contact Crimestoppers 100% anonymously.",
        "Operation Jemlock recently marked its 3000th arrest.",
        "Phase Seven of the operation was launched today.",
        "The operation began in 2019 and has run for four years.",
        "The search arch ran between 4.30pm and 8.30pm on July 14.",
        "Levels are far below those of six years ago.",
        "He was found in possession of a knife and a small amount of cannabis.",
        "Police believe the three suspects drove off in a silver van.",
        "Shopkeepers who sell a knife to someone under the age of 18 face prosecution.",
        "Those held included teenagers younger than 16.",
        "Youth workers met children under 14 at the centre.",
        "A gun workshop was located in the garage.",
        "Officers were called to 12 Station Road at 2am.",
        "The £5,000 reward remains on offer.",
        "He was fined £200 and ordered to pay £85 costs.",
    ];
    for text in table {
        let got = figures(text);
        assert!(
            got.is_empty(),
            "{text}: {:?}",
            got.iter()
                .map(|f| (&f.source.text, &f.source.rule))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn verbs_with_particles_and_other_forces() {
    let table: &[Case] = &[
        (
            "Officers handed out 2,000 leaflets to residents.",
            &[(Activity, 2000.0, C)],
        ),
        (
            "Police charged 23 people with 87 offences.",
            &[(Charge, 23.0, C), (Charge, 87.0, C)],
        ),
        (
            "Nine people were reported for summons.",
            &[(Charge, 9.0, C)],
        ),
        (
            "Officers engaged with more than 3,000 young people.",
            &[(Activity, 3000.0, C)],
        ),
        (
            "The initiative resulted in 1,100 arrests, including 97 for firearm offences.",
            &[(Arrest, 1100.0, C), (Arrest, 97.0, C)],
        ),
        (
            "Officers seized a 12-bore shotgun and a .22 air rifle.",
            &[(Firearm, 1.0, C), (Firearm, 1.0, C)],
        ),
        (
            "Detectives seized a £1m cannabis haul.",
            &[(Drugs, 1_000_000.0, Unit::Gbp)],
        ),
        (
            "He was found guilty and jailed for 8 years.",
            &[(Conviction, 8.0, Unit::Years)],
        ),
        (
            "A man, 34, was arrested and three knives were seized.",
            &[(Knife, 3.0, C)],
        ),
        (
            "Gardaí arrested five people and seized cannabis worth €50,000.",
            &[(Arrest, 5.0, C), (Drugs, 50000.0, Unit::Eur)],
        ),
        (
            "The task force made 120 felony arrests and recovered 45 guns.",
            &[(Arrest, 120.0, C), (Firearm, 45.0, C)],
        ),
        (
            "Officers seized 1.2 tonnes of cocaine.",
            &[(Drugs, 1200.0, Unit::Kg)],
        ),
        (
            "Deputies seized 3 ounces of cocaine and 14 pounds of marijuana.",
            &[(Drugs, 85.05, Unit::G), (Drugs, 6.35, Unit::Kg)],
        ),
        (
            "Three people were stabbed in the city centre.",
            &[(Incident, 3.0, C)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn numbers_that_are_not_figures_either() {
    let table: &[&str] = &[
        "He could face up to 14 years in prison.",
        "Two officers approached the man, who ran off.",
        "The others were sentenced to between four and 11 years each.",
        "The group used 23 mobile phones to run the line.",
        "He was given a 12-month community order.",
        "He was handed a 16-month suspended sentence.",
        "He was given a sentence suspended for 18 months.",
        "The suspects, ages 19 to 46, were booked into the county jail.",
        "The victims were aged from 16 to 21.",
        "She was given a three-year sentence suspended for two years.",
        "A 10-year high in knife crime was recorded.",
        "Two men were taken to hospital.",
        "Five people were in the car at the time.",
        "Three ambulances and two fire engines were sent.",
        "The victim, 19, was treated at the scene.",
        "It is the 2nd time this year that the shop has been targeted.",
        "Covid-19 restrictions were in place.",
        "The A406 was closed between junctions 4 and 5.",
        "Officers patrolled 24/7 over the bank holiday.",
        "The force covers 1,200 square miles.",
    ];
    for text in table {
        let got = figures(text);
        assert!(
            got.is_empty(),
            "{text}: {:?}",
            got.iter()
                .map(|f| (&f.source.text, &f.source.rule))
                .collect::<Vec<_>>()
        );
    }
}

/// A whole release written for this corpus, in the style of a force's results summary.
const WEEK_OF_ACTION: &str = "\
Week of action sees 112 arrests across the county

Northshire Police arrested 112 people and seized 46 weapons during a week of action.

Officers from all 10 districts took part between Monday 6 and Sunday 12 March 2023.

During the week:

112 arrests were made for a range of offences
46 knives and other weapons were seized
29 weapon sweeps were conducted in parks and open spaces
1,450 young people were engaged with in schools
17 retailers were visited for test purchasing, with 3 failing

Chief Superintendent Ann Ward said: \"Every one of those 46 weapons is one fewer on our \
streets. Over the past 12 months knife crime has fallen by 11%, with 340 fewer victims.\"

The force has also placed 8 new surrender bins, bringing the total to 34.

Anyone with information can call 101 or Crimestoppers on 0800 555 111.
";

#[test]
fn a_results_release() {
    let f = figures(WEEK_OF_ACTION);
    let got: Vec<_> = f
        .iter()
        .map(|f| (f.category, f.value, f.unit, f.change))
        .collect();
    assert_eq!(
        got,
        [
            (Arrest, 112.0, C, None),
            (Knife, 46.0, C, None),
            (Activity, 29.0, C, None),
            (Activity, 1450.0, C, None),
            (Activity, 17.0, C, None),
            (Rate, 11.0, Unit::Percent, Some(Change::Decrease)),
            (Incident, 340.0, C, Some(Change::Decrease)),
        ]
    );
    // The headline, the summary and the list state the arrests three times.
    assert_eq!(f[0].source.mentions.len(), 2);
}

/// A US-style release: pounds of drugs are kept in kilograms, dollars as `usd`.
#[test]
fn dollars_follow_the_country_of_the_release() {
    let table: &[Case] = &[
        (
            "Counties Manukau and Auckland City officers seized $52,000 in cash.",
            &[(Cash, 52000.0, Unit::Nzd)],
        ),
        (
            "NSW Police seized $1.5 million worth of cocaine in Sydney.",
            &[(Drugs, 1_500_000.0, Unit::Aud)],
        ),
        (
            "Troopers in Ohio seized $9,000 in cash.",
            &[(Cash, 9000.0, Unit::Usd)],
        ),
        (
            "RCMP officers in Surrey, British Columbia, seized $48,500 in cash.",
            &[(Cash, 48500.0, Unit::Cad)],
        ),
        (
            "Officers in Kelowna found C$7,200 in a shoebox and seized it.",
            &[(Cash, 7200.0, Unit::Cad)],
        ),
        (
            "Detectives in Perth seized $215,000 in cash.",
            &[(Cash, 215000.0, Unit::Aud)],
        ),
        (
            "Officers seized $20,000 in cash; the drugs came from Australia via Auckland.",
            &[(Cash, 20000.0, Unit::Usd)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

#[test]
fn a_us_release() {
    let text = "Police announced Thursday that a two-month operation led to 87 felony arrests \
and the seizure of 52 firearms.\n\
Detectives also seized more than 12 pounds of methamphetamine, 3,000 fentanyl pills and \
$145,000 in cash.\n\
The operation involved 40 officers and 6 federal agents.\n\
Of the 87 people arrested, 31 were prohibited possessors and 12 were wanted on warrants.\n\
Violent crime in the targeted areas dropped 18 percent.\n\
Anyone with information is asked to call 480-948-6377.";
    assert_eq!(
        keys(text),
        [
            (Arrest, 87.0, C),
            (Firearm, 52.0, C),
            (Drugs, 5.44, Unit::Kg),
            (Drugs, 3000.0, C),
            (Cash, 145000.0, Unit::Usd),
            (Activity, 40.0, C),
            (Activity, 6.0, C),
            // A part of the arrests is its own figure (facts/1: "151 handguns of 248").
            (Arrest, 31.0, C),
            (Rate, 18.0, Unit::Percent),
        ]
    );
}

#[test]
fn repeated_mentions_are_one_figure() {
    let text = "Officers seized 187 knives during the week.\n\
                The Commander said: \"We have removed 187 knives from the streets.\"";
    let f = figures(text);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].source.mentions.len(), 1);
    // A hedge in a later mention is kept: the headline rounded.
    let f = figures("100 people stopped during arch operation\nRoughly 100 people were stopped.");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].qualifier, Qualifier::About);
}

#[test]
fn single_items_merge_only_when_restated() {
    // The second sentence restates the first, so its replica firearm is the same one.
    let text = "Searches uncovered about 45 bullets and an imitation pistol.\n\
                \"About 45 bullets and an imitation pistol were recovered.\"";
    assert_eq!(keys(text), [(Ammunition, 45.0, C), (Firearm, 1.0, C)]);
    // Two searches, two handguns.
    let text = "A search in Elm Street uncovered a suspected handgun.\n\
                Later, at a flat in Kings Road, a suspected pistol was found in a holdall.";
    assert_eq!(keys(text), [(Firearm, 1.0, C), (Firearm, 1.0, C)]);
}

#[test]
fn spans_cover_the_number_and_its_noun() {
    let text = "Officers made 1,002 arrests and seized 187 knives.";
    let f = figures(text);
    let spans: Vec<&str> = f.iter().map(|f| f.source.text.as_str()).collect();
    assert_eq!(spans, ["1,002 arrests", "187 knives"]);
    let f = figures("Fourteen community weapon sweeps were carried out.");
    assert_eq!(f[0].source.text, "Fourteen community weapon sweeps");
    // Offsets are code points, and the text is the slice of the input.
    let text = "Police in Dún Laoghaire seized €5,000 in cash.";
    let f = figures(text);
    let s = f[0].source.span;
    let slice: String = text.chars().skip(s.start).take(s.len()).collect();
    assert_eq!(slice, f[0].source.text);
}

/// Known-wrong cases: today's output, asserted, with the reason it is wrong.
#[test]
fn known_wrong() {
    // "failed to question ... and sold" names no verb the rules know, so the count of shop
    // workers who sold a knife is missed.
    assert_eq!(
        keys("Nine shop workers failed to ask for identification."),
        []
    );
    // The size of a force reads as officers deployed.
    assert_eq!(
        keys("The force has 5,000 officers."),
        [(Activity, 5000.0, C)]
    );
    // "this year it is 122" borrows its noun from the previous sentence; with no figure
    // there, the number is lost.
    assert_eq!(keys("This year it is 122 so far."), []);
    // "three of them" after a seizure verb is not resolved to the noun of the list.
    assert_eq!(
        keys("Police stopped 40 cars and seized 5 of them."),
        [(Activity, 40.0, C)]
    );
}

proptest::proptest! {
    /// Any mix of the words the rules look for, in any order, reads without a panic and
    /// gives spans that hold their text.
    #[test]
    fn any_mix_of_rule_words_is_safe(words in proptest::collection::vec(0usize..40, 0..40)) {
        const VOCAB: [&str; 40] = [
            "a", "an", "one", "twenty", "-", "seven", "hundred", "and", "£", "$", "1,200",
            "2.5", "kg", "%", "per", "cent", "of", "knives", "were", "seized", "arrested",
            "people", "aged", "Operation", "42", "Class", "A", ",", ".", ":", "\n", "over",
            "more", "than", "years", "jailed", "for", "NZ", "by", "increase",
        ];
        let text: Vec<&str> = words.iter().map(|&i| VOCAB[i % VOCAB.len()]).collect();
        let text = text.join(" ");
        let out = extract(&text, &Options::default());
        for f in &out.figures {
            let s = f.source.span;
            let slice: String = text.chars().skip(s.start).take(s.len()).collect();
            proptest::prop_assert_eq!(&slice, &f.source.text);
        }
    }
}

#[test]
fn odd_input_does_not_panic() {
    let inputs = [
        "",
        "£",
        "£.",
        "$$$",
        "1,",
        ",1",
        "1,00,0 knives",
        "a",
        "A an a",
        "- -",
        "twenty-",
        "one hundred and",
        "5%",
        "per cent",
        "NZ$",
        "£1.2.3m",
        "9999999999999999999999999 knives",
        "\u{201C}3 knives\u{201D}",
        "Class",
        "aged",
        "of the",
        "12/",
        ":30",
    ];
    for text in inputs {
        let _ = figures(text);
    }
    let long = "Officers seized 3 knives and a handgun. ".repeat(2_000);
    let f = figures(&long);
    assert_eq!(f.len(), 2);
}

/// Found by fuzzing: a run of hundreds of digits parsed to infinity (and such a number
/// times "billion" too), which facts/1 JSON writes as `null`, so the export did not parse
/// back. Such a number is no figure; the figures around it are still read.
#[test]
fn digits_past_the_range_of_a_float_are_no_figure() {
    let ones = "1".repeat(400);
    let nines = "9".repeat(305);
    let table: Vec<(String, &[_])> = vec![
        (
            format!("Officers seized {ones} knives and arrested 3 people."),
            &[(Arrest, 3.0, C)],
        ),
        (
            format!("Police seized £{nines} billion in cash and 12 knives."),
            &[(Knife, 12.0, C)],
        ),
        (format!("Burglary rose by {ones}% in 2023."), &[]),
    ];
    for (text, want) in &table {
        check(text, want);
        let out = extract(text, &Options::default());
        let back: crate::extract::Extraction =
            serde_json::from_str(&out.to_json()).expect("facts/1 JSON parses back");
        assert_eq!(back, out, "{text}");
    }
}

/// Scale words multiplied the parsed double ("£1.005m" was 1004999.9999999999, and
/// "3.14159 tonnes" 3141.5899999999997): values are now computed from the digits.
#[test]
fn scaled_values_are_exact_not_float_products() {
    let table: &[Case] = &[
        (
            "Police seized \u{a3}1.005m in cash.",
            &[(Cash, 1_005_000.0, Unit::Gbp)],
        ),
        (
            "Police seized \u{a3}1.15m in cash.",
            &[(Cash, 1_150_000.0, Unit::Gbp)],
        ),
        (
            "Police seized \u{a3}8.2bn in cash.",
            &[(Cash, 8_200_000_000.0, Unit::Gbp)],
        ),
        (
            "Officers seized 3.14159 tonnes of cannabis.",
            &[(Drugs, 3141.59, Unit::Kg)],
        ),
        (
            "Officers seized 148.1512 tonnes of cocaine.",
            &[(Drugs, 148_151.2, Unit::Kg)],
        ),
    ];
    for (text, want) in table {
        check(text, want);
    }
}

/// A number no release means (more than 15 significant digits, past 10^15, or below
/// 10^-5) is left out rather than written rounded.
#[test]
fn implausible_numbers_are_left_out() {
    for text in [
        "Officers seized 1234567890123456789 knives.",
        "Officers seized 1.8241280093717832355 kg of cocaine.",
        "Officers seized 0.0000001 kg of cocaine.",
        "Police seized \u{a3}999,999,999bn in cash.",
    ] {
        check(text, &[]);
    }
    check(
        "Officers seized 123456789012345 knives.",
        &[(Knife, 123_456_789_012_345.0, C)],
    );
}

/// Found while making values plain: number words that multiply past u64 ("a hundred
/// hundred hundred…", "a dozen dozen…") overflowed, a panic with debug assertions on
/// (as the fuzz build runs) and a wrapped value without. They saturate now, far past
/// 10^15, so no figure is made from them.
#[test]
fn number_words_multiplied_past_u64_do_not_overflow() {
    let hundreds = "hundred ".repeat(11);
    let dozens = "dozen ".repeat(19);
    check(&format!("Officers seized one {hundreds}knives."), &[]);
    check(&format!("Police found a {dozens}guns."), &[]);
    check("Officers seized two hundred knives.", &[(Knife, 200.0, C)]);
}

/// Every rejection has its own name, an example and a reason in plain words.
#[test]
fn rejections_are_named_with_reasons() {
    use super::reject::ALL;
    let mut names: Vec<_> = ALL.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), ALL.len());
    for r in ALL {
        // Plain words: no rule names or code in the reason.
        assert!(!r.example.is_empty(), "{r:?}");
        assert!(
            !r.reason.is_empty() && !r.reason.contains(['_', '<', '>']),
            "{r:?}"
        );
    }
}

/// `explain` accounts for every number written in digits, each as a figure or a rejection.
#[test]
fn explain_accounts_for_every_number() {
    let text = "Police in Corbridge made 14 arrests on 2 May 2024 at 4pm. \
        Officers seized 3kg of cannabis and a 12-bore shotgun. Call 101.";
    let notes = crate::extract::explain(text, &Options::published("2024-05-03"));
    let shown: Vec<_> = notes.iter().map(|n| n.text.as_str()).collect();
    for number in ["14", "2", "2024", "4", "3kg", "12", "101"] {
        assert!(shown.contains(&number), "{number} missing from {shown:?}");
    }
    for n in &notes {
        assert!(n.figure.is_some() != n.rejection.is_some(), "{n:?}");
    }
    let arrests = notes
        .iter()
        .find(|n| n.text == "14")
        .and_then(|n| n.figure.as_ref());
    assert_eq!(arrests.map(|f| f.category), Some(Arrest));
}

#[test]
fn weapons_are_firearms_in_a_release_about_guns() {
    // A firearms surrender: "weapons" are the guns handed in.
    check(
        "The two-week firearms surrender in Marlow Vale has ended. Owners of unwanted guns, \
         including shotguns and air rifles, brought 84 weapons to five police stations.",
        &[(Firearm, 84.0, C)],
    );
    // A knife amnesty: "weapons" stay knives, even with a gun named once.
    check(
        "The knife amnesty in Marlow Vale has ended. Residents brought 84 weapons to the bins, \
         among them kitchen knives, machetes and a replica gun.",
        &[(Knife, 84.0, C)],
    );
}

#[test]
fn premises_searched_are_activity_and_a_list_of_them_keeps_its_verb() {
    check(
        "Searches linked to the burglary gang were carried out at five homes, two flats and \
         one business premises in Castle Mead.",
        &[(Activity, 5.0, C), (Activity, 2.0, C), (Activity, 1.0, C)],
    );
    check(
        "Nine properties were searched on Tuesday.",
        &[(Activity, 9.0, C)],
    );
    // Premises that are only where something happened are no figure.
    check(
        "Cannabis was found at three properties and 12 plants were seized.",
        &[(Drugs, 12.0, C)],
    );
    // Stolen property is an item, not a building.
    check(
        "Officers recovered 40 items of stolen property.",
        &[(OtherItem, 40.0, C)],
    );
}

#[test]
fn counts_by_area_take_the_noun_of_their_heading_or_neighbour() {
    check(
        "Vehicle crimes recorded in each ward:\nHollins Cross: 41\nMarket Ward: 17\n\
         Calder Side: 9\n\nThe ward teams will meet again in May.",
        &[(Incident, 41.0, C), (Incident, 17.0, C), (Incident, 9.0, C)],
    );
    let items: Vec<String> = figures("Arrests by area:\nHollins Cross: 6\nCalder Side: 2")
        .into_iter()
        .map(|f| f.item)
        .collect();
    assert_eq!(items, ["Arrests (Hollins Cross)", "Arrests (Calder Side)"]);
    check(
        "There were 52 burglaries in Hollins Cross, 31 in Market Ward and 12 in \
         Calder Side.",
        &[
            (Incident, 52.0, C),
            (Incident, 31.0, C),
            (Incident, 12.0, C),
        ],
    );
    // A heading that counts nothing gives its lines no figure.
    check(
        "Contact numbers:\nHollins Cross: 101\nCalder Side: 999",
        &[],
    );
}

#[test]
fn drivers_detected_offending_are_crimes_and_nothing_else_detected_is() {
    check(
        "Officers in Kilrane detected 38 motorists speeding over the bank holiday weekend.",
        &[(Incident, 38.0, C)],
    );
    check(
        "Some 17 drivers were detected using a mobile phone.",
        &[(Incident, 17.0, C)],
    );
    // Goods or money that were "detected" are no count of crimes.
    check("Tobacco worth 9,000 euro was detected at the depot.", &[]);
}

#[test]
fn a_breakdown_by_area_and_last_year_s_counts_in_brackets_take_the_count_before() {
    check(
        "Officers recorded 204 robberies across the district. This is made up of: 88 in \
         Hollins Cross (97 last year), 70 in Market Ward (64 last year) and 46 in the \
         Calder Side area (51 last year).",
        &[
            (Incident, 204.0, C),
            (Incident, 88.0, C),
            (Incident, 97.0, C),
            (Incident, 70.0, C),
            (Incident, 64.0, C),
            (Incident, 46.0, C),
            (Incident, 51.0, C),
        ],
    );
    // A colon with no breakdown before it is no list of areas.
    check(
        "Officers recorded 204 robberies. The message was clear: 88 in Hollins Cross \
         signed the pledge.",
        &[(Incident, 204.0, C)],
    );
}

#[test]
fn a_present_participle_of_police_work_reads_as_its_past() {
    check(
        "Officers spent the day visiting 80 shops and checking 2,310 tickets on trams, \
         issuing 41 fines.",
        &[
            (Activity, 80.0, C),
            (Activity, 2310.0, C),
            (Activity, 41.0, C),
        ],
    );
    // An injury's participle is a noun as often as a verb: it reads as nothing.
    check("The stabbing 40 metres away shocked the street.", &[]);
}

#[test]
fn people_breath_or_drug_tested_are_activity() {
    check(
        "More than 3,120 drivers have been breath tested at checkpoints on the coast road, \
         and 64 were drug tested.",
        &[(Activity, 3120.0, C), (Activity, 64.0, C)],
    );
}

#[test]
fn checkpoints_detections_frozen_money_and_suspects_detained_in_a_town() {
    check(
        "Officers ran 11 checkpoints and made 29 drink-driving detections.",
        &[(Activity, 11.0, C), (Incident, 29.0, C)],
    );
    check(
        "Investigators froze £3.4 million held in two accounts.",
        &[(Cash, 3_400_000.0, Unit::Gbp)],
    );
    check(
        "Five suspects were detained in Marlow on Friday.",
        &[(Arrest, 5.0, C)],
    );
    // Detained in hospital or under an Act is no arrest.
    check("Two men were detained in hospital overnight.", &[]);
}

#[test]
fn a_quarter_s_number_a_span_of_an_operation_and_one_place_are_no_figures() {
    check("The Quarter 2 Performance Report was published today.", &[]);
    check(
        "Dealers have been jailed for a total of 212 years in the first 18 months of the \
         operation.",
        &[(Conviction, 212.0, Unit::Years)],
    );
    check(
        "Officers found 40 plants in one property and 12 in another.",
        &[(Drugs, 40.0, C), (Drugs, 12.0, C)],
    );
}

#[test]
fn a_part_of_an_uncounted_whole_takes_no_neighbour_s_noun() {
    check(
        "Some 300 officers took part, with three of the main offence groups falling.",
        &[(Activity, 300.0, C)],
    );
}

#[test]
fn results_lines_with_the_count_in_square_brackets() {
    check(
        "Checkpoint Results:\n\n[1840] Vehicles Screened at the Checkpoint\n\n\
         [3] Drivers arrested for DUI\n\n[21] Citations issued\n\n[6] Vehicles towed",
        &[
            (Activity, 1840.0, C),
            (Arrest, 3.0, C),
            (Charge, 21.0, C),
            (Vehicle, 6.0, C),
        ],
    );
    // A bracketed reference inside a sentence is no results line.
    check("The report [2] was read by the board.", &[]);
}

#[test]
fn people_who_received_a_term_or_were_previously_convicted_are_convictions() {
    check(
        "So far 52 dealers have been sentenced and 7 associates received a further 19 years.",
        &[
            (Conviction, 52.0, C),
            (Conviction, 7.0, C),
            (Conviction, 19.0, Unit::Years),
        ],
    );
    check(
        "Four women were previously convicted at the same court.",
        &[(Conviction, 4.0, C)],
    );
    // People who received something else are no convictions.
    check("Nine residents received letters from the team.", &[]);
}

#[test]
fn a_change_of_n_in_a_crime_takes_that_crime() {
    let found = figures(
        "Across the district there was a decrease of 1,204 in burglaries and a rise of 310 \
         in shoplifting offences.",
    );
    let got: Vec<(f64, Option<Change>, &str)> = found
        .iter()
        .map(|f| (f.value, f.change, f.item.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (1204.0, Some(Change::Decrease), "decrease in burglaries"),
            (
                310.0,
                Some(Change::Increase),
                "increase in shoplifting offences"
            ),
        ]
    );
}

#[test]
fn an_area_s_share_after_included_and_vehicles_detected_offending() {
    check(
        "Officers made 120 arrests for drink-driving. This included 41 in the Marsh \
         Vale area, compared to 52 in 2023.",
        &[(Arrest, 120.0, C), (Arrest, 41.0, C), (Arrest, 52.0, C)],
    );
    check(
        "Cameras checked the A96 and detected 412 vehicles travelling over the limit.",
        &[(Incident, 412.0, C)],
    );
}

#[test]
fn area_counts_after_the_area_s_name_in_a_list() {
    check(
        "Arrests by district were Eastvale 14, Westvale 9 and Northgate 6.",
        &[(Arrest, 14.0, C), (Arrest, 9.0, C), (Arrest, 6.0, C)],
    );
    // A name and a number with no counted noun in the sentence are nothing.
    check(
        "The winners were Eastvale 14, Westvale 9 and Northgate 6.",
        &[],
    );
}

#[test]
fn a_headline_s_present_tense_and_an_irregular_participle() {
    check(
        "Police seize £18,500, 11 arrests made in Harwick week of action",
        &[(Cash, 18_500.0, Unit::Gbp), (Arrest, 11.0, C)],
    );
    check("Officers arrest 7 in dawn raids", &[(Arrest, 7.0, C)]);
    // Without the police before it, a present form is no verb of theirs.
    check("Gangs seize 7 chances to flee", &[]);
}

#[test]
fn an_area_s_count_names_its_area_in_the_item() {
    let items = |text: &str| -> Vec<String> { figures(text).into_iter().map(|f| f.item).collect() };
    assert_eq!(
        items(
            "Officers recorded 204 robberies. This is made up of: 88 in Hollins Cross \
             (97 last year), 70 in Market Ward (64 last year)."
        ),
        [
            "robberies",
            "robberies (Hollins Cross)",
            "robberies (Hollins Cross)",
            "robberies (Market Ward)",
            "robberies (Market Ward)",
        ]
    );
    assert_eq!(
        items("Arrests by district were Eastvale 14, Westvale 9 and Northgate 6."),
        [
            "Arrests (Eastvale)",
            "Arrests (Westvale)",
            "Arrests (Northgate)"
        ]
    );
    // An area that runs on into a list of towns is not cut to its first.
    assert_eq!(
        items("There were 52 burglaries in Ashby, 31 in Kelby, Marlow and Dunton."),
        ["burglaries", "burglaries"]
    );
}

#[test]
fn an_age_limit_is_no_figure_but_a_count_under_a_limit_is() {
    // "younger than 19" is an age; the nine juveniles stay a figure.
    let got = figures("Deputies arrested nine juveniles younger than 19 in the sweep.");
    assert_eq!(got.iter().map(|f| f.value).collect::<Vec<_>>(), [9.0]);
    // "under 40 arrests" follows no word for people: a count with its qualifier.
    let got = figures("Officers made under 40 arrests during the week.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].value, 40.0);
}

#[test]
fn equal_rises_in_different_crimes_are_two_figures() {
    let got = figures(
        "Vehicle crime rose 12% to 4,310. Shoplifting offences were also up 12% on the year.",
    );
    let rises = got.iter().filter(|f| f.value == 12.0).count();
    assert_eq!(rises, 2, "{got:?}");
    // The same rise said twice of one crime stays one figure.
    let got = figures("Burglary is up 9%. The 9% rise in burglaries came in the spring.");
    assert_eq!(got.iter().filter(|f| f.value == 9.0).count(), 1, "{got:?}");
}

#[test]
fn phrasings_from_other_forces_read_as_their_category() {
    use Category::*;
    let cases: &[Case] = &[
        (
            "Troopers seized over $3M in illegal drugs and tobacco during May.",
            &[(Drugs, 3_000_000.0, Unit::Usd)],
        ),
        (
            "Last year there were 6310 drug driving detections.",
            &[(Incident, 6310.0, Unit::Count)],
        ),
        (
            "Since May officers have seized 940 guns citywide.",
            &[(Firearm, 940.0, Unit::Count)],
        ),
        (
            "A 61 year-old man from Ridgefield was charged with fraud.",
            &[],
        ),
        (
            "The task force hosted 23 community meetings in the spring.",
            &[(Activity, 23.0, Unit::Count)],
        ),
        (
            "Eighty-two drivers returned positive breath tests, 19 people were arrested.",
            &[(Incident, 82.0, Unit::Count), (Arrest, 19.0, Unit::Count)],
        ),
    ];
    for &(text, want) in cases {
        assert_eq!(keys(text), want, "{text}");
    }
}

#[test]
fn a_count_of_crimes_takes_the_period_a_statistics_release_states() {
    let text = "In the year ending March 2025, burglary in Eastvale fell by 8%.\n\n\
                Officers recorded 4,210 vehicle crimes, compared with 4,650.";
    let got = figures(text);
    let period = |v: f64| {
        got.iter()
            .find(|f| f.value == v)
            .map(|f| f.period.clone())
            .unwrap_or_else(|| panic!("no figure {v}: {got:?}"))
    };
    assert_eq!(period(8.0).as_deref(), Some("FY2024/25"));
    assert_eq!(period(4210.0).as_deref(), Some("FY2024/25"));
    // The base of the comparison is another period's count: none is guessed for it.
    assert_eq!(period(4650.0), None);
}

#[test]
fn dollars_are_the_currency_of_the_country_named_first() {
    check(
        "Queensland Police seized $45,000 in cash at Cairns, with help from New Zealand Customs.",
        &[(Category::Cash, 45_000.0, Unit::Aud)],
    );
    check(
        "Gardaí seized €12,000 worth of cannabis herb in Athlone.",
        &[(Category::Drugs, 12_000.0, Unit::Eur)],
    );
}

#[test]
fn parts_in_brackets_that_add_up_take_the_count_category() {
    check(
        "Officers charged 45 people with impaired driving (38 alcohol, 4 drug, 3 refusal).",
        &[
            (Category::Charge, 45.0, Unit::Count),
            (Category::Charge, 38.0, Unit::Count),
            (Category::Charge, 4.0, Unit::Count),
            (Category::Charge, 3.0, Unit::Count),
        ],
    );
    // Parts that do not add up are no breakdown: each is read on its own.
    let got = keys("Officers charged 45 people with impaired driving (38 alcohol, 4 drug).");
    assert!(
        !got.contains(&(Category::Charge, 38.0, Unit::Count)),
        "{got:?}"
    );
}

#[test]
fn drivers_named_by_their_offence_are_offences_found() {
    check(
        "The checkpoints stopped more than forty drunk drivers over the weekend.",
        &[(Category::Incident, 40.0, Unit::Count)],
    );
    check(
        "Officers stopped 900 drivers at the checkpoints.",
        &[(Category::Activity, 900.0, Unit::Count)],
    );
}

#[test]
fn seized_before_its_noun_and_seizures_of_drugs_are_counted() {
    check(
        "Results: 33 seized guns and 12 drug seizures.",
        &[
            (Category::Firearm, 33.0, Unit::Count),
            (Category::Drugs, 12.0, Unit::Count),
        ],
    );
    // Two levels named by number are names, not counts.
    check(
        "Officers seized 7 knives while alert levels 2 and 3 were in force.",
        &[(Category::Knife, 7.0, Unit::Count)],
    );
}

#[test]
fn the_road_toll_and_positive_tests_are_offences_and_deaths() {
    check(
        "This year 131 people have lost their life on the state's roads, with 97 fatalities by June.",
        &[
            (Category::Incident, 131.0, Unit::Count),
            (Category::Incident, 97.0, Unit::Count),
        ],
    );
    check(
        "Of 2,300 drivers breath tested, 41 tested positive.",
        &[
            (Category::Activity, 2300.0, Unit::Count),
            (Category::Incident, 41.0, Unit::Count),
        ],
    );
    check(
        "Officers ran 58 checkstops in the county.",
        &[(Category::Activity, 58.0, Unit::Count)],
    );
}

#[test]
fn a_part_of_the_count_a_sentence_opens_with() {
    check(
        "Of the 820 charges laid, 96 were drug-related.",
        &[
            (Category::Charge, 820.0, Unit::Count),
            (Category::Charge, 96.0, Unit::Count),
        ],
    );
    // A part no smaller than the count is no part of it.
    check(
        "Of the 20 charges laid, 96 were drug-related.",
        &[(Category::Charge, 20.0, Unit::Count)],
    );
}

#[test]
fn a_table_under_a_heading_without_a_colon_is_read_row_by_row() {
    let text = "The amnesty closed on Friday.\n\n\
                District Knives surrendered\n\
                Eastvale 1,204\nNorthgate 876\nWestmoor 412\nRiverside 390\n\
                Hillcrest 277\nLakeside 201\nOldtown 158\nBrookfield 96\n\n\
                Police thanked everyone who took part.";
    let got = keys(text);
    assert_eq!(got.len(), 8, "{got:?}");
    assert!(got
        .iter()
        .all(|k| k.0 == Category::Knife && k.2 == Unit::Count));
    // The rows' names stay in the items.
    let f = figures(text);
    assert!(f[0].item.ends_with("(Eastvale)"), "{:?}", f[0].item);
}

#[test]
fn a_list_of_vehicles_shares_the_verb_at_its_end_and_tests_are_activity() {
    check(
        "In all 14 cars, three motorcycles and two boats have been seized.",
        &[
            (Category::Vehicle, 14.0, Unit::Count),
            (Category::Vehicle, 3.0, Unit::Count),
            (Category::Vehicle, 2.0, Unit::Count),
        ],
    );
    check(
        "Officers carried out 5,210 roadside breath tests and 380 drug tests.",
        &[
            (Category::Activity, 5210.0, Unit::Count),
            (Category::Activity, 380.0, Unit::Count),
        ],
    );
}
