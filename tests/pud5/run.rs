//! One measured run of `paralign check` on a PUD archive: build it, write
//! it, check it, print the tables, and return the figures the tests assert.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use std::sync::Arc;

use paralign::check::{Config, check_archive};
use paralign::join::learn_lexicon;
use paralign::release::{Index, ReadOptions};

use super::Pud;
use super::build::{self, Layout, Spec};
use super::plant::Flaw;
use super::{report, score};

/// The figures of one run.
pub struct Measured {
    /// True when `PUD5_SEED`, `PUD5_RELEASES`, `PUD5_VERSIONS`, `PUD5_NOISE`
    /// or `PUD5_LAYOUT` chose another archive than the spec's, or the check runs otherwise than by
    /// default (floors are then not asserted).
    pub other_seed: bool,
    /// (found, planted) per planted kind, found at error or warning level.
    pub recall: BTreeMap<Flaw, (usize, usize)>,
    /// Error and warning findings judged right (hits and excused) over all.
    pub precision: f64,
    /// Error-level findings in releases with nothing planted that the
    /// scorer cannot excuse.
    pub clean_errors: usize,
}

impl Measured {
    /// Recall over every planted kind together.
    pub fn recall_all(&self) -> f64 {
        let (found, total) = self
            .recall
            .values()
            .fold((0, 0), |(f, t), &(a, b)| (f + a, t + b));
        score::ratio(found, total)
    }

    /// Recall of one kind.
    pub fn recall_of(&self, kind: Flaw) -> f64 {
        let (found, total) = self.recall.get(&kind).copied().unwrap_or((0, 0));
        score::ratio(found, total)
    }
}

/// Builds the archive of `spec` (its seed replaced by `PUD5_SEED` when
/// set, its number of releases by `PUD5_RELEASES`: a smaller archive, the
/// documents past its last release left out; its share of releases with a
/// translator's merge of two sentences by `PUD5_NOISE`; its layout by
/// `PUD5_LAYOUT=long`, [`Layout::Long`]), writes it (under `PUD5_OUT` when
/// set, else a temporary folder),
/// checks it with the default settings and prints every unmatched or
/// missed finding and the tables.
pub fn measure(pud: &Pud, spec: Spec) -> Measured {
    let seed: Option<u64> = std::env::var("PUD5_SEED").ok().and_then(|s| s.parse().ok());
    let releases: Option<usize> =
        (std::env::var("PUD5_RELEASES").ok()).and_then(|s| s.parse().ok());
    let versions: Option<usize> =
        (std::env::var("PUD5_VERSIONS").ok()).and_then(|s| s.parse().ok());
    let noise: Option<f64> = (std::env::var("PUD5_NOISE").ok()).and_then(|s| s.parse().ok());
    let long = std::env::var("PUD5_LAYOUT").is_ok_and(|l| l == "long");
    let spec = Spec {
        layout: if long { Layout::Long } else { spec.layout },
        noise_share: noise.unwrap_or(spec.noise_share),
        seed: seed.unwrap_or(spec.seed),
        releases: releases.unwrap_or(spec.releases),
        versions: versions.unwrap_or(spec.versions),
        ..spec
    };
    let seed = seed.or(releases.map(|_| spec.seed));
    let archive = build::build(pud, &spec);
    let tmp = tempfile::tempdir().unwrap();
    let root = match std::env::var_os("PUD5_OUT") {
        Some(dir) => PathBuf::from(dir),
        None => tmp.path().to_path_buf(),
    };
    build::write(&archive, &root).unwrap();
    eprintln!(
        "{} releases, {} planted flaws, {} merges, in {}",
        archive.releases.len(),
        archive.planted.len(),
        archive.noise.len(),
        root.display()
    );
    let started = Instant::now();
    let read = paralign::release::read_dir(&root).unwrap();
    assert!(
        read.problems.is_empty(),
        "generated pages unreadable: {:?}",
        read.problems
    );
    assert_eq!(read.releases.len(), archive.releases.len());
    let report = check_archive(&read, &config(&root));
    eprintln!(
        "check: {:.1?}, {} findings",
        started.elapsed(),
        report.findings.len()
    );

    let judged = score::judge(&report, &archive, pud);
    report::print_details(&judged, &archive, &root);
    report::print_table(&judged, &archive, report.pivot);
    let (right, all) = judged.main_precision();
    let precision = score::ratio(right, all);
    eprintln!("\nprecision (error + warning): {right} / {all} = {precision:.3}");
    let clean_errors = judged.clean_errors(&archive);
    eprintln!(
        "error-level findings in clean releases: {}",
        clean_errors.len()
    );
    for j in &clean_errors {
        eprintln!("  {:?}: {}", j.verdict, j.finding);
    }
    let other = seed.is_some()
        || long
        || versions.is_some()
        || noise.is_some()
        || !archive_lexicon()
        || dictionaries();
    if other {
        eprintln!(
            "PUD5_SEED, PUD5_RELEASES, PUD5_VERSIONS, PUD5_NOISE, PUD5_LAYOUT, PUD5_ARCHIVE_LEXICON=0 or PUD5_DICTS given: floors not asserted"
        );
    }
    Measured {
        other_seed: other,
        recall: judged.recall(&archive),
        precision,
        clean_errors: clean_errors.len(),
    }
}

/// True unless `PUD5_ARCHIVE_LEXICON=0` asks the check to align without
/// the translations learned over the whole archive, as `check
/// --no-archive-lexicon` does (`paralign check` learns them by default).
fn archive_lexicon() -> bool {
    std::env::var_os("PUD5_ARCHIVE_LEXICON").is_none_or(|v| v != "0")
}

/// True when `PUD5_DICTS` asks the check to read every FreeDict database
/// installed for our languages, as `check --installed-dicts` does.
fn dictionaries() -> bool {
    std::env::var_os("PUD5_DICTS").is_some()
}

/// The check's configuration as `paralign check` sets it: the default,
/// with the installed dictionaries when [`dictionaries`], and the archive
/// lexicon learned over the archive at `root` with them (unless
/// [`archive_lexicon`] says otherwise).
pub fn config(root: &std::path::Path) -> Config {
    let mut config = Config::default();
    if dictionaries() {
        let mut table = paralign::score::Translations::default();
        let dir = std::path::Path::new(paralign::score::dict::FREEDICT_DIR);
        for a in paralign::Lang::ALL {
            for b in paralign::Lang::ALL.into_iter().filter(|&b| b > a) {
                for path in paralign::score::dict::installed(dir, a, b) {
                    paralign::score::dict::read(&path, None, &mut table).unwrap();
                }
            }
        }
        config.align.translations = Some(Arc::new(table));
    }
    if archive_lexicon() {
        let index = Index::build(root, &ReadOptions::default()).unwrap();
        let learned = learn_lexicon(&index, &[], None, &config.align).unwrap();
        eprintln!("archive lexicon: {} beads", learned.beads());
        let mut all = config
            .align
            .translations
            .as_deref()
            .cloned()
            .unwrap_or_default();
        all.extend(&learned.translations());
        config.align.translations = Some(Arc::new(all));
    }
    config
}
