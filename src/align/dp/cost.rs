//! The bead cost of [`Problem`] (see the [module](super) documentation),
//! split into the part known from the prefix sums alone ([`Bounds`]) and
//! the part that looks up pairwise evidence, so that the DP can drop most
//! candidate beads before the expensive part.

use super::super::band::RowView;
use super::super::shape::Shape;
use super::Problem;
use crate::score::shared;

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
    #[inline]
    pub fn admits(self, limit: f32) -> bool {
        !(self.length >= limit || self.lower >= limit)
    }
}

impl Problem<'_> {
    pub(super) fn pair(&self, i: usize, j: usize) -> f32 {
        shared(&self.src[i].keys, &self.tgt[j].keys, self.weights)
    }

    /// Shared evidence of the `a x b` block of segment pairs ending before
    /// `(i, j)`: every segment contributes what it shares with its best
    /// partner on the other side, summed over the side where that is larger.
    /// Unlike the plain block sum, chance overlaps between segments that are
    /// not each other's translation (neighbours repeating a name) do not make
    /// merging two good 1-1 beads look better than keeping them apart.
    #[inline]
    pub(super) fn block(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        i: usize,
        j: usize,
    ) -> f32 {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        if a == 1 && b == 1 {
            return self.cell(rows, pairs, 0, i, j);
        }
        let mut best_src = [0.0f32; 8];
        let mut best_tgt = [0.0f32; 8];
        for (p, src_best) in best_src[..a].iter_mut().enumerate() {
            for (q, tgt_best) in best_tgt[..b].iter_mut().enumerate() {
                let v = self.cell(rows, pairs, p, i - p, j - q);
                *src_best = src_best.max(v);
                *tgt_best = tgt_best.max(v);
            }
        }
        let by_src: f32 = best_src[..a].iter().sum();
        let by_tgt: f32 = best_tgt[..b].iter().sum();
        by_src.max(by_tgt)
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
            .then(|| self.evidence(rows, pairs, shape, end, bounds.length))
    }

    /// The lexical cost and similarity of a bead whose sides share `shared`.
    #[inline]
    pub(super) fn lexical(
        &self,
        shape: Shape,
        (i, j): (usize, usize),
        shared: Option<f32>,
    ) -> (f32, f32) {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        let ws = self.src_weight[i] - self.src_weight[i - a];
        let wt = self.tgt_weight[j] - self.tgt_weight[j - b];
        let kappa = self.params.smoothing;
        let scale = self.params.lexical_weight * (a + b) as f32 / 2.0;
        // `None`: the most the two sides' totals allow.
        let shared = shared.map_or(ws.min(wt), |s| s.min(ws.min(wt)));
        let sim = (2.0 * shared + kappa) / (ws + wt + 2.0 * kappa);
        (scale * (1.0 - sim), sim)
    }

    /// The length cost of a bead and a lower bound of its evidence cost,
    /// known without looking up pairwise evidence.
    #[inline]
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
        let lower = length + self.lexical(shape, (i, j), None).0;
        Bounds { length, lower }
    }

    /// Evidence cost and similarity of a bead whose length cost is `length`.
    #[inline]
    pub(super) fn evidence(
        &self,
        rows: &[RowView],
        pairs: &mut [f32],
        shape: Shape,
        (i, j): (usize, usize),
        length: f32,
    ) -> (f32, f32) {
        if shape.is_skip() {
            return self.lexical(shape, (i, j), Some(0.0));
        }
        let shared = self.block(rows, pairs, shape, i, j);
        let (lex, sim) = self.lexical(shape, (i, j), Some(shared));
        (length + lex, sim)
    }
}
