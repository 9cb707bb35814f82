//! Reading the best path back from the DP tables, with a confidence for each
//! bead.
//!
//! The confidence of a bead is a local posterior: among all beads that could
//! end at the same cell (every shape, from every live predecessor), each
//! scored by the total cost of the best path through it, the bead's share of
//! `exp(-cost)`. It is 1 when every alternative is far costlier and 0.5 when
//! one alternative (say, a 2-1 instead of 1-1 + 1-0) is as good. Costs are
//! negative log-probabilities (the Gale–Church length term is one, and the
//! shape priors are), so the share reads as a probability given the path up
//! to that point; it is not calibrated against gold alignments.

use super::super::band::{Band, RowView};
use super::super::shape::Shape;
use super::{Found, Problem};

impl Problem<'_> {
    /// The rows `i, i - 1, …` as views, for bead evaluation at row `i`.
    fn rows_at(&self, band: &Band, i: usize) -> Vec<RowView> {
        let depth = self
            .shapes
            .iter()
            .map(|s| s.src as usize)
            .max()
            .unwrap_or(1)
            + 1;
        (0..depth)
            .map(|p| {
                if p <= i {
                    band.view(i - p)
                } else {
                    RowView::EMPTY
                }
            })
            .collect()
    }

    /// The total cost of every bead that could end at `(i, j)`.
    fn candidates(
        &self,
        rows: &[RowView],
        cost: &[f32],
        pairs: &mut [f32],
        (i, j): (usize, usize),
    ) -> Vec<f32> {
        let mut totals = Vec::with_capacity(self.shapes.len());
        for &shape in self.shapes {
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            if a > i || b > j {
                continue;
            }
            let Some(from) = rows[a].get(j - b) else {
                continue;
            };
            if cost[from].is_finite() {
                let evidence = self.bead(rows, pairs, shape, i, j).0;
                totals.push(cost[from] + self.prior(shape) + evidence);
            }
        }
        totals
    }

    /// The beads of the best path ending at `end`, in order.
    pub(super) fn backtrace(
        &self,
        band: &Band,
        (cost, back): (&[f32], &[u8]),
        pairs: &mut [f32],
        end: (usize, usize),
    ) -> Vec<Found> {
        let mut beads = Vec::new();
        let (mut i, mut j) = end;
        while i > 0 || j > 0 {
            let Some(here) = band.index(i, j) else { break };
            let Some(&shape) = self.shapes.get(back[here] as usize) else {
                break;
            };
            let rows = self.rows_at(band, i);
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            let (evidence, sim) = self.bead(&rows, pairs, shape, i, j);
            let best = cost[here];
            let mass: f32 = self
                .candidates(&rows, cost, pairs, (i, j))
                .iter()
                .map(|&c| (best - c).min(0.0).exp())
                .sum();
            let posterior = (1.0 / mass.max(1.0)).clamp(0.0, 1.0);
            if shape.is_skip() {
                // A run is reported as its unit omissions, the granularity
                // of the output format and of the gold standard.
                let k = a + b;
                beads.extend((0..k).rev().map(|u| Found {
                    src: i - a.min(1) * (k - u)..i - a.min(1) * (k - u - 1),
                    tgt: j - b.min(1) * (k - u)..j - b.min(1) * (k - u - 1),
                    shape: Shape {
                        src: a.min(1) as u8,
                        tgt: b.min(1) as u8,
                    },
                    evidence: evidence / k as f32,
                    sim,
                    posterior,
                }));
            } else {
                beads.push(Found {
                    src: i - a..i,
                    tgt: j - b..j,
                    shape,
                    evidence,
                    sim,
                    posterior,
                });
            }
            (i, j) = (i - a, j - b);
        }
        beads.reverse();
        beads
    }
}
