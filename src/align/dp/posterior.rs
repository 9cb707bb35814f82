//! Bead posteriors by forward–backward (Baum et al. 1970) over the searched
//! band.
//!
//! The bead costs are read as energies at a temperature `T`: a path's weight
//! is `exp(-cost / T)`. With `F(c)` the soft-minimum `-T ln sum exp(-cost/T)`
//! over paths from `(0, 0)` to cell `c`, `B(c)` the same over paths from `c`
//! to `(n, m)`, and `Z = F(n, m)`, the probability of a bead from `s` to `e`
//! is
//!
//! ```text
//! P(bead) = exp(-(F(s) + cost(bead) + B(e) - Z) / T)
//! ```
//!
//! the share of all paths' weight that goes through that bead. It is 1 when
//! no alternative comes near and shrinks as competing segmentations of the
//! same stretch (a 2-1 against a 1-1 and a 1-0) approach its cost, unlike a
//! local share it also counts alternatives that rejoin the path later. A
//! unit omission of the output is scored by the summed posterior of every
//! run of omissions covering it (`Problem::omission`).
//!
//! The forward sums are computed in the Viterbi pass itself, over the cells
//! its beam keeps and with the same bead costs, so `Z` and the posteriors
//! describe the lattice the path was chosen in, and each candidate bead's
//! evidence is computed once for both. A bead costlier than the best
//! candidate of its cell by more than [`REACH`] `T` weighs less than `e^-8`
//! of that cell's mass and is left out of the lattice, which lets the cost's
//! lower bounds skip most candidates unevaluated (scores move by at most
//! 0.005 against `e^-12` on the 60x dev input). The beads kept are recorded
//! as the lattice's edges (five bytes each), the forward sum of a cell is
//! taken over exactly its edges, and the backward sums run over the same
//! edges without evaluating any bead again, so that `B(0, 0) = Z` up to
//! rounding (dropping terms on one side only drifts them apart by about
//! 1.5 nats over the 60x input).
//! The sums themselves are in `sums.rs`.

use super::super::band::{Band, RowView};
use super::backtrace::Step;
use super::sums::{Pending, SoftMin, Sums};
use super::{Problem, Search, Tables};

/// How many `T` above a cell's best candidate a bead may cost and still be
/// counted.
pub const REACH: f64 = 8.0;

/// The forward sums of a search, and the lattice's edges: for every cell in
/// band order, the beads into it that count, as shape index and cost.
pub struct Forward {
    t: f64,
    sums: Sums,
    count: Vec<u8>,
    shape: Vec<u8>,
    cost: Vec<f32>,
    /// Candidates of the current cell: total, shape index, edge cost.
    kept: Vec<(f64, u8, f32)>,
}

impl Forward {
    /// Empty sums for `n + 1` rows and `cells` cells at temperature `t`.
    pub(super) fn new(n: usize, cells: usize, t: f32) -> Self {
        Forward {
            t: f64::from(t.max(1e-3)),
            sums: Sums::new(n + 1, cells),
            count: vec![0; cells],
            shape: Vec::with_capacity(cells),
            cost: Vec::with_capacity(cells),
            kept: Vec::new(),
        }
    }

    /// Sets the origin cell `(0, 0)`.
    pub(super) fn start(&mut self, here: usize) {
        self.sums.set(0, here, 0.0);
    }
}

/// Forward and backward sums of one band.
struct Lattice<'b> {
    band: &'b Band,
    forward: &'b Sums,
    backward: Sums,
    z: f64,
    t: f64,
}

impl Lattice<'_> {
    fn at(&self, sums: &Sums, (i, j): (usize, usize)) -> f64 {
        self.band
            .index(i, j)
            .map_or(f64::INFINITY, |k| sums.get(i, k))
    }
}

impl Problem<'_> {
    /// Like `Problem::relax`, and adds the candidates within [`REACH`] to
    /// the forward sum and the edges. A candidate is evaluated when either
    /// sum wants it, and the Viterbi choice is made on exactly the terms of
    /// `relax`, so the best path does not depend on scoring.
    #[inline]
    pub(super) fn relax_scored(
        &self,
        rows: &[RowView],
        tables: &mut Tables,
        fw: &mut Forward,
        (i, j): (usize, usize),
        here: usize,
    ) {
        let mut best = (f32::INFINITY, u8::MAX);
        let mut acc = SoftMin::new(fw.t);
        let mut edges = 0u8;
        let mut kept = std::mem::take(&mut fw.kept);
        kept.clear();
        for (s, &shape) in self.shapes.iter().enumerate() {
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            if a > i || b > j {
                continue;
            }
            let Some(from) = rows[a].get(j - b) else {
                continue;
            };
            let prior = tables.priors[s];
            let before = tables.cost[from] + prior;
            let soft = match tables.cost[from].is_finite() {
                true => fw.sums.get(i - a, from) + f64::from(prior),
                false => f64::INFINITY,
            };
            let (hard_wants, soft_wants) = (before < best.0, soft < acc.bound());
            if !hard_wants && !soft_wants {
                continue;
            }
            let bounds = self.bounds(shape, (i, j));
            let hard = hard_wants && bounds.admits(best.0 - before);
            let soft_admits = soft_wants && bounds.admits((acc.bound() - soft) as f32);
            if !hard && !soft_admits {
                continue;
            }
            let limit = match (hard, soft_admits) {
                (true, true) => (best.0 - before).max((acc.bound() - soft) as f32),
                (true, false) => best.0 - before,
                _ => (acc.bound() - soft) as f32,
            };
            let (evidence, _) =
                self.evidence(rows, &mut tables.pairs, shape, (i, j), bounds.length, limit);
            if hard && before + evidence < best.0 {
                best = (before + evidence, s as u8);
            }
            if soft_wants {
                acc.add(soft + f64::from(evidence));
                kept.push((soft + f64::from(evidence), s as u8, prior + evidence));
            }
        }
        (tables.cost[here], tables.back[here]) = best;
        // Only what is within reach of the cell's final best enters the
        // lattice; the forward sum is taken over exactly those edges.
        let mut sum = SoftMin::new(fw.t);
        for &(total, s, cost) in kept.iter().filter(|e| e.0 < acc.bound()) {
            sum.add(total);
            fw.shape.push(s);
            fw.cost.push(cost);
            edges += 1;
        }
        fw.sums.set(i, here, sum.value());
        fw.count[here] = edges;
        fw.kept = kept;
    }

    /// The posterior of every bead of `search`'s path, in the order of
    /// [`Problem::beads`]: one per step, and one per unit omission of a run
    /// (see [`Problem::omission`]); and, for every segment of each side, the
    /// posterior that it has no counterpart (see [`Problem::unaligned`]).
    pub(super) fn posteriors(
        &self,
        band: &Band,
        search: &mut Search,
        fw: &Forward,
    ) -> (Vec<f32>, [Vec<f32>; 2]) {
        let (n, m) = self.size();
        let backward = self.backward(band, fw);
        let z = band
            .index(n, m)
            .map_or(f64::INFINITY, |k| fw.sums.get(n, k));
        let lattice = Lattice {
            band,
            forward: &fw.sums,
            backward,
            z,
            t: fw.t,
        };
        let mut out = Vec::with_capacity(search.steps.len());
        for step in &search.steps {
            let (s, e) = (step.start(), step.end);
            if step.shape.is_skip() {
                let units = (e.0 - s.0) + (e.1 - s.1);
                let dir = (s.0 < e.0, s.1 < e.1);
                for u in 0..units {
                    let at = (s.0 + u * dir.0 as usize, s.1 + u * dir.1 as usize);
                    out.push(self.omission(&lattice, &mut search.pairs, at, dir.0));
                }
            } else {
                let weight = self.weight(&lattice, &mut search.pairs, step);
                out.push(weight.clamp(0.0, 1.0) as f32);
            }
        }
        (out, self.unaligned(&lattice, fw))
    }

    /// For every source and every target segment, the posterior that it is
    /// left without a counterpart: the summed weight of the lattice's
    /// omission edges (0-k, k-0) that cover it. Unlike the posterior of an
    /// omission on the best path, this also counts the paths that omit a
    /// segment where the best path merged it into a neighbour's bead (a 2-1
    /// that explains one sentence by a translation of the other): the mass a
    /// completeness check needs. One pass over the recorded edges, no bead
    /// evaluated again.
    fn unaligned(&self, lattice: &Lattice, fw: &Forward) -> [Vec<f32>; 2] {
        let (n, m) = self.size();
        let mut out = [vec![0.0f64; n], vec![0.0f64; m]];
        let band = lattice.band;
        let mut edge = 0;
        for i in 0..=n {
            let (lo, hi) = band.row(i);
            for j in lo..=hi {
                let Some(here) = band.index(i, j) else {
                    continue;
                };
                let count = usize::from(fw.count[here]);
                let after = lattice.backward.get(i, here);
                for e in edge..edge + count {
                    let shape = self.shapes[usize::from(fw.shape[e])];
                    if !shape.is_skip() {
                        continue;
                    }
                    let (a, b) = (shape.src as usize, shape.tgt as usize);
                    let Some(from) = band.index(i - a, j - b) else {
                        continue;
                    };
                    let excess = lattice.forward.get(i - a, from) + f64::from(fw.cost[e]) + after
                        - lattice.z;
                    let w = (-excess / lattice.t).exp();
                    let (side, range) = match a {
                        0 => (1, j - b..j),
                        _ => (0, i - a..i),
                    };
                    out[side][range].iter_mut().for_each(|x| *x += w);
                }
                edge += count;
            }
        }
        out.map(|v| v.into_iter().map(|x| x.clamp(0.0, 1.0) as f32).collect())
    }

    /// Soft-minimum cost of the paths from every cell to `(n, m)`, over the
    /// edges recorded by the forward pass, in reverse band order (every
    /// edge into a cell is read before the cell is left).
    fn backward(&self, band: &Band, fw: &Forward) -> Sums {
        let (n, m) = self.size();
        let mut sums = Pending {
            min: Sums::new(n + 1, band.cells()),
            sum: vec![0.0; band.cells()],
        };
        if let Some(end) = band.index(n, m) {
            sums.push(n, end, 0.0, fw.t);
        }
        let mut edge = fw.shape.len();
        for i in (0..=n).rev() {
            let (lo, hi) = band.row(i);
            for j in (lo..=hi).rev() {
                let Some(here) = band.index(i, j) else {
                    continue;
                };
                let count = usize::from(fw.count[here]);
                edge -= count;
                let after = sums.finish(i, here, fw.t);
                if !after.is_finite() {
                    continue;
                }
                for e in edge..edge + count {
                    let shape = self.shapes[usize::from(fw.shape[e])];
                    let (a, b) = (shape.src as usize, shape.tgt as usize);
                    if let Some(from) = band.index(i - a, j - b) {
                        let v = after + f64::from(fw.cost[e]);
                        sums.push(i - a, from, v, fw.t);
                    }
                }
            }
        }
        sums.min
    }

    /// The posterior weight of the bead `step`.
    fn weight(&self, lattice: &Lattice, pairs: &mut [f32], step: &Step) -> f64 {
        let (s, e) = (step.start(), step.end);
        let rows = self.rows_at(lattice.band, e.0);
        let bead = self.bead(&rows, pairs, step.shape, e.0, e.1).0;
        let cost = f64::from(self.prior(step.shape) + bead);
        let excess =
            lattice.at(lattice.forward, s) + cost + lattice.at(&lattice.backward, e) - lattice.z;
        (-excess / lattice.t).exp()
    }

    /// The posterior that the segment after cell `at` (a source segment if
    /// `deletion`, else a target one) is left unaligned: the summed weight
    /// of every run of omissions that covers it. A run's own posterior would
    /// understate it, since a block of omissions can be cut into runs in
    /// many nearly equal ways, while the output (and the gold) only says
    /// which segments are unaligned.
    fn omission(
        &self,
        lattice: &Lattice,
        pairs: &mut [f32],
        at: (usize, usize),
        deletion: bool,
    ) -> f32 {
        let (n, m) = self.size();
        let mut total = 0.0;
        for &shape in self.shapes.iter().filter(|s| s.is_skip()) {
            if (shape.src > 0) != deletion {
                continue;
            }
            let k = (shape.src + shape.tgt) as usize;
            for back in 0..k {
                let start = match deletion {
                    true => at.0.checked_sub(back).map(|i| (i, at.1)),
                    false => at.1.checked_sub(back).map(|j| (at.0, j)),
                };
                let Some(start) = start else { break };
                let end = (start.0 + shape.src as usize, start.1 + shape.tgt as usize);
                if end.0 <= n && end.1 <= m {
                    let step = Step { end, shape };
                    total += self.weight(lattice, pairs, &step);
                }
            }
        }
        total.clamp(0.0, 1.0) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::dp::Params;
    use crate::align::shape::Shape;
    use crate::score::{Evidence, KindWeights, LengthModel};

    const DE: [&str; 5] = [
        "Am 3. Mai erreichten Weber und Rossi den Gipfel (8172 m).",
        "Der Abstieg dauerte 2 Tage.",
        "Dann schneite es 7 Stunden lang!",
        "Ja.",
        "Im Lager 4 warteten Dubois und Iwanow auf sie.",
    ];
    const FR: [&str; 4] = [
        "Le 3 mai, Weber et Rossi atteignirent le sommet (8172 m).",
        "La descente dura 2 jours, puis il neigea 7 heures!",
        "Oui.",
        "Au camp 4, Dubois et Iwanow les attendaient.",
    ];

    fn with_problem<T>(f: impl FnOnce(&Problem, &Band) -> T) -> T {
        let ev = Evidence::new(&DE, &FR, &KindWeights::default());
        let length = LengthModel::from_totals(1000, 1000);
        let mut shapes = Shape::all(3);
        shapes.extend(Shape::runs(3));
        let params = Params {
            lexical_weight: 7.5,
            smoothing: 1.0,
            length_weight: 0.5,
            beam: 60.0,
            skip: [0.037; 2],
            run: [0.3; 2],
            orphan_share: 0.0,
        };
        let problem = Problem::new((&ev.src, &ev.tgt), &ev.weights, &length, &shapes, params);
        f(&problem, &Band::diagonal(DE.len(), FR.len(), 3))
    }

    #[test]
    fn scoring_does_not_change_the_path() {
        with_problem(|p, band| {
            let plain = p.search(band, None);
            let scored = p.search(band, Some(0.75));
            assert_eq!(plain.steps, scored.steps);
            assert!(p.beads(band, plain).iter().all(|b| b.posterior.is_none()));
        });
    }

    #[test]
    fn forward_and_backward_sums_meet() {
        with_problem(|p, band| {
            let mut search = p.search(band, Some(0.75));
            let fw = search.forward.take().expect("scored search");
            let backward = p.backward(band, &fw);
            let (n, m) = p.size();
            let z = fw.sums.get(n, band.index(n, m).unwrap());
            let b0 = backward.get(0, band.index(0, 0).unwrap());
            assert!((z - b0).abs() < 1e-3, "{z} {b0}");
        });
    }

    #[test]
    fn posteriors_are_probabilities_and_fall_with_temperature() {
        let at = |t: f32| {
            with_problem(|p, band| {
                let beads = p.beads(band, p.search(band, Some(t)));
                beads
                    .iter()
                    .map(|b| b.posterior.unwrap())
                    .collect::<Vec<f32>>()
            })
        };
        let (cold, warm) = (at(0.25), at(2.0));
        assert!(cold.iter().chain(&warm).all(|p| (0.0..=1.0).contains(p)));
        // The sure beads (names and numbers on both sides) stay near 1 when
        // cold; every bead loses mass to the alternatives when warm.
        assert!(cold[0] > 0.99, "{cold:?}");
        assert!(
            cold.iter().zip(&warm).all(|(c, w)| w <= &(c + 1e-4)),
            "{cold:?} {warm:?}"
        );
    }
}
