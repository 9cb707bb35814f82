//! `paralign review DIR -o FILE`: write a self-contained HTML review page.
//!
//! Exit code: 0 when the page was written, 2 on error. The page is written to
//! a temporary file beside the target and renamed, so a failed run leaves an
//! existing page as it was.

use std::io::Write;
use std::path::{Path, PathBuf};

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
    write_atomically(&args.output, html.as_bytes())
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "paralign: review page of {} releases written to {}",
        archive.releases.len(),
        args.output.display()
    );
    Ok(0)
}

/// Writes `bytes` to a temporary file in `path`'s folder, then renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    // A temporary file is private (0600); a page is meant to be read like any other file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.persist(path)?;
    Ok(())
}
