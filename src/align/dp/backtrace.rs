//! Reading the best path back from the DP tables.

use super::super::band::{Band, RowView};
use super::super::shape::Shape;
use super::{Found, Problem};

/// One bead of the searched path: a shape (a run of omissions counts as one)
/// ending at a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Step {
    /// The cell `(i, j)` the bead ends at.
    pub end: (usize, usize),
    /// The bead's shape.
    pub shape: Shape,
}

impl Step {
    /// The cell the bead starts from.
    pub fn start(&self) -> (usize, usize) {
        (
            self.end.0 - self.shape.src as usize,
            self.end.1 - self.shape.tgt as usize,
        )
    }
}

impl Problem<'_> {
    /// Largest source count of a shape plus one: how many rows a bead spans.
    pub(super) fn depth(&self) -> usize {
        self.shapes
            .iter()
            .map(|s| s.src as usize)
            .max()
            .unwrap_or(1)
            + 1
    }

    /// The rows `i, i - 1, …` as views, for bead evaluation at row `i`.
    pub(super) fn rows_at(&self, band: &Band, i: usize) -> Vec<RowView> {
        (0..self.depth())
            .map(|p| {
                if p <= i {
                    band.view(i - p)
                } else {
                    RowView::EMPTY
                }
            })
            .collect()
    }

    /// The steps of the best path ending at `end`, in order.
    pub(super) fn path(&self, band: &Band, back: &[u8], end: (usize, usize)) -> Vec<Step> {
        let mut steps = Vec::new();
        let (mut i, mut j) = end;
        while i > 0 || j > 0 {
            let Some(here) = band.index(i, j) else { break };
            let Some(&shape) = self.shapes.get(back[here] as usize) else {
                break;
            };
            steps.push(Step { end: (i, j), shape });
            (i, j) = (i - shape.src as usize, j - shape.tgt as usize);
        }
        steps.reverse();
        steps
    }

    /// The beads of `steps`, each with its posterior (if computed).
    pub(super) fn found(
        &self,
        band: &Band,
        pairs: &mut [f32],
        steps: &[Step],
        posteriors: Option<&[f32]>,
    ) -> Vec<Found> {
        let mut beads = Vec::with_capacity(steps.len());
        let mut next = posteriors.map(|p| p.iter().copied());
        let mut posterior = || next.as_mut().and_then(Iterator::next);
        for step in steps {
            let Step { end: (i, j), shape } = *step;
            let rows = self.rows_at(band, i);
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            let (evidence, sim) = self.bead(&rows, pairs, shape, i, j);
            if shape.is_skip() {
                // A run is reported as its unit omissions, the granularity
                // of the output format and of the gold standard.
                let n = a + b;
                beads.extend((0..n).rev().map(|u| Found {
                    posterior: posterior(),
                    src: i - a.min(1) * (u + 1)..i - a.min(1) * u,
                    tgt: j - b.min(1) * (u + 1)..j - b.min(1) * u,
                    shape: Shape {
                        src: a.min(1) as u8,
                        tgt: b.min(1) as u8,
                    },
                    evidence: evidence / n as f32,
                    sim,
                }));
            } else {
                beads.push(Found {
                    src: i - a..i,
                    tgt: j - b..j,
                    shape,
                    evidence,
                    sim,
                    posterior: posterior(),
                });
            }
        }
        beads
    }
}
