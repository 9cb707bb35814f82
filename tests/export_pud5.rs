//! `paralign align` judged on five-language releases built from PUD's human
//! translations with planted flaws (the archive of `check_pud5`): does each
//! exported unit pair the same PUD sentence in every language, on the flawed
//! versions too?
//!
//! A version cut short is the case this guards: aligned on its own length
//! ratio, a page keeping half its text was stretched over the whole pivot,
//! every kept sentence paired one place off. The export aligns each block of
//! `join::WINDOW` releases with the lengths its languages are expected to
//! have, as `check` does, so the kept text pairs right and the lost end is
//! left out.
//!
//! `cargo test --release --test export_pud5 -- --nocapture` prints the
//! counts; `PUD5_SEED=n` builds another archive. Skips when
//! `../shared/eval/pud5` is absent.

mod pud5;

use std::collections::{BTreeMap, BTreeSet};

use paralign::Lang;
use paralign::export::Exporter;
use paralign::export::run::{self, Options};
use paralign::join::TranslationUnit;
use pud5::build::{self, Spec};
use pud5::plant::Flaw;

/// Keeps the exported units in memory.
#[derive(Default)]
struct Collect(Vec<TranslationUnit>);

impl Exporter for Collect {
    fn unit(&mut self, unit: &TranslationUnit) -> paralign::Result<()> {
        self.0.push(unit.clone());
        Ok(())
    }

    fn finish(&mut self) -> paralign::Result<()> {
        Ok(())
    }
}

/// Pairs of a pivot side and another language's side, by what the other
/// side's version underwent.
#[derive(Debug, Default)]
struct Pairs {
    /// Sides that share a PUD sentence with their pivot side.
    right: usize,
    /// Sides whose PUD sentences are all different from the pivot side's.
    wrong: usize,
    /// Sides whose text matches no sentence of their release (a changed number).
    unknown: usize,
}

impl Pairs {
    fn wrong_share(&self) -> f64 {
        self.wrong as f64 / (self.right + self.wrong).max(1) as f64
    }
}

/// Letters and digits, lower-cased: what survives segmentation and joining.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The PUD lines among `lines` that `text` holds or is part of.
fn lines_of(pud: &pud5::Pud, lang: Lang, lines: &[usize], text: &str) -> BTreeSet<usize> {
    let text = key(text);
    lines
        .iter()
        .copied()
        .filter(|&k| {
            let line = key(pud.line(lang, k));
            !text.is_empty() && !line.is_empty() && (text.contains(&line) || line.contains(&text))
        })
        .collect()
}

/// Exports the archive of `spec` and tallies its pairs: on cut versions
/// (`true`) and on the others (`false`).
fn tally(pud: &pud5::Pud, spec: &Spec) -> BTreeMap<bool, Pairs> {
    let archive = build::build(pud, spec);
    let tmp = tempfile::tempdir().unwrap();
    build::write(&archive, tmp.path()).unwrap();
    let read = paralign::release::read_dir(tmp.path()).unwrap();

    let opts = Options::default();
    let plan = run::plan(&read.releases, &opts).unwrap();
    let mut units = Collect::default();
    run::export(&read.releases, &plan, &opts, &mut units, &mut |_| {}).unwrap();

    let lines: BTreeMap<&str, Vec<usize>> = archive
        .releases
        .iter()
        .map(|r| (r.head.id.as_str(), r.paragraphs.concat()))
        .collect();
    let cut: BTreeSet<(&str, Lang)> = (archive.planted.iter())
        .filter(|p| p.kind == Flaw::TruncatedVersion)
        .map(|p| (p.release.as_str(), p.lang))
        .collect();
    let mut pairs: BTreeMap<bool, Pairs> = BTreeMap::new();
    pairs.entry(true).or_default();
    pairs.entry(false).or_default();
    for unit in &units.0 {
        let Some(pivot) = unit.side(unit.pivot) else {
            continue;
        };
        let release = &lines[unit.release.as_str()];
        let anchors = lines_of(pud, unit.pivot, release, &pivot.text);
        for side in unit.sides.iter().filter(|s| s.lang != unit.pivot) {
            let found = lines_of(pud, side.lang, release, &side.text);
            let tally = pairs
                .get_mut(&cut.contains(&(unit.release.as_str(), side.lang)))
                .unwrap();
            if anchors.is_empty() || found.is_empty() {
                tally.unknown += 1;
            } else if anchors.is_disjoint(&found) {
                tally.wrong += 1;
            } else {
                tally.right += 1;
            }
        }
    }
    eprintln!(
        "seed {}: pairs on cut versions {:?}, on the others {:?}",
        spec.seed, pairs[&true], pairs[&false]
    );
    pairs
}

#[test]
fn exported_units_pair_the_same_sentence_on_cut_pages_too() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        return;
    };
    let seeds = match std::env::var("PUD5_SEED").ok().and_then(|s| s.parse().ok()) {
        Some(seed) => vec![seed],
        None => vec![Spec::default().seed, 1, 2, 5],
    };
    let (mut cut, mut whole) = (Pairs::default(), Pairs::default());
    for seed in seeds {
        let pairs = tally(
            &pud,
            &Spec {
                seed,
                ..Spec::default()
            },
        );
        for (sum, part) in [(&mut cut, &pairs[&true]), (&mut whole, &pairs[&false])] {
            sum.right += part.right;
            sum.wrong += part.wrong;
            sum.unknown += part.unknown;
        }
    }
    assert!(
        cut.right >= 20,
        "too few pairs on cut pages to judge: {cut:?}"
    );
    // Measured on the default seed and seeds 1, 2 and 5: 7 wrong pairs of
    // 116 on cut pages (a remnant of a cut sentence, a sentence next to the
    // cut) and 25 of 14,300 on the others; aligned without the expected
    // lengths, 24 of 121 and 37.
    assert!(cut.wrong_share() <= 0.1, "cut pages: {cut:?}");
    assert!(whole.wrong_share() <= 0.003, "whole pages: {whole:?}");
}
