//! Hostile input through the command-line tool, as a user could feed it: ten megabytes of
//! text, one line of a megabyte, binary files (random bytes, an image, NULs), markup and
//! script, spreadsheet formula payloads, and two hundred thousand numbers. Each input is
//! written to a temp folder and given to the `blotter` binary, which must answer with
//! facts/1 JSON (exit 0) or with a message naming the input (exit 1, as its usage says).
//!
//! Nothing here asserts a time. A run is killed after `HANG_GUARD` (a guard against a
//! hang, far above the second or two a release build takes), and how long each input took
//! is printed; `scripts/hostile` runs this suite in release mode and prints the table of
//! sizes, times and peak memory for the notes.
//!
//! The binary is `BLOTTER_BIN` when set; otherwise the release build beside the one
//! `cargo test` built, when it is newer than every file under `src/` and the manifests
//! (the debug build reads ten megabytes about ten times slower); otherwise the one
//! `cargo test` built (`CARGO_BIN_EXE_blotter`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use blotter::extract::{extract, Extraction, Options};
use blotter::present::export;

/// Kills a run that has not finished by then: a hang guard, not a speed requirement.
const HANG_GUARD: Duration = Duration::from_secs(120);

/// The binary under test (see the module comment).
fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os("BLOTTER_BIN") {
        return path.into();
    }
    let built = PathBuf::from(env!("CARGO_BIN_EXE_blotter"));
    let release = built
        .parent()
        .and_then(Path::parent)
        .map(|target| target.join("release").join("blotter"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = [
        root.join("src"),
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
    ];
    let newest_source = sources.iter().filter_map(|p| newest(p)).max();
    match (release, newest_source) {
        // As make decides: the release build is current when no source is newer.
        (Some(r), Some(source)) if newest(&r).is_some_and(|built_at| built_at >= source) => r,
        _ => built,
    }
}

/// The latest modification time of a file, or of any file under a folder.
fn newest(path: &Path) -> Option<std::time::SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|entry| newest(&entry.ok()?.path()))
        .max()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("blotter-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A small deterministic generator (xorshift64*), so every run feeds the same bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next().to_le_bytes()[3]).collect()
    }
}

const TOWNS: &[&str] = &["Wrexham", "Bury", "Hull", "Dunmore", "Ashford", "Kettering"];
const NAMES: &[&str] = &["Ana Ruiz", "Lee Cobb", "Mia Dorn", "Jo Hale", "Sam Okafor"];
const ITEMS: &[&str] = &[
    "knives",
    "firearms",
    "vehicles",
    "phones",
    "wraps of cocaine",
];

/// One release-like paragraph with varied numbers, towns and names.
fn paragraph(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!(
            "Officers in {} seized {} {} and arrested {} people on Tuesday.\n",
            rng.pick(TOWNS),
            rng.below(900) + 2,
            rng.pick(ITEMS),
            rng.below(90) + 2
        ),
        1 => format!(
            "Inspector {} said: \u{201C}We recovered \u{A3}{},{:03} in cash in {}.\u{201D}\n",
            rng.pick(NAMES),
            rng.below(900) + 1,
            rng.below(1000),
            rng.pick(TOWNS)
        ),
        2 => format!(
            "Burglary fell by {} per cent, from {} in 2022/23 to {} in 2023/24.\n",
            rng.below(40) + 1,
            rng.below(2000) + 500,
            rng.below(400) + 50
        ),
        _ => format!(
            "Call 101 or 0800 555 111 quoting Operation {}{}.\n",
            rng.pick(&["Fern", "Quarry", "Ledger", "Harbour"]),
            rng.pick(&["hill", "gate", "light", "side"])
        ),
    }
}

/// Paragraphs up to `size` bytes, joined by `sep` (a line break, or a space for one line).
fn release_text(rng: &mut Rng, size: usize, sep: &str) -> String {
    let mut text = String::with_capacity(size + 200);
    while text.len() < size {
        text.push_str(paragraph(rng).trim_end());
        text.push_str(sep);
    }
    text
}

/// The inputs, by file name, with what the tool must do with each.
fn inputs() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00".to_vec();
    png.extend(rng.bytes(64 * 1024));
    png.extend(b"\x00\x00\x00\x00IEND\xaeB`\x82");
    let mut nuls = Vec::new();
    for i in 0..20_000 {
        nuls.extend(format!("Officers seized {} knives.", i % 97 + 2).as_bytes());
        nuls.extend(std::iter::repeat_n(0u8, i % 5 + 1));
    }
    let lossy = String::from_utf8_lossy(&rng.bytes(1 << 20)).into_owned();
    let mut markup = String::new();
    for i in 0..2_000 {
        let _ = writeln!(
            markup,
            "<p onclick=\"steal()\">Officers seized <b>{}</b> knives</p>\
             <script>window.hacked = {i}; document.write('<img src=x onerror=alert(1)>')</script>\
             <img src=x onerror=\"alert({i})\"><iframe src=\"javascript:alert(2)\"></iframe>\
             <svg onload=alert(3)><a href=\"javascript:void(0)\">Call 101</a>\
             &lt;script&gt;&amp;#x27;<!-- {} arrests --></textarea></style></title>",
            i % 50 + 2,
            i % 9 + 1,
        );
    }
    let mut formulas = String::new();
    for (i, payload) in [
        "=cmd|' /C calc'!A0",
        "+HYPERLINK(\"http://example.org\",\"x\")",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=1+1",
    ]
    .iter()
    .cycle()
    .take(500)
    .enumerate()
    {
        let _ = writeln!(
            formulas,
            "Sergeant {} said: \"{payload} was sprayed on a wall in {}.\" \
             Officers seized {} knives in {payload} Road. Operation {payload} ran for a week.",
            NAMES[i % NAMES.len()],
            TOWNS[i % TOWNS.len()],
            i % 40 + 2
        );
    }
    let mut numbers = String::with_capacity(2_000_000);
    for i in 0..200_000u64 {
        let n = rng.below(1_000_000);
        match i % 4 {
            0 => write!(numbers, "{n} "),
            1 => write!(numbers, "{},{:03}, ", n / 1000 + 1, n % 1000),
            2 => write!(numbers, "{}.{} ", n / 100, n % 100),
            _ => write!(numbers, "{n} knives. "),
        }
        .expect("writing to a String");
        if i % 20 == 19 {
            numbers.push('\n');
        }
    }
    vec![
        (
            "ten_megabytes.txt",
            release_text(&mut rng, 10_000_000, "\n").into_bytes(),
            Expect::Facts,
        ),
        (
            "one_line.txt",
            release_text(&mut rng, 1 << 20, " ").into_bytes(),
            Expect::Facts,
        ),
        ("random.bin", rng.bytes(1 << 20), Expect::NotText),
        ("image.png", png, Expect::NotText),
        ("nuls.txt", nuls, Expect::Facts),
        ("lossy.txt", lossy.into_bytes(), Expect::Facts),
        ("markup.html", markup.into_bytes(), Expect::Facts),
        ("formulas.txt", formulas.into_bytes(), Expect::Facts),
        ("numbers.txt", numbers.into_bytes(), Expect::Facts),
        ("empty.txt", Vec::new(), Expect::Facts),
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// facts/1 JSON on stdout and exit 0.
    Facts,
    /// A message naming the input on stderr and exit 1 (the tool reads UTF-8 text only).
    NotText,
}

/// What one run gave.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
    /// Peak resident memory in kB, when `HOSTILE_TIME` names GNU time to measure it.
    peak_kb: Option<u64>,
}

/// Runs `blotter extract FILE`, killing it after `HANG_GUARD`. Output goes to files, so a
/// large output cannot fill a pipe and stall the child.
fn run(dir: &Path, input: &Path) -> Run {
    let name = input
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("input");
    let out = dir.join(format!("{name}.stdout"));
    let err = dir.join(format!("{name}.stderr"));
    let rss = dir.join(format!("{name}.rss"));
    let bin = binary();
    let mut command = match std::env::var_os("HOSTILE_TIME") {
        Some(time) => {
            let mut c = Command::new(time);
            c.arg("-f").arg("%M").arg("-o").arg(&rss).arg(&bin);
            c
        }
        None => Command::new(&bin),
    };
    command
        .arg("extract")
        .arg(input)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).expect("stdout file"))
        .stderr(std::fs::File::create(&err).expect("stderr file"));
    let started = Instant::now();
    let mut child = command.spawn().expect("the blotter binary runs");
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for blotter") {
            break status;
        }
        if started.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hang guard: {name} still running after {HANG_GUARD:?}, killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = started.elapsed();
    Run {
        code: status.code(),
        stdout: std::fs::read(&out).expect("stdout file"),
        stderr: std::fs::read_to_string(&err).unwrap_or_default(),
        took,
        peak_kb: std::fs::read_to_string(&rss)
            .ok()
            .and_then(|s| s.lines().last()?.trim().parse().ok()),
    }
}

/// Every span within the text, and every `text` equal to its slice.
fn check_spans(name: &str, text: &str, facts: &Extraction) {
    let problems = facts.span_problems(text);
    assert!(problems.is_empty(), "{name}: {problems:?}");
}

fn fact_count(x: &Extraction) -> usize {
    x.operations.len()
        + usize::from(x.period.is_some())
        + x.figures.len()
        + x.people.len()
        + x.places.len()
        + x.organisations.len()
        + x.contacts.len()
}

#[test]
fn hostile_files_give_facts_or_a_clear_message() {
    let dir = scratch("files");
    let mut table = String::new();
    let bin = binary();
    eprintln!("binary under test: {}", bin.display());
    for (name, bytes, expect) in inputs() {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).expect("write input");
        let run = run(&dir, &path);
        let facts = match expect {
            Expect::Facts => {
                assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
                let text = String::from_utf8(bytes.clone()).expect("a text input is UTF-8");
                let stdout = String::from_utf8_lossy(&run.stdout);
                let facts = Extraction::from_json(&stdout).expect("stdout is facts/1 JSON");
                assert_eq!(facts.format, "facts/1", "{name}");
                check_spans(name, &text, &facts);
                fact_count(&facts)
            }
            Expect::NotText => {
                assert_eq!(run.code, Some(1), "{name}: {}", run.stderr);
                assert!(run.stdout.is_empty(), "{name}: nothing on stdout");
                assert!(
                    run.stderr.contains(name) && run.stderr.contains("not UTF-8 text"),
                    "{name}: the message names the input and says why: {}",
                    run.stderr
                );
                0
            }
        };
        let _ = writeln!(
            table,
            "{name}\t{}\t{:.2}\t{}\t{facts}\t{}",
            bytes.len(),
            run.took.as_secs_f64(),
            run.peak_kb.map_or("-".to_string(), |kb| kb.to_string()),
            run.code.map_or("killed".to_string(), |c| c.to_string()),
        );
    }
    // Measured, not asserted: printed with --nocapture, and kept for scripts/hostile.
    eprintln!("input\tbytes\tseconds\tpeak_kb\tfacts\texit\n{table}");
    if let Some(report) = std::env::var_os("HOSTILE_REPORT") {
        std::fs::write(report, &table).expect("write the report");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_file_among_good_ones_is_named_and_the_rest_still_read() {
    let dir = scratch("mixed");
    let good = dir.join("good.txt");
    let bad = dir.join("image.png");
    std::fs::write(&good, "Officers in Hull seized 7 knives.\n").expect("write");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR").expect("write");
    let out = Command::new(binary())
        .arg("extract")
        .args([&good, &bad])
        .output()
        .expect("blotter runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("image.png") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let good_key = good.to_str().expect("utf-8 path");
    assert_eq!(v[good_key]["format"], "facts/1", "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_standard_input_gives_facts() {
    // NULs and lone continuation bytes on stdin: invalid UTF-8 is refused with a message,
    // NULs in valid text are read.
    let cases: [(&[u8], Option<i32>, &str); 3] = [
        (b"Officers seized 4 knives.\x00\x00\x00", Some(0), "facts/1"),
        (b"Officers seized \x80\xbf 4 knives.", Some(1), "not UTF-8"),
        (b"\xef\xbb\xbfOfficers seized 4 knives.", Some(0), "facts/1"),
    ];
    for (input, code, says) in cases {
        let mut child = Command::new(binary())
            .args(["extract", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("blotter runs");
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(input)
            .expect("stdin accepts the input");
        let out = child.wait_with_output().expect("blotter finishes");
        assert_eq!(out.status.code(), code, "{input:?}");
        let both = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
        assert!(both.contains(says), "{input:?}: {both}");
    }
}

/// The CSV export, read back as a spreadsheet would split it (RFC 4180).
fn csv_cells(csv: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',' | '\n') => cells.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, c) => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[test]
fn formula_payloads_in_names_places_and_quotes_never_start_a_csv_cell() {
    let payloads = [
        "=cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://example.org\",\"click\")",
    ];
    let mut escaped = 0;
    for payload in payloads {
        let text = format!(
            "Operation {payload} began in Hull on 3 May 2024.\n\
             Sergeant Lee Cobb said: \"{payload} was written on the wall.\"\n\
             \"{payload}\", said Inspector Mia Dorn.\n\
             Officers seized 7 knives in {payload} Road and arrested 2 people.\n\
             Contact @{payload} or {payload}@example.org.\n"
        );
        let x = extract(&text, &Options::default());
        let csv = export::csv("hostile", &x) + &export::collection_csv([(payload, &x)]);
        for cell in csv_cells(&csv) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{payload}: a cell a spreadsheet would run: {cell:?}\n{csv}"
            );
            escaped += usize::from(cell.starts_with('\'') && cell.contains(payload));
        }
    }
    assert!(
        escaped >= payloads.len(),
        "the payloads reach the CSV (prefixed), so the check is not empty: {escaped}"
    );
}
