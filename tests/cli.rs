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
    // Written from a thread of its own, as an engine piping through blotter does: a long
    // input written whole before reading would fill both pipes and wait forever.
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // Blotter may stop reading early (a usage error), which closes the pipe.
        let _ = pipe.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("blotter finishes");
    writer.join().expect("the writer thread ends");
    out
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

/// A release written for these tests: its force, operation and figures vary with `n`.
fn made_up_release(n: usize) -> String {
    let forces = [
        "Wexmoor Police",
        "Harrowdale Constabulary",
        "Saltmarsh Police",
    ];
    let ops = ["Thistledown", "Cobblestone", "Larkspur", "Millrace"];
    format!(
        "{force} said officers seized {k} knives and £{cash} in cash during Operation {op} \
         on {day} May 2024.\nThey arrested {a} people and charged {c} of them.\n{pad}",
        force = forces[n % forces.len()],
        op = ops[n % ops.len()],
        k = 3 + n % 17,
        cash = 1000 + 250 * n,
        day = 1 + n % 28,
        a = 2 + n % 9,
        c = 1 + n % 2,
        // Some releases are much longer than others, so workers finish out of order.
        pad = "Patrols continued across the district.\n".repeat(if n % 5 == 0 { 400 } else { 1 }),
    )
}

#[test]
fn csv_of_many_files_is_the_page_s_collection_export_byte_for_byte() {
    use blotter::extract::{extract, Options};
    use blotter::present::export;
    let dir = scratch("csv");
    let names: Vec<PathBuf> = (0..40)
        .map(|n| {
            let path = dir.join(format!("release-{n:02}.txt"));
            std::fs::write(&path, made_up_release(n)).expect("write");
            path
        })
        .collect();
    let texts: Vec<String> = (0..40).map(made_up_release).collect();
    let facts: Vec<_> = texts
        .iter()
        .map(|t| extract(t, &Options::published("2024-06-01")))
        .collect();
    let file_names: Vec<String> = (0..40).map(|n| format!("release-{n:02}.txt")).collect();
    let want = export::collection_csv(file_names.iter().map(String::as_str).zip(facts.iter()));
    for jobs in ["1", "3"] {
        let mut args = vec![
            "extract",
            "--csv",
            "--jobs",
            jobs,
            "--published",
            "2024-06-01",
        ];
        args.extend(names.iter().map(|p| p.to_str().expect("utf-8 path")));
        let out = blotter(&args, b"");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "--jobs {jobs}");
    }
    let figures: usize = facts.iter().map(|x| x.figures.len()).sum();
    assert!(figures >= 40 * 3, "every release has figures: {figures}");
    assert_eq!(want.matches("\r\n").count(), figures + 1);
}

#[test]
fn csv_names_a_bad_file_and_still_writes_the_others() {
    let dir = scratch("csv-bad");
    let good = dir.join("good.txt");
    std::fs::write(&good, made_up_release(1)).expect("write");
    let missing = dir.join("gone.txt");
    let out = blotter(
        &[
            "extract",
            "--csv",
            missing.to_str().expect("path"),
            good.to_str().expect("path"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone.txt: cannot read"));
    let csv = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        csv.starts_with("\u{feff}release,published,force,operation,"),
        "{csv}"
    );
    assert!(
        csv.contains("\r\ngood.txt,,Harrowdale Constabulary,Operation Cobblestone,knife,knives,4,"),
        "{csv}"
    );
}

#[test]
fn jsonl_to_csv_names_each_release_by_its_id_and_takes_its_date() {
    let input = "{\"id\": \"north-7\", \"text\": \"Officers seized 6 knives.\", \"published\": \"2024-02-03\"}\n\
                 {\"id\": 12, \"text\": \"Officers seized 2 firearms.\"}\n";
    let out = blotter(&["extract", "--jsonl", "--csv", "-"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).expect("UTF-8");
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        rows[1].starts_with("north-7,2024-02-03,,,knife,knives,6,"),
        "{csv}"
    );
    assert!(rows[2].starts_with("12,,,,firearm,firearms,2,"), "{csv}");
    assert_eq!(rows.len(), 4);
}

#[test]
fn a_line_s_date_is_checked_and_the_other_lines_still_run() {
    let input =
        "{\"id\": 1, \"text\": \"Officers seized 6 knives.\", \"published\": \"May 2024\"}\n\
                 {\"id\": 2, \"text\": \"Officers seized 6 knives.\", \"published\": null}\n";
    let out = blotter(
        &["extract", "--jsonl", "--published", "2023-01-09", "-"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("-:1: bad JSON line: `published` takes YYYY-MM-DD"),
        "{err}"
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one facts line");
    assert_eq!(line["id"], 2);
    assert_eq!(
        line["published"], "2023-01-09",
        "no date on the line: the flag's"
    );
}

#[test]
fn csv_with_out_and_zero_jobs_are_refused_with_usage() {
    let out = blotter(&["extract", "--csv", "--out", "x", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--csv writes to standard output"));
    let out = blotter(&["extract", "--jobs", "0", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jobs takes a number above 0"));
}

#[test]
fn many_files_keep_their_order_in_the_keyed_document() {
    let dir = scratch("keyed");
    let names: Vec<String> = (0..12)
        .map(|n| {
            let path = dir.join(format!("r{n}.txt"));
            std::fs::write(&path, made_up_release(n)).expect("write");
            path.to_str().expect("path").to_string()
        })
        .collect();
    let mut args = vec!["extract", "--jobs", "4"];
    args.extend(names.iter().map(String::as_str));
    let out = blotter(&args, b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let v: serde_json::Value = serde_json::from_str(&text).expect("one JSON object");
    assert_eq!(v.as_object().expect("object").len(), 12);
    let positions: Vec<usize> = names
        .iter()
        .map(|n| text.find(&format!("\"{n}\"")).expect("each input is a key"))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "input order");
}

/// The map step of README's "Beyond one machine": an engine such as Spark's `RDD.pipe`
/// writes a partition's elements to standard input, one `{"id", "text", "published"?}`
/// object per line, and takes each line of standard output as an element. So: one facts
/// line out per good line in, each with its id as it was written, in the order of the
/// lines in; a bad line is named on stderr and the lines after it still come out.
#[test]
fn the_pipe_recipe_gives_a_facts_line_per_line_in_order_with_ids_echoed() {
    use blotter::extract::{extract, Options};
    let mut input = Vec::new();
    let mut want = Vec::new();
    let mut bad_lines = Vec::new();
    for n in 0..150usize {
        let line_number = n + 1;
        if n % 37 == 5 {
            input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
            bad_lines.push(line_number);
            continue;
        }
        if n % 41 == 9 {
            input.extend_from_slice(b"{\"id\": 3, \"text\": \"\xff\xfe\"}\n");
            bad_lines.push(line_number);
            continue;
        }
        // Ids of every JSON kind an engine might key by: strings, numbers, objects.
        let id = match n % 3 {
            0 => serde_json::json!(format!("part-3/{n}")),
            1 => serde_json::json!(n * 1000),
            _ => serde_json::json!({"partition": 3, "offset": n}),
        };
        let text = made_up_release(n);
        let published = (n % 2 == 0).then(|| format!("2024-07-{:02}", 1 + n % 28));
        let mut record = serde_json::json!({"id": id, "text": text});
        if let Some(d) = &published {
            record["published"] = serde_json::json!(d);
        }
        input.extend_from_slice(record.to_string().as_bytes());
        input.push(b'\n');
        let facts = extract(&text, &Options { published }).to_json_line();
        want.push(format!("{{\"id\":{id},{}", &facts[1..]));
    }
    let out = blotter(&["extract", "--jsonl", "--jobs", "4", "-"], &input);
    assert_eq!(out.status.code(), Some(1), "bad lines make the exit code 1");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let got: Vec<&str> = stdout.lines().collect();
    assert_eq!(got.len(), want.len(), "a line out per good line in");
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(
            g, w,
            "ids echoed and facts as the library makes them, in order"
        );
    }
    assert!(stdout.ends_with('\n'));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for n in &bad_lines {
        assert!(
            stderr.contains(&format!("-:{n}: bad JSON line")),
            "{n}: {stderr}"
        );
    }
    assert_eq!(stderr.lines().count(), bad_lines.len(), "{stderr}");
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

/// A release written for this test, with a figure to reject, one to change and a name to
/// add.
const REVIEWED: &str = "Officers in Calderby seized 8 knives and arrested 5 people \
                        during Operation Thistle. Staff from the lock keepers' guild helped.\n";

/// The code-point span of `words` in `text`.
fn span_of(text: &str, words: &str) -> [usize; 2] {
    let start = text[..text.find(words).expect("words in text")]
        .chars()
        .count();
    [start, start + words.chars().count()]
}

#[test]
fn corrections_from_a_facts_file_are_applied_again_to_the_same_text() {
    let dir = scratch("corrections");
    let input = dir.join("thistle.txt");
    std::fs::write(&input, REVIEWED).expect("write input");
    let read = blotter(&["extract", input.to_str().expect("utf-8 path")], b"");
    assert!(read.status.success());
    let mut doc: serde_json::Value = serde_json::from_slice(&read.stdout).expect("JSON");
    let figures = doc["figures"].as_array().expect("figures").len();
    assert!(figures >= 2, "{doc}");
    // What the page's export carries: the corrections and the reviewed mark.
    doc["corrections"] = serde_json::json!([
        { "edit": "reject", "kind": "figure", "span": span_of(REVIEWED, "8 knives"), "text": "8 knives" },
        { "edit": "change", "kind": "figure", "span": span_of(REVIEWED, "5 people"), "text": "5 people",
          "figure": { "category": "charge", "value": 5.0, "unit": "count", "item": "people charged",
                      "qualifier": "exact", "period": null } },
        { "edit": "add", "kind": "organisation", "span": span_of(REVIEWED, "lock keepers' guild"),
          "text": "lock keepers' guild" },
        { "edit": "reject", "kind": "place", "span": [0, 4], "text": "Nothing" }
    ]);
    doc["reviewed"] = serde_json::json!(true);
    let file = dir.join("thistle.facts.json");
    std::fs::write(&file, doc.to_string()).expect("write facts");

    let out = blotter(
        &[
            "extract",
            "--corrections",
            file.to_str().expect("utf-8 path"),
            input.to_str().expect("utf-8 path"),
        ],
        b"",
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let figures_now = v["figures"].as_array().expect("figures");
    assert_eq!(
        figures_now.len(),
        figures - 1,
        "the rejected figure is left out"
    );
    assert!(figures_now.iter().all(|f| f["text"] != "8 knives"));
    let changed = figures_now
        .iter()
        .find(|f| f["text"] == "5 people")
        .expect("the changed figure");
    assert_eq!(changed["category"], "charge");
    assert_eq!(changed["origin"], "corrected");
    let added = v["organisations"]
        .as_array()
        .expect("organisations")
        .iter()
        .find(|o| o["name"] == "lock keepers' guild")
        .expect("the added organisation");
    assert_eq!(added["origin"], "added");
    assert_eq!(v["reviewed"], true);
    assert_eq!(v["corrections"].as_array().map(Vec::len), Some(4));
    // The correction whose words are not in the text is named, not dropped silently.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("correction 4") && err.contains("no longer matches"),
        "{err}"
    );

    // Applied to the text as edited, the rejection whose words changed is named.
    let edited = dir.join("edited.txt");
    std::fs::write(&edited, REVIEWED.replace("8 knives", "9 knives")).expect("write");
    let again = blotter(
        &[
            "extract",
            "--corrections",
            file.to_str().unwrap(),
            edited.to_str().unwrap(),
        ],
        b"",
    );
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("correction 1") && err.contains("\"8 knives\""),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).expect("JSON");
    assert!(v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["text"] == "9 knives"));
}

#[test]
fn corrections_are_refused_for_several_inputs_and_a_bad_file_is_named() {
    let out = blotter(
        &["extract", "--corrections", "x.json", "a.txt", "b.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    let dir = scratch("bad-corrections");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "not json").expect("write");
    let out = blotter(
        &["extract", "--corrections", bad.to_str().unwrap(), "-"],
        RELEASE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a facts/1 document"));
}
