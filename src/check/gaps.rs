//! Content with no counterpart, read off the aligner's posteriors.
//!
//! The aligner scores, for every paragraph and sentence of both sides, the
//! posterior probability that it has no counterpart
//! ([`Alignment::unaligned`](crate::align::Alignment::unaligned)): the
//! summed weight of every path through the lattice that leaves it out. A
//! unit is lost when that mass is high. Because the mass counts every path,
//! a sentence the best path folded into a neighbour's bead (a 2-1 whose
//! length does not fit) is still seen as likely lost, and a sentence whose
//! place is merely uncertain is not.
//!
//! - A paragraph is lost when the mean of its own posterior and the
//!   length-weighted mean of its sentences' reaches
//!   [`Tuning::min_paragraph_omission`]: the paragraph lattice and the
//!   sentence lattice inside the paragraph groups are two views, and a
//!   paragraph the paragraph pass merged away shows in its sentences.
//! - A sentence is lost when its posterior reaches
//!   [`Tuning::min_sentence_omission`], unless the other side's sentences at
//!   the same place are also likely unaligned
//!   ([`Tuning::max_counter_omission`]): there the two texts say different
//!   things (a free rendering), and neither is missing.
//!
//! A lost end of either side is read off the same gaps ([`super::tails`]).

use std::ops::Range;

use super::Tuning;
use super::pair::{Level, Pair, Side};
use super::tails::{self, Tail};

/// A run of units on one side of a pair that have no counterpart.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The side the units are on.
    pub side: Side,
    /// Paragraphs or sentences.
    pub level: Level,
    /// The units, at `level`, on `side`.
    pub units: Range<usize>,
    /// Where they belong on the other side: the index of the other side's
    /// first unit after them, at the same level.
    pub at: usize,
    /// The mean posterior that the units have no counterpart.
    pub mass: f32,
    /// True for a doubtful gap (some omission mass, not enough on its own):
    /// it stands only when the other versions bear it out, see
    /// `blame`.
    pub weak: bool,
}

/// The gaps of one pair, and a lost end if there is one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PairGaps {
    /// Lost paragraphs and runs of lost sentences, by side and position;
    /// none inside a tail.
    pub gaps: Vec<Gap>,
    /// A lost end of either side.
    pub tails: Vec<Tail>,
}

/// The gaps of `pair`, its lost ends weighed against the lengths the
/// archive expects of the two languages (their ratio `expected`, when
/// known).
pub fn find(pair: &Pair, tuning: &Tuning, expected: Option<f64>) -> PairGaps {
    let mut out = PairGaps::default();
    for side in [Side::Pivot, Side::Version] {
        let mut gaps = paragraph_gaps(pair, side, tuning);
        let sentences = sentence_gaps(pair, side, &gaps, tuning);
        gaps.extend(sentences);
        gaps.sort_by_key(|g| (g.sentences(pair).start, g.level));
        out.tails
            .extend(tails::lost_end(pair, side, &gaps, tuning, expected));
        out.gaps.extend(gaps);
    }
    out
}

/// Paragraphs of `side` whose omission mass passes the threshold, and in a
/// stretch of doubtful paragraphs that together hold a paragraph's worth of
/// mass ([`SPREAD_PARAGRAPHS`]), the likeliest ones: the aligner is sure a
/// paragraph is gone, less sure which.
fn paragraph_gaps(pair: &Pair, side: Side, tuning: &Tuning) -> Vec<Gap> {
    let n = pair.len(side, Level::Paragraph);
    let mass: Vec<f32> = (0..n).map(|p| paragraph_mass(pair, side, p)).collect();
    let usable = |p: usize| {
        !pair.numbering[side as usize].sentences_of[p].is_empty()
            && pair.unit_length(side, Level::Paragraph, p) >= tuning.min_paragraph_length
    };
    let m = |p: usize| mass[p];
    let mut lost: Vec<usize> = Vec::new();
    for stretch in doubtful(0..n, &m) {
        let sure: Vec<usize> = (stretch.clone())
            .filter(|&q| mass[q] >= tuning.min_paragraph_omission)
            .collect();
        let total: f32 = mass[stretch.clone()].iter().sum();
        if !sure.is_empty() {
            lost.extend(sure);
        } else if total >= SPREAD_PARAGRAPHS {
            let count = (total.round() as usize).max(1).min(surplus(pair, side));
            lost.extend(likeliest(stretch, &m, count));
        }
    }
    lost.sort_unstable();
    lost.into_iter()
        .filter(|&p| usable(p))
        .map(|p| {
            let at = pair.position_across(side, Level::Paragraph, p);
            gap(side, Level::Paragraph, p..p + 1, at, mass[p])
        })
        .collect()
}

/// How many more paragraphs `side` has than the other: a bound on how many
/// of its paragraphs can be lost as a whole where the aligner is unsure
/// (a paragraph short of a sentence is still there).
fn surplus(pair: &Pair, side: Side) -> usize {
    let n = |s: Side| pair.len(s, Level::Paragraph);
    n(side).saturating_sub(n(side.other()))
}

/// Least summed omission mass of a stretch of doubtful paragraphs for one
/// of them to count as lost.
const SPREAD_PARAGRAPHS: f32 = 0.55;

/// Runs of lost sentences of `side` outside the paragraphs of `gaps`.
fn sentence_gaps(pair: &Pair, side: Side, gaps: &[Gap], tuning: &Tuning) -> Vec<Gap> {
    let mut out = Vec::new();
    for (p, sentences) in pair.numbering[side as usize]
        .sentences_of
        .iter()
        .enumerate()
    {
        if !covers(pair, gaps, Level::Paragraph, p) {
            out.extend(sentence_runs(pair, side, sentences.clone(), tuning));
        }
    }
    out
}

/// True when a gap of `gaps` holds unit `k` at `level`.
pub(super) fn covers(pair: &Pair, gaps: &[Gap], level: Level, k: usize) -> bool {
    gaps.iter().any(|g| match (g.level, level) {
        (a, b) if a == b => g.units.contains(&k),
        (Level::Paragraph, Level::Sentence) => g
            .units
            .contains(&pair.numbering[g.side as usize].paragraph_of[k]),
        _ => false,
    })
}

impl Gap {
    /// The sentences of the gap on its own side.
    pub fn sentences(&self, pair: &Pair) -> Range<usize> {
        match self.level {
            Level::Sentence => self.units.clone(),
            Level::Paragraph => pair.sentences_in(self.side, &self.units),
        }
    }
}

/// Least shortfall (|delta| of a merged bead whose other side is too short)
/// for a loss inside a merged bead to be believed, when its omission mass
/// passed the threshold; a doubtful one (a weak gap, which may stand on its
/// own when the other versions are clean) needs that of a bead that does
/// not fit ([`MISFIT`]): one sentence cut in two, or a translator's
/// merge of terse sentences, leaves the other side a little short.
const MERGE_SHORT: f32 = 1.0;

/// False when `run` sits in a bead that also holds other units of its side
/// and whose lengths fit as they are: the best path explains the run as a
/// merge (a translator joining two sentences), and the length model, Gale &
/// Church's, agrees. A loss hidden in a merge leaves the other side too
/// short by the lost text (a residual of at least `short`), and taking the
/// run out must fit clearly better.
fn length_allows_loss(pair: &Pair, side: Side, run: &Range<usize>, short: f32) -> bool {
    let beads = &pair.alignment(Level::Sentence).beads;
    let Some(b) = beads
        .iter()
        .find(|b| b.side(side as usize).contains(&run.start))
    else {
        return true;
    };
    let (mine, theirs) = (
        b.side(side as usize).clone(),
        b.side(side.other() as usize).clone(),
    );
    if theirs.is_empty() || mine.len() <= run.len() {
        return true;
    }
    let other = pair.length(side.other(), Level::Sentence, theirs);
    let all = pair.length(side, Level::Sentence, mine);
    let kept = all - pair.length(side, Level::Sentence, run.clone());
    let with = own_delta(side, b);
    let without = match side {
        Side::Pivot => pair.al.length.delta(kept, other),
        Side::Version => -pair.al.length.delta(other, kept),
    };
    with <= -short && without.abs() + 0.5 <= with.abs()
}

/// Least |delta| of a merged bead that does not fit its lengths.
const MISFIT: f32 = 1.5;

/// The length residual of bead `b` as the aligner scored it, signed from
/// `side`'s point of view: negative when the other side is too short.
fn own_delta(side: Side, b: &crate::align::Bead) -> f32 {
    match side {
        Side::Pivot => b.evidence.length_delta,
        Side::Version => -b.evidence.length_delta,
    }
}

fn gap(side: Side, level: Level, units: Range<usize>, at: usize, mass: f32) -> Gap {
    Gap {
        side,
        level,
        units,
        at,
        mass,
        weak: false,
    }
}

/// The omission mass of paragraph `p`: the mean of its own posterior and
/// its sentences' length-weighted one.
fn paragraph_mass(pair: &Pair, side: Side, p: usize) -> f32 {
    let own = pair.unaligned(side, Level::Paragraph, p);
    let sentences = pair.numbering[side as usize].sentences_of[p].clone();
    match weighted_mass(pair, side, sentences) {
        Some(inner) => (own + inner) / 2.0,
        None => own,
    }
}

/// Length-weighted mean omission posterior of `sentences`.
fn weighted_mass(pair: &Pair, side: Side, sentences: Range<usize>) -> Option<f32> {
    let (mut sum, mut weight) = (0.0, 0.0);
    for k in sentences {
        let c = f64::from(pair.unit_length(side, Level::Sentence, k).max(1));
        sum += f64::from(pair.unaligned(side, Level::Sentence, k)) * c;
        weight += c;
    }
    (weight > 0.0).then(|| (sum / weight) as f32)
}

/// Runs of lost sentences among `sentences` (inside one paragraph).
fn sentence_runs(pair: &Pair, side: Side, sentences: Range<usize>, tuning: &Tuning) -> Vec<Gap> {
    let u = |k: usize| pair.unaligned(side, Level::Sentence, k);
    let lost = |k: usize| {
        u(k) >= tuning.min_sentence_omission
            && pair.unit_length(side, Level::Sentence, k) >= tuning.min_sentence_length
    };
    let long = |k: usize| pair.unit_length(side, Level::Sentence, k) >= tuning.min_sentence_length;
    let mut out = Vec::new();
    // In a stretch of doubtful sentences: those lost on their own, else
    // the likeliest ones when the stretch holds an omission's worth of
    // mass spread over several places (as many as the summed mass, the
    // expected number of lost sentences), else the likeliest as a weak
    // candidate for the vote across versions.
    for stretch in doubtful(sentences.clone(), &u) {
        let total: f32 = stretch.clone().map(u).sum();
        let (runs, weak) = if stretch.clone().any(lost) {
            (lost_runs(stretch, &lost), false)
        } else if total >= SPREAD_MASS {
            let order = likeliest(stretch.clone(), &u, (total.round() as usize).max(1));
            (
                lost_runs(stretch, &|j| order.contains(&j) && long(j)),
                false,
            )
        } else {
            let best = likeliest(stretch, &u, 1);
            (
                best.into_iter()
                    .filter(|&k| long(k))
                    .map(|k| k..k + 1)
                    .collect(),
                true,
            )
        };
        for run in runs {
            out.extend(sentence_gap(pair, side, run, &sentences, weak, tuning));
        }
    }
    out
}

/// The maximal stretches of `range` whose units' omission posterior
/// (`mass`) reaches [`SPREAD_FLOOR`].
fn doubtful(range: Range<usize>, mass: &dyn Fn(usize) -> f32) -> Vec<Range<usize>> {
    lost_runs(range, &|k| mass(k) >= SPREAD_FLOOR)
}

/// The `count` units of `stretch` with the largest `mass`, likeliest first.
fn likeliest(stretch: Range<usize>, mass: &dyn Fn(usize) -> f32, count: usize) -> Vec<usize> {
    let mut order: Vec<usize> = stretch.collect();
    order.sort_by(|a, b| mass(*b).total_cmp(&mass(*a)));
    order.truncate(count);
    order
}

/// Least omission posterior of a sentence in a doubtful stretch.
const SPREAD_FLOOR: f32 = 0.1;

/// Least summed omission posterior of a doubtful stretch for it to count
/// as holding a lost sentence: the aligner is sure something is left out
/// there, not where.
const SPREAD_MASS: f32 = 0.75;

/// The maximal runs of `range` where `lost` holds.
fn lost_runs(range: Range<usize>, lost: &dyn Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        if !lost(k) {
            k += 1;
            continue;
        }
        let start = k;
        while k < range.end && lost(k) {
            k += 1;
        }
        out.push(start..k);
    }
    out
}

/// Least share of a paragraph's length in a run of lost sentences for the
/// paragraph to count as lost as a whole: a lost paragraph may keep a short
/// sentence paired by chance with a neighbour.
const MOSTLY_LOST: f64 = 0.7;

/// The gap of sentences `run` of paragraph `sentences`, unless the other
/// side is as unsure at the spot; a paragraph gap when it holds most of
/// the paragraph ([`MOSTLY_LOST`]) and the side has paragraphs to spare.
fn sentence_gap(
    pair: &Pair,
    side: Side,
    run: Range<usize>,
    sentences: &Range<usize>,
    weak: bool,
    tuning: &Tuning,
) -> Option<Gap> {
    let at = pair.position_across(side, Level::Sentence, run.start);
    if counter_mass(pair, side.other(), at) >= tuning.max_counter_omission
        || !length_allows_loss(pair, side, &run, if weak { MISFIT } else { MERGE_SHORT })
    {
        return None;
    }
    let mass = weighted_mass(pair, side, run.clone()).unwrap_or(0.0);
    let length = |r: &Range<usize>| f64::from(pair.length(side, Level::Sentence, r.clone()));
    let mostly = length(&run) >= MOSTLY_LOST * length(sentences);
    let g = match mostly && surplus(pair, side) > 0 {
        true => {
            let p = pair.numbering[side as usize].paragraph_of[run.start];
            let at = pair.position_across(side, Level::Paragraph, p);
            gap(side, Level::Paragraph, p..p + 1, at, mass)
        }
        false => gap(side, Level::Sentence, run, at, mass),
    };
    Some(Gap { weak, ..g })
}

/// The largest omission posterior of the sentences of `side` on either
/// side of position `at` (the two that a lost unit of the other side sits
/// between).
fn counter_mass(pair: &Pair, side: Side, at: usize) -> f32 {
    let n = pair.len(side, Level::Sentence);
    [at.checked_sub(1), (at < n).then_some(at)]
        .into_iter()
        .flatten()
        .map(|k| pair.unaligned(side, Level::Sentence, k))
        .fold(0.0, f32::max)
}
