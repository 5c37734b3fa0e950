//! The countries that police releases come from, and the words that tie a force or a
//! place to one: the summary names the force of the release's own country, never a
//! neighbouring country's force that the release also names. The same module says which
//! country a whole release is from (`release_countries`), which a figure's currency and a
//! July-to-June financial year follow.
//!
//! Countries are short codes: `uk`, `ie`, `us`, `ca`, `au`, `nz`. Entries are lower case and
//! are matched as whole words of a name (`country_of_force`) or as the whole name
//! (`country_of_place`).

use super::{pairs, words, Pairs, WordList};
use crate::extract::text::Doc;

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

// ---------------------------------------------------------------------------------------
// The country a release is from, by the names it shows: the one answer that a figure's
// currency, the July-to-June financial year and the summary ask.

/// Names that show a release is from New Zealand, where "$" is NZD: the country, its police
/// districts and cities that no other English-speaking country shares.
static NZ_NAMES: WordList = words![
    "New Zealand",
    "NZ",
    "Aotearoa",
    "Auckland",
    "Waikato",
    "Waitematā",
    "Waitemata",
    "Northland",
    "Bay of Plenty",
    "Tairāwhiti",
    "Manawatū",
    "Whanganui",
    "Otago",
    "Christchurch",
    "Tauranga",
    "Rotorua",
    "Whangārei",
    "Whangarei",
];

/// Names that show a release is from Australia, where "$" is AUD.
static AU_NAMES: WordList = words![
    "Australia",
    "Australian",
    "NSW",
    "New South Wales",
    "Victoria Police",
    "Queensland",
    "Tasmania",
    "Tasmania Police",
    "Northern Territory",
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Adelaide",
    "Canberra",
    "Perth",
    "Western Australia",
    "South Australia",
    "Australian Federal Police",
    "AFP",
];

/// Names that show a release is from Canada, where "$" is CAD.
static CA_NAMES: WordList = words![
    "Canada",
    "Canadian",
    "RCMP",
    "Mounties",
    "British Columbia",
    "Ontario",
    "Quebec",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Toronto",
    "Vancouver",
    "Montreal",
    "Calgary",
    "Edmonton",
    "Ottawa",
    "Winnipeg",
];

/// The first token at which one of `names` stands in the text, each word of it capitalised
/// as listed: the country a release is from shows in its forces, regions and cities.
fn first_shown(doc: &Doc, names: &WordList) -> Option<usize> {
    let n = doc.tokens.len();
    (0..n).find(|&k| {
        doc.tok(k).chars().next().is_some_and(char::is_uppercase)
            && names.iter().any(|name| {
                name.split(' ')
                    .enumerate()
                    .all(|(j, w)| k + j < n && doc.tok(k + j) == w)
            })
    })
}

/// The countries whose names a release shows, among those whose "$" is not the US dollar
/// or whose year of statistics runs July to June. Read once per release with
/// `release_countries`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    /// New Zealand's names stand in the text.
    pub nz: bool,
    /// Australia's names stand in the text.
    pub au: bool,
    /// Canada's names stand in the text.
    pub ca: bool,
    /// The country whose names stand first, when one stands before the first dollar sign.
    pub first: Option<&'static str>,
}

impl Shown {
    /// The one country the release shows, when exactly one shows: its plain "$" is that
    /// country's dollar. When several or none show, `None`.
    pub fn only(self) -> Option<&'static str> {
        match (self.nz, self.au, self.ca) {
            (true, false, false) => Some("nz"),
            (false, true, false) => Some("au"),
            (false, false, true) => Some("ca"),
            _ => None,
        }
    }

    /// The country a release is from, as far as its names show: the one country shown, or
    /// of several the one named first ("NSW Police ... with New Zealand Customs" is from
    /// Australia).
    pub fn home(self) -> Option<&'static str> {
        self.only().or(self.first)
    }

    /// Whether a "financial year" in the release runs July to June, as in New Zealand and
    /// Australia.
    pub fn july_financial_year(self) -> bool {
        self.nz || self.au
    }
}

/// The countries a release shows by the names of its forces, regions and cities.
pub fn release_countries(doc: &Doc) -> Shown {
    let at = [
        ("nz", first_shown(doc, &NZ_NAMES)),
        ("au", first_shown(doc, &AU_NAMES)),
        ("ca", first_shown(doc, &CA_NAMES)),
    ];
    // Of several, only a country named before the first dollar sign is the release's
    // own: "seized $20,000; the drugs came from Australia via Auckland" shows none.
    let dollar = (0..doc.tokens.len())
        .find(|&k| doc.tok(k).contains('$'))
        .unwrap_or(usize::MAX);
    Shown {
        nz: at[0].1.is_some(),
        au: at[1].1.is_some(),
        ca: at[2].1.is_some(),
        first: at
            .iter()
            .filter_map(|&(c, k)| Some((k?, c)))
            .filter(|&(k, _)| k < dollar)
            .min()
            .map(|(_, c)| c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_shows_its_country_by_its_names() {
        let nz = release_countries(&Doc::new("Waikato Police seized $4,200 near Hamilton."));
        assert_eq!(nz.only(), Some("nz"));
        assert!(nz.july_financial_year());
        let ca = release_countries(&Doc::new("Ontario officers found $900 in the car."));
        assert_eq!(ca.only(), Some("ca"));
        assert!(!ca.july_financial_year());
        let both = release_countries(&Doc::new("Sydney and Auckland detectives met."));
        assert_eq!(both.only(), None);
        assert_eq!(both.home(), Some("au"));
        let after = release_countries(&Doc::new("$40 was found; Sydney and Auckland helped."));
        assert_eq!(after.home(), None);
        assert!(both.july_financial_year());
        // A name shows only when capitalised as listed, not as an ordinary word.
        let none = release_countries(&Doc::new("The nz figures came in from the county."));
        assert_eq!(none, Shown::default());
    }

    #[test]
    fn forces_and_places_say_their_country() {
        assert_eq!(country_of_force("Tasman District Police"), Some("nz"));
        assert_eq!(country_of_place("Nova Scotia"), Some("ca"));
        assert_eq!(country_of_place("Springfield"), None);
    }
}
