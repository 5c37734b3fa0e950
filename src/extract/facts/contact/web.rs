//! Web addresses, email addresses and social-media handles, read straight from the text.

use super::lexicon::TOP_LEVEL_DOMAINS;
use super::Found;
use crate::extract::model::{ContactKind, Span};

/// Every web address, email address and handle in the text, in order.
pub(super) fn find(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let boundary = i == 0 || !is_address_byte(bytes[i - 1]);
        if boundary && b == b'@' {
            if let Some(end) = handle_end(bytes, i) {
                out.push(Found {
                    span: Span::new(i, end),
                    kind: ContactKind::Handle,
                    rule: "@handle",
                });
                i = end;
                continue;
            }
        }
        if boundary && b.is_ascii_alphanumeric() {
            let run_end = run_end(bytes, i);
            if let Some(found) = address(text, i, run_end) {
                i = found.span.end.max(i + 1);
                out.push(found);
                continue;
            }
            i = run_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// Bytes that may appear inside an address or a handle.
fn is_address_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'@' | b'/' | b'%' | b'+')
}

/// The end of a run of characters that could form an address: no white space, no quote
/// marks, no angle brackets.
fn run_end(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_whitespace() || b >= 0x80 || matches!(b, b'"' | b'<' | b'>' | b'\'' | b'|') {
            break;
        }
        end += 1;
    }
    end
}

/// A handle: `@MetCC`, `@BTP`, `@TVP_Oxford` (letters, digits, underscores).
fn handle_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = at + 1;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_') {
        end += 1;
    }
    let len = end - at - 1;
    let has_letter = bytes[at + 1..end].iter().any(u8::is_ascii_alphabetic);
    ((2..=30).contains(&len) && has_letter).then_some(end)
}

/// An email or web address in `text[start..run_end]`, trimmed of closing punctuation.
fn address(text: &str, start: usize, run_end: usize) -> Option<Found> {
    let raw = text.get(start..run_end)?;
    // Every address has an `@` or a dot, and most words have neither.
    if !raw.bytes().any(|b| b == b'.' || b == b'@') {
        return None;
    }
    let trimmed = trim_closing(raw);
    if trimmed.is_empty() || !trimmed.bytes().any(|b| b == b'.' || b == b'@') {
        return None;
    }
    let end = start + trimmed.len();
    let span = Span::new(start, end);
    if let Some(at) = trimmed.find('@') {
        let (local, domain) = (&trimmed[..at], &trimmed[at + 1..]);
        if !local.is_empty() && !local.contains('/') && is_domain(domain) {
            return Some(Found {
                span,
                kind: ContactKind::Email,
                rule: "name@domain",
            });
        }
        return None;
    }
    let lower = trimmed.to_ascii_lowercase();
    let (rest, rule) = if let Some(r) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
    {
        (r, "http address")
    } else if lower.starts_with("www.") {
        (lower.as_str(), "www address")
    } else {
        (lower.as_str(), "domain.tld/path")
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if is_domain(host) || (rule != "domain.tld/path" && host.contains('.')) {
        return Some(Found {
            span,
            kind: ContactKind::Url,
            rule,
        });
    }
    None
}

/// Whether `host` looks like a domain name with a known top-level domain:
/// `met.police.uk`, `crimestoppers-uk.org`.
fn is_domain(host: &str) -> bool {
    let (Some((first, _)), Some((_, tld))) = (host.split_once('.'), host.rsplit_once('.')) else {
        return false;
    };
    let ok_labels = host.split('.').all(|l| {
        !l.is_empty()
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
    });
    ok_labels
        && first.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && TOP_LEVEL_DOMAINS.contains(&tld)
}

/// Drops the punctuation that closes a sentence or a bracket after an address.
fn trim_closing(s: &str) -> &str {
    let mut s = s;
    loop {
        let before = s.len();
        s = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', ']', '*']);
        if s.ends_with(')') && s.matches('(').count() < s.matches(')').count() {
            s = &s[..s.len() - 1];
        }
        if s.len() == before {
            return s;
        }
    }
}
