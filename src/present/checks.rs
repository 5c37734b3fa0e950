//! The Checks panel's view model: how many of the release's claims hold, and for each
//! check its verdict (an icon and words, never colour alone), the claim and the working.

use crate::extract::checks::{Check, Kind, Verdict};

use super::highlight::{FactId, FactKind};

/// What the Checks panel shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecksView {
    /// "4 claims checked: 3 hold, 1 does not add up"; empty when there is no claim.
    pub heading: String,
    pub rows: Vec<CheckRow>,
}

/// One check, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckRow {
    pub id: FactId,
    /// The class that styles the verdict: `consistent`, `inconsistent`, `unverifiable`.
    pub class: &'static str,
    /// A sign for the verdict, shown beside its words: ✓, ✗ or ?.
    pub icon: &'static str,
    /// The verdict in words: "holds", "does not add up", "cannot be checked".
    pub verdict: &'static str,
    /// What was checked: "Change", "Percentage change", "Parts of a total", "Headline".
    pub kind: &'static str,
    /// The claim's words, as the release wrote them.
    pub claim: String,
    /// The arithmetic: "512 − 448 = +64".
    pub working: String,
    /// The row's tooltip: what was checked and the rule that checked it.
    pub hint: String,
}

/// The verdict's class, icon and words.
pub fn verdict_words(v: Verdict) -> (&'static str, &'static str, &'static str) {
    match v {
        Verdict::Consistent => ("consistent", "\u{2713}", "holds"),
        Verdict::Inconsistent => ("inconsistent", "\u{2717}", "does not add up"),
        Verdict::Unverifiable => ("unverifiable", "?", "cannot be checked"),
    }
}

/// What a kind of check tests, in words.
pub fn kind_words(k: Kind) -> &'static str {
    match k {
        Kind::Change => "Change",
        Kind::PercentChange => "Percentage change",
        Kind::PartOfTotal => "Parts of a total",
        Kind::Headline => "Headline",
    }
}

impl ChecksView {
    pub fn new(checks: &[Check]) -> ChecksView {
        let rows: Vec<CheckRow> = checks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let (class, icon, verdict) = verdict_words(c.verdict);
                let kind = kind_words(c.kind);
                CheckRow {
                    id: FactId::new(FactKind::Check, i),
                    class,
                    icon,
                    verdict,
                    kind,
                    claim: c.claim.text.clone(),
                    working: c.working.clone(),
                    hint: format!("{kind}: {verdict} \u{b7} rule: {}", c.rule),
                }
            })
            .collect();
        ChecksView {
            heading: heading(checks),
            rows,
        }
    }

    /// The panel's text when there is nothing to check.
    pub fn empty() -> &'static str {
        "No claim in this release compares its own figures."
    }
}

/// "4 claims checked: 3 hold, 1 does not add up", with only the verdicts that occur.
pub fn heading(checks: &[Check]) -> String {
    if checks.is_empty() {
        return String::new();
    }
    let count = |v: Verdict| checks.iter().filter(|c| c.verdict == v).count();
    let (hold, wrong, open) = (
        count(Verdict::Consistent),
        count(Verdict::Inconsistent),
        count(Verdict::Unverifiable),
    );
    let mut parts = Vec::new();
    if hold > 0 {
        parts.push(format!(
            "{hold} {}",
            if hold == 1 { "holds" } else { "hold" }
        ));
    }
    if wrong > 0 {
        let verb = if wrong == 1 {
            "does not add up"
        } else {
            "do not add up"
        };
        parts.push(format!("{wrong} {verb}"));
    }
    if open > 0 {
        parts.push(format!("{open} cannot be checked"));
    }
    let n = checks.len();
    let noun = if n == 1 { "claim" } else { "claims" };
    format!("{n} {noun} checked: {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::checks::Claim;
    use crate::extract::Span;

    fn check(kind: Kind, verdict: Verdict) -> Check {
        Check {
            kind,
            verdict,
            claim: Claim {
                span: Span::new(3, 9),
                text: "rose by 40".to_string(),
            },
            figures: vec![0, 1],
            working: "140 − 100 = +40".to_string(),
            rule: "<rise|fall> from <a> to <b>".to_string(),
        }
    }

    #[test]
    fn a_check_is_located_at_its_claim_and_marks_its_figures() {
        use crate::extract::{extract, Options};
        use crate::present::highlight::{locate_facts, picked_with};
        let text = "Burglaries fell from 652 to 731 in the year.\nRobberies rose from 96 to 131.";
        let x = extract(text, &Options::default());
        let view = ChecksView::new(&x.checks);
        assert_eq!(view.heading, "2 claims checked: 1 holds, 1 does not add up");
        let wrong = FactId::new(FactKind::Check, 0);
        assert_eq!(view.rows[0].id, wrong);
        assert_eq!(view.rows[0].verdict, "does not add up");
        let facts = locate_facts(&x);
        let claim = facts
            .iter()
            .find(|f| f.id == wrong)
            .expect("the claim is located");
        assert_eq!(claim.colour, "check");
        let chars: Vec<char> = text.chars().collect();
        let words: String = chars[claim.span.start..claim.span.end].iter().collect();
        assert_eq!(words, "fell from 652 to 731");
        // Picking the check marks its claim and the two figures it used, and no other.
        let marked: Vec<FactId> = facts
            .iter()
            .filter(|f| picked_with(f, wrong))
            .map(|f| f.id)
            .collect();
        let figures: Vec<FactId> = x.checks[0]
            .figures
            .iter()
            .map(|&i| FactId::new(FactKind::Figure, i))
            .collect();
        assert_eq!(marked.len(), 1 + figures.len(), "{marked:?}");
        assert!(figures.iter().all(|f| marked.contains(f)));
    }

    #[test]
    fn the_heading_counts_each_verdict() {
        use Verdict::*;
        let c = |v| check(Kind::Change, v);
        assert_eq!(heading(&[]), "");
        assert_eq!(heading(&[c(Consistent)]), "1 claim checked: 1 holds");
        assert_eq!(
            heading(&[c(Consistent), c(Consistent), c(Inconsistent), c(Consistent)]),
            "4 claims checked: 3 hold, 1 does not add up"
        );
        assert_eq!(
            heading(&[c(Inconsistent), c(Inconsistent), c(Unverifiable)]),
            "3 claims checked: 2 do not add up, 1 cannot be checked"
        );
    }

    #[test]
    fn each_row_says_its_verdict_in_words_and_a_sign() {
        let view = ChecksView::new(&[
            check(Kind::Change, Verdict::Consistent),
            check(Kind::PartOfTotal, Verdict::Inconsistent),
        ]);
        let row = &view.rows[1];
        assert_eq!(row.id, FactId::new(FactKind::Check, 1));
        assert_eq!(
            (row.icon, row.verdict, row.class),
            ("\u{2717}", "does not add up", "inconsistent")
        );
        assert_eq!(row.kind, "Parts of a total");
        assert_eq!(row.claim, "rose by 40");
        assert_eq!(row.working, "140 − 100 = +40");
        assert!(row.hint.contains("rule: <rise|fall> from <a> to <b>"));
        assert_eq!(view.rows[0].verdict, "holds");
    }
}
