//! Word lists for contacts and reference numbers.

use crate::extract::lexicon::{words, WordList};

/// Top-level domains that a bare address (`met.police.uk/tua`) may end in.
pub static TOP_LEVEL_DOMAINS: WordList = words![
    "uk", "com", "org", "net", "gov", "ie", "nz", "au", "us", "ca", "info", "io", "eu", "edu",
    "police", "scot", "wales", "cymru", "london", "co", "app", "online", "tv", "ly", "me", "gl",
];

/// Short service numbers that are phone numbers only when the words around say so.
pub static SERVICE_NUMBERS: WordList =
    words!["999", "101", "111", "105", "911", "000", "112", "311", "116", "123", "159", "61016",];

/// Words before a number that make it a number to call: "call 101", "dial 999".
pub static CALL_WORDS: WordList = words![
    "call",
    "calling",
    "called",
    "dial",
    "dialling",
    "dialing",
    "ring",
    "ringing",
    "phone",
    "phoning",
    "telephone",
    "telephoning",
    "text",
    "texting",
    "contact",
    "contacting",
    "on",
    "via",
    "or",
    "to",
    "number",
    "tel",
    "t",
    "ph",
    "freephone",
    "hotline",
    "line",
    "using",
];

/// Words that may follow a service number that is a phone number:
/// "call 101 quoting", "dial 999 in an emergency", "on 101 or".
pub static AFTER_PHONE_WORDS: WordList = words![
    "or",
    "and",
    "quoting",
    "quote",
    "in",
    "if",
    "to",
    "for",
    "with",
    "immediately",
    "now",
    "option",
    "citing",
    "giving",
    "anytime",
    "anonymously",
    "where",
    "when",
    "at",
    "as",
    "straight",
    "but",
    "right",
    "urgently",
    "stating",
    "using",
    "referencing",
    "reference",
    "ref",
    "from",
    "via",
    "only",
    "any",
    "instead",
    "free",
    "then",
    "later",
    "again",
    "today",
    "tonight",
    "first",
    "24",
    "directly",
];

/// Words that introduce a reference, log or crime number: "quoting 24/12345/23".
pub static REFERENCE_WORDS: WordList = words![
    "reference",
    "ref",
    "quoting",
    "quote",
    "log",
    "cad",
    "urn",
    "occurrence",
    "serial",
    "pnc",
    "crn",
];

/// Words that make a following "number" a reference: "crime number 123", "case no. 45".
pub static NUMBER_OWNERS: WordList = words![
    "crime",
    "incident",
    "case",
    "report",
    "job",
    "investigation",
    "reference",
    "occurrence",
    "log",
    "docket",
    "file",
    "badge",
    "warrant",
    "collar",
    "shoulder",
    "flight",
    "vehicle",
    "registration",
];

/// Words that may stand between a reference word and its number: "reference number 1100".
pub static REFERENCE_FILLERS: WordList = words![
    "number",
    "no",
    "num",
    "reference",
    "ref",
    "crime",
    "incident",
    "log",
    "investigation",
    "cad",
    "occurrence",
    "the",
    "case",
    "report",
    "serial",
    "police",
];
