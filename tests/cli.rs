//! The command-line tool as a user runs it: files, folders, standard input, JSON lines,
//! and bad inputs that are named in a message while the rest are still processed.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn blotter(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_blotter"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the blotter binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin accepts the input");
    child.wait_with_output().expect("blotter finishes")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("blotter-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const RELEASE: &str = "Officers seized 12 knives during Operation Quarry.\n";

#[test]
fn stdin_gives_one_facts_document() {
    let out = blotter(&["extract", "-"], RELEASE.as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["format"], "facts/1");
    assert!(v["figures"].is_array());
}

#[test]
fn out_dir_gets_name_json_per_input() {
    let dir = scratch("out");
    let input = dir.join("quarry.txt");
    std::fs::write(&input, RELEASE).expect("write input");
    let out_dir = dir.join("facts");
    let out = blotter(
        &[
            "extract",
            input.to_str().expect("utf-8 path"),
            "--out",
            out_dir.to_str().expect("utf-8 path"),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(out_dir.join("quarry.json")).expect("NAME.json written");
    assert!(written.contains("\"format\": \"facts/1\""));
}

#[test]
fn published_flag_overrides_the_text() {
    let out = blotter(
        &["extract", "--published", "2023-04-05", "-"],
        RELEASE.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["published"], "2023-04-05");
}

#[test]
fn bad_date_is_refused_with_usage() {
    let out = blotter(&["extract", "--published", "5 April", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn unreadable_and_binary_inputs_are_named_and_others_still_run() {
    let dir = scratch("bad");
    let good = dir.join("good.txt");
    let binary = dir.join("binary.txt");
    std::fs::write(&good, RELEASE).expect("write");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x80]).expect("write");
    let missing = dir.join("missing.txt");
    let out_dir = dir.join("facts");
    let out = blotter(
        &[
            "extract",
            missing.to_str().expect("path"),
            binary.to_str().expect("path"),
            good.to_str().expect("path"),
            "--out",
            out_dir.to_str().expect("path"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("binary.txt: not UTF-8"), "{err}");
    assert!(out_dir.join("good.json").exists());
}

#[test]
fn jsonl_streams_one_object_per_line_and_names_bad_lines() {
    let input = "{\"id\": 7, \"text\": \"Officers made 3 arrests.\"}\nnot json\n\n{\"id\": \"b\", \"text\": \"\"}\n";
    let out = blotter(&["extract", "--jsonl", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["format"], "facts/1");
    assert_eq!(lines[1]["id"], "b");
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:2: bad JSON line"));
}

/// A short release written for this test: every number in it is either a figure or turned
/// down by a named rejection, and `--explain` says which, one line each.
const EXPLAINED: &str = "Published: 09:40 3 June 2024\n\n\
Officers in Eastmoor seized 23 knives and a 9mm pistol during Operation 61 in 2023.\n\n\
A woman, 29, was arrested at 42 Copse Lane. Call 0800 555 222.\n\n\
Vehicle crime (-6%) fell, and 4.1 crimes per 1,000 residents were recorded.\n";

#[test]
fn explain_names_the_rule_for_every_number() {
    let out = blotter(&["extract", "--explain", "-"], EXPLAINED.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    let line = |quoted: &str| {
        text.lines()
            .find(|l| l.contains(&format!("\"{quoted}\" ->")))
            .unwrap_or_else(|| panic!("no line for {quoted} in:\n{text}"))
            .to_string()
    };
    assert!(line("23").contains("-> figure knife 23 count"), "{text}");
    assert!(line("9").contains("(calibre)"), "{text}");
    assert!(line("61").contains("(name)"), "{text}");
    assert!(line("2023").contains("(year)"), "{text}");
    assert!(line("29").contains("(age): it is someone's age"), "{text}");
    assert!(line("0800").contains("(phone)"), "{text}");
    assert!(
        line("6%").contains("-> figure rate 6 decrease percent"),
        "{text}"
    );
    assert!(line("4.1").contains("-> figure rate 4.1 count"), "{text}");
    // Every line names a figure or a rejection, with the number's span first.
    for l in text.lines() {
        assert!(l.starts_with('['), "{l}");
        assert!(
            l.contains("-> figure ") || l.contains("-> no figure ("),
            "{l}"
        );
    }
}

#[test]
fn explain_is_refused_with_json_options() {
    let out = blotter(&["extract", "--explain", "--jsonl", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
}
