//! Strict precision and recall per bead shape: where an aligner's errors
//! are (the "2-2 beads predicted 26 times, 18 of them wrongly" is
//! this breakdown). A predicted bead counts as right when the gold has it
//! exactly; a gold bead as found when the prediction has it exactly. Unlike
//! the pooled recall, 0-1 and 1-0 beads are counted here, in their own class.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;

use super::Link;

/// The shape classes of the breakdown; the two orientations of a merge are
/// kept apart because their rates differ with the direction of translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum ShapeClass {
    /// One source sentence, one target sentence.
    #[serde(rename = "1-1")]
    OneOne,
    /// One source sentence, two target sentences.
    #[serde(rename = "1-2")]
    OneTwo,
    /// Two source sentences, one target sentence.
    #[serde(rename = "2-1")]
    TwoOne,
    /// Two sentences on each side.
    #[serde(rename = "2-2")]
    TwoTwo,
    /// A sentence without counterpart (1-0 or 0-1).
    #[serde(rename = "1-0/0-1")]
    Skip,
    /// Anything wider (1-3, 3-2, …) or a run of omissions.
    #[serde(rename = "other")]
    Other,
}

impl ShapeClass {
    /// Every class, in the order of the breakdown.
    pub const ALL: [ShapeClass; 6] = [
        ShapeClass::OneOne,
        ShapeClass::OneTwo,
        ShapeClass::TwoOne,
        ShapeClass::TwoTwo,
        ShapeClass::Skip,
        ShapeClass::Other,
    ];

    /// The class of a bead of `src` source and `tgt` target sentences.
    pub fn of(src: usize, tgt: usize) -> Self {
        match (src, tgt) {
            (1, 1) => ShapeClass::OneOne,
            (1, 2) => ShapeClass::OneTwo,
            (2, 1) => ShapeClass::TwoOne,
            (2, 2) => ShapeClass::TwoTwo,
            (0, 1) | (1, 0) => ShapeClass::Skip,
            _ => ShapeClass::Other,
        }
    }

    fn of_link(link: &Link) -> Self {
        Self::of(link.src.len(), link.tgt.len())
    }
}

impl fmt::Display for ShapeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShapeClass::OneOne => "1-1",
            ShapeClass::OneTwo => "1-2",
            ShapeClass::TwoOne => "2-1",
            ShapeClass::TwoTwo => "2-2",
            ShapeClass::Skip => "1-0/0-1",
            ShapeClass::Other => "other",
        })
    }
}

/// Strict counts and scores of one shape class, pooled over documents.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ShapeScore {
    /// The class.
    pub shape: ShapeClass,
    /// Gold beads of this class.
    pub gold: usize,
    /// Gold beads of this class that the prediction has exactly.
    pub found: usize,
    /// Predicted beads of this class.
    pub predicted: usize,
    /// Predicted beads of this class that the gold has exactly.
    pub right: usize,
    /// `right / predicted` (0 when nothing was predicted).
    pub precision: f64,
    /// `found / gold` (0 when the gold has none).
    pub recall: f64,
}

/// The per-class breakdown of (gold, test) pairs, one entry per
/// [`ShapeClass::ALL`], counts pooled; beads empty on both sides are ignored
/// and repeated beads count once, as in [`score`](super::score).
pub fn by_shape(pairs: &[(Vec<Link>, Vec<Link>)]) -> Vec<ShapeScore> {
    let mut counts = [[0usize; 4]; 6];
    let index = |c: ShapeClass| ShapeClass::ALL.iter().position(|&a| a == c).unwrap_or(5);
    for (gold, test) in pairs {
        let set = |v: &'_ [Link]| -> HashSet<Link> {
            v.iter()
                .filter(|l| !(l.src.is_empty() && l.tgt.is_empty()))
                .cloned()
                .collect()
        };
        let (gold, test) = (set(gold), set(test));
        for link in &gold {
            let c = &mut counts[index(ShapeClass::of_link(link))];
            c[0] += 1;
            c[1] += usize::from(test.contains(link));
        }
        for link in &test {
            let c = &mut counts[index(ShapeClass::of_link(link))];
            c[2] += 1;
            c[3] += usize::from(gold.contains(link));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    ShapeClass::ALL
        .iter()
        .zip(counts)
        .map(|(&shape, [gold, found, predicted, right])| ShapeScore {
            shape,
            gold,
            found,
            predicted,
            right,
            precision: ratio(right, predicted),
            recall: ratio(found, gold),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(src: &[usize], tgt: &[usize]) -> Link {
        Link::new(src, tgt)
    }

    #[test]
    fn a_wrong_merge_costs_precision_of_its_shape_and_recall_of_the_gold_shapes() {
        let gold = vec![link(&[0], &[0]), link(&[1], &[1]), link(&[2, 3], &[2])];
        let test = vec![link(&[0, 1], &[0, 1]), link(&[2, 3], &[2])];
        let s = by_shape(&[(gold, test)]);
        let get = |c: ShapeClass| s.iter().find(|x| x.shape == c).copied().unwrap();
        let one = get(ShapeClass::OneOne);
        assert_eq!((one.gold, one.found, one.predicted), (2, 0, 0));
        let two = get(ShapeClass::TwoTwo);
        assert_eq!((two.predicted, two.right, two.precision), (1, 0, 0.0));
        let merge = get(ShapeClass::TwoOne);
        assert_eq!((merge.precision, merge.recall), (1.0, 1.0));
        assert_eq!(get(ShapeClass::OneTwo).gold, 0);
    }

    #[test]
    fn omissions_and_wide_beads_have_their_own_classes() {
        let gold = vec![link(&[0], &[]), link(&[1, 2, 3], &[0]), link(&[], &[1])];
        let test = vec![link(&[0], &[]), link(&[1, 2, 3], &[0, 1])];
        let s = by_shape(&[(gold, test)]);
        assert_eq!(s.len(), ShapeClass::ALL.len());
        let skip = s[4];
        assert_eq!(
            (skip.gold, skip.found, skip.predicted, skip.right),
            (2, 1, 1, 1)
        );
        let other = s[5];
        assert_eq!((other.gold, other.predicted, other.right), (1, 1, 0));
    }
}
