//! `paralign check` on a second layout of PUD releases: 3 to 7 documents a
//! release, cut into paragraphs of 1 to 3 sentences ([`Layout::Short`]).
//!
//! `check_pud5` lays documents out as whole paragraphs; a check tuned there
//! alone could lean on paragraph shape (a lost sentence is rarely a lost
//! paragraph there, and one-sentence paragraphs are rare). Here many
//! paragraphs hold one sentence, releases are longer, and the flaws are the
//! same kinds (in more of the releases), so recall and precision measured on both
//! say more about real releases than either alone.
//!
//! `cargo test --release --test check_pud5_short -- --nocapture` prints the
//! same tables as `check_pud5`; `PUD5_SEED=n` measures another archive and
//! `PUD5_ARCHIVE_LEXICON=0` checks without the archive lexicon (floors not
//! asserted), `PUD5_OUT=DIR` keeps it. Skips when `../shared/eval/pud5` is
//! absent.

mod pud5;

use paralign::check::{Config, check_archive};
use pud5::build::{self, Spec};
use pud5::plant::Flaw;
use pud5::run;

/// Recall floors for the default seed of this layout, a little below the
/// values measured when they were set (7/7, 5/5; all kinds 50/52 = 0.962,
/// truncated versions 4/5: a cut at a paragraph bound of short paragraphs
/// can read as lost paragraphs). Over seeds 1 to 12: 728/743 = 0.980
/// (725/743 without the archive lexicon).
const RECALL_FLOORS: [(Flaw, f64); 2] = [(Flaw::WrongLanguage, 0.95), (Flaw::MissingVersion, 0.95)];

/// Floor on all planted flaws together, found at error or warning level.
const RECALL_ALL_FLOOR: f64 = 0.95;

/// Floor on the precision of error- and warning-level findings, excused ones
/// counted as right (measured 67 / 68 = 0.985; seeds 1 to 12: 895 / 901 =
/// 0.993).
const PRECISION_FLOOR: f64 = 0.95;

#[test]
fn check_on_short_paragraph_releases() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    let archive = build::build(&pud, &Spec::short());
    let paragraphs = archive.releases.iter().flat_map(|r| &r.paragraphs);
    let one_sentence = paragraphs.clone().filter(|p| p.len() == 1).count();
    eprintln!(
        "{} paragraphs, {one_sentence} of one sentence",
        paragraphs.count()
    );
    assert!(
        one_sentence * 4 > archive.releases.iter().map(|r| r.paragraphs.len()).sum(),
        "the layout makes many one-sentence paragraphs"
    );

    let m = run::measure(&pud, Spec::short());
    if m.other_seed {
        return;
    }
    for (kind, floor) in RECALL_FLOORS {
        let r = m.recall_of(kind);
        assert!(r >= floor, "{}: recall {r:.3} below {floor}", kind.name());
    }
    let all = m.recall_all();
    assert!(
        all >= RECALL_ALL_FLOOR,
        "recall {all:.3} below {RECALL_ALL_FLOOR}"
    );
    assert!(
        m.precision >= PRECISION_FLOOR,
        "precision {:.3} below {PRECISION_FLOOR}",
        m.precision
    );
    // Over seeds 1 to 12: 3, each where a translator ran two sentences into
    // one and condensed them.
    assert_eq!(m.clean_errors, 0, "errors in clean releases");
}

/// The library's `check_archive` over the whole archive in memory and
/// `paralign check`, which reads it a window at a time, report the same
/// findings on an archive of more than one window (80 releases): the
/// expected lengths are measured per window of `check::WINDOW` in both,
/// and both align with the archive lexicon a first pass learned.
#[test]
fn the_cli_reads_windows_and_reports_what_the_library_does() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    let archive = build::build(&pud, &Spec::short());
    assert!(archive.releases.len() > paralign::check::WINDOW);
    let tmp = tempfile::tempdir().unwrap();
    build::write(&archive, tmp.path()).unwrap();
    let read = paralign::release::read_dir(tmp.path()).unwrap();
    let config = Config {
        min_severity: paralign::check::Severity::Info,
        ..run::config(tmp.path())
    };
    let library = serde_json::to_value(check_archive(&read, &config)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_paralign"))
        .args(["check", "--json", "--min-severity", "info", "-q"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cli["findings"], library["findings"]);
    assert_eq!(cli["releases"], library["releases"]);
}
