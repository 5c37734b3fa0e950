//! Contacts: phone numbers, social-media handles, web and email addresses; and the
//! reference numbers, postcodes and the like that are claimed so figures never read them.
//!
//! Contacts run first in the pipeline. Every span found here is claimed, whether it
//! becomes a contact or not.

mod lexicon;
mod phone;
mod reference;
mod web;

#[cfg(test)]
mod tests;

use crate::extract::model::{Contact, ContactKind, Source, Span};
use crate::extract::pipeline::Context;
use crate::extract::sorting;

/// One contact candidate before duplicates are merged.
struct Found {
    span: Span,
    kind: ContactKind,
    rule: &'static str,
}

pub fn find(cx: &mut Context) {
    let text = cx.doc.text;
    let mut found = web::find(text);
    let taken: Vec<Span> = found.iter().map(|f| f.span).collect();
    found.extend(phone::find(&cx.doc, &taken));
    sorting::sort_by_key(&mut found, |f| (f.span.start, f.span.end));

    for f in &found {
        cx.claim(f.span);
        let value = cx.doc.slice(f.span).to_string();
        let key = contact_key(f.kind, &value);
        let existing = cx
            .out
            .contacts
            .iter_mut()
            .find(|c| contact_key(c.kind, &c.value) == key);
        match existing {
            Some(c) => c.source.mentions.push(f.span),
            None => cx.out.contacts.push(Contact {
                kind: f.kind,
                value,
                source: Source::new(f.span, f.rule),
            }),
        }
    }
    for span in reference::claims(&cx.doc) {
        cx.claim(span);
    }
}

/// Two contacts are the same when their digits (phones) or lower-cased values agree.
fn contact_key(kind: ContactKind, value: &str) -> String {
    match kind {
        ContactKind::Phone => value.chars().filter(char::is_ascii_digit).collect(),
        _ => {
            let v = str::to_lowercase(value);
            let v = v.trim_end_matches('/');
            let v = v
                .strip_prefix("https://")
                .or_else(|| v.strip_prefix("http://"))
                .unwrap_or(v);
            v.strip_prefix("www.").unwrap_or(v).to_string()
        }
    }
}
