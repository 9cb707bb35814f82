//! Gold alignments and strict/lax precision, recall and F1, as defined by
//! Sennrich & Volk (2011) and implemented in Vecalign's `score.py`, pooled
//! over several documents.
//!
//! - Beads empty on both sides are ignored; repeated beads count once.
//! - Strict precision: share of predicted beads that appear exactly in the gold.
//! - Lax precision: share of predicted beads that overlap a gold bead on both
//!   sides (some source index of the bead is linked, in the gold, to some
//!   target index of the bead). An exact match is also a lax match.
//! - Recall: the same with gold and prediction swapped, after dropping 0-1 and
//!   1-0 beads from both.
//! - F1: harmonic mean of precision and recall (0 when both are 0).
//!
//! Counts are summed over all document pairs before dividing ("pooled").

mod parse;
pub mod shapes;

pub use parse::{parse_beads, read_beads};
pub use shapes::{ShapeClass, ShapeScore, by_shape};

use std::collections::{HashMap, HashSet};

use serde::Serialize;

/// One bead of a gold or test file, as index lists.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    /// Source indices.
    pub src: Vec<usize>,
    /// Target indices.
    pub tgt: Vec<usize>,
}

impl Link {
    /// The bead linking source sentences `src` with target sentences `tgt`.
    pub fn new(src: &[usize], tgt: &[usize]) -> Link {
        Link {
            src: src.to_vec(),
            tgt: tgt.to_vec(),
        }
    }

    fn is_skip(&self) -> bool {
        self.src.is_empty() || self.tgt.is_empty()
    }
}

/// How many source and target sentences a bead file covers: one more than
/// the largest index on each side. A gold file and the test file scored
/// against it should agree; when they do not, they are not alignments of the
/// same pair of documents (swapped or misordered files), and the scores mean
/// nothing.
pub fn extent(links: &[Link]) -> (usize, usize) {
    let side = |f: fn(&Link) -> &Vec<usize>| {
        links
            .iter()
            .flat_map(|l| f(l).iter())
            .max()
            .map_or(0, |&i| i + 1)
    };
    (side(|l| &l.src), side(|l| &l.tgt))
}

/// Precision, recall and F1 of one matching criterion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

/// The pooled evaluation result.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Exact bead matches.
    pub strict: Prf,
    /// Overlapping bead matches.
    pub lax: Prf,
    /// Test beads counted for precision.
    pub test_beads: usize,
    /// Gold beads counted for recall (0-1 and 1-0 excluded).
    pub gold_beads: usize,
}

/// Matched counts of one direction: (strict hits, lax hits, total).
#[derive(Clone, Copy, Debug, Default)]
struct Hits {
    strict: usize,
    lax: usize,
    total: usize,
}

impl Hits {
    fn add(&mut self, other: Hits) {
        self.strict += other.strict;
        self.lax += other.lax;
        self.total += other.total;
    }
}

/// How many `predicted` beads match `reference` strictly and laxly.
fn hits(reference: &[&Link], predicted: &[&Link]) -> Hits {
    let exact: HashSet<&Link> = reference.iter().copied().collect();
    let mut linked: HashMap<usize, HashSet<usize>> = HashMap::new();
    for link in reference {
        for &s in &link.src {
            linked
                .entry(s)
                .or_default()
                .extend(link.tgt.iter().copied());
        }
    }
    let unique: HashSet<&Link> = predicted.iter().copied().collect();
    let mut h = Hits {
        total: unique.len(),
        ..Hits::default()
    };
    for link in unique {
        if exact.contains(link) {
            h.strict += 1;
            h.lax += 1;
        } else if link.src.iter().any(|s| {
            linked
                .get(s)
                .is_some_and(|ts| link.tgt.iter().any(|t| ts.contains(t)))
        }) {
            h.lax += 1;
        }
    }
    h
}

fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

fn prf(precision: f64, recall: f64) -> Prf {
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

/// Scores pairs of (gold, test) bead lists, pooling the counts.
pub fn score(pairs: &[(Vec<Link>, Vec<Link>)]) -> Scores {
    let (mut p, mut r) = (Hits::default(), Hits::default());
    for (gold, test) in pairs {
        let nonempty = |l: &&Link| !(l.src.is_empty() && l.tgt.is_empty());
        let gold_all: Vec<&Link> = gold.iter().filter(nonempty).collect();
        let test_all: Vec<&Link> = test.iter().filter(nonempty).collect();
        p.add(hits(&gold_all, &test_all));
        let gold_links: Vec<&Link> = gold_all.iter().copied().filter(|l| !l.is_skip()).collect();
        let test_links: Vec<&Link> = test_all.iter().copied().filter(|l| !l.is_skip()).collect();
        r.add(hits(&test_links, &gold_links));
    }
    Scores {
        strict: prf(ratio(p.strict, p.total), ratio(r.strict, r.total)),
        lax: prf(ratio(p.lax, p.total), ratio(r.lax, r.total)),
        test_beads: p.total,
        gold_beads: r.total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(src: &[usize], tgt: &[usize]) -> Link {
        Link::new(src, tgt)
    }

    #[test]
    fn extent_counts_both_sides() {
        let links = vec![link(&[0], &[]), link(&[1, 2], &[0]), link(&[], &[1])];
        assert_eq!(extent(&links), (3, 2));
        assert_eq!(extent(&[]), (0, 0));
    }

    #[test]
    fn perfect_prediction_scores_one() {
        let gold = vec![link(&[0], &[0]), link(&[1, 2], &[1]), link(&[], &[2])];
        let s = score(&[(gold.clone(), gold)]);
        assert_eq!((s.strict.f1, s.lax.f1), (1.0, 1.0));
        assert_eq!((s.test_beads, s.gold_beads), (3, 2));
    }

    #[test]
    fn split_bead_is_lax_but_not_strict() {
        let gold = vec![link(&[0, 1], &[0])];
        let test = vec![link(&[0], &[0]), link(&[1], &[])];
        let s = score(&[(gold, test)]);
        // Precision: 0-0 is lax only, 1-[] neither; recall: gold 2-1 overlaps 0-0.
        assert_eq!(s.strict.precision, 0.0);
        assert_eq!(s.lax.precision, 0.5);
        assert_eq!(s.lax.recall, 1.0);
        assert_eq!(s.strict.f1, 0.0);
    }

    #[test]
    fn counts_are_pooled_over_files() {
        let a = (vec![link(&[0], &[0])], vec![link(&[0], &[0])]);
        let b = (
            vec![link(&[0], &[0]), link(&[1], &[1]), link(&[2], &[2])],
            vec![link(&[0], &[1]), link(&[1], &[0]), link(&[2], &[2])],
        );
        let s = score(&[a, b]);
        assert_eq!(s.strict.precision, 0.5);
        assert_eq!(s.strict.recall, 0.5);
    }
}
