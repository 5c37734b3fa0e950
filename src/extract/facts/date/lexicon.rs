//! Word tables for dates: months, weekdays, number words, and the words around a date that
//! say what it is for (a start, a comparison, a publication line, police activity).

use crate::extract::lexicon::{table, words, Table, WordList};

use std::sync::OnceLock;

use crate::extract::text::{is_in, position_in_table, WordIndex};

pub use crate::extract::lexicon::{MONTHS, WEEKDAYS};

/// Words that count days, weeks, months or years besides the number words below sixty
/// (`crate::extract::lexicon`): "a week", "several months".
static COUNT_EXTRAS: Table<u32> = table![
    ("a", 1),
    ("an", 1),
    ("several", 0),
    ("few", 0),
    ("couple", 0),
];

/// The value of a word that can count days, weeks, months or years ("two", "a",
/// "twenty"); 0 for the vague ones ("several").
pub fn number_word(word: &str) -> Option<u32> {
    use crate::extract::lexicon::{TENS, UNITS};
    // Most words asked about are no number: one look-up in the three tables together
    // turns them away.
    static ANY: OnceLock<WordIndex> = OnceLock::new();
    let any = ANY.get_or_init(|| {
        let rows = COUNT_EXTRAS.iter().chain(UNITS.iter()).chain(TENS.iter());
        WordIndex::new(rows.map(|&(w, _)| w))
    });
    if any.positions(word).is_empty() {
        return None;
    }
    lookup(word, &COUNT_EXTRAS)
        .or_else(|| lookup(word, &UNITS).filter(|&v| v > 0))
        .or_else(|| lookup(word, &TENS).filter(|&v| v <= 60))
}

/// Units of a duration.
pub static DURATION_UNITS: WordList = words![
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
];

/// Words that make a duration a custodial sentence, which is a figure ("26 weeks' jail").
pub static SENTENCE_WORDS: WordList = words![
    "imprisonment",
    "prison",
    "jail",
    "jailed",
    "gaol",
    "custody",
    "custodial",
    "sentence",
    "sentenced",
    "sentences",
    "detention",
    "detained",
    "suspended",
    "youth",
    "locked",
    "behind",
    "term",
    "disqualified",
    "disqualification",
    "ban",
    "banned",
    "minimum",
    "serve",
    "served",
    "serving",
    "life",
    "probation",
    "community",
    "order",
    "licence",
    "extended",
    "imprisoned",
    "jailing",
];

/// Words after which a four-digit number is a year ("in 2019", "since 2015").
pub static YEAR_BEFORE: WordList = words![
    "in",
    "of",
    "since",
    "during",
    "from",
    "to",
    "until",
    "till",
    "by",
    "for",
    "throughout",
    "before",
    "after",
    "between",
    "and",
    "than",
    "year",
    "years",
    "early",
    "late",
    "mid",
    "summer",
    "spring",
    "autumn",
    "winter",
    "fall",
    "around",
    "circa",
    "through",
    "on",
    "against",
    "with",
    "whole",
    "back",
    "calendar",
    "financial",
    "fiscal",
    "end",
    "start",
    "beginning",
    "over",
    "versus",
    "vs",
    "compared",
    "or",
];

/// Lower-case words that may follow a year without making it a count ("2011 when").
pub static YEAR_AFTER_OK: WordList = words![
    "and",
    "to",
    "when",
    "was",
    "were",
    "is",
    "saw",
    "the",
    "it",
    "there",
    "compared",
    "which",
    "with",
    "as",
    "but",
    "until",
    "onwards",
    "onward",
    "so",
    "figures",
    "figure",
    "data",
    "statistics",
    "stats",
    "levels",
    "level",
    "total",
    "totals",
    "period",
    "in",
    "at",
    "had",
    "has",
    "have",
    "where",
    "while",
    "whereas",
    "after",
    "before",
    "or",
    "by",
    "for",
    "a",
    "an",
    "on",
    "of",
    "this",
    "that",
    "these",
    "those",
    "we",
    "they",
    "he",
    "she",
    "calendar",
    "financial",
    "fiscal",
    "through",
    "than",
    "alone",
    "onwards",
    "budget",
    "report",
    "survey",
    "review",
    "season",
    "election",
    "olympics",
    "campaign",
    "average",
    "peak",
    "high",
    "low",
    "record",
    "rate",
    "rates",
    "compared",
    "versus",
    "vs",
    "show",
    "shows",
    "showed",
    "reveal",
    "revealed",
    "reveals",
    "up",
    "down",
    "respectively",
];

/// Words that start a period that is open at its end ("since April 2019").
pub static SINCE_WORDS: WordList = words!["since"];

/// Words that say a publication date follows ("Published 13 November 2023").
pub static PUBLISHED_WORDS: WordList = words![
    "published",
    "posted",
    "released",
    "issued",
    "date",
    "dated",
    "created",
    "first",
    "release",
    "publication",
];

/// Parts of a day that may follow "yesterday" or "today" before the date is given again.
pub static DAY_PARTS: WordList = words!["morning", "afternoon", "evening", "night", "lunchtime"];

/// Words that say a later revision date follows ("Updated 14 November 2023").
pub static UPDATED_WORDS: WordList = words!["updated", "modified", "amended", "edited", "revised"];

/// Verbs and nouns of police activity: a date in a sentence with one of these can be the
/// period the release reports on.
pub static ACTION_WORDS: WordList = words![
    "arrest",
    "arrested",
    "arrests",
    "seized",
    "seize",
    "seizing",
    "seizure",
    "seizures",
    "recovered",
    "recover",
    "recovery",
    "executed",
    "searched",
    "search",
    "searches",
    "raided",
    "raid",
    "raids",
    "ran",
    "run",
    "runs",
    "running",
    "held",
    "took",
    "place",
    "targeted",
    "targeting",
    "deployed",
    "launched",
    "launches",
    "launch",
    "conducted",
    "carried",
    "stopped",
    "found",
    "uncovered",
    "operation",
    "op",
    "patrols",
    "patrol",
    "warrant",
    "warrants",
    "sweep",
    "sweeps",
    "crackdown",
    "action",
    "initiative",
    "campaign",
    "officers",
    "detained",
    "charged",
    "confiscated",
    "visited",
    "started",
    "starting",
    "starts",
    "begins",
    "began",
    "begin",
    "week",
    "day",
    "checks",
    "set",
    "staged",
    "took",
    "undertook",
    "undertaken",
    "stopping",
    "blitz",
    "surge",
    "exercise",
    "responded",
    "attended",
    "deployment",
    "tested",
    "test",
    "seizing",
];

/// Verbs of speaking: "announced Friday" dates the announcement, not the operation.
pub static SAYING_WORDS: WordList = words![
    "announced",
    "said",
    "says",
    "revealed",
    "confirmed",
    "reported",
    "told",
    "released",
    "published",
    "issued",
    "stated",
    "added",
    "posted",
    "tweeted",
    "updated",
    "explained",
    "warned",
    "urged",
    "appealed",
];

/// Words whose sentence speaks of courts, bail and the like: its dates are not the
/// operational period ("will appear at court on 4 March").
pub static COURT_WORDS: WordList = words![
    "court",
    "appear",
    "appears",
    "appeared",
    "appearing",
    "bail",
    "bailed",
    "hearing",
    "trial",
    "sentencing",
    "remanded",
    "inquest",
    "funeral",
    "born",
    "died",
    "magistrates",
    "crown",
];

/// Words that begin a witness appeal, which reports an incident, not an operation.
pub static APPEAL_WORDS: WordList = words!["appealing", "appeal", "appeals"];

/// Whether `word` is in `list`, ignoring ASCII case and apostrophe style.
pub fn in_list(word: &str, list: &'static [&'static str]) -> bool {
    is_in(word, list)
}

/// The value that `word` has in a (word, value) table.
pub fn lookup(word: &str, table: &'static [(&'static str, u32)]) -> Option<u32> {
    let i = position_in_table(word, table)?;
    table.get(i).map(|&(_, v)| v)
}

/// Words that make the date after them a start ("starting today", "from Monday").
pub static START_WORDS: WordList = words![
    "from",
    "starting",
    "beginning",
    "commencing",
    "starts",
    "start",
    "begins",
    "begin",
    "began",
    "launches",
    "launched",
];

/// Words of a court result: a release that opens with one reports a sentence or a verdict,
/// and the dates in it are of the offence or the hearing, not of an operation.
pub static COURT_RESULT_WORDS: WordList = words![
    "jailed",
    "sentenced",
    "convicted",
    "guilty",
    "imprisoned",
    "locked",
];

/// Capitalised words after which a year is part of a law's name ("the Firearms Act 1968").
pub static ACT_WORDS: WordList = words!["act", "acts", "order", "regulations", "rules", "bill"];

/// Words of a search, warrant or stop: in a court result, the day they name is the day of
/// the police action the case began with.
pub static SEARCH_WORDS: WordList = words![
    "search",
    "searched",
    "searching",
    "warrant",
    "warrants",
    "stopped",
    "raid",
    "raided",
];

/// Words that make months the span of an operation: "a drugs bust in September 2022",
/// "warrants were executed between April and December".
pub static OPERATION_WORDS: WordList = words![
    "campaign",
    "crackdown",
    "bust",
    "blitz",
    "executed",
    "carried",
    "ran",
    "initiative",
];

/// Words that start an operation: "since the initiative began", "since the launch of".
pub static LAUNCH_WORDS: WordList = words![
    "began",
    "begun",
    "launch",
    "launched",
    "started",
    "start",
    "introduced",
];

/// Names of an operation as a whole: "since the initiative began".
pub static OPERATION_NOUNS: WordList = words![
    "operation",
    "initiative",
    "campaign",
    "crackdown",
    "taskforce",
    "blitz",
];

/// Words that say the police did something: in a court result, months in a sentence with
/// one are a police operation's.
pub static POLICE_WORDS: WordList = words!["police", "officers", "detectives", "investigators"];

/// Words of statistics: months in a sentence with one are a reporting period, not an
/// operation's.
pub static STATISTICS_WORDS: WordList = words![
    "recorded",
    "figures",
    "statistics",
    "survey",
    "data",
    "rate",
    "rates",
    "compared",
];
