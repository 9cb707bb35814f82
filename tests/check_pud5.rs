//! `paralign check` judged on five-language releases built from PUD's human
//! translations, with planted flaws (issue #9, "How it is judged").
//!
//! Every PUD document goes into one of 120 releases; about 40% of them get
//! one or two flaws, some others a merge of two sentences that is not one.
//! The test prints recall per planted kind, precision per finding kind, and
//! every unmatched finding with the texts of both languages, then asserts
//! floors a little below what the check reached when they were set.
//!
//! `cargo test --release --test check_pud5 -- --nocapture`; with
//! `PUD5_OUT=/some/dir` the archive and its `manifest.json` are written there
//! (and kept) for `paralign check /some/dir`; `PUD5_SEED=n` and
//! `PUD5_RELEASES=n` build another archive; the check learns the archive
//! lexicon over it first, as `paralign check` does, and
//! `PUD5_ARCHIVE_LEXICON=0` aligns without, `PUD5_DICTS=1` with every
//! installed FreeDict database too, `PUD5_VERSIONS=n` publishes each
//! release in n random languages of the five, `PUD5_NOISE=x` puts a
//! translator's merge of two sentences in that share of the releases
//! (0.3 by default), `PUD5_LAYOUT=long` joins two documents a paragraph
//! (paragraphs of eight to fifteen sentences); floors are then not
//! asserted.
//! Skips when `../shared/eval/pud5` is absent.

mod pud5;

use pud5::build::{self, Spec};
use pud5::plant::{self, Flaw};
use pud5::run;

/// Floors on recall per planted kind, a little below the values measured on
/// the default spec (16/17, 13/13, 15/15, 8/8, 11/11, 9/9; without the
/// archive lexicon 17/17 missing sentences). Over seeds 1..12 recall is
/// lower for missing-sentence (200/210 = 0.952) and truncated versions
/// (67/69 = 0.971), so the floors hold for the default seed only.
const RECALL_FLOORS: [(Flaw, f64); 6] = [
    (Flaw::MissingSentence, 0.94),
    (Flaw::MissingParagraph, 0.9),
    (Flaw::NumberMismatch, 0.9),
    (Flaw::TruncatedVersion, 0.85),
    (Flaw::WrongLanguage, 0.95),
    (Flaw::MissingVersion, 0.95),
];

/// Floor on the precision of error- and warning-level findings together,
/// excused ones counted as right (measured: 86 / 88 = 0.977; seeds 1 to 12:
/// 877 / 881 = 0.995; the check before it read the aligner's posteriors:
/// 81 / 119 = 0.681 on the default seed).
const PRECISION_FLOOR: f64 = 0.97;

#[test]
fn check_on_pud_releases_with_planted_flaws() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    // Another seed (PUD5_SEED) gives another archive to measure on; the
    // floors hold for the default one only.
    let m = run::measure(&pud, Spec::default());
    if m.other_seed {
        return;
    }
    // Releases with nothing planted: no error-level finding the scorer
    // cannot excuse (the check before this one gave 20 here, every one a
    // figure written in words, a shortened year or a time of day).
    assert_eq!(m.clean_errors, 0, "errors in clean releases");
    for (kind, floor) in RECALL_FLOORS {
        let r = m.recall_of(kind);
        assert!(r >= floor, "{}: recall {r:.3} below {floor}", kind.name());
    }
    assert!(
        m.precision >= PRECISION_FLOOR,
        "precision {:.3} below {PRECISION_FLOOR}",
        m.precision
    );
}

/// Floors for releases published in three of the five languages (the
/// default archive with `versions: 3`), a little below the values measured
/// when they were set: recall 54 / 61 = 0.885, precision 64 / 68 = 0.941,
/// no error in a clean release (seeds 1 to 24: recall 1,299 / 1,441 =
/// 0.901, precision 1,490 / 1,527 = 0.976). With one version fewer to
/// outvote, a figure changed in the pivot is blamed on the one version that
/// contradicts it as often as not, so number recall is lower.
const THREE_RECALL_FLOOR: f64 = 0.85;
const THREE_PRECISION_FLOOR: f64 = 0.92;

#[test]
fn check_on_releases_in_three_languages() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    let m = run::measure(
        &pud,
        Spec {
            versions: 3,
            ..Spec::default()
        },
    );
    if m.other_seed {
        return;
    }
    assert_eq!(m.clean_errors, 0, "errors in clean releases");
    let recall = m.recall_all();
    assert!(
        recall >= THREE_RECALL_FLOOR,
        "recall {recall:.3} below {THREE_RECALL_FLOOR}"
    );
    assert!(
        m.precision >= THREE_PRECISION_FLOOR,
        "precision {:.3} below {THREE_PRECISION_FLOOR}",
        m.precision
    );
}

/// The generator does what its manifest says: every document used once,
/// flawed versions changed as noted, every other version as PUD writes it
/// (but for the merges), and the same archive from the same seed.
#[test]
fn generator_plants_what_the_manifest_says() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    let spec = Spec::default();
    let archive = build::build(&pud, &spec);
    let docs: Vec<usize> = archive
        .releases
        .iter()
        .flat_map(|r| r.docs.clone())
        .collect();
    assert_eq!(docs, (0..pud.docs.len()).collect::<Vec<_>>());
    assert_eq!(archive.releases.len(), spec.releases);
    assert!(
        archive
            .releases
            .iter()
            .all(|r| (2..=4).contains(&r.docs.len()))
    );
    for r in &archive.releases {
        for (&lang, body) in &r.versions {
            let pristine = plant::pristine_body(r, &pud, lang);
            let planted = archive
                .planted
                .iter()
                .find(|p| p.release == r.head.id && p.lang == lang);
            let merged = archive
                .noise
                .iter()
                .any(|n| n.release == r.head.id && n.lang == lang);
            match planted {
                None if !merged => assert_eq!(body.as_ref(), Some(&pristine), "{}", r.head.id),
                None => assert_eq!(sentences(body) + 1, sentences(&Some(pristine))),
                Some(p) => planted_as_noted(p.kind, body, &pristine, &r.head.id),
            }
        }
    }
    let again = build::build(&pud, &spec);
    assert_eq!(
        format!("{:?}", again.planted),
        format!("{:?}", archive.planted)
    );
}

fn sentences(body: &build::Body) -> usize {
    body.as_ref().map_or(0, |b| b.iter().map(Vec::len).sum())
}

fn planted_as_noted(kind: Flaw, body: &build::Body, pristine: &[Vec<String>], id: &str) {
    let chars = |b: &[Vec<String>]| b.iter().flatten().map(|s| s.chars().count()).sum::<usize>();
    let pristine_body = Some(pristine.to_vec());
    match kind {
        Flaw::MissingVersion => assert!(body.is_none(), "{id}"),
        Flaw::MissingSentence => assert_eq!(sentences(body) + 1, sentences(&pristine_body)),
        Flaw::MissingParagraph => {
            assert_eq!(body.as_ref().unwrap().len() + 1, pristine.len(), "{id}")
        }
        Flaw::NumberMismatch => {
            let b = body.as_ref().unwrap();
            assert_ne!(b, pristine, "{id}");
            assert_eq!(chars(b), chars(pristine), "{id}");
        }
        Flaw::TruncatedVersion => {
            let share = chars(body.as_ref().unwrap()) as f64 / chars(pristine) as f64;
            assert!((0.35..0.85).contains(&share), "{id}: {share}");
        }
        Flaw::WrongLanguage => assert_ne!(body.as_ref(), Some(&pristine.to_vec()), "{id}"),
    }
}
