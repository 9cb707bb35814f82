//! The dynamic program: the cheapest monotone sequence of beads inside a
//! [`Band`], in the manner of Gale & Church (1993), with a log-linear bead cost
//!
//! ```text
//! cost(bead) = -ln P(shape) + length_cost + lambda * (1 - sim) * (a + b) / 2
//! sim        = (2 M + kappa) / (W_src + W_tgt + 2 kappa)
//! ```
//!
//! where `M` is the weighted evidence the bead's two sides share and `W` each
//! side's total evidence: a smoothed Dice coefficient, so a bead whose words,
//! numbers and names find partners across is cheap, and segments without any
//! evidence (`kappa` dominates) are judged on length alone. The term is scaled
//! by the number of segments so that merging never hides unmatched material.
//! Insertions and deletions (0-1, 1-0) carry no length cost: the Gale–Church
//! model describes translations, not omissions.

use std::ops::Range;

use super::band::Band;
use super::shape::Shape;
use crate::score::{LengthModel, Segment, Weights, shared};

/// Weights of the log-linear cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// `lambda`: cost of a bead whose sides share nothing, per segment pair.
    pub lexical_weight: f32,
    /// `kappa`: pseudo-evidence that keeps `sim` defined and moderate for
    /// segments with little evidence.
    pub smoothing: f32,
    /// Weight of the Gale–Church length cost.
    pub length_weight: f32,
}

/// One alignment problem: both sides' features and the cost model.
pub struct Problem<'a> {
    src: &'a [Segment],
    tgt: &'a [Segment],
    weights: &'a Weights,
    length: &'a LengthModel,
    shapes: &'a [Shape],
    params: Params,
    src_chars: Vec<u32>,
    tgt_chars: Vec<u32>,
    src_weight: Vec<f32>,
    tgt_weight: Vec<f32>,
}

/// A bead found by [`Problem::solve`], with its cost split into the prior and
/// the evidence part.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Source segment indices.
    pub src: Range<usize>,
    /// Target segment indices.
    pub tgt: Range<usize>,
    /// The bead's shape.
    pub shape: Shape,
    /// Length plus lexical cost (the total cost minus the shape prior).
    pub evidence: f32,
    /// The lexical similarity `sim` of the bead.
    pub sim: f32,
}

fn prefix<T: Copy + std::ops::Add<Output = T> + Default>(values: impl Iterator<Item = T>) -> Vec<T> {
    let mut sums = vec![T::default()];
    for v in values {
        let last = *sums.last().unwrap_or(&T::default());
        sums.push(last + v);
    }
    sums
}

impl<'a> Problem<'a> {
    /// Prepares the prefix sums of both sides.
    pub fn new(
        (src, tgt): (&'a [Segment], &'a [Segment]),
        weights: &'a Weights,
        length: &'a LengthModel,
        shapes: &'a [Shape],
        params: Params,
    ) -> Self {
        Problem {
            src,
            tgt,
            weights,
            length,
            shapes,
            params,
            src_chars: prefix(src.iter().map(|s| s.chars)),
            tgt_chars: prefix(tgt.iter().map(|s| s.chars)),
            src_weight: prefix(src.iter().map(|s| weights.total(s))),
            tgt_weight: prefix(tgt.iter().map(|s| weights.total(s))),
        }
    }

    /// Source and target sizes.
    pub fn size(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    fn pair(&self, i: usize, j: usize) -> f32 {
        shared(&self.src[i].keys, &self.tgt[j].keys, self.weights)
    }

    /// Shared evidence of the `a x b` block of segment pairs ending before
    /// `(i, j)`: every segment contributes what it shares with its best
    /// partner on the other side, summed over the side where that is larger.
    /// Unlike the plain block sum, chance overlaps between segments that are
    /// not each other's translation (neighbours repeating a name) do not make
    /// merging two good 1-1 beads look better than keeping them apart.
    #[inline]
    fn block(&self, band: &Band, pairs: &[f32], shape: Shape, i: usize, j: usize) -> f32 {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        if a == 1 && b == 1 {
            return self.cell(band, pairs, i, j);
        }
        let mut rows = [0.0f32; 8];
        let mut cols = [0.0f32; 8];
        for p in 0..a {
            for q in 0..b {
                let v = self.cell(band, pairs, i - p, j - q);
                rows[p] = rows[p].max(v);
                cols[q] = cols[q].max(v);
            }
        }
        let by_src: f32 = rows[..a].iter().sum();
        let by_tgt: f32 = cols[..b].iter().sum();
        by_src.max(by_tgt)
    }

    #[inline]
    fn cell(&self, band: &Band, pairs: &[f32], i: usize, j: usize) -> f32 {
        match band.index(i, j) {
            Some(k) => pairs[k],
            None => self.pair(i - 1, j - 1),
        }
    }

    /// Evidence cost and similarity of a bead of `shape` ending at `(i, j)`.
    #[inline]
    fn bead(&self, band: &Band, pairs: &[f32], shape: Shape, i: usize, j: usize) -> (f32, f32) {
        let (a, b) = (shape.src as usize, shape.tgt as usize);
        let ws = self.src_weight[i] - self.src_weight[i - a];
        let wt = self.tgt_weight[j] - self.tgt_weight[j - b];
        let shared = if shape.is_skip() {
            0.0
        } else {
            self.block(band, pairs, shape, i, j).min(ws).min(wt)
        };
        let kappa = self.params.smoothing;
        let sim = (2.0 * shared + kappa) / (ws + wt + 2.0 * kappa);
        let lexical = self.params.lexical_weight * (1.0 - sim) * (a + b) as f32 / 2.0;
        let length = if shape.is_skip() {
            0.0
        } else {
            let ls = self.src_chars[i] - self.src_chars[i - a];
            let lt = self.tgt_chars[j] - self.tgt_chars[j - b];
            self.params.length_weight * self.length.cost(ls, lt)
        };
        (length + lexical, sim)
    }

    /// The cheapest path inside `band`, as beads in order. The band must
    /// contain `(0, 0)` and `(n, m)` and connect them.
    pub fn solve(&self, band: &Band) -> Vec<Found> {
        let (n, m) = self.size();
        let cells = band.cells();
        let mut cost = vec![f32::INFINITY; cells];
        let mut back = vec![u8::MAX; cells];
        let mut pairs = vec![0.0f32; cells];
        let priors: Vec<f32> = self.shapes.iter().map(|s| s.prior()).collect();
        for i in 0..=n {
            let (lo, hi) = band.row(i);
            for j in lo..=hi {
                let Some(here) = band.index(i, j) else { continue };
                if i > 0 && j > 0 {
                    pairs[here] = self.pair(i - 1, j - 1);
                }
                if i == 0 && j == 0 {
                    cost[here] = 0.0;
                    continue;
                }
                for (s, &shape) in self.shapes.iter().enumerate() {
                    let (a, b) = (shape.src as usize, shape.tgt as usize);
                    if a > i || b > j {
                        continue;
                    }
                    let Some(from) = band.index(i - a, j - b) else { continue };
                    if cost[from] == f32::INFINITY {
                        continue;
                    }
                    let total = cost[from] + priors[s] + self.bead(band, &pairs, shape, i, j).0;
                    if total < cost[here] {
                        cost[here] = total;
                        back[here] = s as u8;
                    }
                }
            }
        }
        self.backtrace(band, &back, &pairs, (n, m))
    }

    fn backtrace(&self, band: &Band, back: &[u8], pairs: &[f32], end: (usize, usize)) -> Vec<Found> {
        let mut beads = Vec::new();
        let (mut i, mut j) = end;
        while i > 0 || j > 0 {
            let Some(here) = band.index(i, j) else { break };
            let Some(&shape) = self.shapes.get(back[here] as usize) else { break };
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            let (evidence, sim) = self.bead(band, pairs, shape, i, j);
            beads.push(Found {
                src: i - a..i,
                tgt: j - b..j,
                shape,
                evidence,
                sim,
            });
            (i, j) = (i - a, j - b);
        }
        beads.reverse();
        beads
    }
}

/// The bead boundaries of a path, from `(0, 0)` to its end.
pub fn boundaries(beads: &[Found]) -> Vec<(usize, usize)> {
    std::iter::once((0, 0))
        .chain(beads.iter().map(|b| (b.src.end, b.tgt.end)))
        .collect()
}
