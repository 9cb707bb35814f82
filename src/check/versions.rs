//! Rules about whole versions: missing, undeclared, duplicate, wrong-language,
//! empty and truncated.
//!
//! [`triage`] runs before any alignment: versions that are absent, empty or
//! in the wrong language are set aside, so that nothing downstream reports
//! their every paragraph again (cascade suppression), and so that such a
//! version is never chosen as the pivot.

use std::collections::{BTreeMap, BTreeSet};

use super::excerpt::{chars, doc_chars, short};
use super::ratios::LengthModel;
use super::{Config, Finding, Kind, Place, Tuning};
use crate::Lang;
use crate::align::{Alignment, DocAlignment};
use crate::release::{Document, Release};

/// What the version-level rules found in one release.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Triage {
    /// Findings about absent, undeclared, duplicate, wrong-language and empty versions.
    pub findings: Vec<Finding>,
    /// Versions not to align: in the wrong language, or empty.
    pub unusable: BTreeSet<Lang>,
    /// Body length (non-space characters) of every usable version.
    pub lengths: BTreeMap<Lang, usize>,
}

/// Version-level rules that need no alignment.
pub fn triage(release: &Release, config: &Config) -> Triage {
    let mut t = Triage::default();
    missing(release, config, &mut t.findings);
    for (&lang, doc) in &release.versions {
        let wanted = config.wants(lang);
        if !release.declared.is_empty() && !release.declared.contains(&lang) && wanted {
            t.findings.push(undeclared(release, lang, doc));
        }
        let len = doc_chars(doc);
        if len == 0 {
            t.unusable.insert(lang);
            if wanted {
                t.findings.push(
                    Finding::new(
                        Kind::EmptyVersion,
                        &release.id,
                        vec![lang],
                        format!("the {lang} version has no body text"),
                    )
                    .at(&doc.path, 0, None),
                );
            }
        } else if let Some(detected) = doc.detected.filter(|_| doc.is_mislabelled()) {
            t.unusable.insert(lang);
            if wanted {
                t.findings
                    .push(wrong_language(release, lang, detected, doc));
            }
        } else {
            t.lengths.insert(lang, len);
        }
    }
    for dup in release.duplicates.iter().filter(|d| config.wants(d.lang)) {
        let kept = Place {
            lang: dup.lang,
            path: dup.kept.clone(),
            line: 0,
            excerpt: None,
        };
        let msg = format!(
            "a second {} file for this release; {} is used instead",
            dup.lang,
            dup.kept.display()
        );
        t.findings.push(
            Finding::new(Kind::DuplicateVersion, &release.id, vec![dup.lang], msg)
                .at(&dup.dropped, 0, None)
                .against(kept),
        );
    }
    t
}

fn missing(release: &Release, config: &Config, out: &mut Vec<Finding>) {
    let witness = release.versions.values().next();
    for lang in release.missing().into_iter().filter(|l| config.wants(*l)) {
        let mut f = Finding::new(
            Kind::MissingVersion,
            &release.id,
            vec![lang],
            format!(
                "the release declares {lang} ({}) but has no {lang} file",
                lang.name()
            ),
        );
        if let Some(doc) = witness {
            f = f.against(Place {
                lang: doc.lang,
                path: doc.path.clone(),
                line: doc.header.id_line,
                excerpt: None,
            });
        }
        out.push(f);
    }
}

fn undeclared(release: &Release, lang: Lang, doc: &Document) -> Finding {
    let declared: Vec<&str> = release.declared.iter().map(|l| l.code()).collect();
    let msg = format!(
        "the {lang} version is present, but the release declares only {}",
        declared.join(" ")
    );
    // Line 0, the whole file: the header keeps no line number for the bullet line.
    Finding::new(Kind::UndeclaredVersion, &release.id, vec![lang], msg).at(&doc.path, 0, None)
}

fn wrong_language(release: &Release, lang: Lang, detected: Lang, doc: &Document) -> Finding {
    let first = doc.paragraphs.first();
    let mut msg = format!(
        "filed as {lang} ({}) but written in {}",
        lang.name(),
        detected.name()
    );
    if release.versions.contains_key(&detected) {
        msg.push_str(&format!(
            " (the {detected} text standing in for a missing translation?)"
        ));
    }
    Finding::new(Kind::WrongLanguage, &release.id, vec![lang, detected], msg).at(
        &doc.path,
        first.map_or(0, |p| p.line),
        first.map(|p| short(&p.text)),
    )
}

/// How much shorter than predicted a version is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shortness {
    /// ln(observed / predicted length).
    pub deviation: f64,
    /// True when far below the prediction ([`Tuning::truncated_share`]).
    pub far: bool,
}

/// The largest spread of a length ratio that [`short_versions`] believes;
/// translated press releases vary far less in length as a whole.
const MAX_SPREAD: f64 = 0.1;

/// Versions shorter than the other versions predict ([`Tuning::short_share`]):
/// candidates for truncation, confirmed by [`tail`] once aligned.
pub fn short_versions(
    lengths: &BTreeMap<Lang, usize>,
    model: &LengthModel,
    tuning: &Tuning,
) -> BTreeMap<Lang, Shortness> {
    lengths
        .keys()
        .filter_map(|&lang| {
            let (dev, spread) = model.version_deviation(lengths, lang)?;
            // Robust standard deviations, but never less than the configured
            // shares: small archives learn tiny spreads. Nor more than
            // MAX_SPREAD: a small archive with flaws in most releases learns
            // huge ones, and would let a cut pivot through. Being short only
            // makes a version a candidate: its tail must confirm it.
            let spread = spread.min(MAX_SPREAD);
            let short = dev < -(2.5 * spread).max(-tuning.short_share.ln());
            let far = dev < -(3.0 * spread).max(-tuning.truncated_share.ln());
            short.then_some((
                lang,
                Shortness {
                    deviation: dev,
                    far,
                },
            ))
        })
        .collect()
}

/// The end of the pivot that has no counterpart in a version.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tail {
    /// Share of the pivot's text (non-space characters) in the uncovered
    /// trailing beads, at paragraph or sentence level, whichever is larger.
    pub share: f64,
    /// Pivot paragraphs in the uncovered trailing paragraph beads.
    pub paragraphs: usize,
    /// Pivot sentences in the uncovered trailing sentence beads.
    pub sentences: usize,
}

impl Tail {
    /// True when the version ends early: a substantial tail is lost, and the
    /// version is far too short or more than a last paragraph is gone (one
    /// lost final paragraph is a missing paragraph, not a truncation).
    pub fn is_truncation(&self, short: Shortness, tuning: &Tuning) -> bool {
        self.share >= tuning.truncated_tail_share && (short.far || self.paragraphs >= 2)
    }
}

/// Trailing beads count as uncovered while, taken together, their version
/// side holds less than this share of what their pivot side predicts. An
/// aligner that forces the lost tail into n-m beads instead of n-0 ones still
/// leaves the tail's beads this empty.
const UNCOVERED: f64 = 0.35;

/// What of the pivot's end has no counterpart in the aligned version.
pub fn tail(pivot: &Document, doc: &Document, al: &DocAlignment, model: &LengthModel) -> Tail {
    let ratio = model.estimate(pivot.lang, doc.lang).log_ratio.exp();
    let paras =
        |d: &Document| -> Vec<usize> { d.paragraphs.iter().map(|p| chars(&p.text)).collect() };
    let sents = |d: &Document| -> Vec<usize> {
        d.paragraphs
            .iter()
            .flat_map(|p| p.sentence_texts().map(chars))
            .collect()
    };
    let (pc, pn) = uncovered_tail(&al.paragraphs, &paras(pivot), &paras(doc), ratio);
    let (sc, sn) = uncovered_tail(&al.sentences, &sents(pivot), &sents(doc), ratio);
    let total = doc_chars(pivot);
    Tail {
        share: if total == 0 {
            0.0
        } else {
            pc.max(sc) as f64 / total as f64
        },
        paragraphs: pn,
        sentences: sn,
    }
}

/// Source characters and units of the longest uncovered run of trailing beads.
fn uncovered_tail(al: &Alignment, src: &[usize], tgt: &[usize], ratio: f64) -> (usize, usize) {
    let (mut s, mut t, mut units) = (0usize, 0usize, 0usize);
    let mut best = (0, 0);
    for b in al.beads.iter().rev() {
        s += b.src.clone().filter_map(|i| src.get(i)).sum::<usize>();
        t += b.tgt.clone().filter_map(|i| tgt.get(i)).sum::<usize>();
        units += b.src.len();
        if (t as f64) >= UNCOVERED * ratio * s as f64 {
            break;
        }
        best = (s, units);
    }
    best
}

/// The finding for a version confirmed as truncated; `dev` is
/// ln(observed / expected length).
pub fn truncated(release: &Release, lang: Lang, pivot: Lang, dev: f64) -> Option<Finding> {
    let doc = release.versions.get(&lang)?;
    let piv = release.versions.get(&pivot)?;
    let last = doc.paragraphs.last()?;
    // A page cut short keeps its first paragraphs one to one, so their count
    // names the first lost one; the aligner is no help here, as it may force
    // the lost tail into n-m beads.
    let first_lost = doc.paragraphs.len();
    let cut = counterpart_after(piv, first_lost);
    let msg = format!(
        "the {lang} version is {:.0}% of the expected length and stops early: nothing matches the {pivot} text from line {} on",
        dev.exp() * 100.0,
        cut.line
    );
    Some(
        Finding::new(Kind::TruncatedVersion, &release.id, vec![lang, pivot], msg)
            .at(&doc.path, last.line, Some(short(&last.text)))
            .against(cut),
    )
}

/// The pivot paragraph numbered `index` (or its last one), as a place.
fn counterpart_after(pivot: &Document, index: usize) -> Place {
    let p = pivot.paragraphs.get(index).or(pivot.paragraphs.last());
    Place {
        lang: pivot.lang,
        path: pivot.path.clone(),
        line: p.map_or(0, |p| p.line),
        excerpt: p.map(|p| short(&p.text)),
    }
}
