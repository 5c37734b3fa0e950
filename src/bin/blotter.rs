//! The command-line tool: `blotter extract FILE...` writes facts/1 JSON for each release,
//! or with `--csv` one table of every figure of every release; with `--explain` it says
//! instead, for every number in the text, the figure it became or the rejection that
//! turned it down.
//!
//! Inputs (files, or JSON lines) are read on all cores and written in input order, with
//! at most a window of them in flight, so memory stays bounded however many there are.
//! Bad inputs are reported on stderr, naming the input, and make the exit code non-zero;
//! the other inputs are still read.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use blotter::extract::{explain, extract, review, Explained, Extraction, Options};
use blotter::present::collection::JsonlLine;
use blotter::present::export;

const USAGE: &str = "\
usage: blotter extract [--out DIR | --csv | --explain] [--published YYYY-MM-DD] [--jsonl] [--jobs N]
                       [--corrections FACTS.json] FILE...

  FILE                a release as UTF-8 text; `-` reads standard input
  --out DIR           write DIR/NAME.json for each NAME.txt (otherwise one JSON document
                      goes to standard output: the facts object for one input, or an
                      object keyed by input name for several)
  --csv               write one CSV to standard output: a row per figure of every
                      release, named by its file name (or its line's id), the same
                      bytes as the page's collection export
  --published DATE    the publication date, overriding what the text says
  --jsonl             inputs are lines of {\"id\": ..., \"text\": ..., \"published\": ...}
                      (`published` optional, and it overrides --published); write one
                      facts object per line, with its id, in the order of the lines
  --jobs N            read N inputs at a time (default: one per core)
  --explain           instead of JSON, print one line for every number in the text: the
                      figure it became, or the rejection that turned it down and why
  --corrections FILE  a facts/1 document with a reader's corrections (the page's JSON
                      export): they are applied again to the facts of the one input, a
                      rejected fact is left out, and a correction whose words are no
                      longer in the text is named on standard error
";

struct Args {
    out: Option<PathBuf>,
    published: Option<String>,
    jsonl: bool,
    csv: bool,
    explain: bool,
    /// The facts/1 document named by `--corrections`, whose corrections are applied.
    corrections: Option<PathBuf>,
    /// That document, read.
    corrected_by: Option<Extraction>,
    jobs: usize,
    inputs: Vec<String>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
    match argv.next().as_deref() {
        Some("extract") => {}
        Some("-h" | "--help" | "help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let mut args = Args {
        out: None,
        published: None,
        jsonl: false,
        csv: false,
        explain: false,
        corrections: None,
        corrected_by: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        inputs: Vec::new(),
    };
    while let Some(a) = argv.next() {
        match a.as_str() {
            "--out" => args.out = Some(argv.next().ok_or("--out needs a folder")?.into()),
            "--published" => {
                let d = argv.next().ok_or("--published needs a date")?;
                if !is_iso_date(&d) {
                    return Err(format!("--published takes YYYY-MM-DD, not `{d}`"));
                }
                args.published = Some(d);
            }
            "--jsonl" => args.jsonl = true,
            "--csv" => args.csv = true,
            "--explain" => args.explain = true,
            "--corrections" => {
                let file = argv.next().ok_or("--corrections needs a facts/1 file")?;
                args.corrections = Some(file.into());
            }
            "--jobs" => {
                let n = argv.next().ok_or("--jobs needs a number")?;
                args.jobs = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--jobs takes a number above 0, not `{n}`"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => args.inputs.push(a),
        }
    }
    if args.inputs.is_empty() {
        return Err("no input: name files, or `-` for standard input".into());
    }
    if args.csv && args.out.is_some() {
        return Err("--csv writes to standard output; leave out --out".into());
    }
    if args.explain && (args.jsonl || args.csv || args.out.is_some()) {
        return Err("--explain prints to standard output: not with --jsonl, --csv or --out".into());
    }
    if args.corrections.is_some() && (args.inputs.len() > 1 || args.jsonl || args.explain) {
        return Err(
            "--corrections applies to one text: name one input, without --jsonl or \
                    --explain"
                .into(),
        );
    }
    Ok(args)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn main() -> ExitCode {
    let mut args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            if e.is_empty() {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("blotter: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(file) = &args.corrections {
        match read_corrections(file) {
            Ok(x) => args.corrected_by = Some(x),
            Err(e) => {
                eprintln!("blotter: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(dir) = &args.out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("blotter: {}: cannot create folder: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    let ok = if args.explain {
        run_explain(&args)
    } else {
        run(&args)
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The facts/1 document `--corrections` names.
fn read_corrections(file: &Path) -> Result<Extraction, String> {
    let name = file.display();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{name}: cannot read: {e}"))?;
    Extraction::from_json(&text).ok_or_else(|| format!("{name}: not a facts/1 document"))
}

/// The facts of `text` with the corrections of `--corrections` applied (as exported:
/// rejected facts left out); each one that no longer matches is named on stderr.
fn corrected(args: &Args, name: &str, text: &str, facts: Extraction) -> Extraction {
    let Some(from) = &args.corrected_by else {
        return facts;
    };
    let (facts, applied) = review::with_corrections(facts, text, &from.corrections, from.reviewed);
    for (i, c) in from.corrections.iter().enumerate() {
        if !applied.get(i).copied().unwrap_or(false) {
            eprintln!(
                "blotter: {name}: correction {} ({:?} {} {:?}) no longer matches the text",
                i + 1,
                c.edit,
                c.kind.as_str(),
                c.text
            );
        }
    }
    facts
}

/// One unit of work, made in input order by the reading thread.
enum Job {
    /// A whole file (or `-`, standard input) to read and extract.
    File(String),
    /// One JSON line of `input`, its number counted from 1.
    Line {
        input: String,
        number: usize,
        bytes: Vec<u8>,
    },
    /// An input that could not be opened or read to its end: only its message.
    Failed(String),
}

/// What one job gives: text for standard output (none for a file written into `--out`),
/// or a message for stderr naming the input.
type Done = Result<Option<String>, String>;

/// What goes to standard output.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// `--out DIR`: files, nothing on standard output.
    Files,
    /// One pretty facts document (one input that is not JSON lines).
    Document,
    /// An object keyed by input name, one facts object per line.
    Keyed,
    /// One facts object per line, with its id (`--jsonl`).
    Lines,
    /// The collection CSV (`--csv`).
    Csv,
}

fn run(args: &Args) -> bool {
    let shape = if args.csv {
        Shape::Csv
    } else if args.out.is_some() {
        Shape::Files
    } else if args.jsonl {
        Shape::Lines
    } else if args.inputs.len() == 1 {
        Shape::Document
    } else {
        Shape::Keyed
    };
    let mut out = BufWriter::new(io::stdout());
    if shape == Shape::Csv
        && out
            .write_all(export::collection_csv_header().as_bytes())
            .is_err()
    {
        return false;
    }
    // The window: how many inputs may be read or waiting to be written at once.
    let window = (args.jobs * 4).max(8);
    let mut wrote_any = false;
    let mut ok = true;
    let sink = |done: Done| -> bool {
        match done {
            Ok(None) => true,
            Ok(Some(text)) => {
                let sep = match shape {
                    Shape::Keyed if wrote_any => ",\n",
                    Shape::Keyed => "{\n",
                    _ => "",
                };
                wrote_any = true;
                out.write_all(sep.as_bytes()).is_ok() && out.write_all(text.as_bytes()).is_ok()
            }
            Err(message) => {
                eprintln!("blotter: {message}");
                ok = false;
                true
            }
        }
    };
    let finished = in_order(
        args.jobs,
        window,
        |send| produce(args, send),
        |job| work(args, shape, job),
        sink,
    );
    let closed = match shape {
        Shape::Keyed if wrote_any => out.write_all(b"\n}\n").is_ok(),
        _ => true,
    };
    finished && closed && out.flush().is_ok() && ok
}

/// Makes the jobs in input order: a file each, or a line each for `--jsonl` (blank lines
/// skipped). Stops when `send` says the output is closed.
fn produce(args: &Args, send: &mut dyn FnMut(Job) -> bool) {
    for name in &args.inputs {
        if !args.jsonl {
            if !send(Job::File(name.clone())) {
                return;
            }
            continue;
        }
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(name) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    if !send(Job::Failed(format!("{name}: cannot read: {e}"))) {
                        return;
                    }
                    continue;
                }
            }
        };
        for (n, line) in reader.split(b'\n').enumerate() {
            let job = match line {
                Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(bytes) => Job::Line {
                    input: name.clone(),
                    number: n + 1,
                    bytes,
                },
                Err(e) => Job::Failed(format!("{name}: cannot read: {e}")),
            };
            let failed = matches!(job, Job::Failed(_));
            if !send(job) {
                return;
            }
            if failed {
                break;
            }
        }
    }
}

/// Reads and extracts one job, on a worker thread.
fn work(args: &Args, shape: Shape, job: Job) -> Done {
    match job {
        Job::Failed(message) => Err(message),
        Job::File(name) => {
            let text = read_input(&name)?;
            let options = Options {
                published: args.published.clone(),
            };
            let facts = corrected(args, &name, &text, extract(&text, &options));
            Ok(Some(match shape {
                Shape::Files => {
                    let dir = args.out.as_deref().unwrap_or(Path::new("."));
                    let path = dir.join(output_name(&name));
                    std::fs::write(&path, facts.to_json() + "\n")
                        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
                    return Ok(None);
                }
                Shape::Csv => export::collection_csv_rows(&release_name(&name), &facts),
                Shape::Document => facts.to_json() + "\n",
                Shape::Keyed | Shape::Lines => {
                    let key = serde_json::to_string(&name).unwrap_or_default();
                    format!("{key}: {}", facts.to_json_line())
                }
            }))
        }
        Job::Line {
            input,
            number,
            bytes,
        } => {
            let record = std::str::from_utf8(&bytes)
                .map_err(|_| "not UTF-8".to_string())
                .and_then(|s| serde_json::from_str::<JsonlLine>(s).map_err(|e| e.to_string()))
                .and_then(|r| match &r.published {
                    Some(d) if !is_iso_date(d) => {
                        Err(format!("`published` takes YYYY-MM-DD, not `{d}`"))
                    }
                    _ => Ok(r),
                })
                .map_err(|e| format!("{input}:{number}: bad JSON line: {e}"))?;
            let options = Options {
                published: record.published.or_else(|| args.published.clone()),
            };
            let facts = extract(&record.text, &options);
            Ok(Some(if shape == Shape::Csv {
                let release = match &record.id {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                export::collection_csv_rows(&release, &facts)
            } else {
                // The facts object with the line's id as its first field.
                let id = serde_json::to_string(&record.id).unwrap_or_default();
                format!("{{\"id\":{id},{}\n", &facts.to_json_line()[1..])
            }))
        }
    }
}

/// Runs `work` on `jobs` threads over what `produce` sends, and gives each result to
/// `sink` in the order the jobs were sent. `produce` waits while `window` jobs are in
/// flight (sent and not yet given to `sink`), so at most that many inputs and results
/// are held at once. When `sink` returns false (the output is closed), nothing more is
/// sent or given and this returns false.
fn in_order<J: Send, R: Send>(
    jobs: usize,
    window: usize,
    produce: impl FnOnce(&mut dyn FnMut(J) -> bool),
    work: impl Fn(J) -> R + Sync,
    mut sink: impl FnMut(R) -> bool + Send,
) -> bool {
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, J)>(window);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, R)>();
    // How many results the sink has taken, and whether it stopped.
    let written = (Mutex::new(0usize), Condvar::new());
    let stopped = AtomicBool::new(false);
    std::thread::scope(|s| {
        let (job_rx, work, written, stopped) = (&job_rx, &work, &written, &stopped);
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            s.spawn(move || loop {
                let next = job_rx
                    .lock()
                    .map_err(drop)
                    .and_then(|rx| rx.recv().map_err(drop));
                let Ok((i, job)) = next else { break };
                if done_tx.send((i, work(job))).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let writer = s.spawn(move || {
            let mut waiting = BTreeMap::new();
            let mut next = 0;
            for (i, result) in done_rx {
                waiting.insert(i, result);
                while let Some(result) = waiting.remove(&next) {
                    let more = sink(result);
                    next += 1;
                    if let Ok(mut w) = written.0.lock() {
                        *w = next;
                    }
                    if !more {
                        stopped.store(true, Ordering::SeqCst);
                    }
                    written.1.notify_all();
                    if !more {
                        return false;
                    }
                }
            }
            true
        });
        let mut sent = 0;
        produce(&mut |job| {
            let Ok(mut w) = written.0.lock() else {
                return false;
            };
            while sent >= *w + window && !stopped.load(Ordering::SeqCst) {
                w = match written.1.wait(w) {
                    Ok(w) => w,
                    Err(_) => return false,
                };
            }
            drop(w);
            if stopped.load(Ordering::SeqCst) || job_tx.send((sent, job)).is_err() {
                return false;
            }
            sent += 1;
            true
        });
        drop(job_tx);
        writer.join().unwrap_or(false)
    })
}

/// Reads a whole input as UTF-8, naming it in the error.
fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if name == "-" {
        io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{name}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The output name for an input: `NAME.json` for `NAME.txt`.
fn output_name(input: &str) -> String {
    if input == "-" {
        return "stdin.json".into();
    }
    let stem = Path::new(input)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "input".into());
    format!("{stem}.json")
}

/// A release's name in the CSV: its file name without folders (what the page shows for
/// a dropped file), `stdin` for standard input.
fn release_name(input: &str) -> String {
    if input == "-" {
        return "stdin".into();
    }
    Path::new(input)
        .file_name()
        .map_or_else(|| input.to_string(), |s| s.to_string_lossy().into_owned())
}

/// `--explain`: for each input, a heading when there are several, then one line for
/// every number in the text.
fn run_explain(args: &Args) -> bool {
    let options = Options {
        published: args.published.clone(),
    };
    let mut ok = true;
    let mut stdout = io::stdout().lock();
    for name in &args.inputs {
        let text = match read_input(name) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("blotter: {e}");
                ok = false;
                continue;
            }
        };
        let mut lines = Vec::new();
        if args.inputs.len() > 1 {
            lines.push(format!("== {name}"));
        }
        lines.extend(explain(&text, &options).iter().map(explain_line));
        for line in lines {
            if writeln!(stdout, "{line}").is_err() {
                return false;
            }
        }
    }
    ok
}

/// One number: `[12..22] "187 knives" -> figure knife 187 count, period 2020 (rule <n> <item>)`
/// or `[40..44] "2019" -> no figure (year): it is a year`.
fn explain_line(e: &Explained) -> String {
    let at = format!("[{}..{}] {:?}", e.span.start, e.span.end, e.text);
    match (&e.figure, e.rejection) {
        (Some(f), _) => {
            let change = match f.change {
                Some(c) => format!(" {}", c.as_str()),
                None => String::new(),
            };
            let period = match &f.period {
                Some(p) => format!(", period {p}"),
                None => String::new(),
            };
            format!(
                "{at} -> figure {} {}{change} {} ({}){period} (rule {})",
                f.category.as_str(),
                f.value,
                f.unit.as_str(),
                f.item,
                f.source.rule,
            )
        }
        (None, Some(r)) => format!("{at} -> no figure ({}): {}", r.name, r.reason),
        (None, None) => format!("{at} -> no figure"),
    }
}
