//! One module per subcommand, each an `Args` struct and a `run`.

pub mod align;
pub mod align_lines;
pub mod check;
pub mod eval;
pub mod lexicon;
pub mod review;
pub mod scan;
pub mod segment;

use std::fmt::Display;
use std::io::{self, Write};

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
        Command::Review(args) => review::run(args),
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
