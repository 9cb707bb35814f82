//! Constrained re-solves of the aligner's problem: the same dynamic program
//! (shapes, cost, evidence) over a part of a pair already aligned, read
//! with that pair's fitted length model and with only some shapes allowed.
//! This is how a reader of an alignment asks for a second opinion on one
//! bead (which of a merged bead's units it can do without) or on a stretch
//! of text cut at other bounds (clauses), without a search of its own.

use std::ops::Range;

use super::aligner::Aligner;
use super::band::Band;
use super::dp::{Found, Problem};
use super::model::anchor_skip;
use super::{LengthFit, Shape};
use crate::score::LengthModel;

impl Aligner<'_> {
    /// The best path over `src` and `tgt`, read as part of a pair whose
    /// fitted length model is `length`, with the anchor pass's omission
    /// rates and `shapes` (every shape this aligner uses when `None`), in a
    /// full band.
    pub fn re_solve(
        &self,
        (src, tgt): (&[&str], &[&str]),
        length: LengthFit,
        shapes: Option<&[Shape]>,
    ) -> Vec<Found> {
        let (ev, _) = self.evidence(src, tgt);
        let length = LengthModel::new(length.ratio, length.variance);
        let params = self.config().dp_params(anchor_skip(), anchor_skip());
        let shapes = shapes.unwrap_or(self.shapes());
        let problem = Problem::new((&ev.src, &ev.tgt), &ev.weights, &length, shapes, params);
        let (n, m) = (src.len(), tgt.len());
        problem.solve(&Band::diagonal(n, m, n.max(m)))
    }

    /// The run of side `side`'s texts (0 the source, 1 the target) that a
    /// merged bead of `src` and `tgt` can do without: the bead re-solved
    /// ([`Aligner::re_solve`]) with the other side kept in one bead with a
    /// part of `side`'s, the rest left out. The search, not an enumeration
    /// of positions, weighs which units go, by length and shared evidence
    /// at once. `None` when nothing is left out, or texts on both ends of
    /// the kept ones.
    pub fn lost_in_merge(
        &self,
        texts: (&[&str], &[&str]),
        side: usize,
        length: LengthFit,
    ) -> Option<Range<usize>> {
        let sizes = [texts.0.len(), texts.1.len()];
        let part = |f: &Found, s: usize| [&f.src, &f.tgt][s].clone();
        let count = |s: Shape, of: usize| usize::from([s.src, s.tgt][of]);
        let shapes: Vec<Shape> = (self.shapes().iter().copied())
            .filter(|&s| {
                let (mine, theirs) = (count(s, side), count(s, 1 - side));
                mine > 0 && mine < sizes[side] && (theirs == 0 || theirs == sizes[1 - side])
            })
            .collect();
        let found = self.re_solve(texts, length, Some(&shapes));
        let lost: Vec<Range<usize>> = (found.iter())
            .filter(|f| part(f, 1 - side).is_empty())
            .map(|f| part(f, side))
            .collect();
        let run = lost.first()?.start..lost.last()?.end;
        let contiguous: usize = lost.iter().map(Range::len).sum();
        (contiguous == run.len()).then_some(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::align::Config;

    /// Of two source sentences merged against one target sentence, the
    /// re-solve leaves out the one the target does not render (its figures
    /// and names are not there), whichever end it is at.
    #[test]
    fn a_merged_bead_gives_up_the_unit_its_other_side_lacks() {
        let config = Config::default();
        let aligner = Aligner::new(&config).with_langs(Lang::De, Lang::Fr);
        let kept = "Die Kosten betragen 4,5 Millionen Euro für 300 Wohnungen in Vessburg.";
        let lost = "Bürgermeisterin Anna Keller sprach am 12. Mai von einem guten Tag.";
        let tgt = ["Les coûts s'élèvent à 4,5 millions d'euros pour 300 logements à Vessburg."];
        let fit = LengthFit::default();
        let run = aligner.lost_in_merge((&[lost, kept], &tgt), 0, fit);
        assert_eq!(run, Some(0..1));
        let run = aligner.lost_in_merge((&[kept, lost], &tgt), 0, fit);
        assert_eq!(run, Some(1..2));
        // Seen from the target side: its one unit cannot be given up.
        assert_eq!(aligner.lost_in_merge((&[kept, lost], &tgt), 1, fit), None);
    }
}
