//! The releases in ../shared are third-party writing: nothing in this repository may
//! repeat them. When the dev corpus is beside the clone, every tracked text file is checked
//! for a run of eight words that also stands in a dev release.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

const RUN: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

fn runs(text: &str) -> HashSet<String> {
    let w = words(text);
    w.windows(RUN).map(|r| r.join(" ")).collect()
}

#[test]
fn no_file_repeats_eight_words_of_a_dev_release() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/dev");
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        eprintln!("no {}: nothing to compare with", corpus.display());
        return;
    };
    let mut dev = HashSet::new();
    for e in entries.flatten() {
        if e.path().extension().is_some_and(|x| x == "txt") {
            dev.extend(runs(&std::fs::read_to_string(e.path()).unwrap_or_default()));
        }
    }
    assert!(!dev.is_empty(), "the dev corpus has releases");
    let listed = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .expect("git lists the tracked files");
    let mut found = Vec::new();
    for name in String::from_utf8_lossy(&listed.stdout).split('\0') {
        let Ok(text) = std::fs::read_to_string(root.join(name)) else {
            continue; // Binary files (the screenshot) are not text.
        };
        if let Some(run) = runs(&text).into_iter().find(|r| dev.contains(r)) {
            found.push(format!("{name}: \"{run}\""));
        }
    }
    assert!(
        found.is_empty(),
        "text from the dev releases:\n{}",
        found.join("\n")
    );
}
