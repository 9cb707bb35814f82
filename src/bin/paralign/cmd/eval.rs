//! `paralign eval`: strict and lax precision, recall and F1 of bead files.

use std::io::{self, Write};
use std::path::PathBuf;

use paralign::eval::{self, Prf, Scores, ShapeScore};

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
    /// Also give strict precision and recall per bead shape (1-1, 1-2, 2-1,
    /// 2-2, 1-0/0-1, other), 0-1/1-0 included; with --json, as `by_shape`.
    #[arg(long)]
    pub by_shape: bool,
}

/// The JSON of `--json --by-shape`: the pooled scores and the breakdown.
#[derive(serde::Serialize)]
struct WithShapes<'a> {
    #[serde(flatten)]
    scores: &'a Scores,
    by_shape: &'a [ShapeScore],
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
    for ((g, t), (gold, test)) in args.gold.iter().zip(&args.test).zip(&pairs) {
        let (ge, te) = (eval::extent(gold), eval::extent(test));
        if ge != te {
            eprintln!(
                "paralign: warning: {} covers {} source and {} target sentences but {} \
                 covers {} and {}: are they alignments of the same pair of files?",
                g.display(),
                ge.0,
                ge.1,
                t.display(),
                te.0,
                te.1
            );
        }
    }
    let scores = eval::score(&pairs);
    let shapes = if args.by_shape {
        eval::by_shape(&pairs)
    } else {
        Vec::new()
    };
    // `writeln!`, not `println!`, which panics when the pipe is closed.
    let mut out = io::stdout().lock();
    match (args.json, args.by_shape) {
        (true, false) => writeln!(out, "{}", serde_json::to_string_pretty(&scores)?)?,
        (true, true) => {
            let both = WithShapes {
                scores: &scores,
                by_shape: &shapes,
            };
            writeln!(out, "{}", serde_json::to_string_pretty(&both)?)?
        }
        (false, _) => {
            write!(out, "{}", table(&scores))?;
            if args.by_shape {
                write!(out, "{}", shape_table(&shapes))?;
            }
        }
    }
    out.flush()?;
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

fn shape_table(shapes: &[ShapeScore]) -> String {
    let mut t = format!(
        "\n{:<8}{:>6}{:>11}{:>11}{:>9}\n",
        "shape", "gold", "predicted", "precision", "recall"
    );
    for s in shapes {
        t += &format!(
            "{:<8}{:>6}{:>11}{:>11.4}{:>9.4}\n",
            s.shape.to_string(),
            s.gold,
            s.predicted,
            s.precision,
            s.recall
        );
    }
    t
}
