//! What the aligner saw in each final bead, kept on the bead
//! ([`BeadEvidence`]) so that the readers of an alignment (the completeness
//! check, review, export) read the aligner's own evidence instead of
//! computing a second version of it.
//!
//! Filled once per final bead, after the search: the dynamic program's
//! inner loop is untouched. The similarity comes from the search itself
//! ([`Found::sim`](super::dp::Found::sim)); the length residual from the
//! length model the aligner fitted to the two texts; the numbers are the
//! quantities the features read for the search's number keys
//! ([`Segment::quantities`], by each side's language conventions, see
//! [`crate::score::quantity`]), matched by value ([`compare()`]) — the text is
//! not read a second time.

use std::ops::Range;

use rayon::prelude::*;
use serde::Serialize;

use super::{Alignment, LengthFit};
use crate::score::quantity::{Quantity, compare};
use crate::score::{LengthModel, Segment};

/// The evidence of one bead, as the aligner weighed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BeadEvidence {
    /// The signed standardised length residual of the bead's two sides
    /// under the length model fitted to the texts (Gale & Church 1993's
    /// `delta`, see [`LengthFit::delta`]): negative when the target is
    /// shorter than the source predicts. 0 for a bead with an empty side.
    pub length_delta: f32,
    /// The lexical similarity of the two sides in [0, 1], as the dynamic
    /// program scored it: the mean smoothed share of each segment's
    /// evidence that the other side holds (see [`dp`](super::dp)).
    pub similarity: f32,
    /// The quantities of the two sides matched by value (sentence beads
    /// only; empty for paragraph beads).
    pub numbers: BeadNumbers,
}

/// The quantities of a bead's two sides, matched by value.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BeadNumbers {
    /// Pairs stating one value, source first.
    pub shared: Vec<(Stated, Stated)>,
    /// Source quantities the target does not state.
    pub src_only: Vec<Stated>,
    /// Target quantities the source does not state.
    pub tgt_only: Vec<Stated>,
}

impl BeadNumbers {
    /// True when neither side states a quantity.
    pub fn is_empty(&self) -> bool {
        self.shared.is_empty() && self.src_only.is_empty() && self.tgt_only.is_empty()
    }

    /// Every quantity of one side (`0` source, `1` target): its shared ones
    /// and those the other side lacks.
    pub fn side(&self, side: usize) -> impl Iterator<Item = &Stated> {
        let shared = self
            .shared
            .iter()
            .map(move |(s, t)| if side == 0 { s } else { t });
        let only = if side == 0 {
            &self.src_only
        } else {
            &self.tgt_only
        };
        shared.chain(only)
    }
}

/// A quantity and the segment (sentence) that states it; its span is a
/// byte range of that segment's text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stated {
    /// The segment index, numbered as the bead's ranges are.
    pub segment: usize,
    /// The quantity.
    pub quantity: Quantity,
}

/// The per-segment facts of one side that bead evidence is built from.
pub struct SideFacts {
    /// Prefix sums of the segments' lengths
    /// ([`length_of`](crate::score::length::length_of)).
    lengths: Vec<u32>,
    /// Every segment's quantities, as the features read them for the
    /// search (empty for paragraphs).
    quantities: Vec<Vec<Quantity>>,
}

impl SideFacts {
    /// The facts of the segments the search scored: their lengths and the
    /// quantities read for their number keys, taken out of the segments
    /// (no text is read again, and nothing is held twice).
    pub fn from_segments(segments: &mut [Segment]) -> Self {
        let mut sums = Vec::with_capacity(segments.len() + 1);
        sums.push(0);
        for s in segments.iter() {
            sums.push(sums.last().copied().unwrap_or(0) + s.chars);
        }
        let any = segments.iter().any(|s| !s.quantities.is_empty());
        SideFacts {
            lengths: sums,
            quantities: match any {
                true => segments
                    .iter_mut()
                    .map(|s| std::mem::take(&mut s.quantities))
                    .collect(),
                false => Vec::new(),
            },
        }
    }

    /// The total length of `range`.
    fn length(&self, range: &Range<usize>) -> u32 {
        self.lengths[range.end] - self.lengths[range.start]
    }

    fn stated(&self, range: &Range<usize>) -> Vec<Stated> {
        let Some(segments) = self.quantities.get(range.clone()) else {
            return Vec::new();
        };
        segments
            .iter()
            .zip(range.clone())
            .flat_map(|(qs, segment)| {
                qs.iter().map(move |q| Stated {
                    segment,
                    quantity: q.clone(),
                })
            })
            .collect()
    }
}

/// Fills the length residual and, when the facts hold quantities, the
/// numbers of every bead of `al` (the similarity is set when the beads are
/// built).
pub fn attach(al: &mut Alignment, sides: [&SideFacts; 2], fit: &LengthFit) {
    // Built once: a model holds a table of its cost function.
    let model = LengthModel::new(fit.ratio, fit.variance);
    // Beads are independent: chunks of them go to every core (a long pair
    // has tens of thousands).
    al.beads.par_iter_mut().with_min_len(512).for_each(|b| {
        let e = &mut b.evidence;
        e.length_delta = match b.src.is_empty() || b.tgt.is_empty() {
            true => 0.0,
            false => model.delta(sides[0].length(&b.src), sides[1].length(&b.tgt)),
        };
        e.numbers = numbers(sides[0].stated(&b.src), sides[1].stated(&b.tgt));
    });
}

/// Matches two sides' quantities by value ([`compare`]).
fn numbers(src: Vec<Stated>, tgt: Vec<Stated>) -> BeadNumbers {
    if src.is_empty() && tgt.is_empty() {
        return BeadNumbers::default();
    }
    let plain = |v: &[Stated]| v.iter().map(|s| s.quantity.clone()).collect::<Vec<_>>();
    let m = compare(&plain(&src), &plain(&tgt));
    BeadNumbers {
        shared: m
            .shared
            .iter()
            .map(|&(i, j)| (src[i].clone(), tgt[j].clone()))
            .collect(),
        src_only: m.src_only.iter().map(|&i| src[i].clone()).collect(),
        tgt_only: m.tgt_only.iter().map(|&j| tgt[j].clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::Lang;
    use crate::align::{Config, align_sentences};

    #[test]
    fn beads_keep_lengths_similarity_and_numbers() {
        let de = [
            "Der Gipfel ist 8172 m hoch.",
            "Rund 22,9 Tausend Besucher kamen am 14. März 2021.",
        ];
        let en = [
            "The summit is 8172 m high.",
            "About 23,900 visitors came on 14 March 2021.",
        ];
        let al = align_sentences(&de, &en, Lang::De, Lang::En, &Config::default());
        assert_eq!(al.beads.len(), 2);
        let second = &al.beads[1].evidence;
        assert!(second.similarity > 0.0 && second.similarity <= 1.0);
        assert!(second.length_delta.is_finite());
        let n = &second.numbers;
        assert_eq!(n.shared.len(), 1, "{n:?}");
        assert_eq!(n.src_only[0].quantity.key(), "n:22900");
        assert_eq!(n.tgt_only[0].quantity.key(), "n:23900");
        assert_eq!((n.src_only[0].segment, n.tgt_only[0].segment), (1, 1));
        assert_eq!(n.side(0).count(), 2);
    }
}
