//! `paralign align`: align every release of a folder and export a parallel corpus.

use std::path::{Path, PathBuf};

use anyhow::Context;
use itertools::Itertools;
use paralign::export::run::{self, Plan, Summary};
use paralign::export::{Filters, Format, NonEmpty, Options, Output};
use paralign::join::Level;
use paralign::{Lang, release};

use crate::ui::{self, note};

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
    /// With --input-jsonl: print the 1-1 sentence beads a first pass is
    /// confident of as JSON lines instead of units, for `paralign lexicon
    /// --beads` to learn the archive lexicon from (the first pass of a
    /// distributed run).
    #[arg(long, requires = "input_jsonl", conflicts_with = "group_keys")]
    pub confident_beads: bool,
    /// With --input-jsonl: how many releases of the whole archive have a
    /// usable version in each language, e.g. `de=1200,en=1180,fr=990`, so
    /// that every mapper ranks the pivot candidates as a folder run of the
    /// archive does (scripts/spark_align.py counts them from the grouping
    /// step); without it each line ranks them among its own releases.
    #[arg(long, value_name = "COUNTS", requires = "input_jsonl", value_parser = parse_counts)]
    pub archive_counts: Option<ArchiveCounts>,
    /// Output file (`-` for standard output); a directory for `--format moses`.
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,
    /// Output format: tmx-json, tmx, moses, jsonl or tsv (default: the one
    /// OUT's extension names — .tmx, .jsonl, .tsv, .json — else tmx-json;
    /// jsonl with --input-jsonl).
    #[arg(long, value_parser = parse_format)]
    pub format: Option<Format>,
    /// Units of sentences, or of whole paragraphs.
    #[arg(long, default_value = "sentence", value_parser = parse_level)]
    pub level: Level,
    /// Languages to export, comma-separated, at least two, e.g. `de,fr` (default:
    /// every language present); two languages make the one moses pair.
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
    /// Keep only units holding every exported language (`--langs de,fr
    /// --complete`: a clean pair corpus, every JSONL row with the same keys).
    #[arg(long)]
    pub complete: bool,
    /// Drop units whose texts repeat an earlier unit in every language.
    #[arg(long)]
    pub dedup: bool,
    /// Drop units where a side is shorter than R times the pivot side (in characters).
    #[arg(long, value_name = "R")]
    pub min_ratio: Option<f64>,
    /// Drop units where a side is longer than R times the pivot side (in characters).
    #[arg(long, value_name = "R")]
    pub max_ratio: Option<f64>,
    /// Export versions whose body reads as another language than they are filed
    /// as, too (left out by default: they would teach a wrong translation).
    #[arg(long)]
    pub keep_mislabelled: bool,
    /// The default now; accepted so that older scripts still run.
    #[arg(long, hide = true, conflicts_with = "keep_mislabelled")]
    pub skip_mislabelled: bool,
    /// Worker threads.
    #[command(flatten)]
    pub threads: super::Threads,
    /// Dictionaries and lexicons.
    #[command(flatten)]
    pub lexicon: super::lexicon::LexiconArgs,
}

impl Args {
    /// The output format: as given, else as the output's extension names it,
    /// else JSON lines for a mapper and tmx-json for a folder.
    pub fn format(&self) -> Format {
        self.format
            .or_else(|| Format::from_extension(&self.output))
            .unwrap_or(match self.input_jsonl {
                Some(_) => Format::Jsonl,
                None => Format::TmxJson,
            })
    }

    /// Warns when `--format` contradicts the output's extension (`--format
    /// tmx-json -o corpus.tmx`): a tool opening the file by its name would
    /// fail on it.
    fn warn_extension(&self) {
        let (Some(given), Some(named)) = (self.format, Format::from_extension(&self.output)) else {
            return;
        };
        if given != named {
            note!(
                "paralign: warning: writing {given} to {}, whose extension names {named}",
                self.output.display()
            );
        }
    }
}

/// Releases with a usable version, per language, in the whole archive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchiveCounts(pub std::collections::BTreeMap<Lang, usize>);

fn parse_counts(s: &str) -> Result<ArchiveCounts, String> {
    s.split(',')
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let (lang, n) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?}: expected LANG=COUNT, e.g. de=1200"))?;
            let lang: Lang = lang.trim().parse().map_err(|e| format!("{e}"))?;
            let n = (n.trim().parse::<usize>()).map_err(|e| format!("{part:?}: {e}"))?;
            Ok((lang, n))
        })
        .collect::<Result<_, String>>()
        .map(ArchiveCounts)
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
/// failed (the others are still in the output) or nothing could be exported
/// (an existing output is then left as it was).
pub fn run(args: Args) -> anyhow::Result<u8> {
    let mut opts = options(&args)?;
    args.warn_extension();
    args.threads.apply()?;
    let (Some(dir), None) = (&args.dir, &args.input_jsonl) else {
        // A mapper sees one group at a time: dictionaries and a saved
        // lexicon apply, an archive-wide one is learned beforehand.
        opts.align = args
            .lexicon
            .configure(None, (&opts.langs, opts.pivot), &opts.align)?;
        return super::align_jsonl::run(&args, &opts);
    };
    let output = Output::prepare(&args.output, args.format()).context("cannot write the output")?;
    output.refuse_inputs(&[dir])?;
    args.lexicon.check_output(&[dir])?;
    std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let reading = ui::spinner("reading the release headers");
    let index = release::Index::build(dir, &release::ReadOptions::default())?;
    reading.finish_and_clear();
    warn_problems(index.problems());
    let census = index.census();
    let plan = run::plan_for(census, &opts)?;
    if args.complete {
        opts.filters.require = plan.langs.clone();
    }
    opts.align = args
        .lexicon
        .configure(Some(&index), (&opts.langs, opts.pivot), &opts.align)?;
    if census.releases > 0 && !census.present.contains(&plan.pivot) {
        note!(
            "paralign: warning: no release has a {} version; each uses its most common language",
            plan.pivot
        );
    }
    let dates = census.dates.iter().map(String::as_str);
    let date = run::creation_date_of(dates, source_date_epoch()?);
    let exporter = args
        .format()
        .exporter(output, &plan.meta(opts.level, date))?;
    let mut exporter = NonEmpty::new(exporter);
    let bar = ui::bar(census.releases, "releases");
    let mut stream = run::Stream::new(&opts);
    for window in index.windows(paralign::join::WINDOW) {
        let window = window?;
        warn_problems(&window.problems);
        if !opts.skip_mislabelled {
            warn_mislabelled(&window.releases, &opts.langs);
        }
        stream.write(&window.releases, &plan, &opts, &mut exporter)?;
        bar.inc(window.releases.len() as u64);
    }
    let summary = stream.finish(&mut exporter)?;
    bar.finish_and_clear();
    report(&summary, &plan, &args);
    if summary.written == 0 {
        nothing_exported(&summary, &args);
        return Ok(2);
    }
    Ok(if summary.failed.is_empty() { 0 } else { 2 })
}

/// An export of nothing (a mistyped or unmounted archive, filters too strict)
/// is an error, and replaces no earlier output.
fn nothing_exported(s: &Summary, args: &Args) {
    let why = if s.releases == 0 {
        let input = args.dir.as_ref().or(args.input_jsonl.as_ref());
        let input = input.map_or_else(String::new, |p| p.display().to_string());
        format!("no release could be read in {input}")
    } else {
        format!("no unit to export from {} releases", s.releases)
    };
    let kept = if args.output.as_os_str() == "-" {
        String::new()
    } else if args.output.exists() {
        format!("; {} left as it was", args.output.display())
    } else {
        format!("; {} not written", args.output.display())
    };
    eprintln!("paralign: error: {why}{kept}");
}

/// Files the archive could not use are not fatal: name them, once and in the
/// form `scan` uses (`file:line: message`), and go on.
pub(super) fn warn_problems(problems: &[release::Problem]) {
    for p in problems {
        note!("{p}");
    }
}

/// A version in the wrong language poisons a training corpus: under
/// `--keep-mislabelled` it is exported as filed, but said so.
pub(super) fn warn_mislabelled(releases: &[paralign::Release], langs: &[Lang]) {
    for release in releases {
        let selected = |lang: &Lang| langs.is_empty() || langs.contains(lang);
        for (lang, doc) in release.versions.iter().filter(|(l, _)| selected(l)) {
            if let Some(detected) = doc.detected.filter(|_| doc.is_mislabelled()) {
                note!(
                    "paralign: warning: release {} {lang} ({}) reads as {detected}; \
                     exported as {lang} all the same (--keep-mislabelled)",
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
    if let [only] = Itertools::unique(langs.iter()).collect::<Vec<_>>()[..] {
        let list = args.langs.as_deref().unwrap_or_default();
        anyhow::bail!(
            "--langs {list}: a parallel corpus needs a pair; name two languages or more, e.g. {only},en"
        );
    }
    let filters = Filters {
        min_score: args.min_score,
        no_empty: args.no_empty,
        // --complete: the listed languages; without --langs, those present,
        // known once the archive is read.
        require: if args.complete {
            langs.iter().copied().unique().collect()
        } else {
            Vec::new()
        },
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
        skip_mislabelled: !args.keep_mislabelled,
        ..Options::default()
    };
    // The pivot/--langs agreement, and the moses pairs of an explicit --langs,
    // do not need the archive: check them before any work.
    let plan = run::plan(&[], &opts)?;
    if args.format().is_directory() && !opts.langs.is_empty() && plan.pairs.is_empty() {
        anyhow::bail!(
            "the {} format writes language pairs: --langs {} gives none; name two languages",
            args.format(),
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

pub(super) fn report(s: &Summary, plan: &Plan, args: &Args) {
    for f in &s.failed {
        eprintln!("paralign: release {} failed: {}", f.release, f.reason);
    }
    let exported = |m: &&run::Mislabelled| plan.langs.contains(&m.lang);
    let left_out: Vec<_> = s.mislabelled.iter().filter(exported).collect();
    for m in &left_out {
        let (id, lang, detected) = (&m.release, m.lang, m.detected);
        note!(
            "paralign: left out release {id} {lang}: its body reads as {detected} \
             (--keep-mislabelled keeps it)"
        );
    }
    note!(
        "paralign: {} release{}: {} aligned, {} failed, {} without a selected language, \
         {} mislabelled version{} left out",
        s.releases,
        plural(s.releases),
        s.aligned,
        s.failed.len(),
        s.skipped,
        left_out.len(),
        plural(left_out.len()),
    );
    note!(
        "paralign: {} unit{} joined, {} written ({}, pivot {}) to {}",
        s.units,
        plural(s.units),
        s.written,
        args.format(),
        plan.pivot,
        shown(&args.output)
    );
    let r = &s.removed;
    note!(
        "paralign: filters removed {} unit{}: {} missing a side, {} lacking a selected language, \
         {} below the minimum score, {} outside the length ratio, {} duplicates",
        r.total(),
        plural(r.total()),
        r.empty,
        r.incomplete,
        r.score,
        r.ratio,
        r.duplicate
    );
}

/// The plural ending of a count: "" for one, "s" otherwise.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard output".into()
    } else {
        path.display().to_string()
    }
}
