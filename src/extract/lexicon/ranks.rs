//! The one list of police ranks and official titles, with their abbreviations, and the
//! honorifics that stand before a name: the person rules read ranks from it, and the place
//! and organisation rules ask it whether a capitalised word is a title ("Sergeant Barnes"
//! names a person, "Inspector Jo Hill Team" is no unit).
//!
//! Every entry is lower case; rules compare with `same_word`, so case and apostrophe style
//! do not matter here. Abbreviations of three letters or fewer count only in capitals or in
//! the title case listed in `TITLE_CASE_ABBREVIATIONS` (`is_title_word`).

use super::{words, WordList};
use crate::extract::text::{is_in, WordIndex};

/// Words that may stand before a rank and belong to it ("Acting Inspector", "T/DCI").
#[rustfmt::skip]
pub static RANK_PREFIXES: WordList = words![
    "acting", "temporary", "interim", "t", "a", "c", "det", "detective",
];

/// Ranks and official titles, as word sequences. The longest match wins, so "Chief
/// Inspector" beats "Chief". Abbreviations may carry a full stop ("Lt.", "Det. Supt.").
#[rustfmt::skip]
pub static RANKS: WordList = words![
    // UK and Commonwealth police ranks.
    "constable", "police constable", "special constable", "woman police constable",
    "senior constable", "leading senior constable", "first class constable",
    "probationary constable", "sergeant", "police sergeant", "special sergeant",
    "senior sergeant", "staff sergeant", "inspector", "chief inspector", "special inspector",
    "senior inspector", "deputy inspector", "superintendent", "chief superintendent",
    "senior superintendent", "commander", "commissioner", "deputy commissioner",
    "assistant commissioner", "deputy assistant commissioner", "chief constable",
    "deputy chief constable", "assistant chief constable", "chief officer",
    "deputy chief officer", "assistant chief officer", "police community support officer",
    "community support officer", "chief superintendent", "garda",
    // An Garda Síochána's senior ranks carry the force's name.
    "garda commissioner", "deputy garda commissioner", "assistant garda commissioner",
    "police commissioner", "police minister", "police superintendent", "police inspector",
    // Abbreviations as the press writes them.
    "ps", "pcc", "pfcc", "ci", "tdc", "det con", "pc", "wpc", "dc", "ds", "di", "dci", "dsu", "dcs", "dsupt", "supt", "ch supt",
    "chief supt", "insp", "ch insp", "chief insp", "sgt", "sgt major", "con", "cst", "const",
    "acc", "dcc", "dac", "ac", "cdr", "cmdr", "pcso", "psi", "lt", "capt", "cpl", "ofc",
    "sr sgt", "snr sgt", "sen sgt", "snr const", "sen const",
    // US and other ranks.
    "chief", "police chief", "deputy chief", "assistant chief", "deputy police chief",
    "assistant police chief", "chief of police", "chief of detectives", "chief of department",
    "lieutenant", "captain", "officer", "police officer", "patrol officer", "patrolman",
    "deputy", "sheriff", "undersheriff", "deputy sheriff", "corporal", "trooper",
    "state trooper", "special agent", "agent", "major", "colonel", "col",
    // Civil titles.
    "police and crime commissioner", "deputy police and crime commissioner",
    "police fire and crime commissioner", "mayor", "deputy mayor", "lord mayor", "recorder",
    "judge", "district judge", "circuit judge", "his honour judge", "her honour judge", "hhj",
    "mr justice", "mrs justice", "lord justice", "lady justice",
    "inspector general", "solicitor general", "director general", "surgeon general",
    "chief executive", "chief executive officer", "home secretary", "justice secretary", "cabinet secretary", "shadow home secretary", "policing minister",
    "crime minister", "justice minister", "prime minister", "first minister", "minister",
    "councillor", "cllr", "senator", "governor", "attorney general", "district attorney",
    "united states attorney", "u s attorney", "us attorney", "assistant united states attorney",
    "assistant u s attorney", "state attorney", "county attorney",
    "prosecutor", "coroner", "professor", "prof",
];

/// Ranks that are also everyday words ("Officers", "a Deputy Head"), so they need a full
/// name of two words after them before they count.
#[rustfmt::skip]
pub static WEAK_RANKS: WordList = words![
    "chief", "officer", "deputy", "agent", "major", "detective", "minister", "governor",
    "con", "col", "ac", "a", "t", "acting", "temporary", "interim", "prosecutor", "coroner",
    "garda", "senator",
];

/// Abbreviated ranks that are written in capitals ("DCI") or in title case ("Pc", "Insp").
/// Two-letter forms outside this list only count in capitals ("DI", not "Di").
#[rustfmt::skip]
pub static TITLE_CASE_ABBREVIATIONS: WordList = words![
    "pc", "dc", "ds", "dci", "supt", "insp", "sgt", "det", "ch", "cdr", "cmdr", "lt", "capt",
    "cpl", "cllr", "prof", "const", "cst", "snr", "sen", "sr", "col", "ofc", "con", "hhj", "mr",
    "mrs",
];

/// Honorifics that stay in a name ("Sir Bernard Hogan-Howe", "Dr Amy Lee").
#[rustfmt::skip]
pub static HONORIFICS: WordList = words![
    "sir", "dame", "lord", "lady", "baroness", "baron", "dr", "mr", "mrs", "ms", "miss", "mx",
    "rev", "reverend",
];

/// Honorifics that may stand before a first name alone ("Sir Bernard").
pub static FIRST_NAME_HONORIFICS: WordList = words!["sir", "dame", "lord", "lady"];

/// Words that end a rank of several words but also name bodies ("Chief of Police", "Police
/// Department", "Sheriff's Office", "Major Crime Unit"), which `is_title_word` leaves out.
#[rustfmt::skip]
static BODY_WORDS: WordList = words![
    "police", "department", "garda", "sheriff", "major", "justice", "general", "executive",
    "attorney", "detectives",
];

/// Job titles that are no rank but stand before a name or an office as one does
/// ("Director of Operations", "Head of Crime").
static JOB_TITLES: WordList = words!["director", "head", "assistant"];

/// Whether `word`, as written, is a rank, a word that ends a rank of several words
/// ("Inspector" of "Chief Inspector"), a rank's prefix ("Detective", "Acting"), a job
/// title or an honorific: the word before a person's name. Short abbreviations count in capitals or in
/// their listed title case ("PC", "Pc", "Sgt"), so "Di" and "Con" in a name are no titles.
pub fn is_title_word(word: &str) -> bool {
    static INDEX: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        WordIndex::new(
            RANKS
                .iter()
                .filter_map(|r| r.rsplit(' ').next())
                .chain(RANK_PREFIXES.iter().copied().filter(|p| p.len() > 1))
                .chain(HONORIFICS.iter().copied())
                .chain(JOB_TITLES.iter().copied()),
        )
    });
    if index.first(word).is_none() || is_in(word, &BODY_WORDS) {
        return false;
    }
    let short = word.chars().count() <= 3;
    !short || word.chars().all(char::is_uppercase) || is_in(word, &TITLE_CASE_ABBREVIATIONS)
}
