//! Missing and extra paragraphs and sentences, from the 0-1 and 1-0 beads of
//! a pivot-version alignment.
//!
//! A bead with an empty side is only evidence when the alignment around it is
//! trustworthy, so a gap is reported only when: the aligner is confident in
//! it; the nearest matched beads on both sides are confident and of plausible
//! length (Gale & Church 1993: translation lengths are proportional); the
//! content is substantial; and adding it to an adjacent matched bead does not
//! make that bead's lengths fit better, which would mean the translator merged
//! or split rather than dropped it. Sentence gaps inside a paragraph with no
//! counterpart are left to the paragraph-level finding.

mod blame;
mod double;
mod merge;
mod single;
mod units;

use units::{Units, paragraph_units, sentence_units};

pub use blame::{findings, place};

use std::ops::Range;

use super::Tuning;
use super::numbers::{agree, agree_but_one};
use super::ratios::LengthModel;
use crate::align::{Alignment, Bead, DocAlignment};
use crate::release::Document;

/// Granularity of a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Whole paragraphs.
    Paragraph,
    /// Sentences inside matched paragraphs.
    Sentence,
}

/// Which side holds the content that has no counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    /// The pivot has it, the version lacks it.
    Pivot,
    /// The version has it, the pivot lacks it.
    Version,
}

/// Content with no counterpart in one pivot-version pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// Paragraph or sentence.
    pub level: Level,
    /// The side holding the content.
    pub side: Side,
    /// Index in the pivot: the unit itself, or the pivot unit the version's content precedes.
    pub pivot_pos: usize,
    /// Index in the version: the unit itself, or the version unit the pivot's content precedes.
    pub version_pos: usize,
    /// Position of the unit inside a multi-unit gap (0 for the first).
    pub offset: usize,
}

/// A pivot version, another version, and their alignment.
#[derive(Clone, Copy, Debug)]
pub struct Pair<'a> {
    /// The pivot document.
    pub pivot: &'a Document,
    /// The other document.
    pub doc: &'a Document,
    /// Pivot -> other.
    pub al: &'a DocAlignment,
}

/// What the content rules found in one pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The gaps that pass every test.
    pub gaps: Vec<Gap>,
    /// The paragraph alignment the rules relied on: the aligner's, or the one
    /// rebuilt around a lost paragraph the aligner misplaced. Other rules
    /// (numbers) should compare along it.
    pub paragraphs: Alignment,
}

/// The gaps of one pair that pass every test.
pub fn gaps(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> Vec<Gap> {
    analyse(pair, model, tuning).gaps
}

/// Runs the paragraph rules, then the sentence rules inside the paragraph
/// pairs they trust.
pub fn analyse(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> Analysis {
    let judge = Judge {
        pair,
        model,
        tuning,
        own: 0.0,
    };
    let paragraphs = paragraph_units(&pair);
    let mut gaps = judge.level(&pair.al.paragraphs, &paragraphs);
    let mut para_al = pair.al.paragraphs.clone();
    let mut aligner_trusted = true;
    if gaps.is_empty()
        && let Some((gap, rebuilt)) = judge.single_gap(&paragraphs)
    {
        gaps.push(gap);
        para_al = rebuilt;
        aligner_trusted = false;
    } else if gaps.is_empty()
        && let Some((two, rebuilt)) = judge.two_gaps(&paragraphs)
    {
        gaps.extend(two);
        para_al = rebuilt;
        aligner_trusted = false;
    } else if gaps.is_empty()
        && let Some(diagonal) = judge.diagonal(&pair.al.paragraphs, &paragraphs)
    {
        para_al = diagonal;
        aligner_trusted = false;
    }
    let sentences = sentence_units(&pair, &para_al);
    if aligner_trusted {
        gaps.extend(judge.level(&pair.al.sentences, &sentences));
    }
    let found = gaps.clone();
    let judge = Judge {
        own: judge.own_ratio(&para_al, &paragraphs),
        ..judge
    };
    gaps.extend(judge.local_sentence_gaps(&para_al, &sentences, &found));
    Analysis {
        gaps,
        paragraphs: para_al,
    }
}

/// True when the version's paragraphs translate the pivot's first ones, one
/// to one, and the pivot has more: a page cut short. The pairs must be
/// trusted (lengths fit, numbers agree), except that the last kept paragraph
/// may be cut inside, so it only must not be longer than its counterpart
/// predicts. Judged on the check's own evidence, since an aligner tends to
/// spread the kept text over the whole pivot.
pub fn is_prefix(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> bool {
    let judge = Judge {
        pair,
        model,
        tuning,
        own: 0.0,
    };
    let units = paragraph_units(&pair);
    let k = units.tgt.len();
    if k == 0 || k >= units.src.len() {
        return false;
    }
    let one = |i: usize| Bead {
        src: i..i + 1,
        tgt: i..i + 1,
        score: 1.0,
    };
    let (s, t) = (units.src[k - 1], units.tgt[k - 1]);
    (0..k - 1).all(|i| judge.trusted(&one(i), &units))
        && judge.deviation(s, t) <= judge.tolerance(t)
}

struct Judge<'a> {
    pair: Pair<'a>,
    model: &'a LengthModel,
    tuning: &'a Tuning,
    /// This release's own log length ratio, relative to the archive's
    /// (0 until the paragraph pairing is known).
    own: f64,
}

impl<'a> Judge<'a> {
    fn level(&self, al: &Alignment, units: &Units<'a>) -> Vec<Gap> {
        let beads = &al.beads;
        (0..beads.len())
            .filter(|&i| self.is_gap(beads, i, units))
            .flat_map(|i| self.units_of(&beads[i], units))
            .collect()
    }

    /// True when bead `i` is a 0-n or n-0 bead that passes every test.
    fn is_gap(&self, beads: &[Bead], i: usize, units: &Units<'a>) -> bool {
        let b = &beads[i];
        if b.src.is_empty() == b.tgt.is_empty() || b.score < self.tuning.min_gap_score {
            return false;
        }
        let prev = beads[..i].iter().rev().find(|b| is_match(b));
        let next = beads[i + 1..].iter().find(|b| is_match(b));
        let mut around: Vec<&Bead> = [prev, next].into_iter().flatten().collect();
        if around.is_empty() || self.confused(beads, i, units) {
            return false;
        }
        // A sentence gap needs every pair of its paragraph pair to hold: a
        // shifted pairing elsewhere in the paragraph may have shifted it too.
        if let Some(g) = group_of(b, units) {
            around.extend(
                beads
                    .iter()
                    .filter(|x| is_match(x) && group_of(x, units) == Some(g)),
            );
        }
        if !around.iter().all(|n| self.trusted(n, units)) {
            return false;
        }
        let adjacent = [i.checked_sub(1).map(|j| &beads[j]), beads.get(i + 1)];
        let absorbed = adjacent
            .into_iter()
            .flatten()
            .any(|n| self.absorbs(n, b, units));
        !absorbed && !self.substitution(beads, i, units)
    }

    /// True when a sentence gap has a gap of the other direction in its
    /// paragraph pair, or within two beads across a paragraph boundary: a
    /// loss next to an addition is the aligner losing its way, not two flaws.
    fn confused(&self, beads: &[Bead], i: usize, units: &Units<'a>) -> bool {
        let b = &beads[i];
        let reversed = |x: &Bead| !is_match(x) && x.src.is_empty() != b.src.is_empty();
        let near = &beads[i.saturating_sub(2)..(i + 3).min(beads.len())];
        let g = group_of(b, units);
        units.level == Level::Sentence
            && (near.iter().any(reversed)
                || g.is_some() && beads.iter().any(|x| reversed(x) && group_of(x, units) == g))
    }

    /// True when the run of gap beads around `i` holds text on both sides
    /// whose lengths fit: a deletion next to an insertion is a 1-1 pair the
    /// aligner did not dare to make, not a loss.
    fn substitution(&self, beads: &[Bead], i: usize, units: &Units<'a>) -> bool {
        let is_gap = |b: &Bead| !is_match(b);
        let lo = beads[..i]
            .iter()
            .rposition(|b| !is_gap(b))
            .map_or(0, |j| j + 1);
        let hi = beads[i..]
            .iter()
            .position(|b| !is_gap(b))
            .map_or(beads.len(), |j| i + j);
        let run = &beads[lo..hi];
        let s: usize = run.iter().map(|b| sum(&units.src, b)).sum();
        let t: usize = run.iter().map(|b| sum_tgt(&units.tgt, b)).sum();
        s > 0 && t > 0 && self.deviation(s, t).abs() <= self.tolerance(s.min(t))
    }

    fn units_of(&self, b: &Bead, units: &Units) -> Vec<Gap> {
        let min = match units.level {
            Level::Paragraph => self.tuning.min_paragraph_chars,
            Level::Sentence => self.tuning.min_sentence_chars,
        };
        let (side, range, lens, ok) = if b.tgt.is_empty() {
            (Side::Pivot, b.src.clone(), &units.src, &units.src_ok)
        } else {
            (Side::Version, b.tgt.clone(), &units.tgt, &units.tgt_ok)
        };
        range
            .clone()
            .filter(|&u| lens.get(u).is_some_and(|&l| l >= min) && ok.get(u) == Some(&true))
            .map(|u| Gap {
                level: units.level,
                side,
                pivot_pos: if side == Side::Pivot { u } else { b.src.start },
                version_pos: if side == Side::Pivot { b.tgt.start } else { u },
                offset: u - range.start,
            })
            .collect()
    }

    /// A matched bead the aligner is sure of, whose lengths fit and whose
    /// numbers agree (but for one changed figure among shared ones: that is
    /// a number mismatch, not a misalignment).
    fn trusted(&self, b: &Bead, units: &Units<'a>) -> bool {
        let (s, t) = (sum(&units.src, b), sum_tgt(&units.tgt, b));
        let (a, z) = self.texts(b, units);
        b.score >= self.tuning.min_match_score
            && self.deviation(s, t).abs() <= self.tolerance(s.min(t))
            && agree_but_one(&a, self.pair.pivot.lang, &z, self.pair.doc.lang)
    }

    fn texts(&self, b: &Bead, units: &Units<'a>) -> (Vec<&'a str>, Vec<&'a str>) {
        let pick = |texts: &[&'a str], r: Range<usize>| -> Vec<&'a str> {
            r.filter_map(|i| texts.get(i).copied()).collect()
        };
        (
            pick(&units.src_text, b.src.clone()),
            pick(&units.tgt_text, b.tgt.clone()),
        )
    }

    fn numbers_agree(&self, b: &Bead, units: &Units<'a>) -> bool {
        let (a, z) = self.texts(b, units);
        agree(&a, self.pair.pivot.lang, &z, self.pair.doc.lang)
    }

    fn deviation(&self, src: usize, tgt: usize) -> f64 {
        let (a, b) = (self.pair.pivot.lang, self.pair.doc.lang);
        self.model.deviation(a, src, b, tgt)
    }

    /// Short texts vary more in length ratio than long ones (the variance of
    /// Gale & Church's length model grows with length, its ratio shrinks).
    fn tolerance(&self, len: usize) -> f64 {
        self.tuning.max_log_deviation + 2.0 / (len.max(1) as f64).sqrt()
    }
}

/// The matched paragraph bead holding a sentence bead's first unit (on its
/// non-empty side); `None` at paragraph level.
fn group_of(b: &Bead, units: &Units<'_>) -> Option<usize> {
    let g = if b.src.is_empty() {
        units.tgt_group.get(b.tgt.start)
    } else {
        units.src_group.get(b.src.start)
    };
    g.copied().flatten()
}

fn is_match(b: &Bead) -> bool {
    !b.src.is_empty() && !b.tgt.is_empty()
}

fn sum(lens: &[usize], b: &Bead) -> usize {
    b.src.clone().filter_map(|i| lens.get(i)).sum()
}

fn sum_tgt(lens: &[usize], b: &Bead) -> usize {
    b.tgt.clone().filter_map(|i| lens.get(i)).sum()
}

#[cfg(test)]
mod tests;
