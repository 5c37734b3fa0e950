//! The named rejections: why a number in the text is no figure, each with an example and
//! a reason in plain words that `blotter extract --explain` (and later the page) shows.

/// One reason a number is turned down.
#[derive(Debug, PartialEq, Eq)]
pub struct Rejection {
    /// The rule's short name, as `--explain` prints it.
    pub name: &'static str,
    /// A phrase the rule turns down (the number in it is no figure).
    pub example: &'static str,
    /// The reason, in words for a reader.
    pub reason: &'static str,
}

macro_rules! rejections {
    ($($id:ident: $name:literal, $example:literal, $reason:literal;)*) => {
        $(pub static $id: Rejection = Rejection { name: $name, example: $example, reason: $reason };)*
        /// Every rejection, for the tests and the documentation.
        pub static ALL: &[&Rejection] = &[$(&$id),*];
    };
}

rejections! {
    DATE: "date", "on 21 November", "it is part of a date";
    YEAR: "year", "since 2019", "it is a year";
    TIME: "time", "at 6pm", "it is a time of day";
    DURATION: "duration", "over the past six months", "it is a length of time, not a count";
    AGE: "age", "a man, 34, was arrested", "it is someone's age";
    PHONE: "phone", "call 0800 555 111", "it is part of a phone number";
    CONTACT: "contact", "visit www.example.org/2024", "it is part of a web address, handle or email";
    REFERENCE: "reference", "quoting crime reference 12/3456", "it is a reference number, code or postcode";
    ADDRESS: "address", "42 Hadley Road", "it is a house number in an address";
    NAME: "name", "Operation 42", "it is part of a name";
    CALIBRE: "calibre", "a 9mm pistol", "it is a calibre or a measurement, not a count";
    SPEED: "speed", "doing 90mph", "it is a speed";
    MEASURE: "measure", "a 6ft fence", "it is a measurement written with its unit";
    RANGE: "range", "between 20 and 30 people", "it is one end of a range";
    DESCRIBES: "describes", "a 12-month plan", "it describes something (a length, a size, a team) rather than counting results";
    MANNER: "manner", "100% anonymous", "it is a manner of speaking, not a statistic";
    NO_NOUN: "no_noun", "there were 12", "nothing near it says what it counts";
    NOT_COUNTED: "not_counted", "the 32 boroughs", "what it counts is no seizure, outcome, activity or crime";
    NOT_PLAIN: "not_plain", "0.0000001 kg", "it is too long or too small to be a number a reader means";
}

/// The rejection for a number written with a glued unit that is not a quantity's unit:
/// "9mm", "90mph", "6ft".
pub fn for_glued_unit(unit: &str) -> &'static Rejection {
    let u = unit.to_ascii_lowercase();
    if matches!(
        u.as_str(),
        "mm" | "cal" | "calibre" | "caliber" | "gauge" | "bore"
    ) {
        &CALIBRE
    } else if matches!(u.as_str(), "mph" | "kph" | "kmh" | "km/h") {
        &SPEED
    } else if matches!(u.as_str(), "am" | "pm" | "hrs" | "h") {
        &TIME
    } else if u == "s" {
        // "in his 20s".
        &AGE
    } else if matches!(u.as_str(), "st" | "nd" | "rd" | "th") {
        &DATE
    } else {
        &MEASURE
    }
}
