//! A second opinion on where a single lost unit sits.
//!
//! When one side has exactly one unit more and the aligner's own gaps did not
//! pass the tests (it may have put the gap in the wrong place and shifted the
//! pairs in between), every position of the lost unit is tried: the others
//! pair one to one, in order. The position whose pairs fit best in length and
//! agree in numbers wins, but only when it beats the runner-up clearly and
//! every one of its pairs is trusted on its own, so a doubtful case stays
//! silent.

use std::ops::Range;

use super::{Gap, Judge, Level, Side, Units, is_match};
use crate::align::{Alignment, Bead};
use crate::check::lexical::similarity;

/// How much lower the best position's cost must be than the runner-up's; a
/// cost of 1 is one pair at the limit of plausible length.
pub(super) const MARGIN: f64 = 1.0;

/// Cost added to a pair whose numbers disagree.
const NUMBER_PENALTY: f64 = 4.0;

/// Weight of lexical dissimilarity (names, cognates) in a pair's cost: it
/// decides between positions whose lengths fit equally well.
const LEXICAL_WEIGHT: f64 = 4.0;

/// Least |ln(observed / expected)| of a paragraph pair, against the
/// release's own length ratio, for a lost sentence to show in its length.
const SHORTFALL: f64 = 0.25;

impl<'a> Judge<'a> {
    /// The one lost unit of `units`, if one side has exactly one more and its
    /// place is clear; with the alignment rebuilt around it.
    pub(super) fn single_gap(&self, units: &Units<'a>) -> Option<(Gap, Alignment)> {
        let (n, m) = (units.src.len(), units.tgt.len());
        let side = match n.checked_sub(m) {
            Some(1) => Side::Pivot,
            _ if m == n + 1 => Side::Version,
            _ => return None,
        };
        let pairs = |k: usize| -> Vec<Bead> {
            (0..n.max(m))
                .filter(|&u| u != k)
                .map(|u| {
                    let v = if u > k { u - 1 } else { u };
                    let (s, t) = if side == Side::Pivot { (u, v) } else { (v, u) };
                    Bead {
                        src: s..s + 1,
                        tgt: t..t + 1,
                        score: 1.0,
                    }
                })
                .collect()
        };
        let mut costs: Vec<(f64, usize)> = (0..n.max(m))
            .map(|k| (pairs(k).iter().map(|b| self.pair_cost(b, units)).sum(), k))
            .collect();
        costs.sort_by(|a, b| a.0.total_cmp(&b.0));
        let (best, k) = costs[0];
        let clear = costs.get(1).is_none_or(|c| c.0 - best >= MARGIN);
        let gap = self.lone(side, k, units);
        let all_trusted = pairs(k).iter().all(|b| self.trusted(b, units));
        let absorbed = self.lone_absorbed(&gap, &pairs(k), units);
        let placed = clear && all_trusted && !absorbed;
        if !(placed || all_trusted && self.shortfall(side, k, units))
            || !self.substantial(side, k, units)
        {
            return None;
        }
        let mut beads = pairs(k);
        beads.push(gap);
        beads.sort_by_key(|b| (b.src.start, b.tgt.start));
        let found = Gap {
            level: units.level,
            side,
            pivot_pos: k,
            version_pos: k,
            offset: 0,
        };
        Some((found, Alignment { beads }))
    }

    /// The paragraphs paired one to one, in order, when both sides have as
    /// many, the aligner paired them otherwise, and every pair but at most
    /// one is trusted, that one's sides being one sentence apart. A paragraph
    /// that lost a sentence may be short enough for the aligner to merge its
    /// neighbours around it; the sentence rules then look inside it.
    pub(super) fn diagonal(&self, aligned: &Alignment, units: &Units<'a>) -> Option<Alignment> {
        let n = units.src.len();
        if n != units.tgt.len() || aligned.beads.iter().all(is_one_to_one) {
            return None;
        }
        let beads: Vec<Bead> = (0..n)
            .map(|i| Bead {
                src: i..i + 1,
                tgt: i..i + 1,
                score: 1.0,
            })
            .collect();
        let count = |d: &crate::release::Document, i: usize| d.paragraphs[i].sentences.len();
        let doubtful: Vec<usize> = (0..n)
            .filter(|&i| !self.trusted(&beads[i], units))
            .collect();
        let fits = match doubtful[..] {
            [] => true,
            [i] => count(self.pair.pivot, i).abs_diff(count(self.pair.doc, i)) == 1,
            _ => false,
        };
        fits.then_some(Alignment { beads })
    }

    /// Sentence gaps found by the second opinion inside each trusted
    /// paragraph pair whose sides differ by one sentence and where no
    /// sentence gap was found yet (the aligner may have modelled the loss as
    /// a 2-1 bead).
    pub(super) fn local_sentence_gaps(
        &self,
        paragraphs: &Alignment,
        units: &Units<'a>,
        found: &[Gap],
    ) -> Vec<Gap> {
        let starts = |d: &crate::release::Document| -> Vec<usize> {
            std::iter::once(0)
                .chain(d.paragraphs.iter().scan(0, |n, p| {
                    *n += p.sentences.len();
                    Some(*n)
                }))
                .collect()
        };
        let (src_at, tgt_at) = (starts(self.pair.pivot), starts(self.pair.doc));
        let mut out = Vec::new();
        for b in paragraphs.beads.iter().filter(|b| is_match(b)) {
            let s = src_at[b.src.start]..src_at[b.src.end];
            let t = tgt_at[b.tgt.start]..tgt_at[b.tgt.end];
            let known = found.iter().any(|g| {
                g.level == Level::Sentence
                    && match g.side {
                        Side::Pivot => s.contains(&g.pivot_pos),
                        Side::Version => t.contains(&g.version_pos),
                    }
            });
            if known || s.is_empty() || t.is_empty() || s.len().abs_diff(t.len()) != 1 {
                continue;
            }
            if let Some((g, _)) = self.single_gap(&units.slice(s.clone(), t.clone())) {
                out.push(Gap {
                    pivot_pos: s.start + g.pivot_pos,
                    version_pos: t.start + g.version_pos,
                    ..g
                });
            }
        }
        out
    }

    /// Squared length deviation in units of the tolerance, plus a penalty
    /// when the numbers disagree and one for lexical dissimilarity.
    pub(super) fn pair_cost(&self, b: &Bead, units: &Units<'a>) -> f64 {
        let (s, t) = (units.src[b.src.start], units.tgt[b.tgt.start]);
        let z = self.deviation(s, t) / self.tolerance(s.min(t));
        let numbers = if self.numbers_agree(b, units) {
            0.0
        } else {
            NUMBER_PENALTY
        };
        let sim = similarity(units.src_text[b.src.start], units.tgt_text[b.tgt.start]);
        z * z + numbers + LEXICAL_WEIGHT * (1.0 - sim)
    }

    /// True when, at sentence level, the side with one sentence fewer is far
    /// too short for its paragraph pair and fits (as any trusted pair) once
    /// sentence `k` is taken out: lengths alone then say a sentence is lost, even when sentences
    /// of similar length leave its place unclear. The expected ratio is this
    /// release's own ([`Judge::own_ratio`]): one
    /// translator's habits vary far less than the archive's, so a lost third
    /// of a paragraph stands out, while a join or split keeps the length.
    fn shortfall(&self, side: Side, k: usize, units: &Units<'a>) -> bool {
        if units.level != Level::Sentence {
            return false;
        }
        let (s, t): (usize, usize) = (units.src.iter().sum(), units.tgt.iter().sum());
        let (s2, t2) = match side {
            Side::Pivot => (s - units.src[k], t),
            Side::Version => (s, t - units.tgt[k]),
        };
        let own = self.own;
        let (before, after) = (self.deviation(s, t) - own, self.deviation(s2, t2) - own);
        let misfit = match side {
            Side::Pivot => before < -SHORTFALL,
            Side::Version => before > SHORTFALL,
        };
        misfit && after.abs() <= self.tolerance(s2.min(t2))
    }

    /// The median length deviation of the one-to-one paragraph pairs of
    /// `paragraphs`: this release's own ratio, which neither a lost
    /// paragraph nor a lost sentence moves (the whole documents' ratio would
    /// move with both).
    pub(super) fn own_ratio(&self, paragraphs: &Alignment, units: &Units<'a>) -> f64 {
        let mut devs: Vec<f64> = paragraphs
            .beads
            .iter()
            .filter(|b| b.src.len() == 1 && b.tgt.len() == 1)
            .map(|b| self.deviation(units.src[b.src.start], units.tgt[b.tgt.start]))
            .collect();
        devs.sort_by(f64::total_cmp);
        match devs.len() {
            0 => 0.0,
            n if n % 2 == 1 => devs[n / 2],
            n => (devs[n / 2 - 1] + devs[n / 2]) / 2.0,
        }
    }

    /// The lost unit as a 1-0 or 0-1 bead.
    fn lone(&self, side: Side, k: usize, units: &Units<'a>) -> Bead {
        let (s, t) = match side {
            Side::Pivot => (k..k + 1, k.min(units.tgt.len())..k.min(units.tgt.len())),
            Side::Version => (k.min(units.src.len())..k.min(units.src.len()), k..k + 1),
        };
        Bead {
            src: s,
            tgt: t,
            score: 1.0,
        }
    }

    /// True unless the lost unit is clearly apart from both neighbouring pairs.
    pub(super) fn lone_absorbed(&self, gap: &Bead, pairs: &[Bead], units: &Units<'a>) -> bool {
        let before = |b: &&Bead| b.src.end <= gap.src.start && b.tgt.end <= gap.tgt.start;
        let prev = pairs.iter().rfind(|b| before(b));
        let next = pairs.iter().find(|b| !before(b));
        ![prev, next]
            .into_iter()
            .flatten()
            .all(|n| self.apart(n, gap, units))
    }

    pub(super) fn substantial(&self, side: Side, k: usize, units: &Units<'a>) -> bool {
        let min = match units.level {
            Level::Paragraph => self.tuning.min_paragraph_chars,
            Level::Sentence => self.tuning.min_sentence_chars,
        };
        let (lens, ok) = match side {
            Side::Pivot => (&units.src, &units.src_ok),
            Side::Version => (&units.tgt, &units.tgt_ok),
        };
        lens.get(k).is_some_and(|&l| l >= min) && ok.get(k) == Some(&true)
    }
}

fn is_one_to_one(b: &Bead) -> bool {
    b.src.len() == 1 && b.tgt.len() == 1 && b.src.start == b.tgt.start
}

impl<'a> Units<'a> {
    /// The units `src` and `tgt`, renumbered from 0.
    fn slice(&self, src: Range<usize>, tgt: Range<usize>) -> Units<'a> {
        Units {
            level: self.level,
            src_text: self.src_text[src.clone()].to_vec(),
            tgt_text: self.tgt_text[tgt.clone()].to_vec(),
            src: self.src[src.clone()].to_vec(),
            tgt: self.tgt[tgt.clone()].to_vec(),
            src_ok: self.src_ok[src.clone()].to_vec(),
            tgt_ok: self.tgt_ok[tgt.clone()].to_vec(),
            src_group: self.src_group[src].to_vec(),
            tgt_group: self.tgt_group[tgt].to_vec(),
        }
    }
}
