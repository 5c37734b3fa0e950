//! The work kept across reloads: the text and the date, as one JSON value in storage.
//!
//! The UI reads and writes the browser's storage; this module only says what the stored
//! value looks like and how a damaged one is recognised, so both are tested natively.

use serde::{Deserialize, Serialize};

use crate::extract::Correction;

/// The storage key of the kept work.
pub const KEPT_KEY: &str = "blotter.work";
/// The storage key of the theme the reader chose (`light` or `dark`).
pub const THEME_KEY: &str = "blotter.theme";

/// What survives a reload, stored as `{"text":"…","date":"…"}` (serde_json on one line),
/// the date left out when there is none, and the reader's corrections when there are
/// some. Every build has kept it in this form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub text: String,
    /// The publication date typed into the date field, `YYYY-MM-DD`, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The reader's corrections to the facts of this text (`extract::review`), left out
    /// when there are none, so a value without them is the form older builds kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Whether the reader marked the release reviewed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reviewed: bool,
}

impl Kept {
    pub fn to_json(&self) -> String {
        // Two string fields always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored value. A value that is not what this page wrote (damaged by hand,
    /// by an extension, or by an older version) is an error with a message for the page.
    /// Fields this version does not know are ignored.
    pub fn parse(stored: &str) -> Result<Kept, String> {
        let kept: Kept = serde_json::from_str(stored).map_err(|_| {
            "The text kept from your last visit could not be read, so the sample release \
             is shown instead."
                .to_string()
        })?;
        Ok(Kept {
            date: kept.date.filter(|d| super::input::is_iso_date(d)),
            ..kept
        })
    }
}

/// The message shown when the browser refuses to keep the text (storage full or off).
pub fn not_kept_message(text_len: usize) -> String {
    let size = super::view::format_number(text_len as f64);
    format!(
        "This browser would not keep the text ({size} characters): storage is full or \
         turned off. Your text stays in the box, but will not survive a reload."
    )
}
