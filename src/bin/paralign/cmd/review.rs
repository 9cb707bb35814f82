//! `paralign review DIR -o FILE`: write a self-contained HTML review page.
//!
//! Exit code: 0 when the page was written, 2 on error. The releases are read,
//! aligned and checked a window at a time, so memory does not grow with the
//! archive. The page is written to a temporary file beside the target and
//! renamed, so a failed or interrupted run leaves an existing page as it was.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Context;
use paralign::Lang;
use paralign::export::staged::Pending;
use paralign::review::{self, Config};

/// Flags of `paralign review`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of scraped releases, read recursively.
    pub dir: PathBuf,
    /// The HTML file to write.
    #[arg(short, long, default_value = "review.html")]
    pub output: PathBuf,
    /// Languages to show, comma-separated (default: all present).
    #[arg(long, value_delimiter = ',')]
    pub langs: Vec<Lang>,
    /// Pivot language, shown in the first column (default: the language most releases have).
    #[arg(long)]
    pub pivot: Option<Lang>,
    /// Mark rows whose alignment score is below this.
    #[arg(long, default_value_t = 0.5)]
    pub min_score: f64,
    /// How the pages are read.
    #[command(flatten)]
    pub read: super::scan::ReadArgs,
    /// Worker threads.
    #[command(flatten)]
    pub threads: super::Threads,
    /// Dictionaries and lexicons, as for `align` and `check`.
    #[command(flatten)]
    pub lexicon: super::lexicon::LexiconArgs,
}

/// Runs `paralign review`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    args.threads.apply()?;
    paralign::export::refuse_inputs(&args.output, &[&args.dir])?;
    paralign::export::check_file_target(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    args.lexicon.check_output(&[&args.dir])?;
    let reading = crate::ui::spinner("reading the release headers");
    let index = paralign::release::Index::build(&args.dir, &args.read.options())
        .with_context(|| format!("cannot read {}", args.dir.display()))?;
    reading.finish_and_clear();
    if index.census().releases == 0 {
        anyhow::bail!("no release could be read in {}", args.dir.display());
    }
    let align = args.lexicon.configure(
        Some(&index),
        (&args.langs, args.pivot),
        &Config::default().align,
    )?;
    let config = Config {
        langs: args.langs,
        pivot: args.pivot,
        min_score: args.min_score,
        align,
    };
    let mut pending = Pending::default();
    let file = pending.create(&args.output)?;
    let mut out = io::BufWriter::new(file);
    let written = review::write(&index, &config, &mut out)?;
    out.flush()
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    drop(out);
    pending.commit()?;
    crate::ui::note!(
        "paralign: review page of {} release{} written to {}",
        written.releases,
        super::align::plural(written.releases),
        args.output.display()
    );
    Ok(0)
}
