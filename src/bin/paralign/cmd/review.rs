//! `paralign review DIR -o FILE`: write a self-contained HTML review page.
//!
//! Exit code: 0 when the page was written, 2 on error. The page is written to
//! a temporary file beside the target and renamed, so a failed run leaves an
//! existing page as it was.

use std::path::PathBuf;

use anyhow::Context;
use paralign::Lang;
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
}

/// Runs `paralign review`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    paralign::export::refuse_inputs(&args.output, &[&args.dir])?;
    paralign::export::check_file_target(&args.output)
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    let archive = paralign::release::read_dir(&args.dir)
        .with_context(|| format!("cannot read {}", args.dir.display()))?;
    if archive.releases.is_empty() {
        anyhow::bail!("no release could be read in {}", args.dir.display());
    }
    let config = Config {
        langs: args.langs,
        pivot: args.pivot,
        min_score: args.min_score,
        ..Config::default()
    };
    let html = review::render(&archive, &config)?;
    paralign::export::write_atomically(&args.output, html.as_bytes())
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    crate::ui::note!(
        "paralign: review page of {} releases written to {}",
        archive.releases.len(),
        args.output.display()
    );
    Ok(0)
}
