//! `paralign align`: align every release of a folder and export a parallel corpus.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use paralign::export::run::{self, Plan, Summary};
use paralign::export::{Filters, Format, Options, Output};
use paralign::join::Level;
use paralign::{Lang, release};

/// Flags of `paralign align`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of scraped releases, read recursively.
    #[arg(required_unless_present = "input_jsonl")]
    pub dir: Option<PathBuf>,
    /// Read groups of pages as JSON lines from FILE (`-`: standard input)
    /// instead of a folder, and write their units as JSON lines: the same
    /// binary as the mapper of a distributed run (README, "At scale").
    #[arg(long, value_name = "FILE", conflicts_with = "dir")]
    pub input_jsonl: Option<PathBuf>,
    /// With --input-jsonl: print each page's path and release key as JSON
    /// lines instead of aligning (the grouping step of a distributed run).
    #[arg(long, requires = "input_jsonl")]
    pub group_keys: bool,
    /// Output file (`-` for standard output); a directory for `--format moses`.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Output format: tmx-json, tmx, moses, jsonl or tsv.
    #[arg(long, default_value = "tmx-json", value_parser = parse_format)]
    pub format: Format,
    /// Units of sentences, or of whole paragraphs.
    #[arg(long, default_value = "sentence", value_parser = parse_level)]
    pub level: Level,
    /// Languages to export, comma-separated, e.g. `de,fr` (default: every language
    /// present); two languages make the one moses pair.
    #[arg(long, value_name = "LIST")]
    pub langs: Option<String>,
    /// The version every other is aligned against (default: the language most
    /// releases have; a release without it uses the next most common).
    #[arg(long, value_parser = parse_lang)]
    pub pivot: Option<Lang>,
    /// Drop units whose weakest link scores below S (0 to 1).
    #[arg(long, value_name = "S")]
    pub min_score: Option<f64>,
    /// Drop units missing a language their release has.
    #[arg(long)]
    pub no_empty: bool,
    /// Drop units whose texts repeat an earlier unit in every language.
    #[arg(long)]
    pub dedup: bool,
    /// Drop units where a side is shorter than R times the pivot side (in characters).
    #[arg(long, value_name = "R")]
    pub min_ratio: Option<f64>,
    /// Drop units where a side is longer than R times the pivot side (in characters).
    #[arg(long, value_name = "R")]
    pub max_ratio: Option<f64>,
    /// Leave out versions whose body reads as another language than they are filed as.
    #[arg(long)]
    pub skip_mislabelled: bool,
    /// Worker threads (default: one per core); the output does not depend on it.
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
}

fn parse_format(s: &str) -> Result<Format, paralign::Error> {
    s.parse()
}

fn parse_level(s: &str) -> Result<Level, paralign::Error> {
    s.parse()
}

fn parse_lang(s: &str) -> Result<Lang, paralign::Error> {
    s.parse()
}

/// Runs `paralign align`: exit 0 when every release was exported, 2 when some
/// failed (the others are still in the output) or none could be read.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let opts = options(&args)?;
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let (Some(dir), None) = (&args.dir, &args.input_jsonl) else {
        return super::align_jsonl::run(&args, &opts);
    };
    let output = Output::prepare(&args.output, args.format).context("cannot write the output")?;
    std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let index = release::Index::build(dir, &release::ReadOptions::default())?;
    warn_problems(index.problems());
    let census = index.census();
    let plan = run::plan_for(census, &opts)?;
    if census.releases > 0 && !census.present.contains(&plan.pivot) {
        eprintln!(
            "paralign: warning: no release has a {} version; each uses its most common language",
            plan.pivot
        );
    }
    let dates = census.dates.iter().map(String::as_str);
    let date = run::creation_date_of(dates, source_date_epoch()?);
    let mut exporter = args.format.exporter(output, &plan.meta(opts.level, date))?;
    let bar = progress_bar(census.releases);
    let mut stream = run::Stream::new(&opts);
    for window in index.windows(opts.chunk) {
        let window = window?;
        warn_problems(&window.problems);
        if !opts.skip_mislabelled {
            warn_mislabelled(&window.releases, &opts.langs);
        }
        stream.write(&window.releases, &plan, &opts, exporter.as_mut())?;
        bar.inc(window.releases.len() as u64);
    }
    let summary = stream.finish(exporter.as_mut())?;
    bar.finish_and_clear();
    report(&summary, &plan, &args);
    // As for `scan`: a folder without a single readable release is an error
    // (a mistyped or unmounted archive), though the empty document is valid.
    let nothing_read = census.releases == 0;
    Ok(if summary.failed.is_empty() && !nothing_read {
        0
    } else {
        2
    })
}

/// Files the archive could not use are not fatal: name them and go on.
pub(super) fn warn_problems(problems: &[release::Problem]) {
    for p in problems {
        eprintln!("paralign: skipped {p}");
    }
}

/// A version in the wrong language poisons a training corpus: say so, even
/// though it is exported as filed unless `--skip-mislabelled` is given.
pub(super) fn warn_mislabelled(releases: &[paralign::Release], langs: &[Lang]) {
    for release in releases {
        let selected = |lang: &Lang| langs.is_empty() || langs.contains(lang);
        for (lang, doc) in release.versions.iter().filter(|(l, _)| selected(l)) {
            if let Some(detected) = doc.detected.filter(|_| doc.is_mislabelled()) {
                eprintln!(
                    "paralign: warning: release {} {lang} ({}) reads as {detected}; \
                     exported as {lang} all the same (--skip-mislabelled leaves it out)",
                    release.id,
                    doc.path.display()
                );
            }
        }
    }
}

fn options(args: &Args) -> anyhow::Result<Options> {
    let langs = match &args.langs {
        Some(list) => Lang::parse_list(list).context("--langs")?,
        None => Vec::new(),
    };
    let filters = Filters {
        min_score: args.min_score,
        no_empty: args.no_empty,
        min_ratio: args.min_ratio,
        max_ratio: args.max_ratio,
        dedup: args.dedup,
    };
    filters.validate()?;
    let opts = Options {
        langs,
        pivot: args.pivot,
        level: args.level,
        filters,
        skip_mislabelled: args.skip_mislabelled,
        ..Options::default()
    };
    // The pivot/--langs agreement, and the moses pairs of an explicit --langs,
    // do not need the archive: check them before any work.
    let plan = run::plan(&[], &opts)?;
    if args.format.is_directory() && !opts.langs.is_empty() && plan.pairs.is_empty() {
        anyhow::bail!(
            "the {} format writes language pairs: --langs {} gives none; name two languages",
            args.format,
            args.langs.as_deref().unwrap_or_default()
        );
    }
    Ok(opts)
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org), when set.
fn source_date_epoch() -> anyhow::Result<Option<i64>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v
            .trim()
            .parse()
            .map(Some)
            .with_context(|| format!("SOURCE_DATE_EPOCH={v:?} is not a number of seconds")),
        Err(_) => Ok(None),
    }
}

/// A bar on stderr, only when a person is watching it.
fn progress_bar(releases: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(releases as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{bar:40} {pos}/{len} releases ({per_sec}, {eta})")
        .expect("the template is valid");
    bar.with_style(style)
}

pub(super) fn report(s: &Summary, plan: &Plan, args: &Args) {
    for f in &s.failed {
        eprintln!("paralign: release {} failed: {}", f.release, f.reason);
    }
    for m in &s.mislabelled {
        let (id, lang, detected) = (&m.release, m.lang, m.detected);
        eprintln!("paralign: left out release {id} {lang}: its body reads as {detected}");
    }
    eprintln!(
        "paralign: {} release{}: {} aligned, {} failed, {} without a selected language",
        s.releases,
        if s.releases == 1 { "" } else { "s" },
        s.aligned,
        s.failed.len(),
        s.skipped
    );
    eprintln!(
        "paralign: {} units joined, {} written ({}, pivot {}) to {}",
        s.units,
        s.written,
        args.format,
        plan.pivot,
        shown(&args.output)
    );
    let r = &s.removed;
    eprintln!(
        "paralign: filters removed {}: {} missing a side, {} below the minimum score, \
         {} outside the length ratio, {} duplicates",
        r.total(),
        r.empty,
        r.score,
        r.ratio,
        r.duplicate
    );
}

fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard output".into()
    } else {
        path.display().to_string()
    }
}
