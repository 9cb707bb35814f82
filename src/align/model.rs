//! What the anchor pass teaches about a pair of texts ([`Model`]): the
//! length ratio and variance, and the rates of omissions and of their runs,
//! re-estimated from the pass's own beads, and the confident beads that
//! train the lexicon.

use super::dp::Found;
use super::shape::Shape;
use crate::score::LengthModel;

/// What the anchor pass teaches about the two texts.
#[derive(Clone, Debug)]
pub struct Model {
    /// Length ratio and variance.
    pub length: LengthModel,
    /// Probabilities of 0-1 and 1-0 beads (opening a run).
    pub skip: [f32; 2],
    /// Probabilities that a run of 0-1 (1-0) beads goes on.
    pub run: [f32; 2],
}

impl Model {
    /// The rate at which omissions go on, for a pair whose short side keeps
    /// `kept` of its expected length (source first, as the aligner's length
    /// model gives it) over `n` source and `m` target segments: the long
    /// side lost about `1 - kept` of its segments, most likely in one block
    /// (a cut page, a dropped passage), so a run of its omissions goes on
    /// until that much is left out; the rate learned from the anchor pass is
    /// kept where it is higher. Learned alone it stays near its prior on a
    /// short release, so that leaving out the three lost sentences at the
    /// end of a cut page cost more than leaving out its first sentence and
    /// pairing every kept one a place off. The rate of opening a run is left
    /// as learned: raised to one run a text, it made a concise translation
    /// (a version keeping 72% of the expected length, nothing lost) lose a
    /// paragraph whose figure differs.
    pub fn expect_loss(&mut self, kept: [f64; 2], (n, m): (usize, usize)) {
        // Source short: the target's segments lack counterparts (0-1, [0]).
        let (side, long, k) = match kept[0] < kept[1] {
            true => (0, m, kept[0]),
            false => (1, n, kept[1]),
        };
        let lost = (1.0 - k.clamp(0.0, 1.0)) * long as f64;
        let goes_on = ((lost - 1.0) / lost.max(1.0)).clamp(0.0, MAX_RUN_RATE);
        self.run[side] = self.run[side].max(goes_on as f32);
    }
}

/// Highest rate of going on that [`Model::expect_loss`] sets.
const MAX_RUN_RATE: f64 = 0.95;

/// The omission rates of the anchor pass, before a pair's own beads have
/// taught any: the 0-1 shape prior, both ways. Also what a re-solve of part
/// of a pair uses (the pair's fitted rates are not kept).
pub fn anchor_skip() -> [f32; 2] {
    [Shape { src: 0, tgt: 1 }.prior(); 2].map(|c| (-c).exp())
}

/// Pseudo-beads of the Text+Berg prior in [`skip_rates`].
pub const SKIP_PRIOR_BEADS: f32 = 100.0;

/// The rates of 0-1 and 1-0 beads, re-estimated from the anchor pass (one
/// step of Viterbi re-estimation, as Gale & Church suggest for their priors)
/// and smoothed towards the prior with [`SKIP_PRIOR_BEADS`] pseudo-beads.
/// With `runs`, a run of consecutive omissions on one side counts as one
/// event (the rate of opening a run, among beads with runs counted once);
/// [`run_rates`] gives the rate of going on.
/// Omissions are the shape whose rate varies most between texts and between
/// directions (Text+Berg de-fr has seven times more 0-1 than 1-0 beads), so
/// they are the one worth learning per text.
pub fn skip_rates(beads: &[Found], runs: bool) -> [f32; 2] {
    let prior = (-Shape { src: 0, tgt: 1 }.prior()).exp();
    let ins = |b: &Found| b.src.is_empty();
    let del = |b: &Found| b.tgt.is_empty();
    let opens = |f: fn(&Found) -> bool| {
        let first = beads.first().is_some_and(f) as usize;
        let later = beads
            .windows(2)
            .filter(|w| f(&w[1]) && !(runs && f(&w[0])))
            .count();
        (first + later) as f32
    };
    let goes_on = |f: fn(&Found) -> bool| beads.windows(2).filter(|w| f(&w[0]) && f(&w[1])).count();
    let units = match runs {
        true => beads.len() - goes_on(ins) - goes_on(del),
        false => beads.len(),
    };
    let total = units as f32 + SKIP_PRIOR_BEADS;
    [opens(ins), opens(del)].map(|c| (c + SKIP_PRIOR_BEADS * prior) / total)
}

/// Pseudo-omissions of the prior in [`run_rates`]. The continuation rate is
/// estimated from the omissions alone, a sample far smaller than the beads
/// (a few dozen in a document of hundreds of sentences), so its prior must be
/// correspondingly weak to let a text's runs show: 100 pseudo-omissions kept
/// the estimate near the prior on Text+Berg dev (fr->de strict F1 0.877;
/// 3, 10 and 30 all give 0.879, de->fr and the quarters unchanged).
pub const RUN_PRIOR_SKIPS: f32 = 10.0;

/// The probabilities that an insertion (deletion) in the anchor pass is
/// followed by another one, smoothed with [`RUN_PRIOR_SKIPS`]
/// pseudo-omissions towards the skip prior, i.e. towards independent
/// omissions. Omissions come
/// in blocks (photo captions, a dropped paragraph), and the text itself says
/// how much.
pub fn run_rates(beads: &[Found]) -> [f32; 2] {
    let prior = (-Shape { src: 0, tgt: 1 }.prior()).exp();
    let rate = |f: fn(&Found) -> bool| {
        let skips = beads.iter().filter(|b| f(b)).count() as f32;
        let goes_on = beads.windows(2).filter(|w| f(&w[0]) && f(&w[1])).count() as f32;
        (goes_on + RUN_PRIOR_SKIPS * prior) / (skips + RUN_PRIOR_SKIPS)
    };
    [rate(|b| b.src.is_empty()), rate(|b| b.tgt.is_empty())]
}

/// The 1-1 beads of a pass whose lexical similarity is in the better two
/// thirds: the training material for the lexicon and the length variance.
/// Selecting on similarity rather than on total cost keeps the length
/// residuals of the selection unbiased (selecting on a cost that includes the
/// length term would pick well-fitting lengths and shrink the variance).
pub fn confident_pairs(beads: &[Found]) -> Vec<(usize, usize)> {
    let mut ones: Vec<&Found> = beads
        .iter()
        .filter(|b| b.src.len() == 1 && b.tgt.len() == 1)
        .collect();
    if ones.len() >= 3 {
        let keep = ones.len() * 2 / 3;
        ones.select_nth_unstable_by(keep, |a, b| b.sim.total_cmp(&a.sim));
        ones.truncate(keep);
    }
    let mut pairs: Vec<(usize, usize)> = ones.iter().map(|b| (b.src.start, b.tgt.start)).collect();
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(src: std::ops::Range<usize>, tgt: std::ops::Range<usize>, sim: f32) -> Found {
        let shape = Shape {
            src: src.len() as u8,
            tgt: tgt.len() as u8,
        };
        Found {
            src,
            tgt,
            shape,
            evidence: 1.0,
            sim,
            posterior: None,
        }
    }

    #[test]
    fn skip_rates_move_from_the_prior_towards_the_counts() {
        let prior = (-Shape { src: 0, tgt: 1 }.prior()).exp();
        let mut beads: Vec<Found> = (0..100).map(|k| found(k..k + 1, k..k + 1, 0.5)).collect();
        beads.extend((0..50).map(|k| found(100..100, k + 100..k + 101, 0.0)));
        let [ins, del] = skip_rates(&beads, false);
        assert!(ins > prior && ins < 50.0 / 150.0, "{ins}");
        assert!(del < prior, "{del}");
    }

    #[test]
    fn runs_count_once_and_their_continuation_is_learned() {
        let mut beads: Vec<Found> = (0..100).map(|k| found(k..k + 1, k..k + 1, 0.5)).collect();
        beads.extend((0..20).map(|k| found(100..100, k + 100..k + 101, 0.0)));
        let [apart, _] = skip_rates(&beads, false);
        let [opens, _] = skip_rates(&beads, true);
        assert!(opens < apart, "{opens} {apart}");
        let [goes_on, other] = run_rates(&beads);
        let prior = (-Shape { src: 0, tgt: 1 }.prior()).exp();
        assert!(
            goes_on > 0.1 && (other - prior).abs() < 1e-6,
            "{goes_on} {other}"
        );
    }

    #[test]
    fn confident_pairs_are_the_most_similar_one_to_one_beads() {
        let beads = vec![
            found(0..1, 0..1, 0.9),
            found(1..3, 1..2, 0.9),
            found(3..4, 2..3, 0.1),
            found(4..5, 3..4, 0.8),
        ];
        assert_eq!(confident_pairs(&beads), [(0, 0), (4, 3)]);
    }
}
