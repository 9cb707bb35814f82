//! The dynamic program: the cheapest monotone sequence of beads inside a
//! [`Band`], in the manner of Gale & Church (1993), with a log-linear bead cost
//!
//! ```text
//! cost(bead) = -ln P(shape) + mu * length_cost + lambda / 2 * sum of u(s) over its segments s
//! u(s)       = 1 - (min(C_s, W_s, W_other) + kappa / 2) / (W_s + kappa)
//! ```
//!
//! for a bead of `a` source and `b` target segments. `W_s` is a segment's
//! evidence weight, `C_s` the weight it shares with the bead's other side
//! taken as one text (a key counts as often as that side holds it in all,
//! not once per segment that holds it: summed pair by pair, a name or a
//! figure that two neighbours both hold covered a segment twice, and two
//! good 1-1 beads cost less as one 2-2), `W_other` that side's total: each
//! segment is charged the smoothed share of its numbers, names, cognates
//! and learned translations that the other side does not hold, so a merged
//! bead cannot hide a segment that matches nothing behind a well-matched
//! partner (as a similarity of the two sides' unions would), and segments
//! without any evidence (`kappa` dominates) are judged on length alone.
//! The segments of an insertion or deletion (0-1, 1-0, and their runs 0-k,
//! k-0) share nothing by definition and are charged [`OMITTED_SHARE`] of
//! `u(s)`: a segment whose evidence the bead's other side does not hold
//! costs a little more inside the bead than left out of it, and a segment
//! whose numbers or names the other text never states (its orphan share
//! `o(s)`, [`Segment::orphan`] over `W_s + kappa`) is charged
//! `OMITTED_SHARE * u(s) - orphan_share * o(s)` when left out: a
//! translation keeps its figures and names, so evidence that has no partner
//! anywhere is a sign that the segment has none either. Omissions carry
//! no length cost: the Gale–Church model describes translations, not
//! omissions. A run is one bead in the search and `k` unit beads in the
//! result. A bead's similarity is `1 - mean u(s)`. `mu` is
//! [`Params::length_weight`], `lambda` [`Params::lexical_weight`], `kappa`
//! [`Params::smoothing`].
//!
//! Each cell keeps an `f32` cost and a `u8` backpointer (the shape index) and,
//! lazily, the evidence shared by its last source and target segments: nine
//! bytes per band cell. Rows are beam-pruned (see `Problem::prune`). A
//! search that scores its beads (the final pass) adds the forward and
//! backward sums and the lattice's edges ([`posterior`]).

mod backtrace;
mod cost;
pub mod posterior;
mod sums;
mod twins;

use std::ops::Range;

use super::band::{Band, Corners, RowView};
use super::shape::Shape;
use crate::score::{LengthModel, Segment, Weights};
use backtrace::Step;
use posterior::Forward;

/// The share of its lexical cost in a bead that holds none of its evidence
/// that a segment is charged when it is left out (0-1, 1-0 and their runs).
///
/// At 1, leaving a segment out and merging it into a neighbouring bead
/// whose other side holds none of its evidence cost the same, and the shape
/// priors and lengths decide, which merged a German sentence whose number
/// the Russian one lacks into the bead of its neighbour. Measured
/// (Text+Berg dev strict F1 de→fr / fr→de, both without dictionaries; PUD
/// gold of `tests/align_pud5.rs`, mean of its 7 pairs):
///
/// | share    | dev de→fr | dev fr→de | PUD   |
/// |----------|-----------|-----------|-------|
/// | 1        | 0.8757    | 0.8771    | 0.927 |
/// | 0.95     | 0.8738    | 0.8753    |   –   |
/// | **0.9**  | 0.8754    | 0.8807    | 0.933 |
/// | 0.85     | 0.8754    | 0.8783    |   –   |
/// | 0.8      | 0.8495    | 0.8533    |   –   |
/// | 0.6      | 0.6960    | 0.6652    |   –   |
///
/// Below 0.85 omissions take over the alignment. Re-measured with the
/// orphan share of 0.5 ([`Params::orphan_share`]; dev with both FreeDict
/// dictionaries and without, PUD): 0.85 gives 0.9047 / 0.8977, 0.8733 /
/// 0.8727, 0.947; **0.9** 0.9066 / 0.9021, 0.8806 / 0.8855, 0.941; 0.95
/// 0.9000 / 0.9040, 0.8841 / 0.8833, 0.935; 1 0.9036 / 0.9000, 0.8883 /
/// 0.8833, 0.932. Again once a merged bead counted each key once (dev
/// only): 0.85 0.9047 / 0.8977, 0.8772 / 0.8707; **0.9** 0.9056 / 0.9047,
/// 0.8845 / 0.8859; 0.95 0.9000 / 0.9040, 0.8845 / 0.8833.
pub const OMITTED_SHARE: f32 = 0.9;

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
    /// Cells costlier than their row's best by more than this are pruned.
    pub beam: f32,
    /// Probabilities of 0-1 and 1-0 beads, replacing [`Shape::prior`]'s.
    pub skip: [f32; 2],
    /// Probabilities that a run of insertions (deletions) goes on by one
    /// more segment: a 0-k bead costs `-ln skip[0] - (k - 1) ln run[0]`.
    pub run: [f32; 2],
    /// The share of its orphan evidence (numbers and names the other text
    /// never states, [`Segment::orphan`]) by which a segment left out is
    /// charged less than [`OMITTED_SHARE`] of its lexical cost
    /// ([`Config::orphan_share`](crate::align::Config::orphan_share)).
    pub orphan_share: f32,
}

/// The best path of one DP run, and what is needed to score its beads.
pub struct Search {
    /// Lazily filled pairwise shared evidence (`NAN` until needed).
    pairs: Vec<f32>,
    /// The best path.
    steps: Vec<Step>,
    /// Forward sums and the lattice's edges, when scoring.
    forward: Option<Forward>,
}

/// The Viterbi tables.
struct Tables {
    /// Prefix costs, `INFINITY` for pruned cells.
    cost: Vec<f32>,
    /// The shape index of the best bead into each cell.
    back: Vec<u8>,
    /// Lazily filled pairwise shared evidence (`NAN` until needed).
    pairs: Vec<f32>,
    /// `-ln P(shape)` of every shape.
    priors: Vec<f32>,
}

impl Search {
    /// The bead boundaries of the best path, from `(0, 0)` to its end.
    pub fn boundaries(&self) -> Vec<(usize, usize)> {
        std::iter::once((0, 0))
            .chain(self.steps.iter().map(|s| s.end))
            .collect()
    }
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
    /// Every segment's own evidence weight (not a difference of the prefix
    /// sums above, which loses precision on a long text), and
    /// `1 / (weight + kappa)`, so that the lexical cost needs no division.
    src_own: Vec<(f32, f32)>,
    tgt_own: Vec<(f32, f32)>,
    /// Prefix sums of every segment's least lexical charge,
    /// `kappa / 2 / (weight + kappa)` (see [`Problem::omitted`]).
    src_floor: Vec<f64>,
    tgt_floor: Vec<f64>,
    /// Prefix sums of every segment's orphan share,
    /// `orphan / (weight + kappa)` (see [`Problem::omitted`]).
    src_orphan: Vec<f64>,
    tgt_orphan: Vec<f64>,
    /// The keys that neighbouring segments repeat, for every width a side
    /// of a bead can have (see [`Problem::union_cover`]).
    src_twins: Vec<twins::Twins>,
    tgt_twins: Vec<twins::Twins>,
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
    /// The posterior probability that the bead is in the alignment, in
    /// [0, 1] (see [`posterior`]); `None` when not computed (anchor pass).
    pub posterior: Option<f32>,
}

/// Every segment's weight and `1 / (weight + kappa)`.
fn own(segments: &[Segment], weights: &Weights, kappa: f32) -> Vec<(f32, f32)> {
    segments
        .iter()
        .map(|s| {
            let w = weights.total(s);
            (w, 1.0 / (w + kappa))
        })
        .collect()
}

/// Prefix sums of every segment's least lexical charge, from [`own`].
fn floors(own: &[(f32, f32)], kappa: f32) -> Vec<f64> {
    prefix(own.iter().map(|&(_, inv)| f64::from(kappa / 2.0 * inv)))
}

/// Prefix sums of every segment's orphan share, from [`own`].
fn orphans(segments: &[Segment], own: &[(f32, f32)]) -> Vec<f64> {
    prefix(
        segments
            .iter()
            .zip(own)
            .map(|(s, &(_, inv))| f64::from(s.orphan * inv)),
    )
}

fn prefix<T: Copy + std::ops::Add<Output = T> + Default>(
    values: impl Iterator<Item = T>,
) -> Vec<T> {
    let mut sums = vec![T::default()];
    for v in values {
        let last = *sums.last().unwrap_or(&T::default());
        sums.push(last + v);
    }
    sums
}

/// The most segments a bead of `shapes` that is not an omission puts on a side.
fn widest(shapes: &[Shape]) -> usize {
    let sides = shapes.iter().filter(|s| !s.is_skip());
    sides
        .map(|s| usize::from(s.src.max(s.tgt)))
        .max()
        .unwrap_or(1)
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
        let kappa = params.smoothing;
        let (src_own, tgt_own) = (own(src, weights, kappa), own(tgt, weights, kappa));
        Problem {
            src,
            tgt,
            weights,
            length,
            shapes,
            params,
            src_chars: prefix(src.iter().map(|s| s.chars)),
            tgt_chars: prefix(tgt.iter().map(|s| s.chars)),
            src_weight: prefix(src_own.iter().map(|o| o.0)),
            tgt_weight: prefix(tgt_own.iter().map(|o| o.0)),
            src_floor: floors(&src_own, kappa),
            tgt_floor: floors(&tgt_own, kappa),
            src_orphan: orphans(src, &src_own),
            tgt_orphan: orphans(tgt, &tgt_own),
            src_twins: twins::every_width(src, widest(shapes)),
            tgt_twins: twins::every_width(tgt, widest(shapes)),
            src_own,
            tgt_own,
        }
    }

    /// The same problem over the source segments `a.0..b.0` and the target
    /// segments `a.1..b.1` alone: a stretch of a path searched again.
    pub fn part(&self, (a, b): Corners) -> Problem<'a> {
        let sides = (&self.src[a.0..b.0], &self.tgt[a.1..b.1]);
        Problem::new(sides, self.weights, self.length, self.shapes, self.params)
    }

    /// `-ln P(shape)`, with the skip probabilities of [`Params::skip`] and,
    /// for runs of omissions (0-k, k-0), [`Params::run`].
    pub fn prior(&self, shape: Shape) -> f32 {
        match (shape.src, shape.tgt) {
            (0, k) => -self.params.skip[0].ln() - f32::from(k - 1) * self.params.run[0].ln(),
            (k, 0) => -self.params.skip[1].ln() - f32::from(k - 1) * self.params.run[1].ln(),
            _ => shape.prior(),
        }
    }

    /// Source and target sizes.
    pub fn size(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    /// The cheapest path inside `band`, as beads in order, without
    /// posteriors. The band must contain `(0, 0)` and `(n, m)` and connect
    /// them.
    pub fn solve(&self, band: &Band) -> Vec<Found> {
        let search = self.search(band, None);
        self.beads(band, search)
    }

    /// The DP tables and best path inside `band` (see [`Problem::solve`]);
    /// with a temperature, also the forward sums for the beads' posteriors
    /// (see [`posterior`]).
    pub fn search(&self, band: &Band, temperature: Option<f32>) -> Search {
        let (n, m) = self.size();
        let cells = band.cells();
        let mut tables = Tables {
            cost: vec![f32::INFINITY; cells],
            back: vec![u8::MAX; cells],
            pairs: vec![f32::NAN; cells],
            priors: self.shapes.iter().map(|&s| self.prior(s)).collect(),
        };
        let mut forward = temperature.map(|t| Forward::new(n, cells, t));
        for i in 0..=n {
            let rows = self.rows_at(band, i);
            let (lo, hi) = band.row(i);
            for j in lo..=hi {
                let Some(here) = rows[0].get(j) else { continue };
                if i == 0 && j == 0 {
                    tables.cost[here] = 0.0;
                    if let Some(f) = &mut forward {
                        f.start(here);
                    }
                    continue;
                }
                match &mut forward {
                    None => self.relax(&rows, &mut tables, (i, j), here),
                    Some(f) => self.relax_scored(&rows, &mut tables, f, (i, j), here),
                }
            }
            let first = band.index(i, lo).unwrap_or(0);
            self.prune(&mut tables.cost[first..=first + (hi - lo)], i, lo);
        }
        let steps = self.path(band, &tables.back, (n, m));
        Search {
            pairs: tables.pairs,
            steps,
            forward,
        }
    }

    /// The cheapest bead into cell `here` = `(i, j)`.
    #[inline]
    fn relax(&self, rows: &[RowView], tables: &mut Tables, (i, j): (usize, usize), here: usize) {
        let mut best = (f32::INFINITY, u8::MAX);
        for (s, &shape) in self.shapes.iter().enumerate() {
            let (a, b) = (shape.src as usize, shape.tgt as usize);
            if a > i || b > j {
                continue;
            }
            let Some(from) = rows[a].get(j - b) else {
                continue;
            };
            let before = tables.cost[from] + tables.priors[s];
            if before >= best.0 {
                continue;
            }
            let limit = best.0 - before;
            let found = self.bead_within(rows, &mut tables.pairs, shape, (i, j), limit);
            if let Some((evidence, _)) = found
                && before + evidence < best.0
            {
                best = (before + evidence, s as u8);
            }
        }
        (tables.cost[here], tables.back[here]) = best;
    }

    /// The beads of a search's best path; after a search with a
    /// temperature, each carries its posterior probability.
    pub fn beads(&self, band: &Band, search: Search) -> Vec<Found> {
        self.scored_beads(band, search).0
    }

    /// Like [`Problem::beads`], and after a search with a temperature also
    /// the posterior that each source and each target segment has no
    /// counterpart (empty vectors without one).
    pub fn scored_beads(&self, band: &Band, mut search: Search) -> (Vec<Found>, [Vec<f32>; 2]) {
        let (posteriors, unaligned) = match search.forward.take() {
            Some(f) => {
                let (p, u) = self.posteriors(band, &mut search, &f);
                (Some(p), u)
            }
            None => (None, [Vec::new(), Vec::new()]),
        };
        let found = self.found(
            band,
            &mut search.pairs,
            &search.steps,
            posteriors.as_deref(),
        );
        (found, unaligned)
    }

    /// Beam pruning (as in speech recognition; Moore 2002 prunes his search
    /// the same way): a cell whose cost exceeds the row's best by more than
    /// [`Params::beam`] is dropped, so cells far from any good path cost a few
    /// comparisons instead of a full evaluation of every bead shape. Prefix
    /// costs grow with the number of segments consumed, so cells of one row
    /// (same source prefix, different target prefix) are compared after
    /// subtracting `beta * (i + j)`, with `beta` the row's best cost per
    /// segment; every complete path consumes `n + m` segments, so such a
    /// shift never changes which path is cheapest, only which cells look
    /// hopeless.
    fn prune(&self, row: &mut [f32], i: usize, lo: usize) {
        let beta = row
            .iter()
            .enumerate()
            .filter(|&(k, _)| i + lo + k > 0)
            .map(|(k, &c)| c / (i + lo + k) as f32)
            .fold(f32::INFINITY, f32::min);
        if !beta.is_finite() {
            return;
        }
        let shifted = |k: usize, c: f32| c - beta * (i + lo + k) as f32;
        let best = row
            .iter()
            .enumerate()
            .map(|(k, &c)| shifted(k, c))
            .fold(f32::INFINITY, f32::min);
        let limit = best + self.params.beam;
        for (k, c) in row.iter_mut().enumerate() {
            if shifted(k, *c) > limit {
                *c = f32::INFINITY;
            }
        }
    }
}

/// The bead boundaries of a path, from `(0, 0)` to its end.
pub fn boundaries(beads: &[Found]) -> Vec<(usize, usize)> {
    std::iter::once((0, 0))
        .chain(beads.iter().map(|b| (b.src.end, b.tgt.end)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::score::{Evidence, KindWeights};

    fn solve(src: &[&str], tgt: &[&str], beam: f32, width: usize) -> Vec<Found> {
        let ev = Evidence::new(src, tgt, &KindWeights::default());
        let length = LengthModel::from_totals(1000, 1000);
        let shapes = Shape::all(3);
        let params = params(0.5, beam, 0.037);
        let problem = Problem::new((&ev.src, &ev.tgt), &ev.weights, &length, &shapes, params);
        problem.solve(&Band::diagonal(src.len(), tgt.len(), width))
    }

    /// The weights of these tests, with `length_weight`, `beam` and run
    /// probability `run`.
    fn params(length_weight: f32, beam: f32, run: f32) -> Params {
        Params {
            lexical_weight: 9.0,
            smoothing: 1.0,
            length_weight,
            beam,
            skip: [0.037; 2],
            run: [run; 2],
            orphan_share: 0.0,
        }
    }

    const DE: [&str; 4] = [
        "Am 3. Mai erreichten Weber und Rossi den Gipfel (8172 m).",
        "Der Abstieg dauerte 2 Tage.",
        "Dann schneite es 7 Stunden lang!",
        "Im Lager 4 warteten Dubois und Iwanow auf sie.",
    ];
    const FR: [&str; 3] = [
        "Le 3 mai, Weber et Rossi atteignirent le sommet (8172 m).",
        "La descente dura 2 jours, puis il neigea 7 heures!",
        "Au camp 4, Dubois et Iwanow les attendaient.",
    ];

    #[test]
    fn finds_the_one_to_one_and_the_merge() {
        let beads = solve(&DE, &FR, f32::INFINITY, 10);
        let shapes: Vec<(usize, usize)> =
            beads.iter().map(|b| (b.src.len(), b.tgt.len())).collect();
        assert_eq!(shapes, [(1, 1), (2, 1), (1, 1)]);
        assert!(beads.iter().all(|b| b.posterior.is_none()));
        assert_eq!(boundaries(&beads).last(), Some(&(4, 3)));
    }

    #[test]
    fn a_pair_said_twice_holds_as_a_2_2_the_evidence_of_its_1_1() {
        // Summed pair by pair, every key of a sentence was covered twice in
        // the 2-2 (once by each copy): the 2-2 cost 0.29 where the two 1-1
        // beads cost 6.88, and neighbours that repeat a name or a figure
        // were merged.
        let (s, t) = (
            "Rossi met Weber in Aosta, said Keller.",
            "Rossi rencontra Weber à Aosta, dit Moreau.",
        );
        // Enough other sentences that the keys of the pair are not too
        // common to count (`STOP_SHARE`).
        let (mut src, mut tgt): (Vec<String>, Vec<String>) = (1..=40)
            .map(|k| {
                (
                    format!("Day {k} was quiet."),
                    format!("Le jour {k} fut calme."),
                )
            })
            .unzip();
        src.extend([s.to_string(), s.to_string()]);
        tgt.extend([t.to_string(), t.to_string()]);
        let [src, tgt] = [&src, &tgt].map(|v| v.iter().map(String::as_str).collect::<Vec<_>>());
        let langs = [Lang::En, Lang::Fr];
        let ev = Evidence::in_langs(&src, &tgt, langs, &KindWeights::default());
        let length = LengthModel::from_totals(1000, 1000);
        let shapes = Shape::all(3);
        let params = params(0.0, f32::INFINITY, 0.037);
        let problem = Problem::new((&ev.src, &ev.tgt), &ev.weights, &length, &shapes, params);
        let band = Band::diagonal(42, 42, 2);
        let mut pairs = vec![f32::NAN; band.cells()];
        let mut bead = |src, tgt| {
            let rows = problem.rows_at(&band, 42);
            problem.bead(&rows, &mut pairs, Shape { src, tgt }, 42, 42)
        };
        let (one, merged) = (bead(1, 1), bead(2, 2));
        assert!(one.1 > 0.1 && one.1 < 0.9, "partly shared: {one:?}");
        assert!((merged.0 - 2.0 * one.0).abs() < 1e-4, "{one:?} {merged:?}");
        assert!((merged.1 - one.1).abs() < 1e-5, "{one:?} {merged:?}");
    }

    #[test]
    fn beam_and_narrow_band_keep_the_best_path_here() {
        let full = solve(&DE, &FR, f32::INFINITY, 10);
        assert_eq!(solve(&DE, &FR, 20.0, 1), full);
    }

    #[test]
    fn runs_come_back_as_unit_omissions() {
        let ev = Evidence::new(&DE, &[], &KindWeights::default());
        let length = LengthModel::from_totals(1000, 1000);
        let shapes = Shape::runs(3);
        let params = params(0.5, f32::INFINITY, 0.5);
        let problem = Problem::new((&ev.src, &ev.tgt), &ev.weights, &length, &shapes, params);
        let beads = problem.solve(&Band::diagonal(4, 0, 1));
        let ranges: Vec<_> = beads.iter().map(|b| (b.src.clone(), b.shape)).collect();
        let unit = Shape { src: 1, tgt: 0 };
        assert_eq!(
            ranges,
            [(0..1, unit), (1..2, unit), (2..3, unit), (3..4, unit)]
        );
    }

    #[test]
    fn empty_sides() {
        assert!(solve(&[], &[], f32::INFINITY, 1).is_empty());
        let only = solve(&DE, &[], f32::INFINITY, 1);
        assert!(only.iter().all(|b| b.shape == Shape { src: 1, tgt: 0 }));
        assert_eq!(only.len(), 4);
    }
}
