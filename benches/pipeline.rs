//! End-to-end throughput: read, align, join and export a synthetic archive
//! from disk, in releases per second, on every core (rayon's default pool).
//!
//! The archive (10,000 releases by default, `PARALIGN_BENCH_RELEASES=n` to
//! change) is written to a temporary folder by [`Synth`] from `corpus/`, then
//! read as a user's run reads it: the scan (`read_dir`, the whole archive in
//! memory), and the export through the [`Index`] a window at a time, to a
//! tmx-json file. Peak memory is reported after each.
//!
//! A plain `main` rather than criterion: one pass over 10,000 releases is the
//! measurement, and criterion's repeated sampling would take many minutes.
//! `scripts/bench_scale.sh` measures the CLI the same way at several sizes.
//!
//! Run: `cargo bench --bench pipeline`

use std::path::Path;
use std::time::Instant;

use paralign::export::run::{self, Options, Stream};
use paralign::export::{Format, Output};
use paralign::join::Level;
use paralign::release::{self, Index, ReadOptions, Synth};

fn main() {
    let n: usize = std::env::var("PARALIGN_BENCH_RELEASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let synth = Synth::from_dir(&corpus).expect("corpus/ holds seed releases");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let started = Instant::now();
    let files = synth.write(n, dir.path()).expect("the archive is written");
    println!(
        "pipeline: {n} releases, {files} pages written in {:.2} s; {} threads",
        started.elapsed().as_secs_f64(),
        rayon::current_num_threads()
    );
    let (started, cpu_started) = (Instant::now(), cpu_seconds());
    let archive = release::read_dir(dir.path()).expect("read");
    report("scan", archive.releases.len(), started, cpu_started);
    drop(archive);
    for level in [Level::Sentence, Level::Paragraph] {
        measure(dir.path(), level);
    }
}

fn measure(dir: &Path, level: Level) {
    let out = tempfile::tempdir().expect("a temporary directory");
    let path = out.path().join("bench.tmx.json");
    let opts = Options {
        level,
        ..Options::default()
    };
    let (started, cpu_started) = (Instant::now(), cpu_seconds());
    let index = Index::build(dir, &ReadOptions::default()).expect("index");
    let census = index.census();
    let plan = run::plan_for(census, &opts).expect("plan");
    let date = run::creation_date_of(census.dates.iter().map(String::as_str), None);
    let output = Output::prepare(&path, Format::TmxJson).expect("output");
    let mut exporter = Format::TmxJson
        .exporter(output, &plan.meta(level, date))
        .expect("exporter");
    let mut stream = Stream::new(&opts);
    for window in index.windows(paralign::join::WINDOW) {
        let window = window.expect("window");
        stream
            .write(&window.releases, &plan, &opts, exporter.as_mut())
            .expect("export");
    }
    let summary = stream.finish(exporter.as_mut()).expect("finish");
    report(
        &format!("align ({level})"),
        census.releases,
        started,
        cpu_started,
    );
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "    {} units, {:.1} MB of tmx-json, {} failed",
        summary.written,
        bytes as f64 / 1e6,
        summary.failed.len()
    );
}

fn report(what: &str, releases: usize, started: Instant, cpu_started: f64) {
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu_started;
    println!(
        "  {what:>18}: {secs:.2} s wall, {:.0} releases/s; {cpu:.2} s CPU, {:.0} releases \
         per CPU-second; peak RSS so far {} MiB",
        releases as f64 / secs,
        releases as f64 / cpu.max(1e-9),
        peak_rss_kib() / 1024
    );
}

/// User + system CPU time of this process, in seconds (Linux `/proc/self/stat`,
/// fields 14 and 15, at the usual 100 ticks per second; 0 elsewhere). Shows the
/// work done independently of other load on the machine.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: f64 = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}

/// Peak resident set size in KiB (Linux `VmHWM`; 0 elsewhere).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
