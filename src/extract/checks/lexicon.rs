//! The words the checks read: hedges, rise and fall words, fractions and multiples, the
//! phrases that say parts make a total, and the items that name several categories.

use super::Hedge;
use crate::extract::lexicon::{words, WordList};
use crate::extract::model::Category;

/// Words before a value that bound it, longest first so "just over" wins over "over".
pub static HEDGES: &[(&[&str], Hedge)] = &[
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["more", "than"], Hedge::MoreThan),
    (&["well", "over"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    (&["at", "least"], Hedge::MoreThan),
    (&["just", "under"], Hedge::Almost),
    (&["close", "to"], Hedge::Almost),
    (&["up", "to"], Hedge::UpTo),
    (&["fewer", "than"], Hedge::UpTo),
    (&["less", "than"], Hedge::UpTo),
    (&["over"], Hedge::MoreThan),
    (&["almost"], Hedge::Almost),
    (&["nearly"], Hedge::Almost),
    (&["about"], Hedge::About),
    (&["around"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["some"], Hedge::About),
    (&["under"], Hedge::UpTo),
];

/// The single words of `HEDGES`, for the span of a claim.
pub static HEDGE_WORDS: WordList = words![
    "more",
    "than",
    "over",
    "almost",
    "nearly",
    "about",
    "around",
    "approximately",
    "roughly",
    "under",
    "just",
    "least",
];

/// Scale words that show a value was rounded when written ("1.2 million").
pub static SCALES: WordList = words!["million", "billion", "thousand", "m", "bn", "k"];

/// Words that end a clause, past which a direction word speaks of something else.
pub static CLAUSE_BREAKS: WordList = words![
    ";",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "despite",
    "meanwhile",
];

/// Words that say a value went up.
pub static RISES: WordList = words![
    "increase",
    "increased",
    "increases",
    "increasing",
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "up",
    "grew",
    "grown",
    "growth",
    "climbed",
    "jumped",
    "jump",
    "surge",
    "surged",
];

/// Words that say a value went down.
pub static FALLS: WordList = words![
    "decrease",
    "decreased",
    "decreases",
    "decreasing",
    "reduction",
    "reductions",
    "reduced",
    "fall",
    "falls",
    "fell",
    "fallen",
    "falling",
    "down",
    "drop",
    "dropped",
    "dropping",
    "decline",
    "declined",
    "declining",
    "dip",
    "dipped",
];

/// Words after a fraction or a change that say which way it went ("a third fewer").
pub static COMPARATIVES: WordList =
    words!["fewer", "less", "lower", "more", "higher", "up", "down"];

/// Multiples as verbs: the word, new ÷ old, and how the working names it.
pub static MULTIPLES: &[(&str, f64, &str)] = &[
    ("doubled", 2.0, "double"),
    ("trebled", 3.0, "treble"),
    ("tripled", 3.0, "treble"),
    ("quadrupled", 4.0, "four times"),
    ("halved", 0.5, "half"),
];

/// Fractions in words: the words, the fraction, and how the working names it.
pub static FRACTIONS: &[(&[&str], f64, &str)] = &[
    (&["two", "thirds"], 2.0 / 3.0, "two thirds"),
    (&["three", "quarters"], 0.75, "three quarters"),
    (&["a", "third"], 1.0 / 3.0, "a third"),
    (&["one", "third"], 1.0 / 3.0, "a third"),
    (&["a", "quarter"], 0.25, "a quarter"),
    (&["one", "quarter"], 0.25, "a quarter"),
    (&["a", "fifth"], 0.2, "a fifth"),
    (&["one", "fifth"], 0.2, "a fifth"),
    (&["a", "tenth"], 0.1, "a tenth"),
    (&["half"], 0.5, "half"),
];

/// Phrases after a total that say its parts make it up exactly.
pub static MADE_UP_OF: &[&[&str]] = &[
    &["made", "up", "of"],
    &["comprised", "of"],
    &["consisting", "of"],
    &["comprising"],
    &["broken", "down", "into"],
];

/// Number words, so a list with a part left unread is not called short of its total.
pub static NUMBER_WORDS: WordList = words![
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozen", "several", "some", "few",
];

/// Words of a total's item that name more categories than its own: "knives and weapons".
pub static ITEM_CATEGORIES: &[(&str, &[Category])] = &[
    ("knives", &[Category::Knife]),
    ("blades", &[Category::Knife]),
    ("weapons", &[Category::Knife, Category::OffensiveWeapon]),
    ("firearms", &[Category::Firearm]),
    ("guns", &[Category::Firearm]),
];
