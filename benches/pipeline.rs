//! End-to-end throughput: align, join and export a synthetic archive, in releases
//! per second, on every core (rayon's default pool).
//!
//! The archive (10,000 releases by default, `PARALIGN_BENCH_RELEASES=n` to change)
//! is generated from `corpus/` by sampling and permuting the paragraphs of its
//! releases (the same permutation for every version, so they stay parallel); when
//! `corpus/` yields nothing it falls back to a built-in generator of five-language
//! releases. The export streams tmx-json to a file; peak memory is reported before
//! and after it to show that units are written, not collected.
//!
//! A plain `main` rather than criterion: one pass over 10,000 releases is the
//! measurement, and criterion's repeated sampling would take many minutes.
//!
//! Run: `cargo bench --bench pipeline`

use std::path::Path;
use std::time::Instant;

use paralign::export::run::{self, Options};
use paralign::export::{Format, Output};
use paralign::release::{self, Document, Header, Release};
use paralign::segment::Paragraph;
use paralign::{Lang, join::Level};

/// splitmix64 (Steele, Lea & Flood 2014): a reproducible stream without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let n: usize = std::env::var("PARALIGN_BENCH_RELEASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let seeds: Vec<Release> = release::read_dir(&corpus)
        .map(|a| a.releases)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.versions.len() >= 2)
        .collect();
    let source = if seeds.is_empty() {
        "built-in generator (corpus/ gave no release)".to_string()
    } else {
        format!("corpus/ ({} seed releases)", seeds.len())
    };
    let started = Instant::now();
    let mut rng = Rng(0x5EED);
    let archive: Vec<Release> = (0..n)
        .map(|i| match seeds.is_empty() {
            true => generated(i, &mut rng),
            false => sampled(i, &seeds[rng.below(seeds.len())], &mut rng),
        })
        .collect();
    let generate = started.elapsed();
    let versions: usize = archive.iter().map(|r| r.versions.len()).sum();
    let rss_before = peak_rss_kib();
    println!(
        "pipeline: {n} releases, {versions} versions, from {source}; {} threads",
        rayon::current_num_threads()
    );
    println!("  generated in {:.2} s", generate.as_secs_f64());
    for level in [Level::Sentence, Level::Paragraph] {
        measure(&archive, level);
    }
    println!(
        "  peak RSS: {} MiB once the archive was in memory, {} MiB after the exports \
         (units are streamed to the file, one chunk at a time)",
        rss_before / 1024,
        peak_rss_kib() / 1024
    );
}

fn measure(archive: &[Release], level: Level) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("bench.tmx.json");
    let opts = Options {
        level,
        ..Options::default()
    };
    let (started, cpu_started) = (Instant::now(), cpu_seconds());
    let plan = run::plan(archive, &opts).expect("plan");
    let meta = plan.meta(level, run::creation_date(archive, None));
    let output = Output::prepare(&path, Format::TmxJson).expect("output");
    let mut exporter = Format::TmxJson.exporter(output, &meta).expect("exporter");
    let summary =
        run::export(archive, &plan, &opts, exporter.as_mut(), &mut |_| {}).expect("export");
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu_started;
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "  {level:>9} units: {secs:.2} s wall, {:.0} releases/s; {cpu:.2} s CPU, {:.0} releases \
         per CPU-second; {} units, {:.1} MB of tmx-json, {} failed",
        archive.len() as f64 / secs,
        archive.len() as f64 / cpu.max(1e-9),
        summary.written,
        bytes as f64 / 1e6,
        summary.failed.len()
    );
}

/// Release `i` made of the paragraphs of `seed`, sampled and permuted alike in every version.
fn sampled(i: usize, seed: &Release, rng: &mut Rng) -> Release {
    let longest = seed
        .versions
        .values()
        .map(|d| d.paragraphs.len())
        .max()
        .unwrap_or(0);
    let mut order: Vec<usize> = (0..longest).collect();
    for k in (1..order.len()).rev() {
        order.swap(k, rng.below(k + 1));
    }
    order.truncate(longest.div_ceil(2) + rng.below(longest / 2 + 1));
    let versions = seed
        .versions
        .iter()
        .map(|(lang, doc)| {
            let mut doc = doc.clone();
            doc.paragraphs = order
                .iter()
                .filter_map(|&p| doc.paragraphs.get(p).cloned())
                .collect();
            (*lang, doc)
        })
        .collect();
    Release {
        id: format!("{}-01-01-2030", 10_000 + i),
        number: 10_000 + i as u32,
        versions,
        duplicates: Vec::new(),
        ..seed.clone()
    }
}

/// Per language, syllables from which words are drawn (Cyrillic for Russian).
const SYLLABLES: [(Lang, &[&str]); 5] = [
    (
        Lang::De,
        &[
            "ver", "hand", "lung", "min", "ister", "schaft", "ab", "kom", "men",
        ],
    ),
    (
        Lang::En,
        &[
            "min", "is", "ter", "agree", "ment", "trade", "coun", "cil", "tion",
        ],
    ),
    (
        Lang::Es,
        &["mi", "nis", "tro", "acu", "er", "do", "co", "mer", "cio"],
    ),
    (
        Lang::Ru,
        &["ми", "нис", "тр", "сог", "ла", "ше", "ние", "тор", "го"],
    ),
    (
        Lang::Fr,
        &[
            "mi", "nis", "tre", "ac", "cord", "com", "merce", "con", "seil",
        ],
    ),
];

/// A five-language release of random paragraphs; sentence lengths and numbers are
/// shared across versions, as in real translations.
fn generated(i: usize, rng: &mut Rng) -> Release {
    let shape: Vec<Vec<(usize, u64)>> = (0..3 + rng.below(6))
        .map(|_| {
            (0..1 + rng.below(4))
                .map(|_| (6 + rng.below(20), rng.next() % 10_000))
                .collect()
        })
        .collect();
    let versions = SYLLABLES
        .iter()
        .map(|&(lang, syllables)| {
            let paragraphs = shape
                .iter()
                .enumerate()
                .map(|(p, sentences)| {
                    let text = itertools::join(
                        sentences
                            .iter()
                            .map(|&(len, number)| sentence(len, number, syllables, rng)),
                        " ",
                    );
                    Paragraph::new(17 + 2 * p, text, lang)
                })
                .collect();
            (lang, document(lang, paragraphs))
        })
        .collect();
    Release {
        id: format!("{}-01-01-2030", 10_000 + i),
        number: 10_000 + i as u32,
        date: Some("2030-01-01".into()),
        declared: Lang::ALL.to_vec(),
        versions,
        duplicates: Vec::new(),
    }
}

fn sentence(len: usize, number: u64, syllables: &[&str], rng: &mut Rng) -> String {
    let words: Vec<String> = (0..len)
        .map(|w| match w {
            3 => number.to_string(),
            _ => (0..1 + rng.below(3))
                .map(|_| syllables[rng.below(syllables.len())])
                .collect(),
        })
        .collect();
    let mut text = words.join(" ");
    text.push('.');
    let first = text
        .chars()
        .next()
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_default();
    first + &text[text.chars().next().map_or(0, char::len_utf8)..]
}

fn document(lang: Lang, paragraphs: Vec<Paragraph>) -> Document {
    Document {
        path: format!("generated.{lang}.txt").into(),
        header: Header::default(),
        lang,
        path_lang: Some(lang),
        detected: Some(lang),
        paragraphs,
        warnings: Vec::new(),
    }
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
