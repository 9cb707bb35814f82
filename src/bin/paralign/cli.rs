//! Command-line syntax (clap derive). Each subcommand's flags live in its `cmd/<verb>.rs`.

use clap::{Parser, Subcommand};

use crate::cmd;

/// Turn multilingual press releases into aligned parallel corpora.
#[derive(Debug, Parser)]
#[command(name = "paralign", version, about, long_about = None)]
pub struct Cli {
    /// Print no progress, notes or warnings on stderr; only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the releases in a folder and the state of each language version.
    Scan(cmd::scan::Args),
    /// Split text into sentences (or paragraphs), one per line.
    Segment(cmd::segment::Args),
    /// Align two files holding one sentence per line; print beads.
    AlignLines(cmd::align_lines::Args),
    /// Score predicted bead files against gold ones (precision, recall, F1).
    Eval(cmd::eval::Args),
    /// Align every release in a folder and export a parallel corpus.
    Align(cmd::align::Args),
    /// Report missing, mislabelled or incomplete language versions.
    Check(cmd::check::Args),
    /// Learn word translations over a folder (the first of `align`'s two passes) and save them.
    Lexicon(cmd::learn::Args),
    /// Write a self-contained HTML page of the aligned units and the check's findings.
    Review(cmd::review::Args),
    /// Build a synthetic archive of any size from real releases (for benchmarks).
    Synth(cmd::synth::Args),
}
