//! The command-line tool: `blotter extract FILE...` writes facts/1 JSON for each release;
//! with `--explain` it says instead, for every number in the text, the figure it became or
//! the rejection that turned it down.
//!
//! Bad inputs are reported on stderr, naming the input, and make the exit code non-zero;
//! the other inputs are still read.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use blotter::extract::{explain, extract, Explained, Extraction, Options};

const USAGE: &str = "\
usage: blotter extract [--out DIR] [--published YYYY-MM-DD] [--jsonl | --explain] FILE...

  FILE                a release as UTF-8 text; `-` reads standard input
  --out DIR           write DIR/NAME.json for each NAME.txt (otherwise one JSON document
                      goes to standard output: the facts object for one input, or an
                      object keyed by input name for several)
  --published DATE    the publication date, overriding what the text says
  --jsonl             inputs are lines of {\"id\": ..., \"text\": ...}; write one facts
                      object per line, with its id, as each line is read
  --explain           instead of JSON, print one line for every number in the text: the
                      figure it became, or the rejection that turned it down and why
";

struct Args {
    out: Option<PathBuf>,
    published: Option<String>,
    jsonl: bool,
    explain: bool,
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
        explain: false,
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
            "--explain" => args.explain = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            _ => args.inputs.push(a),
        }
    }
    if args.inputs.is_empty() {
        return Err("no input: name files, or `-` for standard input".into());
    }
    if args.explain && (args.jsonl || args.out.is_some()) {
        return Err("--explain prints to standard output: not with --jsonl or --out".into());
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
    let args = match parse_args(std::env::args().skip(1)) {
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
    let options = Options {
        published: args.published.clone(),
    };
    let ok = if args.explain {
        run_explain(&args, &options)
    } else if args.jsonl {
        run_jsonl(&args, &options)
    } else {
        run_files(&args, &options)
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
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

fn run_files(args: &Args, options: &Options) -> bool {
    let mut ok = true;
    if let Some(dir) = &args.out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("blotter: {}: cannot create folder: {e}", dir.display());
            return false;
        }
    }
    let mut collected: Vec<(String, Extraction)> = Vec::new();
    for name in &args.inputs {
        let text = match read_input(name) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("blotter: {e}");
                ok = false;
                continue;
            }
        };
        let facts = extract(&text, options);
        match &args.out {
            Some(dir) => {
                let path = dir.join(output_name(name));
                if let Err(e) = std::fs::write(&path, facts.to_json() + "\n") {
                    eprintln!("blotter: {}: cannot write: {e}", path.display());
                    ok = false;
                }
            }
            None => collected.push((name.clone(), facts)),
        }
    }
    if args.out.is_none() && !collected.is_empty() {
        let json = if args.inputs.len() == 1 {
            collected[0].1.to_json()
        } else {
            let entries: Vec<String> = collected
                .iter()
                .map(|(name, facts)| {
                    let mut key = blotter::extract::json::Writer::new(false);
                    key.string(name);
                    let key = key.finish();
                    format!("{key}: {}", facts.to_json_line())
                })
                .collect();
            format!("{{\n{}\n}}", entries.join(",\n"))
        };
        let mut stdout = io::stdout().lock();
        if writeln!(stdout, "{json}").is_err() {
            return false;
        }
    }
    ok
}

/// `--explain`: for each input, a heading when there are several, then one line for
/// every number in the text.
fn run_explain(args: &Args, options: &Options) -> bool {
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
        lines.extend(explain(&text, options).iter().map(explain_line));
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

/// A line of `--jsonl` input, read with serde_json: natively only, as the crate has no
/// serde in the web build (where this tool does not run anyway).
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
}

#[cfg(target_arch = "wasm32")]
fn run_jsonl(_: &Args, _: &Options) -> bool {
    eprintln!("blotter: --jsonl needs the native build");
    false
}

#[cfg(not(target_arch = "wasm32"))]
fn run_jsonl(args: &Args, options: &Options) -> bool {
    use std::io::{BufRead, BufWriter};
    let mut ok = true;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for name in &args.inputs {
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(name) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    eprintln!("blotter: {name}: cannot read: {e}");
                    ok = false;
                    continue;
                }
            }
        };
        for (n, line) in reader.split(b'\n').enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("blotter: {name}: cannot read: {e}");
                    ok = false;
                    break;
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = std::str::from_utf8(&line)
                .map_err(|_| "not UTF-8".to_string())
                .and_then(|s| serde_json::from_str::<Line>(s).map_err(|e| e.to_string()));
            let record = match parsed {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("blotter: {name}:{}: bad JSON line: {e}", n + 1);
                    ok = false;
                    continue;
                }
            };
            let facts = extract(&record.text, options).to_json_line();
            // The facts object with the line's id as its first field.
            let id = serde_json::to_string(&record.id).unwrap_or_default();
            if writeln!(out, "{{\"id\":{id},{}", &facts[1..]).is_err() {
                return false;
            }
        }
    }
    out.flush().is_ok() && ok
}
