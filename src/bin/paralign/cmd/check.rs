//! `paralign check DIR`: report missing, mislabelled or incomplete language versions.
//!
//! Exit code: 0 when nothing at or above `--fail-on` was found, 1 when
//! something was, 2 on error (including a folder with no readable release).

use std::io;
use std::path::PathBuf;

use anyhow::Context;
use paralign::Lang;
use paralign::check::stream::Stream;
use paralign::check::{self, Config, Severity};

/// Flags of `paralign check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of scraped releases, read recursively.
    pub dir: PathBuf,
    /// Print the report as JSON (a `Report`: `pivot`, `langs`, `releases`,
    /// `findings`, and `hidden`, the count of findings below `--min-severity`).
    #[arg(long)]
    pub json: bool,
    /// Languages to report on, comma-separated (default: all); the pivot is
    /// always used as the reference even when not listed.
    #[arg(long, value_delimiter = ',')]
    pub langs: Vec<Lang>,
    /// Reference language every version is compared with (default: the
    /// language present in most releases; a release whose pivot version is
    /// absent, empty, far shorter than the others or in the wrong language
    /// uses the next one).
    #[arg(long)]
    pub pivot: Option<Lang>,
    /// Exit with code 1 when a finding at or above this severity exists.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// How the pages are read.
    #[command(flatten)]
    pub read: super::scan::ReadArgs,
    /// List findings at or above this severity; `info` adds the notes on
    /// differences the evidence cannot prove (a figure spelled out or
    /// paraphrased in one version), which are otherwise only counted.
    #[arg(long, value_enum, default_value_t = MinSeverity::Warning)]
    pub min_severity: MinSeverity,
    /// Dictionaries and lexicons.
    #[command(flatten)]
    pub lexicon: super::lexicon::LexiconArgs,
    /// Worker threads.
    #[command(flatten)]
    pub threads: super::Threads,
}

/// The least severity listed in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MinSeverity {
    /// Everything, notes included.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
}

impl From<MinSeverity> for Severity {
    fn from(m: MinSeverity) -> Self {
        match m {
            MinSeverity::Info => Severity::Info,
            MinSeverity::Warning => Severity::Warning,
            MinSeverity::Error => Severity::Error,
        }
    }
}

/// The least severity that makes the check fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Fail on errors only (missing or wrong content).
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Never fail because of findings (still 2 on errors).
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

/// Runs `paralign check`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    args.threads.apply()?;
    args.lexicon.check_output(&[&args.dir])?;
    let reading = crate::ui::spinner("reading the release headers");
    let index = paralign::release::Index::build(&args.dir, &args.read.options())
        .with_context(|| format!("cannot read {}", args.dir.display()))
        .map_err(|e| super::json_failure(args.json, &args.dir, e))?;
    reading.finish_and_clear();
    let defaults = Config::default();
    let align = args
        .lexicon
        .configure(Some(&index), (&args.langs, args.pivot), &defaults.align)?;
    let config = Config {
        langs: args.langs,
        pivot: args.pivot,
        min_severity: args.min_severity.into(),
        align,
        ..defaults
    };
    let releases = index.census().releases;
    let bar = crate::ui::bar(releases, "releases checked");
    let (pivot, langs) = check::heading(&index, &config);
    let out = io::BufWriter::new(io::stdout().lock());
    let mut stream = Stream::new(out, args.json, config.min_severity, pivot, langs)?;
    // The blocks over which every command measures expected lengths
    // (join::WINDOW): enough work for every core.
    let problems = check::check_windows(
        &index,
        check::WINDOW,
        &config,
        |checked: Vec<check::Checked>, problems: &[_]| {
            bar.inc(checked.len() as u64);
            stream
                .add(checked, problems)
                .map_err(|e| paralign::Error::io("<stdout>", e))
        },
    )?;
    bar.finish_and_clear();
    let totals = stream.finish(&problems)?;
    if index.census().releases == 0 {
        eprintln!(
            "paralign: error: no release could be read in {}",
            args.dir.display()
        );
        return Ok(2);
    }
    let failed = args
        .fail_on
        .threshold()
        .is_some_and(|s| totals.count_at_least(s) > 0);
    Ok(u8::from(failed))
}
