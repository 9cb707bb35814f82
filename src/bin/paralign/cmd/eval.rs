//! `paralign eval`: strict and lax precision, recall and F1 of bead files.

use std::path::PathBuf;

use paralign::eval::{self, Prf, Scores};

/// Flags of `paralign eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold bead files (`[i, j]:[k]` per line).
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// Predicted bead files, in the same order as --gold (a trailing `:score` is allowed).
    #[arg(long, required = true, num_args = 1..)]
    pub test: Vec<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs `paralign eval`: pooled scores over all gold/test pairs.
pub fn run(args: Args) -> anyhow::Result<u8> {
    if args.gold.len() != args.test.len() {
        anyhow::bail!(
            "{} gold file(s) but {} test file(s): give one test file per gold file, in the same order",
            args.gold.len(),
            args.test.len()
        );
    }
    let pairs = args
        .gold
        .iter()
        .zip(&args.test)
        .map(|(g, t)| Ok((eval::read_beads(g)?, eval::read_beads(t)?)))
        .collect::<paralign::Result<Vec<_>>>()?;
    let scores = eval::score(&pairs);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&scores)?);
    } else {
        print!("{}", table(&scores));
    }
    Ok(0)
}

fn table(s: &Scores) -> String {
    let row = |name: &str, p: &Prf| {
        format!(
            "{name:<8}{:>11.4}{:>9.4}{:>9.4}\n",
            p.precision, p.recall, p.f1
        )
    };
    format!(
        "{:<8}{:>11}{:>9}{:>9}\n{}{}({} test beads, {} gold beads without 0-1/1-0)\n",
        "",
        "precision",
        "recall",
        "F1",
        row("strict", &s.strict),
        row("lax", &s.lax),
        s.test_beads,
        s.gold_beads
    )
}
