//! Why a fact was read, in plain words, from the name of the rule that read it.
//!
//! Rule names are written as patterns (`<n> <item>`, `Operation <Name>`, `<name> said:
//! "..."`); the page never shows them as they are. `reason` reads a pattern a piece at a
//! time: each `<placeholder>` becomes words ("a number", "a police rank"), each literal
//! word is quoted, and alternatives (`Road|Street|...`) are listed. The few rules whose
//! names are not patterns have words of their own (`OWN_WORDS`).

/// Rules whose names say what they know rather than what the text looks like.
const OWN_WORDS: [(&str, &str); 7] = [
    ("known place", "a place name Blotter knows"),
    (
        "known force or agency",
        "the name of a police force or agency Blotter knows",
    ),
    (
        "<n> like its neighbour",
        "a number listed beside counts of the same kind",
    ),
    (
        "\"...\" (same speaker)",
        "a quote that follows one by the same speaker",
    ),
    (
        "the capital (London)",
        "\u{201C}the capital\u{201D}, meaning London",
    ),
    ("the A406", "a road's number"),
    (
        "<name> ... <surname>, <age>,",
        "a full name whose surname comes back later with an age or a court\u{2019}s verb",
    ),
];

/// Placeholders and what they stand for.
const PLACEHOLDERS: [(&str, &str); 42] = [
    ("n", "a number"),
    ("qty", "a number"),
    ("item", "an item"),
    ("money", "a sum of money"),
    ("weight", "a weight"),
    ("name", "a name"),
    ("capitalised name", "a capitalised name"),
    ("surname", "a surname"),
    ("honorific", "a title such as Mr or Dr"),
    ("rank", "a police rank"),
    ("age", "an age"),
    ("person", "a person"),
    ("people", "people"),
    ("outcome", "an outcome such as \u{201C}charged\u{201D}"),
    ("change", "a rise or fall"),
    ("label", "a label"),
    ("drug", "a drug"),
    ("date", "a date"),
    ("day", "a day"),
    ("weekday", "a weekday"),
    ("end", "an end date"),
    ("area", "an area code"),
    ("number", "a phone number"),
    ("country", "a country code"),
    ("service number", "a service number such as 101"),
    ("city", "a town or city"),
    ("town", "a town"),
    ("state", "a state"),
    ("state abbreviation", "a state's short name"),
    ("compass", "a compass point"),
    ("street", "a street"),
    ("neighbourhood", "a neighbourhood"),
    ("place", "a place"),
    ("irish county", "an Irish county"),
    // The checks' rules (`extract::checks`).
    ("a", "one value"),
    ("b", "another value"),
    ("difference", "a difference"),
    ("percent", "a percentage"),
    ("fraction", "a fraction such as \u{201C}a third\u{201D}"),
    ("total", "a total"),
    ("parts", "its parts"),
    ("qualified total", "a rounded or qualified total"),
];

/// What the rule named `rule` looked for, in words: `<n> <item>` gives "a number, then
/// an item"; `Operation <Name>` gives "“Operation”, then a name". Empty for no rule.
///
/// ```
/// # use blotter::present::reason::reason;
/// assert_eq!(reason("<money> in cash"), "a sum of money, then \u{201C}in cash\u{201D}");
/// ```
pub fn reason(rule: &str) -> String {
    if let Some((_, words)) = OWN_WORDS.iter().find(|(name, _)| *name == rule) {
        return (*words).to_string();
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut rest = rule;
    while !rest.is_empty() {
        let next_angle = rest.find('<');
        let next_quote = rest.find("\"...\"");
        match (next_angle, next_quote) {
            (Some(a), q) if q.is_none_or(|q| a < q) => {
                literal(rest.get(..a).unwrap_or_default(), &mut pieces);
                let after = rest.get(a + 1..).unwrap_or_default();
                match after.find('>') {
                    Some(end) => {
                        pieces.push(placeholder(after.get(..end).unwrap_or_default()));
                        rest = after.get(end + 1..).unwrap_or_default();
                    }
                    None => {
                        literal(after, &mut pieces);
                        rest = "";
                    }
                }
            }
            (_, Some(q)) => {
                literal(rest.get(..q).unwrap_or_default(), &mut pieces);
                pieces.push("a quote".to_string());
                rest = rest.get(q + 5..).unwrap_or_default();
            }
            _ => {
                literal(rest, &mut pieces);
                rest = "";
            }
        }
    }
    pieces.join(", then ")
}

/// The words a placeholder stands for (`n` is "a number"); alternatives
/// (`rise|fall`) are listed ("a rise or fall"); an unknown one is named.
fn placeholder(inner: &str) -> String {
    let key = inner.trim().to_lowercase();
    if key.contains('|') {
        let options: Vec<&str> = key
            .split('|')
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .collect();
        return format!("a {}", options.join(" or "));
    }
    match PLACEHOLDERS.iter().find(|(name, _)| *name == key) {
        Some((_, words)) => (*words).to_string(),
        None => format!("a {key}"),
    }
}

/// Literal words of a pattern, quoted, with alternatives (`Road|Street|...`) listed.
fn literal(raw: &str, pieces: &mut Vec<String>) {
    let like = raw.trim_end().ends_with("|...");
    let trimmed = raw.trim_matches(|c: char| c.is_whitespace() || ",:;.()\"".contains(c));
    if trimmed.is_empty() {
        return;
    }
    let quote = |w: &str| format!("\u{201C}{w}\u{201D}");
    let options: Vec<&str> = trimmed.split('|').map(str::trim).collect();
    if options.len() == 1 && !like {
        pieces.push(quote(trimmed));
        return;
    }
    let named: Vec<String> = options
        .iter()
        .filter(|o| !o.is_empty() && **o != "...")
        .map(|o| quote(o))
        .collect();
    let mut words = match named.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, first)) if !like => format!("{} or {last}", first.join(", ")),
        Some(_) => named.join(", "),
        None => return,
    };
    if like {
        words.push_str(" or a like word");
    }
    pieces.push(words);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_patterns_read_as_words() {
        let table = [
            ("<n> <item>", "a number, then an item"),
            ("Operation <Name>", "\u{201C}Operation\u{201D}, then a name"),
            (
                "<name> said: \"...\"",
                "a name, then \u{201C}said\u{201D}, then a quote",
            ),
            (
                "<Name> Road|Street|...",
                "a name, then \u{201C}Road\u{201D}, \u{201C}Street\u{201D} or a like word",
            ),
            (
                "<Capitalised Name> Week|Initiative|Campaign",
                "a capitalised name, then \u{201C}Week\u{201D}, \u{201C}Initiative\u{201D} \
                 or \u{201C}Campaign\u{201D}",
            ),
            ("<name>, <age>,", "a name, then an age"),
            ("<place>: <n>", "a place, then a number"),
            (
                "sentenced to <n> years",
                "\u{201C}sentenced to\u{201D}, then a number, then \u{201C}years\u{201D}",
            ),
            ("known place", "a place name Blotter knows"),
            (
                "<n> like its neighbour",
                "a number listed beside counts of the same kind",
            ),
            ("<mystery>", "a mystery"),
            ("", ""),
        ];
        for (rule, words) in table {
            assert_eq!(reason(rule), words, "{rule}");
        }
    }

    #[test]
    fn no_reason_shows_a_code_name() {
        // Every rule name the core gives on the golden and held-out releases reads as
        // words: no angle brackets, no bars, no bare pattern dots.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
        let mut rules = 0;
        for entry in std::fs::read_dir(dir).expect("golden releases") {
            let path = entry.expect("an entry").path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a release");
            let x = crate::extract::extract(&text, &crate::extract::Options::default());
            for fact in crate::present::highlight::locate_facts(&x) {
                rules += 1;
                let words = reason(&fact.rule);
                assert!(!words.is_empty(), "{}", fact.rule);
                assert!(
                    !words.contains(['<', '>', '|']) && !words.contains("..."),
                    "{} reads as {words}",
                    fact.rule
                );
            }
        }
        assert!(rules > 100, "{rules} facts");
    }
}
