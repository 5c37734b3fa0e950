//! Recognises people (ranked officers, titled officials, named speakers and suspects) and
//! ties each quoted passage to the person who says it.
//!
//! Three steps: `mention` finds every place a person is named, with rank and role;
//! `mention::group` joins the mentions of one person ("Commander Jane Connors", "Cdr
//! Connors", "Connors said", "the Commander said"); `quote` finds quoted passages and
//! attaches each to its speaker.
//!
//! Invariants and choices:
//! - A name without a rank or honorific is a person only where the context says so: a
//!   speech verb next to it, an age after it, a court verb ("was charged"), "named as".
//!   Such a name may not overlap an organisation or place found earlier in the pipeline.
//! - A quote goes to the speaker its own sentence names (before or after it); a quote that
//!   opens a paragraph with no speaker of its own goes to the last speaker, where reported
//!   speech ("Insp Lee said the town was calm.") also counts. Unnamed speakers ("a
//!   spokesperson said", "The force stated:") keep their quotes out of the output.
//! - Quote spans cover the words inside the marks, so each starts at the first word.
//! - Quoted passages are not claimed: figures inside quotes are real figures. Only a name
//!   with digits would be claimed, and the name rules take none today.
//! - Every step is linear in the text: word tables are sorted once, mentions are looked up
//!   by binary search, and people are joined through an index by name word.

mod lexicon;
mod mention;
mod name;
mod quote;
#[cfg(test)]
mod tests;

use crate::extract::model::Span;
use crate::extract::pipeline::Context;
use crate::extract::text::TokenKind;

pub fn find(cx: &mut Context) {
    let doc = &cx.doc;
    let blocked: Vec<Span> = cx
        .out
        .organisations
        .iter()
        .map(|o| o.source.span)
        .chain(cx.out.places.iter().map(|p| p.source.span))
        .collect();
    let mut mentions = mention::find_mentions(doc, &mention::Blocked::new(blocked));
    mention::surname_mentions(doc, &mut mentions);
    mention::rank_mentions(doc, &mut mentions);
    let (groups, of) = mention::group(doc, &mentions);
    let quotes = quote::attach(doc, &mentions, &of, groups.len());
    let mut claims = Vec::new();
    for (g, qs) in groups.iter().zip(quotes) {
        let mut p = mention::person(doc, g, &mentions);
        if p.name.is_empty() {
            continue;
        }
        p.quotes = qs;
        // Names with digits are rare, but their digits are no quantity.
        for k in &g.mentions {
            if let Some(m) = mentions.get(*k) {
                let toks = doc.tokens_in(&(m.span.start..m.span.end));
                if toks
                    .clone()
                    .any(|i| doc.tokens[i].kind == TokenKind::Number)
                {
                    claims.push(m.span);
                }
            }
        }
        cx.out.people.push(p);
    }
    for c in claims {
        cx.claim(c);
    }
}
