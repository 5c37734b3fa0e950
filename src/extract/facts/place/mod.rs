//! Places: countries, cities, boroughs, neighbourhoods, regions, streets and stations.
//!
//! The rules, in order: streets and venues by their ending ("Hadley Road"), stations
//! ("Guildford railway station", "Mill Lane Garda station"), compass regions ("north and
//! east London"), names from the word lists (guarded against surnames and bodies) and
//! countries and provinces in dotted capitals ("in the U.S.", "a B.C. man"), then
//! neighbourhoods that the context shows ("in Kelby Road, in Northfield", "in Stantonbury,
//! Milton Keynes", a name in a list of places), lists and tables of places with known
//! members ("in Aroha, Hastings and Dunedin", "Northvale: 35"), an unknown name after a
//! preposition of place that ends its phrase ("in Kaitaia", "at Tarrowby.", "between
//! Hillsborough and Dromore"), a person's home ("a Westvale man", ", 24, of Westvale,", "a
//! woman from Westvale was charged"), US states and Canadian provinces after a city
//! ("RICHMOND, Va.", "Coquitlam, B.C."; not a news agency's "By Jo Hart, PA"), and "the
//! capital". A name ends before a photo credit ("in Kelby Credit: ...").
//! A place inside an organisation's name or a street's name is not a place by itself.
//! One entry per place.

pub(crate) mod gazetteer;
mod lexicon;
pub(crate) mod names;
#[cfg(test)]
mod tests;
mod words;

use crate::extract::sorting;
use std::sync::OnceLock;

use gazetteer::{Gazetteer, Hit};
use names::{
    is_all_caps, is_any, is_apostrophe, is_cap, mark_tokens, name_key, span_of, title_case_line,
    word_end,
};
use words::{
    ADDRESS_NOUNS, COMPASS, DOTTED_STATES, IRISH_COUNTIES, NOT_PLACE_WORDS, NOT_STATION_NAMES,
    NUMBER_WORDS, PLACE_NOUNS, PREPOSITIONS, PREV_OK, SPEAKER_VERBS, STATE_ABBREVIATIONS,
    STATION_TYPES, STRONG_STREET, WEAK_PREPOSITIONS, WEAK_STREET,
};

use crate::extract::lexicon::ranks::is_title_word;
use crate::extract::lexicon::{pairs, words, Pairs, WordList};
use crate::extract::model::{Place, PlaceKind, Source, Span};
use crate::extract::pipeline::Context;
use crate::extract::text::{Doc, TokenKind};

const COUNTRY: u8 = 0;
const CITY: u8 = 1;
const BOROUGH: u8 = 2;
const NEIGHBOURHOOD: u8 = 3;
const REGION: u8 = 4;
/// Added to a tag when the name is also a common word or surname.
const AMBIGUOUS: u8 = 0x10;

fn kind_of(tag: u8) -> PlaceKind {
    match tag & 0x0f {
        COUNTRY => PlaceKind::Country,
        CITY => PlaceKind::City,
        BOROUGH => PlaceKind::Borough,
        NEIGHBOURHOOD => PlaceKind::Neighbourhood,
        REGION => PlaceKind::Region,
        _ => PlaceKind::Other,
    }
}

fn gazetteer() -> &'static Gazetteer {
    static PLACES: OnceLock<Gazetteer> = OnceLock::new();
    PLACES.get_or_init(|| {
        let lists: [(&[&str], u8); 5] = [
            (&lexicon::COUNTRIES, COUNTRY),
            (&lexicon::LONDON_BOROUGHS, BOROUGH),
            (&lexicon::NEIGHBOURHOODS, NEIGHBOURHOOD),
            (&lexicon::CITIES, CITY),
            (&lexicon::REGIONS, REGION),
        ];
        let mut rows = Vec::new();
        for (list, tag) in lists {
            for name in list {
                let ambiguous = lexicon::AMBIGUOUS.contains(name);
                let tag = if ambiguous { tag | AMBIGUOUS } else { tag };
                rows.push((*name, "", tag));
            }
        }
        rows.push(("United Kingdom", "UK", COUNTRY));
        Gazetteer::new(rows)
    })
}

/// The end of a city of the word lists that starts at token `i` and is no common word or
/// surname ("Toronto", not "Reading"), for the organisations' "Toronto police".
pub(crate) fn unambiguous_city_at(doc: &Doc, i: usize) -> Option<usize> {
    gazetteer()
        .longest_at(doc, i)
        .filter(|h| h.tag == CITY)
        .map(|h| h.end)
}

/// One place found at a span.
struct Found {
    span: Span,
    name: String,
    kind: PlaceKind,
    rule: &'static str,
    /// What makes two mentions the same place.
    key: String,
}

/// What the rules share while they read one document.
struct Reader<'d, 'a> {
    doc: &'d Doc<'a>,
    /// Tokens that belong to something else: contacts, operations, organisations.
    blocked: Vec<bool>,
    /// Tokens already read as part of a place.
    covered: Vec<bool>,
    /// The start and end token of each place found, for the context rules.
    places: Vec<(usize, usize, PlaceKind)>,
    /// By start token: the end and kind of the place that starts there.
    starts: Vec<Option<(usize, PlaceKind)>>,
    /// By end token (exclusive): the start and kind of the place that ends there.
    ends: Vec<Option<(usize, PlaceKind)>>,
    /// The longest word-list name that starts at each token, read once.
    hits: Vec<Option<Hit>>,
    /// House numbers to claim.
    claims: Vec<Span>,
    found: Vec<Found>,
}

impl Reader<'_, '_> {
    fn free(&self, a: usize, b: usize) -> bool {
        b <= self.doc.tokens.len() && (a..b).all(|k| !self.blocked[k] && !self.covered[k])
    }

    fn add(&mut self, a: usize, b: usize, name: String, kind: PlaceKind, rule: &'static str) {
        let key = place_key(&name);
        self.add_keyed(a, b, name, kind, rule, key);
    }

    fn add_keyed(
        &mut self,
        a: usize,
        b: usize,
        name: String,
        kind: PlaceKind,
        rule: &'static str,
        key: String,
    ) {
        if key.is_empty() || b <= a {
            return;
        }
        for c in &mut self.covered[a..b] {
            *c = true;
        }
        self.places.push((a, b, kind));
        if let Some(x) = self.starts.get_mut(a) {
            *x = Some((b, kind));
        }
        if let Some(x) = self.ends.get_mut(b) {
            *x = Some((a, kind));
        }
        self.found.push(Found {
            span: span_of(self.doc, a, b),
            name,
            kind,
            rule,
            key,
        });
    }

    fn hit(&self, k: usize) -> Option<Hit> {
        self.hits.get(k).copied().flatten()
    }

    fn place_ending_at(&self, end: usize) -> Option<PlaceKind> {
        self.ends.get(end).copied().flatten().map(|p| p.1)
    }

    fn place_starting_at(&self, start: usize) -> Option<PlaceKind> {
        self.starts.get(start).copied().flatten().map(|p| p.1)
    }
}

pub fn find(cx: &mut Context) {
    let doc = &cx.doc;
    let org_spans = cx
        .out
        .organisations
        .iter()
        .flat_map(|o| std::iter::once(o.source.span).chain(o.source.mentions.iter().copied()));
    let blocked = mark_tokens(doc, cx.claimed.iter().copied().chain(org_spans));
    let n = doc.tokens.len();
    let mut r = Reader {
        doc,
        blocked,
        covered: vec![false; n],
        places: Vec::new(),
        hits: (0..n).map(|k| gazetteer().longest_at(doc, k)).collect(),
        starts: vec![None; n + 1],
        ends: vec![None; n + 1],
        claims: Vec::new(),
        found: Vec::new(),
    };
    irish_counties(&mut r);
    stations(&mut r);
    ports(&mut r);
    streets(&mut r);
    compass_regions(&mut r);
    known_places(&mut r);
    dotted_abbreviations(&mut r);
    named_by_area_word(&mut r);
    after_an_address(&mut r);
    called_to(&mut r);
    after_streets(&mut r);
    before_known_places(&mut r);
    in_lists(&mut r);
    lists_of_places(&mut r);
    area_tables(&mut r);
    after_a_preposition(&mut r);
    home_of_a_person(&mut r);
    state_after_city(&mut r);
    province_after_city(&mut r);
    dateline_city_before_state(&mut r);

    let mut found = std::mem::take(&mut r.found);
    let claims = std::mem::take(&mut r.claims);
    sorting::sort_by_key(&mut found, |f| (f.span.start, f.span.end));
    let mut keys: Vec<String> = Vec::new();
    for f in found {
        match keys.iter().position(|k| *k == f.key) {
            Some(i) => cx.out.places[i].source.mentions.push(f.span),
            None => {
                keys.push(f.key);
                cx.out.places.push(Place {
                    name: f.name,
                    kind: f.kind,
                    source: Source::new(f.span, f.rule),
                });
            }
        }
    }
    for c in claims {
        cx.claim(c);
    }
    the_capital(cx);
}

/// What makes two names one place: the words in lower case, without the "County" or "Co"
/// of an Irish county ("Co Kildare" and "Kildare" are one place).
fn place_key(name: &str) -> String {
    let key = name_key(name);
    ["county ", "co "]
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .filter(|rest| IRISH_COUNTIES.iter().any(|c| name_key(c) == *rest))
        .map_or(key.clone(), str::to_string)
}

/// Whether token `i` is a preposition that may stand before a place.
fn preposition_before(doc: &Doc, i: usize, list: &'static [&'static str]) -> bool {
    // "in the US": the article may stand between.
    let i = if i >= 2 && doc.tok(i - 1) == "the" {
        i - 1
    } else {
        i
    };
    i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && {
        let w = doc.tok(i - 1);
        w.chars().next().is_some_and(char::is_lowercase) && is_any(doc, i - 1, list)
            || is_any(
                doc,
                i - 1,
                &["In", "At", "On", "Near", "From", "Along", "Off", "Outside"],
            )
    }
}

/// Walks back from the token before `end` over a capitalised name: words, hyphenated
/// parts, "St", possessives ("Walsh’s"). Returns the first token of the name.
fn name_start_before(r: &Reader, end: usize, max_words: usize) -> Option<usize> {
    let doc = r.doc;
    let mut start = end;
    let mut words = 0;
    while start > 0 && words < max_words {
        let k = start - 1;
        if r.blocked[k] || doc.tokens[start.min(doc.tokens.len() - 1)].line_before && start < end {
            break;
        }
        // Number words start names too: "Three Bridges", "Seven Sisters".
        let number_word = is_any(doc, k, &NUMBER_WORDS) && start < end;
        let stop = is_any(doc, k, &NOT_PLACE_WORDS) && !number_word;
        if is_cap(doc, k) && !stop && !is_any(doc, k, &PREV_OK) {
            start = k;
            words += 1;
            // Join "Bromley-by-Bow" and "Stoke-on-Trent" from the right.
            while start >= 2
                && doc.glued(start)
                && matches!(doc.tok(start - 1), "-" | "‑")
                && doc.glued(start - 1)
                && doc.tokens[start - 2].kind == TokenKind::Word
            {
                start -= 2;
            }
            continue;
        }
        // A possessive inside the name: "Walsh’s Manor", "King’s Road".
        if k >= 2
            && doc.is(k, "s")
            && doc.glued(k)
            && is_apostrophe(doc, k - 1)
            && doc.glued(k - 1)
            && is_cap(doc, k - 2)
        {
            start = k - 2;
            words += 1;
            continue;
        }
        // "St" and "St." before a saint's name.
        if doc.tok(k) == "." && k >= 1 && doc.glued(k) && doc.tok(k - 1) == "St" {
            start = k - 1;
            words += 1;
            continue;
        }
        break;
    }
    (start < end).then_some(start)
}

/// `Co Cork`, `County Tyrone`, `Co. Down`: an Irish county after "County" or "Co".
fn irish_counties(r: &mut Reader) {
    let doc = r.doc;
    for k in 0..doc.tokens.len() {
        if !(doc.tok(k) == "Co" || doc.tok(k) == "County") || r.blocked[k] || r.covered[k] {
            continue;
        }
        let name = if doc.tokens.get(k + 1).is_some() && doc.tok(k + 1) == "." && doc.glued(k + 1) {
            k + 2
        } else {
            k + 1
        };
        if name < doc.tokens.len()
            && IRISH_COUNTIES.contains(&doc.tok(name))
            && r.free(k, name + 1)
            && (!is_cap(doc, name + 1) || doc.tokens[name + 1].line_before)
        {
            let span = span_of(doc, k, name + 1);
            r.add(
                k,
                name + 1,
                doc.slice(span).to_string(),
                PlaceKind::Region,
                "County <Irish county>",
            );
        }
    }
}

/// `Hadley Road`, `14a Kelby Road` (the house number is claimed), `in Beech Lane`,
/// `at Walsh’s Manor`, `the A406`.
fn streets(r: &mut Reader) {
    let doc = r.doc;
    for k in 0..doc.tokens.len() {
        if r.blocked[k] || r.covered[k] {
            continue;
        }
        if doc.tokens[k].kind != TokenKind::Word {
            continue;
        }
        if numbered_road(doc, k) {
            r.add(
                k,
                k + 1,
                doc.tok(k).to_string(),
                PlaceKind::Street,
                "the A406",
            );
            continue;
        }
        if !is_cap(doc, k) {
            continue;
        }
        let strong = is_any(doc, k, &STRONG_STREET);
        // "taken to Royal Harwick Hospital": a named hospital is a venue.
        let hospital = is_any(doc, k, &["Hospital", "Infirmary"]);
        let weak = hospital || is_any(doc, k, &WEAK_STREET);
        if !(strong || weak) {
            continue;
        }
        // "Hill Street": the later ending takes the longer name.
        let next_cap = is_cap(doc, k + 1) && !doc.tokens[k + 1].line_before && !doc.glued(k + 1);
        if next_cap {
            continue;
        }
        let Some(start) = name_start_before(r, k, 4) else {
            continue;
        };
        if (start..k).any(|j| r.covered[j]) {
            continue;
        }
        let number = house_number_before(doc, start);
        let before = number.unwrap_or(start);
        // "Marcus Green, 19, of Lordship Lane": "of" after a comma gives an address.
        let address_of = before >= 2 && doc.is(before - 1, "of") && doc.tok(before - 2) == ",";
        // "covering the Ferring Common", "the Ashgrove Playing Field": a green space named
        // with its article, two words or more.
        let green = is_any(doc, k, &["Park", "Common", "Field", "Fields"])
            && k > start
            && before >= 1
            && doc.is(before - 1, "the");
        let prep = preposition_before(doc, before, &WEAK_PREPOSITIONS)
            || address_of
            || green
            || (hospital && before >= 1 && doc.is(before - 1, "to"));
        if weak && !prep && number.is_none() {
            continue;
        }
        if title_case_line(doc, k) && number.is_none() && !prep {
            continue;
        }
        if is_any(doc, k + 1, &SPEAKER_VERBS) {
            continue;
        }
        if let Some(a) = number {
            r.claims.push(span_of(doc, a, start));
        }
        let kind = if is_any(
            doc,
            k,
            &[
                "Hill", "Green", "Heath", "Common", "Manor", "Estate", "Fields", "Field", "Vale",
            ],
        ) {
            PlaceKind::Neighbourhood
        } else if hospital || is_any(doc, k, &["Park", "Airport", "Stadium", "Arena"]) {
            PlaceKind::Venue
        } else {
            PlaceKind::Street
        };
        let span = span_of(doc, start, k + 1);
        r.add(
            start,
            k + 1,
            doc.slice(span).to_string(),
            kind,
            "<Name> Road|Street|...",
        );
    }
}

/// A numbered road after "the", "on" or "along": `the A406`, `on the M25`.
fn numbered_road(doc: &Doc, k: usize) -> bool {
    let w = doc.tok(k);
    let b = w.as_bytes();
    let shape = b.len() >= 2
        && b.len() <= 5
        && matches!(b[0], b'A' | b'M' | b'B' | b'N' | b'R')
        && b[1..].iter().all(u8::is_ascii_digit)
        && doc.tokens[k].kind == TokenKind::Word;
    shape
        && k > 0
        && is_any(
            doc,
            k - 1,
            &["the", "on", "along", "off", "onto", "near", "via", "from"],
        )
}

/// The first token of a house number right before token `start`: `14`, `14a`, `12-14`.
fn house_number_before(doc: &Doc, start: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    // "14a": a letter glued to the number.
    if doc.tokens[k].kind == TokenKind::Word && doc.tok(k).len() == 1 && doc.glued(k) && k > 0 {
        k -= 1;
    }
    let t = doc.tokens[k];
    if t.kind != TokenKind::Number || doc.tok(k).len() > 4 || doc.tok(k).contains([',', '.']) {
        return None;
    }
    if k >= 2
        && doc.glued(k)
        && doc.tok(k - 1) == "-"
        && doc.tokens[k - 2].kind == TokenKind::Number
    {
        k -= 2;
    }
    Some(k)
}

/// `Guildford railway station`, `Hackney Downs station`, `Hackney Central and Hackney
/// Downs stations` (two stations).
fn stations(r: &mut Reader) {
    let doc = r.doc;
    for k in 0..doc.tokens.len() {
        if doc.tokens[k].kind != TokenKind::Word
            || !is_any(doc, k, &["station", "stations"])
            || r.blocked[k]
            || r.covered[k]
        {
            continue;
        }
        let mut e = k;
        while e > 0 && is_any(doc, e - 1, &STATION_TYPES) && !is_all_caps(doc, e - 1) {
            e -= 1;
        }
        // "DLR station", "Tube station" written in capitals.
        while e > 0
            && is_any(
                doc,
                e - 1,
                &[
                    "DLR",
                    "Tube",
                    "Underground",
                    "Overground",
                    "Railway",
                    "Rail",
                ],
            )
        {
            e -= 1;
        }
        // "Kevin Street Garda station": an Irish police station is named by its street,
        // the force's word (read as the force) between.
        // Not the plural: "North Dublin Garda Stations" are the stations of an area.
        let garda = e == k
            && e >= 2
            && doc.is(k, "station")
            && matches!(doc.tok(e - 1), "Garda" | "Gardaí" | "Gardai");
        let e = if garda { e - 1 } else { e };
        let Some(start) = name_start_before(r, e, 4) else {
            continue;
        };
        if !garda && is_any(doc, e - 1, &NOT_STATION_NAMES) || !r.free(start, e) {
            continue;
        }
        let key = format!(
            "{}{} station",
            name_key(doc.slice(span_of(doc, start, e))),
            if garda { " garda" } else { "" }
        );
        let span = span_of(doc, start, k + 1);
        let name = if doc.is(k, "stations") {
            format!("{} station", doc.slice(span_of(doc, start, k)))
        } else {
            doc.slice(span).to_string()
        };
        r.add_keyed(start, k + 1, name, PlaceKind::Venue, "<Name> station", key);
        // "X, Y and Z stations": each name of the list is a station too.
        let mut at = start;
        for _ in 0..6 {
            if !(doc.is(k, "stations") && at >= 2 && is_any(doc, at - 1, &["and", "&", ","])) {
                break;
            }
            let Some(s2) = name_start_before(r, at - 1, 4) else {
                break;
            };
            if !r.free(s2, at - 1) {
                break;
            }
            let x = doc.slice(span_of(doc, s2, at - 1)).to_string();
            let key = format!("{} station", name_key(&x));
            r.add_keyed(
                s2,
                at - 1,
                x,
                PlaceKind::Venue,
                "<Name> and <Name> stations",
                key,
            );
            at = s2;
        }
    }
}

/// Whether token `k` is a compass word, joined ones included ("south-east").
fn compass_end(doc: &Doc, k: usize) -> Option<usize> {
    if !is_any(doc, k, &COMPASS) {
        return None;
    }
    let end = word_end(doc, k);
    let parts_ok = (k..end).step_by(2).all(|j| is_any(doc, j, &COMPASS));
    parts_ok.then_some(end)
}

/// `east London`, `south-east London`, `north and east London` (two regions),
/// `North Manchester`.
fn compass_regions(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let mut k = 0;
    while k < n {
        if r.blocked[k] || r.covered[k] {
            k += 1;
            continue;
        }
        let Some(mut e) = compass_end(doc, k) else {
            k += 1;
            continue;
        };
        // A name from the word list that starts here ("West Yorkshire") wins.
        if r.hit(k).is_some() {
            k += 1;
            continue;
        }
        let mut points = vec![(k, e)];
        // "north, east and south London".
        while is_any(doc, e, &["and", "or", ",", "&"]) {
            match compass_end(doc, e + 1) {
                Some(e2) => {
                    points.push((e + 1, e2));
                    e = e2;
                }
                None => break,
            }
        }
        let Some(hit) = r.hit(e) else {
            k = e;
            continue;
        };
        let city_kind = hit.tag & 0x0f;
        let next_cap =
            is_cap(doc, hit.end) && !doc.tokens.get(hit.end).is_some_and(|t| t.line_before);
        if city_kind == NEIGHBOURHOOD || next_cap || !r.free(e, hit.end) || doc.glued(e) {
            k = e;
            continue;
        }
        let city = doc.slice(span_of(doc, e, hit.end)).to_string();
        let last = points.len() - 1;
        for (p, (a, b)) in points.iter().enumerate() {
            let name = format!("{} {}", doc.slice(span_of(doc, *a, *b)), city);
            let from = if p == last { *a } else { k };
            r.add(from, hit.end, name, PlaceKind::Region, "<compass> <city>");
        }
        k = hit.end;
    }
}

/// Whether the token before `i` is a capitalised word that makes the name a person's or
/// a body's ("Nick Blackburn", "Inspector Preston").
fn capital_before(doc: &Doc, i: usize) -> bool {
    i > 0
        && !doc.tokens[i].line_before
        && is_cap(doc, i - 1)
        && !is_any(doc, i - 1, &PREV_OK)
        && !(is_all_caps(doc, i - 1) && is_all_caps(doc, i))
}

/// Names from the word lists, with guards: not after a capitalised word, not before one,
/// not before "said"; an ambiguous name ("Reading", "Hayes") only after a preposition,
/// before "area", at the head of a dateline, or in a list of places.
fn known_places(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let surnames = surnames(r);
    let mut k = 0;
    while k < n {
        if r.blocked[k] || r.covered[k] {
            k += 1;
            continue;
        }
        let Some(hit) = r.hit(k) else {
            k += 1;
            continue;
        };
        let surname = hit.end == k + 1 && surnames.binary_search(&doc.tok(k)).is_ok();
        if surname || !r.free(k, hit.end) || !accept_known(r, k, &hit) {
            k += 1;
            continue;
        }
        // "Dublin 8": a postal district is the city and its number, which is no figure.
        let district = doc.is(k, "Dublin")
            && hit.end == k + 1
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && !t.line_before)
            && doc.tok(k + 1).len() <= 2
            && doc.tok(k + 1).bytes().all(|b| b.is_ascii_digit())
            && doc
                .tok(k + 1)
                .parse::<u8>()
                .is_ok_and(|d| (1..=24).contains(&d));
        let end = if district { k + 2 } else { hit.end };
        if district {
            r.claims.push(span_of(doc, k + 1, k + 2));
        }
        let name = doc.slice(span_of(doc, k, end)).to_string();
        let key = place_key(if hit.canonical == "UK" { "UK" } else { &name });
        let kind = if district {
            PlaceKind::Neighbourhood
        } else {
            kind_of(hit.tag)
        };
        r.add_keyed(k, end, name, kind, "known place", key);
        k = end;
    }
}

/// Words that the text uses as a person's surname: "Kyle Preston", "Sergeant Barnes".
/// A place of the same one-word name is then not read from that text.
fn surnames<'a>(r: &Reader<'_, 'a>) -> Vec<&'a str> {
    let doc = r.doc;
    let mut out = Vec::new();
    for j in 1..doc.tokens.len() {
        let p = j - 1;
        if !is_cap(doc, j) || !is_cap(doc, p) || doc.tokens[j].line_before || r.blocked[p] {
            continue;
        }
        // Only one-word place names matter.
        if r.hit(j).is_none_or(|h| h.end != j + 1) {
            continue;
        }
        let rank = is_title_word(doc.tok(p));
        let given = !is_any(doc, p, &PREV_OK)
            && !is_any(doc, p, &NOT_PLACE_WORDS)
            && !is_any(doc, p, &COMPASS)
            && !is_all_caps(doc, p)
            && r.hit(p).is_none()
            && !r.covered[p];
        let street_next = is_any(doc, j + 1, &STRONG_STREET) || is_any(doc, j + 1, &WEAK_STREET);
        if (rank || given) && !street_next && !r.covered[j] {
            out.push(doc.tok(j));
        }
    }
    sorting::sort(&mut out);
    out.dedup();
    out
}

fn accept_known(r: &Reader, k: usize, hit: &Hit) -> bool {
    let doc = r.doc;
    let end = hit.end;
    let hyphen_before =
        k > 0 && doc.glued(k) && matches!(doc.tok(k - 1), "-" | "‑" | "@" | "#" | "/" | ".");
    let hyphen_after = doc.glued(end)
        && doc
            .tokens
            .get(end)
            .is_some_and(|_| matches!(doc.tok(end), "-" | "‑"))
        && is_cap(doc, end + 1);
    let shouting = is_all_caps(doc, end - 1) && is_all_caps(doc, end);
    let next_cap = is_cap(doc, end)
        && !doc.tokens[end].line_before
        && !doc.glued(end)
        && !shouting
        && !caption_at(doc, end);
    if hyphen_before || hyphen_after || next_cap || capital_before(doc, k) {
        return false;
    }
    if is_any(doc, end, &SPEAKER_VERBS) {
        return false;
    }
    if hit.tag & AMBIGUOUS == 0 {
        return true;
    }
    let prep = preposition_before(doc, k, &PREPOSITIONS);
    let noun_after = doc
        .tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && is_any(doc, end, &PLACE_NOUNS);
    let dateline = doc.tokens[k].line_before || k == 0;
    let dateline = dateline
        && is_all_caps(doc, k)
        && doc.tokens.get(end).is_some()
        && matches!(doc.tok(end), "," | "-" | "–" | "—" | ":" | "(");
    let after_place = k >= 2
        && is_any(doc, k - 1, &[",", "and", "or", "&"])
        && r.place_ending_at(k - 1).is_some();
    let before_place = is_any(doc, end, &[",", "and", "or", "&"])
        && r.hit(end + 1).is_some_and(|h| h.tag & AMBIGUOUS == 0);
    prep || noun_after || dateline || after_place || before_place
}

/// Whether token `k` opens a photo's credit or caption run into the text: "seized in
/// Kelby Credit: @kelbypolice", "Picture: Westshire Police". The name before it ends there.
fn caption_at(doc: &Doc, k: usize) -> bool {
    is_any(
        doc,
        k,
        &["Credit", "Picture", "Photo", "Image", "Pic", "Photograph"],
    ) && doc.is(k + 1, ":")
}

/// Reads an unknown capitalised name from `i` (one to three words) that context shows is
/// a place. Returns its end.
fn context_name(r: &Reader, i: usize) -> Option<usize> {
    let doc = r.doc;
    if !is_cap(doc, i) || is_any(doc, i, &NOT_PLACE_WORDS) || doc.tokens[i].line_before {
        return None;
    }
    let mut end = word_end(doc, i);
    let mut words = 1;
    while words < 3
        && is_cap(doc, end)
        && !doc.tokens[end].line_before
        && !doc.glued(end)
        && !caption_at(doc, end)
    {
        if is_any(doc, end, &NOT_PLACE_WORDS) {
            return None;
        }
        end = word_end(doc, end);
        words += 1;
    }
    // The name ends the phrase: punctuation, a small word, a photo's credit or the end of
    // the text.
    let closes = match doc.tokens.get(end) {
        None => true,
        Some(t) => t.kind == TokenKind::Punct || !is_cap(doc, end) || caption_at(doc, end),
    };
    if !closes || !r.free(i, end) || is_any(doc, end, &SPEAKER_VERBS) {
        return None;
    }
    if is_apostrophe(doc, end) && !doc.is(end + 1, "s") {
        return None;
    }
    // "Sam Smith, 32," is a person with an age.
    let age = doc.tokens.get(end).is_some()
        && doc.tok(end) == ","
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number);
    if age {
        return None;
    }
    Some(end)
}

/// `the Port of Dover`, `Port of Felixstowe`: a port is a venue, named with its town.
fn ports(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 0..n {
        if !doc.is(k, "Port") || !doc.is(k + 1, "of") || !is_cap(doc, k + 2) {
            continue;
        }
        let mut end = word_end(doc, k + 2);
        if is_cap(doc, end) && !doc.tokens[end].line_before && !doc.glued(end) {
            end = word_end(doc, end);
        }
        if !r.free(k, end) {
            continue;
        }
        let name = doc.slice(span_of(doc, k, end)).to_string();
        r.add(k, end, name, PlaceKind::Venue, "Port of <Name>");
    }
}

/// `Officers were called to Stokes Croft at about 2am`: where police were called is a
/// place, whatever its name.
fn called_to(r: &mut Reader) {
    let doc = r.doc;
    for k in 1..doc.tokens.len() {
        if !doc.is(k, "to") || !doc.is(k - 1, "called") {
            continue;
        }
        let i = k + 1;
        let Some(end) = context_name(r, i) else {
            continue;
        };
        // "called to Smith's home" names a person's home, not a place.
        if is_apostrophe(doc, end) {
            continue;
        }
        let name = doc.slice(span_of(doc, i, end)).to_string();
        r.add(i, end, name, PlaceKind::Neighbourhood, "called to <Name>");
    }
}

/// `an address in Maybury`, `a property in Kelby`: where a search or an arrest took place.
fn after_an_address(r: &mut Reader) {
    let doc = r.doc;
    for k in 1..doc.tokens.len() {
        if !doc.is(k, "in") || !is_any(doc, k - 1, &ADDRESS_NOUNS) {
            continue;
        }
        let i = k + 1;
        if i >= doc.tokens.len() || r.covered[i] || r.blocked[i] {
            continue;
        }
        if let Some(end) = context_name(r, i) {
            let name = doc.slice(span_of(doc, i, end)).to_string();
            r.add(
                i,
                end,
                name,
                PlaceKind::Neighbourhood,
                "an address in <Name>",
            );
        }
    }
}

/// `the Beeston area`, `Oadby town centre`, `the Hightown estate`: a capitalised name that
/// the next words say is a place.
fn named_by_area_word(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 1..n {
        let area = doc.is(k, "area") || doc.is(k, "estate");
        let centre = (doc.is(k, "town") || doc.is(k, "city")) && doc.is(k + 1, "centre");
        let lower = doc.tok(k).starts_with(char::is_lowercase);
        if !(area || centre) || !lower || r.covered[k - 1] || r.blocked[k - 1] {
            continue;
        }
        let Some(start) = name_start_before(r, k, 2) else {
            continue;
        };
        // "the Beeston area" needs its article; "Oadby town centre" does not.
        if area && !(start > 0 && doc.is(start - 1, "the")) {
            continue;
        }
        if start > 0 && is_cap(doc, start - 1) || !r.free(start, k) {
            continue;
        }
        let name = doc.slice(span_of(doc, start, k)).to_string();
        let kind = if centre {
            PlaceKind::City
        } else {
            PlaceKind::Neighbourhood
        };
        r.add(start, k, name, kind, "the <Name> area|town centre");
    }
}

/// `in Elm Drive, Kings Heath`, `in Maple Road, in Selly Oak`, `in Cedar Road, in
/// Erdington near Kingstanding`: the names after a street are its neighbourhoods.
fn after_streets(r: &mut Reader) {
    let doc = r.doc;
    let streets: Vec<usize> = r
        .found
        .iter()
        .filter(|f| f.kind == PlaceKind::Street || f.rule.starts_with("<Name> Road"))
        .map(|f| doc.token_at(f.span.end))
        .collect();
    for mut e in streets {
        for _ in 0..3 {
            let mut i = e;
            let comma = doc.tokens.get(i).is_some_and(|_| doc.tok(i) == ",");
            if comma {
                i += 1;
            }
            let linked = is_any(doc, i, &["in", "near"]);
            if linked {
                i += 1;
            }
            if !(comma || linked) {
                break;
            }
            if r.place_starting_at(i).is_some() {
                // A known place: carry on after it.
                match r.starts.get(i).copied().flatten() {
                    Some((end, _)) => {
                        e = end;
                        continue;
                    }
                    None => break,
                }
            }
            let Some(end) = context_name(r, i) else {
                break;
            };
            let name = doc.slice(span_of(doc, i, end)).to_string();
            r.add(
                i,
                end,
                name,
                PlaceKind::Neighbourhood,
                "<street>, <neighbourhood>",
            );
            e = end;
        }
    }
}

/// `in Stantonbury, Milton Keynes`: a name between a preposition and a known town.
fn before_known_places(r: &mut Reader) {
    let doc = r.doc;
    let known: Vec<(usize, usize, PlaceKind)> = r.places.clone();
    for (a, _, kind) in known {
        if a < 3
            || doc.tok(a - 1) != ","
            || !matches!(
                kind,
                PlaceKind::City | PlaceKind::Borough | PlaceKind::Region
            )
        {
            continue;
        }
        // Walk back over the name before the comma.
        let Some(start) = name_start_before(r, a - 1, 3) else {
            continue;
        };
        if !preposition_before(doc, start, &["in", "at", "near", "from", "of"]) {
            continue;
        }
        if context_name(r, start) != Some(a - 1) {
            continue;
        }
        let name = doc.slice(span_of(doc, start, a - 1)).to_string();
        r.add(
            start,
            a - 1,
            name,
            PlaceKind::Neighbourhood,
            "in <neighbourhood>, <town>",
        );
    }
}

/// `Brixton, Camberwell and Halesden`: an unknown name in a list of known places is a
/// place of the same kind (misspellings included).
fn in_lists(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let mut i = 1;
    while i < n {
        if r.covered[i] || r.blocked[i] || !is_cap(doc, i) {
            i += 1;
            continue;
        }
        let sep_before = is_any(doc, i - 1, &[",", "and", "or", "&"]);
        let prev_kind = if sep_before {
            r.place_ending_at(i - 1)
        } else {
            None
        };
        if prev_kind.is_none() {
            i += 1;
            continue;
        }
        let Some(end) = context_name(r, i) else {
            i += 1;
            continue;
        };
        let next_kind = if is_any(doc, end, &[",", "and", "or", "&"]) {
            r.place_starting_at(end + 1)
        } else {
            None
        };
        // Last in the list: "A, B and X" with two places before.
        let last_in_list = prev_kind.is_some()
            && is_any(doc, i - 1, &["and", "or", "&"])
            && r.ends.get(i - 1).copied().flatten().is_some_and(|(a, _)| {
                a >= 2 && doc.tok(a - 1) == "," && r.place_ending_at(a - 1).is_some()
            });
        let kind = match (prev_kind, next_kind) {
            (Some(a), Some(_)) => Some(a),
            (Some(a), None) if last_in_list => Some(a),
            _ => None,
        };
        if let Some(kind) = kind {
            let name = doc.slice(span_of(doc, i, end)).to_string();
            r.add(i, end, name, kind, "<place>, <name> and <place>");
            i = end;
            continue;
        }
        i += 1;
    }
}

/// `RICHMOND, Va.`, `Dallas, TX`: a US state after a city, named in full; and the city of a
/// dateline when the word lists do not know it.
fn state_after_city(r: &mut Reader) {
    let doc = r.doc;
    for k in 2..doc.tokens.len() {
        if doc.tok(k - 1) != "," || !is_cap(doc, k - 2) || r.blocked[k] || r.covered[k] {
            continue;
        }
        let word = doc.tok(k);
        let Some((_, state)) = STATE_ABBREVIATIONS.iter().find(|(a, _)| *a == word) else {
            continue;
        };
        let dotted =
            doc.tokens.get(k + 1).is_some_and(|_| doc.tok(k + 1) == ".") && doc.glued(k + 1);
        let postal = word.len() == 2 && is_all_caps(doc, k);
        if !(dotted || postal)
            || is_cap(doc, k + 1 + usize::from(dotted))
                && !doc
                    .tokens
                    .get(k + 1 + usize::from(dotted))
                    .is_some_and(|t| t.line_before)
                && postal
        {
            continue;
        }
        // "By Jo Hart, PA": a byline names a reporter and a news agency, no state.
        let line = (0..=k).rev().find(|&a| a == 0 || doc.tokens[a].line_before);
        if line.is_some_and(|a| doc.tok(a) == "By") {
            continue;
        }
        let end = if dotted { k + 2 } else { k + 1 };
        r.add_keyed(
            k,
            end,
            (*state).to_string(),
            PlaceKind::Region,
            "<city>, <state abbreviation>",
            name_key(state),
        );
        // The city of a dateline: "SPRINGFIELD, Ill." at the start of a line.
        let city = k - 2;
        let line_start = city == 0 || doc.tokens[city].line_before;
        if line_start && !r.covered[city] && !r.blocked[city] && is_all_caps(doc, city) {
            let name = doc.tok(city).to_string();
            r.add(
                city,
                city + 1,
                name,
                PlaceKind::City,
                "<CITY>, <state> dateline",
            );
        }
    }
}

/// The city of a dateline before a state written in full: "DAYTON, Ohio (April 3, 2024)",
/// "SAN ANTONIO, Texas —". The city is written in capitals at the start of a line.
fn dateline_city_before_state(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 0..n {
        if !(k == 0 || doc.tokens[k].line_before) || !is_all_caps(doc, k) {
            continue;
        }
        let mut comma = k + 1;
        while comma < n
            && comma < k + 3
            && is_all_caps(doc, comma)
            && !doc.tokens[comma].line_before
        {
            comma += 1;
        }
        if comma >= n || doc.tok(comma) != "," || !r.free(k, comma) {
            continue;
        }
        let state = comma + 1;
        let full = STATE_ABBREVIATIONS.iter().any(|(_, name)| {
            let words = name.split_whitespace().count();
            state + words <= n
                && doc.slice(span_of(doc, state, state + words)) == *name
                && !is_cap(doc, state + words)
        });
        // "GREENVILLE, S.C. —": the two-letter states that news style writes with dots.
        let dotted = DOTTED_STATES
            .iter()
            .find(|(abbr, _)| state + 4 <= n && doc.slice(span_of(doc, state, state + 4)) == *abbr);
        if !full && dotted.is_none() {
            continue;
        }
        let name = doc.slice(span_of(doc, k, comma)).to_string();
        r.add(k, comma, name, PlaceKind::City, "<CITY>, <State> dateline");
        if let Some((_, state_name)) = dotted {
            if r.free(state, state + 4) {
                r.add(
                    state,
                    state + 4,
                    (*state_name).to_string(),
                    PlaceKind::Region,
                    "<city>, <state abbreviation>",
                );
            }
        }
    }
}

/// "the capital" is London when the text names London or the force is the Met.
fn the_capital(cx: &mut Context) {
    let doc = &cx.doc;
    let mut spans = Vec::new();
    for k in 1..doc.tokens.len() {
        if doc.is(k, "capital") && doc.is(k - 1, "the") && !is_cap(doc, k + 1) {
            spans.push(span_of(doc, k - 1, k + 1));
        }
    }
    if spans.is_empty() {
        return;
    }
    let london = cx
        .out
        .places
        .iter()
        .position(|p| name_key(&p.name) == "london");
    let met = cx
        .out
        .organisations
        .iter()
        .any(|o| o.name == "Metropolitan Police");
    match london {
        Some(i) => cx.out.places[i].source.mentions.extend(spans),
        None if met => {
            let mut src = Source::new(spans[0], "the capital (London)");
            src.mentions.extend(spans[1..].iter().copied());
            cx.out.places.push(Place {
                name: "London".to_string(),
                kind: PlaceKind::City,
                source: src,
            });
        }
        None => {}
    }
}

/// Words that may follow a preposition capitalised and are no place: languages, bodies
/// and seasons ("in English", "in Parliament", "in Ramadan").
static NOT_AFTER_PREPOSITION: WordList = words![
    "English",
    "Welsh",
    "Irish",
    "Scottish",
    "British",
    "Spanish",
    "French",
    "Polish",
    "Parliament",
    "Congress",
    "Government",
    "Council",
    "Court",
    "Custody",
    "Christmas",
    "Easter",
    "Ramadan",
    "Diwali",
    "Halloween",
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Fall",
    "God",
    "Heaven",
    "Facebook",
    "Twitter",
    "Instagram",
    "WhatsApp",
    "Snapchat",
    "TikTok",
    "YouTube",
    "Google",
    "Amazon",
    "Uber",
    "Tesco",
    "Asda",
    "Aldi",
    "Lidl",
    "McDonald’s",
    "Total",
    "Part",
    "Section",
    "Schedule",
    "Appendix",
    "Chapter",
    "Year",
    "Week",
    "Phase",
    "Stage",
    "Round",
    "Wave",
    "Force",
    "Forces",
    "Team",
    "Unit",
    "Units",
    "Person",
    "People",
    "Public",
    "Private",
    "Response",
    "Support",
    "Partnership",
    "Report",
    "Order",
    "Act",
    "Bill",
    "Law",
    "Rule",
    "Rules",
    "Our",
    "My",
    "Your",
    "Its",
    "Their",
    "His",
    "Her",
    "Which",
    "What",
    "Whom",
    "Whose",
    "Any",
    "Every",
    "Each",
    "Total",
    "Good",
    "Great",
    "Addition",
    "Fact",
    "Particular",
    "General",
    "Turn",
    "Time",
    "Question",
    "Response",
    "Relation",
    "Respect",
    "Touch",
    "Line",
    "Place",
    "Memory",
    "Honour",
    "Light",
    "Order",
    "Hospital",
    "Prison",
    "Jail",
    "School",
    "College",
    "University",
    // Times of day that a heading may capitalise: "at Noon".
    "Noon",
    "Midnight",
    "Midday",
    "Dawn",
];

/// Words before "in" that make what follows a kind of crime, a skill or a field, not a
/// place: "a rise in Homicide Offences", "experts in Forensic Science".
static NOT_PLACE_BEFORE_IN: WordList = words![
    "rise",
    "rises",
    "fall",
    "falls",
    "increase",
    "increases",
    "decrease",
    "decreases",
    "drop",
    "drops",
    "reduction",
    "reductions",
    "change",
    "changes",
    "growth",
    "spike",
    "surge",
    "decline",
    "declines",
    "jump",
    "involvement",
    "interest",
    "role",
    "part",
    "expert",
    "experts",
    "specialist",
    "specialists",
    "training",
    "trained",
    "degree",
    "qualified",
    "qualification",
    "course",
    "lesson",
    "lessons",
    "career",
    "careers",
    "up",
    "down",
    "rank",
    "ranks",
    "named",
    "listed",
    "featured",
    "published",
    "reported",
    "written",
    "engaged",
    "involved",
    "participate",
    "participated",
    "believe",
    "believes",
];

/// Whether the name's words (tokens `a..b`) can be a place's: no rank, honorific or body
/// word among them, no word that is never a place.
fn could_be_place(r: &Reader, a: usize, b: usize) -> bool {
    let doc = r.doc;
    (a..b).all(|k| {
        doc.tokens[k].kind != TokenKind::Word
            || !(is_title_word(doc.tok(k))
                || is_any(doc, k, &NOT_PLACE_WORDS)
                || is_any(doc, k, &NOT_AFTER_PREPOSITION)
                || is_any(doc, k, &BODY_HEADS))
    })
}

/// Words that end the name of a body, so a name with one is no place.
static BODY_HEADS: WordList = words![
    "Police",
    "Constabulary",
    "Unit",
    "Team",
    "Squad",
    "Command",
    "Service",
    "Office",
    "Department",
    "Agency",
    "Bureau",
    "Taskforce",
    "Group",
    "Trust",
    "Council",
    "Ltd",
    "Limited",
    "Plc",
    "Inc",
    "Company",
    "Association",
    "Network",
    "Court",
    "Courts",
    "Authority",
    "Commission",
    "Foundation",
    "Charity",
    "Club",
    "Society",
    "Committee",
    "Branch",
    "Division",
    "Hub",
    "Board",
];

/// People whose home "from <Name>" gives when a verb follows the name: "a 40-year-old
/// from Kelby was charged", "a man from Kelby Beach has been jailed".
static PEOPLE_BEFORE_FROM: WordList = words![
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "teenager",
    "teen",
    "youth",
    "year-old",
    "resident",
    "residents",
    "driver",
    "motorist",
    "person",
];

/// `in Kaitaia`, `near Lifford`, `at Tarrowby.`, `between Hillsborough and Dromore`,
/// `across Auckland and Tokoroa`: an unknown capitalised name after a preposition of place, which ends its
/// phrase, is a place. Not a name that starts a sentence's subject, a rank, a body, a
/// month or a language (`could_be_place`), nor one the text gives a person's age or
/// possessive.
fn after_a_preposition(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let surnames = surnames(r);
    for k in 0..n {
        let prep = [
            "in", "near", "between", "across", "outside", "around", "from", "at",
        ]
        .iter()
        .any(|w| doc.tok(k) == *w)
            // "20 kilometres north of Tarrowby", "the Millbeck area of Dunstow".
            || doc.tok(k) == "of"
                && k > 0
                && is_any(
                    doc,
                    k - 1,
                    &[
                        "north", "south", "east", "west", "north-east", "north-west",
                        "south-east", "south-west", "northeast", "northwest", "southeast",
                        "southwest", "outskirts", "area",
                    ],
                );
        // "a rise in Homicide Offences", "training in First Aid": a change or a skill.
        if !prep || k == 0 || is_any(doc, k - 1, &NOT_PLACE_BEFORE_IN) {
            continue;
        }
        // The names of the phrase: "in A", "between A and B", "in A, B and C".
        let mut names: Vec<(usize, usize)> = Vec::new();
        let mut i = k + 1;
        let mut commas = false;
        let mut last_and = false;
        // Up to ten names: "across Ardmore, Kelby, Rathmoy, ... and Dunmore".
        for _ in 0..10 {
            // "in Auckland and Tokoroa": a known place, then a name after "and".
            let end = if let Some((e, _)) = r.starts.get(i).copied().flatten() {
                e
            } else {
                if i >= n || r.covered[i] || r.blocked[i] {
                    break;
                }
                let Some(end) = context_name(r, i) else {
                    break;
                };
                // Acronyms after "in" are bodies or kinds ("in VIP areas", "in BBC drama").
                if (i..end).any(|j| is_all_caps(doc, j) && doc.tok(j).len() > 1) {
                    break;
                }
                let next = doc.tokens.get(end).map_or("", |_| doc.tok(end));
                // "from Jo Hart's", "from Sam Reid, 34,": a person, not a place.
                let closes = matches!(next, "" | "," | "." | ";" | ":" | ")" | "and" | "or")
                    || caption_at(doc, end)
                    || doc.tokens.get(end).is_some_and(|t| {
                        t.kind == TokenKind::Word && doc.tok(end).starts_with(char::is_lowercase)
                    });
                // A surname of the text ("Alan Durham") is not read as a town.
                let surname = end == i + 1 && surnames.binary_search(&doc.tok(i)).is_ok();
                if !closes || surname || is_apostrophe(doc, end) || !could_be_place(r, i, end) {
                    break;
                }
                // "from" names where someone lives only before a comma, a full stop or
                // "and": "Jo Hart, 32, from Lifford and ...", or after a person before the
                // court's verb: "a woman from Kelby Beach was charged".
                let year_old = k >= 3 && doc.is(k - 1, "old") && doc.is(k - 2, "-");
                let person_from = k > 0
                    && (is_any(doc, k - 1, &PEOPLE_BEFORE_FROM) || year_old)
                    && is_any(doc, end, &["was", "were", "is", "has", "had"]);
                if doc.tok(k) == "from" && !matches!(next, "," | "." | "and" | "") && !person_from {
                    break;
                }
                names.push((i, end));
                end
            };
            if last_and {
                break;
            }
            if doc.is(end, "and") || doc.is(end, "or") {
                last_and = true;
                i = end + 1;
            } else if doc.is(end, ",") && doc.tok(k) != "from" {
                commas = true;
                i = end + 1;
            } else {
                break;
            }
        }
        // A list with commas is one only when it ends "and <Name>": "in Kelby, Jo Hart
        // said" is a place and then a person.
        let take = if commas && !last_and {
            names.len().min(1)
        } else {
            names.len()
        };
        for &(a, e) in names.iter().take(take) {
            let name = doc.slice(span_of(doc, a, e)).to_string();
            r.add(a, e, name, PlaceKind::Other, "in <Name>");
        }
    }
}

/// `in Aroha Bay, Kowhai, Hastings and Dunedin`: a list of names after a preposition of
/// which at least two are known places is a list of places.
fn lists_of_places(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 0..n {
        if !["in", "at", "across", "from", "including"]
            .iter()
            .any(|w| doc.tok(k) == *w)
        {
            continue;
        }
        // The members: names joined by commas, the last after "and" or "or".
        let member = |i: usize| -> Option<(usize, usize, bool)> {
            if let Some((e, _)) = r.starts.get(i).copied().flatten() {
                return Some((i, e, true));
            }
            let e = context_name(r, i).filter(|&e| could_be_place(r, i, e))?;
            Some((i, e, false))
        };
        let mut members: Vec<(usize, usize, bool)> = Vec::new();
        let mut i = k + 1;
        while members.len() < 16 {
            let Some(m) = member(i) else { break };
            members.push(m);
            let end = m.1;
            let and = |j: usize| doc.is(j, "and") || doc.is(j, "or");
            let last = if doc.is(end, ",") && and(end + 1) {
                end + 2
            } else if and(end) {
                end + 1
            } else if doc.is(end, ",") {
                i = end + 1;
                continue;
            } else {
                break;
            };
            members.extend(member(last));
            break;
        }
        let known = members.iter().filter(|m| m.2).count();
        if members.len() < 3 || known < 2 {
            continue;
        }
        for (a, b, known) in members {
            if !known && r.free(a, b) {
                let name = doc.slice(span_of(doc, a, b)).to_string();
                r.add(a, b, name, PlaceKind::Other, "a list of places");
            }
        }
    }
}

/// `Coquitlam, B.C.`, `Kelowna, Alta.`: a Canadian province after a town, written as the
/// text writes it, and the town before it.
fn province_after_city(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 2..n {
        if doc.tok(k - 1) != "," || !is_cap(doc, k - 2) || r.blocked[k] || r.covered[k] {
            continue;
        }
        let Some(&(abbr, _)) = PROVINCES.iter().find(|(abbr, _)| {
            let words = abbr.matches('.').count() * 2;
            k + words <= n && doc.slice(span_of(doc, k, k + words)) == *abbr
        }) else {
            continue;
        };
        let end = k + abbr.matches('.').count() * 2;
        // The province may be read already (`dotted_abbreviations`); its town is still read.
        let read = r
            .starts
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|p| p.0 == end);
        if !read && !r.free(k, end) {
            continue;
        }
        if !read {
            r.add(
                k,
                end,
                abbr.to_string(),
                PlaceKind::Region,
                "<town>, <province>",
            );
        }
        let mut a = k - 2;
        while a > 0 && is_cap(doc, a - 1) && !doc.tokens[a].line_before && a + 3 > k - 2 {
            a -= 1;
        }
        if r.free(a, k - 1) && could_be_place(r, a, k - 1) {
            let name = doc.slice(span_of(doc, a, k - 1)).to_string();
            r.add(a, k - 1, name, PlaceKind::City, "<town>, <province>");
        }
    }
}

/// `in the U.S.`, `a B.C. man`, `officers in B.C.`: a country or province written in dotted
/// initials, in lower-case context. Before a capitalised word it is an adjective of a body
/// ("U.S. Attorney", "B.C. Supreme Court") and after a number a year ("300 B.C."), so
/// neither is read; nor is one letter of it read as a town of its own ("in B.C." is no "B").
fn dotted_abbreviations(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    for k in 0..n {
        if !is_cap(doc, k) || doc.tok(k).chars().count() != 1 {
            continue;
        }
        let Some(&(abbr, key)) = DOTTED_PLACES.iter().find(|(abbr, _)| {
            let words = abbr.matches('.').count() * 2;
            k + words <= n && doc.slice(span_of(doc, k, k + words)) == *abbr
        }) else {
            continue;
        };
        let end = k + abbr.matches('.').count() * 2;
        let number_before = k > 0 && doc.tokens[k - 1].kind == TokenKind::Number;
        let glued_before = k > 0 && doc.glued(k) && doc.tokens[k - 1].kind == TokenKind::Word;
        let cap_after = is_cap(doc, end) && !doc.tokens[end].line_before;
        // "U.S.-based" is an adjective; "in B.C., officers" ends a phrase.
        let glued_after = doc.glued(end)
            && doc.tokens.get(end).is_some()
            && !matches!(doc.tok(end), "," | ";" | ":" | ")" | "." | "’" | "'");
        if number_before || glued_before || cap_after || glued_after || !r.free(k, end) {
            continue;
        }
        // "MAPLE RIDGE, B.C." is read with its town (`province_after_city`).
        if k >= 2 && doc.tok(k - 1) == "," && is_cap(doc, k - 2) {
            continue;
        }
        let name = abbr.to_string();
        let key = if key.is_empty() {
            place_key(abbr)
        } else {
            name_key(key)
        };
        let kind = if key == "us" || key == "uk" {
            PlaceKind::Country
        } else {
            PlaceKind::Region
        };
        r.add_keyed(k, end, name, kind, "<dotted country or province>", key);
    }
}

/// Countries and provinces written in dotted capitals, with the key of the name they are
/// also written as (empty: their own).
static DOTTED_PLACES: Pairs = pairs![
    ("U.S.", "US"),
    ("U.K.", "UK"),
    ("B.C.", ""),
    ("N.S.", ""),
    ("N.B.", ""),
    ("P.E.I.", ""),
];

/// Canadian provinces as news style abbreviates them.
static PROVINCES: Pairs = pairs![
    ("B.C.", "British Columbia"),
    ("Ont.", "Ontario"),
    ("Alta.", "Alberta"),
    ("Que.", "Quebec"),
    ("Man.", "Manitoba"),
    ("Sask.", "Saskatchewan"),
    ("N.S.", "Nova Scotia"),
    ("N.B.", "New Brunswick"),
    ("P.E.I.", "Prince Edward Island"),
    ("Nfld.", "Newfoundland"),
];

/// `Northvale: 35 firearms handed in` on a line of its own, three lines or more, two of
/// them known places: a table of figures by area, whose other areas are places too.
fn area_tables(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let mut rows: Vec<(usize, usize, bool)> = Vec::new();
    for k in 0..n {
        if !(k == 0 || doc.tokens[k].line_before) || !is_cap(doc, k) {
            continue;
        }
        let known = r.starts.get(k).copied().flatten().map(|(e, _)| e);
        let end = known.or_else(|| {
            let mut e = k;
            while e < n && e < k + 4 && is_cap(doc, e) && (e == k || !doc.tokens[e].line_before) {
                e = word_end(doc, e);
                if doc.is(e, "of") && is_cap(doc, e + 1) {
                    e += 1;
                }
            }
            (e > k).then_some(e)
        });
        let Some(end) = end else { continue };
        let number_next = doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number && !t.line_before);
        if doc.is(end, ":") && number_next {
            rows.push((k, end, known.is_some()));
        }
    }
    if rows.len() < 3 || rows.iter().filter(|x| x.2).count() < 2 {
        return;
    }
    for (a, b, known) in rows {
        if !known && r.free(a, b) && could_be_place(r, a, b) {
            let name = doc.slice(span_of(doc, a, b)).to_string();
            r.add(a, b, name, PlaceKind::Region, "<area>: <figure>");
        }
    }
}

/// Words for people and homes that a place may stand before: "a Westvale man", "the
/// Kowhai Bay woman", "a Penrose property".
static PEOPLE_OF_A_PLACE: WordList = words![
    "man",
    "woman",
    "men",
    "women",
    "teenager",
    "teen",
    "boy",
    "girl",
    "youth",
    "resident",
    "residents",
    "native",
    "couple",
    "pensioner",
    "father",
    "mother",
    "motorist",
    "driver",
    "property",
    "home",
    "family",
];

/// `Jo Hart, 24, of Westvale,`, `Jo Hart, 24, from St Ives were` (where a defendant
/// lives) and `a Kowhai Bay man`, `the
/// Penrose native`: a name the text gives as a person's home. A demonym ("a Polish man"),
/// a title, a body or a surname of the text is not one.
fn home_of_a_person(r: &mut Reader) {
    let doc = r.doc;
    let n = doc.tokens.len();
    let surnames = surnames(r);
    for k in 1..n {
        // ", 24, of Westvale".
        let of_home = (doc.is(k, "of") || doc.is(k, "from"))
            && k >= 3
            && doc.is(k - 1, ",")
            && doc.tokens[k - 2].kind == TokenKind::Number
            && doc.is(k - 3, ",");
        // "a Westvale man": an article, then the name, then a word for a person.
        let article = doc.is(k - 1, "a") || doc.is(k - 1, "an") || doc.is(k - 1, "A");
        let i = if of_home { k + 1 } else { k };
        if !(of_home || article) || i >= n || r.covered[i] || r.blocked[i] || !is_cap(doc, i) {
            continue;
        }
        let end = if of_home {
            match context_name(r, i) {
                // "from Jo Hart's gang": a person's, not a place.
                Some(e) if !is_apostrophe(doc, e) => e,
                _ => continue,
            }
        } else {
            let mut e = i;
            while e < n && e < i + 3 && is_cap(doc, e) && (e == i || !doc.tokens[e].line_before) {
                e = word_end(doc, e);
            }
            if !is_any(doc, e, &PEOPLE_OF_A_PLACE) || doc.glued(e) {
                continue;
            }
            e
        };
        let demonym = (i..end).any(|j| {
            let w = doc.tok(j);
            ["ian", "ish", "ese", "ean"]
                .iter()
                .any(|s| w.len() > 3 && w.ends_with(s))
                || is_any(doc, j, &NOT_HOME_WORDS)
        });
        let surname = end == i + 1 && surnames.binary_search(&doc.tok(i)).is_ok();
        if demonym
            || surname
            || !r.free(i, end)
            || !could_be_place(r, i, end)
            || (i..end).any(|j| is_all_caps(doc, j) && doc.tok(j).len() > 1)
        {
            continue;
        }
        let name = doc.slice(span_of(doc, i, end)).to_string();
        r.add(
            i,
            end,
            name,
            PlaceKind::Other,
            "a <Name> man, <age>, of <Name>",
        );
    }
}

/// Capitalised words before "man" or "woman" that say who, not where: "a Black man", "a
/// Muslim woman", "a Dutch national".
static NOT_HOME_WORDS: WordList = words![
    "Black",
    "White",
    "Asian",
    "Muslim",
    "Jewish",
    "Sikh",
    "Hindu",
    "Christian",
    "Catholic",
    "Protestant",
    "Dutch",
    "French",
    "Greek",
    "Thai",
    "Swiss",
    "Welsh",
    "Irish",
    "Scots",
    "Afghan",
    "Iraqi",
    "Kurdish",
    "Chinese",
    "Vietnamese",
    "Albanian",
    "Romanian",
    "Somali",
    "Pakistani",
    "Bangladeshi",
    "Israeli",
    "Nepali",
    "Saudi",
    "Kuwaiti",
    "Yemeni",
    "Qatari",
    "Local",
    "Young",
    "Old",
    "Second",
    "Third",
    "First",
    "Fourth",
    "Fifth",
    "Good",
    "Vulnerable",
    "Innocent",
    "Unnamed",
    "Unknown",
    "Former",
    "Retired",
    "Serving",
    "Disabled",
];
