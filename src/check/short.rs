//! Sentences lost inside a bead, seen across versions.
//!
//! When a version drops a sentence whose neighbour the pivot's segmenter
//! kept in the same sentence (or that sits between two it can pair
//! anyway), no unit is left without a counterpart: the aligner pairs what
//! remains, and the loss shows only as a bead whose version side is far
//! too short for its pivot side (the Gale–Church residual the bead keeps,
//! [`BeadEvidence::length_delta`](crate::align::BeadEvidence)). A short
//! bead alone is weak evidence, since translators condense; what makes it
//! a loss is that every other version renders the same pivot sentences in
//! full (lengths that fit) and with more sentences than this one.

use super::blame::PairEvidence;
use super::pair::{Level, Side};
use super::{Finding, Kind};
use crate::Lang;
use crate::align::Bead;
use std::collections::BTreeSet;
use std::ops::Range;

/// Largest length residual (version shorter than the pivot predicts) of a
/// bead that may hide a lost sentence: beyond two standard deviations of
/// the length model fitted to the pair.
const SHORT: f32 = -1.5;

/// Largest |residual| of the other versions' beads for them to count as
/// rendering the pivot sentences in full.
const FIT: f32 = 1.5;

/// Least posterior of the beads compared.
const CONFIDENT: f64 = 0.5;

/// Losses hidden in short beads, for the versions not in `cut` (those cut
/// short are reported as such) and at pivot sentences no finding of the
/// version already covers (`covered`: version and pivot sentence).
pub fn findings(
    release: &str,
    pairs: &[PairEvidence],
    cut: &BTreeSet<Lang>,
    covered: &dyn Fn(Lang, &Range<usize>) -> bool,
) -> Vec<Finding> {
    let live: Vec<&PairEvidence> = pairs.iter().filter(|ev| !cut.contains(&ev.lang)).collect();
    if live.len() < 3 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for ev in &live {
        for b in &ev.pair.alignment(Level::Sentence).beads {
            let short = !b.src.is_empty()
                && !b.tgt.is_empty()
                && b.score >= CONFIDENT
                && b.evidence.length_delta <= SHORT;
            if !short || covered(ev.lang, &b.src) {
                continue;
            }
            let others: Vec<Option<usize>> = live
                .iter()
                .filter(|o| o.lang != ev.lang)
                .map(|o| rendering(o, &b.src))
                .collect();
            if others.iter().all(|n| n.is_some_and(|n| n > b.tgt.len())) {
                out.push(finding(release, ev, b));
            }
        }
    }
    out
}

/// How many version sentences the pair `ev` renders pivot sentences `p`
/// with, when its confident beads cover exactly `p` and every one fits its
/// lengths ([`FIT`]).
fn rendering(ev: &PairEvidence, p: &Range<usize>) -> Option<usize> {
    let beads: Vec<&Bead> = ev
        .pair
        .alignment(Level::Sentence)
        .beads
        .iter()
        .filter(|b| b.src.start < p.end && p.start < b.src.end)
        .collect();
    let exact = beads.first()?.src.start == p.start && beads.last()?.src.end == p.end;
    let fit = beads
        .iter()
        .all(|b| !b.tgt.is_empty() && b.score >= CONFIDENT && b.evidence.length_delta.abs() <= FIT);
    (exact && fit).then(|| beads.iter().map(|b| b.tgt.len()).sum())
}

fn finding(release: &str, ev: &PairEvidence, b: &Bead) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    // The likeliest lost one of several pivot sentences: the one the
    // lattice most often leaves out.
    let lost = b
        .src
        .clone()
        .max_by(|x, y| {
            let u = |k: usize| pair.unaligned(Side::Pivot, Level::Sentence, k);
            u(*x).total_cmp(&u(*y))
        })
        .unwrap_or(b.src.start);
    let here = pair.place(Side::Version, Level::Sentence, b.tgt.start);
    let there = pair.place(Side::Pivot, Level::Sentence, lost);
    let msg = format!(
        "the {v} text at line {} renders the {p} text at line {} with fewer sentences than the other versions, and is too short for it: a {p} sentence has no {v} counterpart",
        here.line, there.line
    );
    let f = Finding::new(Kind::MissingSentence, release, vec![v, p], msg);
    f.at(here.path, here.line, here.excerpt).against(there)
}
