//! Word tables for people: ranks, titles, honorifics, speech verbs and the capitalised
//! words that never start or continue a person's name.
//!
//! Every entry is lower case; the rules compare with `same_word`, so case and apostrophe
//! style do not matter here (the rules check capitals themselves).

pub use crate::extract::lexicon::ranks::{
    FIRST_NAME_HONORIFICS, HONORIFICS, RANKS, RANK_PREFIXES, TITLE_CASE_ABBREVIATIONS, WEAK_RANKS,
};
use crate::extract::lexicon::{words, WordList};

use crate::extract::text::WordIndex;

/// Letters after a name that end it ("John Robins QPM").
#[rustfmt::skip]
pub static POST_NOMINALS: WordList = words![
    "qpm", "kpm", "td", "mep", "mbe", "obe", "cbe", "kbe", "dbe", "bem", "qc", "kc", "mp", "msp", "ms",
    "mla", "am", "jp", "phd", "gm", "cvo", "lvo", "frs",
];

/// Verbs that introduce or close a quotation ("said", "added", "told").
#[rustfmt::skip]
pub static SPEECH_VERBS: WordList = words![
    "said", "says", "say", "added", "adds", "stated", "states", "explained", "explains",
    "commented", "comments", "continued", "continues", "told", "tells", "warned", "warns",
    "urged", "urges", "remarked", "noted", "notes", "insisted", "insists", "stressed",
    "stresses", "emphasised", "emphasized", "highlighted", "concluded", "appealed", "appeals",
    "acknowledged", "admitted", "confirmed", "confirms", "revealed", "declared", "announced",
    "replied", "responded", "observed", "reiterated", "praised", "welcomed", "assured",
    "reassured", "pleaded", "described", "recalled", "argued", "claimed", "suggested",
    "commended", "thanked", "advised", "asked", "cautioned", "vowed", "promised", "encouraged",
    "reminded", "outlined", "wrote", "writes", "spoke", "speaking", "saying", "pointed",
    "indicated", "addressed", "mentioned", "according", "stating",
];

/// Nouns that, after "the", stand for the last officer spoken of, as a pronoun does: "the
/// senior officer added", "the detective said".
#[rustfmt::skip]
pub static DESCRIBED_SPEAKERS: WordList = words![
    "officer", "detective", "inspector", "superintendent", "commissioner", "commander",
    "sergeant", "constable", "investigator",
];

/// Pronouns that stand for the last person spoken of.
pub static PRONOUNS: WordList = words!["he", "she"];

/// Capitalised words that are never part of a person's name.
#[rustfmt::skip]
pub static NOT_NAME: WordList = words![
    // Function words and pronouns that open sentences.
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "their", "our", "my", "your", "its", "there", "here", "and", "or",
    "but", "if", "in", "on", "at", "of", "for", "from", "to", "by", "with", "as", "after",
    "before", "during", "since", "when", "while", "where", "who", "what", "which", "why", "how",
    "all", "any", "some", "each", "every", "no", "not", "both", "also", "more", "most", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "further",
    "meanwhile", "however", "following", "today", "yesterday", "tomorrow", "tonight", "anyone",
    "everyone", "nobody", "someone", "please", "call", "contact", "via", "read", "more",
    "leave", "click", "share", "follow", "update", "updated", "picture", "image", "photo",
    "credit", "video", "watch", "listen", "related", "advertisement", "said", "says", "added",
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "should", "must", "did", "do", "does",
    // Days and the months that are not also first names.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "july", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Police, justice and government words.
    "police", "policing", "officers", "officer", "detective", "detectives", "constable",
    "constabulary", "sergeant", "inspector", "superintendent", "commissioner", "commander",
    "chief", "deputy", "assistant", "acting", "temporary", "force", "forces", "service",
    "services", "met", "metropolitan", "command", "unit", "units", "team", "teams", "squad",
    "department", "dept", "office", "agency", "court", "courts", "crown", "magistrates",
    "council", "county", "city", "borough", "district", "division", "branch", "bureau", "group",
    "network", "association", "federation", "authority", "commission", "government", "ministry",
    "home", "secretary", "minister", "attorney", "attorneys", "mayor", "judge", "recorder", "sheriff", "prosecutor",
    "prosecution", "justice", "crime", "crimes", "criminal", "operation", "op", "project",
    "scheme", "initiative", "campaign", "programme", "program", "week", "day", "national",
    "british", "transport", "trust", "partnership", "centre", "center", "charity",
    "crimestoppers", "spokesperson", "spokesman", "spokeswoman", "statement", "news", "release",
    "press", "local", "guardian", "advertiser", "echo", "post", "mail", "times", "herald",
    "gazette", "standard", "telegraph", "mirror", "express", "chronicle", "journal", "street",
    "road", "avenue", "lane", "drive", "close", "way", "station", "park", "square", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
    "valley", "midlands", "yorkshire", "thames", "london", "england", "scotland", "wales",
    "ireland", "britain", "uk", "kingdom", "united", "states", "state", "federal", "automatic",
    "number", "plate", "recognition", "anpr", "cctv", "class", "drugs", "knife", "knives",
    "firearms", "firearm", "gun", "guns", "weapons", "arrest", "arrests", "arrested", "charged",
    "jailed", "sentenced", "man", "woman", "men", "women", "boy", "girl", "teenager", "people",
    "victim", "victims", "suspect", "suspects", "public", "community", "communities",
    "information", "anonymous", "anonymously", "online", "twitter", "facebook", "instagram",
    "website", "email", "phone", "council's", "university", "school", "college", "hospital",
    "ons", "nca", "npcc", "psni", "btp", "garda", "gardai", "fbi", "atf", "dea", "rcmp",
    "violence", "violent", "serious", "organised", "organized", "specialist", "safer",
    "neighbourhood", "neighbourhoods", "response", "support", "emergency", "control",
    "investigation", "investigations", "investigating", "intelligence", "roads", "road",
    "fraud", "enforcement", "immigration", "border", "royal", "health", "care", "fire",
    "rescue", "ambulance", "coastguard", "rail", "railway", "railways", "airport", "port",
    "media", "radio", "tv", "live", "foundation", "society", "institute", "club", "league",
    "company", "limited", "ltd", "plc", "inc", "bank", "housing", "homes", "watch", "trading",
    "standards", "army", "navy", "forum", "board", "panel", "academy", "sport", "sports",
    "safety", "training", "recruitment", "welfare", "wellbeing", "awareness", "survey",
    "report", "review", "strategy", "plan", "month", "year", "award", "awards", "medal",
    "general", "jr", "sr", "jnr", "snr", "st", "saint", "mount", "fort", "lake", "river", "bay",
    "island", "islands",
    // Ranks and honorifics written in title case are never part of the name they precede.
    "pc", "wpc", "pcso", "det", "sgt", "lt", "insp", "supt", "cdr", "cmdr", "capt", "cpl", "cllr",
    "prof", "cst", "ofc", "ch", "dci", "dsu", "dcs", "hhj", "pcc", "tdc", "lieutenant",
    "captain", "corporal", "trooper", "sir", "dame", "mr", "mrs", "ms", "miss", "mx", "dr",
    "rev", "reverend", "baroness",
    "committee", "scrutiny", "cabinet", "parliament", "assembly", "senate", "congress",
    "traffic", "head", "teacher", "headteacher", "executive", "director", "manager", "leader",
    "chair", "chairman", "chairwoman", "coordinator", "founder", "president", "member", "armed",
    "firearms", "tactical", "task", "taskforce",
    // Phone lines that a rank word may run into: "Garda Confidential Line".
    "line", "lines", "helpline", "hotline", "confidential", "freephone",
];

/// Verbs of the courts and custody that make a two-word name before them a person
/// ("Dan Reeve was jailed", "Dan Reeve pleaded guilty").
#[rustfmt::skip]
pub static CUSTODY_VERBS: WordList = words![
    "jailed", "charged", "sentenced", "convicted", "arrested", "remanded", "imprisoned",
    "detained", "cleared", "acquitted", "pleaded", "admitted", "denied", "appeared",
    "banned", "disqualified", "fined", "summonsed", "bailed", "released", "found", "ordered",
    "refused",
    "given", "handed", "murdered", "killed", "stabbed", "shot", "injured", "died",
];

/// Role phrases that open with these words are circumstances, not jobs ("speaking after
/// the hearing").
#[rustfmt::skip]
pub static NOT_ROLE_START: WordList = words![
    "speaking", "commenting", "talking", "responding", "reacting", "adding", "writing",
    "appearing", "said", "also", "however", "today", "yesterday", "after", "before",
    "following", "when", "while", "and", "but",
];

/// The speech verbs that report what someone said outside quotation marks, which make that
/// person the speaker of a quote paragraph that follows.
#[rustfmt::skip]
pub static REPORTING_VERBS: WordList = words![
    "said", "says", "added", "adds", "told", "explained", "stated", "states", "commented",
    "continued", "warned", "urged", "stressed", "insisted", "highlighted", "emphasised",
    "emphasized", "expressed", "acknowledged", "praised", "welcomed", "thanked", "noted",
    "reiterated", "outlined", "described",
];

/// A word table sorted once on first use, for lookups in logarithmic time: the rules ask
/// about every capitalised token, and a 10 MB paste has millions.
pub struct Words {
    list: &'static WordList,
    index: std::sync::OnceLock<WordIndex>,
}

impl Words {
    pub const fn new(list: &'static WordList) -> Words {
        Words {
            list,
            index: std::sync::OnceLock::new(),
        }
    }

    /// Whether `word` is in the table, ignoring ASCII case and apostrophe style.
    pub fn has(&self, word: &str) -> bool {
        self.index
            .get_or_init(|| WordIndex::new(self.list.iter().copied()))
            .first(word)
            .is_some()
    }
}

/// The tables that the rules consult for every token.
pub static NOT_NAME_WORDS: Words = Words::new(&NOT_NAME);
pub static SPEECH_VERB_WORDS: Words = Words::new(&SPEECH_VERBS);
pub static REPORTING_VERB_WORDS: Words = Words::new(&REPORTING_VERBS);

/// The ranks by their first word, in list order.
pub fn ranks_by_first_word() -> &'static WordIndex {
    static FIRST: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| WordIndex::new(RANKS.iter().map(|r| r.split(' ').next().unwrap_or(r))))
}

/// The first words of the rank prefixes ("Acting", "T"), to skip tokens that cannot open
/// one.
pub fn opens_prefix(word: &str) -> bool {
    static FIRST: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
    FIRST
        .get_or_init(|| WordIndex::new(RANK_PREFIXES.iter().filter_map(|r| r.split(' ').next())))
        .first(word)
        .is_some()
}

/// The first words of every rank and prefix, to skip tokens that cannot open a rank.
pub fn opens_rank(word: &str) -> bool {
    static FIRST: std::sync::OnceLock<WordIndex> = std::sync::OnceLock::new();
    FIRST
        .get_or_init(|| {
            WordIndex::new(
                RANKS
                    .iter()
                    .chain(RANK_PREFIXES.iter())
                    .filter_map(|r| r.split(' ').next()),
            )
        })
        .first(word)
        .is_some()
}
