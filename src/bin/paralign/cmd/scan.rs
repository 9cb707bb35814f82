//! `paralign scan DIR [--json]`: list the releases in a folder and the state
//! of each language version.
//!
//! Text mode prints the table on stdout, and on stderr the unusable files as
//! `file:line: message` followed by the non-fatal remarks as
//! `file:line: warning: message`; `--json` prints one document holding all of
//! it on stdout. `--encoding NAME` forces the pages' encoding (otherwise
//! detected, with a warning for each page that is not UTF-8), and
//! `--max-page-size SIZE` (default 8M) refuses larger pages unread.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Context;
use paralign::release::{self, Encoding, Index, ReadOptions, ReleaseSummary, ScanStream};

/// Flags of `paralign scan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder holding the scraped pages (read recursively).
    pub dir: PathBuf,
    /// Print a JSON document instead of the table.
    #[arg(long)]
    pub json: bool,
    /// How the pages are read.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// The page-reading flags, shared by every command that reads a folder:
/// `scan` and `check` flatten it; `align` takes the same two flags by adding
/// `#[command(flatten)] pub read: super::scan::ReadArgs` to its `Args` and
/// calling `release::read_dir_with(&args.dir, &args.read.options())`.
#[derive(Debug, clap::Args)]
pub struct ReadArgs {
    /// Decode every page with this encoding (utf-8, utf-16le, latin1,
    /// windows-1251, koi8-r, …) instead of detecting it.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static Encoding>,
    /// Refuse pages larger than this, without reading them: bytes, or with
    /// a K, M or G suffix (binary units).
    #[arg(long, value_name = "SIZE", default_value = "8M", value_parser = parse_size)]
    pub max_page_size: u64,
}

impl ReadArgs {
    /// The library's read options.
    pub fn options(&self) -> ReadOptions {
        ReadOptions {
            encoding: self.encoding,
            max_page_size: self.max_page_size,
        }
    }
}

fn parse_encoding(s: &str) -> Result<&'static Encoding, paralign::Error> {
    release::encoding_from_label(s)
}

fn parse_size(s: &str) -> Result<u64, String> {
    let (digits, shift) = match s.trim().to_ascii_uppercase() {
        t if t.ends_with('K') => (t[..t.len() - 1].to_string(), 10),
        t if t.ends_with('M') => (t[..t.len() - 1].to_string(), 20),
        t if t.ends_with('G') => (t[..t.len() - 1].to_string(), 30),
        t => (t, 0),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("'{s}' is not a size such as 8388608, 512K or 8M"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("'{s}' is too large"))
}

/// Runs `paralign scan`: exit 0, or 2 when not a single release could be
/// read. The releases are read a window at a time and printed as they go.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let reading = crate::ui::spinner("reading the releases");
    let index = Index::build(&args.dir, &args.read.options())
        .with_context(|| format!("cannot scan {}", args.dir.display()))
        .map_err(|e| super::json_failure(args.json, &args.dir, e))?;
    reading.finish_and_clear();
    let ranking = paralign::join::rank_pivots(&index.census().usable, &[], None);
    let out = io::BufWriter::new(io::stdout().lock());
    let mut stream = ScanStream::new(out, args.json)?;
    let mut problems = index.problems().to_vec();
    for window in index.windows(64) {
        let window = window?;
        problems.extend(window.problems);
        for r in &window.releases {
            let pivot = paralign::join::release_pivot(r, &ranking);
            stream.add(&ReleaseSummary::new(r, pivot))?;
        }
    }
    let (warnings, read) = stream.finish(&problems)?;
    if let Some(warnings) = warnings.filter(|_| !crate::ui::quiet()) {
        let mut err = io::stderr().lock();
        for problem in &problems {
            writeln!(err, "{problem}")?;
        }
        io::copy(&mut io::BufReader::new(warnings), &mut err)?;
    }
    Ok(if read { 0 } else { 2 })
}
