//! `paralign align --input-jsonl FILE --format jsonl -o OUT`: the mapper of
//! a distributed run. Each input line is a group of pages
//! ([`PageGroup`]), read and aligned as a folder holding those pages would
//! be; the units of all lines go to one JSON-lines output, in input order.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use anyhow::Context;
use paralign::export::run::{self, Stream};
use paralign::export::{Format, Options, Output};
use paralign::join;
use paralign::release::{Census, PageGroup, ReadOptions};

use super::align::{Args, report, warn_mislabelled, warn_problems};

/// Runs the mapper (or, with `--group-keys`, its grouping step): exit 0 when every release was exported, 2 when some
/// failed (the others are still in the output) or a line is not a group.
pub fn run(args: &Args, opts: &Options) -> anyhow::Result<u8> {
    let input = args
        .input_jsonl
        .as_deref()
        .context("--input-jsonl names the input")?;
    let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        let file = File::open(input).with_context(|| format!("cannot read {}", input.display()))?;
        Box::new(BufReader::new(file))
    };
    if args.group_keys {
        return keys(reader, input);
    }
    if args.confident_beads {
        return confident_beads(reader, input, args, opts);
    }
    if args.format() != Format::Jsonl {
        anyhow::bail!("--input-jsonl writes JSON lines: give --format jsonl");
    }
    if args.complete && opts.filters.require.is_empty() {
        // Each group has its own languages; the shards of one run must agree.
        anyhow::bail!("--complete with --input-jsonl needs --langs");
    }
    let output = Output::prepare(&args.output, args.format()).context("cannot write the output")?;
    output.refuse_inputs(&[input])?;
    // JSON lines carry no header, so no archive-wide metadata is needed.
    let empty = run::plan(&[], opts)?;
    let mut exporter = args
        .format()
        .exporter(output, &empty.meta(opts.level, String::new()))?;
    let mut stream = Stream::new(opts);
    let mut last_plan = empty;
    for group in groups(reader, input) {
        let group = group?;
        let archive = group.read(&ReadOptions::default());
        warn_problems(&archive.problems);
        if !opts.skip_mislabelled {
            warn_mislabelled(&archive.releases, &opts.langs);
        }
        let mut census = Census::of(&archive.releases);
        if let Some(counts) = &args.archive_counts {
            census.usable = counts.0.clone();
        }
        let plan = run::plan_for(&census, opts)?;
        for window in archive.releases.chunks(paralign::join::WINDOW) {
            stream.write(window, &plan, opts, exporter.as_mut())?;
        }
        last_plan = plan;
    }
    let summary = stream.finish(exporter.as_mut())?;
    report(&summary, &last_plan, args);
    Ok(if summary.failed.is_empty() { 0 } else { 2 })
}

/// Prints `{"path": …, "key": [number, "id"], "lang": …, "usable": …}` for
/// every page of every line, `"key": null` for a page that cannot be parsed
/// (it belongs to no release).
fn keys(reader: Box<dyn BufRead>, input: &Path) -> anyhow::Result<u8> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for group in groups(reader, input) {
        let group = group?;
        for (path, key) in group.keys(&ReadOptions::default()) {
            let path = path.to_string_lossy();
            let record = match key {
                Some(k) => serde_json::json!({
                    "path": path,
                    "key": k.release,
                    "lang": k.lang.code(),
                    "usable": k.usable,
                }),
                None => serde_json::json!({"path": path, "key": null}),
            };
            writeln!(out, "{record}")?;
        }
    }
    out.flush()?;
    Ok(0)
}

/// Prints the confident 1-1 sentence beads of every line's releases as
/// JSON lines ([`join::ConfidentBead`]), in input order: what a folder run's first
/// pass counts for the archive lexicon ([`join::learn_lexicon`]), with the
/// pivots chosen as there (`--archive-counts`, `--pivot`).
fn confident_beads(
    reader: Box<dyn BufRead>,
    input: &Path,
    args: &Args,
    opts: &Options,
) -> anyhow::Result<u8> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    for group in groups(reader, input) {
        let group = group?;
        let archive = group.read(&ReadOptions::default());
        let mut usable = Census::of(&archive.releases).usable;
        if let Some(counts) = &args.archive_counts {
            usable = counts.0.clone();
        }
        let ranking = join::rank_pivots(&usable, &opts.langs, opts.pivot);
        for bead in join::confident_beads(&archive.releases, &ranking, &opts.langs, &opts.align) {
            serde_json::to_writer(&mut out, &bead)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(0)
}

/// The groups of pages of `reader`, one a line (blank lines skipped); an
/// error names `input` and the line.
fn groups<'r>(
    reader: Box<dyn BufRead + 'r>,
    input: &'r Path,
) -> impl Iterator<Item = anyhow::Result<PageGroup>> + 'r {
    reader.lines().enumerate().filter_map(move |(n, line)| {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                return Some(Err(e).with_context(|| format!("cannot read {}", input.display())));
            }
        };
        (!line.trim().is_empty())
            .then(|| PageGroup::parse(&line).with_context(|| at_line(input, n)))
    })
}

/// `FILE line N`, or `standard input line N`, for line index `n`.
fn at_line(input: &Path, n: usize) -> String {
    match input.as_os_str() == "-" {
        true => format!("standard input line {}", n + 1),
        false => format!("{} line {}", input.display(), n + 1),
    }
}
