//! `paralign lexicon DIR -o FILE`: learn the archive lexicon (the word
//! translations of the first of `align DIR`'s two passes, as `align DIR
//! --lexicon-out FILE` saves it when no dictionary is given) and save it,
//! for `--lexicon FILE` to reuse. With `--beads FILE`, learn it from the
//! confident beads a distributed run's first pass wrote (`align
//! --input-jsonl - --confident-beads`): the same table as a folder run's.

use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use anyhow::Context;
use paralign::Lang;
use paralign::join::ConfidentBead;
use paralign::release::{Index, ReadOptions};
use paralign::score::ArchiveLexicon;

/// Flags of `paralign lexicon`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of scraped releases, read recursively.
    #[arg(required_unless_present = "beads", conflicts_with = "beads")]
    pub dir: Option<PathBuf>,
    /// Learn from confident beads given as JSON lines (`-`: standard input),
    /// as `align --input-jsonl - --confident-beads` prints them, in order.
    #[arg(long, value_name = "FILE")]
    pub beads: Option<PathBuf>,
    /// Where to write the table (`-`: standard output): `src tgt src_stem
    /// tgt_stem weight` lines, as `align --lexicon-out` writes them.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Languages to align, comma-separated (default: every language present).
    #[arg(long, value_delimiter = ',', conflicts_with = "beads")]
    pub langs: Vec<Lang>,
    /// The version every other is aligned against (default: the language
    /// most releases have).
    #[arg(long, conflicts_with = "beads")]
    pub pivot: Option<Lang>,
    /// Worker threads.
    #[command(flatten)]
    pub threads: super::Threads,
}

/// Runs `paralign lexicon`: exit 0, or 2 on error (an existing output is
/// then left as it was).
pub fn run(args: Args) -> anyhow::Result<u8> {
    args.threads.apply()?;
    let to_stdout = args.output.as_os_str() == "-";
    if !to_stdout {
        let inputs: Vec<&Path> = args
            .dir
            .iter()
            .chain(&args.beads)
            .map(PathBuf::as_path)
            .collect();
        paralign::export::refuse_inputs(&args.output, &inputs)?;
        paralign::export::check_file_target(&args.output).context("cannot write the lexicon")?;
    }
    let table = match (&args.dir, &args.beads) {
        (_, Some(beads)) => from_beads(beads)?.translations(),
        (Some(dir), None) => {
            let index = Index::build(dir, &ReadOptions::default())
                .with_context(|| format!("cannot read {}", dir.display()))?;
            super::align::warn_problems(index.problems());
            let config = paralign::align::Config::default();
            super::lexicon::learn_over(&index, (&args.langs, args.pivot), &config)?
        }
        (None, None) => anyhow::bail!("give a folder or --beads"),
    };
    let mut bytes = Vec::new();
    table.write(&mut bytes)?;
    if to_stdout {
        use std::io::Write;
        let mut out = io::stdout().lock();
        out.write_all(&bytes).and_then(|()| out.flush())?;
    } else {
        paralign::export::write_atomically(&args.output, &bytes)
            .context("cannot write the lexicon")?;
        crate::ui::note!(
            "paralign: {} word translations saved to {}",
            table.len(),
            args.output.display()
        );
    }
    Ok(0)
}

/// The lexicon counted over the beads of `path`, in order.
fn from_beads(path: &Path) -> anyhow::Result<ArchiveLexicon> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        let file =
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        Box::new(BufReader::new(file))
    };
    let mut lexicon = ArchiveLexicon::default();
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let bead: ConfidentBead = serde_json::from_str(&line)
            .with_context(|| format!("{} line {}: not a confident bead", path.display(), n + 1))?;
        lexicon.add(bead.pair, &bead.src, &bead.tgt);
    }
    Ok(lexicon)
}
