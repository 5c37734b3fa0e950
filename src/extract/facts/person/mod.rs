//! Recognises people (ranked officers, titled officials, named speakers and suspects) and
//! ties each quoted passage to the person who says it.
//!
//! Three steps: `mention` finds every place a person is named, with rank and role;
//! `mention::group` joins the mentions of one person ("Commander Jane Connors", "Cdr
//! Connors"); `quote` finds quoted passages and attaches each to its speaker.

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
    let mut mentions = mention::find_mentions(doc, &blocked);
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
