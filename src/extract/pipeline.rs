//! The ordered recognisers and the refiners that finish their work.
//!
//! The order matters: contacts, dates and names run first and *claim* their spans, so the
//! figure rules that come later never read a phone number, a year or the "42" of
//! "Operation 42" as a quantity. People run before quotes, which attach to them.

use super::checks;
use super::facts::{contact, date, figure, operation, organisation, person, place};
use super::model::{Diagnostic, DiagnosticKind, Extraction, Span};
use super::text::{CharMap, Doc};
use super::Options;
use crate::extract::sorting;

/// The shared state the recognisers read and fill, in byte offsets.
pub struct Context<'a> {
    pub doc: Doc<'a>,
    pub options: &'a Options,
    pub out: Extraction,
    /// What the publication date and the dates in the text say about time.
    pub timeline: date::Timeline,
    /// Byte spans already explained as something other than a quantity.
    pub claimed: Vec<Span>,
}

impl Context<'_> {
    /// Marks a byte span as taken, so that later rules do not read it as a figure.
    pub fn claim(&mut self, span: Span) {
        self.claimed.push(span);
    }

    /// Whether any part of `span` was claimed by an earlier rule. This scans: a rule that
    /// asks about many spans takes a sorted snapshot with [`Context::claims`] instead.
    pub fn is_claimed(&self, span: Span) -> bool {
        self.claimed.iter().any(|c| c.overlaps(span))
    }

    /// The claims so far, sorted, so that each question costs a binary search.
    pub fn claims(&self) -> Claims {
        Claims::new(&self.claimed)
    }
}

/// A sorted snapshot of the claimed spans (see [`Context::claims`]).
pub struct Claims {
    /// Claimed spans by start.
    spans: Vec<Span>,
    /// The largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl Claims {
    fn new(claimed: &[Span]) -> Claims {
        let mut spans = claimed.to_vec();
        sorting::sort(&mut spans);
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.end);
            max_end.push(m);
        }
        Claims { spans, max_end }
    }

    /// Whether any claimed span shares a position with `x`, as `Context::is_claimed` says.
    pub fn overlaps(&self, x: Span) -> bool {
        let n = self.spans.partition_point(|s| s.start < x.end);
        n > 0 && self.max_end.get(n - 1).is_some_and(|&e| e > x.start)
    }
}

pub fn run(text: &str, options: &Options) -> Extraction {
    match prepare(text, options) {
        Ok(mut cx) => {
            figure::find(&mut cx);
            cx.out.checks = checks::find(&cx.doc, &cx.out.figures);
            finish(cx)
        }
        Err(out) => *out,
    }
}

/// What became of every number in the text (see [`figure::explain`]), with spans in code
/// points.
pub fn explain(text: &str, options: &Options) -> Vec<figure::Explained> {
    let Ok(cx) = prepare(text, options) else {
        return Vec::new();
    };
    let mut notes = figure::explain(&cx);
    let map = CharMap::new(text);
    for n in &mut notes {
        n.text = text.get(n.span.start..n.span.end).unwrap_or("").to_string();
        n.span = Span::new(map.to_char(n.span.start), map.to_char(n.span.end));
    }
    notes
}

/// Runs every recogniser that the figures depend on; an empty text gives its diagnostic.
fn prepare<'a>(text: &'a str, options: &'a Options) -> Result<Context<'a>, Box<Extraction>> {
    if text.trim().is_empty() {
        let mut out = Extraction::default();
        out.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::Empty,
            message: "The text is empty: paste a press release to see its facts.".into(),
            span: None,
        });
        return Err(Box::new(out));
    }
    let doc = Doc::new(text);
    let mut cx = Context {
        doc,
        options,
        out: Extraction::default(),
        timeline: date::Timeline::default(),
        claimed: Vec::new(),
    };
    cx.timeline = date::read_timeline(&cx.doc, options);
    cx.claimed.extend(cx.timeline.claimed.iter().copied());
    cx.out.published = cx.timeline.published_iso();
    cx.out.published_certainty = cx.timeline.published_certainty;

    contact::find(&mut cx);
    operation::find(&mut cx);
    organisation::find(&mut cx);
    place::find(&mut cx);
    person::find(&mut cx);
    cx.out.period = date::document_period(&cx);
    Ok(cx)
}

/// Converts byte spans to code points and fills every `text` from its span, so that the
/// provenance invariant (a fact's text is its slice of the input) holds by construction.
fn finish(cx: Context) -> Extraction {
    let text = cx.doc.text;
    let mut out = cx.out;
    let fill = |span: Span| text.get(span.start..span.end).unwrap_or("").to_string();
    for o in &mut out.operations {
        o.source.text = fill(o.source.span);
    }
    if let Some(p) = &mut out.period {
        p.source.text = fill(p.source.span);
    }
    for f in &mut out.figures {
        f.source.text = fill(f.source.span);
    }
    for p in &mut out.people {
        p.source.text = fill(p.source.span);
        for q in &mut p.quotes {
            q.text = fill(q.span);
        }
    }
    for p in &mut out.places {
        p.source.text = fill(p.source.span);
    }
    for o in &mut out.organisations {
        o.source.text = fill(o.source.span);
    }
    for c in &mut out.contacts {
        c.source.text = fill(c.source.span);
    }
    for c in &mut out.checks {
        c.claim.text = fill(c.claim.span);
    }
    let map = CharMap::new(text);
    out.for_each_span_mut(|s| {
        s.start = map.to_char(s.start);
        s.end = map.to_char(s.end);
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_claims_answer_as_the_scan_does() {
        let claimed = [
            Span::new(40, 44),
            Span::new(2, 30),
            Span::new(5, 8),
            Span::new(50, 50),
        ];
        let claims = Claims::new(&claimed);
        for start in 0..60 {
            for end in start..62 {
                let x = Span::new(start, end);
                let scan = claimed.iter().any(|c| c.overlaps(x));
                assert_eq!(claims.overlaps(x), scan, "{x:?}");
            }
        }
    }
}
