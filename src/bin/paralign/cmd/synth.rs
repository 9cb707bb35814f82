//! `paralign synth --releases N -o DIR`: build a synthetic archive of any
//! size from a folder of real releases (`corpus/` by default), for
//! benchmarks and scale tests.

use std::path::PathBuf;

use anyhow::Context;
use paralign::release::Synth;

/// Flags of `paralign synth`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of releases to write.
    #[arg(long, value_name = "N")]
    pub releases: usize,
    /// Folder to write the archive into (created if need be).
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Folder of releases whose paragraphs the archive is made of.
    #[arg(long, value_name = "DIR", default_value = "corpus")]
    pub from: PathBuf,
}

/// Runs `paralign synth`: exit 0, or 2 on error.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let synth = Synth::from_dir(&args.from)
        .with_context(|| format!("cannot take seeds from {}", args.from.display()))?;
    let files = synth.write(args.releases, &args.output)?;
    eprintln!(
        "paralign: wrote {} releases ({files} pages) to {}",
        args.releases,
        args.output.display()
    );
    Ok(0)
}
