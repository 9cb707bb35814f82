//! Exhaustive sweeps over the clean releases of `corpus/`: every sentence
//! of every paragraph of two or more, and every paragraph, dropped in turn
//! from each of the five versions (the pivot included); and, in the pivot,
//! a paragraph dropped together with a figure changed in another.
//!
//! A sweep runs the whole check a few hundred times (about a minute in a
//! debug build), so the tests are ignored by default:
//! `cargo test --test check_sweep -- --ignored --nocapture` prints the figures.

use std::path::Path;

use paralign::check::{Config, Finding, Kind, check_archive};
use paralign::release::{Archive, Document, read_dir};
use paralign::{Lang, Paragraph};

/// The releases of `corpus/` without planted flaws.
const CLEAN: [&str; 4] = [
    "2104-27-04-2021",
    "2106-02-06-2021",
    "2111-05-10-2021",
    "2112-22-11-2021",
];

fn clean() -> Archive {
    let all = read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap();
    Archive {
        releases: all
            .releases
            .into_iter()
            .filter(|r| CLEAN.contains(&r.id.as_str()))
            .collect(),
        problems: Vec::new(),
    }
}

/// Found flaws, missed flaws and false alarms over a sweep.
#[derive(Debug, Default)]
struct Sweep {
    found: usize,
    missed: usize,
    alarms: usize,
}

impl Sweep {
    /// Checks `a` after planting flaws of `kinds` in `lang` of release `r`.
    fn judge(&mut self, a: &Archive, r: usize, lang: Lang, kinds: &[Kind]) {
        let report = check_archive(a, &Config::default());
        let id = &a.releases[r].id;
        let about: Vec<&Finding> = report.findings_for(id).collect();
        let real = |f: &Finding| kinds.contains(&f.kind) && f.lang() == Some(lang);
        for k in kinds {
            let hit = about.iter().any(|f| f.kind == *k && f.lang() == Some(lang));
            self.found += usize::from(hit);
            self.missed += usize::from(!hit);
        }
        for f in about.iter().filter(|f| !real(f)) {
            eprintln!("false alarm after {kinds:?} in {id} {lang}: {f}");
            self.alarms += 1;
        }
    }

    fn recall(&self) -> f64 {
        self.found as f64 / (self.found + self.missed).max(1) as f64
    }
}

fn replace(doc: &mut Document, i: usize, text: String) {
    let line = doc.paragraphs[i].line;
    doc.paragraphs[i] = Paragraph::new(line, text, doc.lang);
}

#[test]
#[ignore = "about 20 s in a debug build"]
fn every_single_sentence_dropped() {
    let base = clean();
    let mut sweep = Sweep::default();
    for r in 0..base.releases.len() {
        for lang in Lang::ALL {
            let doc = &base.releases[r].versions[&lang];
            for p in 0..doc.paragraphs.len() {
                let sentences: Vec<&str> = doc.paragraphs[p].sentence_texts().collect();
                for s in (0..sentences.len()).filter(|_| sentences.len() >= 2) {
                    let mut a = base.clone();
                    let mut kept = sentences.clone();
                    kept.remove(s);
                    let d = a.releases[r].versions.get_mut(&lang).unwrap();
                    replace(d, p, kept.join(" "));
                    sweep.judge(&a, r, lang, &[Kind::MissingSentence]);
                }
            }
        }
    }
    eprintln!(
        "every sentence dropped: {sweep:?}, recall {:.3}",
        sweep.recall()
    );
    assert!(sweep.recall() >= 0.95, "{sweep:?}");
    assert!(sweep.alarms <= 2, "{sweep:?}");
}

#[test]
#[ignore = "about 10 s in a debug build"]
fn every_single_paragraph_dropped() {
    let base = clean();
    let mut sweep = Sweep::default();
    for r in 0..base.releases.len() {
        for lang in Lang::ALL {
            for p in 0..base.releases[r].versions[&lang].paragraphs.len() {
                let mut a = base.clone();
                let d = a.releases[r].versions.get_mut(&lang).unwrap();
                d.paragraphs.remove(p);
                sweep.judge(&a, r, lang, &[Kind::MissingParagraph]);
            }
        }
    }
    eprintln!(
        "every paragraph dropped: {sweep:?}, recall {:.3}",
        sweep.recall()
    );
    assert!(sweep.recall() >= 0.97, "{sweep:?}");
    assert!(sweep.alarms <= 2, "{sweep:?}");
}

/// The first figure of two or more digits of `text`, one digit changed.
fn change_first_figure(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let k = (0..b.len().saturating_sub(1)).find(|&k| {
        b[k].is_ascii_digit() && b[k + 1].is_ascii_digit() && (k == 0 || !b[k - 1].is_ascii_digit())
    })?;
    let mut bytes = b.to_vec();
    bytes[k] = if bytes[k] == b'9' { b'3' } else { bytes[k] + 1 };
    String::from_utf8(bytes).ok()
}

#[test]
#[ignore = "about 10 s in a debug build"]
fn pivot_losing_a_paragraph_with_a_figure_changed_in_another() {
    let base = clean();
    let mut sweep = Sweep::default();
    for r in 0..base.releases.len() {
        let n = base.releases[r].versions[&Lang::De].paragraphs.len();
        for (lost, changed) in (0..n).flat_map(|i| (0..n).map(move |j| (i, j))) {
            let doc = &base.releases[r].versions[&Lang::De];
            let Some(text) = change_first_figure(&doc.paragraphs[changed].text) else {
                continue;
            };
            if lost == changed {
                continue;
            }
            let mut a = base.clone();
            let d = a.releases[r].versions.get_mut(&Lang::De).unwrap();
            replace(d, changed, text);
            d.paragraphs.remove(lost);
            sweep.judge(
                &a,
                r,
                Lang::De,
                &[Kind::MissingParagraph, Kind::NumberMismatch],
            );
        }
    }
    eprintln!(
        "de loses a paragraph, a figure changed: {sweep:?}, recall {:.3}",
        sweep.recall()
    );
    assert!(sweep.recall() >= 0.75, "{sweep:?}");
}
