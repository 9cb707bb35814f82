//! `paralign scan DIR [--json]`: list the releases in a folder and the state
//! of each language version.
//!
//! Text mode prints the table on stdout, and on stderr the unusable files as
//! `file:line: message` followed by the non-fatal remarks as
//! `file:line: warning: message`; `--json` prints one document holding all of
//! it on stdout.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Context;
use paralign::release::{self, ScanReport};

/// Flags of `paralign scan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder holding the scraped pages (read recursively).
    pub dir: PathBuf,
    /// Print a JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// Runs `paralign scan`: exit 0, or 2 when not a single release could be read.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let archive = release::read_dir(&args.dir)
        .with_context(|| format!("cannot scan {}", args.dir.display()))?;
    let ranking = paralign::join::pivot_ranking(&archive.releases, &[], None);
    let report = ScanReport::new(&archive, |r| paralign::join::release_pivot(r, &ranking));
    super::print_report(&report, args.json)?;
    if !args.json {
        let mut err = io::stderr().lock();
        for problem in &report.problems {
            writeln!(err, "{problem}")?;
        }
        for warning in report.releases.iter().flat_map(|r| &r.warnings) {
            let mut line = warning.clone();
            line.message.insert_str(0, "warning: ");
            writeln!(err, "{line}")?;
        }
    }
    Ok(if report.nothing_read() { 2 } else { 0 })
}
