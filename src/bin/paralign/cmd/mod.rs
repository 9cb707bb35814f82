//! One module per subcommand, each an `Args` struct and a `run`.

pub mod align;
pub mod align_jsonl;
pub mod align_lines;
pub mod check;
pub mod eval;
pub mod learn;
pub mod lexicon;
pub mod review;
pub mod scan;
pub mod segment;
pub mod synth;

use std::fmt::Display;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::cli::Command;

/// Runs a subcommand; the `u8` is the process exit code.
pub fn dispatch(command: Command) -> anyhow::Result<u8> {
    match command {
        Command::Scan(args) => scan::run(args),
        Command::Segment(args) => segment::run(args),
        Command::AlignLines(args) => align_lines::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Align(args) => align::run(args),
        Command::Check(args) => check::run(args),
        Command::Lexicon(args) => learn::run(args),
        Command::Review(args) => review::run(args),
        Command::Synth(args) => synth::run(args),
    }
}

/// `-j/--threads`, shared by the subcommands that work on every core.
#[derive(Debug, Default, clap::Args)]
pub struct Threads {
    /// Worker threads (default: one per core); the output does not depend on it.
    #[arg(short = 'j', long, value_parser = parse_threads)]
    pub threads: Option<usize>,
}

impl Threads {
    /// Starts the global pool with the number of threads asked for, if any.
    pub fn apply(&self) -> anyhow::Result<()> {
        use anyhow::Context;
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global()
                .context("cannot start the worker threads")?;
        }
        Ok(())
    }
}

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("give at least one worker thread (omit -j for one per core)".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("'{s}' is not a number of threads")),
    }
}

/// Under `--json`, a run that fails before it has a report still prints a
/// document, `{"releases": [], "problems": [{"file", "line", "message"}]}`,
/// so a script reading stdout sees why; the error goes on stderr as usual.
pub fn json_failure(json: bool, path: &Path, err: anyhow::Error) -> anyhow::Error {
    if json {
        let problem = paralign::release::Problem {
            file: path.to_path_buf(),
            line: 0,
            message: format!("{err:#}"),
            lang: None,
            release: None,
        };
        let doc = serde_json::json!({ "releases": [], "problems": [problem] });
        // Best effort: the error below is what matters if stdout is gone.
        let _ = print_report(&JsonOnly(doc), true);
    }
    err
}

/// A JSON value printed through [`print_report`].
struct JsonOnly(serde_json::Value);

impl Serialize for JsonOnly {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Display for JsonOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Prints `report` on stdout: as pretty JSON with `json`, else as its readable
/// text. JSON errors go through `io::Error`, so a closed pipe stays
/// recognisable as one and ends quietly.
pub fn print_report(report: &(impl Serialize + Display), json: bool) -> io::Result<()> {
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, report).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
    }
    out.flush()
}
