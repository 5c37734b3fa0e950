//! The countries that police releases come from, and the words that tie a force or a
//! place to one: the summary names the force of the release's own country, never a
//! neighbouring country's force that the release also names.
//!
//! Countries are short codes: `uk`, `ie`, `us`, `ca`, `au`, `nz`. Entries are lower case and
//! are matched as whole words of a name (`country_of_force`) or as the whole name
//! (`country_of_place`).

use super::{pairs, Pairs};

/// Words in a force's name that say its country ("New Zealand Police", "NSW Police
/// Force", "Royal Canadian Mounted Police", "An Garda Síochána"). Longer entries first
/// where one holds another.
#[rustfmt::skip]
static FORCE_WORDS: Pairs = pairs![
    ("new zealand", "nz"), ("nz", "nz"), ("waikato", "nz"), ("northland", "nz"),
    ("counties manukau", "nz"), ("bay of plenty", "nz"), ("tasman", "nz"),
    ("australian", "au"), ("australia", "au"), ("nsw", "au"), ("new south wales", "au"),
    ("victoria", "au"), ("queensland", "au"), ("tasmania", "au"), ("northern territory", "au"),
    ("act", "au"), ("wa", "au"),
    ("canadian", "ca"), ("rcmp", "ca"), ("ontario", "ca"), ("provincial", "ca"),
    ("toronto", "ca"), ("vancouver", "ca"), ("calgary", "ca"), ("winnipeg", "ca"),
    ("garda", "ie"), ("gardaí", "ie"), ("gardai", "ie"),
    ("scotland", "uk"), ("northern ireland", "uk"), ("psni", "uk"), ("constabulary", "uk"),
    ("metropolitan police", "uk"), ("british transport", "uk"), ("wales", "uk"),
    ("department", "us"), ("sheriff", "us"), ("sheriff’s", "us"), ("sheriff's", "us"),
    ("state patrol", "us"), ("state police", "us"), ("nypd", "us"), ("lapd", "us"),
];

/// Places whose name alone says the country: countries, states, provinces and regions,
/// and the largest cities whose names are not shared with a city elsewhere.
#[rustfmt::skip]
static PLACES: Pairs = pairs![
    ("new zealand", "nz"), ("aotearoa", "nz"), ("auckland", "nz"), ("wellington", "nz"),
    ("christchurch", "nz"), ("waikato", "nz"), ("northland", "nz"), ("bay of plenty", "nz"),
    ("otago", "nz"), ("southland", "nz"), ("taranaki", "nz"), ("hawke's bay", "nz"),
    ("manawatu", "nz"), ("tauranga", "nz"), ("dunedin", "nz"), ("whangarei", "nz"),
    ("australia", "au"), ("new south wales", "au"), ("nsw", "au"), ("queensland", "au"),
    ("western australia", "au"), ("south australia", "au"), ("tasmania", "au"),
    ("northern territory", "au"), ("australian capital territory", "au"), ("sydney", "au"),
    ("melbourne", "au"), ("brisbane", "au"), ("adelaide", "au"), ("canberra", "au"),
    ("gold coast", "au"),
    ("canada", "ca"), ("ontario", "ca"), ("quebec", "ca"), ("british columbia", "ca"),
    ("alberta", "ca"), ("manitoba", "ca"), ("saskatchewan", "ca"), ("nova scotia", "ca"),
    ("toronto", "ca"), ("vancouver", "ca"), ("montreal", "ca"), ("calgary", "ca"),
    ("ireland", "ie"), ("republic of ireland", "ie"), ("dublin", "ie"), ("cork", "ie"),
    ("galway", "ie"), ("limerick", "ie"), ("kildare", "ie"), ("co kildare", "ie"),
    ("united kingdom", "uk"), ("uk", "uk"), ("britain", "uk"), ("great britain", "uk"),
    ("england", "uk"), ("scotland", "uk"), ("wales", "uk"), ("northern ireland", "uk"),
    ("london", "uk"), ("belfast", "uk"), ("glasgow", "uk"), ("edinburgh", "uk"),
    ("cardiff", "uk"),
    ("united states", "us"), ("usa", "us"), ("us", "us"), ("america", "us"),
    ("california", "us"), ("texas", "us"), ("florida", "us"), ("ohio", "us"),
    ("new york", "us"), ("missouri", "us"), ("maryland", "us"), ("virginia", "us"),
];

/// The words of a name in lower case, joined by single spaces ("St. Joseph" is "st joseph").
fn key(name: &str) -> String {
    name.split(|c: char| !(char::is_alphanumeric(c) || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country a force's name says it belongs to: `nz` for "Waikato Police", `au` for
/// "Australian Federal Police", `ie` for "An Garda Síochána".
pub fn country_of_force(name: &str) -> Option<&'static str> {
    let words = format!(" {} ", key(name));
    FORCE_WORDS
        .iter()
        .find(|(w, _)| words.contains(&format!(" {w} ")))
        .map(|(_, c)| *c)
}

/// The country a place's name says, when the name alone is enough: `nz` for "Waikato",
/// `uk` for "Scotland".
pub fn country_of_place(name: &str) -> Option<&'static str> {
    let k = key(name);
    PLACES.iter().find(|(w, _)| *w == k).map(|(_, c)| *c)
}
