//! Whole releases, written for this project, as golden tests.
//!
//! Each `tests/golden/NAME.txt` is read with default options and its facts compared with
//! `tests/golden/NAME.facts.json`. Run with `UPDATE_EXPECT=1` to rewrite the expected files
//! after a deliberate change, then read the diff before committing it.

use std::path::Path;

use blotter::extract::{extract, Options};

#[test]
fn golden_releases_match_their_expected_facts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "expected at least five golden releases");
    let mut failures = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).expect("golden release is UTF-8");
        let got = extract(&text, &Options::default()).to_json() + "\n";
        let expected_path = path.with_extension("facts.json");
        if update {
            std::fs::write(&expected_path, &got).expect("can write expected facts");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != got {
            failures.push(format!(
                "{}: facts differ from {} (rerun with UPDATE_EXPECT=1 and review the diff)\n{}",
                path.display(),
                expected_path.display(),
                first_difference(&expected, &got)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The first differing line, with a little context, so a failure says what changed.
fn first_difference(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let at = e
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(e.len().min(g.len()));
    let from = at.saturating_sub(3);
    let show = |lines: &[&str]| lines[from.min(lines.len())..(at + 4).min(lines.len())].join("\n");
    format!(
        "--- expected (line {})\n{}\n--- got\n{}",
        at + 1,
        show(&e),
        show(&g)
    )
}
