//! One module per subcommand, each an `Args` struct and a `run`.

pub mod align;
pub mod align_lines;
pub mod check;
pub mod eval;
pub mod scan;
pub mod segment;

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
    }
}
