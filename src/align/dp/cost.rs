//! The bead cost of [`Problem`] (see the [module](super) documentation),
//! split into the part known from the prefix sums alone ([`Bounds`]) and
//! the part that looks up pairwise evidence, so that the DP can drop most
//! candidate beads before the expensive part.

use super::super::band::RowView;
use super::super::shape::Shape;
use super::{OMITTED_SHARE, Problem};
use crate::score::shared;

/// Every segment covered as far as its weight goes: what gives a lower bound
/// of the lexical cost (see [`Problem::lexical`]); the widest bead has 8
/// segments on a side.
const FULL: [f32; 8] = [f32::INFINITY; 8];

/// The summed share of each segment's weight `w` (with `inv`,
/// `1 / (w + kappa)`) that what it shares with the other side, `covered`,
/// leaves unexplained; a segment's share counts up to its own weight and
/// the other side's total, `other`.
#[inline(always)]
fn unexplained(own: &[(f32, f32)], covered: &[f32], other: f32, half_kappa: f32) -> f32 {
    own.iter()
        .zip(covered)
        .map(|(&(w, inv), &c)| 1.0 - (c.min(w).min(other) + half_kappa) * inv)
        .sum()
}

/// The cheap part of a bead's evidence cost (see [`Problem::bounds`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct Bounds {
    /// The weighted Gale–Church length cost.
    pub length: f32,
    /// `length` plus the lexical cost at the best similarity possible.
    pub lower: f32,
}

impl Bounds {
    /// False when the bead surely costs `limit` or more.
    #[inline(always)]
    pub fn admits(self, limit: f32) -> bool {
        !(self.length >= limit || self.lower >= limit)
    }
}

impl Problem<'_> {
    pub(super) fn pair(&self, i: usize, j: usize) -> f32 {
        shared(&self.src[i].keys, &self.tgt[j].keys, self.weights)
    }

    /// The lexical similarity of a 1-1 bead of source segment `i` and
    /// target segment `j`, wherever the two stand: the `sim` the search
    /// gives such a bead ([`Found::sim`](super::Found::sim)).
    pub fn similarity(&self, i: usize, j: usize) -> f32 {
        self.one_to_one((i + 1, j + 1), self.pair(i, j)).1
    }

    /// The lexical cost and similarity of the merged `A x B` bead ending
    /// before `(i, j)` (`A`, `B` at least 1): each segment covered by the
    /// sum of what it shares with the other side's segments. The common
    /// shapes have their own copy, with loops of known length.
    #[inline(always)]
    fn merged<const A: usize, const B: usize>(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        end: (usize, usize),
        limit: f32,
    ) -> (f32, f32) {
        let (mut src, mut tgt) = ([0.0f32; A], [0.0f32; B]);
        self.cover(rows, pairs, end, &mut src, &mut tgt);
        self.settle(end, &mut src, &mut tgt, limit)
    }

    /// [`Problem::merged`] of any shape up to 8 x 8.
    #[inline(never)]
    fn merged_any(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        end: (usize, usize),
        limit: f32,
    ) -> (f32, f32) {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        let (mut src, mut tgt) = ([0.0f32; 8], [0.0f32; 8]);
        self.cover(rows, pairs, end, &mut src[..a], &mut tgt[..b]);
        self.settle(end, &mut src[..a], &mut tgt[..b], limit)
    }

    /// The lexical cost and similarity of a merged bead from its pairwise
    /// cover: summed over the other side's segments, a key that two of them
    /// hold (a name the story repeats, a figure) covers a segment twice,
    /// which made two good 1-1 beads cheaper as one 2-2. So a bead whose
    /// pairwise cost is below `limit` is costed again on its
    /// [`Problem::union_cover`]; one at `limit` or above is out of the
    /// running either way (the union covers no more than the sum).
    #[inline(always)]
    fn settle(
        &self,
        end: (usize, usize),
        src: &mut [f32],
        tgt: &mut [f32],
        limit: f32,
    ) -> (f32, f32) {
        let found = self.lexical(end, src, tgt);
        if found.0 >= limit {
            return found;
        }
        self.union_cover(end, src, tgt);
        self.lexical(end, src, tgt)
    }

    /// Each segment of the bead ending before `(i, j)`, given the sum of
    /// what it shares with each segment of the other side, covered by what
    /// it shares with that side taken as one text: the sum less what the
    /// keys those segments repeat counted more than once
    /// ([`Twins::overcount`](super::twins::Twins::overcount)).
    #[inline(never)]
    pub(super) fn union_cover(&self, (i, j): (usize, usize), src: &mut [f32], tgt: &mut [f32]) {
        let (a, b) = (src.len(), tgt.len());
        if b > 1 {
            for (c, s) in src.iter_mut().zip(&self.src[i - a..i]) {
                *c -= self.tgt_twins[b - 2].overcount(j - b, &s.keys, self.weights);
            }
        }
        if a > 1 {
            for (c, t) in tgt.iter_mut().zip(&self.tgt[j - b..j]) {
                *c -= self.src_twins[a - 2].overcount(i - a, &t.keys, self.weights);
            }
        }
    }

    /// Adds to each segment of the bead ending before `(i, j)` with
    /// `src.len()` source and `tgt.len()` target segments what it shares
    /// with each segment of the other side (both in text order).
    #[inline(always)]
    fn cover(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        (i, j): (usize, usize),
        src: &mut [f32],
        tgt: &mut [f32],
    ) {
        let (a, b) = (src.len(), tgt.len());
        for p in 0..a {
            for q in 0..b {
                let v = self.cell(rows, pairs, p, i - p, j - q);
                src[a - 1 - p] += v;
                tgt[b - 1 - q] += v;
            }
        }
    }

    #[inline]
    pub(super) fn cell(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        up: usize,
        i: usize,
        j: usize,
    ) -> f32 {
        match rows[up].get(j) {
            Some(k) if !pairs[k].is_nan() => pairs[k],
            Some(k) => {
                pairs[k] = self.pair(i - 1, j - 1);
                pairs[k]
            }
            None => self.pair(i - 1, j - 1),
        }
    }

    /// Evidence cost and similarity of a bead of `shape` ending at `(i, j)`.
    #[inline]
    pub(super) fn bead(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        i: usize,
        j: usize,
    ) -> (f32, f32) {
        self.bead_within(rows, pairs, shape, (i, j), f32::INFINITY)
            .unwrap_or((f32::INFINITY, 0.0))
    }

    /// Like [`Problem::bead`], but gives up (`None`) as soon as a lower bound
    /// of the cost reaches `limit`: the length cost and the best similarity
    /// the two sides' evidence totals allow are known before the pairwise
    /// evidence is looked up, which most candidate beads never need.
    #[inline]
    pub(super) fn bead_within(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        end: (usize, usize),
        limit: f32,
    ) -> Option<(f32, f32)> {
        let bounds = self.bounds(shape, end);
        bounds
            .admits(limit)
            .then(|| self.evidence(rows, pairs, shape, end, bounds.length, limit))
    }

    /// The lexical cost and similarity of the bead ending before `(i, j)`
    /// whose source and target segments share `src` and `tgt` (in text
    /// order) with the other side: every segment is charged the share of
    /// its evidence the other side does not hold, smoothed by `kappa`
    /// (`1 - (min(c, w) + kappa / 2) / (w + kappa)` for a segment of weight
    /// `w` sharing `c`), and `sim` is the mean share held. With [`FULL`],
    /// the least cost the segments' weights allow.
    #[inline(always)]
    fn lexical(&self, (i, j): (usize, usize), src: &[f32], tgt: &[f32]) -> (f32, f32) {
        let (a, b) = (src.len(), tgt.len());
        let half_kappa = self.params.smoothing / 2.0;
        let ws = self.src_weight[i] - self.src_weight[i - a];
        let wt = self.tgt_weight[j] - self.tgt_weight[j - b];
        let sum = unexplained(&self.src_own[i - a..i], src, wt, half_kappa)
            + unexplained(&self.tgt_own[j - b..j], tgt, ws, half_kappa);
        let n = (a + b).max(1) as f32;
        (self.params.lexical_weight / 2.0 * sum, 1.0 - sum / n)
    }

    /// The lexical cost of a 0-k or k-0 bead ending before `(i, j)`: each
    /// segment is charged [`OMITTED_SHARE`] of what it would cost in a bead
    /// that holds none of its evidence (all but its floor,
    /// `kappa / 2 / (w + kappa)`), less `orphan_share` times its orphan
    /// share (`orphan / (w + kappa)`), summed from prefix sums.
    #[inline(always)]
    fn omitted(&self, shape: Shape, (i, j): (usize, usize)) -> (f32, f32) {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        let floors = (self.src_floor[i] - self.src_floor[i - a])
            + (self.tgt_floor[j] - self.tgt_floor[j - b]);
        let orphans = (self.src_orphan[i] - self.src_orphan[i - a])
            + (self.tgt_orphan[j] - self.tgt_orphan[j - b]);
        let n = (a + b) as f32;
        let sum = OMITTED_SHARE * (n - floors as f32) - self.params.orphan_share * orphans as f32;
        (self.params.lexical_weight / 2.0 * sum, 1.0 - sum / n)
    }

    /// [`Problem::lexical`] of the 1-1 bead ending before `(i, j)` whose two
    /// segments share `shared`.
    #[inline(always)]
    fn one_to_one(&self, (i, j): (usize, usize), shared: f32) -> (f32, f32) {
        let kappa = self.params.smoothing;
        let ((ws, inv_s), (wt, inv_t)) = (self.src_own[i - 1], self.tgt_own[j - 1]);
        let c = shared.min(ws).min(wt) + kappa / 2.0;
        let sum = 2.0 - c * (inv_s + inv_t);
        (self.params.lexical_weight / 2.0 * sum, 1.0 - sum / 2.0)
    }

    /// The length cost of a bead and a lower bound of its evidence cost,
    /// known without looking up pairwise evidence.
    #[inline(always)]
    pub(super) fn bounds(&self, shape: Shape, (i, j): (usize, usize)) -> Bounds {
        if shape.is_skip() {
            return Bounds {
                length: f32::NEG_INFINITY,
                lower: f32::NEG_INFINITY,
            };
        }
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        let ls = self.src_chars[i] - self.src_chars[i - a];
        let lt = self.tgt_chars[j] - self.tgt_chars[j - b];
        let length = self.params.length_weight * self.length.cost(ls, lt);
        let lexical = match (a, b) {
            (1, 1) => self.one_to_one((i, j), f32::INFINITY).0,
            _ => self.lexical((i, j), &FULL[..a], &FULL[..b]).0,
        };
        let lower = length + lexical;
        Bounds { length, lower }
    }

    /// Evidence cost and similarity of a bead whose length cost is `length`.
    // `always`: left to itself the compiler calls this and `bounds` out of
    // line, and the calls (many arguments, once per candidate bead) cost 7%
    // of the instructions of a 10x dev run.
    #[inline(always)]
    pub(super) fn evidence(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        (i, j): (usize, usize),
        length: f32,
        limit: f32,
    ) -> (f32, f32) {
        let end = (i, j);
        let limit = limit - length;
        let (lex, sim) = match (shape.src, shape.tgt) {
            (0, _) | (_, 0) => return self.omitted(shape, (i, j)),
            (1, 1) => self.one_to_one((i, j), self.cell(rows, pairs, 0, i, j)),
            (1, 2) => self.merged::<1, 2>(rows, pairs, end, limit),
            (2, 1) => self.merged::<2, 1>(rows, pairs, end, limit),
            (2, 2) => self.merged::<2, 2>(rows, pairs, end, limit),
            (1, 3) => self.merged::<1, 3>(rows, pairs, end, limit),
            (3, 1) => self.merged::<3, 1>(rows, pairs, end, limit),
            (2, 3) => self.merged::<2, 3>(rows, pairs, end, limit),
            (3, 2) => self.merged::<3, 2>(rows, pairs, end, limit),
            (1, 4) => self.merged::<1, 4>(rows, pairs, end, limit),
            (4, 1) => self.merged::<4, 1>(rows, pairs, end, limit),
            _ => self.merged_any(rows, pairs, shape, end, limit),
        };
        (length + lex, sim)
    }
}
